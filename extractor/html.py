"""HTML -> :class:`Article`: the page's main text and metadata.

trafilatura finds the main text (dropping navigation, footers and other page furniture)
and the publication date (via htmldate); when it finds nothing, the page's visible text
is read with BeautifulSoup instead. Paragraphs holding figures that trafilatura's precise
extraction loses are added back (see :func:`_trafilatura_page`). Title, date, author, site
name and language come from the page's metadata (``extractor.metadata``: JSON-LD,
OpenGraph, meta tags), with trafilatura's (htmldate's) date as the fallback. The article
text is the title, a blank line, then the paragraphs separated by blank lines.
"""

from __future__ import annotations

import importlib
import re
import warnings
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import ModuleType
from typing import Any

from bs4 import BeautifulSoup, PageElement, Tag

from extractor.metadata import element_marks, in_rail, page_metadata, parse_page_date
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
# A figure: "5", "2.3", "1,200" (as the benchmark counts numeric tokens).
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")
# A paragraph this long found inside the main text anchors the fallback's paragraphs to it.
_ANCHOR_CHARS = 30


@dataclass(frozen=True)
class _Page:
    title: str | None
    paragraphs: list[str]
    published: date | None = None
    site_name: str | None = None


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
    soup = BeautifulSoup(html, "lxml")
    meta = page_metadata(soup)  # before _soup_of drops the scripts holding JSON-LD
    asides, leads = _asides_and_leads(soup)
    fallback = _soup_of(soup)
    page = _trafilatura_page(html, url, fallback.paragraphs) or fallback
    title = page.title or meta.title
    paragraphs = [
        p for p in page.paragraphs if not is_furniture_line(p) and _squash(p) not in asides
    ]
    paragraphs = _with_leads(paragraphs, leads, title)
    return Article(
        id=doc_id,
        text=_compose(title, paragraphs),
        url=url,
        title=title,
        published=published or meta.published or page.published,
        author=meta.author,
        site_name=meta.site_name or page.site_name,
        language=meta.language,
    )


def _asides_and_leads(soup: BeautifulSoup) -> tuple[set[str], list[str]]:
    """The texts of the page's captions and embedded posts (no article text), and the lines
    of its standfirst and key points (the article's, which text extraction may drop)."""
    asides = {
        _squash(tag.get_text(" "))
        for tag in soup.select(_ASIDE_SELECTOR)
        if isinstance(tag, Tag) and tag.find_parent("p") is None
    }
    leads: list[str] = []
    for tag in _before_the_body(soup, soup.find_all(True, attrs={"class": _LEAD_CLASS}, limit=4)):
        if in_rail(tag) or tag.find_parent("li") is not None:
            continue
        items = tag.find_all("li") or [tag]
        leads += [text for item in items if (text := _squash(item.get_text(" ")))]
    return asides - {""}, leads


def _before_the_body(soup: BeautifulSoup, tags: list[Any]) -> list[Tag]:
    """Those of ``tags`` that come before the page's first paragraph of body text (a lead
    tops its article; a "summary" further down is another story's teaser)."""
    wanted = {id(t) for t in tags if isinstance(t, Tag)}
    if not wanted:
        return []
    found: list[Tag] = []
    for node in soup.descendants:
        if not isinstance(node, Tag):
            continue
        if id(node) in wanted:
            found.append(node)
        elif (
            node.name == "p"
            and len(node.get_text(strip=True)) >= _BODY_CHARS
            and not _in_notice(node)
        ):
            break
    return found


_BODY_CHARS = 120


def _in_notice(tag: Tag) -> bool:
    """Whether an element lies in a site notice (a cookie or consent banner, a newsletter
    or subscription box), which may come before the article and is none of it."""
    return any(
        _NOTICE.search(element_marks(e, "class", "id"))
        for e in (tag, *tag.parents)
        if isinstance(e, Tag)
    )


_NOTICE = re.compile(r"cookie|consent|gdpr|site-message|newsletter|subscri|paywall", re.I)


_ASIDE_SELECTOR = (
    "figcaption, .caption, .image-caption, .photo-caption, .wp-caption-text, "
    "blockquote.twitter-tweet, blockquote.instagram-media, .embedded-tweet, .tweet-embed"
)
# "standfirst", "topper__standfirst", "article-dek", "key-points": one class word of a lead
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:standfirst|dek|strapline|sub-?headline|summary|key-?points|highlights|"
    r"takeaways)$",
    re.I,
)


def _with_leads(paragraphs: list[str], leads: list[str], title: str | None) -> list[str]:
    """``paragraphs`` with the lead lines holding figures that they lack, at the top (after
    the headline when the paragraphs repeat it)."""
    text = "\n".join(paragraphs)
    missing = [line for line in leads if _FIGURE.search(line) and line not in text]
    if not missing:
        return paragraphs
    repeated = headline_at(paragraphs, title)
    at = 0 if repeated is None else repeated + 1
    return [*paragraphs[:at], *missing, *paragraphs[at:]]


def is_furniture_line(paragraph: str) -> bool:
    """Whether a paragraph inside the article is page furniture: a link to another story
    ("READ MORE: Dow drops 473 points", "Also Read: ..."), an advertisement's label, a row
    of share buttons and counters ("Share via Email 1,203 shares").

    >>> is_furniture_line("Also Read: Tata Motors' global sales fall 20% in June")
    True
    >>> is_furniture_line("Read more about the tariffs: exports fell 5% in May.")
    False
    """
    return _FURNITURE_LINE.match(paragraph) is not None or (
        _SHARE_ROW.fullmatch(paragraph.strip()) is not None
    )


# A label and a colon or bar before a link to another story; an advertisement's label.
_FURNITURE_LINE = re.compile(
    r"^\s*(?:(?:read more|also read|read also|related|related stories|see also|watch|"
    r"listen|more on this|recommended)\s*[:|\u2013\u2014-]|advertisement(?=[A-Z\s]|$)|"
    r"sponsored(?:\s+content)?\s*$)",
    re.I,
)
_SHARE_WORD = (
    r"(?:share(?:\s+(?:on|via)\s+\w+)?|tweet|email|print|save|copy link|facebook|twitter|"
    r"linkedin|whatsapp|comments?|\d[\d,]*\s+(?:shares|comments))"
)
_SHARE_ROW = re.compile(rf"(?i:{_SHARE_WORD}(?:\s*[|\u00b7]?\s*{_SHARE_WORD})*)")


def _compose(title: str | None, paragraphs: list[str]) -> str:
    # The headline usually comes back as the first paragraph too; keep it once, as the page
    # shows it (a shorter og:title may drop words of the <h1>).
    at = headline_at(paragraphs, title)
    if title and at is not None:
        # and a kicker above it ("Germany · Trade") goes with it
        title, paragraphs = paragraphs[at], paragraphs[at + 1 :]
    return "\n\n".join([title, *paragraphs] if title else paragraphs)


def headline_at(paragraphs: list[str], title: str | None) -> int | None:
    """Where the paragraphs repeat the headline: the first, or one after kicker lines of a
    few words and no figure ("Germany · Trade"); None when they do not."""
    for at, line in enumerate(paragraphs[:3]):
        if title and same_headline(line, title):
            return at
        if len(line.split()) > 6 or _FIGURE.search(line):
            return None
    return None


def same_headline(line: str, title: str) -> bool:
    """Whether a line is the page's headline again: the same words, or one's words all among
    the other's ("Trump to slap 10% tariff on remaining Chinese imports" and "Trump to slap
    10% tariff on remaining $300bn of Chinese imports"), for a line of headline length.

    >>> same_headline("Exports rise 5% in May", "Exports rise 5% in May")
    True
    >>> same_headline("US slaps 10% tariff on $300bn of imports", "US slaps 10% tariff on imports")
    True
    >>> same_headline("Exports rose 5% in May, the ministry said.", "Exports rise in May")
    False
    """
    if _squash(line) == _squash(title):
        return True
    a, b = set(_HEADLINE_WORD.findall(line.lower())), set(_HEADLINE_WORD.findall(title.lower()))
    short = len(line.split()) <= HEADLINE_WORDS and not line.rstrip().endswith(".")
    return short and min(len(a), len(b)) >= 4 and (a <= b or b <= a)


_HEADLINE_WORD = re.compile(r"[\w$%.,]+")
HEADLINE_WORDS = 25


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


def _trafilatura_page(html: str, url: str | None, fallback: list[str]) -> _Page | None:
    """The main text found by trafilatura, or None when it finds none.

    trafilatura favouring precision gives the cleanest text but drops some paragraphs that
    carry figures (lists, embedded posts, table-like blocks); those are added back from
    its default (recall-leaning) extraction, then from the BeautifulSoup paragraphs lying
    between the first and the last paragraph of the main text: figures the text stage
    loses, no later stage finds. The measurements behind this are in benchmarks/README.md.
    """
    trafilatura = _trafilatura()
    if trafilatura is None:
        return None
    precise = _extraction(trafilatura, html, url, favor_precision=True, with_metadata=True)
    wider = _extraction(trafilatura, html, url)
    paragraphs = _lines(precise.text if precise is not None else None)
    wider_paragraphs = _lines(wider.text if wider is not None else None)
    if not paragraphs:
        paragraphs, wider_paragraphs = wider_paragraphs, []
    if not paragraphs:
        return None
    paragraphs = _with_lost_figures(paragraphs, wider_paragraphs, anywhere=True)
    paragraphs = _with_lost_figures(paragraphs, fallback, anywhere=False)
    document = precise if precise is not None and precise.text else wider
    title = _squash(document.title) if document is not None and document.title else None
    page_date = parse_page_date(document.date) if document is not None else None
    site = document.sitename if document is not None else None
    return _Page(title or None, paragraphs, page_date, site or None)


def _extraction(trafilatura: ModuleType, html: str, url: str | None, **options: bool) -> Any:
    """trafilatura's bare extraction (a Document or None) with the options chosen here."""
    return trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,  # figures in article tables are kept as text
        # No guessing from dates in the body: a wrong date misplaces every relative period.
        date_extraction_params={"original_date": True, "extensive_search": False},
        **options,
    )


def _with_lost_figures(paragraphs: list[str], source: list[str], *, anywhere: bool) -> list[str]:
    """``paragraphs`` plus those of ``source`` holding figures the paragraphs lack.

    Each added paragraph goes after the last ``source`` paragraph found in the main text.
    Unless ``anywhere``, only paragraphs between the first and the last of ``source`` found
    in the main text are candidates (what lies outside is page furniture, mostly).

    >>> main = ["Exports rose 5% to a record in May.", "Imports fell for a third month."]
    >>> page = ["Home 2024", main[0], "Cars: 12,000", main[1], "(c) 2024"]
    >>> _with_lost_figures(main, page, anywhere=False)
    ['Exports rose 5% to a record in May.', 'Cars: 12,000', 'Imports fell for a third month.']
    """
    text = "\n".join(paragraphs)
    anchors = [i for i, p in enumerate(source) if len(p) >= _ANCHOR_CHARS and p in text]
    if not anchors:
        return paragraphs
    first, last = (0, len(source) - 1) if anywhere else (anchors[0], anchors[-1])
    figures = set(_FIGURE.findall(text))
    result, position = list(paragraphs), 0
    for paragraph in source[first : last + 1]:
        if paragraph in text:
            position = next((i + 1 for i, p in enumerate(result) if paragraph in p), position)
            continue
        lost = set(_FIGURE.findall(paragraph)) - figures
        if lost:
            result.insert(position, paragraph)
            position += 1
            figures |= lost
    return result


def _soup_page(html: str) -> _Page:
    """The visible text of the page's article (or main, or body), one paragraph per block."""
    return _soup_of(BeautifulSoup(html, "lxml"))


def _soup_of(soup: BeautifulSoup) -> _Page:
    """As :func:`_soup_page`, from a parsed page (which it changes)."""
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    title = _soup_title(soup)
    root = soup.find("article") or soup.find("main") or soup.body or soup
    return _Page(title, _lines(_block_text(root), separator=_BREAK))


_BLOCK_NAMES = frozenset(_BLOCKS)


def _block_text(root: Tag) -> str:
    """``root.get_text()`` with a paragraph separator around every block and for every
    ``<br>`` (newlines in the source are only spaces).

    Walked with a stack, not by inserting the separators into the tree: bs4 finds where to
    insert after a tag by walking all of its descendants, which on a page nested 100,000
    levels deep never ends.

    >>> _block_text(BeautifulSoup("<div>a<br>b<p>c</p></div>d", "lxml").body).split(_BREAK)
    ['', 'a', 'b', 'c', '', 'd']
    """
    strings = root.interesting_string_types
    parts: list[str] = []
    stack: list[tuple[PageElement, bool]] = [(child, False) for child in reversed(root.contents)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append(_BREAK)
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append(_BREAK)
                continue
            if node.name in _BLOCK_NAMES:
                parts.append(_BREAK)
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is strings if isinstance(strings, type) else type(node) in (strings or ()):
            parts.append(str(node))  # the string types get_text reads, as it tests them
    return "".join(parts)


def _soup_title(soup: BeautifulSoup) -> str | None:
    for tag in (soup.find("h1"), soup.title):
        if isinstance(tag, Tag) and (text := _squash(tag.get_text())):
            return text
    return None


def _lines(text: str | None, separator: str = "\n") -> list[str]:
    """The non-blank lines of ``text``, whitespace squashed: one paragraph each."""
    return [line for line in map(_squash, (text or "").split(separator)) if line]
