"""The crawler: fetch trade-news pages politely and feed them to the claim pipeline.

One module per stage: ``urls`` (normalisation), ``safety`` (private addresses),
``politeness`` (per-host spacing, global limit), ``robots`` (robots.txt), ``client``
(one URL over HTTP, within limits, with retries), ``discovery`` (feeds, sitemaps, links)
and ``crawler`` (the loop that ties them to the store)::

    summary = asyncio.run(crawl(Seeds(feeds=["https://example.org/rss"]), store, nlp=nlp))
"""

from __future__ import annotations

from extractor.fetch.client import FetchLimits
from extractor.fetch.crawler import (
    DEFAULT_USER_AGENT,
    CrawlOptions,
    CrawlSummary,
    FetchOutcome,
    Seeds,
    crawl,
)
from extractor.fetch.robots import CRAWL_DELAY_CAP

__all__ = [
    "CRAWL_DELAY_CAP",
    "DEFAULT_USER_AGENT",
    "CrawlOptions",
    "CrawlSummary",
    "FetchLimits",
    "FetchOutcome",
    "Seeds",
    "crawl",
]
