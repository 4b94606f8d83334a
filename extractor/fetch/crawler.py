"""The crawl: seeds -> fetch -> main text and metadata -> claims -> store.

Each host has its own queue and worker, so hosts are fetched in parallel while
:class:`~extractor.fetch.politeness.Politeness` keeps every host to one request at a time,
spaced. Feeds and sitemaps are read on every run; the pages they list, and the same-site
links of pages when following, are queued in the store's ``fetches`` table as soon as
they are found. A page's outcome is written there once it is stored, so an interrupted
crawl, run again, fetches what was queued and not yet done, and nothing twice.

The HTML and spaCy work runs in batches off the event loop, so the fetches go on while a
batch is analysed: in one worker thread with the caller's pipeline, or (``processes=N``)
in N worker processes that each load the pipeline, which keeps the event loop clear of the
GIL and uses more cores. The store is only touched from the event loop.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
from collections import Counter
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from typing import Any, Literal

from spacy.language import Language

from extractor.engines import serve_parent
from extractor.errors import FetchError
from extractor.fetch.client import DISCOVERY_TYPES, PAGE_TYPES, Fetcher, FetchLimits, Response
from extractor.fetch.discovery import (
    Discovered,
    PageLinks,
    feed_entries,
    page_links,
    sitemap_entries,
)
from extractor.fetch.politeness import Politeness
from extractor.fetch.robots import CRAWL_DELAY_CAP, RobotsRules
from extractor.fetch.safety import AddressGuard
from extractor.fetch.urls import host_key, normalise_url, same_site
from extractor.html import html_to_article
from extractor.models import EXTRACTOR_VERSION, Article, Claim
from extractor.nlp.pipeline import extract_claims, load_pipeline
from extractor.store import Store

__all__ = ["DEFAULT_USER_AGENT", "CrawlOptions", "CrawlSummary", "FetchOutcome", "Seeds", "crawl"]

DEFAULT_USER_AGENT = f"tradeclaims/{EXTRACTOR_VERSION} (trade-news claim extractor)"
SECTION_LINK_SHARE = 0.5  # a page whose text is mostly link text lists articles, is not one
MAX_SITEMAP_NESTING = 3
Kind = Literal["page", "feed", "sitemap"]
_RECRAWLABLE = frozenset({"fetched", "not-modified", "duplicate", "section"})
# What --retry-failed tries again: failures, and refusals a changed robots.txt or
# --allow-private may lift. A content type we do not read stays skipped.
_RETRYABLE = ("failed", "refused", "robots")
_REASON_KIND = re.compile(r":| after \d| at | \(|, ")


@dataclass(frozen=True)
class Seeds:
    """Where a crawl starts: page URLs, RSS/Atom feeds, sitemaps."""

    pages: Sequence[str] = ()
    feeds: Sequence[str] = ()
    sitemaps: Sequence[str] = ()


@dataclass(frozen=True)
class CrawlOptions:
    """How a crawl behaves; the defaults are the polite ones the README documents."""

    follow: Literal["none", "same-site"] = "none"
    max_pages: int | None = None
    max_depth: int = 2
    concurrency: int = 8
    per_host_delay: float = 1.0
    user_agent: str = DEFAULT_USER_AGENT
    recrawl: bool = False
    retry_failed: bool = False
    allow_private: bool = False
    limits: FetchLimits = field(default_factory=FetchLimits)
    crawl_delay_cap: float = CRAWL_DELAY_CAP
    batch_size: int = 16
    processes: int = 0  # 0: extraction in a thread; N: in N processes loading ``model``
    model: str | None = None


@dataclass(frozen=True)
class FetchOutcome:
    """What became of one URL: its status (as stored in ``fetches``) and why."""

    url: str
    kind: Kind
    status: str
    reason: str | None = None
    claims: int = 0


@dataclass
class CrawlSummary:
    """Counts of a run: page outcomes by status, failures by kind of reason."""

    pages: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)  # feeds and sitemaps
    failures: Counter[str] = field(default_factory=Counter)
    claims: int = 0
    already_done: int = 0  # met in an earlier run, not fetched again
    left: int = 0  # not fetched this run because of --max-pages

    def add(self, outcome: FetchOutcome) -> None:
        (self.pages if outcome.kind == "page" else self.sources)[outcome.status] += 1
        self.claims += outcome.claims
        if outcome.status == "failed" and outcome.reason:
            self.failures[_REASON_KIND.split(outcome.reason, maxsplit=1)[0].strip()] += 1


@dataclass(frozen=True)
class _Item:
    url: str
    kind: Kind
    depth: int = 0
    published: date | None = None


@dataclass(frozen=True)
class _Analysed:
    """A fetched page once read: an article with its claims, or a section page, or why not."""

    links: PageLinks
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None


async def crawl(
    seeds: Seeds,
    store: Store,
    *,
    nlp: Language | None = None,
    options: CrawlOptions | None = None,
    on_outcome: Callable[[FetchOutcome], None] | None = None,
) -> CrawlSummary:
    """Crawl from ``seeds`` into ``store``; every URL's outcome is recorded there and counted.

    One bad URL never stops the crawl; a store that cannot be written does (StoreError).
    ``nlp`` is the pipeline for in-thread extraction (loaded from ``options.model`` if
    None); with ``options.processes`` each worker process loads its own.
    """
    run = _Crawl(store, nlp, options or CrawlOptions(), on_outcome)
    return await run.run(seeds)


class _Crawl:
    def __init__(
        self,
        store: Store,
        nlp: Language | None,
        options: CrawlOptions,
        on_outcome: Callable[[FetchOutcome], None] | None,
    ) -> None:
        self.store, self.options, self.on_outcome = store, options, on_outcome
        self.summary = CrawlSummary()
        self.politeness = Politeness(concurrency=options.concurrency, delay=options.per_host_delay)
        self.guard = AddressGuard(allow_private=options.allow_private)
        self.fetcher = Fetcher(
            self.politeness, user_agent=options.user_agent, limits=options.limits,
            check_hop=self._check_hop, guard=self.guard,
        )  # fmt: skip
        self.robots = RobotsRules(
            self.fetcher, user_agent=options.user_agent, check_address=self.guard.check,
            delay_cap=options.crawl_delay_cap,
        )  # fmt: skip
        self.queues: dict[str, asyncio.Queue[_Item]] = {}
        self.tasks: list[asyncio.Task[None]] = []
        self.seen: set[str] = set()
        self.pending = 0
        self.pages_started = 0
        self.idle = asyncio.Event()
        self.fatal: BaseException | None = None
        self.fetched: asyncio.Queue[tuple[_Item, Response]] = asyncio.Queue()
        self.executor, self.analyse = _extraction(options, nlp)

    async def run(self, seeds: Seeds) -> CrawlSummary:
        items = [_Item(normalise_url(u), "feed") for u in seeds.feeds]
        items += [_Item(normalise_url(u), "sitemap") for u in seeds.sitemaps]
        items += [_Item(normalise_url(u), "page") for u in seeds.pages]
        await self.guard.allow_seeds(item.url for item in items)
        self.tasks.append(asyncio.create_task(self._guarded(self._extract_loop)))
        try:
            statuses = ["queued", *_RETRYABLE] if self.options.retry_failed else ["queued"]
            resumed = self.store.fetches(statuses)
            for item in items + [_resumed_item(row) for row in resumed]:
                self._enqueue(item)
            if self.pending:
                await self.idle.wait()
            if self.fatal is not None:
                raise self.fatal
        finally:
            await self._close()
        return self.summary

    async def _close(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.fetcher.aclose()
        self.executor.shutdown(wait=True, cancel_futures=True)

    async def _guarded(self, work: Callable[..., Coroutine[Any, Any, None]], *args: Any) -> None:
        """Run a worker; an error it does not handle (the store failing) ends the crawl."""
        try:
            await work(*args)
        except Exception as exc:
            self.fatal = exc
            self.idle.set()

    async def _check_hop(self, url: str) -> None:
        await self.guard.check(url)
        await self.robots.check(url)

    def _wanted(self, item: _Item) -> bool:
        """Whether to fetch a page now, given what earlier runs recorded of it."""
        if item.kind != "page":
            return True  # feeds and sitemaps are read on every run
        record = self.store.fetch_record(item.url)
        if record is None or record["status"] == "queued":
            return True
        if record["status"] in _RETRYABLE:
            return self.options.retry_failed
        return self.options.recrawl and record["status"] in _RECRAWLABLE

    def _enqueue(self, item: _Item) -> None:
        if item.url in self.seen:
            return
        self.seen.add(item.url)
        if not self._wanted(item):
            self.summary.already_done += 1
            return
        self.pending += 1
        host = host_key(item.url)
        if host not in self.queues:
            self.queues[host] = asyncio.Queue()
            self.tasks.append(asyncio.create_task(self._guarded(self._host_loop, host)))
        self.queues[host].put_nowait(item)

    def _discover(self, found: Sequence[_Item]) -> None:
        """Queue newly found URLs, in the store first so that a later run finds them."""
        fresh = [item for item in found if item.url not in self.seen]
        self.store.queue_fetches([
            {"url": i.url, "kind": i.kind, "depth": i.depth,
             "published": i.published.isoformat() if i.published else None}
            for i in fresh
        ])  # fmt: skip
        for item in fresh:
            self._enqueue(item)

    def _finish(self, item: _Item, status: str, reason: str | None = None, claims: int = 0,
                **values: Any) -> None:  # fmt: skip
        self.store.record_fetch(
            item.url, kind=item.kind, depth=item.depth, status=status, error=reason, **values
        )
        outcome = FetchOutcome(item.url, item.kind, status, reason, claims)
        self.summary.add(outcome)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        self._done()

    def _done(self) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.idle.set()

    async def _host_loop(self, host: str) -> None:
        queue = self.queues[host]
        while True:
            item = await queue.get()
            await self._fetch(item)

    async def _fetch(self, item: _Item) -> None:
        if item.kind == "page":
            limit = self.options.max_pages
            if limit is not None and self.pages_started >= limit:
                self.summary.left += 1
                self._done()
                return
            self.pages_started += 1
        etag, last_modified = self._validators(item)
        accept = PAGE_TYPES if item.kind == "page" else DISCOVERY_TYPES
        try:
            response = await self.fetcher.get(
                item.url, accept=accept, etag=etag, last_modified=last_modified
            )
        except FetchError as exc:
            self._finish(item, exc.status, str(exc), http_status=exc.http_status,
                         attempts=exc.attempts)  # fmt: skip
            return
        self.seen.add(response.final_url)
        if item.kind != "page":
            self._read_source(item, response)
        elif response.not_modified:
            self._finish(item, "not-modified", **_response_values(response, etag, last_modified))
        else:
            await self.fetched.put((item, response))

    def _validators(self, item: _Item) -> tuple[str | None, str | None]:
        """The stored ETag and Last-Modified of an article page being re-crawled.

        Section pages are fetched in full: a 304 would leave their links unknown.
        """
        if item.kind != "page" or not self.options.recrawl:
            return None, None
        record = self.store.fetch_record(item.url)
        if record is None or record["status"] not in ("fetched", "not-modified"):
            return None, None
        if record["article_identity"] is None:
            return None, None
        return record["etag"], record["last_modified"]

    def _read_source(self, item: _Item, response: Response) -> None:
        """A feed's or sitemap's entries queued as pages; an index's sitemaps as sitemaps."""
        base = response.final_url
        children: list[str] = []
        try:
            if item.kind == "feed":
                entries: list[Discovered] = feed_entries(response.body, base)
            else:
                entries, children = sitemap_entries(response.body, base)
        except FetchError as exc:
            self._finish(item, "failed", str(exc), **_response_values(response))
            return
        if item.depth < MAX_SITEMAP_NESTING:
            self._discover([_Item(url, "sitemap", item.depth + 1) for url in children])
        self._discover([_Item(e.url, "page", 1, e.published) for e in entries])
        self._finish(item, "fetched", **_response_values(response))

    async def _extract_loop(self) -> None:
        """Hand fetched pages in batches to the executor, as many batches as it has workers."""
        workers = asyncio.Semaphore(max(1, self.options.processes))
        while True:
            batch = [await self.fetched.get()]
            while len(batch) < self.options.batch_size and not self.fetched.empty():
                batch.append(self.fetched.get_nowait())
            await workers.acquire()
            task = asyncio.create_task(self._guarded(self._extract_batch, batch, workers))
            self.tasks.append(task)

    async def _extract_batch(
        self, batch: list[tuple[_Item, Response]], workers: asyncio.Semaphore
    ) -> None:
        loop = asyncio.get_running_loop()
        try:
            results = await loop.run_in_executor(self.executor, self.analyse, batch)
        finally:
            workers.release()
        for (item, response), analysed in zip(batch, results, strict=True):
            self._store_page(item, response, analysed)

    def _store_page(self, item: _Item, response: Response, analysed: _Analysed) -> None:
        values = _response_values(response)
        if analysed.error is not None:
            self._finish(item, "failed", analysed.error, **values)
            return
        if self.options.follow == "same-site" and item.depth < self.options.max_depth:
            links = [u for u in analysed.links.links if same_site(u, response.final_url)]
            self._discover([_Item(url, "page", item.depth + 1) for url in links])
        article = analysed.article
        if article is None:
            self._finish(item, "section", **values)
            return
        self.seen.add(article.identity)
        other = self.store.identity_of_text(article.text_hash)
        if other is not None and other != article.identity:
            self._finish(item, "duplicate", f"same text as {other}", article_identity=other,
                         **values)  # fmt: skip
            return
        saved = self.store.save(article, analysed.claims)
        stored = 0 if saved == "unchanged" else len(analysed.claims)
        self._finish(item, "fetched", None, stored, article_identity=article.identity, **values)


def analyse_batch(batch: list[tuple[_Item, Response]], nlp: Language) -> list[_Analysed]:
    """Off the event loop: each page's article and links, then the claims of all.

    A page the claim pipeline fails on is recorded as failed with the pipeline's reason.
    """
    read = [_read_page(item, response) for item, response in batch]
    articles = [a.article for a in read if a.article is not None]
    failed: dict[int, str] = {}
    pairs = extract_claims(
        articles, nlp=nlp, on_failure=lambda article, reason: failed.update({id(article): reason})
    )
    claims = {id(article): found for article, found in pairs}
    analysed = []
    for page in read:
        if page.article is None:
            analysed.append(page)
        elif id(page.article) in claims:
            analysed.append(replace(page, claims=claims[id(page.article)]))
        else:
            reason = failed.get(id(page.article), "claim extraction failed")
            analysed.append(replace(page, article=None, error=reason))
    return analysed


_WORKER_NLP: list[Language] = []  # the pipeline of a worker process


def _start_worker(model: str | None) -> None:
    serve_parent()
    _WORKER_NLP.append(load_pipeline(model))


def _analyse_in_worker(batch: list[tuple[_Item, Response]]) -> list[_Analysed]:
    return analyse_batch(batch, _WORKER_NLP[0])


def _extraction(
    options: CrawlOptions, nlp: Language | None
) -> tuple[Executor, Callable[[list[tuple[_Item, Response]]], list[_Analysed]]]:
    """The executor the HTML and spaCy work runs in, and the function it runs."""
    if options.processes > 0:
        # spawn, not fork: the crawl has threads (the executor's, the caller's) by now.
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            options.processes, mp_context=context, initializer=_start_worker,
            initargs=(options.model,),
        )  # fmt: skip
        return pool, _analyse_in_worker
    thread = ThreadPoolExecutor(1, thread_name_prefix="tradeclaims-extract")
    return thread, partial(analyse_batch, nlp=nlp or load_pipeline(options.model))


def _read_page(item: _Item, response: Response) -> _Analysed:
    """A fetched page as an article (or a section page, with no article); never raises."""
    try:
        text = response.text()
        if response.media_type == "text/plain":
            url = response.final_url
            article = Article(id=url, text=text, url=url, published=item.published)
            return _Analysed(PageLinks([], None, 0.0), article)
        links = page_links(text, response.final_url)
        if links.link_share >= SECTION_LINK_SHARE:
            return _Analysed(links)
        url = response.final_url
        if links.canonical and same_site(links.canonical, url):
            url = links.canonical  # the page's own name for itself, never another site's
        article = html_to_article(text, doc_id=url, url=url, published=None)
        if article.published is None and item.published is not None:
            article = replace(article, published=item.published)
        return _Analysed(links, article)
    except Exception as exc:  # a page the HTML stage cannot read is one failure, not a crash
        return _Analysed(PageLinks([], None, 0.0), error=f"cannot read the page: {exc!r}")


def _response_values(
    response: Response, etag: str | None = None, last_modified: str | None = None
) -> dict[str, Any]:
    return {
        "final_url": response.final_url,
        "http_status": response.http_status,
        "etag": response.etag or etag,
        "last_modified": response.last_modified or last_modified,
        "attempts": response.attempts,
    }


def _resumed_item(row: dict[str, Any]) -> _Item:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return _Item(row["url"], row["kind"], row["depth"], published)
