"""Which hosts may be fetched: public addresses only, checked after DNS and at every redirect.

A feed or a redirect can point at `http://169.254.169.254/` (a cloud's metadata service),
`http://localhost:6379/` or a router on the local network. `AddressPolicy.resolve` looks a host up
and refuses it when any of its addresses is private, loopback, link-local, multicast, reserved or
otherwise not globally routable, unless `allow_private` is set. The fetch client then connects to
the very address that was checked (`guard.py`), so a second DNS answer cannot swap in another.
`allowed` lets exactly the named `host:port` pairs through while refusing the rest (a local
mirror, the test server); `newsmine follow --allow-private` lifts the check for all of them.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, field

from newsmine.errors import NewsmineError


class RefusedAddress(NewsmineError):
    """A host is not on the public internet (or does not resolve) and private addresses are not allowed."""


def is_public(ip: str) -> bool:
    """True for a globally routable unicast address (an IPv4-mapped IPv6 address counts as its IPv4 one)."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only, unless `allow_private`; `allowed` holds `(host, port)` pairs let through anyway."""

    allow_private: bool = False
    allowed: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    def resolve(self, host: str, port: int) -> str:
        """The address to connect to for HOST:PORT; raises RefusedAddress when it may not be fetched."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise RefusedAddress(f"{host}: host not found ({getattr(exc, 'strerror', None) or exc})") from None
        ips = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not ips:
            raise RefusedAddress(f"{host}: host not found")
        if self.allow_private or (host.lower(), port) in self.allowed:
            return ips[0]
        private = [ip for ip in ips if not is_public(ip)]
        if private:
            shown = host if host == private[0] else f"{host} ({private[0]})"
            raise RefusedAddress(f"{shown}: a private, loopback or link-local address; "
                                 "not fetched (--allow-private fetches it)")
        return ips[0]
