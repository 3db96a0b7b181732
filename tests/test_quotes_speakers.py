"""Speaker resolution against the names-layer contract (`doc.mentions`, `doc.entities`).

The names layer is built by hand here, as that layer would: a Mention for every written form of
an entity, each pointing at the entity's id. Then the real `quotes` component runs over it.
"""

from __future__ import annotations

import re

from newsmine.analyze.pipeline import REGISTRY, Pipeline, make_doc
from newsmine.model import Doc, Entity, Mention, Span
from newsmine.read import read_markdown


def prepare(*paragraphs: str) -> Doc:
    article = read_markdown("# 测试标题\n\n" + "\n\n".join(paragraphs) + "\n")
    return Pipeline(["sentences"])(make_doc(article))


def name(doc: Doc, entity_id: str, type_: str, full: str, *forms: str, original: str | None = None) -> None:
    """Add an entity and a mention for each occurrence of each form (longest first, no overlaps)."""
    doc.entities.append(Entity(id=entity_id, type=type_, name=full, original_name=original,  # type: ignore[arg-type]
                               aliases=[f for f in forms if f != full]))
    taken = [m.span for m in doc.mentions]
    for form in sorted({full, *forms}, key=len, reverse=True):
        for match in re.finditer(re.escape(form), doc.text):
            if any(s.start < match.end() and match.start() < s.end for s in taken):
                continue
            span = Span(match.start(), match.end())
            doc.mentions.append(Mention(span, form, type_, entity_id))  # type: ignore[arg-type]
            taken.append(span)
    doc.mentions.sort(key=lambda m: m.span.start)
    for entity in doc.entities:
        entity.mentions = [m.span for m in doc.mentions if m.entity == entity.id]


def quotes(doc: Doc):
    REGISTRY["quotes"].func(doc)
    return doc.quotes


def test_full_name_short_form_and_title_form_resolve_to_one_entity():
    doc = prepare("东欧安全研究所（Eastern Security Institute）研究员米哈伊尔·索科洛夫（Mikhail Sokolov）说，"
                  "边境的兵力部署“远远超出了演习的需要”。",
                  "索科洛夫指出，冬季来临前的补给线是关键。",
                  "索科洛夫教授还表示，谈判的窗口正在关闭。")
    name(doc, "E1", "ORG", "东欧安全研究所", original="Eastern Security Institute")
    name(doc, "E2", "PER", "米哈伊尔·索科洛夫", "索科洛夫", original="Mikhail Sokolov")
    found = quotes(doc)
    assert [q.speaker for q in found] == ["E2", "E2", "E2"]
    assert [q.speaker_text for q in found] == ["米哈伊尔·索科洛夫", "索科洛夫", "索科洛夫教授"]  # as written


def test_a_short_form_without_its_own_mention_matches_the_entity_name():
    doc = prepare("研究员米哈伊尔·索科洛夫（Mikhail Sokolov）说，补给线是关键。", "索科洛夫指出，谈判的窗口正在关闭。")
    name(doc, "E2", "PER", "米哈伊尔·索科洛夫", original="Mikhail Sokolov")
    assert [q.speaker for q in quotes(doc)] == ["E2", "E2"]


def test_a_title_form_without_a_mention_matches_name_plus_title():
    doc = prepare("普拉博沃（Prabowo）周一抵达。", "普拉博沃总统表示：“我们愿意扩大合作。”")
    name(doc, "P", "PER", "普拉博沃", original="Prabowo")
    doc.mentions = [m for m in doc.mentions if m.span.start < 10]  # only the first mention is tagged
    assert [q.speaker for q in quotes(doc)] == ["P"]


def test_a_pronoun_resolves_to_the_most_recent_person_who_is_not_the_addressee():
    doc = prepare("卡斯特罗（Castro）与富恩特斯（Fuentes）周二在利马会面。卡斯特罗似乎对富恩特斯的提议表示支持。",
                  "“这是我们两国关系的新起点，富恩特斯部长的诚意有目共睹。”他对富恩特斯说。")
    name(doc, "C", "PER", "卡斯特罗", original="Castro")
    name(doc, "F", "PER", "富恩特斯", original="Fuentes")
    (q,) = quotes(doc)
    assert (q.speaker, q.speaker_text, q.addressee, q.addressee_text) == ("C", "他", "F", "富恩特斯")


def test_a_pronoun_after_a_quote_resolves_to_the_expert_quoted_before():
    doc = prepare("分析师林嘉豪（Lam Ka-ho）指出，港口的吞吐量已经连续三个季度下降。",
                  "然而，鉴于航运公司调整航线的速度之快，这种下降可能是暂时的。他补充道：“明年情况会好转。”")
    name(doc, "L", "PER", "林嘉豪", original="Lam Ka-ho")
    assert [(q.speaker, q.cue) for q in quotes(doc)] == [("L", "指出"), ("L", "补充道")]


def test_organisations_and_countries_speak():
    doc = prepare("日本表示，东京将增派两艘巡逻船。东京还警告，任何越界行为都将受到拦截。",
                  "对此，克里姆林宫回应称，俄方的演习完全在本国海域进行。",
                  "欧洲委员会（European Commission）一名发言人表示，欧盟正在密切关注局势。")
    name(doc, "JP", "LOC", "日本", "东京")
    name(doc, "KR", "ORG", "克里姆林宫")
    name(doc, "EC", "ORG", "欧洲委员会", original="European Commission")
    assert [(q.speaker, q.speaker_text) for q in quotes(doc)] == [  # a spokesman of the body, unnamed
        ("JP", "日本"), ("JP", "东京"), ("KR", "克里姆林宫"), (None, "欧洲委员会（European Commission）一名发言人")]


def test_the_person_is_the_speaker_when_the_phrase_also_names_an_organisation():
    doc = prepare("亚洲开发银行（Asian Development Bank）首席经济学家朴成民（Park Sung-min）表示，增长将放缓。")
    name(doc, "ADB", "ORG", "亚洲开发银行", original="Asian Development Bank")
    name(doc, "P", "PER", "朴成民", original="Park Sung-min")
    (q,) = quotes(doc)
    assert (q.speaker, q.speaker_text) == ("P", "朴成民")


def test_anonymous_sources_stay_null_even_with_a_named_organisation_inside():
    doc = prepare("美国官员表示，制裁名单将在下周公布。", "观察人士认为，这一举措的象征意义更大。",
                  "他们指出，过去的制裁收效甚微。")
    name(doc, "US", "LOC", "美国")
    assert [(q.speaker, q.speaker_text) for q in quotes(doc)] == [
        (None, "美国官员"), (None, "观察人士"), (None, "他们")]


def test_they_after_an_organisation_is_that_organisation():
    doc = prepare("世界卫生组织（WHO）表示，疫苗将在月底前运抵。他们强调，冷链运输仍是最大的难题。")
    name(doc, "WHO", "ORG", "世界卫生组织", "WHO")
    assert [q.speaker for q in quotes(doc)] == ["WHO", "WHO"]


def test_an_uncued_paragraph_continues_the_resolved_speaker():
    doc = prepare("执行总监罗莎·门德斯（Rosa Mendes）表示，两国的会面表明制裁的效果正在减弱。",
                  "“受到制裁的国家越多，制裁本身就越不起作用。”")
    name(doc, "R", "PER", "罗莎·门德斯", "门德斯", original="Rosa Mendes")
    first, second = quotes(doc)
    assert (second.speaker, second.cue, second.kind) == ("R", None, "direct")


def test_a_zero_subject_cue_takes_the_mentioned_subject():
    doc = prepare("普拉博沃周三似乎承认了这一点，称双方的合作“存在一定的限制”。")
    name(doc, "P", "PER", "普拉博沃")
    (q,) = quotes(doc)
    assert (q.speaker, q.cue, q.kind) == ("P", "称", "mixed")
