"""The README documents every command and option the CLI has (after Datasette's docs tests)."""

from __future__ import annotations

import importlib.util

import click

from newsmine.cli import main
from newsmine.model import LAYERS, json_schema

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SCHEMA_DOC = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme():
    missing = []
    for name, command in main.commands.items():
        if f"newsmine {name}" not in README:
            missing.append(f"newsmine {name}")
        for param in command.params:
            if isinstance(param, click.Option):
                missing += [opt for opt in param.opts if f"`{opt}" not in README]
    assert missing == []


def test_every_layer_and_article_field_is_in_the_schema_doc():
    fields = json_schema()["$defs"]["article"]["required"]
    missing = [f for f in [*LAYERS, *fields] if f"`{f}`" not in SCHEMA_DOC]
    assert missing == []


def test_the_event_inventory_in_the_schema_doc_is_generated_from_the_data_files():
    spec = importlib.util.spec_from_file_location("event_inventory", ROOT / "docs" / "event_inventory.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert module.updated(SCHEMA_DOC) == SCHEMA_DOC
    assert "| `rescue` | disaster |" in SCHEMA_DOC
