"""Figure markup variants news pages use, on small pages written for these tests: AMP images,
`<picture>` sources, script-only images, galleries and credit conventions."""

from __future__ import annotations

from newsmine.read.html import read_html_text

PARA = ("The harbour authority said on Wednesday that the new breakwater would be finished before the "
        "autumn storms, two months later than planned, after divers found old mooring chains on the seabed.")


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>Breakwater delayed</title>{head}</head><body><h1>Breakwater delayed</h1>"
            f"<article class='article-body'><p>{PARA}</p>{body}<p>{PARA}</p></article></body></html>")


def test_amp_image_with_its_caption_beside_the_figure():
    html = page("""<div class="image-container"><figure class="image--embedded">
        <amp-img src="https://cdn.porttimes.example/a1/s615/0_Breakwater-Works.jpg" layout="responsive"
          srcset="https://cdn.porttimes.example/a1/s458/0_Breakwater-Works.jpg 458w,
                  https://cdn.porttimes.example/a1/s1200/0_Breakwater-Works.jpg 1200w" alt="breakwater"></amp-img>
        </figure><figcaption><span class="caption">Cranes lift concrete blocks onto the breakwater</span>
        <span class="credit">(Image: Rhys Morgan)</span></figcaption></div>""")
    (fig,) = read_html_text(html, "amp.html").figures
    assert fig.src == "https://cdn.porttimes.example/a1/s1200/0_Breakwater-Works.jpg"
    assert (fig.caption, fig.credit) == ("Cranes lift concrete blocks onto the breakwater", "Rhys Morgan")


def test_picture_whose_img_has_no_src_takes_the_largest_source():
    html = page("""<div class="media"><picture>
        <source srcSet="https://media.porttimes.example/divers-100~384x216?cb=1 384w,
                        https://media.porttimes.example/divers-100~1920x1080?cb=1 1920w">
        <img loading="lazy" alt="Divers at the breakwater"></picture></div>""")
    (fig,) = read_html_text(html, "picture.html").figures
    assert fig.src == "https://media.porttimes.example/divers-100~1920x1080?cb=1"
    assert fig.alt == "Divers at the breakwater"


def test_declared_image_object_gives_caption_and_credit_to_a_bare_image():
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Breakwater delayed", "image": {"@type": "ImageObject",
      "url": "https://img.porttimes.example/2025/06/chains-on-seabed-1200x800.jpg",
      "caption": "Old mooring chains lifted from the seabed on Tuesday", "creditText": "Photo: Ines Calloway"},
      "associatedMedia": [{"@type": "ImageObject", "contentUrl": "https://img.porttimes.example/2025/06/divers.jpg",
      "description": "Divers prepare to go down", "copyrightHolder": {"@type": "Person", "name": "Port Authority"}}]}
    </script>"""
    html = page("""<figure><img src="https://img.porttimes.example/2025/06/chains-on-seabed-800x533.jpg" alt=""></figure>
        <p>The divers worked in pairs.</p><div class="pic"><img src="https://img.porttimes.example/2025/06/divers.jpg"></div>""",
                head)
    chains, divers = read_html_text(html, "ld.html").figures
    assert (chains.caption, chains.credit) == ("Old mooring chains lifted from the seabed on Tuesday", "Ines Calloway")
    assert (divers.caption, divers.credit) == ("Divers prepare to go down", "Port Authority")


def test_microdata_image_object_credit():
    html = page("""<figure itemscope itemtype="http://schema.org/ImageObject">
        <meta itemprop="url" content="https://img.porttimes.example/crane.jpg">
        <meta itemprop="author" content="(Image: Harbour Pictures)">
        <img src="https://img.porttimes.example/crane.jpg" alt="A crane"><figcaption>A crane on the quay</figcaption>
        </figure>""")
    (fig,) = read_html_text(html, "micro.html").figures
    assert (fig.caption, fig.credit) == ("A crane on the quay", "Harbour Pictures")


def test_image_box_with_unmarked_caption_and_copyright_line():
    html = page("""<div class="mx-auto"><img src="/media/quay-wall.jpg" alt="Quay wall" width="800" height="400">
        <div class="border-l-2"><small class="t-info"> Workers repair the old quay wall near the ferry ramp </small>
        <small class="t-info">&#169; Harbour Board</small></div></div>""")
    (fig,) = read_html_text(html, "box.html").figures
    assert (fig.caption, fig.credit) == ("Workers repair the old quay wall near the ferry ramp", "Harbour Board")


def test_figcaption_written_after_the_figure_and_controls_left_out():
    html = page("""<div class="media-wrap"><figure><img src="/media/storm-1.jpg" alt="">
        <span role="button" class="label">View all 3 images of the storm</span></figure></div>
        <figcaption><span class="title">Waves break over the unfinished breakwater on Sunday night</span>
        <span class="caption-credit">(Image: Olaf Brenner)</span></figcaption>""")
    a = read_html_text(html, "beside.html")
    (fig,) = a.figures
    assert (fig.caption, fig.credit) == ("Waves break over the unfinished breakwater on Sunday night", "Olaf Brenner")
    assert not any("Waves" in p for p in a.paragraphs())


def test_show_more_toggle_is_not_the_credit():
    html = page("""<figure><img src="/media/chain.jpg" alt="">
        <figcaption>LIFTED: A chain link weighing forty kilos. Foto: Kystverket <span class="toggle" role="button">Vis mer</span>
        </figcaption></figure>""")
    (fig,) = read_html_text(html, "toggle.html").figures
    assert (fig.caption, fig.credit) == ("LIFTED: A chain link weighing forty kilos.", "Kystverket")


def test_credit_printed_before_the_caption():
    html = page("""<figure><img src="/media/debate.jpg" alt=""><figcaption><span>The Coastal Herald</span><br>
        Council members debate the breakwater budget in the town hall on Monday.</figcaption></figure>""")
    (fig,) = read_html_text(html, "lead-credit.html").figures
    assert (fig.caption, fig.credit) == ("Council members debate the breakwater budget in the town hall on Monday.",
                                         "The Coastal Herald")


def test_a_caption_that_is_only_a_credit_becomes_the_credit():
    html = page("""<figure><img src="/media/quay.jpg" alt=""><figcaption>Photo: AFP</figcaption></figure>
        <p>Later that week the ferry resumed.</p>
        <figure><img src="/media/boat.jpg" alt=""><figcaption><span class="bildautor">Foto: Bild: SN/APA/Kurt Lehner</span>
        <span class="bildunterschrift">The ferry leaves at dawn</span></figcaption></figure>""")
    quay, boat = read_html_text(html, "credit-only.html").figures
    assert (quay.caption, quay.credit) == (None, "AFP")
    assert (boat.caption, boat.credit) == ("The ferry leaves at dawn", "SN/APA/Kurt Lehner")


def test_credit_run_into_the_caption_in_other_scripts():
    from newsmine.read.html.figures import split_caption

    assert split_caption("Переговорщики ждали начала встречиФото: Павел Ершов, Вестник") == (
        "Переговорщики ждали начала встречи", "Павел Ершов, Вестник")
    assert split_caption("Bác sĩ khám cho bệnh nhân. Ảnh: Bệnh viện cung cấp") == (
        "Bác sĩ khám cho bệnh nhân.", "Bệnh viện cung cấp")


def test_lead_image_declared_as_a_social_crop_is_taken_from_the_page():
    head = '<meta property="og:image" content="https://img.porttimes.example/4471/4471_w2040c2040x1360o0x0.jpg">'
    html = (f"<html><head><title>Breakwater delayed</title>{head}</head><body><header><h1>Breakwater delayed</h1>"
            "<figure><img src='https://img.porttimes.example/4470/4470_v16_9_1200.jpeg' alt='The breakwater'>"
            "<figcaption>The unfinished breakwater at low tide</figcaption></figure></header>"
            f"<article class='article-body'><p>{PARA}</p><p>{PARA}</p></article></body></html>")
    figures = read_html_text(html, "crop.html").figures
    assert [(f.src, f.caption) for f in figures] == [
        ("https://img.porttimes.example/4470/4470_v16_9_1200.jpeg", "The unfinished breakwater at low tide")]


def test_lead_image_only_preloaded_keeps_the_page_rendition():
    head = ('<link rel="preload" as="image" imagesrcset="https://img.porttimes.example/s/480x270_cms_ab12cd34ef.jpg 480w, '
            'https://img.porttimes.example/s/1366x768_cms_ab12cd34ef.jpg 1366w">'
            '<meta property="og:image" content="https://img.porttimes.example/s/1200x675_cms_ab12cd34ef.jpg">')
    figures = read_html_text(page("", head), "preload.html").figures
    assert [f.src for f in figures] == ["https://img.porttimes.example/s/1366x768_cms_ab12cd34ef.jpg"]


def test_product_card_caption_leaves_out_shop_buttons_and_hidden_toggles():
    html = page("""<div class="product-embed"><a href="/go/1"><picture><img src="/media/lantern.jpg" alt=""></picture>
        <p class="ProductEmbedImageCredit">Photograph: Lumo Outdoor</p></a>
        <div class="product-embed__content"><div class="ProductEmbedHed">Lumo Storm Lantern 400</div>
        <div class="offers"><a class="button button--primary" href="/go/2">$45 at Harbour Supply</a>
        <a rel="sponsored noopener" href="/go/3">$49 at Deckhand</a></div></div></div>
        <figure><img src="/media/ramp.jpg" alt=""><figcaption>The new ferry ramp on its first morning
        <span>Foto: Ane Solberg</span><span class="show-more" hidden>Vis mer</span></figcaption></figure>""")
    lantern, ramp = read_html_text(html, "card.html").figures
    assert (lantern.caption, lantern.credit) == ("Lumo Storm Lantern 400", "Lumo Outdoor")
    assert (ramp.caption, ramp.credit) == ("The new ferry ramp on its first morning", "Ane Solberg")


def test_credit_name_that_also_starts_the_caption_is_removed_only_once():
    html = page("""<figure><img src="/media/pad.jpg" alt=""><figcaption>Etlaq’s launch pad near the coast.
        <span class="credit">Etlaq</span></figcaption></figure>""")
    (fig,) = read_html_text(html, "once.html").figures
    assert (fig.caption, fig.credit) == ("Etlaq’s launch pad near the coast.", "Etlaq")


def test_unmarked_credit_line_under_an_unmarked_caption():
    html = page("""<div class="sc-a1"><picture><img src="/media/fans.jpg" loading="lazy"></picture>
        <div class="sc-b2">Supporters unfurl a banner before the harbour derby</div><div class="sc-c3">REUTERS</div></div>""")
    (fig,) = read_html_text(html, "line.html").figures
    assert (fig.caption, fig.credit) == ("Supporters unfurl a banner before the harbour derby", "REUTERS")


def test_copyright_label_element_is_not_part_of_the_credit():
    html = page("""<figure><img src="/media/rally.jpg" alt=""><figcaption>Thousands rallied on the quay on Monday.
        <span class="caption__copyright">Copyright&nbsp;</span><span class="caption__credit">Lena Brook/AP</span>
        </figcaption></figure>""")
    (fig,) = read_html_text(html, "label.html").figures
    assert (fig.caption, fig.credit) == ("Thousands rallied on the quay on Monday.", "Lena Brook/AP")


def test_photographed_by_suffixes_are_not_part_of_the_name():
    from newsmine.read.html.figures import clean_credit

    assert clean_credit("佐々木健太撮影") == "佐々木健太"
    assert clean_credit("新华社记者王立摄") == "新华社记者王立"
    assert clean_credit("Коллаж: Ольга Петрова") == "Ольга Петрова"


def test_image_widget_with_a_long_caption():
    caption = ("Pictured from left are the three harbour pilots, Sipho Dlamini, Karin Botha and Yusuf Adams, who "
               "guided the first container ship through the new channel on Saturday morning in light rain.")
    html = page(f"""<div class="image_image-widget__x1"><span class="image_target"><picture>
        <img src="https://cdn.porttimes.example/image/9f3c2a=w700"></picture></span>
        <p><span>{caption}</span></p><p>Image: Nomsa Khumalo</p></div>""")
    a = read_html_text(html, "widget.html")
    (fig,) = a.figures
    assert (fig.caption, fig.credit) == (caption, "Nomsa Khumalo")
    assert caption not in a.paragraphs()


def test_interface_icons_are_not_figures():
    html = page("""<figure><img src="/static/sharing-menu-icon.1eb7.svg" alt="Share"></figure>
        <figure><img src="/media/breakwater-chart.svg" alt="Chart"><figcaption>Breakwater length by year</figcaption></figure>""")
    assert [f.src for f in read_html_text(html, "icons.html").figures] == ["/media/breakwater-chart.svg"]


def test_gallery_list_gives_one_figure_per_item():
    html = page("""<div class="galleryContainer"><ul class="gallery">
        <li><figure><img src="/media/g/one.jpg" alt=""><figcaption>Smoke over the old pier. Foto: Efe Lund/AP</figcaption></figure></li>
        <li><figure><img src="/media/g/two.jpg" alt=""><figcaption>The harbour master inspects the damage.</figcaption></figure></li>
        </ul></div>""")
    one, two = read_html_text(html, "gallery.html").figures
    assert (one.src, one.caption, one.credit) == ("/media/g/one.jpg", "Smoke over the old pier.", "Efe Lund/AP")
    assert (two.src, two.caption) == ("/media/g/two.jpg", "The harbour master inspects the damage.")


def test_lead_image_above_the_headline_inside_the_article():
    head = '<meta property="og:image" content="https://img.porttimes.example/social/quay-1200x630-crop.jpg">'
    html = (f"<html><head><title>Breakwater delayed</title>{head}</head><body><nav><h1>Port Times</h1></nav>"
            "<article><figure><img src='https://img.porttimes.example/1x1/avatar.jpg' width='40' height='40'></figure>"
            "<section class='byline'><a href='/authors/ruth'><figure><img src='https://img.porttimes.example/ruth.jpg'"
            " alt='Picture of Ruth Amsel'></figure>Ruth Amsel</a></section>"
            "<figure><img src='https://img.porttimes.example/lead/quay-at-dusk.jpg' alt=''>"
            "<figcaption>The quay at dusk</figcaption></figure><h1>Breakwater delayed</h1>"
            f"<div class='article-body'><p>{PARA}</p><p>{PARA}</p></div></article></body></html>")
    figures = read_html_text(html, "above.html").figures
    assert [(f.src, f.caption) for f in figures] == [("https://img.porttimes.example/lead/quay-at-dusk.jpg", "The quay at dusk")]


def test_caption_kept_from_screen_readers_is_still_the_caption():
    html = page("""<figure><img src="/media/search.jpg" alt="Volunteers search the shore."><figcaption>
        <span class="image-caption" aria-hidden="true">Volunteers search the shore.</span>
        <span class="image-byline"> Foto: Kustbevakningen</span></figcaption></figure>""")
    (fig,) = read_html_text(html, "aria.html").figures
    assert (fig.caption, fig.credit) == ("Volunteers search the shore.", "Kustbevakningen")


def test_lead_image_before_a_text_that_opens_with_the_headline():
    head = '<meta property="og:image" content="https://img.porttimes.example/s/ferry_structured-data_x1.jpg">'
    html = (f"<html><head><title>Breakwater delayed</title>{head}</head><body><article>"
            "<div class='bildbox'><figure><img src='https://img.porttimes.example/s/ferry_detail-800w_a9.jpg' alt=''>"
            "<figcaption>The ferry waits outside the harbour</figcaption></figure></div>"
            f"<div class='articleBody'><h1>Breakwater delayed</h1><p>{PARA}</p><p>{PARA}</p></div></article></body></html>")
    figures = read_html_text(html, "opens.html").figures
    assert [(f.src, f.caption) for f in figures] == [
        ("https://img.porttimes.example/s/ferry_detail-800w_a9.jpg", "The ferry waits outside the harbour")]


def test_lead_image_in_a_hero_box_without_figure_element():
    head = '<meta property="og:image" content="https://img.porttimes.example/d/5512_W2040C2040x1360o0x0.jpg">'
    html = (f"<html><head><title>Breakwater delayed</title>{head}</head><body><main><div class='crumbs'>"
            "<h1>Breakwater delayed</h1></div><article><div class='gallery gallery--hero'><div class='detail-img'>"
            "<img src='https://img.porttimes.example/d/5512_m1020x765.jpg' alt=''>"
            "<p class='detail-img__caption'>Divers on the seabed</p></div></div>"
            f"<div class='article__text'><p>{PARA}</p><p>{PARA}</p></div></article></main></body></html>")
    figures = read_html_text(html, "hero.html").figures
    assert [(f.src, f.caption) for f in figures] == [("https://img.porttimes.example/d/5512_m1020x765.jpg", "Divers on the seabed")]


def test_second_figcaption_holding_only_the_credit():
    html = page("""<figure><img src="/media/app.png" alt=""><figcaption class="wp-element-caption">The port app's
        new tide chart.</figcaption><figcaption class="wp-element-caption"><strong>Image Credits:</strong> Tidewise
        </figcaption></figure>""")
    (fig,) = read_html_text(html, "two.html").figures
    assert (fig.caption, fig.credit) == ("The port app's new tide chart.", "Tidewise")


def test_a_date_in_an_image_box_is_not_its_caption():
    html = page("""<div class="pic-box"><img src="/media/pier.jpg" alt=""><span class="time">2024-05-17 15:13</span></div>""")
    (fig,) = read_html_text(html, "date.html").figures
    assert fig.caption is None
