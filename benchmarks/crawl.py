"""Politeness-bound crawl speed: 400 short pages on 8 loopback hosts, 0.25 s per host.

    .venv/bin/python benchmarks/crawl.py [--hosts 8] [--pages 400] [--delay 0.25]
        [--processes N] [--text]

Each host serves its share of the pages (about 150 words each, cut from corpora/ texts and
numbered, so no two are the same) from real HTTP servers on 127.0.0.N, run in a process of
their own so that they take no CPU from the crawl. One host's requests must start ``delay``
apart, so the crawl cannot finish before (pages / hosts) x delay seconds: the floor. The
crawl, extraction and storing included, is timed against that floor; the issue's target is
a ratio of at most 1.3, which needs the hosts fetched in parallel and the spaCy work kept
off the event loop.

``--text`` measures instead the text the crawler gets from the 181 real pages of
``../shared/benchmarks/article_extraction_benchmark`` (bytes decoded as the client does,
then ``html_to_article``): word F1 as ``html_pages.py`` computes it (the benchmark's method:
lowercased words, precision and recall averaged over pages) and the share of the true
bodies' numeric tokens ("2.3", "1,200") that the extracted text keeps.

Also shown: when the last request arrived (the fetching's own ratio to the floor) and the
time the same pages take through ``html_to_article`` and ``extract_claims`` alone, one after
another, with no crawling: a crawl cannot end before either.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import html
import json
import multiprocessing
import re
import resource
import tempfile
import time
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

from _common import SHARED, print_table  # (importing it puts the repo on sys.path)
from spacy.language import Language

from extractor.fetch import CrawlOptions, Seeds, crawl
from extractor.fetch.client import decode_body
from extractor.html import html_to_article
from extractor.nlp.pipeline import extract_claims, load_pipeline
from extractor.store import Store
from tests.crawl_site import Host, corpus_articles, page

WORDS_PER_PAGE = 150
BENCHMARK = SHARED / "benchmarks" / "article_extraction_benchmark"
WORD = re.compile(r"\w+")
NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")


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


def text_quality() -> None:
    """Word F1 and numbers kept on the real pages, through the crawler's decoding."""
    if not (BENCHMARK / "ground-truth.json").exists():
        print(f"{BENCHMARK} is not present; nothing measured")
        return
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls, kept, numbers = [], [], 0, 0
    for key, item in sorted(truth.items()):
        raw = gzip.decompress((BENCHMARK / "html" / f"{key}.html.gz").read_bytes())
        ours = html_to_article(decode_body(raw), doc_id=key, url=item.get("url")).text
        body = item.get("articleBody") or ""
        got, true = Counter(WORD.findall(ours.lower())), Counter(WORD.findall(body.lower()))
        common = sum((got & true).values())
        if got:
            precisions.append(common / sum(got.values()))
        if true:
            recalls.append(common / sum(true.values()))
        true_numbers = Counter(NUMBER.findall(body))
        kept += sum((Counter(NUMBER.findall(ours)) & true_numbers).values())
        numbers += sum(true_numbers.values())
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    print_table(
        ["pages", "word P", "word R", "word F1", "numbers kept"],
        [[str(len(truth)), f"{p:.3f}", f"{r:.3f}", f"{2 * p * r / (p + r):.3f}",
          f"{kept / numbers:.3f} ({kept} of {numbers})"]],
    )  # fmt: skip


def serve(hosts: int, pages: int, conn: Connection) -> None:
    """In a process of its own (so the servers take no CPU from the crawl): serve the pages,
    send their URLs, and on "stop" send the arrival time of the last request."""
    sites = [Host(f"127.0.0.{n + 1}") for n in range(hosts)]
    urls = []
    for n, body in enumerate(short_pages(pages)):
        site = sites[n % hosts]
        site.routes[f"/story/{n}"] = page(body)
        urls.append(site.url(f"/story/{n}"))
    conn.send(urls)
    conn.recv()
    conn.send(max(t for site in sites for t in site.times()))
    for site in sites:
        site.stop()


def extraction_alone(nlp: Language, pages: int) -> float:
    """Seconds the pages take through html_to_article and extract_claims, one by one."""
    started = time.perf_counter()
    articles = [
        html_to_article(b, doc_id=str(n), url=f"http://x/{n}")
        for n, b in enumerate(short_pages(pages))
    ]
    for _ in extract_claims(articles, nlp=nlp):
        pass
    return time.perf_counter() - started


def speed(args: argparse.Namespace) -> None:
    nlp = load_pipeline()
    alone = extraction_alone(nlp, args.pages)
    ours, theirs = multiprocessing.get_context("spawn").Pipe()
    server = multiprocessing.get_context("spawn").Process(
        target=serve, args=(args.hosts, args.pages, theirs), daemon=True
    )
    server.start()
    urls = ours.recv()
    floor = (args.pages / args.hosts) * args.delay
    options = CrawlOptions(
        per_host_delay=args.delay, concurrency=args.hosts, allow_private=True,
        processes=args.processes,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        started, clock, cpu = time.perf_counter(), time.monotonic(), _cpu_seconds()
        summary = asyncio.run(crawl(Seeds(pages=urls), store, nlp=nlp, options=options))
        elapsed = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu
    ours.send("stop")
    last_request = ours.recv() - clock
    server.join()
    print_table(
        ["pages", "hosts", "delay s", "processes", "fetched", "claims", "floor s",
         "last request s", "extraction alone s", "crawl s", "crawl CPU s", "ratio"],
        [[str(args.pages), str(args.hosts), f"{args.delay:g}", str(args.processes),
          str(summary.pages["fetched"]), str(summary.claims), f"{floor:.2f}",
          f"{last_request:.2f}", f"{alone:.2f}", f"{elapsed:.2f}", f"{cpu:.2f}",
          f"{elapsed / floor:.3f}"]],
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--delay", type=float, default=0.25)
    parser.add_argument("--processes", type=int, default=0, help="extraction processes")
    parser.add_argument("--text", action="store_true", help="measure the text instead")
    args = parser.parse_args()
    if args.text:
        text_quality()
    else:
        speed(args)


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the extraction processes)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
