"""Politeness-bound crawl speed: 400 short pages on 8 loopback hosts, 0.25 s per host.

    .venv/bin/python benchmarks/crawl.py [--hosts 8] [--pages 400] [--delay 0.25]

Each host serves its share of the pages (about 150 words each, cut from corpora/ texts and
numbered, so no two are the same) from a real HTTP server on 127.0.0.N. One host's
requests must start ``delay`` apart, so the crawl cannot finish before
(pages / hosts) x delay seconds: the floor. The crawl, extraction and storing included, is
timed against that floor; the issue's target is a ratio of at most 1.3, which needs the
hosts fetched in parallel and the spaCy work kept off the event loop.

Also shown: when the last request arrived (the fetching's own ratio to the floor) and the
time the same pages take through ``html_to_article`` and ``extract_claims`` alone, one after
another, with no crawling: a crawl cannot end before either.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import tempfile
import time
from pathlib import Path

from _common import ROOT, print_table  # noqa: F401  (puts the repo on sys.path)

from extractor.fetch import CrawlOptions, Seeds, crawl
from extractor.html import html_to_article
from extractor.nlp.pipeline import extract_claims, load_pipeline
from extractor.store import Store
from tests.crawl_site import Host, corpus_articles, page

WORDS_PER_PAGE = 150


def short_pages(count: int) -> list[str]:
    """``count`` distinct article pages of about 150 words from the corpus texts."""
    words = " ".join(a["text"] for a in corpus_articles()).split()
    pages = []
    for n in range(count):
        start = (n * 37) % (len(words) - WORDS_PER_PAGE)
        text = html.escape(" ".join(words[start : start + WORDS_PER_PAGE]))
        pages.append(
            f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
            f"<p>Report number {n}.</p><p>{text}</p></article></body></html>"
        )
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--delay", type=float, default=0.25)
    parser.add_argument("--processes", type=int, default=0, help="extraction processes")
    args = parser.parse_args()
    nlp = load_pipeline()
    bodies = short_pages(args.pages)
    started = time.perf_counter()
    articles = [
        html_to_article(b, doc_id=str(n), url=f"http://x/{n}") for n, b in enumerate(bodies)
    ]
    for _ in extract_claims(articles, nlp=nlp):
        pass
    alone = time.perf_counter() - started
    hosts = [Host(f"127.0.0.{n + 1}") for n in range(args.hosts)]
    urls = []
    for n, body in enumerate(bodies):
        site = hosts[n % args.hosts]
        site.routes[f"/story/{n}"] = page(body)
        urls.append(site.url(f"/story/{n}"))
    floor = (args.pages / args.hosts) * args.delay
    options = CrawlOptions(
        per_host_delay=args.delay, concurrency=args.hosts, allow_private=True,
        processes=args.processes,
    )  # fmt: skip
    try:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
            started, clock = time.perf_counter(), time.monotonic()
            summary = asyncio.run(crawl(Seeds(pages=urls), store, nlp=nlp, options=options))
            elapsed = time.perf_counter() - started
        last_request = max(t for site in hosts for t in site.times()) - clock
    finally:
        for site in hosts:
            site.stop()
    print_table(
        ["pages", "hosts", "delay s", "processes", "fetched", "claims", "floor s",
         "last request s", "extraction alone s", "crawl s", "ratio"],
        [[str(args.pages), str(args.hosts), f"{args.delay:g}", str(args.processes),
          str(summary.pages["fetched"]),
          str(summary.claims), f"{floor:.2f}", f"{last_request:.2f}", f"{alone:.2f}",
          f"{elapsed:.2f}", f"{elapsed / floor:.3f}"]],
    )  # fmt: skip


if __name__ == "__main__":
    main()
