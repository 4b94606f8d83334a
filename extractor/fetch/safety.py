"""Refusing addresses a crawler must not reach: private, loopback, link-local, metadata.

A redirect or a discovered link could point the crawler at a service on the inside of the
network it runs in (a router, ``169.254.169.254`` cloud metadata). Every URL is checked on
the addresses its host resolves to, not on its spelling, before each request. The
addresses the seeds themselves resolve to are allowed, so a crawl of an intranet site works;
``allow_private`` lifts the check altogether.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

from extractor.errors import FetchError, FetchRefused

__all__ = ["AddressGuard", "is_public"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(address: IPAddress) -> bool:
    """Whether an address is on the public internet.

    >>> [is_public(ipaddress.ip_address(a)) for a in ("93.184.216.34", "169.254.169.254")]
    [True, False]
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class AddressGuard:
    """Checks a URL's resolved addresses; remembers the non-public ones that seeds use."""

    def __init__(self, *, allow_private: bool = False) -> None:
        self.allow_private = allow_private
        self._allowed: set[IPAddress] = set()

    async def allow_seeds(self, urls: Iterable[str]) -> None:
        """Allow the non-public addresses the seeds' hosts resolve to."""
        for url in urls:
            try:
                self._allowed.update(await resolve(url))
            except FetchError:
                continue  # an unresolvable seed fails when it is fetched

    async def check(self, url: str) -> None:
        """Raise FetchRefused when ``url`` resolves to a non-public address not allowed."""
        if self.allow_private:
            return
        for address in await resolve(url):
            if not is_public(address) and address not in self._allowed:
                raise FetchRefused(f"refused: {address} is not a public address", status="refused")


async def resolve(url: str) -> set[IPAddress]:
    """The addresses a URL's host resolves to; FetchError when it does not resolve."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from exc
    if not host:
        raise FetchError("not a valid URL (no host)")
    try:
        return {ipaddress.ip_address(host)}
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    return {ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos}
