"""People named by a surname and a form of address (吴医生, 张老师) are entities as written when the
article names no one of that surname before; the surname alone later is that person; a surname
only stated (姓吴的) names no one."""

from __future__ import annotations

from tests.helpers_names import analyse_text, entity_named


def test_surname_with_a_form_of_address_is_the_person_as_written() -> None:
    doc = analyse_text("社区诊所一名姓郑的医生每天接诊上百人。郑医生说，流感高峰还没到。她提醒老人尽快接种疫苗，郑说：“别等到排长队。”")
    doctor = entity_named(doc, "郑医生")
    assert doctor.type == "PER" and "郑" in doctor.aliases
    assert [e.name for e in doc.entities if e.type == "PER"] == ["郑医生"]


def test_surname_of_someone_named_before_stays_that_person() -> None:
    doc = analyse_text("班主任何嘉欣介绍了情况。家长们说，何老师很负责。")
    teacher = entity_named(doc, "何嘉欣")
    assert "何老师" not in [e.name for e in doc.entities]
    assert teacher.type == "PER"


def test_quoted_name_a_user_goes_by_is_a_person() -> None:
    doc = analyse_text("一位名为“雨后青山”的网友在论坛留言称，他对处理结果很失望。另有网名「老猫」的博主转发了帖子。")
    assert entity_named(doc, "雨后青山").type == "PER"
    assert entity_named(doc, "老猫").type == "PER"
