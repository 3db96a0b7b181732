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
