"""Words that refer back to a body named before, for the roles layer: 其 (其|发言人), 该 and a kind of
body (该校|教授, 该党|主席), a head's title written without its body (所长|某某 heads the 研究所 named
before); and 这位 before a post (这位…的|记者), which gives the post to the person named last.
"""

from __future__ import annotations

from functools import cache

from newsmine import data
from newsmine.analyze.bodies import REACH, STOPS
from newsmine.analyze.text import starting_at
from newsmine.model import Mention, Role, Span
from newsmine.names import fold

_SENTENCE_ENDS = "。！？!?\n"
_UNNAMED = ("一名", "一位", "一个", "某")  # someone unnamed between the name and 这位: 这位 is that one
_DEMONSTRATIVES = ("该", "这家", "这所", "这个", "此")  # before a kind of body named before: 该校, 这家公司
_BACK = 300  # characters 这位 may lie after the name it refers back to


@cache
def _demonstratives() -> tuple[dict[str, str], ...]:
    """The rows of data/demonstrative_bodies.tsv, longest word first (该集团 before 该…团)."""
    return tuple(sorted(data.table("demonstrative_bodies"), key=lambda r: -len(r["word"])))


def organisation_earlier(folded: str, mentions: list[Mention], pos: int) -> list[str]:
    """The organisation 其 stands for: the last one named before `pos` in its sentence, unless a
    person was named after it. `mentions` are sorted by where they start."""
    start = max(folded.rfind(ch, 0, pos) for ch in _SENTENCE_ENDS) + 1
    for mention in reversed(mentions):
        if mention.span.end > pos:
            continue
        if mention.span.start < start or mention.type == "PER":
            break
        if mention.type == "ORG" and mention.entity:
            return [mention.entity]
    return []


def body_referred_to(folded: str, mentions: list[Mention], pos: int) -> list[str]:
    """The organisation 该 (这家, 这所, 此) and a kind of body before `pos` stand for, with or without
    a 的 (该校|教授, 该党|主席, 这家公司的|创办人)."""
    pos -= folded[pos - 1 : pos] == "的"
    for word in _DEMONSTRATIVES:
        row = next((r for r in _demonstratives() if folded.endswith(word + r["word"], 0, pos)), None)
        if row is not None:
            return last_of_kind(folded, mentions, row, pos - len(row["word"]) - len(word))
    return []


def kind_at(folded: str, start: int) -> tuple[dict[str, str], str] | None:
    """The row of data/demonstrative_bodies.tsv whose kind of body a word of two characters or more at `start`
    names on its own (学校, 公司, 银行), with that word; None when no such word starts there."""
    return next(((r, w) for r in _demonstratives() for w in data.split_aliases(r["endings"])
                 if len(w) > 1 and folded.startswith(w, start)), None)


def body_headed(folded: str, mentions: list[Mention], title: str, pos: int) -> list[str]:
    """The body a head's title names by its kind when no body is written with it: 所长|某某 heads the
    研究所 named before, 校长|某某 the school (the `head` column of data/demonstrative_bodies.tsv)."""
    row = next((r for r in _demonstratives() if r["head"] and title == r["head"]), None)
    return last_of_kind(folded, mentions, row, pos) if row is not None else []


def last_of_kind(folded: str, mentions: list[Mention], row: dict[str, str], pos: int) -> list[str]:
    """The last organisation named before `pos`, in its paragraph or the one before, whose name ends
    as the bodies of the row's kind do."""
    endings = tuple(data.split_aliases(row["endings"]))
    floor = folded.rfind("\n", 0, max(0, folded.rfind("\n", 0, pos) - 1)) + 1
    for mention in reversed(mentions):
        if mention.span.end > pos:
            continue
        if mention.span.start < floor:
            break
        if mention.type == "ORG" and mention.entity and fold(mention.text).endswith(endings):
            return [mention.entity]
    return []


def posts_of_the_last_named(folded: str, text: str, mentions: list[Mention]) -> list[tuple[str, Role]]:
    """这位 and a post, right after it or after a 的-phrase (这位律师, 这位来自北方的|电焊工): the post of
    the person named last before it, not across someone unnamed brought in between (一名官员……这位官员),
    nor further back than a few sentences."""
    titles = data.words("titles")
    people = [m for m in mentions if m.type == "PER" and m.entity]
    out: list[tuple[str, Role]] = []
    at = folded.find("这位")
    while at >= 0:
        post = _post_after(folded, at + 2, titles)
        before = [m for m in people if m.span.end <= at]
        if post is not None and before:
            last = before[-1]
            between = folded[last.span.end : at]
            if len(between) <= _BACK and not any(w in between for w in _UNNAMED):
                start, title = post
                role = Role(text=text[start : start + len(title)], span=Span(start, start + len(title)))
                out.append((last.entity, role))  # type: ignore[arg-type]
        at = folded.find("这位", at + 2)
    return out


def _post_after(folded: str, start: int, titles: frozenset[str]) -> tuple[int, str] | None:
    """The title right at `start` or right after a 的 in the clause that follows; and where it starts."""
    for k in range(start, min(len(folded), start + 2 * REACH)):
        if folded[k] in STOPS:
            return None
        if k == start or folded[k - 1] == "的":
            title = starting_at(folded, k, titles)
            if title is not None:
                return k, title
    return None
