"""Time periods: finding the mentions in a sentence and resolving them (gold/FORMAT.md rules)."""

from __future__ import annotations

import doctest
import json
import re
from datetime import date
from pathlib import Path

import pytest

from extractor.nlp import periods
from extractor.nlp.periods import document_year, find_periods, shift_year

SHARED = Path(__file__).resolve().parents[2] / "shared"
P1987 = date(1987, 6, 18)
P2026 = date(2026, 1, 15)


def values(text: str, published: date | None = P1987, year: int | None = None) -> list[str | None]:
    return [p.value for p in find_periods(text, published=published, year=year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit years, fiscal years, year ranges
        ("Exports rose 7% in 2025.", ["2025"]),
        ("Output grew in fiscal 1987.", ["1987"]),
        ("Sales for the fiscal year ending March 1988 rose.", ["1988"]),
        # a fiscal year named with its end in the first half of the next year ends in it,
        # and so do the sentence's other fiscal years; one ending late in its year does not
        ("For fiscal 1986 ended March 31, the surplus rose from fiscal 1985.", ["1987", "1986"]),
        ("Sales in fiscal 2024, which ended in March, fell.", ["2025"]),
        ("The deficit for fiscal 1987 ending September 30 grew.", ["1987"]),
        ("Profits in financial year 2004-05 fell.", ["2005"]),
        ("Imports in 1987/88 will rise.", ["1988"]),
        ("The budget for the year beginning April 1987 is set.", ["1988"]),
        ("The FY2025 result was weak.", ["2025"]),
        # a forecast for "the year to March" told after March is for the year under way; a
        # result told then is for the one that ended (P1987 is June 1987)
        ("Toyota expects to pay 1.45 trillion yen in the fiscal year to March.", ["1988"]),
        ("The group forecasts a profit for the year ending March.", ["1988"]),
        ("Profit rose 10% to 5 trillion yen in the fiscal year to March.", ["1987"]),
        ("Jobs vanished between 1989 and 2003.", ["1989/2003"]),
        ("Output rose in 1989-93.", ["1989/1993"]),
        ("Prices were stable in mid-1986.", ["1986"]),
        # months, with the year on either side or none
        ("Exports hit $10bn in December 2025.", ["2025-12"]),
        # month spans written with hyphens round the "to"
        ("Output grew 0.1% in the July-to-September period of 1986.", ["1986-Q3"]),
        ("Exports in January-through-March 1987 fell.", ["1987-Q1"]),
        # the first quarters of a year, and the year to date (published 1987-06-18)
        ("Exports rose 4% in the first three quarters.", ["1986-01/1986-09"]),
        ("In the first three quarters of 1986 the surplus hit $7bn.", ["1986-01/1986-09"]),
        ("Sales grew 9% in the first two quarters of the year.", ["1987-H1"]),
        ("Year-to-date, imports are down 2%.", ["1987-H1"]),
        ("In the year to date, exports are up 5.3%.", ["1987-H1"]),
        # lower-case months, as some feeds write them: with a date or a month's preposition
        ("Imports rose 3% in september 2025.", ["2025-09"]),
        ("Output fell in august.", ["1986-08"]),
        ("Protesters will march in the capital.", []),
        ("Prices may rise.", []),
        ("The august body met in 2025.", ["2025"]),
        ("Exports hit $10bn in Dec 2025.", ["2025-12"]),
        ("Exports hit $10bn in Dec. 14, 2025.", ["2025-12"]),
        ("It had a deficit of 3.6 billion in April, 1986.", ["1986-04"]),
        ("The 1986 April figure was revised.", ["1986-04"]),
        ("Shipments rose in the first 20 days of February.", ["1987-02"]),
        ("Prices peaked on 11 September, 2001.", ["2001-09"]),
        ("FINLAND FEBRUARY TRADE SURPLUS WIDENS", ["1987-02"]),
        ("Deliveries rise in May.", ["1987-05"]),
        ("Imports of 6.31 billion in February last year.", ["1986-02"]),
        # month ranges
        ("Trade in January-November 2025 fell.", ["2025-01/2025-11"]),
        ("Trade from January to November 2025 fell.", ["2025-01/2025-11"]),
        ("Trade in Jan-Nov 2025 fell.", ["2025-01/2025-11"]),
        ("Trade rose between April 2003 and March 2004.", ["2003-04/2004-03"]),
        ("Trade in the first four months of 1987 rose.", ["1987-01/1987-04"]),
        ("Trade in the first four months this\nyear rose.", ["1987-01/1987-04"]),
        ("Trade in the first 10 months of 2004 rose.", ["2004-01/2004-10"]),
        ("The deficit in the 12 months to September 2004 was $412bn.", ["2003-10/2004-09"]),
        ("The gap was 542 mln dlrs in the eight months to end-August 1987.", ["1987-01/1987-08"]),
        (
            "GDP grew 1.8 pct in the quarter to September 1986 and 3.4 pct in the June "
            "quarter of 1986.",
            ["1986-Q3", "1986-Q2"],
        ),
        ("Exports in the first half rose from the same 1986 period.", ["1987-H1", "1986-H1"]),
        # a fiscal year's same period: of the year it ends in
        (
            "Exports rose to 5 billion in 1987/88 from 4 billion in the same period of 1986/87.",
            ["1988", "1987"],
        ),
        (
            "It fell in fiscal 1987 from 1.1 billion in the same period of fiscal 1985/86.",
            ["1987", "1986"],
        ),
        ("The deficit in the last six months of 1986 fell.", ["1986-H2"]),
        # halves and quarters, including ranges that are exactly one
        ("Profit rose in the first half of 2025.", ["2025-H1"]),
        ("H1 2025 profit rose.", ["2025-H1"]),
        ("Its first-half 2025 profit rose.", ["2025-H1"]),
        ("Sales in the first six months of 2025 rose.", ["2025-H1"]),
        ("The deficit widened in the fourth quarter of 1986.", ["1986-Q4"]),
        ("Q3 2025 output fell.", ["2025-Q3"]),
        ("The third-quarter deficit was revised.", ["1986-Q3"]),  # Q3 1987 has not begun
        ("Sales in the October-December quarter of 1986 rose.", ["1986-Q4"]),
        ("Liabilities rose between October and December 1986.", ["1986-Q4"]),
        ("Sales in the first three months of 1987 rose.", ["1987-Q1"]),
        ("It fell in the final quarter of last year.", ["1986-Q4"]),
        # relative to the published date
        ("The surplus rose last year.", ["1986"]),
        ("The surplus will rise this year.", ["1987"]),
        ("The surplus will rise next year.", ["1988"]),
        ("Purchases made last month rose.", ["1987-05"]),
        ("Exports in the current fiscal year will rise.", ["1987"]),
        ("Exports fell in December.", ["1986-12"]),
        ("Exports fell in June.", ["1987-06"]),
        ("The deficit widened in the fourth quarter.", ["1986-Q4"]),
        # "in the month", "for the quarter", "for the year": the current period of that unit
        ("The surplus rose in February as exports hit a record in the month.", ["1987-02"] * 2),
        ("In the fourth quarter, imports rose 2% for the quarter.", ["1986-Q4"] * 2),
        ("Sales fell in May 1986; for the year, they rose 3%.", ["1986-05", "1986"]),
        ("Prices rose in December 2004 and by 12% over the year as a whole.", ["2004-12", "2004"]),
        (
            "Output fell in the fourth quarter of 2004; for the year as a whole it grew 2%.",
            ["2004-Q4", "2004"],
        ),
        ("Exports fell in March from the month before.", ["1987-03", "1987-02"]),
        ("Output rose in the month.", [None]),  # nothing to lean on in the sentence
        # a fiscal year told by its end in a clause of its own is the year it ends in
        ("Duties raised $195bn in the fiscal year that ended on Sept. 30.", ["1986"]),
        ("Revenue rose in the fiscal year which ended June 30.", ["1987"]),
        # "May" in a span is the month
        ("In January-May the surplus was 7.74 billion dlrs.", ["1987-01/1987-05"]),
        ("Sales fell in May-June, and prices may rise.", ["1987-05/1987-06"]),
    ],
)
def test_period_values(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Exports fell in December.", date(2026, 1, 15), ["2025-12"]),
        ("Exports fell in December.", date(2026, 12, 20), ["2026-12"]),
        ("Exports fell in January.", date(2026, 1, 15), ["2026-01"]),
        ("Trade in January-November fell.", date(2026, 1, 15), ["2025-01/2025-11"]),
        ("Purchases made last month rose.", date(2026, 1, 15), ["2025-12"]),
        ("Sales rose last quarter.", date(2026, 1, 15), ["2025-Q4"]),
    ],
)
def test_relative_periods_follow_the_published_date(
    text: str, published: date, expected: list[str]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("China's exports totalled $63.8bn in December.", 2004, ["2004-12"]),
        ("China's exports totalled $63.8bn in December.", None, [None]),
        ("It has lost 7% this year.", 2004, ["2004"]),
        ("It has lost 7% this year.", None, [None]),
        ("Trade grew in the third quarter.", None, [None]),
        ("Trade grew 5% last month.", 2004, [None]),  # a year says nothing of the month
        ("Trade grew 5% in the second quarter of 2004.", None, ["2004-Q2"]),
        ("Trade grew 5% from a year earlier.", None, [None]),
        ("Trade grew 5% from a year earlier.", 2004, ["2003"]),
    ],
)
def test_without_a_published_date_only_the_document_year_resolves(
    text: str, year: int | None, expected: list[str | None]
) -> None:
    assert values(text, None, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports were 11.0 billion in the first four months, up from 8.2 billion in the"
            " same period last year.",
            [("1987-01/1987-04", "current"), ("1986-01/1986-04", "comparison")],
        ),
        (
            "The trade deficit in the first four months fell to 16.4 billion from 17.5 billion"
            " in the same period last\nyear.",
            [("1987-01/1987-04", "current"), ("1986-01/1986-04", "comparison")],
        ),
        (
            "The value of trade in April-July 2004 rose to $186.3m from $64.4m in the same"
            " period in 2003.",
            [("2004-04/2004-07", "current"), ("2003-04/2003-07", "comparison")],
        ),
        (
            "Exports rose 5% in February from a year earlier.",
            [("1987-02", "current"), ("1986-02", "comparison")],
        ),
        # "the same three months of 2024", "the same nine months a year earlier": a span of
        # months counted is a same period too
        (
            "In the first quarter, exports rose 5.2% on the same three months of 1986.",
            [("1987-Q1", "current"), ("1986-Q1", "comparison")],
        ),
        (
            "In the first nine months, imports fell from the same nine months a year earlier.",
            [("1986-01/1986-09", "current"), ("1985-01/1985-09", "comparison")],
        ),
        ("Exports rose 5% from a year earlier.", [("1986", "comparison")]),
        ("Exports were flat on the year-ago period.", [("1986", "comparison")]),
        (
            "The surplus rose to 7.4 billion dollars last year from 4.3 billion in 1985.",
            [("1986", "current"), ("1985", "comparison")],
        ),
        (
            "Imports dropped to 4.31 billion Taka in October 1986 from 8.22 billion in"
            " September and 4.72 billion in October 1985.",
            [("1986-10", "current"), ("1986-09", "comparison"), ("1985-10", "comparison")],
        ),
        (
            "Net receipts fell to 5.5 billion dlrs in the fourth quarter from 6.0 billion"
            " in the previous quarter.",
            [("1986-Q4", "current"), ("1986-Q3", "comparison")],
        ),
        (
            "Exports fell 0.7 pct in February compared with the previous month.",
            [("1987-02", "current"), ("1987-01", "comparison")],
        ),
        (
            "Imports grew 8% in March from the same month last year.",
            [("1987-03", "current"), ("1986-03", "comparison")],
        ),
        ("Sales have doubled since 2022.", [("2022", "since")]),
        ("Prices have risen since the start of 2022.", [("2022", "since")]),
        ("Prices hit their lowest since mid-September.", [("1986-09", "since")]),
        # "the previous three months" is the quarter before; "the preceding six months" the
        # half before
        (
            "GDP grew 0.4% in the July-September quarter, after a 0.3% fall in the previous"
            " three months.",
            [("1986-Q3", "current"), ("1986-Q2", "comparison")],
        ),
        (
            "Output fell in the first half, after a rise in the preceding six months.",
            [("1987-H1", "current"), ("1986-H2", "comparison")],
        ),
        # "more than expected in May": a forecast beaten, not a period compared with
        (
            "German exports rose more than expected in May, the office said.",
            [("1987-05", "current")],
        ),
        ("Imports fell less than forecast in April.", [("1987-04", "current")]),
        (
            "Exports rose 3% in May, more than in April.",
            [("1987-05", "current"), ("1987-04", "comparison")],
        ),
        # a wire story's dateline is the day it was filed, not a period of its figures
        (
            "BERLIN, June 7 (Reuters) - German exports rose in April, the office said.",
            [("1987-06", "day"), ("1987-04", "current")],
        ),
        (
            "TOKYO, Feb. 19, 1987 (AP) — Japan's exports rose for a fifth month in January.",
            [("1987-02", "day"), ("1987-01", "current")],
        ),
        (
            "SAO PAULO, May 5 - Brazil shipped a record in April.",
            [("1987-05", "day"), ("1987-04", "current")],
        ),
        ("Exports to Brazil, May 5 figures show, rose.", [("1987-05", "current")]),
        # a list of compared periods runs on after "and"; a clause of its own does not
        (
            "Sales were 9 billion, against 7 billion in 1985 and 6 billion in 1984.",
            [("1985", "comparison"), ("1984", "comparison")],
        ),
        (
            "Output rose after growing 8% in 1985, and the minister expects growth of 7% in 1988.",
            [("1985", "comparison"), ("1988", "current")],
        ),
        (
            "GDP grew faster than in 1986, and officials now see exports rising 4% in 1988.",
            [("1986", "comparison"), ("1988", "current")],
        ),
    ],
)
def test_relations(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_periods(text, published=P1987)
    assert [(p.value, p.relation) for p in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan runs for five years.",
        "It was the first time in four consecutive years.",
        "Exports rose 4% year-on-year.",
        "Output in the 1980s was weaker.",
        "They shipped 2,025 tonnes of copper.",
        "The bill came to $2025.",
        "They shipped 2025 tonnes of copper.",
        "See page 1987 of the report.",
        "Call 020 7946 2025 for details.",
        "Prices may rise, Jan Smith said.",
        "The march of progress continued.",
        "Inflation over the last three months was high.",
        # a count of quarters, not the third one
        "The economy shrank for the third quarter in a row.",
        "Sales fell for the second half running.",
        # a futures contract's month
        "Light crude for September delivery settled higher.",
        "The July contract fell 2 cents.",
        # a security's maturity
        "The yield on the benchmark 2035 government bond fell.",
        "The 2030 notes rallied.",
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text, published=P1987) == []


@pytest.mark.parametrize(
    ("text", "granularity"),
    [
        ("in 2025", "year"),
        ("in the first half of 2025", "half"),
        ("in the third quarter of 2025", "quarter"),
        ("in December 2025", "month"),
        ("in January-November 2025", "range"),
        ("in the third quarter", "quarter"),  # unresolved, but still a quarter
    ],
)
def test_granularity(text: str, granularity: str) -> None:
    (found,) = find_periods(text, published=None)
    assert found.granularity == granularity


def test_spans_are_offsets_into_the_text_given() -> None:
    text = "Trade fell in the first four months this\nyear and in December 1986."
    found = find_periods(text, published=P1987)
    assert [p.text for p in found] == ["the first four months this\nyear", "December 1986"]
    assert all(text[p.start : p.end] == p.text for p in found)


@pytest.mark.parametrize(
    ("period", "years", "expected"),
    [
        ("2025", -1, "2024"),
        ("2025-12", -1, "2024-12"),
        ("2025-Q1", -2, "2023-Q1"),
        ("2025-H2", 1, "2026-H2"),
        ("2025-01/2025-11", -1, "2024-01/2024-11"),
        ("1989/2003", -1, "1988/2002"),
    ],
)
def test_shift_year(period: str, years: int, expected: str) -> None:
    assert shift_year(period, years) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Sales rose in 2003. In 2004 they rose again.", date(2026, 1, 15), 2026),
        ("Sales rose in 2003, 2004 and again in 2004.", None, 2004),
        ("Sales rose in 2003 and 2004.", None, 2004),  # a tie goes to the later year
        ("Sales rose in the 1990s, by 2,004 tonnes.", None, None),
        ("Sales rose last year.", None, None),
    ],
)
def test_document_year(text: str, published: date | None, expected: int | None) -> None:
    assert document_year(text, published) == expected


def _case_texts() -> list[str]:
    """The text of every parametrised case in this file."""
    texts = []
    for test in list(globals().values()):
        for mark in getattr(test, "pytestmark", []):
            for case in mark.args[1] if mark.name == "parametrize" else []:
                first = case[0] if isinstance(case, tuple) else case
                if isinstance(first, str):
                    texts.append(first)
    return texts


def test_every_match_of_a_pattern_holds_the_word_it_needs() -> None:
    """A sentence without a pattern's needed word is not scanned with that pattern: safe only
    when no match of the pattern can lack it (a pattern added with a wrong word fails here)."""
    texts = [*_case_texts(), "the March quarter", "in the June quarter of 1986", "FY25",
             "on Tuesday", "in afternoon trade", "overnight", "the same 1986 period"]  # fmt: skip
    checked = 0
    for pattern, _handler, need in periods._patterns():
        for text in texts:
            for match in pattern.finditer(text):
                assert need is None or need.search(match.group()), (pattern.pattern, text)
                checked += need is not None
    assert checked > 100


def test_the_needed_words_skip_no_period() -> None:
    """The periods found with the needed-word check are those found scanning every pattern."""
    texts = [*_case_texts(), "Imports in the year ending March 1988 and the quarter to June."]
    for text in texts:
        context = periods._Context(text, periods._reference(P1987, None))
        every = [
            draft
            for pattern, handler, _need in periods._patterns()
            for draft in map(lambda m: handler(m, context), pattern.finditer(text))
            if draft is not None
        ]
        assert list(periods._candidates(context)) == every, text


def test_docstring_examples() -> None:
    assert doctest.testmod(periods).failed == 0


def test_dated_gold_periods_are_found_in_their_sentences() -> None:
    """A floor on the dev gold: the gold period is among the sentence's periods (or the year)."""
    gold_path, archive_path = SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "dev_archive.jsonl"
    if not gold_path.exists() or not archive_path.exists():
        pytest.skip("shared gold set not present")
    texts = {d["id"]: d for d in map(json.loads, archive_path.read_text().splitlines())}
    hits = total = 0
    for doc in map(json.loads, gold_path.read_text().splitlines()):
        record = texts[doc["doc_id"]]
        if record["published"] is None:
            continue
        published = date.fromisoformat(record["published"])
        for claim in doc["claims"]:
            sentence = _sentence_of(record["text"], claim["sentence_hint"])
            if claim["period"] is None or sentence is None:
                continue
            found = values(sentence, published)
            total += 1
            hits += claim["period"] in found or (not found and claim["period"] == "1987")
    assert total > 100
    assert hits / total >= 0.85


def _sentence_of(text: str, hint: str) -> str | None:
    flat = re.sub(r"\s+", " ", text)
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", flat):
        if re.sub(r"\s+", " ", hint) in sentence:
            return sentence
    return None


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the months of a fiscal year run from the month it starts: the text's, else the
        # article country's
        ("Exports jumped 26% in the first nine months of the financial year, which began in "
         "April.", None, "2004-04/2004-12"),
        ("Exports rose in the first eight months of the fiscal year.", "IN", "2004-04/2004-11"),
        ("Exports rose in the first six months of the fiscal year.", "AU", "2004-H2"),
        ("Exports rose in the first four months of 2004.", "IN", "2004-01/2004-04"),
        # a fiscal year named: from its start, in the year before its ending year
        ("The deficit was 66 billion in the first 10 months of fiscal 2004/05 ending March 31.",
         None, "2004-04/2005-01"),
        ("For the first eight months of fiscal 2004/05, which ends June 30, it fell.", None,
         "2004-07/2005-02"),
        ("In the first six months of fiscal 2005, outlays rose.", "US", "2004-10/2005-03"),
        ("Sales fell in the first nine months of financial year 2004-05.", "IN",
         "2004-04/2004-12"),
    ],
)  # fmt: skip
def test_the_first_months_of_a_fiscal_year(text: str, country: str | None, expected: str) -> None:
    [period] = find_periods(text, published=date(2005, 1, 20), country=country)
    assert period.value == expected


@pytest.mark.parametrize(
    ("text", "published", "country", "expected"),
    [
        # an April fiscal year: its ending year, the next calendar year from April on
        ("Exports may cross $500bn this fiscal year.", date(2024, 6, 1), "IN", "2025"),
        ("The deficit will narrow in the current fiscal year.", date(2025, 2, 1), "JP", "2025"),
        ("Revenue fell in the last fiscal year.", date(2024, 6, 1), "GB", "2024"),
        # an October fiscal year, and a country on the calendar year
        ("Spending rose in this fiscal year.", date(2024, 11, 5), "US", "2025"),
        ("Spending rose in this fiscal year.", date(2024, 6, 5), "US", "2024"),
        ("Spending rose in this fiscal year.", date(2024, 6, 5), "CN", "2024"),
        # no fiscal word: the calendar year
        ("Exports rose this year.", date(2024, 6, 1), "IN", "2024"),
    ],
)
def test_this_fiscal_year_is_its_ending_year(
    text: str, published: date, country: str, expected: str
) -> None:
    [mention] = find_periods(text, published=published, country=country)
    assert mention.value == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [("1987-04", "1987-01/1987-04"), ("1987-Q1", "1987-Q1"), ("1987-H1", "1987-H1"),
     ("1986-12", None), ("1987", None)],
)  # fmt: skip
def test_the_year_to_date_runs_to_the_month_the_article_reports(
    anchor: str, expected: str | None
) -> None:
    [mention] = find_periods("Year to date, exports are up 5%.", published=P1987)
    assert periods.anchored(mention, anchor) == expected


def test_a_span_of_quarters_is_not_a_share() -> None:
    from extractor.nlp.quantities import find_quantities

    found = find_quantities("In the first three quarters of 1986 the surplus hit $7bn.")
    assert [q.value for q in found] == [7_000_000_000]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # counted back from the published day: a day of the month before, or of its own
        ("The bank cut rates last week.", date(2025, 6, 2), "2025-05"),
        ("The bank cut rates last week.", date(2025, 6, 20), "2025-06"),
        ("The dollar closed at 145 yen on Friday.", date(2025, 6, 2), "2025-05"),
        ("The dollar closed at 146 yen on Monday.", date(2025, 6, 2), "2025-06"),
        ("Shares fell yesterday.", date(2025, 3, 1), "2025-02"),
    ],
)
def test_market_days_take_the_month_of_the_day_named(
    text: str, published: date, value: str
) -> None:
    assert [p.value for p in find_periods(text, published=published)] == [value]
