"""Doc → the `newsmine/1` JSON text."""

from __future__ import annotations

import json
from typing import Any


def dumps(data: dict[str, Any], *, pretty: bool = False) -> str:
    """JSON text of a schema dict: indented when `pretty`, else one line (for JSON Lines)."""
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
