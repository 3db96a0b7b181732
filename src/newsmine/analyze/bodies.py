"""The body a person heads or works at, named after them with a verb (某某领导的某党, 某某从某公司离职),
and the clause stops and reach the roles layer reads titles with."""

from __future__ import annotations

from newsmine import data
from newsmine.analyze.text import ending_at, starting_at
from newsmine.model import Mention

STOPS = frozenset("，,。；;：:！!？?“”\"「」『』、\n")  # the marks that end a clause a name and its words share
REACH = 20  # characters a title, a verb or a body may lie from the name it belongs to


def body_led(folded: str, mention_at_start: dict[int, Mention], at: int) -> str | None:
    """The body a person heads or founded, named after them (from `at`, past their gloss) in a 的-phrase:
    某某领导的|全国联盟, 某某所创办的杂志 (data/lead_verbs.tsv)."""
    at += folded[at : at + 1] == "所"
    verb = starting_at(folded, at, data.words("lead_verbs"), 2)
    if verb is None or folded[at + len(verb) : at + len(verb) + 1] != "的":
        return None
    mention = mention_at_start.get(at + len(verb) + 1)
    return mention.entity if mention is not None and mention.type == "ORG" else None


def workplace_after(folded: str, mention_at_start: dict[int, Mention], person_starts: set[int],
                    end: int) -> str | None:
    """The body a person works or studies at, named after them in their clause with a verb of work:
    某某在某公司工作, 某某从某公司离职, 某某入职某公司 (data/work_verbs.tsv)."""
    sides = {row["verb"]: row["side"] for row in data.table("work_verbs")}
    for at in range(end, min(len(folded), end + REACH)):
        if folded[at] in STOPS or (at > end and at in person_starts):
            return None
        body = mention_at_start.get(at)
        if body is None or body.type != "ORG":
            continue
        verb_after = starting_at(folded, body.span.end, frozenset(sides), 3)
        verb_before = ending_at(folded, at, frozenset(sides), 3)
        if (verb_after and sides[verb_after] == "after" and folded[at - 1 : at] in "在从于") or (
                verb_before and sides[verb_before] == "before"):
            return body.entity
    return None
