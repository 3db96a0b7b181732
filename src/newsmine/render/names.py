"""The name table (rows from `analyze.name_table`) as a terminal table, CSV or JSON."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from newsmine.render.csv import rows_csv

COLUMNS = ("name", "original_name", "type", "transliterated", "roles", "articles")
HEADERS = ("Chinese", "original", "type", "transliterated", "roles", "articles")


def names_table(rows: list[dict[str, Any]], *, width: int | None = None, color: bool = False) -> str:
    """The rows drawn as a terminal table."""
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for header in HEADERS:
        table.add_column(header, justify="right" if header == "articles" else "left")
    for row in rows:
        table.add_row(row["name"], row["original_name"] or "—", row["type"],
                      "yes" if row["transliterated"] else "", "; ".join(row["roles"]), str(row["articles"]))
    console = Console(width=width or 120, record=True, force_terminal=color, color_system="auto" if color else None)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


def names_csv(rows: list[dict[str, Any]], *, bom: bool = False) -> str:
    """The rows as CSV with a header line; roles joined by `; `; a BOM first with `bom` (for Excel)."""
    flags = [{**row, "transliterated": "true" if row["transliterated"] else "false"} for row in rows]
    return rows_csv(flags, COLUMNS, bom=bom)


def names_json(rows: list[dict[str, Any]]) -> str:
    """The rows as one JSON object `{"names": [...]}`."""
    return json.dumps({"names": rows}, ensure_ascii=False, indent=2) + "\n"
