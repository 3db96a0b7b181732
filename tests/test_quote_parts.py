"""The parts of quote attribution, each built on its own from what it is given: a paragraph's marks,
phrases and cue frames; the record of quotes heard; pronoun antecedents; the mention stage; the
attribution of one statement. Sentences and people are invented for these tests.
"""

from __future__ import annotations

import re

from newsmine.analyze.antecedents import Antecedents, Heard, Holders, Speaker
from newsmine.analyze.attribution import Attribution
from newsmine.analyze.cues import Paragraph
from newsmine.analyze.marks import Marked, lexicon
from newsmine.analyze.phrases import Phrases
from newsmine.analyze.pipeline import Pipeline, make_doc
from newsmine.analyze.quote_speakers import SpeakerLinks, titles
from newsmine.analyze.quote_subjects import Subjects
from newsmine.analyze.speakers import Resolver
from newsmine.analyze.statements import Statement
from newsmine.analyze.text import normalise
from newsmine.model import Doc, Entity, Mention, Quote, Span
from newsmine.read import read_markdown


def paragraph(text: str) -> Paragraph:
    return Paragraph(text, Span(0, len(text)))


def said(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def test_a_paragraph_is_its_marks_its_phrases_and_its_cue_frames_over_the_same_marks():
    text = "交通部发言人周立新对记者表示：“新线路将在年底前通车。”"
    para = paragraph(text)
    assert para.phrases.marks is para.marks and para.frames.marks is para.marks
    [cue] = para.frames.cues()
    assert (cue.word, cue.position) == ("表示", "before")
    assert [said(text, s.said(text)) for s in cue.linked] == ["新线路将在年底前通车。"]
    subject, addressee = para.phrases.subject(cue.region)
    assert (said(text, subject), said(text, addressee)) == ("交通部发言人周立新", "记者")


def test_phrases_read_a_paragraphs_marks_without_the_cue_frames():
    text = "据一名不愿具名的官员透露，这份报告已经送到了她的办公室。"
    phrases = Phrases(Marked(text, Span(0, len(text)), lexicon()))
    source = Span(text.index("一名"), text.index("透露"))
    report = Span(text.index("这份"), text.index("已经"))
    assert phrases.anonymous(source)
    assert phrases.document(report) == "这份" and phrases.refers_back(report)
    assert phrases.pronoun(Span(text.index("她"), text.index("她") + 1)) == "she"
    assert not phrases.anonymous(report)


def test_cue_frames_tell_a_quotation_before_its_speaker_from_a_term_in_quotation_marks():
    text = "“我们不会放弃这片海。”渔民郑大海说。"
    [cue] = paragraph(text).frames.cues()
    assert (cue.word, cue.position, said(text, cue.region)) == ("说", "after", "渔民郑大海")
    term = paragraph("当地人把这座桥称为“彩虹桥”。")
    assert [s.term for s in term.marks.segments] == [True]


def test_a_colon_frame_gives_the_speaker_the_colon_and_the_quoted_words():
    text = "园长吴秀兰：“孩子们最喜欢下雨天。”"
    speaker, colon, content = paragraph(text).frames.colon_frame(at_start=True)
    assert (said(text, speaker), said(text, colon), said(text, content)) == ("园长吴秀兰", "：", "孩子们最喜欢下雨天。")


def test_heard_keeps_each_quote_with_its_speaker_and_knows_what_was_said():
    heard = Heard()
    quote = Quote(Span(10, 30), "x" * 20, "direct", "p1", "林海峰")
    heard.add(quote, Speaker("p1", "林海峰", Span(3, 6), how="name"))
    assert [(q.span, s.id) for q, s in heard.history] == [(Span(10, 30), "p1")]
    assert heard.said.holds(Span(12, 20)) and not heard.said.holds(Span(25, 35))


def named_doc(text: str, people: dict[str, str]) -> Doc:
    """A Doc of one paragraph whose names layer holds the given people (id → name) at every mention."""
    doc = Pipeline(["sentences"])(make_doc(read_markdown("# 两位部长的会谈\n\n" + text + "\n")))
    for entity_id, name in people.items():
        doc.entities.append(Entity(id=entity_id, type="PER", name=name))
        for m in re.finditer(name, doc.text):
            doc.mentions.append(Mention(Span(m.start(), m.end()), name, "PER", entity_id))
    doc.mentions.sort(key=lambda m: m.span.start)
    return doc


def parts(doc: Doc) -> tuple[Heard, Antecedents, SpeakerLinks, Subjects]:
    lex = lexicon()
    folded = normalise(doc.text)
    resolver = Resolver(doc, lex.words("role"))
    heard = Heard()
    antecedents = Antecedents(doc, lex, folded, resolver, titles(), heard, Holders())
    links = SpeakerLinks(doc, lex, folded, resolver, titles(), heard, antecedents)
    return heard, antecedents, links, Subjects(lex, folded, resolver, heard, antecedents, links)


def test_a_pronoun_goes_to_the_clauses_subject_until_someone_else_is_heard():
    text = "外交部长林海峰周一在曼谷会见了王志远。他表示，双方同意重启边境贸易谈判。"
    doc = named_doc(text, {"p1": "林海峰", "p2": "王志远"})
    heard, antecedents, _, _ = parts(doc)
    he = doc.text.index("他表示")
    assert antecedents.antecedent(he, set(), 0) == "p1"  # 王志远 is the object of 会见
    answer = doc.text.index("会见")
    heard.add(Quote(Span(answer, answer + 2), "会见", "direct", "p2", "王志远"),
              Speaker("p2", "王志远", Span(doc.text.index("王志远"), doc.text.index("王志远") + 3), how="name"))
    assert antecedents.antecedent(he, set(), 0) == "p2"  # the previous speaker, named after the subject


def test_the_mention_stage_links_a_name_and_keeps_an_unnamed_source_without_an_entity():
    text = "林海峰说，谈判很顺利。一名不愿具名的官员则认为，协议还要等到明年。"
    doc = named_doc(text, {"p1": "林海峰"})
    _, _, links, _ = parts(doc)
    para = Paragraph(doc.text, doc.parts[-1].span)
    name = Span(doc.text.index("林海峰"), doc.text.index("林海峰") + 3)
    unnamed = Span(doc.text.index("一名"), doc.text.index("则认为"))
    assert (links.explicit(para, name, name.end, set()).id, links.explicit(para, name, name.end, set()).how) == ("p1", "name")
    source = links.explicit(para, unnamed, unnamed.end, set())
    assert (source.id, source.how, source.text) == (None, "unnamed", "一名不愿具名的官员")
    assert "林海峰" in links.known


def test_attribution_makes_a_quote_from_a_statement_and_records_both_sieves():
    text = "林海峰表示：“边境贸易会在三月恢复。”"
    doc = named_doc(text, {"p1": "林海峰"})
    heard, _, links, subjects = parts(doc)
    para = Paragraph(doc.text, doc.parts[-1].span)
    words = Span(doc.text.index("边境"), doc.text.index("”"))
    cue = Span(doc.text.index("表示"), doc.text.index("表示") + 2)
    subject = Span(doc.text.index("林海峰"), cue.start)
    quote = Attribution(doc, links.resolver, heard, links, subjects).quote(
        para, Statement(words, "direct", cue, subject, None, sieve="cue-before"), 1)
    assert quote is not None
    assert (quote.text, quote.speaker, quote.cue, quote.sieve, quote.resolved_by) == (
        "边境贸易会在三月恢复。", "p1", "表示", "cue-before", "name")
    assert quote.confidence == 0.85  # cue-before (0.85) × name (1.0)
    assert heard.history[-1][0] is quote
