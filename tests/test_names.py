"""The names module: folding, keys, the same-referent rule and a gloss's original, one rule for every layer."""

from __future__ import annotations

from newsmine.analyze.name_table import name_table
from newsmine.names import fold, name_key, original_key, parse_original, parts, referent_keys
from newsmine.render.quotes import matches, speaker_groups


def test_fold_keeps_offsets_and_simplifies() -> None:
    text = "國際原子能機構（ＩＡＥＡ）硏究員"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("国际原子能机构(IAEA)研究员")


def test_a_long_text_folds_the_same_twice() -> None:
    text = "習近平與普京會談。" * 40
    assert fold(text) == fold(text) == fold(text[:-1] + "。")


def test_name_keys_ignore_script_and_separators() -> None:
    assert name_key("奧利弗•道登") == name_key("奥利弗·道登") == name_key("奥利弗‧道登")
    assert name_key("歐巴馬") == name_key("奥巴马")
    assert name_key("普丁") != name_key("普京")
    assert original_key("Vladimir  PUTIN") == original_key("vladimir putin")
    assert parts("瓦列里·阿基门科") == ["瓦列里", "阿基门科"]


def test_two_renderings_with_one_original_are_one_referent() -> None:
    putin_tw = referent_keys("普丁", "Vladimir Putin")
    putin_cn = referent_keys("普京", "Vladimir Putin", ["普京"])
    assert putin_tw & putin_cn
    assert not referent_keys("普丁") & referent_keys("普京")


def test_the_name_table_and_the_speaker_filter_use_the_same_rule() -> None:
    docs = [{"entities": [{"id": "e1", "type": "PER", "name": "普丁", "original_name": "Vladimir Putin",
                           "aliases": []}]},
            {"entities": [{"id": "e1", "type": "PER", "name": "普京", "original_name": "Vladimir Putin",
                           "aliases": []}]}]
    rows = name_table(docs)
    assert len(rows) == 1 and rows[0]["articles"] == 2
    doc = {"entities": [{"id": "e1", "type": "PER", "name": "奧利弗•道登", "original_name": None, "aliases": []}],
           "quotes": [{"speaker": "e1", "speaker_text": "道登", "speaker_span": [0, 2], "text": "…"}]}
    assert matches(speaker_groups(doc)[0], "奥利弗·道登")


def test_parse_original_takes_names_and_refuses_the_rest() -> None:
    assert parse_original("Ewha Womans University") is not None
    original = parse_original("Choi Min-ho，音译")
    assert original is not None and original.text == "Choi Min-ho" and original.transliterated
    assert parse_original("约合1200万美元") is None
    assert parse_original("9月13日") is None


def test_abbreviations_keep_the_first_character_and_the_generic_words_head() -> None:
    from newsmine.names import abbreviations

    assert "南航大" in abbreviations("南京航空大学")
    assert "体院" in abbreviations("体育学院")
    assert "国安委" in abbreviations("国家安全委员会")
    assert "国家委" in abbreviations("国家安全委员会")  # a form the text must also write as one word
    assert "南京" not in abbreviations("南京航空大学")  # a run of the name's own characters is a short form
    assert abbreviations("苹果公司") == []  # no abbreviation head for 公司


def test_parts_split_at_a_full_stop_only_between_chinese_characters() -> None:
    assert parts("詹姆斯.克莱弗利") == ["詹姆斯", "克莱弗利"]
    assert parts("J.K. Rowling") == ["J.K. Rowling"]
