"""Companies named with their legal form inside a word the tagger made of a trade and the name
(建筑分判商|宏达工程有限公司, 供应商|金辉实业有限公司): the name runs from after the trade word
(data/org_cues.tsv) to the end of the legal form (data/company_forms.tsv). A word of the name and
legal form alone is left as the tagger read it: taking those too named companies no one annotates.
A step of `analyze/candidates.py` (`legal_forms`).
"""

from __future__ import annotations

from newsmine import data
from newsmine.analyze.kind_lists import NOT_IN_NAMES
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.tagger import Token

_NAMES = frozenset({"ORG", "PER", "LOC"})  # words another step reads already
_NOT_FIRST = NOT_IN_NAMES | frozenset("一二两三四五六七八九十几多某此每另")  # 一家|有限公司, 某|有限公司: no name


def legal_forms(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` and the companies written with their legal form inside a word no candidate covers."""
    forms = data.longest_first("company_forms")
    cues = data.longest_first("org_cues")
    taken = [(c.start, c.end) for c in candidates]
    out = list(candidates)
    for tok in tokens:
        form = next((f for f in forms if tok.word.endswith(f)), None)
        if form is None or tok.tag in _NAMES or any(s < tok.end and tok.start < e for s, e in taken):
            continue
        head = tok.word[: -len(form)]
        cut = max((head.rfind(cue) + len(cue) for cue in cues if cue in head), default=0)
        name = head[cut:]
        if cut and len(name) >= 2 and name[0] not in _NOT_FIRST and name not in data.words("company_trades"):
            out.append(Candidate(tok.start + cut, tok.end, "ORG", "tagger"))
    return out
