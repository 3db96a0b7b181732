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
    for name in main.list_commands(None):
        command = main.get_command(None, name)
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


def test_docs_and_help_point_at_nothing_outside_the_repository():
    import re

    from click.testing import CliRunner

    pages = {"README.md": README, **{f"docs/{p.name}": p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}}
    helps = [CliRunner().invoke(main, [name, "--help"]).output for name in main.list_commands(None)]
    for text in [*pages.values(), *helps]:
        assert "shared folder" not in text and "DESIGN.md" not in text and "../shared" not in text
    for name, text in pages.items():
        base = (ROOT / name).parent
        prose = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks show Markdown, not links
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", prose):
            if not target.startswith(("http://", "https://")):
                assert (base / target).exists(), f"{name} links to {target}, which is not in the repository"


def test_architecture_doc_names_every_package_and_top_level_module():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "newsmine"
    names = [p.name + "/" for p in package.iterdir() if (p / "__init__.py").exists()]
    names += [p.name for p in package.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert [n for n in names if f"`{n}`" not in doc] == []
