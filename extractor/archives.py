"""Readers: turn command-line inputs into a stream of :class:`Article` objects.

An input is a plain text file (``.txt``, ``.text``), an HTML file (``.html``, ``.htm``),
a JSONL archive (``.jsonl``, one document a line, following
``schemas/article.schema.json``), a directory of those (recursive, sorted), or ``-``
for standard input (HTML or text, told apart by content).

A problem with a whole input (missing path, binary file, unsupported suffix) raises
:class:`InputError` before anything is read. A problem with one document inside an
input (a bad archive line, a binary file in a directory) is yielded as an
:class:`InputFailure` and the rest is still read.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal, NamedTuple, TextIO

from jsonschema import Draft202012Validator, ValidationError

from extractor.errors import InputError
from extractor.html import html_to_article, looks_like_html
from extractor.models import Article, load_schema

__all__ = ["InputFailure", "decode_bytes", "parse_date", "read_inputs"]

_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_ARCHIVE_SUFFIXES = frozenset({".jsonl"})
_SUFFIXES = _TEXT_SUFFIXES | _HTML_SUFFIXES | _ARCHIVE_SUFFIXES
_SUFFIX_LIST = ", ".join(sorted(_SUFFIXES))
_SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# "BZh" alone begins ordinary words; the block (or end-of-stream) magic makes it bzip2.
_BZIP2 = re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)")
_LATIN1_FALLBACK = "tradeclaims-latin1"

Kind = Literal["stdin", "directory", "text", "html", "archive"]


@dataclass(frozen=True)
class InputFailure:
    """One document that could not be read, e.g. ``corpus.jsonl:12``, ``not valid JSON``."""

    source: str
    reason: str


class _Input(NamedTuple):
    arg: str
    kind: Kind


class _Unreadable(Exception):
    """A file that cannot be read as text; the message is the reason, without the source."""


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; read them as Latin-1 rather than refuse the text.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def read_inputs(
    paths: Sequence[str],
    *,
    published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | InputFailure]:
    """Articles (and failures) from each input in turn, streamed.

    ``published`` applies to documents that carry no date of their own. Raises
    :class:`InputError` at once for a missing path, a binary file or an unsupported suffix.
    """
    inputs = [_check_input(arg) for arg in paths]
    return _read_all(inputs, published, stdin)


def decode_bytes(data: bytes) -> str:
    """Text from bytes in UTF-8 (BOM or not), UTF-16 with BOM, else cp1252; newlines as ``\\n``.

    >>> decode_bytes(b"caf\\xe9 \\x80 5\\r\\n")
    'café € 5\\n'
    """
    if data.startswith(_UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(codecs.BOM_UTF8):
        text = data.decode("utf-8-sig", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    return _normalise_newlines(text)


def parse_date(text: str, *, field: str = "--published") -> date:
    """An ISO date, or the date of an ISO datetime; ``field`` names the value in the error.

    >>> parse_date("2024-03-05"), parse_date("2024-03-05T23:10:00+01:00")
    (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    """
    try:
        return datetime.fromisoformat(text.strip()).date()
    except ValueError:
        raise InputError(f"{field}: {text!r} is not a date (expected YYYY-MM-DD)") from None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_input(arg: str) -> _Input:
    """The kind of one command-line input, or InputError when it cannot be read at all."""
    if arg == "-":
        return _Input(arg, "stdin")
    path = Path(arg)
    if path.is_dir():
        return _Input(arg, "directory")
    if not path.exists():
        raise InputError(f"no such file or directory: {arg}")
    kind = _file_kind(path)
    if kind is None:
        suffix = path.suffix or "(none)"
        raise InputError(f"{arg}: unsupported file type {suffix} (expected {_SUFFIX_LIST})")
    try:
        _check_text(_read_head(path))
    except _Unreadable as exc:
        raise InputError(f"{arg}: {exc}") from None
    return _Input(arg, kind)


def _file_kind(path: Path) -> Kind | None:
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "archive" if suffix in _ARCHIVE_SUFFIXES else None


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(_SNIFF_BYTES)
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None


def _check_text(head: bytes) -> None:
    """Raise _Unreadable when the first bytes of a file show it is not text."""
    if head.startswith(_UTF16_BOMS):
        return
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            raise _Unreadable(f"not a text file ({name} signature)")
    if _BZIP2.match(head):
        raise _Unreadable("not a text file (bzip2 archive signature)")
    if b"\x00" in head:
        raise _Unreadable("not a text file (NUL bytes in the first 8 KB)")


def _read_all(
    inputs: Iterable[_Input], published: date | None, stdin: TextIO | BinaryIO | None
) -> Iterator[Article | InputFailure]:
    for item in inputs:
        if item.kind == "stdin":
            yield _read_stdin(stdin if stdin is not None else sys.stdin, published)
        elif item.kind == "directory":
            yield from _read_directory(Path(item.arg), published)
        else:
            try:
                yield from _read_file(Path(item.arg), item.arg, item.kind, published)
            except _Unreadable as exc:
                raise InputError(f"{item.arg}: {exc}") from None


def _read_directory(root: Path, published: date | None) -> Iterator[Article | InputFailure]:
    for entry in _walk(root):
        if isinstance(entry, InputFailure):
            yield entry
            continue
        kind = _file_kind(entry)
        assert kind is not None
        try:
            yield from _read_file(entry, str(entry), kind, published)
        except _Unreadable as exc:
            yield InputFailure(str(entry), str(exc))


def _walk(directory: Path) -> Iterator[Path | InputFailure]:
    """Readable files under ``directory`` in path order, skipping hidden names."""
    try:
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield InputFailure(str(directory), f"cannot read ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Symlinked directories are skipped: they can loop.
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry)
        elif entry.is_file() and entry.suffix.lower() in _SUFFIXES:
            yield entry


def _read_file(
    path: Path, doc_id: str, kind: Kind, published: date | None
) -> Iterator[Article | InputFailure]:
    """The documents of one file; raises _Unreadable when the file is not text."""
    if kind == "archive":
        yield from _read_archive(path, doc_id, published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None
    _check_text(data[:_SNIFF_BYTES])
    if kind == "html":
        yield _html_article(decode_bytes(data), doc_id, None, None, published)
    else:
        yield _text_article(decode_bytes(data), doc_id, published)


def _read_stdin(stream: TextIO | BinaryIO, published: date | None) -> Article:
    # sys.stdin reads bytes through .buffer, so the encoding is detected like a file's.
    data = getattr(stream, "buffer", stream).read()
    if isinstance(data, bytes):
        try:
            _check_text(data[:_SNIFF_BYTES])
        except _Unreadable as exc:
            raise InputError(f"<stdin>: {exc}") from None
        text = decode_bytes(data)
    else:
        text = _normalise_newlines(data.removeprefix("\ufeff"))
    if looks_like_html(text):
        return _html_article(text, "<stdin>", None, None, published)
    return _text_article(text, "<stdin>", published)


def _text_article(text: str, doc_id: str, published: date | None, **fields: str | None) -> Article:
    # An empty document is a document with no claims, not a failure.
    return Article(id=doc_id, text=text, published=published, **fields)


def _html_article(
    html: str, doc_id: str, url: str | None, own_date: date | None, published: date | None
) -> Article:
    """The page's article; ``own_date`` beats the page's date, which beats ``published``."""
    article = html_to_article(html, doc_id=doc_id, url=url, published=own_date)
    if article.published is None and published is not None:
        article = replace(article, published=published)
    return article


def _read_archive(
    path: Path, name: str, published: date | None
) -> Iterator[Article | InputFailure]:
    """One Article or InputFailure per non-blank line of a JSONL archive."""
    for lineno, line in enumerate(_archive_lines(path), start=1):
        if line.strip():
            yield _record_article(line, f"{name}:{lineno}", published)


def _archive_lines(path: Path) -> Iterator[str]:
    """The decoded lines of a file, read one at a time."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
            _check_text(head)
            stream.seek(0)
            if head.startswith(_UTF16_BOMS):
                yield from io.TextIOWrapper(stream, encoding="utf-16", errors="replace")
            else:
                # Split on b"\n" only: U+2028 inside a JSON string is not a line break.
                yield from map(decode_bytes, stream)
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None


def _record_article(line: str, source: str, published: date | None) -> Article | InputFailure:
    """One archive line as an Article, or an InputFailure at ``source`` saying why not."""
    try:
        record = _parse_record(line)
        own_date = (
            parse_date(record["published"], field="published") if record["published"] else None
        )
    except (_Unreadable, InputError) as exc:
        return InputFailure(source, str(exc))
    fields = {name: record.get(name) for name in ("url", "title", "source")}
    if isinstance(record.get("text"), str):
        result = _text_article(record["text"], record["id"], own_date or published, **fields)
    else:
        result = _html_article(record["html"], record["id"], fields["url"], own_date, published)
        if fields["title"]:
            result = replace(result, title=fields["title"])
    return result


def _parse_record(line: str) -> dict[str, Any]:
    """A JSON object that follows the article schema, else _Unreadable with the reason."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise _Unreadable(f"not a JSON object (got {_json_type(record)})")
    errors = list(_article_validator().iter_errors(record))
    if errors:
        # The shallowest error first: a missing id says more than a wrongly typed field.
        raise _Unreadable(_schema_reason(min(errors, key=lambda error: len(error.path))))
    record.setdefault("published", None)
    return record


@cache
def _article_validator() -> Draft202012Validator:
    schema = load_schema("article")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _schema_reason(error: ValidationError) -> str:
    """A short reason for one schema error, e.g. ``published: expected string or null``."""
    field = ".".join(str(part) for part in error.path)
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        return "missing " + ", ".join(repr(name) for name in missing)
    if error.validator == "anyOf":
        return "neither 'text' nor 'html'"
    if error.validator == "type":
        types = error.validator_value
        expected = " or ".join(types) if isinstance(types, list) else types
        return f"{field}: expected {expected}, got {_json_type(error.instance)}"
    if error.validator == "minLength":
        return f"{field}: empty"
    if error.validator == "pattern" and field == "published":
        return f"published: {_shorten(error.instance)!r} is not a date (expected YYYY-MM-DD)"
    return f"{field}: {_shorten(error.message, 80)}"


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
