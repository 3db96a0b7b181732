"""The document model: JSON contract, schema validation, span checks."""

from __future__ import annotations

import copy

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.errors import SchemaError
from newsmine.model import SCHEMA_VERSION, Doc, Quote, Span, validate_dict
from newsmine.read import read_article

from .conftest import EXAMPLES


@pytest.fixture(params=EXAMPLES, ids=[p.name for p in EXAMPLES])
def doc(request) -> Doc:
    return analyze(read_article(str(request.param)))


def test_real_output_validates_against_the_shipped_schema(doc):
    data = doc.to_dict()
    assert data["schema"] == SCHEMA_VERSION
    validate_dict(data)


def test_to_dict_from_dict_round_trip(doc):
    data = doc.to_dict()
    again = Doc.from_dict(copy.deepcopy(data))
    assert again == doc and again.to_dict() == data


def test_every_part_and_sentence_points_at_its_text(doc):
    a = doc.article
    title = doc.parts[0]
    assert doc.span_text(title.span) == a.title
    for part in doc.parts:
        if part.part == "block" and a.blocks[part.block].type == "paragraph":
            assert doc.span_text(part.span) == a.blocks[part.block].text
    assert doc.sentences and all(doc.span_text(s.span).strip() == doc.span_text(s.span) for s in doc.sentences)


def test_schema_rejects_a_wrong_kind_of_quote(doc):
    doc.quotes.append(Quote(span=Span(0, 2), text=doc.text[:2], kind="direct"))
    data = doc.to_dict()
    validate_dict(data)
    data["quotes"][0]["kind"] = "rumoured"
    with pytest.raises(SchemaError, match=r"quotes/0/kind"):
        validate_dict(data)


def test_span_past_the_end_of_the_text_is_rejected(doc):
    data = doc.to_dict()
    data["sentences"].append({"span": [0, len(data["text"]) + 5]})
    with pytest.raises(SchemaError, match=r"sentences\[\d+\]: span .* runs past the end"):
        Doc.from_dict(data)


def test_wrong_schema_version_is_rejected(doc):
    data = doc.to_dict()
    data["schema"] = "newsmine/0"
    with pytest.raises(SchemaError, match="expected schema 'newsmine/1'"):
        Doc.from_dict(data)


def test_span_bounds_are_checked_on_construction():
    with pytest.raises(ValueError):
        Span(5, 3)
