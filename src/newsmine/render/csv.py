"""Rows (dicts) → CSV for spreadsheets: one header line, lists joined with `; `, optional BOM for Excel."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any


def rows_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], *, bom: bool = False) -> str:
    """CSV text of `rows` with `columns` in this order; a BOM first when Excel is to open it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return ("\ufeff" if bom else "") + out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or json.dumps(value, ensure_ascii=False))
    return str(value)
