"""The seed's Markdown dialect, feature by feature, on small articles written for these tests."""

from __future__ import annotations

import pytest

from newsmine.errors import NotAnArticle
from newsmine.model import Person
from newsmine.read import read_markdown

DIALECT = """\
# [Asia] 蒙古国举行议会选举：执政党保住多数席位

#  蒙古国举行议会选举：执政党保住多数席位

  * 高文博（Wenbo Gao） 
  * BBC中文记者 



**蒙古国周五举行议会选举，执政党在初步计票中领先。**

乌兰巴托（Ulaanbaatar）的投票站在早上七点开放。

## 反对党质疑计票

> 这是一次公平的选举。

![投票站外排队的选民。](_150001_voters.jpg)

> 图像来源，  Reuters
>
> 图像加注文字，周五上午，选民在乌兰巴托一处投票站外排队。

选举委员会表示，最终结果将在下周公布。

![蒙古国议会大楼。](_150002_parliament.jpg)

> 图像来源，  Getty Images

**巴特尔·策登（Bater Tseden）在乌兰巴托补充报道。**
"""


def test_section_title_and_repeated_title_line():
    a = read_markdown(DIALECT)
    assert a.section == "Asia"
    assert a.title == "蒙古国举行议会选举：执政党保住多数席位"
    assert all(b.type != "heading" or b.text != a.title for b in a.blocks)


def test_byline_name_with_original_then_role():
    a = read_markdown(DIALECT)
    assert a.authors == [Person(name="高文博", original_name="Wenbo Gao", role="BBC中文记者")]


def test_byline_with_two_people_and_an_unglossed_name():
    text = "# [World] 标题\n\n  * 甲记者（Jia Ji） \n  * BBC记者 \n  * 王小明 \n  * 特约记者 \n\n正文第一段。\n"
    a = read_markdown(text)
    assert a.authors == [
        Person(name="甲记者", original_name="Jia Ji", role="BBC记者"),
        Person(name="王小明", original_name=None, role="特约记者"),
    ]


def test_bold_lead_paragraphs_and_subheading():
    a = read_markdown(DIALECT)
    assert a.lead == "蒙古国周五举行议会选举，执政党在初步计票中领先。"
    assert a.paragraphs() == ["乌兰巴托（Ulaanbaatar）的投票站在早上七点开放。", "选举委员会表示，最终结果将在下周公布。"]
    heading = next(b for b in a.blocks if b.type == "heading")
    assert (heading.text, heading.level) == ("反对党质疑计票", 2)


def test_block_quote_that_is_not_a_figure_credit():
    a = read_markdown(DIALECT)
    quotes = [b.text for b in a.blocks if b.type == "quote"]
    assert quotes == ["这是一次公平的选举。"]


def test_figures_credit_caption_and_alt_kept_apart():
    a = read_markdown(DIALECT)
    first, second = a.figures
    assert first.src == "_150001_voters.jpg"
    assert first.alt == "投票站外排队的选民。"
    assert first.credit == "Reuters"
    assert first.caption == "周五上午，选民在乌兰巴托一处投票站外排队。"
    assert (second.credit, second.caption) == ("Getty Images", None)
    assert [b.figure for b in a.blocks if b.type == "figure"] == [0, 1]


def test_english_figure_labels():
    text = "# Title\n\nBody.\n\n![A ship](ship.jpg)\n\n> Image source, AFP\n>\n> Image caption, The ship left port on Monday.\n"
    (fig,) = read_markdown(text).figures
    assert (fig.credit, fig.caption, fig.alt) == ("AFP", "The ship left port on Monday.", "A ship")


def test_traditional_figure_labels():
    text = "# 標題\n\n正文。\n\n![圖](a.jpg)\n\n> 圖像來源，  美聯社\n>\n> 圖像加註文字，週一的會議。\n"
    (fig,) = read_markdown(text).figures
    assert (fig.credit, fig.caption) == ("美聯社", "週一的會議。")


def test_closing_contributor_line():
    a = read_markdown(DIALECT)
    assert a.contributor_line == "巴特尔·策登（Bater Tseden）在乌兰巴托补充报道。"
    assert a.contributors == [Person(name="巴特尔·策登", original_name="Bater Tseden")]
    assert "补充报道" not in "".join(a.paragraphs())


def test_contributor_line_with_two_people():
    text = "# 标题\n\n正文。\n\n**甲乙（Jia Yi）和丙丁（Bing Ding）在东京补充报道。**\n"
    a = read_markdown(text)
    assert [(p.name, p.original_name) for p in a.contributors] == [("甲乙", "Jia Yi"), ("丙丁", "Bing Ding")]


def test_a_bold_paragraph_in_the_body_is_not_a_contributor_line():
    text = "# 标题\n\n正文。\n\n**这是一个强调的段落。**\n"
    a = read_markdown(text)
    assert a.contributors == [] and a.contributor_line is None
    assert a.paragraphs()[-1] == "这是一个强调的段落。"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t.replace("\n\n", "\n\n\n\n"),
        lambda t: t.replace("\n", "   \n"),
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t,
    ],
    ids=["blank-line-runs", "trailing-spaces", "crlf", "bom"],
)
def test_whitespace_line_endings_and_bom_do_not_change_the_article(mangle):
    assert read_markdown(mangle(DIALECT)) == read_markdown(DIALECT)


def test_plain_markdown_without_the_dialect():
    text = "Some preface.\n\n## Harbour reopens after storm\n\nThe port of Valletta reopened on Monday.\n\n- first\n- second\n"
    a = read_markdown(text)
    assert a.title == "Harbour reopens after storm"
    assert a.section is None and a.authors == [] and a.lead is None
    assert a.paragraphs() == ["Some preface.", "The port of Valletta reopened on Monday."]
    assert [b.items for b in a.blocks if b.type == "list"] == [["first", "second"]]
    assert a.language == "en"


def test_soft_wrapped_lines_join_without_spaces_between_chinese_characters():
    a = read_markdown("# 标题\n\n这是第一行\n接着第二行，\nand English\nwords.\n")
    assert a.paragraphs() == ["这是第一行接着第二行，and English words."]


def test_no_title_is_not_an_article():
    with pytest.raises(NotAnArticle, match=r"notes\.md: has no title"):
        read_markdown("只是一段文字，没有标题。\n", "notes.md")
