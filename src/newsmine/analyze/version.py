"""The analysis pipeline's version: what the archive records beside every analysed article, so that
`newsmine reanalyze` knows which articles an older analysis produced."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def pipeline_version() -> str:
    """The declared `PIPELINE_VERSION` of `analyze/pipeline.py`, else a fingerprint.

    The fingerprint covers the component names and the source of `newsmine.analyze` and its data
    files, so any change to the analysis makes `newsmine reanalyze` redo the archive.
    """
    from newsmine.analyze import pipeline

    names = "+".join(pipeline.DEFAULT_PIPELINE)
    declared = getattr(pipeline, "PIPELINE_VERSION", None)
    if declared:
        return f"{declared}:{names}"
    digest = hashlib.sha256()
    root = resources.files("newsmine")
    for folder, pattern in (("analyze", "*.py"), ("data", "*.tsv")):
        base = Path(str(root.joinpath(folder)))
        for path in sorted(base.rglob(pattern)) if base.is_dir() else []:
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{names}@{digest.hexdigest()[:12]}"
