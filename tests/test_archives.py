"""Reading inputs: text and HTML files, directories, JSONL archives, stdin."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from extractor.archives import InputFailure, decode_bytes, parse_date, read_inputs
from extractor.errors import InputError
from extractor.models import Article, load_schema

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGE = (
    "<!DOCTYPE html><html><head><title>Steel | News</title>"
    '<meta property="article:published_time" content="2024-03-05T08:30:00Z"></head>'
    "<body><nav><a href='/'>Home</a> <a href='/m'>Markets</a></nav>"
    "<article><h1>Steel exports rise</h1>"
    "<p>Steel exports from Freedonia rose 8% in January to 2.1 million tonnes, the ministry "
    "said, led by shipments of flat products to neighbouring markets.</p>"
    "<p>Imports of iron ore fell 4% over the same month as mills cut output ahead of the "
    "spring maintenance season, according to customs data.</p></article>"
    "<footer>Copyright Example News</footer></body></html>"
)


def read_all(paths: list[str], **options: object) -> list[Article | InputFailure]:
    return list(read_inputs(paths, **options))  # type: ignore[arg-type]


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def only_article(items: list[Article | InputFailure]) -> Article:
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


# -- decoding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("café €5\n".encode(), "café €5\n"),
        (codecs.BOM_UTF8 + "café".encode(), "café"),
        ("café €5".encode("utf-16"), "café €5"),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café"),
        (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café"),
        (b"caf\xe9", "café"),
        (b"\x80 12 million", "€ 12 million"),
        (b"\x93quoted\x94 caf\xe9", "\u201cquoted\u201d café"),
        (b"undefined \x81 byte", "undefined \x81 byte"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        (b"", ""),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be", "cp1252-e-acute",
         "cp1252-euro", "cp1252-quotes", "cp1252-undefined", "newlines", "empty"],
)  # fmt: skip
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Exports rose 5%.\r\nImports fell.", "Exports rose 5%.\nImports fell."),
        (codecs.BOM_UTF8 + b"Exports rose.", "Exports rose."),
        ("Exports to Zürich rose.".encode("utf-16"), "Exports to Zürich rose."),
        (b"Caf\xe9 sales rose \x80 5 million.", "Café sales rose € 5 million."),
    ],
    ids=["utf8-crlf", "utf8-bom", "utf16-bom", "cp1252"],
)
def test_text_file_is_read_in_any_encoding(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path / "story.txt", data)
    article = only_article(read_all([path]))
    assert article.text == expected
    assert article.id == path
    assert article.published is None


# -- whole-input errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image signature"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image signature"),
        (b"GIF89a\x01\x00", "GIF image signature"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document signature"),
        (b"PK\x03\x04\x14\x00", "ZIP archive signature"),
        (gzip.compress(b"Exports rose."), "gzip archive signature"),
        (bz2.compress(b"Exports rose."), "bzip2 archive signature"),
        (b"\xfd7zXZ\x00\x00", "xz archive signature"),
        (b"7z\xbc\xaf\x27\x1c\x00", "7z archive signature"),
        (b"\x7fELF\x02\x01\x01", "ELF executable signature"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database signature"),
        (b"Exports rose\x00\x00 5%", "NUL bytes in the first 8 KB"),
    ],
    ids=["png", "jpeg", "gif", "pdf", "zip", "gzip", "bzip2", "xz", "7z", "elf", "sqlite",
         "nul"],
)  # fmt: skip
def test_binary_file_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "story.txt", data)
    with pytest.raises(InputError) as caught:
        read_inputs([path])  # raised at the call, before anything is read
    assert str(caught.value) == f"{path}: not a text file ({reason})"


def test_text_that_starts_like_a_signature_is_still_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "BZhang said exports rose. GIF was not involved.")
    assert only_article(read_all([path])).text.startswith("BZhang said")


def test_missing_path_is_an_error() -> None:
    with pytest.raises(InputError, match=r"^no such file or directory: x\.txt$"):
        read_inputs(["x.txt"])


def test_error_in_a_later_input_is_raised_before_the_first_is_read(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Exports rose.")
    with pytest.raises(InputError, match="no such file or directory: gone.txt"):
        read_inputs([good, "gone.txt"])


@pytest.mark.parametrize("name", ["report.pdf", "notes.md", "README"])
def test_unsupported_suffix_given_explicitly_is_an_error(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, "Exports rose.")
    suffix = Path(name).suffix or "(none)"
    expected = (
        f"{path}: unsupported file type {suffix}"
        " (expected .htm, .html, .jsonl, .text, .txt, .warc, each also .gz)"
    )
    with pytest.raises(InputError) as caught:
        read_inputs([path])
    assert str(caught.value) == expected


# -- directories -------------------------------------------------------------------------


def test_directory_is_read_recursively_in_path_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Story b.")
    write(root / "a" / "z.text", "Story a/z.")
    write(root / "a" / "page.HTML", PAGE)
    write(root / "c" / "d" / "e.txt", "Story c/d/e.")
    write(root / "archive.jsonl", '{"id": "arc-1", "text": "Archived story."}\n')
    write(root / "notes.md", "Ignored: unsupported suffix.")
    write(root / "image.png", b"\x89PNG\r\n\x1a\n")
    write(root / ".hidden" / "x.txt", "Ignored: hidden folder.")
    items = read_all([str(root) + "/"])
    assert [item.id for item in items if isinstance(item, Article)] == [
        f"{root}/a/page.HTML",
        f"{root}/a/z.text",
        "arc-1",
        f"{root}/b.txt",
        f"{root}/c/d/e.txt",
    ]
    assert all(isinstance(item, Article) for item in items)
    assert items[0].text.startswith("Steel exports rise\n\nSteel exports from Freedonia")  # type: ignore[union-attr]


def test_binary_file_in_a_directory_is_a_failure_not_an_error(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", gzip.compress(b"compressed"))
    write(tmp_path / "b.txt", "Exports rose.")
    write(tmp_path / "c.txt", "   \n")
    items = read_all([str(tmp_path)])
    assert items[0] == InputFailure(
        f"{tmp_path}/a.txt", "not a text file (gzip archive signature)", input=f"{tmp_path}/a.txt"
    )
    assert isinstance(items[1], Article) and items[1].text == "Exports rose."
    assert isinstance(items[2], Article) and items[2].text.strip() == ""


# -- JSONL archives -----------------------------------------------------------------------

ARCHIVE_LINES = [
    '{"id": "r/1", "published": "1987-03-02", "text": "Exports rose 5%."}',
    "",
    '{"id": "r/2", "text": "Imports fell." "published": null}',
    '["r/3", "text"]',
    '{"text": "No id here."}',
    '{"id": "r/5", "title": "Headline only"}',
    '{"id": "r/6", "text": 42}',
    '{"id": "r/7", "text": "Dated badly.", "published": "March 1987"}',
    '{"id": "r/8", "text": "Impossible date.", "published": "1987-02-30"}',
    '{"id": "", "text": "Empty id."}',
    '{"id": 9, "text": "Numeric id."}',
    '{"id": "r/10", "text": "Full datetime.", "published": "1987-03-02T23:30:00-05:00"}',
    "   ",
    '{"id": "r/12", "text": "", "url": "https://news.example/12"}',
    '{"id": "r/13", "text": "Last line, no newline.", "source": "reuters"}',
]
EXPECTED_FAILURES = {
    3: "not valid JSON (Expecting ',' delimiter)",
    4: "not a JSON object (got array)",
    5: "missing 'id'",
    6: "neither 'text' nor 'html'",
    7: "text: expected string, got number",
    8: "published: 'March 1987' is not a date (expected YYYY-MM-DD)",
    9: "published: '1987-02-30' is not a date (expected YYYY-MM-DD)",
    10: "id: empty",
    11: "id: expected string, got number",
}


def test_archive_bad_lines_are_failures_with_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n".join(ARCHIVE_LINES))
    items = read_all([path])
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert failures == [
        InputFailure(f"{path}:{lineno}", reason, input=path, line=lineno)
        for lineno, reason in EXPECTED_FAILURES.items()
    ]
    articles = [item for item in items if isinstance(item, Article)]
    assert [(a.id, a.published) for a in articles] == [
        ("r/1", date(1987, 3, 2)),
        ("r/10", date(1987, 3, 2)),
        ("r/12", None),
        ("r/13", None),
    ]
    assert articles[2].text == ""
    assert articles[3].text == "Last line, no newline."
    assert articles[3].source == "reuters"


def test_inputs_are_read_as_they_are_asked_for(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", "First.")
    second = write(tmp_path / "b.txt", "Second, as written at the call.")
    stream = read_inputs([first, second])
    assert isinstance(stream, Iterator)
    assert next(stream).text == "First."  # type: ignore[union-attr]
    Path(second).write_text("Second, as rewritten later.")
    assert next(stream).text == "Second, as rewritten later."  # type: ignore[union-attr]


def test_archive_in_utf16_and_crlf(tmp_path: Path) -> None:
    lines = ['{"id": "z", "text": "Zürich exports\\nrose."}', '{"id": "y", "text": "Two."}']
    path = write(tmp_path / "a.jsonl", "\r\n".join(lines).encode("utf-16"))
    items = read_all([path])
    assert [(item.id, item.text) for item in items] == [  # type: ignore[union-attr]
        ("z", "Zürich exports\nrose."),
        ("y", "Two."),
    ]


def test_archive_line_in_cp1252_is_decoded(tmp_path: Path) -> None:
    good = '{"id": "u", "text": "caf\u00e9"}\n'.encode()
    legacy = b'{"id": "c", "text": "caf\xe9 \x80"}\n'
    path = write(tmp_path / "a.jsonl", codecs.BOM_UTF8 + good + legacy)
    assert [item.text for item in read_all([path])] == ["café", "café €"]  # type: ignore[union-attr]


def test_archive_html_record_is_extracted(tmp_path: Path) -> None:
    record = {"id": "h1", "url": "https://news.example/steel", "html": PAGE}
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    article = only_article(read_all([path], published=date(2000, 1, 1)))
    assert article.url == "https://news.example/steel"
    assert article.title == "Steel exports rise"
    assert article.published == date(2024, 3, 5)  # the page's own date beats the argument
    assert "Home" not in article.text and "Copyright" not in article.text


def test_archive_with_text_and_html_prefers_text(tmp_path: Path) -> None:
    record = {"id": "t", "title": "T", "text": "Given text.", "html": PAGE}
    path = write(tmp_path / "a.jsonl", json.dumps(record))
    article = only_article(read_all([path]))
    assert (article.text, article.title) == ("Given text.", "T")


def test_article_schema_is_valid_2020_12() -> None:
    schema = load_schema("article")
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


# -- published precedence -----------------------------------------------------------------

GIVEN = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("story.txt", "Exports rose.", GIVEN),
        ("page.html", PAGE, date(2024, 3, 5)),
        ("page.htm", PAGE.replace("2024-03-05T08:30:00Z", ""), GIVEN),
        ("a.jsonl", '{"id": "1", "published": "1987-03-02", "text": "T."}', date(1987, 3, 2)),
        ("b.jsonl", '{"id": "1", "published": null, "text": "T."}', GIVEN),
        ("c.jsonl", '{"id": "1", "text": "T."}', GIVEN),
        ("d.jsonl", json.dumps({"id": "1", "published": "1999-09-09", "html": PAGE}),
         date(1999, 9, 9)),
    ],
    ids=["text", "html-meta", "html-no-date", "archive-date", "archive-null", "archive-absent",
         "archive-date-beats-page"],
)  # fmt: skip
def test_published_argument_applies_only_where_the_document_has_none(
    tmp_path: Path, name: str, data: str, expected: date
) -> None:
    path = write(tmp_path / name, data)
    assert only_article(read_all([path], published=GIVEN)).published == expected


# -- stdin --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stream", "text"),
    [
        (io.StringIO("Exports rose 5%.\r\n"), "Exports rose 5%.\n"),
        (io.BytesIO(b"\xef\xbb\xbfExports rose 5%."), "Exports rose 5%."),
        (io.BytesIO(b"Caf\xe9 exports \x80 5 million."), "Café exports € 5 million."),
        (io.BytesIO(PAGE.encode()), None),
        (io.StringIO(PAGE), None),
    ],
    ids=["text-str", "utf8-bom-bytes", "cp1252-bytes", "html-bytes", "html-str"],
)
def test_stdin_text_or_html_by_content(stream: io.IOBase, text: str | None) -> None:
    article = only_article(read_all(["-"], stdin=stream, published=GIVEN))
    assert article.id == "<stdin>"
    if text is None:  # HTML: main text extracted, the page's date kept
        assert article.text.startswith("Steel exports rise\n\nSteel exports from Freedonia")
        assert article.published == date(2024, 3, 5)
    else:
        assert (article.text, article.published) == (text, GIVEN)


def test_binary_stdin_is_an_error() -> None:
    with pytest.raises(InputError, match=r"^<stdin>: not a text file \(PNG image signature\)$"):
        read_all(["-"], stdin=io.BytesIO(b"\x89PNG\r\n\x1a\n"))


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-15", date(2026, 1, 15)),
        (" 1987-03-02 ", date(1987, 3, 2)),
        ("2024-03-05T08:30:00Z", date(2024, 3, 5)),
        ("2024-03-05 23:30:00+05:00", date(2024, 3, 5)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["xyz", "2024-02-30", "15/01/2026", "2024-3", ""])
def test_parse_date_refuses_non_dates(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text)
    assert str(caught.value) == f"--published: {text!r} is not a date (expected YYYY-MM-DD)"


# -- the shared dev archive ---------------------------------------------------------------


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
def test_dev_archive_reads_24_articles() -> None:
    path = SHARED / "gold" / "dev_archive.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    articles = [item for item in read_all([str(path)]) if isinstance(item, Article)]
    assert [article.id for article in articles] == [record["id"] for record in records]
    assert len(articles) == 24
    assert (articles[0].id, articles[-1].id) == ("bbc_business/261", "reuters_trade/8747")
    assert sum(article.id.startswith("reuters_trade/") for article in articles) == 12
    assert [article.text for article in articles] == [record["text"] for record in records]
