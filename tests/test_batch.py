"""Batch ingest of news archives: WARC, JSONL and gzip readers, bad records, the store's
error and ingest history, resume after kill -9, and worker processes."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from sqlite_utils import Database

from extractor.archives import InputFailure, Page, read_documents, read_inputs
from extractor.errors import InputError
from extractor.models import Article
from extractor.nlp.pipeline import UNUSED_COMPONENTS, build_pipeline, extract_claims, model_name
from extractor.store import _MIGRATIONS, SCHEMA_VERSION, Store
from tests.archive_data import (
    JSONL_DEFECTS,
    JSONL_GZ_DEFECTS,
    PLAIN_WARC_DEFECTS,
    WARC_DEFECTS,
    NewsDoc,
    corpus_docs,
    news_docs,
    write_jsonl,
    write_warc,
)
from tests.conftest import CORPUS, ROOT, Result

Cli = Callable[..., Result]

Item = Article | Page | InputFailure


def split(items: list[Item]) -> tuple[list[Article | Page], list[InputFailure]]:
    docs = [item for item in items if not isinstance(item, InputFailure)]
    return docs, [item for item in items if isinstance(item, InputFailure)]


def build(tmp_path: Path, name: str, corrupt: bool = True) -> tuple[Path, int]:
    path = tmp_path / name
    writer = write_warc if ".warc" in name else write_jsonl
    return path, writer(path, corpus_docs(), corrupt=corrupt)


# -- readers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "defects", "where"),
    [
        ("news.warc.gz", WARC_DEFECTS, "offset"),
        ("news.warc", PLAIN_WARC_DEFECTS, "offset"),
        ("news.jsonl", JSONL_DEFECTS, "line"),
        ("news.jsonl.gz", JSONL_GZ_DEFECTS, "line"),
    ],
)
def test_archive_with_bad_records_gives_every_good_document_and_each_failure(
    tmp_path: Path, name: str, defects: tuple[str, ...], where: str
) -> None:
    path, expected = build(tmp_path, name)
    docs, failures = split(list(read_documents([str(path)])))
    assert len(docs) == expected
    assert tuple(f.reason for f in failures) == defects
    for failure in failures:
        assert failure.input == str(path)
        position = failure.offset if where == "offset" else failure.line
        assert position is not None
        assert failure.source == f"{path}{'@' if where == 'offset' else ':'}{position}"


def test_warc_offsets_are_where_the_records_start(tmp_path: Path) -> None:
    path, _ = build(tmp_path, "news.warc")
    data = path.read_bytes()
    _, failures = split(list(read_documents([str(path)])))
    for failure in failures:
        assert failure.offset is not None and data[failure.offset :].startswith(b"WARC/1.0\r\n")


def test_warc_gz_offsets_are_gzip_member_starts(tmp_path: Path) -> None:
    path, _ = build(tmp_path, "news.warc.gz")
    data = path.read_bytes()
    _, failures = split(list(read_documents([str(path)])))
    for failure in failures:
        assert failure.offset is not None and data[failure.offset :].startswith(b"\x1f\x8b\x08")
    png = failures[0].offset
    assert png is not None
    assert b"Content-Type: image/png" in zlib.decompressobj(wbits=31).decompress(data[png:])


def test_warc_response_is_a_page_of_its_target_uri_dated_by_the_page(tmp_path: Path) -> None:
    path, _ = build(tmp_path, "news.warc.gz", corrupt=False)
    pages = [item for item in read_documents([str(path)]) if isinstance(item, Page)]
    first = corpus_docs()[0]
    assert (pages[0].id, pages[0].url) == (first.url, first.url)
    article = pages[0].article()
    assert article.url == first.url and article.title == first.title
    assert article.published == date.fromisoformat(first.published or "")
    assert article.text.startswith(first.title + "\n\n" + first.paragraphs[0])
    assert "Copyright" not in article.text and "Markets" not in article.text


def test_warc_date_dates_a_page_without_a_date_and_published_beats_it(tmp_path: Path) -> None:
    undated = NewsDoc("https://news.example/u", "Steel", ("Steel exports rose 4% last year.",))
    path = tmp_path / "u.warc"
    write_warc(path, [undated])
    [page] = [item for item in read_inputs([str(path)]) if isinstance(item, Article)]
    assert page.published == date(2025, 6, 1)  # WARC-Date
    [given] = list(read_inputs([str(path)], published=date(2024, 1, 2)))
    assert isinstance(given, Article) and given.published == date(2024, 1, 2)


def test_stdin_takes_a_warc_gz_or_jsonl_stream(tmp_path: Path) -> None:
    warc, count = build(tmp_path, "a.warc.gz")
    docs, failures = split(list(read_documents(["-"], stdin=io.BytesIO(warc.read_bytes()))))
    assert len(docs) == count and tuple(f.reason for f in failures) == WARC_DEFECTS
    assert failures[0].source.startswith("<stdin>@")
    jsonl, count = build(tmp_path, "a.jsonl.gz")
    docs, failures = split(list(read_documents(["-"], stdin=io.BytesIO(jsonl.read_bytes()))))
    assert len(docs) == count and tuple(f.reason for f in failures) == JSONL_GZ_DEFECTS


def test_directory_reads_gzipped_texts_pages_and_archives(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt.gz").write_bytes(gzip.compress(b"Exports rose 5% in 2024."))
    (root / "sub" / "b.html.gz").write_bytes(gzip.compress(corpus_docs()[0].html().encode()))
    (root / "sub" / "c.htm").write_text(corpus_docs()[1].html())
    (root / "cut.txt.gz").write_bytes(gzip.compress(b"Imports fell." * 200)[:40])
    write_warc(root / "sub" / "d.warc.gz", corpus_docs()[:2])
    docs, failures = split(list(read_documents([str(root)])))
    assert [type(d).__name__ for d in docs] == ["Article", "Page", "Page", "Page", "Page"]
    assert docs[0].id == f"{root}/a.txt.gz" and isinstance(docs[0], Article)
    assert docs[0].text == "Exports rose 5% in 2024."
    assert failures == [
        InputFailure(
            f"{root}/cut.txt.gz",
            "truncated gzip (the compressed data ends early)",
            input=f"{root}/cut.txt.gz",
        )
    ]


def test_warc_content_is_recognised_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "CC-NEWS-20250601120000-00001"
    write_warc(path.with_suffix(".warc.gz"), corpus_docs()[:3])
    path.with_suffix(".warc.gz").rename(path)
    assert len(list(read_documents([str(path)]))) == 3


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "records.txt"
    write_jsonl(path.with_suffix(".jsonl"), corpus_docs()[:2])
    path.with_suffix(".jsonl").rename(path)
    assert len(list(read_documents([str(path)], input_format="jsonl"))) == 2
    with pytest.raises(InputError, match="not a WARC file"):
        read_documents([str(path)], input_format="warc")
    with pytest.raises(InputError, match="--input-format: 'xml' is not one of"):
        read_documents([str(path)], input_format="xml")


def test_non_gzip_file_named_gz_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    path.write_bytes(b"WARC/1.0\r\n")
    with pytest.raises(InputError, match=r"a\.warc\.gz: not a readable gzip file"):
        read_documents([str(path)])


def test_warc_reader_memory_does_not_grow_with_the_archive(tmp_path: Path) -> None:
    peaks = []
    for megabytes in (1, 4):
        path = tmp_path / f"{megabytes}.warc.gz"
        write_warc(path, corpus_docs(), min_bytes=megabytes * 2**20)
        tracemalloc.start()
        count = sum(1 for _ in read_documents([str(path)]))
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert count > 100 * megabytes
    assert peaks[1] < 1.5 * peaks[0] and peaks[1] < 4 * 2**20, peaks


def test_shared_news_texts_make_a_warc(tmp_path: Path, shared: Path) -> None:
    docs = news_docs(shared / "news", limit=30)
    path = tmp_path / "news.warc.gz"
    assert write_warc(path, docs, corrupt=True) == 30
    pages, failures = split(list(read_documents([str(path)])))
    assert len(pages) == 30 and tuple(f.reason for f in failures) == WARC_DEFECTS


# -- the store: failures with their place, the ingest history ------------------------------


def test_v2_file_migrates_to_the_latest_keeping_its_failures(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    db = Database(path)
    for step in (1, 2):
        _MIGRATIONS[step](db)
    db.execute("INSERT INTO failures (source, reason, recorded_at) VALUES ('a:1', 'bad', 'x')")
    db.execute("PRAGMA user_version = 2")
    db.conn.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        assert store.stats()["failures"] == 1 and store.ingests() == []
        store.record_failure("a.warc@10", "truncated gzip member", input="a.warc", offset=10)
        store.record_failure("a.warc@10", "truncated gzip member", input="a.warc", offset=10)
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT source, input, line, offset FROM failures").fetchall()
    assert rows == [("a:1", None, None, None), ("a.warc@10", "a.warc", None, 10)]


# -- ingest end to end -------------------------------------------------------------------

CLAIM_COLUMNS = (
    "a.identity, c.doc_id, c.start_char, c.end_char, c.kind, c.value, c.unit, c.direction,"
    " c.metric, c.reporter, c.partner, c.sector, c.period, c.evidence"
)


def snapshot(db: Path) -> dict[str, Any]:
    """What an ingest leaves in the store, without row ids and times."""
    with sqlite3.connect(db) as conn:
        return {
            "articles": conn.execute(
                "SELECT identity, doc_id, url, title, published, text_hash, n_claims"
                " FROM articles ORDER BY identity"
            ).fetchall(),
            "claims": conn.execute(
                f"SELECT {CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id"
                " ORDER BY a.identity, c.start_char, c.end_char, c.metric"
            ).fetchall(),
            "failures": conn.execute(
                "SELECT source, reason, input, line, offset FROM failures ORDER BY source"
            ).fetchall(),
        }


def check_whole(db: Path) -> None:
    """The file is sound and every document has exactly the claims it says it has."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        partial = conn.execute(
            "SELECT a.identity FROM articles a LEFT JOIN claims c ON c.article_id = a.id"
            " GROUP BY a.id HAVING COUNT(c.id) != a.n_claims"
        ).fetchall()
    assert partial == []


def test_ingest_of_a_warc_stores_pages_records_bad_records_and_exits_1(
    cli: Cli, tmp_path: Path
) -> None:
    path, count = build(tmp_path, "news.warc.gz")
    db = tmp_path / "claims.db"
    result = cli("ingest", str(path), "--db", str(db), "--workers", "1")
    assert result.exit_code == 1
    assert f"{count} inserted" in result.stderr and "5 failed" in result.stderr
    stored = snapshot(db)
    assert len(stored["articles"]) == count
    assert sorted(row[1] for row in stored["failures"]) == sorted(WARC_DEFECTS)
    assert all(row[2] == str(path) and row[4] is not None for row in stored["failures"])
    check_whole(db)
    again = cli("ingest", str(path), "--db", str(db), "--workers", "1")
    assert f"0 inserted, 0 replaced, {count} unchanged" in again.stderr
    assert snapshot(db) == stored
    history = json.loads(cli("stats", "--db", str(db), "--format", "json").stdout)["ingests"]
    assert [(h["status"], h["inserted"], h["unchanged"], h["failed"]) for h in history] == [
        ("completed", 0, count, 5),
        ("completed", count, 0, 5),
    ]


def test_ingest_of_a_clean_archive_exits_0(cli: Cli, tmp_path: Path) -> None:
    path, count = build(tmp_path, "news.jsonl.gz", corrupt=False)
    result = cli("ingest", str(path), "--db", str(tmp_path / "c.db"), "--quiet")
    assert result.exit_code == 0, result.stderr
    claims = len(snapshot(tmp_path / "c.db")["claims"])
    assert claims > count  # the corpus states several figures per article
    assert result.stderr.strip() == (
        f"ingested into {tmp_path / 'c.db'}: {count} inserted, 0 replaced, 0 unchanged,"
        f" {claims} claims, 0 failed"
    )


def test_two_workers_store_the_same_claims_as_one(cli: Cli, tmp_path: Path) -> None:
    path, _ = build(tmp_path, "news.warc.gz")
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert cli("ingest", str(path), "--db", str(one), "--workers", "1").exit_code == 1
    assert cli("ingest", str(path), "--db", str(two), "--workers", "2").exit_code == 1
    assert snapshot(one) == snapshot(two)
    extracted = cli("extract", str(path), "--format", "jsonl").stdout.splitlines()
    assert len(snapshot(two)["claims"]) == len(extracted)


BIG = 320  # documents: more than two commits' worth (COMMIT_DOCUMENTS), so a kill lands mid-way


def big_archive(tmp_path: Path, size: int = BIG) -> Path:
    """``size`` corpus pages under distinct URLs, with the bad records: a run of several
    seconds, longer than the first commit however fast the machine."""
    path = tmp_path / "big.warc.gz"
    docs = corpus_docs()
    copies = -(-size // len(docs))
    pages = [d.renamed(f"?n={n}") for n in range(copies) for d in docs][:size]
    write_warc(path, pages, corrupt=True)
    return path


def start_ingest(path: Path, db: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "extractor", "ingest", str(path), "--db", str(db), *extra]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    )


def interruptible() -> None:
    """In the child: Ctrl-C as a user's shell gives it, whatever this test process inherited
    or some library of the run set (a signal ignored or blocked is inherited across exec)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def wait_for_articles(db: Path, process: subprocess.Popen[bytes], at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            with contextlib.suppress(sqlite3.Error), sqlite3.connect(db) as conn:
                count = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                if count >= at_least:
                    return int(count)
        time.sleep(0.05)
    raise AssertionError("the ingest ended (or stalled) before it could be interrupted")


def wait_until_no_process_runs(argument: str) -> None:
    """Forked workers share their parent's command line: none may outlive it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        alive = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            with contextlib.suppress(OSError):
                if argument.encode() in cmdline.read_bytes().split(b"\0"):
                    alive.append(cmdline.parent.name)
        if not alive:
            return
        time.sleep(0.1)
    raise AssertionError(f"processes outlived the killed ingest: {alive}")


def test_ingest_killed_mid_way_resumes_to_the_same_database(cli: Cli, tmp_path: Path) -> None:
    path = big_archive(tmp_path)
    reference = tmp_path / "reference.db"
    assert cli("ingest", str(path), "--db", str(reference), "--workers", "1").exit_code == 1
    expected = snapshot(reference)
    assert len(expected["articles"]) == BIG

    db = tmp_path / "resumed.db"
    process = start_ingest(path, db, "--workers", "2", "--quiet")
    stored = wait_for_articles(db, process, at_least=1)
    process.kill()  # kill -9: no clean-up of any kind
    process.wait()
    assert 0 < stored < BIG
    wait_until_no_process_runs(str(db))  # the workers die with their parent
    check_whole(db)
    rerun = start_ingest(path, db, "--workers", "2", "--quiet")
    _, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 1, stderr
    summary = stderr.decode().strip().splitlines()[-1]
    unchanged = int(summary.split(" replaced, ")[1].split(" unchanged")[0])
    assert unchanged >= stored  # what was stored was skipped, not extracted again
    assert snapshot(db) == expected
    check_whole(db)
    with sqlite3.connect(db) as conn:
        statuses = conn.execute("SELECT status FROM ingests ORDER BY id").fetchall()
    assert statuses == [("running",), ("completed",)]  # the killed run never finished


def test_ctrl_c_ends_the_ingest_cleanly_and_says_so(tmp_path: Path) -> None:
    path = big_archive(tmp_path, size=1200)  # seconds left after the first commit, when quiet
    db = tmp_path / "claims.db"
    process = start_ingest(path, db, "--workers", "2", "--quiet")
    wait_for_articles(db, process, at_least=1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().strip().splitlines()[-1] == "tradeclaims: error: interrupted"
    check_whole(db)
    with sqlite3.connect(db) as conn:
        status, finished = conn.execute("SELECT status, finished_at FROM ingests").fetchone()
    assert status == "interrupted" and finished is not None


def test_components_left_out_of_the_pipeline_change_no_claim(nlp: Any) -> None:
    """Tagger, attribute ruler and lemmatizer are not loaded: the claims are the same."""
    full = build_pipeline(spacy.load(model_name(), exclude=["ner"]))
    assert {"tagger", "lemmatizer"} <= set(full.pipe_names)
    assert not set(UNUSED_COMPONENTS) & set(nlp.pipe_names)
    articles = [item for item in read_inputs([str(CORPUS)]) if isinstance(item, Article)]

    def claims(pipeline: Any) -> list[dict[str, Any]]:
        pairs = extract_claims(articles, nlp=pipeline)
        return [claim.to_dict() for _, found in pairs for claim in found]

    assert claims(nlp) == claims(full)
