"""Where newsmine keeps files it derives from installed packages (never downloads): one folder."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$NEWSMINE_CACHE`, else `$XDG_CACHE_HOME/newsmine`, else `~/.cache/newsmine`.

    Raises RuntimeError when there is no home folder to put it in.
    """
    if os.environ.get("NEWSMINE_CACHE"):
        return Path(os.environ["NEWSMINE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsmine"
