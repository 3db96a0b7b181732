"""Doc (as its schema dict) → one standalone HTML page: the answer first, then the highlighted text.

Entities, quotes and times are highlighted in the article's text; hovering an entity shows its name
and original spelling. Every fragment of article text is escaped; the page has no scripts and no
external assets, so it works offline and cannot run anything an article smuggles in.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from newsmine.render import digest
from newsmine.render.quotes import speaker_groups

_STYLE = """
body{font:16px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:46rem;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.5rem;line-height:1.35;margin:.4rem 0}
h2{font-size:1.1rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd}
.meta,.dim{color:#666;font-size:.9rem}
.lead{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.92rem}
td,th{text-align:left;vertical-align:top;padding:.2rem .4rem;border-bottom:1px solid #eee}
th{white-space:nowrap}
mark.ent{background:#fff1b8;border-radius:3px;padding:0 1px}
mark.PER{background:#ffe3b3}mark.ORG{background:#d9ecff}mark.LOC{background:#dcf5dc}
.quote{background:#f3e8ff;border-bottom:2px solid #b07cf0}
time{text-decoration:underline dotted #b35c00;text-underline-offset:3px}
.legend span{margin-right:.8rem}
figure{margin:1rem 0;padding:.5rem;background:#f0f0f0}
figcaption{font-size:.9rem}
"""


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    open: str
    close: str
    outer: bool


def render_html(data: dict[str, Any]) -> str:
    """The whole page as a string."""
    article = data["article"]
    title = escape(article["title"])
    body = [f"<h1>{title}</h1>", _meta(data), _answer(data), _article(data)]
    return (
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:\">"
        f"<title>{title}</title><style>{_STYLE}</style></head>\n<body><main>\n"
        + "\n".join(part for part in body if part)
        + "\n</main></body></html>\n"
    ).replace("{lang}", escape(article.get("language") or "und"))


def _meta(data: dict[str, Any]) -> str:
    article = data["article"]
    bits = []
    if article.get("section"):
        bits.append(escape(article["section"]))
    for p in article["authors"]:
        who = escape(p["name"]) + (f" ({escape(p['original_name'])})" if p.get("original_name") else "")
        bits.append(who + (f", {escape(p['role'])}" if p.get("role") else ""))
    if article.get("published"):
        bits.append(escape(article["published"]))
    return f"<p class=\"meta\">{' · '.join(bits)}</p>" if bits else ""


def _answer(data: dict[str, Any]) -> str:
    out = []
    meeting = digest.meeting(data)
    if meeting is not None:
        rows = [("Who", "、".join(meeting.participants) or "—"), ("Where", meeting.place or "—"),
                ("When", f"{meeting.when} ({meeting.when_text})" if meeting.when else "—"),
                ("Evidence", meeting.clause)]
        out.append("<h2>The meeting</h2><table>" + "".join(
            f"<tr><th>{k}</th><td>{escape(v)}</td></tr>" for k, v in rows) + "</table>")
        topics = digest.discussed(data)
        if topics:
            out.append("<h2>What was discussed</h2><table>" + "".join(
                f"<tr><th>{escape(label)}</th><td>{escape(ev[0])}</td></tr>" for label, ev in topics) + "</table>")
    out.append(_who_said_what(data))
    out.append(_people(data))
    timeline = digest.timeline(data)
    if timeline:
        out.append("<h2>Timeline</h2><table><tr><th>When</th><th>What</th><th>Who</th><th>Where</th></tr>" + "".join(
            f"<tr><td>{escape(ev.when or '')}</td><td>{escape(ev.type)}"
            f"{'' if ev.modality == 'asserted' else ' (' + escape(ev.modality) + ')'}</td>"
            f"<td>{escape('、'.join(ev.participants))}</td><td>{escape(ev.place or '')}</td></tr>"
            for ev in timeline) + "</table>")
    topics = digest.key_topics(data)
    if topics:
        out.append("<p class=\"dim\">Key topics: " + escape("、".join(label for label, _ in topics[:12])) + "</p>")
    return "\n".join(out)


def _who_said_what(data: dict[str, Any]) -> str:
    groups = speaker_groups(data)
    if not groups:
        return ""
    out = ["<h2>Who said what</h2>"]
    for group in groups:
        who = group["speaker"]
        label = escape(who["name"] or "unattributed")
        if who.get("original_name"):
            label += f" ({escape(who['original_name'])})"
        if who.get("roles"):
            label += f"<span class=\"dim\">, {escape('; '.join(who['roles']))}</span>"
        items = "".join(
            f"<li><span class=\"dim\">{escape(q['kind'])} · {escape(q.get('cue') or '—')}</span> "
            f"<span class=\"quote\">{escape(q['text'])}</span>"
            + (f" <span class=\"dim\">→ {escape(q['addressee_text'])}</span>" if q.get("addressee_text") else "")
            + "</li>" for q in group["quotes"])
        out.append(f"<h3>{label}</h3><ul>{items}</ul>")
    return "\n".join(out)


def _people(data: dict[str, Any]) -> str:
    people = digest.people(data)
    if not people:
        return ""
    rows = "".join(
        f"<tr><th>{escape(p.name)}</th><td>{escape(p.original_name or '')}</td><td>{escape(p.type)}</td>"
        f"<td>{escape('; '.join(p.roles))}</td><td>{escape('; '.join(p.affiliations))}</td></tr>" for p in people)
    return ("<h2>People and organisations</h2><table><tr><th>Name</th><th>Original</th><th>Type</th>"
            f"<th>Roles</th><th>Affiliations</th></tr>{rows}</table>")


def _article(data: dict[str, Any]) -> str:
    marks = _marks(data)
    figures = data["article"]["figures"]
    blocks = data["article"]["blocks"]
    out = ["<h2>The article</h2>", "<p class=\"legend dim\"><mark class=\"ent PER\">person</mark> "
           "<mark class=\"ent ORG\">organisation</mark> <mark class=\"ent LOC\">place</mark> "
           "<span class=\"quote\">quote</span> <time>time</time></p>"]
    for part in data["parts"]:
        start, end = part["span"]
        inner = _highlight(data["text"], start, end, marks).replace("\n", "<br>")
        if part["part"] == "title":
            continue
        if part["part"] == "block" and blocks[part["block"]]["type"] == "figure":
            fig = figures[blocks[part["block"]]["figure"]]
            credit = f" <span class=\"dim\">{escape(fig['credit'])}</span>" if fig.get("credit") else ""
            out.append(f"<figure><figcaption>{inner}{credit}</figcaption></figure>")
        elif part["part"] == "block" and blocks[part["block"]]["type"] == "heading":
            out.append(f"<h3>{inner}</h3>")
        elif part["part"] == "block" and blocks[part["block"]]["type"] == "quote":
            out.append(f"<blockquote>{inner}</blockquote>")
        else:
            cls = {"lead": " class=\"lead\"", "byline": " class=\"meta\"", "contributors": " class=\"dim\""}
            out.append(f"<p{cls.get(part['part'], '')}>{inner}</p>")
    return "\n".join(out)


def _marks(data: dict[str, Any]) -> list[_Mark]:
    """Quotes as outer marks; mentions and times inside them, never crossing a quote's edge."""
    labels = {e["id"]: e for e in data["entities"]}
    marks = []
    for q in data["quotes"]:
        who = q.get("speaker_text") or "unattributed"
        marks.append(_Mark(q["span"][0], q["span"][1],
                           f"<span class=\"quote\" title=\"{escape(q['kind'])} quote: {escape(who)}\">", "</span>", True))
    for m in data["mentions"]:
        entity = labels.get(m.get("entity") or "")
        hover = entity["name"] if entity else m["text"]
        if entity and entity.get("original_name"):
            hover += f" ({entity['original_name']})"
        marks.append(_Mark(m["span"][0], m["span"][1],
                           f"<mark class=\"ent {escape(m['type'])}\" title=\"{escape(hover)} · {escape(m['type'])}\">",
                           "</mark>", False))
    for t in data["times"]:
        value = t.get("value") or ""
        marks.append(_Mark(t["span"][0], t["span"][1],
                           f"<time datetime=\"{escape(value)}\" title=\"{escape(value or 'unresolved')}\">", "</time>", False))
    return marks


def _highlight(text: str, start: int, end: int, marks: list[_Mark]) -> str:
    """Escaped `text[start:end]` with the marks that fit inside it, properly nested."""
    outer = sorted((m for m in marks if m.outer and start <= m.start and m.end <= end), key=lambda m: m.start)
    kept_outer: list[_Mark] = []
    for m in outer:
        if not kept_outer or m.start >= kept_outer[-1].end:
            kept_outer.append(m)
    inner: list[_Mark] = []
    for m in sorted((m for m in marks if not m.outer and start <= m.start and m.end <= end), key=lambda m: (m.start, -m.end)):
        crosses = any(q.start < m.end and m.start < q.end and not (q.start <= m.start and m.end <= q.end) for q in kept_outer)
        if not crosses and (not inner or m.start >= inner[-1].end):
            inner.append(m)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for m in kept_outer + inner:  # outer first: at a shared position an outer mark opens first and closes last
        opens.setdefault(m.start, []).append(m.open)
        closes.setdefault(m.end, []).insert(0, m.close)
    out, pos = [], start
    for cut in sorted({start, end, *opens, *closes}):
        out.append(escape(text[pos:cut]))
        out.extend(closes.get(cut, []))
        out.extend(opens.get(cut, []))
        pos = cut
    return "".join(out)
