"""URL normalisation, so that one page reached by several spellings is fetched once.

Scheme and host are lower-cased, default ports and fragments dropped, an empty path
becomes ``/``, tracking parameters (``utm_*``, ``fbclid``, ``gclid`` and the like) are
removed and the remaining query is kept in its order. Only http and https are crawled.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from extractor.errors import InputError

__all__ = [
    "CRAWLABLE_SCHEMES",
    "host_key",
    "join_url",
    "normalise_url",
    "read_url_file",
    "same_site",
]

CRAWLABLE_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid",
     "igshid", "_ga", "_gl", "ref_src", "cmpid"}
)  # fmt: skip


def normalise_url(url: str) -> str:
    """The canonical spelling of an http(s) URL; other URLs come back stripped only.

    >>> normalise_url("HTTPS://Example.ORG:443/a/b?utm_source=x&id=2#top")
    'https://example.org/a/b?id=2'
    >>> normalise_url("http://example.org")
    'http://example.org/'
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a malformed port or IPv6 literal
        return url
    scheme = parts.scheme.lower()
    if scheme not in CRAWLABLE_SCHEMES or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, True) if not _tracking(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def join_url(base: str, link: str) -> str:
    """``link`` resolved against ``base`` and normalised; a malformed link comes back as is.

    >>> join_url("http://example.org/a/b", "../c"), join_url("http://example.org/", "http://[x")
    ('http://example.org/c', 'http://[x')
    """
    try:
        return normalise_url(urljoin(base, link.strip()))
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return link.strip()


def host_key(url: str) -> str:
    """The host and port a URL is served from: the unit of politeness and robots.txt.

    >>> host_key("https://example.org/a"), host_key("http://127.0.0.2:8080/")
    ('example.org', '127.0.0.2:8080')
    """
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:  # a malformed URL, which fails when fetched
        return ""


def same_site(url: str, other: str) -> bool:
    """Whether two URLs are on the same site: the same host, give or take ``www.``.

    >>> same_site("https://www.example.org/a", "http://example.org/b")
    True
    >>> same_site("https://example.org/", "https://news.example.com/")
    False
    """
    return _site(url) == _site(other)


def _site(url: str) -> str:
    return host_key(url).removeprefix("www.")


def _tracking(name: str) -> bool:
    name = name.lower()
    return name in _TRACKING_NAMES or name.startswith(_TRACKING_PREFIXES)


def read_url_file(path: Path) -> list[str]:
    """The URLs of a file, one a line; blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the URL list ({exc})") from exc
    return [url for line in lines if (url := line.split("#", 1)[0].strip())]
