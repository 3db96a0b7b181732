"""Sports teams in match reports: clubs named by city, national sides, `A vs B`, X队."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def test_city_named_club_is_an_organisation_in_a_match_sentence() -> None:
    doc = analyse_text("周日的意甲比赛中，罗马主场2比1击败拉齐奥，积分榜上升到第三。")
    found = _mentions(doc)
    assert ("罗马", "ORG") in found
    assert ("拉齐奥", "ORG") in found


def test_same_city_outside_a_match_stays_a_place() -> None:
    doc = analyse_text("这位考古学家上个月在罗马举行的研讨会上介绍了新发现。")
    assert ("罗马", "LOC") in _mentions(doc)


def test_versus_between_two_clubs_is_two_teams() -> None:
    doc = analyse_text("本周焦点：都灵vs拉齐奥，主队近五轮三胜两平。")
    found = _mentions(doc)
    assert ("都灵", "ORG") in found and ("拉齐奥", "ORG") in found
    assert not any("vs" in text for text, _ in found)


def test_country_with_team_tail_is_the_team() -> None:
    doc = analyse_text("昨晚的友谊赛上，中国队凭借下半场的进球战胜了对手。")
    assert ("中国队", "ORG") in _mentions(doc)


def test_club_the_tagger_takes_for_a_person_is_an_organisation() -> None:
    doc = analyse_text("欧联杯小组赛，加拉塔萨雷客场挑战波尔图，两队上次交锋战成平局。")
    found = _mentions(doc)
    assert ("加拉塔萨雷", "ORG") in found
    assert ("波尔图", "ORG") in found


def test_tagged_name_cut_at_a_match_cue() -> None:
    doc = analyse_text("冷门提示：曼城客场防平局")  # the tagger reads the whole line as one name
    found = _mentions(doc)
    assert ("曼城", "ORG") in found
    assert not any(text.startswith("曼城客") for text, _ in found)


def test_competition_is_an_organisation() -> None:
    doc = analyse_text("这支球队在欧联杯小组赛中保持不败，足总杯却早早出局。")
    found = _mentions(doc)
    assert ("欧联杯", "ORG") in found and ("足总杯", "ORG") in found

