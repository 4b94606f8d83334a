"""Bad input files for `extract` and `ingest`: a clear message or a counted failure, never a
traceback or a hang, and a store that holds exactly the documents that went in (issue 11).

Every file is made here, in tmp_path: nothing large is committed.
"""

from __future__ import annotations

import codecs
import resource
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.archives import MAX_DOCUMENT_BYTES
from tests.conftest import Result

CLAIM_SENTENCE = "Chinese car exports to Russia fell 46% to $5bn in 2025.\n"


def png_bytes() -> bytes:
    """A real 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def zip_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "made.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("a.txt", CLAIM_SENTENCE)
    return target.read_bytes()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def nested_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + CLAIM_SENTENCE + "</div>" * depth + "</body></html>"


# name -> (file name, bytes, is it stored by ingest, claims expected at least)
def bad_files(tmp_path: Path) -> dict[str, tuple[str, bytes, bool, int]]:
    many = "".join(f"Exports rose {i % 90 + 1}.5% in 2024. " for i in range(10_000))
    return {
        "empty": ("empty.txt", b"", True, 0),
        "pdf": ("paper.txt", PDF, False, 0),
        "png": ("picture.txt", png_bytes(), False, 0),
        "zip": ("bundle.txt", zip_bytes(tmp_path), False, 0),
        "invalid-utf8": ("broken.txt", CLAIM_SENTENCE.encode() + b"\xff\xfe\xc3(\n", True, 1),
        "latin1": ("latin.txt", ("Café " + CLAIM_SENTENCE).encode("latin-1"), True, 1),
        "utf16-bom": (
            "wide.txt",
            codecs.BOM_UTF16_LE + CLAIM_SENTENCE.encode("utf-16-le"),
            True,
            1,
        ),
        "html-no-body": ("nobody.html", b"<html><head><title>T</title></head></html>", True, 0),
        "nested-html": ("deep.html", nested_html(100_000).encode(), True, 0),
        "only-numbers": ("numbers.txt", " ".join(str(i) for i in range(20_000)).encode(), True, 0),
        "ten-thousand-claims": ("many.txt", many.encode(), True, 10_000),
        # One line of 5 MB with no space in it: cut into pieces, nothing to find.
        "one-line-5mb": ("line.txt", b"x" * 5_000_000 + b" " + CLAIM_SENTENCE.encode(), True, 1),
    }


CASES = [
    "empty", "pdf", "png", "zip", "invalid-utf8", "latin1", "utf16-bom", "html-no-body",
    "nested-html", "only-numbers", "ten-thousand-claims", "one-line-5mb",
]  # fmt: skip


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert len(result.stderr.strip().splitlines()) <= 1, result.stderr


@pytest.mark.parametrize("case", CASES)
def test_extract_of_a_bad_file_gives_claims_or_one_line(
    cli: Callable[..., Result], tmp_path: Path, case: str
) -> None:
    name, data, readable, claims = bad_files(tmp_path)[case]
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("extract", str(path), "--format", "jsonl")
    no_traceback(result)
    if readable:
        assert result.exit_code == 0, result.stderr
        found = result.jsonl()
        assert len(found) >= claims
        if case == "one-line-5mb":
            # Offsets are the document's, past the 5 MB of the line's first pieces.
            assert found[0]["start_char"] > 5_000_000
            assert found[0]["quantity_text"] == "46%"
    else:
        assert result.exit_code == 1
        assert result.stderr.startswith(f"tradeclaims: error: {path}: not a text file")


def test_ten_thousand_claims_are_all_found(cli: Callable[..., Result], tmp_path: Path) -> None:
    name, data, _, _ = bad_files(tmp_path)["ten-thousand-claims"]
    path = tmp_path / name
    path.write_bytes(data)
    found = cli("extract", str(path), "--format", "jsonl").jsonl()
    assert len(found) == 10_000
    text = data.decode()
    assert all(text[c["start_char"] : c["end_char"]] == c["quantity_text"] for c in found)


def integrity(db: Path) -> tuple[str, int, int, list[str]]:
    with sqlite3.connect(db) as con:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        failed = [row[0] for row in con.execute("SELECT source FROM failures ORDER BY source")]
    return check, articles, claims, failed


def test_ingest_of_a_directory_of_bad_files_stores_exactly_the_good_ones(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = bad_files(tmp_path)
    for name, data, _, _ in files.values():
        (folder / name).write_bytes(data)
    db = tmp_path / "claims.db"
    result = cli("ingest", str(folder), "--db", str(db), "--quiet", "--workers", "1")
    assert "Traceback" not in result.stderr + result.stdout
    assert result.exit_code == 1  # some failed
    check, articles, claims, failed = integrity(db)
    assert check == "ok"
    bad = sorted(str(folder / name) for name, _, readable, _ in files.values() if not readable)
    assert failed == bad
    # The empty document and the page with no body have no text: stored with no claims.
    good = [(name, expected) for name, _, readable, expected in files.values() if readable]
    assert articles == len(good)
    assert claims >= sum(expected for _, expected in good)
    for path in bad:
        assert f"{path}: not a text file" in result.stderr


def test_a_document_over_the_size_limit_is_a_counted_failure(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(CLAIM_SENTENCE)
    with (folder / "huge.txt").open("wb") as out:
        out.write(CLAIM_SENTENCE.encode() * 200)  # text where the type is sniffed
        out.truncate(MAX_DOCUMENT_BYTES + 1)  # the rest sparse: no disk, no memory
    db = tmp_path / "claims.db"
    result = cli("ingest", str(folder), "--db", str(db), "--quiet")
    assert result.exit_code == 1
    check, articles, _, failed = integrity(db)
    assert (check, articles, failed) == ("ok", 1, [str(folder / "huge.txt")])
    single = cli("extract", str(folder / "huge.txt"))
    assert single.exit_code == 1
    assert single.stderr.strip().endswith(": larger than a document may be (20 MB)")
    assert "Traceback" not in single.stderr


@pytest.mark.slow
@pytest.mark.heavy
def test_a_200_mb_text_file_is_refused_in_bounded_memory(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A real 200 MB file of text (not sparse): refused by size, never read into memory."""
    path = tmp_path / "big.txt"
    line = CLAIM_SENTENCE.encode() * 1000
    with path.open("wb") as out:
        for _ in range(200 * 1024 * 1024 // len(line) + 1):
            out.write(line)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = cli("extract", str(path))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert result.exit_code == 1 and "larger than a document may be" in result.stderr
    assert (after - before) * 1024 < 50 * 1024 * 1024  # ru_maxrss is in KiB on Linux


@pytest.mark.slow
@pytest.mark.heavy
def test_a_six_megabyte_one_line_text_is_extracted_with_exact_offsets(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """The issue's case: one line of 6.2 MB ended in spaCy's E088."""
    sentence = "Chinese car exports to Russia fell 46% to $5bn in 2025, "
    text = sentence * (6_200_000 // len(sentence) + 1)
    path = tmp_path / "line.txt"
    path.write_text(text)
    result = cli("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    found = result.jsonl()
    assert len(found) >= text.count("46%")
    assert all(text[c["start_char"] : c["end_char"]] == c["quantity_text"] for c in found)
