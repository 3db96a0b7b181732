"""Speaker labels of interview transcripts: a line that opens with a Chinese name and a colon
(`张建国：我认为……`) names a person, whatever the tagger made of the name; a two-character name
and a one-character cue before the colon (`刘颖说：`) are the name alone.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.repairs import cue_characters

_LABEL = re.compile(r"(?:^|(?<=[\n。！？]))[ \t\u3000]*([\u4e00-\u9fff]{2,3})[:：]")


def speaker_labels(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each speaker label a person, in place of what overlapped it."""
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
    if not labels:
        return candidates
    kept = [c for c in candidates if all(c.end <= x.start or c.start >= x.end for x in labels)]
    return kept + labels
