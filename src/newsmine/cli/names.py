"""`newsmine names`: the bilingual name table of the given articles."""

from __future__ import annotations

import click

from newsmine.analyze.name_table import name_table
from newsmine.cli import main
from newsmine.cli.inputs import Inputs, input_format_option
from newsmine.cli.output import NothingWritten, bom_option, destination, table_width
from newsmine.render.names import names_csv, names_json, names_table


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table: a terminal table; csv: one row per name with a header; json: {\"names\": [...]}.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
@input_format_option
@bom_option
def names(paths: tuple[str, ...], fmt: str, output: str | None, input_format: str, bom: bool) -> None:
    """List the people, organisations and places of the articles with their original names."""
    inputs = Inputs(paths, input_format=input_format)
    docs = [doc.to_dict() for doc in inputs.docs()]
    with destination(output) as out:
        if not docs:
            raise NothingWritten()
        rows = name_table(docs)
        if fmt == "csv":
            out.write(names_csv(rows, bom=bom))
        elif fmt == "json":
            out.write(names_json(rows))
        else:
            out.write(names_table(rows, width=table_width(out), color=output is None and out.isatty()))
    inputs.exit_if_any_failed()
