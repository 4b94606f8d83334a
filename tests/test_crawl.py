"""The crawler against a real test site on loopback (tests/crawl_site.py); no mocks."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
import ipaddress
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import crawl_processes
from extractor.errors import FetchRefused
from extractor.fetch import CrawlOptions, CrawlSummary, FetchLimits, FetchOutcome, Seeds, crawl
from extractor.fetch.client import Fetcher
from extractor.fetch.politeness import Politeness
from extractor.fetch.safety import AddressGuard
from extractor.store import Store
from tests.crawl_site import (
    Host,
    Reply,
    article_html,
    atom,
    corpus_articles,
    page,
    redirect,
    robots,
    rss,
    section_html,
    sequence,
    sitemap,
    sitemap_index,
)

pytestmark = pytest.mark.fault("web: the crawler issue's cases (tests/test_crawl.py)")

ARTICLES = corpus_articles()
FAST = FetchLimits(connect_timeout=2, read_timeout=2, deadline=5, backoff=0.05, max_attempts=3)


@pytest.fixture
def host() -> Iterator[Callable[..., Host]]:
    """Start loopback hosts (127.0.0.1, 127.0.0.2, ...); all stopped after the test."""
    started: list[Host] = []

    def start(address: str = "127.0.0.1", routes: dict[str, Any] | None = None) -> Host:
        started.append(Host(address, routes))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "crawl.db"


def articles_site(count: int = 3, first: int = 0, **extra: Any) -> dict[str, Any]:
    """Routes /articles/0.html ... serving corpus articles ``first``, ``first + 1``, ..."""
    routes: dict[str, Any] = {
        f"/articles/{i}.html": page(article_html(ARTICLES[first + i])) for i in range(count)
    }
    return routes | extra


def run(
    db: Path, nlp: Any, seeds: Seeds, outcomes: list[FetchOutcome] | None = None, **options: Any
) -> CrawlSummary:
    options = {"per_host_delay": 0.05, "limits": FAST} | options
    with Store(db) as store:
        return asyncio.run(
            crawl(seeds, store, nlp=nlp, options=CrawlOptions(**options),
                  on_outcome=None if outcomes is None else outcomes.append)
        )  # fmt: skip


def fetches(db: Path) -> dict[str, dict[str, Any]]:
    with Store(db) as store:
        return {row["url"]: row for row in store.fetches()}


def stored(db: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT url, published, n_claims, text FROM articles")]
    conn.close()
    return rows


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in zip(times, times[1:], strict=False)]


def spaced(times: list[float], delay: float, slack: float = 0.06) -> bool:
    """Whether the k-th request arrived at least k x delay after the first (give or take
    ``slack``: arrival times jitter with thread scheduling, start times do not)."""
    return all(t - times[0] >= k * delay - slack for k, t in enumerate(times))


def pages_spaced(site: Any, delay: float) -> bool:
    """Whether a host's page requests arrived ``delay`` apart (:func:`spaced`), and the first
    of them at least about ``delay`` after its robots.txt: the crawler counts that delay from
    sending robots.txt, whose arrival a loaded server may log a tenth of a second late."""
    robots = site.times("/robots.txt")
    pages = [r.at for r in site.requests if r.path != "/robots.txt"]
    return spaced(pages, delay) and all(pages[0] - t >= delay - 0.15 for t in robots)


# Pages, extraction, store


def test_seed_pages_are_stored_with_their_claims_and_published_date(host, db, nlp) -> None:
    site = host(routes=articles_site(2))
    urls = [site.url("/articles/0.html"), site.url("/articles/1.html")]
    summary = run(db, nlp, Seeds(pages=urls))
    rows = {row["url"]: row for row in stored(db)}
    assert set(rows) == set(urls)
    assert rows[urls[0]]["published"] == ARTICLES[0]["published"]
    assert "exports rose 2.3%" in rows[urls[0]]["text"]
    assert all(row["n_claims"] > 3 for row in rows.values())
    assert summary.pages["fetched"] == 2 and summary.claims > 6
    record = fetches(db)[urls[0]]
    assert (record["status"], record["http_status"], record["attempts"]) == ("fetched", 200, 1)
    with Store(db) as store:
        assert store.query(doc_id=urls[0])[0]["published"] == ARTICLES[0]["published"]


def test_plain_text_page_is_an_article(host, db, nlp) -> None:
    body = ARTICLES[3]["text"].encode()
    site = host(routes={"/wire.txt": Reply(body=body, headers={"Content-Type": "text/plain"})})
    run(db, nlp, Seeds(pages=[site.url("/wire.txt")]))
    [row] = stored(db)
    assert row["text"] == ARTICLES[3]["text"] and row["n_claims"] > 0


# Discovery: following links, feeds, sitemaps


def test_follow_same_site_reads_section_pages_and_never_goes_off_site(host, db, nlp) -> None:
    other = host("127.0.0.2", articles_site(1))
    links = ["/articles/0.html", "/articles/1.html", other.url("/articles/0.html")]
    site = host(routes=articles_site(2, **{"/markets": page(section_html(links))}))
    run(db, nlp, Seeds(pages=[site.url("/markets")]), follow="same-site")
    assert {row["url"] for row in stored(db)} == {site.url(link) for link in links[:2]}
    assert fetches(db)[site.url("/markets")]["status"] == "section"
    assert other.requests == []


def test_follow_none_reads_no_links(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{"/markets": page(section_html(["/articles/0.html"]))}))
    run(db, nlp, Seeds(pages=[site.url("/markets")]))
    assert "/articles/0.html" not in site.paths()


def test_max_depth_bounds_link_following(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{
        "/a": page(section_html(["/b"])), "/b": page(section_html(["/articles/0.html"])),
    }))  # fmt: skip
    run(db, nlp, Seeds(pages=[site.url("/a")]), follow="same-site", max_depth=1)
    assert "/b" in site.paths() and "/articles/0.html" not in site.paths()


def test_rss_feed_pages_are_crawled_and_dated_by_the_feed(host, db, nlp) -> None:
    undated = page(article_html(ARTICLES[4], dated=False))
    site = host(routes={"/feed.xml": rss(["/story-4"]), "/story-4": undated})
    summary = run(db, nlp, Seeds(feeds=[site.url("/feed.xml")]))
    [row] = stored(db)
    assert row["url"] == site.url("/story-4") and row["published"] == "2025-03-07"
    assert summary.sources["fetched"] == 1


def test_atom_feed_pages_are_crawled(host, db, nlp) -> None:
    site = host(
        routes=articles_site(2, **{"/atom": atom(["/articles/0.html", "/articles/1.html"])})
    )
    run(db, nlp, Seeds(feeds=[site.url("/atom")]))
    assert len(stored(db)) == 2


def test_sitemap_index_gzipped_and_google_news_sitemaps(host, db, nlp) -> None:
    undated = page(article_html(ARTICLES[2], dated=False))
    routes = articles_site(2, **{
        "/sitemap_index.xml": sitemap_index(["/sitemap.xml.gz", "/news-sitemap.xml"]),
        "/sitemap.xml.gz": sitemap(["/articles/0.html", "/articles/1.html"], gzipped=True),
        "/news-sitemap.xml": sitemap(["/news/2"], news_date="2025-06-02T10:00:00Z"),
        "/news/2": undated,
    })  # fmt: skip
    site = host(routes=routes)
    summary = run(db, nlp, Seeds(sitemaps=[site.url("/sitemap_index.xml")]))
    rows = {row["url"]: row for row in stored(db)}
    assert set(rows) == {site.url(p) for p in ("/articles/0.html", "/articles/1.html", "/news/2")}
    assert rows[site.url("/news/2")]["published"] == "2025-06-02"
    assert summary.sources["fetched"] == 3


def test_not_a_sitemap_is_a_recorded_failure(host, db, nlp) -> None:
    site = host(routes={"/sitemap.xml": page("<html><body>hello</body></html>")})
    run(db, nlp, Seeds(sitemaps=[site.url("/sitemap.xml")]))
    record = fetches(db)[site.url("/sitemap.xml")]
    assert record["status"] == "failed" and "not a sitemap" in record["error"]


# robots.txt and politeness


def test_robots_disallow_is_honoured_without_requesting_the_page(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{
        "/robots.txt": robots("User-agent: *\nDisallow: /private/\n"),
        "/private/x.html": page(article_html(ARTICLES[5])),
    }))  # fmt: skip
    summary = run(db, nlp, Seeds(pages=[site.url("/private/x.html"), site.url("/articles/0.html")]))
    assert "/private/x.html" not in site.paths()
    assert fetches(db)[site.url("/private/x.html")]["status"] == "robots"
    assert summary.pages["robots"] == 1 and summary.pages["fetched"] == 1
    assert site.paths().count("/robots.txt") == 1  # cached for the run


def test_robots_4xx_allows_everything(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{"/robots.txt": robots("gone", status=404)}))
    run(db, nlp, Seeds(pages=[site.url("/articles/0.html")]))
    assert len(stored(db)) == 1


def test_robots_5xx_disallows_for_now(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{"/robots.txt": robots("down", status=500)}))
    run(db, nlp, Seeds(pages=[site.url("/articles/0.html")]),
        limits=FetchLimits(backoff=0.01, max_attempts=2))  # fmt: skip
    record = fetches(db)[site.url("/articles/0.html")]
    assert record["status"] == "failed" and "robots.txt unavailable" in record["error"]
    assert "/articles/0.html" not in site.paths()


def test_crawl_delay_spaces_requests_to_a_host(host, db, nlp) -> None:
    site = host(
        routes=articles_site(3, **{"/robots.txt": robots("User-agent: *\nCrawl-delay: 0.3\n")})
    )
    run(db, nlp, Seeds(pages=[site.url(f"/articles/{i}.html") for i in range(3)]))
    assert len(site.requests) == 4
    assert pages_spaced(site, 0.3)


def test_crawl_delay_is_capped(host, db, nlp) -> None:
    site = host(
        routes=articles_site(2, **{"/robots.txt": robots("User-agent: *\nCrawl-delay: 60\n")})
    )
    started = time.monotonic()
    run(db, nlp, Seeds(pages=[site.url(f"/articles/{i}.html") for i in range(2)]),
        crawl_delay_cap=0.2)  # fmt: skip
    assert len(stored(db)) == 2 and time.monotonic() - started < 10
    assert pages_spaced(site, 0.2)


def test_hosts_are_crawled_in_parallel_each_one_request_at_a_time(host, db, nlp) -> None:
    sites = [host(f"127.0.0.{n + 1}", articles_site(4, first=4 * n)) for n in range(3)]
    urls = [s.url(f"/articles/{i}.html") for s in sites for i in range(4)]
    run(db, nlp, Seeds(pages=urls), per_host_delay=0.2, allow_private=True)
    assert len(stored(db)) == 12
    for site in sites:
        assert site.max_in_flight == 1
        assert spaced(site.times(), 0.2)
    # Every host had begun before any host was done: they were not crawled one after another.
    assert max(s.times()[0] for s in sites) < min(s.times()[-1] for s in sites)


def test_global_concurrency_limit(host, db, nlp) -> None:
    slow = Reply(body=b"<html><body><p>slow</p></body></html>", trickle=0.01)
    sites = [host(f"127.0.0.{n}", {"/s": slow}) for n in (1, 2, 3)]
    run(db, nlp, Seeds(pages=[s.url("/s") for s in sites]), concurrency=1, allow_private=True)
    # Each response takes about 0.38 s to trickle out; with one slot they cannot overlap.
    starts = sorted(time for s in sites for time in s.times("/s"))
    assert len(starts) == 3 and min(gaps(starts)) >= 0.3


# Fetching: redirects, retries, limits, content


def test_redirects_are_followed_and_the_final_url_kept(host, db, nlp) -> None:
    site = host(routes=articles_site(1, **{
        "/r1": redirect("/r2", 301), "/r2": redirect("/articles/0.html", 307),
    }))  # fmt: skip
    run(db, nlp, Seeds(pages=[site.url("/r1")]))
    [row] = stored(db)
    assert row["url"] == site.url("/articles/0.html")
    assert fetches(db)[site.url("/r1")]["final_url"] == site.url("/articles/0.html")


@pytest.mark.parametrize(
    ("routes", "reason"),
    [
        ({"/loop/a": redirect("/loop/b"), "/loop/b": redirect("/loop/a")}, "redirect loop"),
        ({f"/hop/{i}": redirect(f"/hop/{i + 1}") for i in range(8)}, "more than 5 redirects"),
    ],
)
def test_redirect_loops_and_chains_fail(host, db, nlp, routes, reason) -> None:
    site = host(routes=routes)
    seed = site.url(next(iter(routes)))
    run(db, nlp, Seeds(pages=[seed]))
    record = fetches(db)[seed]
    assert record["status"] == "failed" and record["error"].startswith(reason)
    assert len(site.requests) <= 7


def test_redirect_to_the_metadata_address_is_refused(host, db, nlp) -> None:
    site = host(routes={"/go": redirect("http://169.254.169.254/latest/meta-data/")})
    run(db, nlp, Seeds(pages=[site.url("/go")]))
    record = fetches(db)[site.url("/go")]
    assert record["status"] == "refused" and "169.254.169.254" in record["error"]


def test_discovered_links_to_private_addresses_are_refused(host, db, nlp) -> None:
    inside = host("127.0.0.2", articles_site(1))
    links = ["http://10.0.0.1/a", "http://169.254.169.254/", inside.url("/articles/0.html")]
    site = host(routes={"/feed.xml": rss(links)})
    summary = run(db, nlp, Seeds(feeds=[site.url("/feed.xml")]))
    assert summary.pages["refused"] == 3 and inside.requests == []
    run(db, nlp, Seeds(feeds=[site.url("/feed.xml")]), allow_private=True, retry_failed=True)
    assert inside.paths() == ["/robots.txt", "/articles/0.html"]


def test_the_address_check_is_on_the_resolved_address_not_the_name(host, db, nlp) -> None:
    inside = host("127.0.0.1", articles_site(1))
    by_name = inside.url("/articles/0.html").replace("127.0.0.1", "localhost")
    site = host("127.0.0.2", {"/feed.xml": rss([by_name])})
    run(db, nlp, Seeds(feeds=[site.url("/feed.xml")]))
    record = fetches(db)[by_name]
    assert record["status"] == "refused" and "is not a public address" in record["error"]
    assert inside.requests == []


def test_a_section_page_link_to_a_private_address_is_not_followed(host, db, nlp) -> None:
    links = ["/articles/0.html", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"]
    site = host(routes=articles_site(1, **{"/markets": page(section_html(links))}))
    run(db, nlp, Seeds(pages=[site.url("/markets")]), follow="same-site")
    assert set(fetches(db)) == {site.url("/markets"), site.url("/articles/0.html"), site.url("/")}


@pytest.mark.parametrize("status", [429, 503])
def test_429_and_503_are_retried_after_retry_after(host, db, nlp, status) -> None:
    busy = Reply(status, b"busy", {"Retry-After": "1", "Content-Type": "text/html"})
    site = host(routes={"/a": sequence(busy, page(article_html(ARTICLES[6])))})
    run(db, nlp, Seeds(pages=[site.url("/a")]))
    assert len(stored(db)) == 1 and fetches(db)[site.url("/a")]["attempts"] == 2
    assert gaps(site.times("/a"))[0] >= 0.94


def test_5xx_retries_are_bounded(host, db, nlp) -> None:
    site = host(routes={"/down": Reply(502, b"bad gateway")})
    run(db, nlp, Seeds(pages=[site.url("/down")]))
    record = fetches(db)[site.url("/down")]
    assert record["error"] == "HTTP 502 after 3 attempts" and record["attempts"] == 3
    assert site.paths().count("/down") == 3


def test_retry_after_beyond_the_cap_is_a_failure_not_a_wait(host, db, nlp) -> None:
    site = host(routes={"/a": Reply(429, b"", {"Retry-After": "3600"})})
    started = time.monotonic()
    run(db, nlp, Seeds(pages=[site.url("/a")]))
    assert "over the 120 s cap" in fetches(db)[site.url("/a")]["error"]
    assert time.monotonic() - started < 5


def test_404_is_not_retried(host, db, nlp) -> None:
    site = host()
    summary = run(db, nlp, Seeds(pages=[site.url("/missing")]))
    record = fetches(db)[site.url("/missing")]
    assert (record["status"], record["error"], record["http_status"]) == ("failed", "HTTP 404", 404)
    assert site.paths().count("/missing") == 1 and summary.failures == {"HTTP 404": 1}


def test_connection_refused_is_a_recorded_failure(host, db, nlp) -> None:
    site = host()
    url = site.url("/a")
    site.stop()
    run(db, nlp, Seeds(pages=[url]), limits=FetchLimits(backoff=0.01, max_attempts=2))
    record = fetches(db)[url]
    assert record["status"] == "failed" and "robots.txt unavailable" in record["error"]


def test_a_trickling_server_is_cut_by_the_deadline(host, db, nlp) -> None:
    site = host(routes={"/slow": Reply(body=b"x" * 1000, trickle=0.05)})
    limits = FetchLimits(read_timeout=2, deadline=0.5, max_attempts=1)
    started = time.monotonic()
    run(db, nlp, Seeds(pages=[site.url("/slow")]), limits=limits)
    assert fetches(db)[site.url("/slow")]["error"].startswith("timeout")
    assert time.monotonic() - started < 3


def test_an_oversized_body_is_cut(host, db, nlp) -> None:
    chunks = (b"<p>" + b"a" * 65536 + b"</p>" for _ in range(100))
    site = host(routes={"/big": Reply(chunks=chunks), "/big-declared": page("x" * 200_000)})
    limits = FetchLimits(max_bytes=100_000, max_attempts=1)
    run(db, nlp, Seeds(pages=[site.url("/big"), site.url("/big-declared")]), limits=limits)
    for path in ("/big", "/big-declared"):
        assert fetches(db)[site.url(path)]["error"].startswith("too large")
    assert stored(db) == []


def test_a_gzip_bomb_is_cut_after_decompression(host, db, nlp) -> None:
    bomb = gzip.compress(b"<p>" + b" " * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    site = host(routes={"/bomb": page("", **{"Content-Encoding": "gzip"})})
    site.routes["/bomb"].body = bomb
    run(db, nlp, Seeds(pages=[site.url("/bomb")]), limits=FetchLimits(max_attempts=1))
    record = fetches(db)[site.url("/bomb")]
    assert record["error"] == "too large: over 5000000 bytes decoded"


def test_a_gzipped_page_is_read(host, db, nlp) -> None:
    reply = page("", **{"Content-Encoding": "gzip"})
    reply.body = gzip.compress(article_html(ARTICLES[7]).encode())
    site = host(routes={"/gz": reply})
    run(db, nlp, Seeds(pages=[site.url("/gz")]))
    assert stored(db)[0]["n_claims"] > 0


def test_a_wrong_charset_header_is_overruled(host, db, nlp) -> None:
    text = (
        "<html><body><article><p>Caf\u00e9 exports rose to \u20ac5 billion in 2024, a"
        " r\u00e9cord for the s\u00e9ctor's producers.</p></article></body></html>"
    )
    reply = Reply(body=text.encode("cp1252"), headers={"Content-Type": "text/html; charset=utf-8"})
    site = host(routes={"/cp1252": reply})
    run(db, nlp, Seeds(pages=[site.url("/cp1252")]))
    assert "Caf\u00e9 exports rose to \u20ac5 billion" in stored(db)[0]["text"]


def test_a_meta_charset_is_read(host, db, nlp) -> None:
    text = (
        "<html><head><meta charset='windows-1252'></head><body><article><p>Exports to"
        " Cura\u00e7ao rose 4% to \u00a3300 million last year, officials said on Monday."
        "</p></article></body></html>"
    )
    reply = Reply(body=text.encode("cp1252"), headers={"Content-Type": "text/html"})
    site = host(routes={"/meta": reply})
    run(db, nlp, Seeds(pages=[site.url("/meta")]))
    assert "Cura\u00e7ao rose 4% to \u00a3300 million" in stored(db)[0]["text"]


def test_an_undeclared_cyrillic_page_is_detected(host, db, nlp) -> None:
    russian = "Экспорт пшеницы из России вырос на 12% в 2024 году, сообщило министерство."
    text = f"<html><body><article><p>{russian}</p><p>{russian}</p></article></body></html>"
    reply = Reply(body=text.encode("cp1251"), headers={"Content-Type": "text/html"})
    site = host(routes={"/ru": reply})
    run(db, nlp, Seeds(pages=[site.url("/ru")]))
    assert russian in stored(db)[0]["text"]


def test_a_binary_file_is_skipped(host, db, nlp) -> None:
    binary = Reply(body=b"\x89PNG\r\n\x1a\n" + bytes(500), headers={"Content-Type": "image/png"})
    site = host(routes={"/chart.png": binary})
    summary = run(db, nlp, Seeds(pages=[site.url("/chart.png")]))
    record = fetches(db)[site.url("/chart.png")]
    assert (record["status"], record["error"]) == ("skipped", "skipped: content type image/png")
    assert summary.pages["skipped"] == 1


def test_malformed_urls_are_recorded_and_the_crawl_goes_on(host, db, nlp) -> None:
    bad_links = ["http://[::1/x", "http://127.0.0.1:99999/x", "/articles/0.html"]
    site = host(routes=articles_site(1, **{"/feed.xml": rss(bad_links)}))
    run(db, nlp, Seeds(feeds=[site.url("/feed.xml")], pages=["http://:80/"]))
    assert [row["url"] for row in stored(db)] == [site.url("/articles/0.html")]
    records = fetches(db)
    assert records["http://127.0.0.1:99999/x"]["error"].startswith("not a valid URL")
    assert records["http://:80/"]["status"] == "failed"


def test_non_http_seed_is_refused(db, nlp) -> None:
    run(db, nlp, Seeds(pages=["ftp://example.org/a"]))
    assert fetches(db)["ftp://example.org/a"]["status"] == "refused"


# Identity: normalisation, canonical, duplicates, conditional GET


def test_tracking_parameters_and_fragments_are_one_url(host, db, nlp) -> None:
    site = host(routes=articles_site(1))
    base = site.url("/articles/0.html")
    seeds = [base + "?utm_source=rss&utm_medium=x", base + "#comments", base + "?fbclid=1"]
    run(db, nlp, Seeds(pages=seeds))
    assert site.paths().count("/articles/0.html") == 1 and len(stored(db)) == 1


def test_rel_canonical_names_the_article(host, db, nlp) -> None:
    site = host()
    canonical = site.url("/articles/8.html")
    site.routes["/story"] = page(article_html(ARTICLES[8], canonical=canonical))
    run(db, nlp, Seeds(pages=[site.url("/story?id=8")]))
    assert [row["url"] for row in stored(db)] == [canonical]


def test_the_same_text_under_two_urls_is_stored_once(host, db, nlp) -> None:
    same = page(article_html(ARTICLES[9]))
    site = host(routes={"/a": same, "/b": same})
    run(db, nlp, Seeds(pages=[site.url("/a"), site.url("/b")]))
    assert len(stored(db)) == 1
    statuses = sorted(fetches(db)[site.url(p)]["status"] for p in ("/a", "/b"))
    assert statuses == ["duplicate", "fetched"]


def test_recrawl_is_conditional_and_304_costs_no_extraction(host, db, nlp) -> None:
    def etagged(request: Any) -> Reply:
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return page(article_html(ARTICLES[10]), ETag='"v1"')

    site = host(routes={"/a": etagged})
    run(db, nlp, Seeds(pages=[site.url("/a")]))
    again = run(db, nlp, Seeds(pages=[site.url("/a")]))
    assert again.already_done == 1 and site.paths().count("/a") == 1
    recrawl = run(db, nlp, Seeds(pages=[site.url("/a")]), recrawl=True)
    assert recrawl.pages == {"not-modified": 1} and recrawl.claims == 0
    assert site.requests[-1].headers["If-None-Match"] == '"v1"'
    assert fetches(db)[site.url("/a")]["status"] == "not-modified"


def test_recrawl_reads_section_pages_in_full_and_asks_articles_conditionally(host, db, nlp) -> None:
    def etagged(request: Any) -> Reply:
        if request.headers.get("If-None-Match") == '"a0"':
            return Reply(304, b"", {"ETag": '"a0"'})
        return page(article_html(ARTICLES[13]), ETag='"a0"')

    markets = page(section_html(["/a0", "/gone/1", "/gone/2"]), ETag='"m"')
    site = host(routes={"/markets": markets, "/a0": etagged})
    seeds = Seeds(pages=[site.url("/markets")])
    run(db, nlp, seeds, follow="same-site")
    again = run(db, nlp, seeds, follow="same-site", recrawl=True)
    assert again.pages == {"section": 1, "not-modified": 1}
    markets_again = [r for r in site.requests if r.path == "/markets"][-1]
    assert "If-None-Match" not in markets_again.headers  # in full, for its links


# State: resumption, retrying failures


def test_an_interrupted_crawl_resumes_without_any_page_twice(host, db, nlp) -> None:
    links = [f"/articles/{i}.html" for i in range(6)]
    site = host(routes=articles_site(6, **{"/markets": page(section_html(links))}))
    seeds = Seeds(pages=[site.url("/markets")])
    done: list[FetchOutcome] = []

    def interrupt(outcome: FetchOutcome) -> None:
        done.append(outcome)
        if len(done) == 3:  # the section page and two articles
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(db, nlp, seeds, follow="same-site", outcomes=_Raising(interrupt))
    done_before = [url for url, row in fetches(db).items() if row["status"] == "fetched"]
    assert 1 <= len(done_before) == len(stored(db)) < 6
    run(db, nlp, seeds, follow="same-site")
    assert len(stored(db)) == 6
    for url in done_before:
        assert site.paths().count(url.removeprefix(site.base)) == 1
    assert site.paths().count("/markets") == 1


def test_failures_are_retried_only_with_retry_failed(host, db, nlp) -> None:
    site = host(routes={"/a": Reply(503, b"down")})
    limits = FetchLimits(backoff=0.01, max_attempts=1)
    run(db, nlp, Seeds(pages=[site.url("/a")]), limits=limits)
    site.routes["/a"] = page(article_html(ARTICLES[11]))
    run(db, nlp, Seeds(pages=[site.url("/a")]), limits=limits)
    assert stored(db) == []
    run(db, nlp, Seeds(pages=[site.url("/a")]), limits=limits, retry_failed=True)
    assert len(stored(db)) == 1 and fetches(db)[site.url("/a")]["status"] == "fetched"


def test_max_pages_leaves_the_rest_queued_for_the_next_run(host, db, nlp) -> None:
    links = [f"/articles/{i}.html" for i in range(4)]
    site = host(routes=articles_site(4, **{"/markets": page(section_html(links))}))
    seeds = Seeds(pages=[site.url("/markets")])
    first = run(db, nlp, seeds, follow="same-site", max_pages=3)
    assert len(stored(db)) == 2 and first.pages == {"section": 1, "fetched": 2}
    assert first.left >= 2  # two articles, and the home page their navigation links to
    run(db, nlp, seeds, follow="same-site")
    assert len(stored(db)) == 4


class _Raising(list):  # type: ignore[type-arg]
    """An outcomes list whose append calls ``hook`` (which may raise, as Ctrl-C does)."""

    def __init__(self, hook: Callable[[FetchOutcome], None]) -> None:
        super().__init__()
        self.hook = hook

    def append(self, outcome: FetchOutcome) -> None:
        self.hook(outcome)


def test_extraction_in_a_worker_process(host, db, nlp) -> None:
    site = host(routes=articles_site(2, first=12))
    urls = [site.url(f"/articles/{i}.html") for i in range(2)]
    summary = run(db, None, Seeds(pages=urls), processes=1)
    assert summary.pages == {"fetched": 2} and all(row["n_claims"] > 0 for row in stored(db))


# The command line


@pytest.mark.parametrize(
    ("given", "cores", "processes"),
    [(None, 1, 0), (None, 2, 2), (None, 8, 8), (0, 4, 0), (3, 4, 3)],
    ids=["one-core-thread", "two-cores", "eight-cores", "thread-asked", "three-asked"],
)
def test_crawl_extracts_on_every_core_by_default(given, cores, processes) -> None:
    assert crawl_processes(given, cores=cores) == processes


def test_cli_crawl_stores_pages_and_prints_a_summary(host, db, cli) -> None:
    site = host(routes=articles_site(2, **{"/robots.txt": robots("User-agent: *\nDisallow: /1\n")}))
    result = cli("crawl", site.url("/articles/0.html"), site.url("/1"), "--db", str(db),
                 "--per-host-delay", "0.05")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "1 fetched" in result.stderr and "1 skipped by robots" in result.stderr
    assert f"fetched {site.url('/articles/0.html')} (" in result.stderr  # a line per URL
    assert len(stored(db)) == 1


def test_cli_urls_file_and_the_failures_command(host, db, cli, tmp_path) -> None:
    site = host(routes=articles_site(1))
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# trade stories\n{site.url('/articles/0.html')}\n\n{site.url('/gone')}\n")
    result = cli("crawl", "--urls-file", str(urls), "--db", str(db), "--per-host-delay", "0.05",
                 "--quiet")  # fmt: skip
    assert result.exit_code == 1 and "1 failed (HTTP 404: 1)" in result.stderr
    assert "fetched http" not in result.stderr  # --quiet: the summary only
    listed = cli("failures", "--db", str(db), "--format", "jsonl").jsonl()
    assert [(row["url"], row["error"]) for row in listed] == [(site.url("/gone"), "HTTP 404")]


def test_cli_query_fetches_lists_the_crawl_with_filters_and_formats(host, db, cli) -> None:
    routes = {"/old": redirect("/articles/0.html", 301), "/gone": Reply(404, b"gone"),
              "/robots.txt": robots("User-agent: *\nDisallow: /private\n")}  # fmt: skip
    site = host(routes=articles_site(1, **routes))
    urls = [site.url("/old"), site.url("/gone"), site.url("/private")]
    assert cli("crawl", *urls, "--db", str(db), "--per-host-delay", "0.05").exit_code == 1
    listed = cli("query", "--fetches", "--db", str(db), "--format", "jsonl").jsonl()
    by_url = {row["url"]: row for row in listed}
    assert set(by_url) == set(urls)
    old, gone = by_url[site.url("/old")], by_url[site.url("/gone")]
    assert (old["status"], old["final_url"], old["http_status"]) == (
        "fetched", site.url("/articles/0.html"), 200)  # fmt: skip
    assert (gone["status"], gone["http_status"], gone["error"]) == ("failed", 404, "HTTP 404")
    assert by_url[site.url("/private")]["status"] == "robots"
    assert all(row["discovered_at"] and row["fetched_at"] for row in listed)

    failed = cli("query", "--fetches", "--status", "failed", "--db", str(db), "-f", "json")
    assert [row["url"] for row in json.loads(failed.stdout)] == [site.url("/gone")]
    two = cli("query", "--fetches", "--status", "failed", "--status", "robots", "--db", str(db),
              "-f", "jsonl").jsonl()  # fmt: skip
    assert {row["status"] for row in two} == {"failed", "robots"}
    # "HTTP 404", not "404": the test server's port may hold "404" in every URL
    found = cli(
        "query", "--fetches", "--search", "HTTP 404", "--db", str(db), "-f", "jsonl"
    ).jsonl()
    assert [row["url"] for row in found] == [site.url("/gone")]
    assert (
        len(cli("query", "--fetches", "--limit", "2", "--db", str(db), "-f", "jsonl").jsonl()) == 2
    )

    rows = list(
        csv.DictReader(io.StringIO(cli("query", "--fetches", "--db", str(db), "-f", "csv").stdout))
    )
    assert {row["url"] for row in rows} == set(urls) and "final_url" in rows[0]
    table = cli("query", "--fetches", "--status", "failed", "--db", str(db)).stdout
    assert "final_url" in table and "HTTP 404" in table and "/old" not in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fetches", "--status", "broken"], "--status: 'broken' is not one of"),
        (["--fetches", "--metric", "exports"], "--metric: filters claims, not --fetches"),
        (["--status", "failed"], "--status: only with --fetches"),
    ],
)
def test_cli_query_fetches_usage_errors(cli, db, args, message) -> None:
    result = cli("query", "--db", str(db), *args)
    assert result.exit_code == 2 and message in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--follow", "everywhere", "http://example.org/"], "--follow"),
        (["--concurrency", "0", "http://example.org/"], "--concurrency"),
        ([], "nothing to crawl"),
    ],
)
def test_cli_crawl_usage_errors(cli, db, args, message) -> None:
    result = cli("crawl", "--db", str(db), *args)
    assert result.exit_code == 2 and message in result.stderr


@pytest.mark.parametrize("command", ["crawl", "failures"])
def test_crawl_commands_have_help_and_are_in_the_readme(cli, command) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert f"tradeclaims {command}" in readme


# DNS rebinding: the connection goes to the address that was checked


def _resolver(*answers: str) -> Callable[[str, int], Any]:
    """A resolver giving ``answers`` in turn (the last one from then on), as a rebinding
    DNS server does: a public address to the check, a private one to the connection."""
    queue = [[ipaddress.ip_address(a)] for a in answers]

    async def resolve(name: str, port: int) -> list[Any]:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return resolve


async def _fetch(guard: AddressGuard, url: str) -> Any:
    politeness = Politeness(concurrency=1, delay=0)
    fetcher = Fetcher(politeness, user_agent="t", limits=FAST, check_hop=guard.check, guard=guard)
    try:
        return await fetcher.get(url)
    finally:
        await fetcher.aclose()


def test_dns_rebinding_to_loopback_is_refused_at_connection(host) -> None:
    inside = host("127.0.0.1", articles_site(1))
    # "localhost" is what httpx's own resolution would have dialled after the check passed.
    url = inside.url("/articles/0.html").replace("127.0.0.1", "localhost")
    guard = AddressGuard(resolver=_resolver("93.184.216.34", "127.0.0.1"))
    with pytest.raises(FetchRefused, match="127.0.0.1 is not a public address"):
        asyncio.run(_fetch(guard, url))
    assert inside.requests == []


def test_connection_goes_to_the_checked_address_with_the_host_name_kept(host) -> None:
    site = host("127.0.0.2", articles_site(1))
    port = site.base.rsplit(":", 1)[1]
    url = f"http://news.invalid:{port}/articles/0.html"  # a name no real DNS answers
    guard = AddressGuard(resolver=_resolver("127.0.0.2"))
    asyncio.run(guard.allow_seeds([url]))
    response = asyncio.run(_fetch(guard, url))
    assert response.http_status == 200 and b"<html" in response.body
    assert site.requests[0].headers["Host"] == f"news.invalid:{port}"


def test_a_name_resolving_to_public_and_private_addresses_is_refused(host) -> None:
    guard = AddressGuard(resolver=_resolver("93.184.216.34"))
    assert asyncio.run(guard.addresses("news.invalid", 80)) == [
        ipaddress.ip_address("93.184.216.34")
    ]
    mixed = AddressGuard(resolver=_both_resolver)
    with pytest.raises(FetchRefused):
        asyncio.run(mixed.addresses("news.invalid", 80))


async def _both_resolver(name: str, port: int) -> list[Any]:
    return [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("169.254.169.254")]
