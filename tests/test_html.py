"""HTML pages -> Article: main text kept, page furniture dropped, dates from metadata."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup

from extractor import metadata
from extractor.html import _soup_page, html_to_article, looks_like_html

PARAGRAPHS = [
    "Exports of widgets from Freedonia rose 12.5% in February to $4.2 billion, the customs "
    "office said on Tuesday, the highest monthly figure since records began.",
    "Imports from Sylvania fell 3% to $1.1 billion over the same period, leaving a trade "
    "surplus of about $3.1 billion for the month, economists said.",
    "Analysts expect shipments to slow in the second quarter as new tariffs of 25% take "
    "effect on machinery parts from April, according to the trade ministry.",
]
BOILERPLATE = ["Home", "Markets", "About us", "Copyright 2024 Example News", "Privacy policy"]


def news_page(head: str = "", byline: str = "") -> str:
    """An invented news page: article paragraphs wrapped in navigation and footer."""
    paragraphs = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Widget exports climb | Example News</title>{head}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a>
<a href="/about">About us</a></nav></header>
<main><article><h1>Widget exports climb to record</h1>{byline}
{paragraphs}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/x">Celebrity chef opens bistro</a></li></ul></aside>
<footer><p>Copyright 2024 Example News. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
<script>var tracking = "pageview";</script>
</body></html>"""


def test_html_to_article_keeps_title_and_paragraphs_and_drops_boilerplate() -> None:
    article = html_to_article(news_page(), doc_id="page.html")
    assert article.id == "page.html"
    assert article.title == "Widget exports climb to record"
    assert article.text == "\n\n".join(["Widget exports climb to record", *PARAGRAPHS])
    for furniture in [*BOILERPLATE, "Celebrity chef", "tracking"]:
        assert furniture not in article.text


def test_soup_fallback_drops_boilerplate_too() -> None:
    page = _soup_page(news_page())
    assert page.title == "Widget exports climb to record"
    assert page.paragraphs == ["Widget exports climb to record", *PARAGRAPHS]


@pytest.mark.parametrize(
    ("head", "byline", "given", "expected"),
    [
        ('<meta property="article:published_time" content="2024-03-05T08:30:00Z">', "", None,
         date(2024, 3, 5)),
        ("", '<p>By A. Writer, <time datetime="2023-07-14">14 July</time></p>', None,
         date(2023, 7, 14)),
        ('<meta property="article:published_time" content="2024-03-05">', "", date(2020, 1, 2),
         date(2020, 1, 2)),
        ("", "", None, None),
    ],
    ids=["meta-published-time", "time-element", "argument-wins", "no-date"],
)  # fmt: skip
def test_published_comes_from_the_argument_else_the_page(
    head: str, byline: str, given: date | None, expected: date | None
) -> None:
    article = html_to_article(news_page(head, byline), doc_id="p", published=given)
    assert article.published == expected


RAIL = (
    '<ul class="latest"><li><a href="/a">Oil slips</a> <time datetime="2019-06-09T22:10:00Z">'
    "2h ago</time></li></ul>"
)


@pytest.mark.parametrize(
    ("before", "byline", "expected"),
    [
        # a rail of other stories above the article dates them, not the page
        (RAIL, '<div class="article-meta"><span class="dateline">June 10, 2019 5:32 AM ET'
         "</span></div>", date(2019, 6, 10)),
        # the publication's date before the update's, whatever the order of the words
        ("", '<div class="story-date">Published 4 July 2019 &middot; Updated 5 July 2019'
         "</div>", date(2019, 7, 4)),
        ("", '<div class="story-date">Updated 5 July 2019, first published 4 July 2019</div>',
         date(2019, 7, 4)),
        ("", '<p class="byline">17.07.2019 | 06:00 &middot; J. Writer</p>', date(2019, 7, 17)),
        # a rail of other stories' dates in divs of their own; a byline in a "meta" line
        ('<div class="rail-left"><div class="rail-item"><div class="rail-date">Tue 13 Aug 2019'
         "</div></div></div>", '<div class="meta-line">By A. Writer &middot; Updated 5:02 PM '
         "EDT, Wed August 14, 2019</div>", date(2019, 8, 14)),
        # a date told by its label in a list of the article's facts
        ("", "<ul><li><strong>Date</strong> 08 Aug 2019</li><li><strong>Author</strong> C. H."
         "</li></ul>", date(2019, 8, 8)),
        # a <time> marked as the publication's outranks a byline's text
        ("", '<div class="byline">Updated Jul 9, 2019 <time itemprop="datePublished" '
         'datetime="2019-07-08">8 July</time></div>', date(2019, 7, 8)),
    ],
    ids=["byline-under-a-rail", "published-then-updated", "updated-then-published",
         "dotted-date", "rail-of-divs", "labelled-date", "marked-time"],
)  # fmt: skip
def test_published_from_a_byline_not_from_a_rail(
    before: str, byline: str, expected: date | None
) -> None:
    page = news_page(byline=byline).replace("<main>", f"<main>{before}")
    assert html_to_article(page, doc_id="p").published == expected


def test_url_is_kept() -> None:
    article = html_to_article(news_page(), doc_id="p", url="https://news.example/widgets")
    assert article.url == "https://news.example/widgets"


def test_inline_markup_does_not_break_paragraphs() -> None:
    page = "<html><body><article><h1>Steel</h1><p>Exports <b>rose</b>\n  5% to <a href='#'>$2 billion</a>.</p><p>Second.</p></article></body></html>"  # noqa: E501
    assert _soup_page(page).paragraphs == ["Steel", "Exports rose 5% to $2 billion.", "Second."]


def test_page_without_text_gives_empty_text() -> None:
    page = "<html><head><style>p {}</style></head><body><script>x()</script></body></html>"
    article = html_to_article(page, doc_id="p")
    assert article.text == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("\ufeff  <html lang='en'><p>Hi</p></html>", True),
        ("<p>Exports rose.</p><p>Imports fell.</p>", True),
        ("<div class='story'>Exports rose.</div>", True),
        ("Exports rose 5% <to> $2 billion.", False),
        ("CHINA TRADE SURPLUS WIDENS\nChina's surplus <b>rose</b> in May.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


# Metadata: JSON-LD, OpenGraph, meta tags; htmldate (through trafilatura) as the fallback

JSON_LD_GRAPH = """<script type="application/ld+json">{"@context": "https://schema.org",
 "@graph": [{"@type": "WebSite", "name": "Graph Gazette"},
  {"@type": ["NewsArticle"], "headline": "Widget exports climb to record",
   "datePublished": "2024-03-05T08:30:00+01:00", "inLanguage": "en",
   "author": [{"@type": "Person", "name": "Ada Writer"}, {"@type": "Person", "name": "B. Lee"}],
   "publisher": {"@type": "Organization", "name": "Graph Gazette"}}]}</script>"""
JSON_LD_LIST = """<script type="application/ld+json">[{"@type": "BreadcrumbList"},
 {"@type": "ReportageNewsArticle", "datePublished": "2023-11-20",
  "author": {"@type": "Person", "name": "Cy Reporter", "url": "https://news.example/cy"}}]
</script><script type="application/ld+json">{not json</script>"""
OPEN_GRAPH = """<meta property="og:site_name" content="OG Times">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2022-06-01T10:00:00Z">
<meta name="author" content="By Dee Columnist">"""
HTMLDATE_ONLY = '<p>Published <span class="date">2021-09-14</span></p>'


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        (JSON_LD_GRAPH, "", (date(2024, 3, 5), "Ada Writer, B. Lee", "Graph Gazette", "en")),
        (JSON_LD_LIST, "", (date(2023, 11, 20), "Cy Reporter", None, "en")),
        (OPEN_GRAPH, "", (date(2022, 6, 1), "Dee Columnist", "OG Times", "en")),
        ('<meta http-equiv="content-language" content="fr">', "", (None, None, None, "en")),
    ],
    ids=["json-ld-graph", "json-ld-list-broken-script", "opengraph-and-meta", "html-lang-wins"],
)  # fmt: skip
def test_metadata_from_json_ld_opengraph_and_meta_tags(
    head: str, byline: str, expected: tuple[object, ...]
) -> None:
    article = html_to_article(news_page(head, byline), doc_id="p")
    assert (article.published, article.author, article.site_name, article.language) == expected


def test_metadata_language_and_site_from_meta_when_html_has_no_lang() -> None:
    page = news_page(OPEN_GRAPH).replace('<html lang="en">', "<html>")
    article = html_to_article(page, doc_id="p")
    assert (article.language, article.site_name) == ("en-GB", "OG Times")


def test_published_falls_back_to_htmldate() -> None:
    page = news_page(byline=HTMLDATE_ONLY).replace("<main>", '<main><div class="meta">')
    assert html_to_article(page, doc_id="p").published == date(2021, 9, 14)


def test_headline_comes_from_json_ld_when_the_page_has_no_title() -> None:
    page = (
        f"<html><head>{JSON_LD_GRAPH}</head><body><div><p>{PARAGRAPHS[0]}</p></div></body></html>"
    )
    article = html_to_article(page, doc_id="p")
    assert article.title == "Widget exports climb to record"
    assert article.text == f"Widget exports climb to record\n\n{PARAGRAPHS[0]}"


# Main text: figures the precise extraction drops are added back


def test_figures_in_an_article_table_are_kept_as_text() -> None:
    table = (
        "<table><tr><th>Partner</th><th>Exports, $ bn</th></tr>"
        "<tr><td>Sylvania</td><td>4.2</td></tr><tr><td>Ruritania</td><td>1.35</td></tr></table>"
    )
    page = news_page().replace(f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>{table}")
    text = html_to_article(page, doc_id="p").text
    assert "Ruritania" in text and "1.35" in text and "Celebrity chef" not in text


@pytest.mark.parametrize(
    "head",
    [
        OPEN_GRAPH,
        '<meta NAME="Author" content="First"><meta name="author" content="Second">',
        '<meta property="OG:SITE_NAME" content=" Spaced   Name ">',
        '<meta property="og:site_name\n" content="Trailing newline">',
        '<meta property="og:site_name_extra" content="Not it"><meta content="No attribute">',
    ],
)
def test_meta_tags_are_read_as_a_search_of_the_whole_page_reads_them(head: str) -> None:
    """The <meta> tags are collected once; each look-up must find what soup.find would."""
    soup = BeautifulSoup(news_page(head).replace("<main>", f"<main>{head}"), "lxml")
    metas = soup.find_all("meta")
    looked_up = [("property", "og:site_name"), ("name", "author"), ("property", "og:locale"),
                 ("property", "article:published_time")]  # fmt: skip
    for name, value in looked_up:
        tag = soup.find("meta", attrs={name: re.compile(f"^{re.escape(value)}$", re.I)})
        expected = " ".join(str(tag.get("content")).split()) if tag is not None else None
        assert metadata._meta(metas, (name, value)) == (expected or None)


def test_captions_and_embedded_posts_are_no_article_text() -> None:
    caption = "<figure><img src='a.jpg'><figcaption>Cranes at the port, which handles 1,200 "
    caption += "trucks a day.</figcaption></figure>"
    tweet = '<blockquote class="twitter-tweet"><p>10yr 1.619%, 2yr 1.628%. Recession watch.'
    tweet += "</p></blockquote>"
    page = news_page(byline=caption + tweet)
    text = html_to_article(page, doc_id="p").text
    assert "1,200 trucks" not in text and "1.619%" not in text
    assert PARAGRAPHS[0] in text


# A site notice before the article, its paragraph as long as body text (not the article's).
COOKIE_BANNER = (
    '<div class="site-message site-message--cookie"><p>We use cookies to improve your visit '
    "and to show you advertising that suits you. To find out more, read our privacy policy "
    "and our cookie policy.</p></div>"
)


@pytest.mark.parametrize(
    "lead",
    [
        '<div class="topper__standfirst">Beijing to impose levies of 5% and 10% on US goods</div>',
        '<ul class="key-points"><li>Exports fell 1.6% in July</li>'
        "<li>Shipments to China slid 9.3%</li></ul>",
    ],
    ids=["standfirst", "key-points"],
)
@pytest.mark.parametrize("notice", ["", COOKIE_BANNER], ids=["plain", "after-a-cookie-banner"])
def test_a_standfirst_or_key_points_the_extraction_drops_come_back(lead: str, notice: str) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    page = (
        f"<html><head><title>Trade</title></head><body>{notice}<nav>Home</nav><article>"
        f'<div class="topper"><h1>China hits back with tariffs</h1>{lead}</div>'
        f'<div class="article-info"><span>By A. Writer</span></div>'
        f'<div class="article-body">{paragraphs}</div></article><footer>(c)</footer>'
        "</body></html>"
    )
    text = html_to_article(page, doc_id="p").text
    for line in BeautifulSoup(lead, "lxml").find_all(["div", "li"]):
        assert line.get_text() in text
    assert text.index(PARAGRAPHS[0]) > text.index(BeautifulSoup(lead, "lxml").get_text()[:20])
