"""Units written glued to their parent organisation: the parent is the organisation named."""

from __future__ import annotations

from newsmine.analyze.units import parent_and_unit
from tests.helpers_names import analyse_text, entity_named


def test_a_unit_glued_to_its_parent_is_cut_at_the_parent() -> None:
    for name, parent in (("江南理工大学机械学院", "江南理工大学"), ("滨海市第二人民医院心血管研究中心", "滨海市第二人民医院"),
                         ("东海经济研究院产业政策研究所", "东海经济研究院"), ("华东师范大学历史系", "华东师范大学")):
        assert name[: parent_and_unit(name)] == parent


def test_a_body_named_with_a_place_after_its_parent_and_whole_bodies_stay_whole() -> None:
    assert parent_and_unit("中国科学院上海天文台实验室") is None
    assert parent_and_unit("东海经济研究院") is None
    assert parent_and_unit("滨海大学附属中学") is None


def test_staff_of_a_unit_work_for_its_parent() -> None:
    doc = analyse_text("江南理工大学机械学院教授周振华说，新设备将在明年投入使用。")
    person = entity_named(doc, "周振华")
    names = {e.id: e.name for e in doc.entities}
    assert [names[a] for a in person.affiliations] == ["江南理工大学"]
    assert [r.text for r in person.roles] == ["教授"]
