"""The terminal report, the HTML page and the events verb, read by a person."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from click.testing import CliRunner

from newsmine.analyze.pipeline import Pipeline, analyze, make_doc
from newsmine.cli import main
from newsmine.model import Article, Block
from newsmine.read import read_markdown
from newsmine.render.html import render_html
from newsmine.render.report import render_report

from .by_hand import add_entities
from .test_events import ARTICLE, NAMES


def doc_with_names():
    doc = make_doc(read_markdown(ARTICLE), anchor="2025-05-13")
    Pipeline(["sentences", "times"])(doc)
    add_entities(doc, NAMES)
    doc.entities[0].original_name = "James Morrison"
    Pipeline(["events", "topics"], present=["sentences", "times", "mentions", "entities"])(doc)
    return doc


def test_report_answers_who_where_when_and_what_was_discussed():
    out = render_report(doc_with_names().to_dict(), width=160)
    meeting = out[out.index("The meeting"):out.index("Timeline")]
    assert "詹姆斯·莫里森 (James Morrison)、阮文山" in meeting
    assert "总理府" in meeting and "2025-05-12 (" in meeting
    assert re.search(r"贸易\s+双方讨论了农产品贸易", meeting)
    timeline = out[out.index("Timeline"):]
    assert timeline.index("2025-05-12") < timeline.index("2025-W19")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_html_highlights_entities_with_original_names_and_times():
    page = render_html(doc_with_names().to_dict())
    parser = _Collector()
    parser.feed(page)
    assert parser.stack == []
    marks = [a for t, a in parser.tags if t == "mark"]
    assert any(a.get("title") == "詹姆斯·莫里森 (James Morrison) · PER" for a in marks)
    assert ("time", {"datetime": "2025-05-12", "title": "2025-05-12"}) in parser.tags
    assert not any(t in ("script", "link", "img", "iframe") for t, _ in parser.tags)


def test_html_shows_script_in_article_text_as_text():
    article = Article(title="<b>标题</b>", blocks=[Block(type="paragraph", text="他写道：“<script>alert('x')</script>”。")])
    page = render_html(analyze(article).to_dict())
    assert "<script" not in page and "<b>标题" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    parser = _Collector()
    parser.feed(page)
    assert "<script>alert('x')</script>" in "".join(parser.text)


def test_analyze_html_format_takes_one_input(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(main, ["analyze", "-", "--format", "html"], input=ARTICLE.encode())
    assert ok.exit_code == 0 and ok.stdout.startswith("<!DOCTYPE html>")
    two = runner.invoke(main, ["analyze", "a.md", "b.md", "--format", "html"])
    assert two.exit_code == 2 and "give one input" in two.stderr


def test_events_verb_sorts_by_date_and_prints_json(tmp_path):
    path = tmp_path / "visit.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["events", str(path), "--format", "json", "--sort", "date", "--date", "2025-05-13"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    dated = [r["when"] for r in rows if r["when"]]
    assert dated == sorted(dated) and dated[0] == "2025-05-12"
    assert {"arrive", "meet", "visit", "launch"} <= {r["type"] for r in rows}
    table = CliRunner().invoke(main, ["events", str(path), "--date", "2025-05-13"])
    assert "arrive" in table.stdout and "expected" in table.stdout
