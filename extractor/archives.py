"""Readers: turn command-line inputs into a stream of :class:`Article` objects.

An input is a plain text file (``.txt``, ``.text``), an HTML file (``.html``, ``.htm``),
a JSONL archive (``.jsonl``, one document a line, following
``schemas/article.schema.json``), a WARC file (``.warc``, its HTML responses as Common
Crawl News writes them; other records skipped), any of those gzipped (``.gz``), a directory
of them (recursive, sorted), or ``-`` for standard input (a WARC or JSONL stream, gzipped or
not, or one HTML or text document, told apart by content). A file of another suffix is
read when its content shows a WARC; ``input_format`` overrides the suffix.

Every reader streams: a document at a time is held, whatever the size of the input.

A problem with a whole input (missing path, binary file, unsupported suffix) raises
:class:`InputError` before anything is read. A problem with one document inside an
input (a bad archive line, a corrupt or truncated WARC record or gzip member, a non-HTML
payload, invalid UTF-8, a binary file in a directory) is yielded as an
:class:`InputFailure`, naming the input and the line or offset, and the rest is still read.

:func:`read_documents` yields an HTML document as a :class:`Page`, its article text not
yet extracted, so that the extraction can run in the worker processes beside the NLP.

:func:`input_files` lists the files the inputs name (a directory's in the order
:func:`read_documents` reads them) and :func:`read_input_file` reads one of them, so that
files can be read apart, on other machines, with the same documents and failures.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import math
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal, NamedTuple, TextIO, cast

from jsonschema import Draft202012Validator, ValidationError

from extractor.errors import InputError
from extractor.html import html_to_article, looks_like_html
from extractor.models import Article, load_schema
from extractor.warc import GZIP_MAGIC, WarcDefect, WarcRecord, next_member, warc_records

__all__ = [
    "INPUT_FORMATS",
    "MAX_DOCUMENT_BYTES",
    "InputFailure",
    "InputFile",
    "Page",
    "ReadProgress",
    "decode_bytes",
    "input_files",
    "parse_date",
    "read_documents",
    "read_input_file",
    "read_inputs",
]

Kind = Literal["stdin", "directory", "text", "html", "jsonl", "warc"]
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "warc")
_SUFFIX_KINDS: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".warc": "warc",
}  # fmt: skip
_SUFFIX_LIST = ", ".join(sorted(_SUFFIX_KINDS)) + ", each also .gz"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_GZIP_ERRORS = (OSError, EOFError, zlib.error)
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
# A text or HTML file larger than this is no article (a dump, a log, a corpus run together):
# refused before it is read, so that memory stays bounded. The crawler's limit is 5 MB.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
_TOO_LARGE = f"larger than a document may be ({MAX_DOCUMENT_BYTES // (1024 * 1024)} MB)"


@dataclass(frozen=True)
class InputFailure:
    """One document that could not be read, e.g. ``corpus.jsonl:12``, ``not valid JSON``.

    ``source`` names it in one string (``path``, ``path:LINE``, ``path@OFFSET``); ``input``,
    ``line`` and ``offset`` say the same in fields, when known.
    """

    source: str
    reason: str
    input: str | None = None
    line: int | None = None
    offset: int | None = None


@dataclass(frozen=True)
class Page:
    """An HTML document whose article text is not extracted yet.

    ``published`` is the record's own date (it beats the page's); ``fallback_published``
    dates a page that gives none (``--published``, else a WARC record's crawl date).
    """

    id: str
    html: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    fallback_published: date | None = None

    def article(self) -> Article:
        """The page's title and main text (:func:`extractor.html.html_to_article`)."""
        article = html_to_article(self.html, doc_id=self.id, url=self.url, published=self.published)
        if article.published is None and self.fallback_published is not None:
            article = replace(article, published=self.fallback_published)
        return replace(article, title=self.title) if self.title else article


@dataclass
class ReadProgress:
    """How far the readers are through their inputs, in bytes of the files as stored."""

    total_bytes: int | None = None
    finished_bytes: int = 0
    current: BinaryIO | None = field(default=None, repr=False)

    @property
    def read_bytes(self) -> int:
        try:
            return self.finished_bytes + (self.current.tell() if self.current else 0)
        except (OSError, ValueError):  # closed or unseekable (stdin)
            return self.finished_bytes


@dataclass(frozen=True)
class InputFile:
    """One file of the inputs, to be read on its own (a Spark partition's work).

    ``in_directory``: found in a directory given, so that a file which cannot be read is one
    failure rather than an error for the whole batch (as :func:`read_documents` does).
    ``start`` and ``end`` make it a byte range of a WARC.gz (:meth:`byte_ranges`).
    """

    path: str
    kind: str
    compressed: bool = False
    in_directory: bool = False
    size: int = 0
    start: int = 0
    end: int | None = None

    def byte_ranges(self, size: int) -> list[InputFile]:
        """The file as ranges of about ``size`` bytes when it is a WARC.gz larger than that
        (each range reads the records whose gzip member starts in it), else itself."""
        if self.kind != "warc" or not self.compressed or self.size <= size:
            return [self]
        count = math.ceil(self.size / size)
        bounds = [self.size * n // count for n in range(count + 1)]
        return [
            replace(self, size=end - start, start=start, end=end)
            for start, end in zip(bounds, bounds[1:], strict=False)
        ]


class _Input(NamedTuple):
    arg: str
    kind: Kind
    compressed: bool = False


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
    input_format: str = "auto",
    progress: ReadProgress | None = None,
) -> Iterator[Article | InputFailure]:
    """Articles (and failures) from each input in turn, streamed.

    ``published`` applies to documents that carry no date of their own. ``input_format``
    (one of :data:`INPUT_FORMATS`) overrides the suffix of every file given (not of files
    found in directories). ``progress``, when given, gets the total size of the inputs and
    follows the reading. Raises :class:`InputError` at once for a missing path, a binary
    file or an unsupported suffix.
    """
    items = read_documents(
        paths, published=published, stdin=stdin, input_format=input_format, progress=progress
    )
    return (item.article() if isinstance(item, Page) else item for item in items)


def read_documents(
    paths: Sequence[str],
    *,
    published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
    input_format: str = "auto",
    progress: ReadProgress | None = None,
) -> Iterator[Article | Page | InputFailure]:
    """As :func:`read_inputs`, but an HTML document comes as a :class:`Page`."""
    if input_format not in INPUT_FORMATS:
        raise InputError(
            f"--input-format: {input_format!r} is not one of {', '.join(INPUT_FORMATS)}"
        )
    inputs = [_check_input(arg, input_format) for arg in paths]
    progress = progress if progress is not None else ReadProgress()
    progress.total_bytes = _total_bytes(inputs)
    return _read_all(inputs, published, stdin, input_format, progress)


def input_files(
    paths: Sequence[str], *, input_format: str = "auto"
) -> list[InputFile | InputFailure]:
    """The files the inputs name, in reading order, and the directories that cannot be listed.

    Raises :class:`InputError` as :func:`read_documents` does, and for ``-``: standard input
    is not a file that can be read elsewhere.
    """
    if input_format not in INPUT_FORMATS:
        raise InputError(
            f"--input-format: {input_format!r} is not one of {', '.join(INPUT_FORMATS)}"
        )
    if "-" in paths:
        raise InputError("-: standard input cannot be split into partitions; give files")
    files: list[InputFile | InputFailure] = []
    for item in (_check_input(arg, input_format) for arg in paths):
        if item.kind != "directory":
            size = _size(Path(item.arg))
            files.append(InputFile(item.arg, item.kind, item.compressed, size=size))
            continue
        for entry in _walk(Path(item.arg)):
            if isinstance(entry, InputFailure):
                files.append(entry)
                continue
            kind, compressed = _suffix_kind(entry)
            assert kind is not None
            files.append(InputFile(str(entry), kind, compressed, True, _size(entry)))
    return files


def read_input_file(
    file: InputFile, *, published: date | None = None
) -> Iterator[Article | Page | InputFailure]:
    """The documents of one listed file, as :func:`read_documents` yields them."""
    item = _Input(file.path, cast(Kind, file.kind), file.compressed)
    try:
        if file.end is not None:
            yield from _read_warc_range(file, published)
            return
        yield from _read_file(Path(file.path), item, published, ReadProgress())
    except _Unreadable as exc:
        if not file.in_directory:
            raise InputError(f"{file.path}: {exc}") from None
        yield InputFailure(file.path, str(exc), input=file.path)


def _total_bytes(inputs: Iterable[_Input]) -> int | None:
    """The size of every file to be read; None when stdin is among the inputs."""
    total = 0
    for item in inputs:
        if item.kind == "stdin":
            return None
        paths = _walk(Path(item.arg)) if item.kind == "directory" else [Path(item.arg)]
        for path in paths:
            if isinstance(path, Path):
                total += _size(path)
    return total


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


def _check_input(arg: str, input_format: str = "auto") -> _Input:
    """The kind of one command-line input, or InputError when it cannot be read at all."""
    if arg == "-":
        return _Input(arg, "stdin")
    path = Path(arg)
    if path.is_dir():
        return _Input(arg, "directory")
    if not path.exists():
        raise InputError(f"no such file or directory: {arg}")
    kind, compressed = _suffix_kind(path)
    try:
        head = _read_head(path, compressed)
    except _Unreadable as exc:
        raise InputError(f"{arg}: {exc}") from None
    if input_format != "auto":
        kind = cast(Kind, input_format)
    elif kind is None and _is_warc(head):
        kind = "warc"
    if kind is None:
        suffix = "".join(path.suffixes[-2:]) if compressed else path.suffix or "(none)"
        raise InputError(f"{arg}: unsupported file type {suffix} (expected {_SUFFIX_LIST})")
    try:
        if kind == "warc":
            if not _is_warc(head):
                raise _Unreadable("not a WARC file (no WARC/1.x header at its start)")
        else:
            _check_text(head)
    except _Unreadable as exc:
        raise InputError(f"{arg}: {exc}") from None
    return _Input(arg, kind, compressed)


def _suffix_kind(path: Path) -> tuple[Kind | None, bool]:
    """The kind a file's name says, and whether it is gzipped: ``a.warc.gz`` is (warc, True)."""
    name = path.name.lower()
    compressed = name.endswith(".gz")
    return _SUFFIX_KINDS.get(Path(name.removesuffix(".gz")).suffix), compressed


def _is_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/1.")


def _read_head(path: Path, compressed: bool = False) -> bytes:
    """The first bytes of a file, decompressed when it is gzipped.

    A file of an unknown suffix is decompressed when it starts like gzip, so that a WARC
    inside can be recognised (its reader tells gzip by content too).
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(65536 if compressed else _SNIFF_BYTES)
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None
    unknown = _suffix_kind(path)[0] is None
    if compressed or (unknown and head.startswith(GZIP_MAGIC)):
        try:
            # A decompressor, not gzip.open: a short file cut short still shows its head.
            return zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
        except zlib.error as exc:
            raise _Unreadable(f"not a readable gzip file ({exc})") from None
    return head


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
    inputs: Iterable[_Input],
    published: date | None,
    stdin: TextIO | BinaryIO | None,
    input_format: str,
    progress: ReadProgress,
) -> Iterator[Article | Page | InputFailure]:
    for item in inputs:
        if item.kind == "stdin":
            stream = stdin if stdin is not None else sys.stdin
            yield from _read_stdin(stream, published, input_format)
        elif item.kind == "directory":
            yield from _read_directory(Path(item.arg), published, progress)
        else:
            try:
                yield from _read_file(Path(item.arg), item, published, progress)
            except _Unreadable as exc:
                raise InputError(f"{item.arg}: {exc}") from None


def _read_directory(
    root: Path, published: date | None, progress: ReadProgress
) -> Iterator[Article | Page | InputFailure]:
    for entry in _walk(root):
        if isinstance(entry, InputFailure):
            yield entry
            continue
        kind, compressed = _suffix_kind(entry)
        assert kind is not None
        try:
            yield from _read_file(entry, _Input(str(entry), kind, compressed), published, progress)
        except _Unreadable as exc:
            yield InputFailure(str(entry), str(exc), input=str(entry))


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
        elif entry.is_file() and _suffix_kind(entry)[0] is not None:
            yield entry


def _read_file(
    path: Path, item: _Input, published: date | None, progress: ReadProgress
) -> Iterator[Article | Page | InputFailure]:
    """The documents of one file; raises _Unreadable when the file is not text."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None
    progress.current = raw
    try:
        with raw:
            if item.kind == "warc":
                yield from _read_warc(raw, item.arg, published)
            elif item.kind == "jsonl":
                yield from _read_archive(_maybe_gunzip(raw, item.compressed), item.arg, published)
            elif not item.compressed and _size(path) > MAX_DOCUMENT_BYTES:
                yield InputFailure(item.arg, _TOO_LARGE, input=item.arg)  # not read at all
            else:
                yield _read_document(_maybe_gunzip(raw, item.compressed), item, published)
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None
    finally:
        progress.current = None
        progress.finished_bytes += _size(path)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _maybe_gunzip(raw: BinaryIO, compressed: bool) -> BinaryIO:
    return cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb")) if compressed else raw


def _read_document(
    stream: BinaryIO, item: _Input, published: date | None
) -> Article | Page | InputFailure:
    """A whole text or HTML file as one document (refused, unread, over the size limit)."""
    try:
        data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except _GZIP_ERRORS as exc:
        return InputFailure(item.arg, _gzip_reason(exc), input=item.arg)
    if len(data) > MAX_DOCUMENT_BYTES:
        return InputFailure(item.arg, _TOO_LARGE, input=item.arg)
    _check_text(data[:_SNIFF_BYTES])
    if item.kind == "html":
        return Page(item.arg, decode_bytes(data), fallback_published=published)
    return _text_article(decode_bytes(data), item.arg, published)


def _gzip_reason(exc: BaseException) -> str:
    """``truncated gzip`` for a file cut short, else the decompressor's complaint."""
    if isinstance(exc, EOFError):
        return "truncated gzip (the compressed data ends early)"
    return f"corrupt gzip ({exc})"


def _read_stdin(
    stream: TextIO | BinaryIO, published: date | None, input_format: str
) -> Iterator[Article | Page | InputFailure]:
    """Standard input: a WARC or JSONL stream (gzip or not), or one document."""
    raw = getattr(stream, "buffer", stream)
    head = raw.read(_SNIFF_BYTES)
    if isinstance(head, str):
        yield _stdin_document(head + cast(TextIO, raw).read(), published, input_format)
        return
    binary = cast(BinaryIO, io.BufferedReader(_Prefixed(head, cast(BinaryIO, raw))))
    if head.startswith(GZIP_MAGIC):
        inner = zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
        if input_format == "warc" or (input_format == "auto" and _is_warc(inner)):
            yield from _read_warc(binary, "<stdin>", published)
            return
        binary, head = _maybe_gunzip(binary, True), inner
    if input_format == "warc" or (input_format == "auto" and _is_warc(head)):
        yield from _read_warc(binary, "<stdin>", published)
    elif input_format == "jsonl" or (input_format == "auto" and _looks_like_jsonl(head)):
        yield from _read_archive(binary, "<stdin>", published)
    else:
        try:
            data = binary.read(MAX_DOCUMENT_BYTES + 1)
            if len(data) > MAX_DOCUMENT_BYTES:
                raise _Unreadable(_TOO_LARGE)
            _check_text(data[:_SNIFF_BYTES])
        except _GZIP_ERRORS as exc:
            raise InputError(f"<stdin>: {_gzip_reason(exc)}") from None
        except _Unreadable as exc:
            raise InputError(f"<stdin>: {exc}") from None
        yield _stdin_document(decode_bytes(data), published, input_format)


def _looks_like_jsonl(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b'{"')


def _stdin_document(text: str, published: date | None, input_format: str) -> Article | Page:
    text = _normalise_newlines(text.removeprefix("\ufeff"))
    if input_format == "html" or (input_format == "auto" and looks_like_html(text)):
        return Page("<stdin>", text, fallback_published=published)
    return _text_article(text, "<stdin>", published)


class _Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them): those, then the rest."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self.head:
            count = min(len(view), len(self.head))
            view[:count], self.head = self.head[:count], self.head[count:]
            return count
        data = self.rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _text_article(text: str, doc_id: str, published: date | None, **fields: str | None) -> Article:
    # An empty document is a document with no claims, not a failure.
    return Article(id=doc_id, text=text, published=published, **fields)


def _read_archive(
    stream: BinaryIO, name: str, published: date | None
) -> Iterator[Article | Page | InputFailure]:
    """One document or InputFailure per non-blank line of a JSONL archive (gzip or not)."""
    lineno = 0
    lines = _archive_lines(stream)
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except _GZIP_ERRORS as exc:
            # Nothing after a damaged gzip stream can be trusted: the archive ends here.
            reason = _gzip_reason(exc) if isinstance(stream, gzip.GzipFile) else str(exc)
            yield InputFailure(f"{name}:{lineno + 1}", reason, input=name, line=lineno + 1)
            return
        lineno += 1
        if line.strip():
            yield _record_article(line, name, lineno, published)


def _archive_lines(stream: BinaryIO) -> Iterator[str]:
    """The decoded lines of a binary stream, read one at a time."""
    peek = getattr(stream, "peek", None)
    head = peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek is not None else b""
    _check_text(head)
    if head.startswith(_UTF16_BOMS):
        yield from io.TextIOWrapper(stream, encoding="utf-16", errors="replace")
    else:
        # Split on b"\n" only: U+2028 inside a JSON string is not a line break.
        yield from map(decode_bytes, stream)


def _record_article(
    line: str, name: str, lineno: int, published: date | None
) -> Article | Page | InputFailure:
    """One archive line as a document, or an InputFailure at ``name:lineno`` saying why not."""
    try:
        record = _parse_record(line)
        own_date = (
            parse_date(record["published"], field="published") if record["published"] else None
        )
    except (_Unreadable, InputError) as exc:
        return InputFailure(f"{name}:{lineno}", str(exc), input=name, line=lineno)
    fields = {name: record.get(name) for name in ("url", "title", "source")}
    if isinstance(record.get("text"), str):
        # A text's page metadata is kept, so that an archive of extracted articles reads back.
        meta = {name: record.get(name) for name in ("author", "site_name", "language")}
        return _text_article(record["text"], record["id"], own_date or published, **fields, **meta)
    return Page(
        record["id"], record["html"], url=fields["url"], title=fields["title"],
        published=own_date, fallback_published=published,
    )  # fmt: skip


def _read_warc_range(file: InputFile, published: date | None) -> Iterator[Page | InputFailure]:
    """The pages of the records whose gzip member starts in ``file``'s byte range."""
    assert file.end is not None
    try:
        with Path(file.path).open("rb") as raw:
            start = next_member(raw, file.start) if file.start else 0
            if start is None or start >= file.end:
                return
            raw.seek(start)
            yield from _read_warc(raw, file.path, published, base=start, end=file.end)
    except OSError as exc:
        raise _Unreadable(f"cannot read ({exc.strerror or exc})") from None


def _read_warc(
    stream: BinaryIO, name: str, published: date | None, *, base: int = 0, end: int | None = None
) -> Iterator[Page | InputFailure]:
    """The HTML responses of a WARC stream; request, metadata and other records skipped.

    ``base`` is where the stream starts in the file; a record or defect at ``end`` or later
    ends the reading (it belongs to the next byte range).
    """
    for record in warc_records(stream, base=base):
        if end is not None and record.offset >= end:
            return
        if isinstance(record, WarcDefect):
            yield InputFailure(f"{name}@{record.offset}", record.reason, name, offset=record.offset)
        elif record.type == "response":
            page = _warc_page(record, name, published)
            if page is not None:
                yield page


def _warc_page(record: WarcRecord, name: str, published: date | None) -> Page | InputFailure | None:
    """A response record's page; None for a response that is not a page (not 2xx)."""
    url = record.headers.get("warc-target-uri") or None
    try:
        status, headers, body = _http_response(record.block)
        if not 200 <= status < 300:
            return None
        html = _decode_payload(headers, body)
    except _Unreadable as exc:
        return InputFailure(f"{name}@{record.offset}", str(exc), name, offset=record.offset)
    crawled = _warc_date(record.headers.get("warc-date", ""))
    return Page(
        url or f"{name}@{record.offset}", html, url=url,
        fallback_published=published or crawled,
    )  # fmt: skip


def _http_response(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """Status, header fields (lower-cased names) and body of an HTTP response block.

    >>> _http_response(b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<p>Hi")
    (200, {'content-type': 'text/html'}, b'<p>Hi')
    """
    if not block.startswith(b"HTTP/"):
        raise _Unreadable("corrupt WARC record (the response block is not HTTP)")
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split(None, 2)
    if len(parts) < 2 or not parts[1].isdigit():
        raise _Unreadable(f"corrupt WARC record (HTTP status line {_shorten(lines[0])!r})")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        field_name, colon, value = line.partition(":")
        if colon:
            headers.setdefault(field_name.strip().lower(), value.strip())
    return int(parts[1]), headers, body


def _decode_payload(headers: dict[str, str], body: bytes) -> str:
    """The HTML of a response body, in its declared charset (UTF-8 when none is declared)."""
    content_type = headers.get("content-type", "")
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        raise _Unreadable(f"non-HTML payload ({_shorten(mime)})")
    if headers.get("content-encoding", "").lower() in ("gzip", "x-gzip"):
        try:
            body = gzip.decompress(body)
        except _GZIP_ERRORS as exc:
            raise _Unreadable(f"payload: {_gzip_reason(exc)}") from None
    charset = _charset(content_type, body)
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise _Unreadable(f"unknown charset {_shorten(charset)!r}") from None
    try:
        if codec == "utf-8":
            html = body.decode("utf-8-sig")
        elif codec in ("latin-1", "iso8859-1", "cp1252"):
            # As browsers do: a page labelled Latin-1 is read as windows-1252.
            html = body.decode("cp1252", errors=_LATIN1_FALLBACK)
        else:
            html = body.decode(codec)
    except UnicodeDecodeError as exc:
        byte = exc.object[exc.start]
        raise _Unreadable(f"invalid {exc.encoding} (byte 0x{byte:02x} at {exc.start})") from None
    if not mime and not looks_like_html(html):
        raise _Unreadable("non-HTML payload (no Content-Type, and not HTML)")
    return _normalise_newlines(html)


def _charset(content_type: str, body: bytes) -> str:
    """The charset the Content-Type declares, else the page's ``<meta charset>``, else UTF-8."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'")
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii") if found else "utf-8"


def _warc_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


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
