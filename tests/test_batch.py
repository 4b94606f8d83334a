"""Batch ingest of news archives: WARC, JSONL and gzip readers, bad records, the store's
error and ingest history, resume after kill -9, and worker processes."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib
from datetime import date
from pathlib import Path

import pytest

from extractor.archives import InputFailure, Page, read_documents, read_inputs
from extractor.errors import InputError
from extractor.models import Article
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
