"""robots.txt (RFC 9309), read with protego, once per host per run: :class:`RobotsRules`.

As the RFC says: a robots.txt answered with a 4xx means everything is allowed; a 5xx, or no
answer at all, means nothing is allowed for now (the URLs are recorded as failed, so a
later ``--retry-failed`` tries again). A Crawl-delay is honoured up to
:data:`CRAWL_DELAY_CAP` seconds: a site asking for more is still crawled, that slowly. Of a
longer file the first :data:`ROBOTS_MAX_BYTES` (500 KiB, the RFC's minimum) are read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from extractor.errors import FetchError, FetchRefused
from extractor.fetch.client import DISCOVERY_TYPES, Fetcher
from extractor.fetch.urls import host_key

__all__ = ["CRAWL_DELAY_CAP", "ROBOTS_MAX_BYTES", "RobotsRules"]

CRAWL_DELAY_CAP = 30.0
ROBOTS_MAX_BYTES = 500 * 1024


@dataclass(frozen=True)
class _Policy:
    rules: Protego | None  # None: everything allowed
    unavailable: str | None = None  # why nothing is allowed for now


class RobotsRules:
    """The robots.txt of every host met in a run, fetched on first use and kept."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        user_agent: str,
        check_address: Callable[[str], Awaitable[None]] | None = None,
        delay_cap: float = CRAWL_DELAY_CAP,
    ) -> None:
        self._fetcher = fetcher
        self._user_agent = user_agent
        self._check_address = check_address
        self._delay_cap = delay_cap
        self._policies: dict[str, asyncio.Task[_Policy]] = {}

    async def check(self, url: str) -> None:
        """Raise FetchRefused when robots.txt disallows ``url``, FetchError when unknown."""
        origin = _origin(url)
        task = self._policies.get(origin)
        if task is None:  # concurrent callers for one host share one fetch
            task = self._policies[origin] = asyncio.ensure_future(self._load(origin))
        policy = await asyncio.shield(task)
        if policy.unavailable is not None:
            raise FetchError(f"robots.txt unavailable ({policy.unavailable}); not fetched")
        if policy.rules is not None and not policy.rules.can_fetch(url, self._user_agent):
            raise FetchRefused("disallowed by robots.txt", status="robots")

    async def _load(self, origin: str) -> _Policy:
        try:
            response = await self._fetcher.get(
                f"{origin}/robots.txt", accept=DISCOVERY_TYPES, check_hop=self._check_address,
                keep_bytes=ROBOTS_MAX_BYTES,
            )  # fmt: skip
        except FetchRefused as exc:
            return _Policy(None, unavailable=str(exc))
        except FetchError as exc:
            if exc.http_status is not None and 400 <= exc.http_status < 500:
                return _Policy(None)
            return _Policy(None, unavailable=str(exc))
        rules = Protego.parse(response.text())
        delay = rules.crawl_delay(self._user_agent)
        if delay:
            host = host_key(origin)
            self._fetcher.politeness.set_delay(host, min(float(delay), self._delay_cap))
        return _Policy(rules)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
