"""The affiliation ranker: the shipped model loads with its provenance, links a person to the body
written right before their title, leaves bodies that are only named near a person alone, and can be
left out of the pipeline."""

from __future__ import annotations

from importlib import resources

from newsmine.analyze import affiliation_ranker, linear
from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline, make_doc
from newsmine.model import Doc
from newsmine.read import read_markdown


def _run(body: str, names: tuple[str, ...]) -> Doc:
    return Pipeline(names)(make_doc(read_markdown(f"# 校园新闻\n\n{body}", "campus.md")))


def _affiliations(doc: Doc) -> dict[str, list[str]]:
    by_id = {e.id: e for e in doc.entities}
    return {e.name: [by_id[a].name for a in e.affiliations] for e in doc.entities if e.type == "PER"}


def test_the_shipped_model_loads_and_says_how_it_was_trained() -> None:
    text = resources.files("newsmine.data").joinpath(f"{affiliation_ranker.MODEL}.tsv").read_text("utf-8")
    first = text.splitlines()[0]
    assert first.startswith("# trained by bench/train_affiliations.py on the 106 dev articles")
    assert "no test article read" in first
    weights = linear.weights(affiliation_ranker.MODEL)
    assert weights and all(name.isascii() for name in weights)  # general features, no word of an article


def test_without_the_rules_the_model_links_a_professor_to_the_university_before_the_title() -> None:
    names = ("sentences", "glosses", "entities", "affiliation-ranker")
    doc = _run("清华大学教授李明远周二表示，新规将在明年实施。", names)
    assert _affiliations(doc) == {"李明远": ["清华大学"]}


def test_a_body_that_only_reported_a_meeting_is_nobody_s_affiliation() -> None:
    body = "据新华社报道，王海和张晓峰昨天在北京会面，双方讨论了合作。"
    doc = _run(body, DEFAULT_PIPELINE[:5])
    found = affiliation_ranker.candidates(doc)
    assert len(found) == 4  # each of the two people with the agency and the city
    assert all(affiliation_ranker.probability(f) < affiliation_ranker.ADD for f in found.values())
    assert _affiliations(doc) == {"王海": [], "张晓峰": []}


def test_a_body_in_the_next_sentence_is_no_candidate_of_the_person_before() -> None:
    doc = _run("王海表示，这项计划会推迟。北京大学的学生张晓峰则认为计划可行。", DEFAULT_PIPELINE[:5])
    by_id = {e.id: e.name for e in doc.entities}
    assert {(by_id[p], by_id[b]) for p, b in affiliation_ranker.candidates(doc)} == {("张晓峰", "北京大学")}
    assert _affiliations(doc)["王海"] == []


def test_the_ranker_can_be_left_out_and_the_rules_links_stay() -> None:
    names = tuple(n for n in DEFAULT_PIPELINE[:5] if n != "affiliation-ranker")
    doc = _run("北京大学的学生张晓峰认为计划可行。", names)
    assert "affiliation-ranker" not in Pipeline(names).names
    assert _affiliations(doc) == {"张晓峰": ["北京大学"]}
