"""An httpx transport that connects only to addresses the AddressPolicy accepted.

Every request (the first one and each redirect, which `fetch.py` follows itself) is resolved here,
checked, and sent to the checked IP address; the `Host` header and, for https, the TLS server name
and certificate check keep the host name. So a host that resolves to a public address when checked
and to a private one a moment later (DNS rebinding) is still only reached at the first. Each host
name gets its own connection pool: pooled by IP alone, two sites behind one address would share a
TLS connection whose certificate was checked for the first only.
"""

from __future__ import annotations

import ssl
import threading

import httpx

from newsmine.follow.addresses import AddressPolicy


class GuardedTransport(httpx.BaseTransport):
    """Resolve, check and pin each request's host, then hand it to that host's HTTPTransport."""

    def __init__(self, policy: AddressPolicy, verify: ssl.SSLContext | bool = True) -> None:
        self.policy, self.verify = policy, verify
        self._pools: dict[str, httpx.HTTPTransport] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        ip = self.policy.resolve(url.host, port)
        with self._lock:
            pool = self._pools.setdefault(url.host, httpx.HTTPTransport(verify=self.verify))
        request.url = url.copy_with(host=ip)
        if url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": url.host}
        return pool.handle_request(request)

    def close(self) -> None:
        with self._lock:
            for pool in self._pools.values():
                pool.close()
            self._pools.clear()
