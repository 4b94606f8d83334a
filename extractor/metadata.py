"""A page's metadata: title, published date, author, site name and language.

Read, in this order, from JSON-LD (``NewsArticle``, ``Article``, ``BlogPosting`` and kin,
at the top level, in a list or in an ``@graph``), OpenGraph (``og:*``, ``article:*``), then
plain ``<meta>`` tags, a ``<time datetime>`` marked as the publication's, the date a byline
shows, the article's own ``<time>``, and ``<html lang>``. What none of them gives
stays None: the caller falls back on trafilatura (whose date comes from htmldate).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from bs4 import BeautifulSoup, Tag

from extractor.nlp.periods import month_number

__all__ = ["PageMetadata", "element_marks", "in_rail", "page_metadata", "parse_page_date"]

# schema.org types whose headline and dates are the page's own.
_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting",
    "liveblogposting", "report", "techarticle", "scholarlyarticle", "webpage",
})  # fmt: skip
_DATE_METAS = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.date"),
)
_AUTHOR_METAS = (("name", "author"), ("property", "article:author"), ("name", "byl"))
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    published: date | None = None
    author: str | None = None
    site_name: str | None = None
    language: str | None = None


def page_metadata(soup: BeautifulSoup) -> PageMetadata:
    """The metadata of a parsed page (read before its scripts are dropped).

    >>> page = '''<html lang="en-GB"><head><script type="application/ld+json">
    ... {"@graph": [{"@type": "WebSite", "name": "Example News"},
    ...  {"@type": "NewsArticle", "headline": "Steel exports rise",
    ...   "datePublished": "2024-03-05T08:30:00Z", "author": [{"name": "A. Writer"}]}]}
    ... </script></head><body></body></html>'''
    >>> page_metadata(BeautifulSoup(page, "lxml"))
    PageMetadata(title='Steel exports rise', published=datetime.date(2024, 3, 5), author='A. Writer', site_name='Example News', language='en-GB')
    """  # noqa: E501
    article, site = _json_ld(soup)
    # The <meta> tags once, in page order: some 16 look-ups read them, and each search of
    # the whole tree would cost as much as the page's parse.
    metas = soup.find_all("meta")
    return PageMetadata(
        title=_text(article.get("headline")) or _meta(metas, ("property", "og:title")),
        published=_first_date(
            article.get("datePublished"),
            *(_meta(metas, m) for m in _DATE_METAS),
            _time(soup, published=True),
        )
        or _byline_date(soup)
        or _first_date(_time(soup)),
        author=_author(article.get("author")) or _meta_author(metas),
        site_name=_meta(metas, ("property", "og:site_name"))
        or _name(article.get("publisher"))
        or _text(site.get("name")),
        language=_language(soup, metas, article),
    )


def parse_page_date(value: object) -> date | None:
    """An ISO date or datetime from page metadata, else None.

    >>> parse_page_date("2024-03-05T08:30:00Z"), parse_page_date("March 5")
    (datetime.date(2024, 3, 5), None)
    """
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _json_ld(soup: BeautifulSoup) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first article-like JSON-LD object of the page, and its WebSite object."""
    article: dict[str, Any] = {}
    site: dict[str, Any] = {}
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.get_text() or "null")
        except ValueError:
            continue  # a page's broken JSON-LD is the page's problem, not a failure
        for item in _ld_items(data):
            types = {t.lower() for t in _as_list(item.get("@type")) if isinstance(t, str)}
            if not article and types & _ARTICLE_TYPES and "webpage" not in types:
                article = item
            elif not site and "website" in types:
                site = item
    return article, site


def _ld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD value: top level, lists, and ``@graph`` members."""
    for item in _as_list(data):
        if isinstance(item, dict):
            yield item
            yield from _ld_items(item.get("@graph"))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _text(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _name(value: Any) -> str | None:
    """The name of a schema.org Person or Organization (or a plain string)."""
    for item in _as_list(value):
        found = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if found:
            return found
    return None


def _author(value: Any) -> str | None:
    """Authors' names joined with ", "; URLs (profile links) are not names."""
    names = []
    for item in _as_list(value):
        name = _name(item)
        if name and not name.startswith(("http://", "https://")) and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _meta(metas: list[Any], attribute: tuple[str, str]) -> str | None:
    """The content of the first ``<meta>`` whose attribute ``name`` is ``value`` (any case),
    as ``soup.find("meta", attrs={name: pattern})`` reads it: the pattern searched."""
    name, value = attribute
    pattern = _meta_pattern(value)
    for tag in metas:
        found = tag.get(name) if isinstance(tag, Tag) else None
        if isinstance(found, str) and pattern.search(found):
            return _text(tag.get("content"))
    return None


@cache
def _meta_pattern(value: str) -> re.Pattern[str]:
    return re.compile(f"^{re.escape(value)}$", re.I)


def _meta_author(metas: list[Any]) -> str | None:
    for attribute in _AUTHOR_METAS:
        found = _meta(metas, attribute)
        if found and not found.startswith(("http://", "https://")):
            return found.removeprefix("By ").removeprefix("by ")
    return None


def _time(soup: BeautifulSoup, *, published: bool = False) -> str | None:
    """The ``datetime`` of the page's own ``<time>``: with ``published``, one marked as the
    publication's (``itemprop="datePublished"``, ``pubdate``, a class saying so); else the
    first in the article, or outside lists, navigation and asides (a rail of other stories
    dates them, not the page)."""
    tags = [t for t in soup.find_all("time", attrs={"datetime": True}) if isinstance(t, Tag)]
    if published:
        marked = [t for t in tags if _marked_published(t)]
        return _text(marked[0].get("datetime")) if marked else None
    inside = [t for t in tags if t.find_parent("article") is not None]
    own = inside or [t for t in tags if t.find_parent(_FURNITURE) is None]
    return _text(own[0].get("datetime")) if own else None


_FURNITURE = ["li", "nav", "aside", "footer"]


def element_marks(tag: Tag, *attributes: str) -> str:
    """The words of an element's ``class`` or ``id``, ``""`` when it has none (older
    BeautifulSoup lists a missing attribute as ``[None]``)."""
    return " ".join(word for name in attributes for word in tag.get_attribute_list(name) if word)


def _marked_published(tag: Tag) -> bool:
    classes = element_marks(tag, "class")
    return (
        tag.get("itemprop") == "datePublished"
        or tag.has_attr("pubdate")
        or re.search(r"publish|posted", classes, re.I) is not None
    )


def _byline_date(soup: BeautifulSoup) -> date | None:
    """The date a byline shows ("Published 4 July 2019 · Updated 5 July 2019", "June 10,
    2019 5:32 AM ET"): the first date in an element whose class or id says it holds the
    date or byline, one said to be the publication's before one said to be an update."""
    found: list[tuple[bool, date]] = []
    labelled = [
        node.parent
        for node in soup.find_all(string=_DATE_LABEL_FIRST, limit=6)
        if isinstance(node.parent, Tag)
    ]  # "<li><strong>Date</strong> 08 Aug 2019</li>": the label's element and its parent
    labelled += [t.parent for t in labelled if isinstance(t.parent, Tag)]
    tags = [*soup.find_all(True, attrs={"class": _BYLINE_CLASS}, limit=12), *labelled]
    for tag in tags:
        if not isinstance(tag, Tag) or in_rail(tag):
            continue
        text = tag.get_text(" ", strip=True)[:200]
        for match in _VISIBLE_DATE.finditer(text):
            day = _visible_date(match)
            if day is not None:
                labels = _DATE_LABEL.findall(text[: match.start()])
                updated = bool(labels) and labels[-1].lower().startswith(("upd", "mod", "edi"))
                found.append((updated, day))
    found.sort(key=lambda item: item[0])  # stable: the first publication date first
    return found[0][1] if found else None


def in_rail(tag: Tag) -> bool:
    """Whether an element lies in page furniture: navigation, an aside, a footer, or a rail,
    card or list of other stories (by its own or an ancestor's class or id)."""
    for element in (tag, *tag.parents):
        if not isinstance(element, Tag):
            continue
        if element.name in ("nav", "aside", "footer"):
            return True
        marks = element_marks(element, "class", "id")
        if marks and _RAIL.search(marks):
            return True
    return False


_RAIL = re.compile(
    r"rail|sidebar|side-bar|related|card|latest|popular|most-read|more-stories|promo|teaser|"
    r"recommend|trending",
    re.I,
)
_DATE_LABEL_FIRST = re.compile(r"^\s*(?:date|published|posted|first published)\s*:?\s*$", re.I)
_DATE_LABEL = re.compile(r"\b(published|posted|updated|modified|edited)\b", re.I)
_BYLINE_CLASS = re.compile(
    r"date|byline|timestamp|dateline|publish|posted|(?<![a-z])meta(?![a-z])", re.I
)
_MONTH = r"(?P<{}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?"
_VISIBLE_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format("m1")
    + r"\s+(?P<d1>\d{1,2}),?\s+(?P<y1>(?:19|20)\d\d)"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.format("m2")
    + r",?\s+(?P<y2>(?:19|20)\d\d)"
    + r"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d\d)-(?P<d3>\d\d)"
    + r"|(?P<d4>\d\d)\.(?P<n4>\d\d)\.(?P<y4>(?:19|20)\d\d)"
    + r")\b",
    re.I,
)


def _visible_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return date(int(groups["y1"]), month_number(groups["m1"]), int(groups["d1"]))
        if groups["y2"]:
            return date(int(groups["y2"]), month_number(groups["m2"]), int(groups["d2"]))
        if groups["y3"]:
            return date(int(groups["y3"]), int(groups["n3"]), int(groups["d3"]))
        return date(int(groups["y4"]), int(groups["n4"]), int(groups["d4"]))
    except (KeyError, ValueError):
        return None  # "Mayor 3, 2019", "31.02.2019"


def _first_date(*values: Any) -> date | None:
    for value in values:
        if (found := parse_page_date(value)) is not None:
            return found
    return None


def _language(soup: BeautifulSoup, metas: list[Any], article: dict[str, Any]) -> str | None:
    """A BCP 47 tag from ``<html lang>``, Content-Language, ``og:locale`` or JSON-LD."""
    html = soup.find("html")
    candidates = [
        html.get("lang") if isinstance(html, Tag) else None,
        _meta(metas, ("http-equiv", "content-language")),
        _meta(metas, ("property", "og:locale")),
        _text(article.get("inLanguage")),
    ]
    for value in candidates:
        if isinstance(value, str) and _LANGUAGE.match(value.strip()):
            return value.strip().replace("_", "-")
    return None
