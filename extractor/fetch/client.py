"""Fetching one URL over HTTP(S), within limits, with retries: :class:`Fetcher`.

What a request may cost is bounded (:class:`FetchLimits`): connect and read timeouts, a
total deadline per request (so a server trickling bytes cannot hold a slot forever), a
maximum body size counted after decompression while streaming (so a gzip bomb is cut, not
inflated), at most five redirects, each hop checked (scheme, loop, the caller's check for
robots.txt and private addresses). Connection errors, timeouts, 429 and 5xx are retried
with exponential backoff and jitter, or after the Retry-After the server asks for; other
4xx are not. A stored ETag or Last-Modified makes the request conditional; a 304 comes back
as a :class:`Response` with no body. Every failure is a :class:`FetchError` whose message
is the reason; a URL not to be fetched (a content type we do not read) is
:class:`FetchRefused`.
"""

from __future__ import annotations

import asyncio
import codecs
import random
import re
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import Protocol

import httpx
from charset_normalizer import from_bytes

from extractor.archives import decode_bytes
from extractor.errors import FetchError, FetchRefused
from extractor.fetch.politeness import Politeness
from extractor.fetch.safety import AddressGuard, pinned_transport
from extractor.fetch.urls import CRAWLABLE_SCHEMES, host_key, join_url

__all__ = ["DISCOVERY_TYPES", "PAGE_TYPES", "FetchLimits", "Fetcher", "Response", "decode_body"]

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
DISCOVERY_TYPES = PAGE_TYPES | {
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
    "application/rdf+xml", "application/gzip", "application/x-gzip", "application/octet-stream",
}  # fmt: skip
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# As browsers do (WHATWG Encoding): these labels mean windows-1252.
_AS_CP1252 = frozenset({"latin1", "latin-1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii"})

_TAG = re.compile(rb"<[^>]*>")
_ASCII_LETTERS = re.compile(rb"[A-Za-z]+")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")

HopCheck = Callable[[str], Awaitable[None]]


@dataclass(frozen=True)
class FetchLimits:
    """What one URL may cost. Times in seconds; ``backoff`` is the first retry's wait."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    max_attempts: int = 3
    backoff: float = 1.0
    max_wait: float = 120.0  # a longer Retry-After is a failure, not a wait


@dataclass(frozen=True)
class Response:
    """A final (non-redirect) response; ``body`` decompressed, empty for a 304."""

    url: str
    final_url: str
    http_status: int
    media_type: str
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    attempts: int

    @property
    def not_modified(self) -> bool:
        return self.http_status == 304

    def text(self) -> str:
        return decode_body(self.body, self.charset)


class Fetcher:
    """Fetches URLs with one shared httpx client; every request takes a politeness slot."""

    def __init__(
        self,
        politeness: Politeness,
        *,
        user_agent: str,
        limits: FetchLimits | None = None,
        check_hop: HopCheck | None = None,
        guard: AddressGuard | None = None,
    ) -> None:
        """``guard``, when given, also checks every connection's address (see safety.py)."""
        self.limits = limits or FetchLimits()
        self.politeness = politeness
        self._check_hop = check_hop
        timeout = httpx.Timeout(self.limits.read_timeout, connect=self.limits.connect_timeout)
        headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        transport = pinned_transport(guard) if guard is not None else None
        self._client = httpx.AsyncClient(
            timeout=timeout, headers=headers, follow_redirects=False, transport=transport,
            event_hooks={"response": [_refuse_non_http_redirect]},
        )  # fmt: skip

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        accept: frozenset[str] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        check_hop: HopCheck | None = None,
        keep_bytes: int | None = None,
    ) -> Response:
        """The final response for ``url`` after redirects; FetchError with the reason if none.

        ``keep_bytes``: a body longer than that is cut there rather than refused (robots.txt).
        """
        if url.split(":", 1)[0].lower() not in CRAWLABLE_SCHEMES:
            raise FetchRefused(f"refused: not an http(s) URL: {url}", status="refused")
        check = check_hop or self._check_hop
        headers = _conditional_headers(etag, last_modified)
        chain, attempts, current = [url], 0, url
        while True:
            if check is not None:
                await check(current)
            try:
                status, found, body, used = await self._request(
                    current, headers, accept, keep_bytes
                )
            except FetchError as exc:
                exc.attempts += attempts
                raise
            attempts += used
            if status not in REDIRECT_CODES:
                return _response(url, current, status, found, body, attempts)
            current = self._next_hop(chain, found.get("location"), status, attempts)

    def _next_hop(self, chain: list[str], location: str | None, status: int, attempts: int) -> str:
        """The redirect's target, checked for scheme, loops and the redirect limit."""
        if not location:
            raise FetchError(f"HTTP {status} without a Location", http_status=status)
        target = join_url(chain[-1], location)
        if target.split(":", 1)[0].lower() not in CRAWLABLE_SCHEMES:
            raise FetchRefused(f"refused: redirect to a non-http URL {target}", status="refused")
        if target in chain:
            raise FetchError(f"redirect loop at {target}", http_status=status, attempts=attempts)
        if len(chain) > self.limits.max_redirects:
            limit = self.limits.max_redirects
            raise FetchError(f"more than {limit} redirects", http_status=status, attempts=attempts)
        chain.append(target)
        return target

    async def _request(
        self, url: str, headers: dict[str, str], accept: frozenset[str], keep_bytes: int | None
    ) -> tuple[int, httpx.Headers, bytes, int]:
        """One URL's response, retried as the module docstring says; returns the attempts."""
        host = host_key(url)
        for attempt in range(1, self.limits.max_attempts + 1):
            wait: float | None = None
            try:
                async with self.politeness.slot(host), asyncio.timeout(self.limits.deadline):
                    status, found, body = await self._once(url, headers, accept, keep_bytes)
            except TimeoutError:
                error = FetchError(f"timeout: no complete response in {self.limits.deadline:g} s")
            except httpx.TimeoutException as exc:
                error = FetchError(f"timeout: {type(exc).__name__}")
            except httpx.TransportError as exc:
                error = FetchError(f"connection error: {type(exc).__name__} {exc}".strip())
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # not worth a retry
                raise FetchError(f"bad request: {exc}", attempts=attempt) from exc
            else:
                if status < 300 or status == 304 or status in REDIRECT_CODES:
                    return status, found, body, attempt
                if status != 429 and status < 500:  # the server will say the same again
                    raise FetchError(f"HTTP {status}", http_status=status, attempts=attempt)
                error = FetchError(f"HTTP {status}", http_status=status)
                wait = _retry_after(found.get("retry-after"))
            error.attempts = attempt
            self._schedule_retry(host, attempt, wait, error)
        raise AssertionError("unreachable")  # the last attempt raises in _schedule_retry

    def _schedule_retry(
        self, host: str, attempt: int, wait: float | None, error: FetchError
    ) -> None:
        """Push the host's next request back for a retry, or raise when there is none."""
        limits = self.limits
        if attempt >= limits.max_attempts:
            reason = f"{error} after {attempt} attempts"
            raise FetchError(reason, http_status=error.http_status, attempts=attempt) from error
        if wait is not None and wait > limits.max_wait:
            reason = f"{error}, Retry-After {wait:g} s is over the {limits.max_wait:g} s cap"
            raise FetchError(reason, http_status=error.http_status, attempts=attempt) from error
        if wait is None:
            wait = min(limits.backoff * 2 ** (attempt - 1), limits.max_wait)
            wait *= random.uniform(0.5, 1.5)  # jitter, so retries from many crawls spread
        self.politeness.defer(host, wait)

    async def _once(
        self, url: str, headers: dict[str, str], accept: frozenset[str], keep_bytes: int | None
    ) -> tuple[int, httpx.Headers, bytes]:
        async with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status >= 300:  # redirects, 304 and errors: the body is not wanted
                return status, response.headers, b""
            media_type, _ = _content_type(response.headers)
            if media_type not in accept:
                reason = f"skipped: content type {media_type or '(none)'}"
                raise FetchRefused(reason, status="skipped", http_status=status)
            if keep_bytes is not None:
                body = await _read_body(response, keep_bytes, cut=True)
            else:
                body = await _read_body(response, self.limits.max_bytes)
            return status, response.headers, body


async def _refuse_non_http_redirect(response: httpx.Response) -> None:
    """Refuse a redirect to ``javascript:``, ``data:``, ``file:``... before httpx reads it.

    httpx builds the next request of every redirect, even when not following it, and fails
    on a Location it cannot parse as a URL; the hop is refused here, as _next_hop would.
    """
    location = response.headers.get("location")
    if response.status_code in REDIRECT_CODES and location:
        target = join_url(str(response.request.url), location)
        if target.split(":", 1)[0].lower() not in CRAWLABLE_SCHEMES:
            raise FetchRefused(f"refused: redirect to a non-http URL {target}", status="refused")


class _Decoder(Protocol):
    @property
    def unconsumed_tail(self) -> bytes: ...

    def decompress(self, data: bytes, max_length: int = ..., /) -> bytes: ...


class _Identity:
    unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int = 0, /) -> bytes:
        return data


async def _read_body(response: httpx.Response, limit: int, *, cut: bool = False) -> bytes:
    """The decompressed body, FetchError as soon as it grows past ``limit`` bytes.

    With ``cut`` the first ``limit`` bytes are the body, and the rest is not read.
    """
    declared = response.headers.get("content-length", "")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if cut:
        pass
    elif encoding in ("identity", "") and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large: {declared} bytes, over {limit}", http_status=200)
    decoder = _decoder(encoding)
    body = bytearray()
    async for chunk in response.aiter_raw():
        data = chunk
        # max_length bounds each step, so a bomb never inflates more than the limit.
        while data:
            try:
                body += decoder.decompress(data, limit + 1 - len(body))
            except zlib.error as exc:
                raise FetchError(f"bad {encoding} body: {exc}", http_status=200) from exc
            if len(body) > limit:
                if cut:
                    return bytes(body[:limit])
                raise FetchError(f"too large: over {limit} bytes decoded", http_status=200)
            data = decoder.unconsumed_tail
    return bytes(body)


def _decoder(encoding: str) -> _Decoder:
    if encoding in ("identity", ""):
        return _Identity()
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise FetchError(f"unsupported content encoding {encoding}", http_status=200)


def decode_body(body: bytes, declared: str | None = None) -> str:
    """Text from a body: its BOM, the declared charset, a meta tag, UTF-8, then detection.

    A declared charset that does not decode the bytes is passed over (servers lie).

    >>> decode_body(b"<meta charset='windows-1252'><p>caf\\xe9</p>")
    "<meta charset='windows-1252'><p>café</p>"
    >>> decode_body("café".encode("cp1252"), "utf-8")
    'café'
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return _newlines(body.decode(name, errors="replace"))
    meta = _META_CHARSET.search(body[:4096])
    labels = [declared, meta.group(1).decode("ascii") if meta else None, "utf-8"]
    for label in labels:
        if label and (text := _strict_decode(body, label)) is not None:
            return _newlines(text)
    return _newlines(_detected(body))


def _strict_decode(body: bytes, label: str) -> str | None:
    label = label.strip().lower()
    try:
        return body.decode("cp1252" if label in _AS_CP1252 else label)
    except (LookupError, UnicodeDecodeError):
        return None


def _detected(body: bytes) -> str:
    """Text of unknown encoding: windows-1252 for a Western text, else detection.

    Detection (charset-normalizer) is unreliable on short Latin-script texts (it reads
    "Résumé" in cp1252 as Korean johab), so a text whose letters are mostly ASCII is
    taken as windows-1252, as browsers do; others (Cyrillic, CJK) are detected.

    >>> _detected("Résumé: exports rose 5%".encode("cp1252"))
    'Résumé: exports rose 5%'
    >>> _detected("Экспорт вырос на 5% в 2024 году, сообщило министерство.".encode("cp1251"))
    'Экспорт вырос на 5% в 2024 году, сообщило министерство.'
    """
    if _mostly_ascii_letters(body) and (text := _strict_decode(body, "cp1252")) is not None:
        return text
    best = from_bytes(body).best()
    return str(best) if best is not None else decode_bytes(body)


def _mostly_ascii_letters(body: bytes) -> bool:
    """Whether at most a third of the letter-like bytes outside tags are non-ASCII."""
    text = _TAG.sub(b" ", body)
    ascii_letters = sum(len(run) for run in _ASCII_LETTERS.findall(text))
    high = sum(len(run) for run in _HIGH_BYTES.findall(text))
    return high <= (ascii_letters + high) / 3


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    """The media type (lower case) and charset of a Content-Type header."""
    message = Message()
    message["content-type"] = headers.get("content-type", "")
    media = message.get_content_type() if headers.get("content-type") else ""
    charset = message.get_param("charset")
    return media, charset if isinstance(charset, str) else None


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), else None.

    >>> _retry_after("3"), _retry_after("soon")
    (3.0, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _response(
    url: str, final_url: str, status: int, headers: httpx.Headers, body: bytes, attempts: int
) -> Response:
    media_type, charset = _content_type(headers)
    return Response(
        url=url, final_url=final_url, http_status=status, media_type=media_type,
        charset=charset, body=body, etag=headers.get("etag"),
        last_modified=headers.get("last-modified"), attempts=attempts,
    )  # fmt: skip
