"""Security headers on every response, and HEAD answered like GET without a body (one ASGI middleware).

The pages hold no script: the Content-Security-Policy forbids every script, inline or not, and any
framing; only the inline style sheet and images from the archive itself may load. The API's own
documentation pages (`/docs`, `/redoc`) load their script from elsewhere and keep only nosniff and
the framing ban.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer")]
_OWN_SCRIPT = ("/docs", "/redoc")


class Guard:
    """Wrap APP: add the security headers; turn HEAD into GET and drop the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        headers = list(HEADERS)
        if not scope["path"].startswith(_OWN_SCRIPT):
            headers.append((b"content-security-policy", CSP.encode()))

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *headers]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, guarded)


