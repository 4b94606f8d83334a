"""HTML -> :class:`Article`: the page's main text and metadata.

trafilatura finds the main text (dropping navigation, footers and other page furniture)
and the publication date (via htmldate); when it finds nothing, the page's visible text
is read with BeautifulSoup instead. The article text is the title, a blank line, then the
paragraphs separated by blank lines.
"""

from __future__ import annotations

import importlib
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from types import ModuleType

from bs4 import BeautifulSoup, Tag

from extractor.models import Article

__all__ = ["html_to_article", "looks_like_html"]

# Elements whose text is never part of the article.
_FURNITURE = [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "nav",
    "header",
    "footer",
    "aside",
    "menu",
    "dialog",
]
_BLOCKS = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figcaption",
    "caption",
    "address",
    "table",
    "ul",
    "ol",
    "dl",
    "hr",
]
_BREAK = "\u2029"  # PARAGRAPH SEPARATOR
_DOCUMENT_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_CONTENT_TAG = re.compile(r"</?(?:p|div|article|section|span|a|h[1-6]|br)\b", re.IGNORECASE)
_DATE_METAS = (
    ("property", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "date"),
    ("name", "pubdate"),
    ("itemprop", "datePublished"),
)


@dataclass(frozen=True)
class _Page:
    title: str | None
    paragraphs: list[str]
    published: date | None = None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Exports rose 5% <to> $2 billion.")
    False
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if _DOCUMENT_TAG.search(head):
        return True
    return head.startswith("<") and bool(_CONTENT_TAG.search(head))


def html_to_article(
    html: str, *, doc_id: str, url: str | None = None, published: date | None = None
) -> Article:
    """The page's title and main text as an Article; ``published`` wins over the page's date.

    >>> page = "<html><body><article><h1>Steel</h1><p>Exports rose 5%.</p></article></body></html>"
    >>> html_to_article(page, doc_id="a").text
    'Steel\\n\\nExports rose 5%.'
    """
    page = _trafilatura_page(html, url) or _soup_page(html)
    return Article(
        id=doc_id,
        text=_compose(page.title, page.paragraphs),
        url=url,
        title=page.title,
        published=published or page.published or _published_from_markup(html),
    )


def _compose(title: str | None, paragraphs: list[str]) -> str:
    # The headline usually comes back as the first paragraph too; keep it once.
    if title and paragraphs and _squash(paragraphs[0]) == _squash(title):
        paragraphs = paragraphs[1:]
    return "\n\n".join([title, *paragraphs] if title else paragraphs)


def _squash(text: str) -> str:
    return " ".join(text.split())


@cache
def _trafilatura() -> ModuleType | None:
    """trafilatura, or None (with a warning) when it cannot be imported."""
    try:
        return importlib.import_module("trafilatura")
    except ImportError as exc:
        # lxml >= 5.2 moved lxml.html.clean out to lxml_html_clean, which justext needs.
        message = f"trafilatura unavailable ({exc}); HTML is read with BeautifulSoup only"
        warnings.warn(message, RuntimeWarning, stacklevel=3)
        return None


def _trafilatura_page(html: str, url: str | None) -> _Page | None:
    """The main text found by trafilatura, or None when it finds none."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        return None
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        # No guessing from dates in the body: a wrong date misplaces every relative period.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    paragraphs = _lines(document.text if document is not None else None)
    if not paragraphs:
        return None
    title = _squash(document.title) if document.title else None
    return _Page(title or None, paragraphs, _parse_page_date(document.date))


def _soup_page(html: str) -> _Page:
    """The visible text of the page's article (or main, or body), one paragraph per block."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    title = _soup_title(soup)
    root = soup.find("article") or soup.find("main") or soup.body or soup
    # Newlines in the source are only spaces; the paragraph separator marks real breaks.
    for tag in root.find_all("br"):
        tag.replace_with(_BREAK)
    for tag in root.find_all(_BLOCKS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    return _Page(title, _lines(root.get_text(), separator=_BREAK))


def _soup_title(soup: BeautifulSoup) -> str | None:
    for tag in (soup.find("h1"), soup.title):
        if isinstance(tag, Tag) and (text := _squash(tag.get_text())):
            return text
    return None


def _lines(text: str | None, separator: str = "\n") -> list[str]:
    """The non-blank lines of ``text``, whitespace squashed: one paragraph each."""
    return [line for line in map(_squash, (text or "").split(separator)) if line]


def _published_from_markup(html: str) -> date | None:
    """The date in ``<meta property="article:published_time">`` (and kin) or ``<time>``."""
    soup = BeautifulSoup(html, "lxml")
    for attribute, value in _DATE_METAS:
        meta = soup.find("meta", attrs={attribute: value})
        if isinstance(meta, Tag) and (found := _parse_page_date(meta.get("content"))):
            return found
    time = soup.find("time", attrs={"datetime": True})
    return _parse_page_date(time.get("datetime")) if isinstance(time, Tag) else None


def _parse_page_date(value: object) -> date | None:
    """An ISO date or datetime from page metadata, else None.

    >>> _parse_page_date("2024-03-05T08:30:00Z")
    datetime.date(2024, 3, 5)
    """
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None
