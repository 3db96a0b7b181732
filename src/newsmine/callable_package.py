"""Packages that share their name with a public function (`newsmine.analyze`, `newsmine.read`).

`import newsmine.read.markdown` sets the attribute `newsmine.read` to the package, so a function of
that name on `newsmine` would be replaced; instead the package itself is made callable.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def make_callable(package: str, function: str) -> None:
    """Calling `package` calls `newsmine.api.<function>` with the same arguments."""

    class CallablePackage(types.ModuleType):
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            from newsmine import api

            return getattr(api, function)(*args, **kwargs)

    sys.modules[package].__class__ = CallablePackage
