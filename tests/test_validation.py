"""A document passes the compiled schema check when valid; a broken one is named as jsonschema names it."""

from __future__ import annotations

import copy

import pytest

from newsmine.errors import SchemaError
from newsmine.model import Doc, validate_dict
from tests.helpers_names import analyse_text


@pytest.fixture(scope="module")
def document() -> dict:  # type: ignore[type-arg]
    return analyse_text("浙江省副省长周立群今天在宁波主持召开港口安全工作会议。他说：“安全是第一位的。”",
                        title="港口会议在宁波召开").to_dict()


def test_a_document_we_produced_is_valid_and_reads_back(document) -> None:  # type: ignore[no-untyped-def]
    validate_dict(document)
    assert Doc.from_dict(document).to_dict() == document


@pytest.mark.parametrize("span, message", [
    ([0, 2, 4], "sentences/0/span: [0, 2, 4] is too long"),
    ([-1, 2], "sentences/0/span/0: -1 is less than the minimum of 0"),
    ([True, 2], "sentences/0/span/0: True is not of type 'integer'"),
    (None, "sentences/0/span: None is not of type 'array'"),
])
def test_a_broken_span_is_refused_naming_its_place(document, span, message) -> None:  # type: ignore[no-untyped-def]
    broken = copy.deepcopy(document)
    broken["sentences"][0]["span"] = span
    with pytest.raises(SchemaError) as caught:
        validate_dict(broken)
    assert message in str(caught.value)


def test_an_unknown_field_is_refused(document) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SchemaError, match="'extra' was unexpected"):
        validate_dict({**document, "extra": 1})
