"""Faults and load: damaged archives, misbehaving web servers, kill -9 at random points,
readers during an ingest, and a crawl of many pages with some responses failing.

Each case ends in a recorded, counted failure or a stored document: no traceback, no hang
(every wait has a bound), a sound database holding exactly the documents that succeeded.
The long runs (1M JSONL lines, 2,000 pages, 20 kills of each kind) are marked ``slow``;
``make test`` runs small versions of them.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from extractor.archives import InputFailure, read_documents
from extractor.batch import ingest_inputs
from extractor.fetch import CrawlOptions, FetchLimits, Seeds, crawl
from extractor.store import Store
from extractor.warc import warc_records
from tests.archive_data import corpus_docs, http_response, warc_record, write_jsonl, write_warc
from tests.conftest import ROOT
from tests.crawl_site import Host, Reply, article_html, page, redirect, robots, sitemap
from tests.test_batch import check_whole, snapshot, start_ingest
from tests.test_crawl import ARTICLES, FAST, fetches, host, run, stored  # noqa: F401
from tests.test_serve import free_port

# -- archives -----------------------------------------------------------------------------

archives = pytest.mark.fault("archives")


def failures_and_docs(path: Path) -> tuple[list[InputFailure], int]:
    items = list(read_documents([str(path)]))
    failures = [item for item in items if isinstance(item, InputFailure)]
    return failures, len(items) - len(failures)


@archives
@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.warc.gz", "a.txt.gz", "a.html.gz"])
@pytest.mark.parametrize("keep", [0.1, 0.5, 0.97])
def test_a_truncated_gz_is_a_recorded_failure(tmp_path: Path, name: str, keep: float) -> None:
    whole = tmp_path / ("whole" + name[1:])
    if ".warc" in name:
        write_warc(whole, corpus_docs())
    elif ".jsonl" in name:
        write_jsonl(whole, corpus_docs())
    else:
        whole.write_bytes(gzip.compress(corpus_docs()[0].html().encode() * 5))
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: max(12, int(len(data) * keep))])
    failures, docs = failures_and_docs(cut)
    assert [f.reason.split(" (")[0] for f in failures] in (
        ["truncated gzip member"], ["truncated gzip"], ["corrupt gzip member"],
    )  # fmt: skip
    assert docs < 20 or name.startswith("a.t") or name.startswith("a.h")


LIES = {
    "one byte short": -1,
    "one byte long": 1,
    "a record long (into the next)": 300,
    "past the end of the file": 10**7,
}


@archives
@pytest.mark.parametrize("lie", LIES, ids=list(LIES))
@pytest.mark.parametrize("zipped", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_whose_content_length_lies(tmp_path: Path, lie: str, zipped: bool) -> None:
    docs = corpus_docs()[:6]
    records = [warc_record("response", http_response(d.html().encode()), d.url) for d in docs]
    length = len(records[2].split(b"\r\n\r\n", 1)[1]) - 4
    records[2] = records[2].replace(
        f"Content-Length: {length}".encode(), f"Content-Length: {length + LIES[lie]}".encode()
    )
    path = tmp_path / ("lies.warc.gz" if zipped else "lies.warc")
    path.write_bytes(b"".join(gzip.compress(r) if zipped else r for r in records))
    failures, pages = failures_and_docs(path)
    assert len(failures) == 1 and failures[0].reason.startswith(
        ("corrupt WARC record", "truncated WARC record")
    )
    # Only the lying record is lost: every record after it is found and read.
    assert pages == 5


@archives
def test_a_warc_record_over_the_size_limit_is_skipped_unheld(tmp_path: Path) -> None:
    docs = corpus_docs()[:3]
    huge = http_response(b"<html><body><p>" + b"a" * (33 * 2**20) + b"</p></body></html>")
    records = [warc_record("response", http_response(d.html().encode()), d.url) for d in docs]
    records.insert(1, warc_record("response", huge, "https://news.example/huge"))
    path = tmp_path / "huge.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r, compresslevel=1) for r in records))
    failures, pages = failures_and_docs(path)
    assert [f.reason for f in failures] == [f"WARC record of {len(huge)} bytes is over the limit"]
    assert pages == 3
    small = list(warc_records(io.BytesIO(gzip.decompress(path.read_bytes())), max_record=10_000))
    assert sum(1 for r in small if not hasattr(r, "block")) == 1


def broken_jsonl(path: Path, lines: int, every: int) -> set[int]:
    """``lines`` short documents, every ``every``-th line broken; the broken line numbers."""
    broken = set()
    with path.open("w", encoding="utf-8") as out:
        for n in range(1, lines + 1):
            if n % every == 0:
                broken.add(n)
                out.write(f'{{"id": "doc-{n}", "text": "cut short\n')
            else:
                text = f"Exports of item {n} rose {n % 97 + 1}% in 2024, the ministry said."
                out.write(json.dumps({"id": f"doc-{n}", "text": text}) + "\n")
    return broken


def check_jsonl_read(tmp_path: Path, lines: int) -> None:
    path = tmp_path / "big.jsonl"
    broken = broken_jsonl(path, lines, 1000)
    failed, docs = set(), 0
    for item in read_documents([str(path)]):
        if isinstance(item, InputFailure):
            assert item.reason.startswith("not valid JSON")
            failed.add(item.line)
        else:
            docs += 1
    assert failed == broken and docs == lines - len(broken)


@archives
def test_jsonl_of_10k_lines_every_1000th_broken(tmp_path: Path, record_property: Any) -> None:
    record_property("cases", 10)
    check_jsonl_read(tmp_path, 10_000)


@archives
@pytest.mark.slow
@pytest.mark.heavy
def test_jsonl_of_1m_lines_every_1000th_broken(tmp_path: Path, record_property: Any) -> None:
    record_property("cases", 1000)
    check_jsonl_read(tmp_path, 1_000_000)


@archives
def test_ingest_of_a_jsonl_with_broken_lines_holds_exactly_the_good_ones(
    tmp_path: Path, nlp: Any, record_property: Any
) -> None:
    path = tmp_path / "mixed.jsonl"
    broken = broken_jsonl(path, 400, 100)
    record_property("cases", len(broken))
    db = tmp_path / "claims.db"
    with Store(db) as store:
        report = ingest_inputs([str(path)], store, workers=1)
    assert (report.inserted, report.failed) == (400 - len(broken), len(broken))
    check_whole(db)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        ids = {row[0] for row in conn.execute("SELECT doc_id FROM articles")}
        lines = {row[0] for row in conn.execute("SELECT line FROM failures")}
    assert ids == {f"doc-{n}" for n in range(1, 401) if n not in broken}
    assert lines == broken


# -- web ----------------------------------------------------------------------------------

WEB_LIMITS = FetchLimits(connect_timeout=1, read_timeout=0.5, deadline=3, backoff=0.01,
                         max_attempts=2)  # fmt: skip
BODY = article_html(ARTICLES[0]).encode()


def endless() -> Any:
    while True:
        yield b"<p>" + b"x" * 65536 + b"</p>"


WEB_CASES: dict[str, tuple[Any, str, str]] = {
    # name: (route at /p, status, error starts with)
    "server closes mid-body": (Reply(body=BODY, cut=len(BODY) // 2), "failed", "connection error"),
    "Content-Length over the body": (Reply(body=BODY, cut=len(BODY) - 1), "failed", "connection"),
    "connection reset": (Reply(reset=True), "failed", "connection error"),
    "no answer (timeout)": (Reply(body=BODY, delay=1.5), "failed", "timeout"),
    "endless chunked body": (Reply(chunks=endless(), chunked=True), "failed", "too large"),
    "endless unframed body": (Reply(chunks=endless()), "failed", "too large"),
    "30 MB HTML page": (page("<p>" + "a" * 30_000_000 + "</p>"), "failed", "too large: 3000"),
    "redirect to file://": (redirect("file:///etc/passwd"), "refused", "refused: redirect to"),
    "redirect to javascript:": (redirect("javascript:alert(1)"), "refused", "refused: redirect"),
    "redirect to data:": (redirect("data:text/html,<p>x"), "refused", "refused: redirect to"),
    "redirect without Location": (Reply(302, b"", {}), "failed", "HTTP 302 without a Location"),
}


@pytest.mark.fault("web")
@pytest.mark.parametrize("case", WEB_CASES, ids=list(WEB_CASES))
def test_a_misbehaving_server_is_a_recorded_failure(host, tmp_path, nlp, case: str) -> None:  # noqa: F811
    db = tmp_path / "crawl.db"
    route, status, reason = WEB_CASES[case]
    site = host(routes={"/p": route, "/ok": page(article_html(ARTICLES[1]))})
    started = time.monotonic()
    summary = run(db, nlp, Seeds(pages=[site.url("/p"), site.url("/ok")]), limits=WEB_LIMITS)
    assert time.monotonic() - started < 30  # bounded: no case waits for ever
    record = fetches(db)[site.url("/p")]
    assert record["status"] == status and record["error"].startswith(reason), record
    assert [row["url"] for row in stored(db)] == [site.url("/ok")]  # the crawl went on
    assert summary.pages[status] == 1 and summary.pages["fetched"] == 1
    check_whole(db)


@pytest.mark.fault("web")
def test_a_content_length_under_the_body_stores_the_declared_part(host, tmp_path, nlp) -> None:  # noqa: F811
    db = tmp_path / "crawl.db"
    full = article_html(ARTICLES[2])
    declared = full.index("</article>")
    site = host(routes={"/p": Reply(body=full.encode(), declared=declared)})
    run(db, nlp, Seeds(pages=[site.url("/p")]), limits=WEB_LIMITS)
    assert fetches(db)[site.url("/p")]["status"] == "fetched"
    [row] = stored(db)
    assert "Copyright" not in row["text"] and row["n_claims"] > 0  # the footer was not read
    check_whole(db)


@pytest.mark.fault("web")
def test_two_content_lengths_are_a_recorded_failure(host, tmp_path, nlp) -> None:  # noqa: F811
    db = tmp_path / "crawl.db"
    reply = page(article_html(ARTICLES[2]))
    reply.headers["Content-Length"] = str(len(reply.body) - 200)  # and the server adds its own
    site = host(routes={"/p": reply})
    run(db, nlp, Seeds(pages=[site.url("/p")]), limits=WEB_LIMITS)
    record = fetches(db)[site.url("/p")]
    assert record["status"] == "failed" and "conflicting Content-Length" in record["error"]
    check_whole(db)


@pytest.mark.fault("web")
def test_a_robots_txt_of_10_mb_is_read_to_its_first_500_kib(host, tmp_path, nlp) -> None:  # noqa: F811
    db = tmp_path / "crawl.db"
    rules = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 1_000_000
    site = host(routes={
        "/robots.txt": robots(rules), "/private/a": page(article_html(ARTICLES[3])),
        "/news/b": page(article_html(ARTICLES[4])),
    })  # fmt: skip
    assert len(rules) > 10_000_000
    run(db, nlp, Seeds(pages=[site.url("/private/a"), site.url("/news/b")]), limits=WEB_LIMITS)
    records = fetches(db)
    assert records[site.url("/private/a")]["status"] == "robots"
    assert records[site.url("/news/b")]["status"] == "fetched"
    assert "/private/a" not in site.paths()


# -- kill -9 at random points: ingest and crawl --------------------------------------------

kills = pytest.mark.fault("kill -9 and resume")


def pages_archive(folder: Path, rounds: int = 2) -> Path:
    """The corpus pages ``rounds`` times under distinct URLs, with the bad records."""
    path = folder / "pages.warc.gz"
    docs = [d.renamed(f"?n={n}") for n in range(rounds) for d in corpus_docs()]
    write_warc(path, docs, corrupt=True)
    return path


@pytest.fixture(scope="module")
def ingest_reference(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> tuple[Path, Any]:
    folder = tmp_path_factory.mktemp("kill")
    path = pages_archive(folder)
    reference = folder / "reference.db"
    with Store(reference) as store:
        ingest_inputs([str(path)], store, workers=1)
    return path, snapshot(reference)


def kill_ingest_and_resume(tmp_path: Path, reference: tuple[Path, Any], seed: int) -> None:
    path, expected = reference
    rng = random.Random(seed)
    db = tmp_path / "claims.db"
    workers = str(rng.choice([1, 2]))
    process = start_ingest(path, db, "--workers", workers, "--quiet")
    time.sleep(rng.uniform(0.2, 7.0))  # from start-up to the last commits
    process.kill()
    process.wait(timeout=30)
    if db.exists():
        with contextlib.suppress(sqlite3.DatabaseError):
            check_whole(db)
    rerun = start_ingest(path, db, "--workers", workers, "--quiet")
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 1, stderr  # the archive's bad records
    assert b"Traceback" not in stderr
    check_whole(db)
    assert snapshot(db) == expected


@kills
@pytest.mark.parametrize("seed", [0])  # with tests/test_batch.py's, two in make test
def test_ingest_killed_at_a_random_point_resumes_to_the_same_database(
    tmp_path: Path, ingest_reference: Any, seed: int
) -> None:
    kill_ingest_and_resume(tmp_path, ingest_reference, seed)


@kills
@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.parametrize("seed", range(2, 22))
def test_ingest_killed_at_random_points_slow(
    tmp_path: Path, ingest_reference: Any, seed: int
) -> None:
    kill_ingest_and_resume(tmp_path, ingest_reference, seed)


def crawl_snapshot(db: Path) -> dict[str, Any]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {
            "articles": conn.execute(
                "SELECT identity, text_hash, n_claims FROM articles ORDER BY identity"
            ).fetchall(),
            "claims": conn.execute(
                "SELECT a.identity, c.start_char, c.end_char, c.metric, c.value FROM claims c"
                " JOIN articles a ON a.id = c.article_id ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            "fetches": conn.execute("SELECT url, status FROM fetches ORDER BY url").fetchall(),
        }


@pytest.fixture(scope="module")
def crawl_site_and_reference(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Any:
    routes: dict[str, Any] = {f"/a/{i}": page(article_html(a)) for i, a in enumerate(ARTICLES)}
    routes["/sitemap.xml"] = sitemap(list(routes))
    site = Host("127.0.0.1", routes)
    reference = tmp_path_factory.mktemp("crawl-kill") / "reference.db"
    with Store(reference) as store:
        options = CrawlOptions(per_host_delay=0, limits=FAST)
        asyncio_run(crawl(Seeds(sitemaps=[site.url("/sitemap.xml")]), store, nlp=nlp,
                          options=options))  # fmt: skip
    yield site, crawl_snapshot(reference)
    site.stop()


def asyncio_run(coroutine: Any) -> Any:
    import asyncio

    return asyncio.run(coroutine)


def kill_crawl_and_resume(tmp_path: Path, site_and_reference: Any, seed: int) -> None:
    site, expected = site_and_reference
    rng = random.Random(seed)
    db = tmp_path / "crawl.db"
    command = [sys.executable, "-m", "extractor", "crawl", "--sitemap", site.url("/sitemap.xml"),
               "--db", str(db), "--per-host-delay", "0", "--quiet"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    time.sleep(rng.uniform(0.2, 6.0))
    process.kill()
    process.wait(timeout=30)
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert b"Traceback" not in rerun.stderr
    check_whole(db)
    assert crawl_snapshot(db) == expected


@kills
def test_crawl_killed_at_a_random_point_resumes_to_the_same_database(
    tmp_path: Path, crawl_site_and_reference: Any
) -> None:
    kill_crawl_and_resume(tmp_path, crawl_site_and_reference, 0)


@kills
@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.parametrize("seed", range(1, 21))
def test_crawl_killed_at_random_points_slow(
    tmp_path: Path, crawl_site_and_reference: Any, seed: int
) -> None:
    kill_crawl_and_resume(tmp_path, crawl_site_and_reference, seed)


# -- readers while an ingest writes --------------------------------------------------------

DOC_CLAIMS = (
    "SELECT a.doc_id, a.n_claims, COUNT(c.id) FROM articles a"
    " LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id"
)


@pytest.mark.fault("concurrent readers")
def test_query_and_serve_read_whole_documents_while_an_ingest_writes(
    tmp_path: Path, record_property: Any
) -> None:
    path = pages_archive(tmp_path, rounds=1)
    db = tmp_path / "claims.db"
    with Store(db):
        pass  # created and migrated, so that the readers can start at once
    port = free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "extractor", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stderr=subprocess.PIPE,
    )  # fmt: skip
    problems: list[str] = []
    reads = Counter[str]()
    sizes: set[int] = set()  # the numbers of documents the direct reader saw
    stop = threading.Event()

    def read_directly() -> None:  # as `tradeclaims query` does, many times a second
        while not stop.wait(0.01):
            try:
                with Store(db) as store:
                    rows = store._db.execute(DOC_CLAIMS).fetchall()
                    problems.extend(f"direct: {r}" for r in rows if r[1] != r[2])
                    sizes.add(len(rows))
                reads["direct"] += 1
            except Exception as exc:
                problems.append(f"direct: {exc}")

    def read_served() -> None:
        url = f"http://127.0.0.1:{port}/claims.json"
        while not stop.wait(0.02):
            try:
                reply = httpx.get(url, params={"sql": DOC_CLAIMS, "_shape": "array"}, timeout=10)
            except httpx.TransportError:
                time.sleep(0.1)  # not listening yet
                continue
            if reply.status_code != 200:
                problems.append(f"serve: HTTP {reply.status_code} {reply.text[:200]}")
                continue
            rows = reply.json()
            problems.extend(f"serve: {r}" for r in rows if r["n_claims"] != r["COUNT(c.id)"])
            reads["serve"] += 1

    threads = [threading.Thread(target=f) for f in (read_directly, read_served)]
    for thread in threads:
        thread.start()
    ingest = start_ingest(path, db, "--workers", "1", "--quiet")
    seen: dict[str, int] = {}
    try:
        while ingest.poll() is None and reads["query"] < 3:
            query = subprocess.run(
                [sys.executable, "-m", "extractor", "query", "--db", str(db), "--format", "jsonl"],
                cwd=ROOT, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            if query.returncode != 0 or "locked" in query.stderr:
                problems.append(f"query: {query.stderr.strip()}")
            for doc, count in Counter(
                json.loads(line)["doc_id"] for line in query.stdout.splitlines()
            ).items():
                seen[doc] = max(seen.get(doc, 0), count)
            reads["query"] += 1
        ingest.wait(timeout=300)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        serve.terminate()
        serve.wait(timeout=10)
    record_property("cases", sum(reads.values()))
    assert ingest.returncode == 1  # the bad records of the archive
    assert problems == []
    assert reads["direct"] > 10 and reads["serve"] > 3 and reads["query"] >= 1, reads
    assert len(sizes) >= 2  # the store was read as it grew, not only once it was done
    with contextlib.closing(sqlite3.connect(db)) as conn:
        final = dict(conn.execute("SELECT doc_id, n_claims FROM articles").fetchall())
    assert all(final[doc] == count for doc, count in seen.items())


# -- a crawl of many pages, 5% of the responses failing -------------------------------------


class FlakyPages:
    """Routes answering 5% of requests with a 503, a reset or silence (a timeout), 1% of
    pages always with a 503; counts the pages each path was served in full."""

    def __init__(self, count: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.served = Counter[str]()
        self.always_down = {f"/p/{n}" for n in range(count) if n % 100 == 37}

    def __call__(self, request: Any) -> Reply:
        path = request.path
        with self.lock:
            roll = self.rng.random()
        if path in self.always_down:
            return Reply(503, b"down")
        if roll < 0.02:
            return Reply(503, b"busy")
        if roll < 0.035:
            return Reply(reset=True)
        if roll < 0.05:
            return Reply(body=b"", delay=0.8)
        n = int(path.rsplit("/", 1)[1])
        with self.lock:
            self.served[path] += 1
        text = (
            f"<html><head><title>Item {n}</title></head><body><article><p>Exports of item {n}"
            f" rose {n % 89 + 1}% in 2024 to ${n + 1} million, officials said.</p></article>"
            "</body></html>"
        )
        return page(text)


def crawl_under_load(tmp_path: Path, nlp: Any, count: int) -> None:
    flaky = FlakyPages(count, seed=count)
    hosts = [Host(f"127.0.0.{h + 1}") for h in range(4)]
    try:
        urls = []
        for n in range(count):
            site = hosts[n % 4]
            site.routes[f"/p/{n}"] = flaky
            site.routes["/robots.txt"] = robots("User-agent: *\nAllow: /\n")
            urls.append(site.url(f"/p/{n}"))
        limits = FetchLimits(connect_timeout=1, read_timeout=0.4, deadline=2, backoff=0.01,
                             max_attempts=3)  # fmt: skip
        db = tmp_path / "load.db"
        with Store(db) as store:
            options = CrawlOptions(per_host_delay=0, limits=limits, concurrency=8)
            summary = asyncio_run(crawl(Seeds(pages=urls), store, nlp=nlp, options=options))
    finally:
        for site in hosts:
            site.stop()
    records = fetches(db)
    assert set(records) == set(urls)  # none lost
    statuses = Counter(r["status"] for r in records.values())
    assert set(statuses) <= {"fetched", "failed"}
    failed = {u for u, r in records.items() if r["status"] == "failed"}
    assert all(records[u]["error"] for u in failed)
    down = {u for u in urls if "/p/" + u.rsplit("/", 1)[1] in flaky.always_down}
    assert down <= failed and len(failed) <= len(down) + count // 100
    articles = [row["url"] for row in stored(db)]
    assert len(articles) == len(set(articles)) == statuses["fetched"]  # none twice
    assert set(articles) == set(urls) - failed
    assert max(flaky.served.values()) == 1  # no page served in full twice
    assert summary.pages["fetched"] + summary.pages["failed"] == count
    check_whole(db)


@pytest.mark.fault("crawl load (pages)")
def test_crawl_of_200_pages_with_5_percent_failing(
    tmp_path: Path, nlp: Any, record_property: Any
) -> None:
    record_property("cases", 200)
    crawl_under_load(tmp_path, nlp, 200)


@pytest.mark.fault("crawl load (pages)")
@pytest.mark.slow
@pytest.mark.heavy
def test_crawl_of_2000_pages_with_5_percent_failing(
    tmp_path: Path, nlp: Any, record_property: Any
) -> None:
    record_property("cases", 2000)
    crawl_under_load(tmp_path, nlp, 2000)
