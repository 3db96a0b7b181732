"""The HTTP API (JSON, OpenAPI) and the server-rendered pages over the archive."""

from newsmine.web.app import create_app

__all__ = ["create_app"]
