"""Whether a trigger word tells a happening where it stands, and which: a word of its own, not part of a name, not
who does it (投资人), not a modifier (举报热线), with what its `needs` column in `data/event_triggers.tsv` asks for
(a place, aid given, an object, a date, an organisation, a figure), and not what did not happen as told (a
condition, a habit, what should happen). Read by `events.py` for every trigger word found."""

from __future__ import annotations

import re
from typing import Protocol

from newsmine.analyze import event_frames
from newsmine.analyze.event_lexicon import ACHIEVED, lexicon
from newsmine.analyze.event_words import Words
from newsmine.analyze.word_starts import WordStarts
from newsmine.model import Mention, Span

_AGENT_NOUN = re.compile(r"者|商(?!人)|人(?!质|数)|员|官(?![方司网])|记者|学者|团(?!聚)|队(?!伍)|罪")  # who does it (投资人, 调查记者, 访问团, 投资官员), the charge (贩毒罪); not 死亡人数
_COUNTS = re.compile(  # 诈骗及盗窃两项罪名, 酒驾致死罪: the counts charged
    r"[^，。；：、,;:\s]{0,8}?(?:罪名|控罪|罪行|等罪|项罪|宗罪)|[^，。；：、,;:\s]{0,3}罪(?![犯魁恶])")
_CHARGEABLE = frozenset(("crime", "fraud", "death", "attack", "injury"))  # what a suspect is charged with
_CONSEQUENCE = re.compile(r"就会|就會|就要|就是|就得|便会|便會|那么|那麼|[就便则則会會要]")  # 如果…，就会…: what follows a condition


class Mentions(Protocol):
    """The article's mentions by start offset."""

    def within(self, span: Span) -> list[Mention]:
        """The mentions that start inside the span."""

    def covers(self, span: Span) -> bool:
        """Whether a mention overlaps the span."""


class Uses:
    """The uses of trigger words in one article: what is found once for the whole text, read for each trigger."""

    def __init__(self, folded: str, mentions: Mentions, words: Words, found: WordStarts, time_ends: set[int]) -> None:
        self.lex, self.folded, self.mentions, self.words, self.found = lexicon(), folded, mentions, words, found
        self.time_ends = time_ends  # where each time expression ends: a biography's dated entry follows one

    def opens(self, m: re.Match[str], trigger: Span, clause: Span, sentence: Span) -> str | None:
        """The event type a trigger word opens here, or None when it names no happening in this use."""
        lex, word = self.lex, m.group()
        if self.mentions.covers(trigger):
            return None  # the word is part of a name (an organisation called …协议…)
        senses = lex.senses.get(word, ())  # 发布…研究报告 is a study published, 在医院检查 a medical check
        etype = next((t for t, about in senses if about.search(self.folded, clause.start, clause.end)), lex.triggers[word])
        if etype == "none":
            return None  # 受到, 以来: a word that holds a trigger word
        after = self.mentions.within(Span(trigger.end, trigger.end + 1))
        if etype == "depart" and any(x.type == "ORG" for x in after):
            etype = "resign"  # 离开华为: leaving an organisation is quitting it
        return None if self._no_happening(word, etype, trigger, clause, sentence, after) else etype

    def _no_happening(self, word: str, etype: str, trigger: Span, clause: Span, sentence: Span,
                      after: list[Mention]) -> bool:
        """Whether this use of a trigger word tells no happening: not a word of its own, who does it, a modifier,
        without what its `needs` column asks for, or what did not happen as told; `after` is the mentions starting
        right after it."""
        lex = self.lex
        if len(word) == 1 and not self.words.whole(trigger) or self.words.modifies_noun(trigger):
            return True  # 死板: one character opens a frame only as a word; 调查报告书: what a noun is about
        if len(word) > 1 and _AGENT_NOUN.match(self.folded, trigger.end):
            return True  # 投资人, 捐赠者, 供应商, 救援人员: who does it, not that it happened
        if word in lex.needs_place and not any(x.type == "LOC" for x in after):
            return True  # 到 opens a visit only in 到平壤
        if word in lex.needs_place and self.words.completes_verb(trigger):
            return True  # 游到, 移民到, 运到: 到 completes another verb
        if word in lex.needs_time and trigger.start not in self.time_ends:
            return True  # 1961年5月生, 2000年7月任: a biography's dated entry, not 生活 or 任何
        joined = trigger.end + self.folded.startswith("了", trigger.end)  # 进入了谷歌
        if word in lex.needs_organisation and not any(
                x.type == "ORG" for x in self.mentions.within(Span(joined, joined + 1))):
            return True  # 进入谷歌 is joining it, 进入校园 is not
        if word in lex.needs_alone and self._names_another(trigger, clause):
            return True  # 举行会谈: the talks are the happening, 举行 only says they took place
        if word in lex.needs_aid and not lex.supplied_re.search(self.folded, trigger.end, clause.end):
            return True  # 提供服务, 提供资料: only aid, arms or money given is a supply
        if word in lex.needs_figure and not lex.figure_re.search(self.folded, trigger.end, clause.end) and not (
                ACHIEVED.search(self.folded, clause.start, trigger.start)):
            return True  # 广告收入低迷, 盈利模式: income named as a thing; 营收75亿元, 实现盈利 report results
        if word in lex.needs_object and not self.words.object_after(trigger):
            return True  # 进行审查, 这种审查: censorship named as a practice, not something censored
        if etype in _CHARGEABLE and (
                lex.charged_re.search(self.folded, max(clause.start, trigger.start - 8), trigger.start)
                or _COUNTS.match(self.folded, trigger.end, clause.end)):
            return True  # 涉嫌故意杀人, 被控串谋诈骗, 承认诈骗及盗窃两项罪名: the charge, not a happening told
        if self._unreal(sentence, clause, trigger):
            return True  # 如果…禁止, 容易受伤, 应下台: a condition, a habit, what should happen
        if self.after(trigger) == "head" and not (etype == "supply" and lex.supplied_re.match(self.folded, trigger.end)):
            return True  # 举报热线, 离职赔偿: a thing the happening qualifies; but 提供津贴, 发放补贴 give it
        return False

    def _names_another(self, trigger: Span, clause: Span) -> bool:
        """Whether the clause names another trigger word after this one (举行|会谈, 举办|比赛)."""
        at = trigger.end
        while (w := self.found.search(at, clause.end)) is not None:
            if self.lex.triggers[w.group()] != "none" or w.group() in self.lex.senses:
                return True
            at = w.end()
        return False

    def _unreal(self, sentence: Span, clause: Span, trigger: Span) -> bool:
        """Whether a cue before the trigger says what it tells did not happen as told: in its clause, a habit or general
        truth (经常, 容易), what should happen or is called for (应, 必须, 呼吁), what is to be averted (避免); from
        anywhere before it in the sentence, a condition whose consequence the trigger's clause tells (如果…，政府将关闭…;
        not 如果拿春节举例，票房收入达到…, a way of framing what is told): a single character only as a word of its own,
        none inside a name."""
        consequence = any(len(c.group()) > 1 or self.words.whole(Span(c.start(), c.end()))  # 会, not 会议
                          for c in _CONSEQUENCE.finditer(self.folded, clause.start, trigger.start)) or (
            event_frames.modality(self.folded, clause.start, trigger.start) in ("planned", "possible"))
        for cue in self.lex.unreal_re.finditer(self.folded, sentence.start, trigger.start):
            span, kind = Span(cue.start(), cue.end()), self.lex.unreal[cue.group()]
            earlier = span.start < clause.start
            if kind == "none" or self.mentions.covers(span) or earlier and (kind != "hypothetical" or not consequence):
                continue
            if cue.group() == "应" and "邀" in self.folded[cue.end():clause.end]:
                continue  # 应台湾邀请到访: at the invitation of, not ought to
            if len(cue.group()) > 1 or self.words.whole(span):
                return True
        return False

    def after(self, trigger: Span) -> str | None:
        """`head` when a noun right after the trigger makes it a modifier (举报热线), `frame` when a word right after it
        makes the happening a time frame for something else (出事前, 疫情后); a single character only as a word."""
        m = self.lex.after_re.match(self.folded, trigger.end)
        if m is None or len(m.group()) == 1 and not self.words.whole(Span(m.start(), m.end())):
            return None
        return self.lex.after[m.group()]
