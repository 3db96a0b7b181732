"""An httpx transport that connects only to addresses the AddressPolicy accepted.

Every request (the first one and each redirect, which `fetch.py` follows itself) is resolved here,
checked, and sent to the checked IP address; the `Host` header and, for https, the TLS server name
and certificate check keep the host name. So a host that resolves to a public address when checked
and to a private one a moment later (DNS rebinding) is still only reached at the first.
"""

from __future__ import annotations

import httpx

from newsmine.follow.addresses import AddressPolicy


class GuardedTransport(httpx.BaseTransport):
    """Resolve, check and pin each request's host, then hand it to an ordinary HTTPTransport."""

    def __init__(self, policy: AddressPolicy, **kwargs: object) -> None:
        self.policy = policy
        self._inner = httpx.HTTPTransport(**kwargs)  # type: ignore[arg-type]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        ip = self.policy.resolve(url.host, port)
        request.url = url.copy_with(host=ip)
        if url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": url.host}
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
