"""HTML pages -> Article: main text kept, page furniture dropped, dates from metadata."""

from __future__ import annotations

from datetime import date

import pytest

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
