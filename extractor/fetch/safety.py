"""Refusing addresses a crawler must not reach: private, loopback, link-local, metadata.

A redirect or a discovered link could point the crawler at a service on the inside of the
network it runs in (a router, ``169.254.169.254`` cloud metadata). Every URL is checked on
the addresses its host resolves to, not on its spelling, before each request. The
addresses the seeds themselves resolve to are allowed, so a crawl of an intranet site works;
``allow_private`` lifts the check altogether.

Checking a name and then letting httpx resolve it again would leave a gap (DNS rebinding:
a name answers a public address to the check and 127.0.0.1 to the connection), so the
connection itself is made by :class:`PinnedBackend`: httpcore's network backend, which
resolves the name once, checks every address, and connects to a checked one. The URL, the
Host header and TLS (SNI and certificate checks) keep the name; only the dialling changes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from extractor.errors import FetchError, FetchRefused

__all__ = ["AddressGuard", "PinnedBackend", "is_public", "pinned_transport"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# A host name and port -> the addresses they resolve to, in the resolver's order.
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


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

    def __init__(self, *, allow_private: bool = False, resolver: Resolver | None = None) -> None:
        self.allow_private = allow_private
        self._allowed: set[IPAddress] = set()
        self._resolver = resolver or system_resolver

    async def allow_seeds(self, urls: Iterable[str]) -> None:
        """Allow the non-public addresses the seeds' hosts resolve to."""
        for url in urls:
            try:
                self._allowed.update(await self.resolve(url))
            except FetchError:
                continue  # an unresolvable seed fails when it is fetched

    async def check(self, url: str) -> None:
        """Raise FetchRefused when ``url`` resolves to a non-public address not allowed."""
        if not self.allow_private:
            self._refuse_any(await self.resolve(url))

    async def addresses(self, host: str, port: int) -> list[IPAddress]:
        """The addresses to connect to for ``host``, every one checked; FetchRefused if not."""
        found = await self._addresses(host, port)
        if not self.allow_private:
            self._refuse_any(found)
        return found

    async def resolve(self, url: str) -> list[IPAddress]:
        """The addresses a URL's host resolves to; FetchError when it does not resolve."""
        try:
            parts = urlsplit(url)
            host, port = parts.hostname or "", parts.port
        except ValueError as exc:
            raise FetchError(f"not a valid URL ({exc})") from exc
        if not host:
            raise FetchError("not a valid URL (no host)")
        default = 443 if parts.scheme.lower() == "https" else 80
        return await self._addresses(host, port or default)

    async def _addresses(self, host: str, port: int) -> list[IPAddress]:
        try:
            return [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            pass
        return await self._resolver(host, port)

    def _refuse_any(self, addresses: Iterable[IPAddress]) -> None:
        for address in addresses:
            if not is_public(address) and address not in self._allowed:
                raise FetchRefused(f"refused: {address} is not a public address", status="refused")


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The addresses the system resolves ``host`` to, in its order; FetchError if none."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from exc
    found = (ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos)
    return list(dict.fromkeys(found))


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, dialling only addresses the guard has just checked."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        error: Exception | None = None
        for address in await self.guard.addresses(host, port):
            try:
                return await self._backend.connect_tcp(
                    str(address), port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )  # fmt: skip
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc  # the next address, as getaddrinfo's callers do
        raise error or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not crawled")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def pinned_transport(guard: AddressGuard) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go through :class:`PinnedBackend`."""
    transport = httpx.AsyncHTTPTransport()
    # httpx takes no network backend, its pool (httpcore's) does: the one private step.
    # The pool's other settings are httpx's defaults, as AsyncHTTPTransport() sets them.
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=5.0,
        network_backend=PinnedBackend(guard),
    )
    return transport
