"""`newsmine serve`: the HTTP API and the web pages over an archive (uvicorn)."""

from __future__ import annotations

import sys

import click

from newsmine.cli import main
from newsmine.cli.archive import db_option
from newsmine.cli.output import fail
from newsmine.errors import NewsmineError
from newsmine.store.db import default_db, require_archive


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the archive: JSON API under /api (its reference at /docs) and the web pages."""
    import uvicorn

    from newsmine.web import create_app

    try:
        require_archive(db or default_db())  # serving never creates an archive: only `ingest` does
        app = create_app(db)
    except NewsmineError as exc:
        fail(str(exc))
        sys.exit(1)
    uvicorn.run(app, host=host, port=port, log_level="info")
