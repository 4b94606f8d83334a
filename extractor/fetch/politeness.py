"""Politeness: one request at a time per host, spaced, and a global limit across hosts.

Every request, whichever page it is for (a robots.txt, a redirect hop, a retry), takes a
slot of its host first::

    async with politeness.slot("example.org"):
        ...  # the request

A host's requests start at least ``delay`` seconds apart (the per-host delay, or the
robots.txt Crawl-delay when longer); ``defer`` pushes a host's next request back, as a
429 or 503 with Retry-After asks. Waiting for a host does not hold a global slot, so the
other hosts keep being fetched meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

__all__ = ["Politeness"]


@dataclass
class _Host:
    delay: float
    last_start: float = float("-inf")
    not_before: float = 0.0  # set by defer()
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Politeness:
    """Per-host spacing and exclusion, and at most ``concurrency`` requests in flight."""

    def __init__(self, *, concurrency: int, delay: float) -> None:
        self.delay = delay
        self._requests = asyncio.Semaphore(concurrency)
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        return self._hosts.setdefault(host, _Host(self.delay))

    def set_delay(self, host: str, seconds: float) -> None:
        """Space ``host``'s requests by ``seconds`` (never less than the default delay)."""
        self._host(host).delay = max(self.delay, seconds)

    def defer(self, host: str, seconds: float) -> None:
        """Start ``host``'s next request no sooner than ``seconds`` from now."""
        state = self._host(host)
        now = asyncio.get_running_loop().time()
        state.not_before = max(state.not_before, now + seconds)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        state = self._host(host)
        async with state.lock:
            # Recomputed after each sleep: a defer() or set_delay() meanwhile moves the start.
            while (wait := _next_start(state) - loop.time()) > 0:
                await asyncio.sleep(wait)
            async with self._requests:
                state.last_start = loop.time()
                yield


def _next_start(state: _Host) -> float:
    return max(state.last_start + state.delay, state.not_before)
