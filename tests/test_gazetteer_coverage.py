"""The gazetteers know the international bodies, forums and Chinese outlets news names most, with
their usual short forms, so an article naming them finds them even where the tagger does not."""

from __future__ import annotations

from newsmine.analyze import gazetteer
from tests.helpers_names import analyse_text, entity_named


def test_short_forms_reach_the_full_name() -> None:
    assert gazetteer.known("每经").name == "每日经济新闻"
    assert gazetteer.known("国际田联").name == "世界田径联合会"
    assert gazetteer.known("独联体").name == "独立国家联合体"


def test_forum_alliance_and_magazine_are_organisations() -> None:
    doc = analyse_text("据《中国新闻周刊》报道，五眼联盟成员国的情报官员上月在博鳌亚洲论坛期间会面。")
    for name in ("中国新闻周刊", "五眼联盟", "博鳌亚洲论坛"):
        assert entity_named(doc, name).type == "ORG"
