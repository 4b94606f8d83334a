"""WARC files (plain or gzip, as Common Crawl writes them) -> records, streamed.

:func:`warc_records` yields a :class:`WarcRecord` for every record and a
:class:`WarcDefect` for every part of the file that cannot be read (a corrupt gzip member,
a record whose header or length is wrong, a file cut short), then goes on at the next
record it can find. Memory holds one record at a time (at most ``max_record`` bytes; a
larger record is skipped as a defect, without being held).

A record's ``offset`` is where it starts in the file as stored: the compressed offset of
its gzip member for ``.warc.gz`` (what Common Crawl's index gives), else its byte offset.

>>> import io
>>> data = b"WARC/1.0\\r\\nWARC-Type: request\\r\\nContent-Length: 3\\r\\n\\r\\nGET\\r\\n\\r\\n"
>>> [(r.offset, r.type, r.block) for r in warc_records(io.BytesIO(data * 2))]
[(0, 'request', b'GET'), (58, 'request', b'GET')]
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

__all__ = [
    "GZIP_MAGIC",
    "MAX_RECORD",
    "WarcDefect",
    "WarcRecord",
    "next_member",
    "warc_records",
]

GZIP_MAGIC = b"\x1f\x8b"
MAX_RECORD = 32 * 1024 * 1024
_CHUNK = 256 * 1024
_MAX_HEADER = 64 * 1024
_RECORD_START = b"WARC/1."
_END = b"\r\n\r\n"


@dataclass(frozen=True)
class WarcRecord:
    """One record: its offset, its header fields (names lower-cased) and its content block."""

    offset: int
    headers: dict[str, str]
    block: bytes

    @property
    def type(self) -> str:
        return self.headers.get("warc-type", "")


@dataclass(frozen=True)
class WarcDefect:
    """A part of the file that is not a readable record, e.g. ``truncated gzip member``."""

    offset: int
    reason: str


class _Corrupt(Exception):
    """The compressed stream is damaged at ``offset``; the message says how."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset


def warc_records(
    stream: BinaryIO, *, max_record: int = MAX_RECORD, base: int = 0
) -> Iterator[WarcRecord | WarcDefect]:
    """Every record of a WARC stream, gzip or not (told by its first bytes), in order.

    ``base`` is where the stream starts in the file (a byte range read on its own), so that
    offsets are the file's.
    """
    reader = _Reader(stream, base)
    yield from _Parser(reader, max_record).records()


def next_member(stream: BinaryIO, start: int) -> int | None:
    """Where the first gzip member at or after ``start`` begins, else None: the place a byte
    range of a WARC.gz starts reading, found as a damaged member is skipped (the gzip magic
    and deflate method byte), so that a range begins where a reading of the whole file would
    go on. (A member's compressed data may hold those three bytes by chance, about once in
    16 MiB: such a range reports one damaged member more than a whole reading.)

    >>> import gzip, io
    >>> data = gzip.compress(b"WARC/1.0") + gzip.compress(b"WARC/1.0")
    >>> next_member(io.BytesIO(data), 1) == len(gzip.compress(b"WARC/1.0"))
    True
    """
    stream.seek(start)
    position, buffer = start, b""
    while True:
        more = stream.read(_CHUNK)
        if not more:
            return None
        buffer += more
        found = buffer.find(GZIP_MAGIC + b"\x08")
        if found >= 0:
            return position + found
        keep = buffer[-2:]
        position += len(buffer) - len(keep)
        buffer = keep


class _Reader:
    """The stream's bytes, decompressed when gzip; knows the member each byte came from."""

    def __init__(self, stream: BinaryIO, base: int = 0) -> None:
        self.stream = stream
        head = stream.read(2)
        self.pending = head  # compressed bytes read but not yet decompressed
        self.gzipped = head == GZIP_MAGIC
        self.raw_offset = base  # offset in the file of pending[0]
        self.member_start = base
        self.base = base
        self.decoder = zlib.decompressobj(wbits=31) if self.gzipped else None
        self.in_member = False

    def chunks(self) -> Iterator[tuple[int, bytes]]:
        """(offset to report for bytes of this chunk, bytes); raises _Corrupt and resumes."""
        if not self.gzipped:
            offset = self.base
            data = self.pending + self.stream.read(_CHUNK)
            while data:
                yield offset, data
                offset += len(data)
                data = self.stream.read(_CHUNK)
            return
        yield from self._gzip_chunks()

    def _gzip_chunks(self) -> Iterator[tuple[int, bytes]]:
        while True:
            if not self.pending:
                self.pending = self.stream.read(_CHUNK)
                if not self.pending:
                    if self.in_member:
                        self.in_member = False
                        raise _Corrupt(self.member_start, "truncated gzip member")
                    return
            assert self.decoder is not None
            if not self.in_member:
                self.member_start, self.in_member = self.raw_offset, True
            try:
                data = self.decoder.decompress(self.pending)
            except zlib.error as exc:
                self._skip_to_next_member()
                raise _Corrupt(self.member_start, f"corrupt gzip member ({exc})") from None
            used = len(self.pending) - len(self.decoder.unused_data)
            self.raw_offset += used
            self.pending = self.decoder.unused_data
            if self.decoder.eof:
                self.in_member = False
                self.decoder = zlib.decompressobj(wbits=31)
            if data:
                yield self.member_start, data

    def _skip_to_next_member(self) -> None:
        """Drop the damaged member: go on at the next gzip header after its start."""
        self.decoder = zlib.decompressobj(wbits=31)
        self.in_member = False
        start = self.member_start + 1
        buffer = self.pending
        position = self.raw_offset
        while True:
            found = buffer.find(GZIP_MAGIC + b"\x08", max(0, start - position))
            if found >= 0:
                self.pending, self.raw_offset = buffer[found:], position + found
                return
            keep = buffer[-2:]
            more = self.stream.read(_CHUNK)
            if not more:
                self.pending, self.raw_offset = b"", position + len(buffer)
                return
            position += len(buffer) - len(keep)
            buffer = keep + more


class _Parser:
    """Splits the decompressed bytes into records; resynchronises after damage."""

    def __init__(self, reader: _Reader, max_record: int) -> None:
        self.reader = reader
        self.max_record = max_record
        self.chunks = reader.chunks()
        self.buf = bytearray()
        self.base = 0  # uncompressed position of buf[0]
        self.marks: list[tuple[int, int]] = []  # (uncompressed position, offset to report)
        self.eof = False
        self.defect: WarcDefect | None = None

    def records(self) -> Iterator[WarcRecord | WarcDefect]:
        while True:
            if not self._seek_record_start():
                if self.defect is not None:
                    yield self._take_defect()
                    continue
                return
            record = self._read_record()
            if self.defect is not None:
                yield self._take_defect()
            if record is not None:
                yield record

    def _take_defect(self) -> WarcDefect:
        defect, self.defect = self.defect, None
        assert defect is not None
        return defect

    def _fill(self) -> bool:
        """Append the next chunk to the buffer; False at the end (or at damage)."""
        if self.eof or self.defect is not None:
            return False
        try:
            offset, data = next(self.chunks)
        except StopIteration:
            self.eof = True
            return False
        except _Corrupt as exc:
            # The bytes before the damage belong to a record that can no longer be whole.
            self.defect = WarcDefect(exc.offset, str(exc))
            self.chunks = self.reader.chunks()
            self._drop(len(self.buf))
            return False
        self.marks.append((self.base + len(self.buf), offset))
        self.buf += data
        return True

    def _drop(self, count: int) -> None:
        del self.buf[:count]
        self.base += count
        while len(self.marks) > 1 and self.marks[1][0] <= self.base:
            self.marks.pop(0)

    def _offset_of(self, position: int) -> int:
        """The offset to report for the byte at uncompressed ``position``."""
        offset = position
        for start, reported in self.marks:
            if start > position:
                break
            offset = reported if self.reader.gzipped else reported + position - start
        return offset

    def _seek_record_start(self) -> bool:
        """Drop bytes up to the next ``WARC/1.`` at a line start; False when there is none."""
        while True:
            found = self.buf.find(_RECORD_START)
            if found == 0 or (found > 0 and self.buf[found - 1 : found] == b"\n"):
                self._drop(found)
                return True
            if found > 0:
                self._drop(found + 1)
                continue
            self._drop(max(0, len(self.buf) - len(_RECORD_START)))
            if not self._fill():
                return False

    def _read_record(self) -> WarcRecord | None:
        """The record at the start of the buffer; None (with self.defect) when it is bad."""
        offset = self._offset_of(self.base)
        end = self._find_header_end()
        if end < 0:
            self._fail(offset, "corrupt WARC record (no end of header)")
            return None
        headers = _parse_headers(bytes(self.buf[:end]))
        length = headers.get("content-length", "")
        if not length.isdigit():
            self._fail(offset, f"corrupt WARC record (Content-Length {length!r})")
            return None
        size = int(length)
        if size > self.max_record:
            self._skip(end + 4 + size + 4)
            self.defect = self.defect or WarcDefect(
                offset, f"WARC record of {size} bytes is over the limit"
            )
            return None
        total = end + 4 + size + 4
        while len(self.buf) < total and self._fill():
            pass
        if self.defect is not None:
            return None
        if len(self.buf) < total:
            # The file ends inside the record as its length counts it: either it was cut
            # short, or the length lies and whole records follow it, which are still read.
            self._fail(offset, "truncated WARC record")
            return None
        if self.buf[total - 4 : total] != _END:
            self._fail(offset, "corrupt WARC record (block does not end where Content-Length says)")
            return None
        block = bytes(self.buf[end + 4 : end + 4 + size])
        self._drop(total)
        return WarcRecord(offset, headers, block)

    def _find_header_end(self) -> int:
        while True:
            end = self.buf.find(_END, 0, _MAX_HEADER)
            if end >= 0 or len(self.buf) >= _MAX_HEADER or not self._fill():
                return end

    def _fail(self, offset: int, reason: str) -> None:
        """Record a bad record; parsing resumes after its first byte, at the next record."""
        if self.defect is None:
            self.defect = WarcDefect(offset, reason)
        if self.buf:
            self._drop(1)

    def _skip(self, count: int) -> None:
        """Drop ``count`` bytes without holding them all."""
        while count > len(self.buf):
            count -= len(self.buf)
            self._drop(len(self.buf))
            if not self._fill():
                return
        self._drop(count)


def _parse_headers(data: bytes) -> dict[str, str]:
    """Header fields of a WARC (or HTTP) header, names lower-cased, the first line left out.

    >>> _parse_headers(b"WARC/1.0\\r\\nWARC-Type: response\\r\\nContent-Length: 5")
    {'warc-type': 'response', 'content-length': '5'}
    """
    headers: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines()[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    return headers
