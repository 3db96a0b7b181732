"""The one highlighter: quotes hold the names and times inside them; overlaps and crossings stay plain."""

from __future__ import annotations

from typing import Any

from newsmine.render.highlight import highlight


def doc(text: str, *, quotes: list[tuple[int, int]] = (), mentions: list[tuple[int, int, str]] = (),
        times: list[tuple[int, int, str]] = ()) -> dict[str, Any]:
    """A minimal newsmine/1 dict: a title part, then one paragraph block holding the rest of `text`."""
    title_end = text.index("\n")
    return {
        "text": text,
        "article": {"blocks": [{"type": "paragraph", "figure": None}], "figures": []},
        "parts": [{"part": "title", "span": [0, title_end], "block": None},
                  {"part": "block", "span": [title_end + 2, len(text)], "block": 0}],
        "entities": [{"id": "e1", "name": "林佳慧", "original_name": "Lin Chia-hui", "type": "PER",
                      "roles": [{"text": "发言人", "span": [0, 0]}]}],
        "quotes": [{"span": list(q), "kind": "direct", "speaker": "e1", "speaker_text": "林佳慧"} for q in quotes],
        "mentions": [{"span": [s, e], "text": text[s:e], "type": t, "entity": "e1" if t == "PER" else None}
                     for s, e, t in mentions],
        "times": [{"span": [s, e], "text": text[s:e], "value": v, "partial": v.startswith("-")} for s, e, v in times],
    }


def flat(pieces) -> list[tuple[str | None, str]]:
    out = []
    for p in pieces:
        out.append((p.kind, p.text or "".join(c.text for c in p.children)))
        out += [(f"{p.kind}>{c.kind}", c.text) for c in p.children if c.kind]
    return out


TEXT = "标题\n\n发言人林佳慧周三说：“台北港下周复工。”码头工会表示反对。"


def test_names_and_times_nest_inside_quotes_and_links_apply():
    s = TEXT.index
    data = doc(TEXT, quotes=[(s("“"), s("。”") + 2)],
               mentions=[(s("林佳慧"), s("林佳慧") + 3, "PER"), (s("台北港"), s("台北港") + 3, "LOC")],
               times=[(s("周三"), s("周三") + 2, "2025-06-11"), (s("下周"), s("下周") + 2, "2025-W25")])
    (part,) = highlight(data, {"e1": "/people/7"})
    assert flat(part.pieces) == [(None, "发言人"), ("ent", "林佳慧"), ("time", "周三"), (None, "说："),
                                 ("quote", "“台北港下周复工。”"), ("quote>ent", "台北港"), ("quote>time", "下周"),
                                 (None, "码头工会表示反对。")]
    person = part.pieces[1]
    assert person.href == "/people/7" and person.title == "林佳慧 (Lin Chia-hui) · 发言人"
    assert part.pieces[2].datetime == "2025-06-11" and part.pieces[4].children[1].datetime is None  # a week


def test_a_mark_crossing_a_quote_or_an_earlier_mark_is_left_plain():
    s = TEXT.index
    quote = (s("“"), s("。”") + 2)
    data = doc(TEXT, quotes=[quote, (quote[0] + 1, quote[1] + 3)],
               mentions=[(quote[1] - 2, quote[1] + 2, "ORG"), (s("林佳慧"), s("林佳慧") + 3, "PER"),
                         (s("林佳慧") + 1, s("林佳慧") + 5, "PER")],
               times=[(s("周三"), s("周三") + 2, "--06-11")])
    (part,) = highlight(data)
    kinds = [k for k, _ in flat(part.pieces)]
    assert kinds.count("quote") == 1 and kinds.count("ent") == 1
    assert "".join(p.text or "".join(c.text for c in p.children) for p in part.pieces) == TEXT[4:]
    assert part.pieces[2].datetime == "--06-11" and part.pieces[2].title == "11 June (year unknown)"


def test_many_marks_cover_the_text_exactly_once():
    sentence = "林佳慧周三说：“港口复工。”"
    text = "标题\n\n" + sentence * 300
    step, base = len(sentence), 4
    data = doc(text,
               quotes=[(base + i * step + 7, base + i * step + 14) for i in range(300)],
               mentions=[(base + i * step, base + i * step + 3, "PER") for i in range(300)],
               times=[(base + i * step + 3, base + i * step + 5, "2025-06-11") for i in range(300)])
    (part,) = highlight(data)
    assert sum(1 for p in part.pieces if p.kind == "quote") == 300
    assert "".join(p.text or "".join(c.text for c in p.children) for p in part.pieces) == text[4:]
