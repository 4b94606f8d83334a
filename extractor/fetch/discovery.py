"""Finding article URLs: RSS/Atom feeds, sitemaps, and the links of section pages.

Feeds are read with feedparser; an entry's date is kept, as the article's published date
when the page gives none. Sitemaps are XML, gzipped or not: a ``<urlset>`` lists pages
(a Google News sitemap adds each page's ``news:publication_date``), a ``<sitemapindex>``
lists further sitemaps. A page's links come with its ``rel=canonical`` and the share of its
text that is link text, which tells a section page (mostly links) from an article.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime
from time import struct_time

import feedparser
from bs4 import BeautifulSoup, Tag
from lxml import etree

from extractor.errors import FetchError
from extractor.fetch.urls import join_url

__all__ = ["Discovered", "PageLinks", "feed_entries", "page_links", "sitemap_entries"]

MAX_SITEMAP_BYTES = 50_000_000  # the sitemap protocol's own limit, uncompressed
_GZIP_MAGIC = b"\x1f\x8b"
_NEWS_DATE = "{http://www.google.com/schemas/sitemap-news/0.9}publication_date"


@dataclass(frozen=True)
class Discovered:
    """A URL found by discovery, with the date its source gives it (if any)."""

    url: str
    published: date | None = None


@dataclass(frozen=True)
class PageLinks:
    links: list[str]
    canonical: str | None
    link_share: float  # link text / all text, 0..1


def feed_entries(body: bytes, base_url: str) -> list[Discovered]:
    """The entries of an RSS or Atom feed; FetchError when it is not a feed.

    >>> rss = b"<rss><channel><item><link>/a</link></item></channel></rss>"
    >>> feed_entries(rss, "http://example.org/feed")
    [Discovered(url='http://example.org/a', published=None)]
    """
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries and parsed.get("bozo"):
        raise FetchError(f"not a feed ({parsed.get('bozo_exception')})")
    found = []
    for entry in parsed.entries:
        if link := entry.get("link"):
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            found.append(Discovered(join_url(base_url, link), _struct_date(stamp)))
    return found


def sitemap_entries(body: bytes, base_url: str) -> tuple[list[Discovered], list[str]]:
    """The pages and the child sitemaps a sitemap lists; FetchError when it is not one.

    >>> xml = b"<urlset><url><loc>http://example.org/a</loc></url></urlset>"
    >>> sitemap_entries(xml, "http://example.org/sitemap.xml")
    ([Discovered(url='http://example.org/a', published=None)], [])
    """
    if body.startswith(_GZIP_MAGIC):
        body = _gunzip(body)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"not a sitemap (bad XML: {exc})") from exc
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise FetchError(f"not a sitemap (root element <{kind}>)")
    pages, sitemaps = [], []
    for item in root:
        if not isinstance(item.tag, str):
            continue  # a comment
        loc = next((c.text for c in item if _local(c) == "loc" and c.text), None)
        if loc is None:
            continue
        if kind == "sitemapindex":
            sitemaps.append(join_url(base_url, loc))
        else:
            pages.append(Discovered(join_url(base_url, loc), _news_date(item)))
    return pages, sitemaps


def page_links(html: str, base_url: str) -> PageLinks:
    """A page's followable links (absolute, normalised), its canonical URL, its link share.

    >>> page_links('<a href="/b#x">B</a> text', "http://example.org/a").links
    ['http://example.org/b']
    """
    soup = BeautifulSoup(html, "lxml")
    base = soup.find("base", href=True)
    if isinstance(base, Tag):
        base_url = join_url(base_url, str(base["href"]))
    links: list[str] = []
    for anchor in soup.find_all("a", href=True):
        if "nofollow" in (anchor.get("rel") or []):
            continue
        url = join_url(base_url, str(anchor["href"]))
        if url.startswith(("http://", "https://")) and url not in links:
            links.append(url)
    return PageLinks(links, _canonical(soup, base_url), _link_share(soup))


def _canonical(soup: BeautifulSoup, base_url: str) -> str | None:
    for link in soup.find_all("link", href=True):
        if "canonical" in (link.get("rel") or []):
            return join_url(base_url, str(link["href"]))
    return None


def _link_share(soup: BeautifulSoup) -> float:
    body = soup.body or soup
    for tag in body.find_all(["script", "style", "noscript", "template"]):
        tag.decompose()
    total = len("".join(body.get_text().split()))
    linked = sum(len("".join(a.get_text().split())) for a in body.find_all("a"))
    return linked / total if total else 0.0


def _gunzip(body: bytes) -> bytes:
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = decoder.decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise FetchError(f"not a sitemap (bad gzip: {exc})") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise FetchError(f"sitemap too large: over {MAX_SITEMAP_BYTES} bytes uncompressed")
    return data


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _news_date(item: etree._Element) -> date | None:
    found = item.find(f".//{_NEWS_DATE}")
    if found is None or not found.text:
        return None
    try:
        return datetime.fromisoformat(found.text.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _struct_date(stamp: struct_time | None) -> date | None:
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
