"""Names at label positions, whatever the tagger made of them: the speaker labels of interview
transcripts (a line that opens with a Chinese name and a colon, `张建国：我认为……`; a two-character
name and a one-character cue before the colon, `刘颖说：`, are the name alone) and the staff a credit
line names (`记者 王小明 李华`, `编辑｜张三`, `摄影╱某某`, `某某／台北报导`).
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.name_cuts import cue_characters
from newsmine.analyze.text import alternation

_LABEL = re.compile(r"(?:^|(?<=[\n。！？]))[ \t\u3000]*([\u4e00-\u9fff]{2,3})[:：]")
_CREDIT_MARK = "[ \t\u3000:：|｜/／╱]"  # what separates a credit word from the names it gives
_NAME_END = r"(?=[ \t\u3000\n、,，|｜/／╱]|$)"  # a credited name ends at a space, a list mark or the line's end


@cache
def _credit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A credit word and the names after it (记者 王小明 李华); a name before a slash and a place's
    report (金名／高雄报导)."""
    words = alternation(data.words("credit_words"))
    names = rf"(?:{_CREDIT_MARK}+[\u4e00-\u9fff]{{2,4}}{_NAME_END})+"
    return (re.compile(rf"(?:{words}){names}"),
            re.compile(rf"(?:^|(?<=[\n ]))([\u4e00-\u9fff]{{2,3}})[/／╱]([\u4e00-\u9fff]{{2,4}}?)(?:报导|报道)"))


def credit_names(folded: str) -> list[Candidate]:
    """The people a credit line names: after a credit word, names of two to four characters that begin
    with a surname, each standing alone between spaces or marks; before a slash and a place's report,
    the name and the place."""
    surnames, titles, credit = data.words("surnames"), data.words("titles"), data.words("credit_words")
    byline, reported = _credit()
    out, places = [], []
    for m in reported.finditer(folded):
        out.append(Candidate(m.start(1), m.end(1), "PER", "tagger"))
        places.append(Candidate(m.start(2), m.end(2), "LOC", "tagger"))  # 高雄报导: where it was reported
    for m in byline.finditer(folded):
        for name in re.finditer(r"[\u4e00-\u9fff]+", folded[m.start() : m.end()]):
            word, start = name.group(), m.start() + name.start()
            if name.start() == 0 or word in credit or word in titles or word[0] not in surnames \
                    or gazetteer.known(word) is not None:
                continue
            out.append(Candidate(start, start + len(word), "PER", "tagger"))
    return [c for c in out if folded[c.start] in surnames] + places


def speaker_labels(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each speaker label and credited name a person, in place of what overlapped it."""
    surnames, titles = data.words("surnames"), data.words("titles")
    labels = []
    for m in _LABEL.finditer(folded):
        name = m.group(1)
        if len(name) == 3 and name[-1] in cue_characters():
            name = name[:2]  # 刘颖说：“… is a name and its cue, not a label
        if name[0] not in surnames or gazetteer.known(name) is not None or \
                any(name.endswith(t) for t in titles) or name in titles:
            continue
        labels.append(Candidate(m.start(1), m.start(1) + len(name), "PER", "tagger"))
    labels += credit_names(folded)
    if not labels:
        return candidates
    kept = [c for c in candidates if all(c.end <= x.start or c.start >= x.end for x in labels)]
    return kept + labels
