"""Lexicon rows that the code can read: a word is looked up by itself, so a word written twice with two types or kinds
keeps only its last row, and the earlier one is dead (while the docs still show it)."""

from __future__ import annotations

from collections import defaultdict

from newsmine.data import table
from newsmine.names import fold


def conflicting(rows: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The words given more than one value."""
    values: dict[str, set[str]] = defaultdict(set)
    for word, value in rows:
        values[word].add(value)
    return {w: v for w, v in values.items() if len(v) > 1}


def test_conflicting_finds_a_word_given_two_values_and_passes_one_written_twice_alike() -> None:
    assert conflicting([("罢工", "strike"), ("罢工", "protest"), ("解雇", "dismiss"), ("解雇", "dismiss")]) == {
        "罢工": {"strike", "protest"}}


def test_each_trigger_word_opens_one_type() -> None:
    assert conflicting([(fold(r["trigger"]), r["type"]) for r in table("event_triggers")]) == {}


def test_each_time_word_has_one_kind_and_value() -> None:
    assert conflicting([(r["word"], f"{r['kind']} {r['value']}") for r in table("time_words")]) == {}
