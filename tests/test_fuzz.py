"""Property tests (hypothesis) of the text-reading stages: the quantity parser, the period
resolver, URL normalisation and HTML to text never raise anything but the project's own
errors, and keep their round trips (issue 11).

The profile is chosen by $HYPOTHESIS_PROFILE: "ci" (the default; what `make test` and CI run)
keeps the examples few and derandomised so that the file runs in well under a minute.
"""

from __future__ import annotations

import contextlib
import os
import string
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.errors import ExtractorError
from extractor.fetch.urls import join_url, normalise_url
from extractor.html import html_to_article
from extractor.models import Article
from extractor.nlp.periods import document_year, find_periods
from extractor.nlp.quantities import find_quantities, parse_quantity

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Text made of what news about figures is made of, so that the parsers' paths are reached.
WORDS = [
    "exports", "imports", "rose", "fell", "to", "from", "by", "in", "of", "the", "a", "and",
    "billion", "bn", "mln", "million", "trillion", "pct", "percent", "per cent", "%", "$",
    "£", "€", "US$", "HK$", "dlrs", "yen", "euros", "points", "tonnes", "barrels", "half",
    "a quarter", "two-thirds", "first quarter", "Q3", "H1", "January", "March", "1987",
    "2024", "2025/26", "fiscal", "last year", "this month", "a year earlier", "between",
    "-", "–", "/", "(", ")", ",", ".", ";", ":", "about", "nearly", "up", "down", "5",
    "3.5", "1,200", "0.25", "12.38", "1.2tn", "40m", "7-9", "½", "¼", "\n", "  ", "\t",
]  # fmt: skip
news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(
    " ".join
)
any_text = st.one_of(news_text, st.text(max_size=200))


def never_raises_but_ours(call: object) -> None:
    """Call it; an exception that is not an ExtractorError fails the test."""
    with contextlib.suppress(ExtractorError):
        call()  # type: ignore[operator]


# --- the quantity parser -------------------------------------------------------------------


@given(any_text)
@example("between $5bn and $7bn")
@example("5-7 pct")
@example("1e308% ")
@example("9" * 400 + " billion dlrs")
def test_quantities_are_spans_of_the_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.value == q.value  # not NaN


@given(any_text, st.sampled_from(["USD", "EUR", "JPY", None]))
def test_quantities_with_a_carried_currency_are_spans_too(text: str, currency: str | None) -> None:
    for q in find_quantities(text, default_currency=currency):
        assert text[q.start : q.end] == q.text


FIGURES = ["$5bn", "5%", "3.5 pct", "1,200 tonnes", "12.38 billion dlrs", "€40m", "7.4 billion yen"]


@given(
    st.sampled_from(FIGURES),
    st.text(alphabet=" \t\n", max_size=5),
    st.text(alphabet=" \t\n", max_size=5),
)
def test_a_figure_reads_the_same_with_whitespace_around_it(
    figure: str, left: str, right: str
) -> None:
    alone = parse_quantity(figure)
    padded = parse_quantity(left + figure + right)
    assert alone is not None and padded is not None
    assert (padded.value, padded.unit, padded.category) == (alone.value, alone.unit, alone.category)
    assert padded.start == len(left) + alone.start


@given(
    st.sampled_from(["5 pct", "3 billion dlrs", "40 mln tonnes", "7.4 billion yen", "2 per cent"])
)
def test_a_figure_reads_the_same_in_upper_case(figure: str) -> None:
    lower, upper = parse_quantity(figure), parse_quantity(figure.upper())
    assert lower is not None and upper is not None
    assert (upper.value, upper.unit) == (lower.value, lower.unit)


# --- the period resolver -------------------------------------------------------------------


@given(any_text, st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2099, 12, 31))))
@example("from 2024/25 to the first half of 9999", None)
@example("in the year to March 0000", None)
@example("Q5 1987", date(1987, 3, 1))
def test_periods_are_spans_of_the_text(text: str, published: date | None) -> None:
    for p in find_periods(text, published=published, year=published.year if published else None):
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == p.text
    never_raises_but_ours(lambda: document_year(text, published))


@given(st.sampled_from(["in March 2024", "in the first quarter of 2025", "last year", "in 1987"]))
def test_a_period_reads_the_same_with_whitespace_and_in_upper_case(phrase: str) -> None:
    published = date(2025, 6, 1)
    plain = [p.value for p in find_periods(phrase, published=published)]
    padded = [p.value for p in find_periods(f"  {phrase}\n", published=published)]
    shouted = [p.value for p in find_periods(phrase.upper(), published=published)]
    assert plain and padded == plain and shouted == plain


# --- URL normalisation ---------------------------------------------------------------------

url_text = st.one_of(
    st.text(max_size=80),
    st.builds(
        lambda scheme, host, port, path, query: f"{scheme}://{host}{port}{path}{query}",
        st.sampled_from(["http", "https", "HTTP", "ftp", "", "javascript"]),
        st.one_of(
            st.sampled_from(["Example.ORG", "[::1]", "[x", "127.0.0.1", "xn--bcher-kva.example"]),
            st.text(alphabet=string.ascii_letters + ".-[]:@%", max_size=20),
        ),
        st.sampled_from(["", ":80", ":443", ":99999", ":x", ":"]),
        st.text(alphabet=string.printable, max_size=20).map(lambda p: "/" + p),
        st.sampled_from(["", "?utm_source=a&id=2", "?a=1&a=2", "?%zz", "#frag"]),
    ),
)


@given(url_text)
@example("http://[::1")
@example("https://example.org:0/")
def test_normalise_url_never_raises_and_is_idempotent(url: str) -> None:
    once = normalise_url(url)
    assert normalise_url(once) == once


@given(url_text, url_text)
def test_join_url_never_raises(base: str, link: str) -> None:
    joined = join_url(base, link)
    assert isinstance(joined, str)


# --- HTML to text --------------------------------------------------------------------------

TAGS = ["p", "div", "article", "main", "span", "table", "td", "tr", "h1", "script", "style", "br"]
html_text = st.recursive(
    st.one_of(news_text, st.text(max_size=20)),
    lambda inner: (
        st.builds(
            lambda tag, body, close: f"<{tag}>{body}" + (f"</{tag}>" if close else ""),
            st.sampled_from(TAGS),
            inner,
            st.booleans(),
        )
        | st.lists(inner, max_size=4).map("".join)
    ),
    max_leaves=20,
)


@given(html_text)
@example("<html><body>" + "<div>" * 5000 + "Exports rose 5%." + "</div>" * 5000)
@example("<html><head></head></html>")
@example("\x00<p>\ufeff</p>")
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_html_to_article_never_raises_but_ours(html: str) -> None:
    def call() -> None:
        article = html_to_article("<html><body>" + html + "</body></html>", doc_id="f")
        assert isinstance(article, Article) and isinstance(article.text, str)

    never_raises_but_ours(call)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_html_gives_its_text(depth: int) -> None:
    html = "<html><body>" + "<div>" * depth + "<p>Exports rose 5% in 2024.</p>" + "</div>" * depth
    article = html_to_article(html + "</body></html>", doc_id="deep")
    assert "Exports rose 5% in 2024." in article.text
