"""Doc (as its schema dict) → HTML: one view, one set of autoescaped Jinja templates, for both the
standalone page (`analyze --format html`) and the web article page (`web/`, in the site's frame).

The answer comes first (the meeting, what was discussed, who said what, people, timeline), then the
article's text with names, quotes and times highlighted (`render/highlight.py`). Every piece of
article text is escaped by Jinja; the standalone page has no scripts and no external assets.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader

from newsmine.render import digest
from newsmine.render.dates import readable
from newsmine.render.highlight import highlight
from newsmine.render.quotes import speaker_groups, uncertain

TEMPLATES = Path(__file__).parent / "templates"

LABELS: dict[str, dict[str, str]] = {
    "en": {"meeting": "The meeting", "who": "Who", "where": "Where", "when": "When", "evidence": "Evidence",
           "discussed": "What was discussed", "said": "Who said what", "unattributed": "unattributed", "uncertain": "speaker uncertain",
           "people": "People and organisations", "name": "Name", "original": "Original", "type": "Type",
           "roles": "Roles", "affiliations": "Affiliations", "timeline": "Timeline", "what": "What",
           "topics": "Key topics", "article": "The article", "person": "person", "organisation": "organisation",
           "place": "place", "quote": "quote", "time": "time", "undated": "undated"},
    "zh-Hans": {"meeting": "会面", "who": "谁", "where": "地点", "when": "时间", "evidence": "依据",
                "discussed": "谈了什么", "said": "谁说了什么", "unattributed": "来源不明", "uncertain": "说话人存疑",
                "people": "人物与机构", "name": "名称", "original": "原文", "type": "类型", "roles": "职务",
                "affiliations": "所属", "timeline": "时间线", "what": "事件", "topics": "关键话题",
                "article": "原文全文", "person": "人物", "organisation": "机构", "place": "地点", "quote": "引语",
                "time": "时间", "undated": "日期不详"},
    "zh-Hant": {"meeting": "會面", "who": "誰", "where": "地點", "when": "時間", "evidence": "依據",
                "discussed": "談了什麼", "said": "誰說了什麼", "unattributed": "來源不明", "uncertain": "說話人存疑",
                "people": "人物與機構", "name": "名稱", "original": "原文", "type": "類型", "roles": "職務",
                "affiliations": "所屬", "timeline": "時間線", "what": "事件", "topics": "關鍵話題",
                "article": "原文全文", "person": "人物", "organisation": "機構", "place": "地點", "quote": "引語",
                "time": "時間", "undated": "日期不詳"},
}


def doc_view(data: dict[str, Any], links: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What the templates show of a document; `links` maps entity ids to pages (the archive's people)."""
    lang = digest.lang_tag(data["article"])
    return {
        "lang": lang, "labels": LABELS.get(lang, LABELS["en"]), "article": data["article"],
        "meeting": digest.meeting(data), "discussed": digest.discussed(data), "speakers": speaker_groups(data),
        "people": digest.people(data), "timeline": digest.timeline(data), "topics": digest.key_topics(data)[:12],
        "parts": highlight(data, links, lang=lang), "links": links or {}, "note": digest.coverage_note(data),
        "readable": lambda value: readable(value, lang),
        "entity_ids": {e["name"]: e["id"] for e in data["entities"]},
    }


@cache
def environment(*folders: Path) -> Environment:
    """An autoescaping Jinja environment over `folders` (first wins), then this module's templates."""
    env = Environment(loader=FileSystemLoader([*map(str, folders), str(TEMPLATES)]), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["uncertain"] = uncertain
    return env


def render_html(data: dict[str, Any]) -> str:
    """The standalone page (inline CSS, no scripts, no external assets) as a string."""
    return environment().get_template("standalone.html").render(view=doc_view(data))
