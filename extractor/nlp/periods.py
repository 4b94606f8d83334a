"""Time periods in news text: find the mentions in a sentence and resolve them to ISO-like values.

Values follow ``gold/FORMAT.md``: ``2025``, ``2025-H1``, ``2025-Q3``, ``2025-12`` and ranges
``2025-01/2025-11`` (or ``1989/2003``). A range that is exactly a quarter, a half or a year is
written as that. Relative mentions ("last year", "in December", "a year earlier") resolve
against the published date, or against the document's year when no date is known.

The matching is regular expressions over the raw text (whitespace may be newlines, as in
wrapped Reuters copy); the word lists are in ``extractor/data/periods_words.json``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "BRACKETED_PERIOD",
    "DATELINE",
    "PeriodMention",
    "anchored",
    "document_year",
    "forecast_bound",
    "find_periods",
    "month_number",
    "most_named_year",
    "previous_period",
    "precedes",
    "shift_year",
    "spans_period",
    "writing_date",
]

_DATA = Path(__file__).resolve().parent.parent / "data" / "periods_words.json"


@dataclass(frozen=True)
class PeriodMention:
    """One period named in a text, with its resolved value (None when it cannot be resolved)."""

    start: int
    end: int
    text: str
    value: str | None
    relation: str  # "current" | "comparison" | "since" | "day" (a market day: "on Tuesday")
    granularity: str  # "year" | "half" | "quarter" | "month" | "range"
    # How a mention defined by another period ("the previous quarter", "the same period
    # last year") is found from it, when its sentence names none: see :func:`anchored`.
    unanchored: tuple[str, int, str] | None = None
    relative: bool = False  # defined by another period, anchored or not


@dataclass(frozen=True)
class _Ref:
    """What relative periods resolve against: a year, and a month when the date is known.

    ``estimated_month`` is the month an undated article was likely written in (see
    :func:`writing_date`): it places a month named without a year, and nothing else ("last
    month" and market days stay unresolved without a published date).
    """

    year: int | None
    month: int | None
    estimated_month: int | None = None
    # ``year`` is when an undated article was written, from the periods it reports as past,
    # its month unknown: a period it names without a year that ends in December had to end
    # before it was reported, so it is of the year before
    written: bool = False


@dataclass(frozen=True)
class _Deferred:
    """A period defined by another one in the sentence ("the same period last year").

    ``kind`` is "same" (the anchor itself, if it is of ``unit``: "in the month"), "shift"
    (``amount`` years), "set_year" (to year ``amount``) or "step" (back one
    ``unit``); ``fallback`` is the value when the sentence has no period to lean on.
    """

    kind: str
    amount: int
    unit: str
    fallback: str | None


@dataclass(frozen=True)
class _Draft:
    start: int
    end: int
    value: str | None
    granularity: str
    deferred: _Deferred | None = None
    relation: str = "current"
    day: bool = False
    to_date: int | None = None  # "year to date": January of this year to the data's month
    same_as: str | None = None  # "in the month": the unit of the current period it names


@dataclass(frozen=True)
class _Context:
    text: str
    ref: _Ref
    fiscal_start: int = 1  # the month the article country's fiscal year starts
    # whether the article country names a fiscal year by the year it starts in (Japan's
    # "fiscal 1986" runs from April 1986 to March 1987)
    named_by_start: bool = False
    published: date | None = None  # the day a market day or week is counted back from


_Handler = Callable[[re.Match[str], _Context], _Draft | None]
# A pattern with its handler and, when every match of it contains one, a word the text must
# hold for the pattern to be worth scanning for (see :func:`_candidates`).
_Spec = tuple[str, _Handler, str | None]


# --- public API ---------------------------------------------------------------------------


def find_periods(
    text: str,
    *,
    published: date | None,
    year: int | None = None,
    month: int | None = None,
    country: str | None = None,
    asides: Sequence[tuple[int, int]] = (),
    written: bool = False,
) -> list[PeriodMention]:
    """Every period mention in ``text`` (one sentence), resolved, in text order.

    ``year`` is the document's year (see :func:`document_year`), and ``month`` the month it
    was likely written in (see :func:`writing_date`); they resolve relative periods only when
    ``published`` is None. ``country`` (the article's) says when its fiscal year starts, for
    "this fiscal year" (FORMAT: a fiscal year is its ending year). ``asides`` are the spans
    of the sentence's relative clauses in its parse: a period inside one is no anchor for a
    relative period outside it ("The surplus, which hit a record in 2023, rose from $8bn a
    year earlier": a year before the period the article is on, not 2022). ``written``: ``year``
    is when the undated article was written, from the periods it reports, its month unknown.

    >>> text = "Exports rose to 11.0 billion in the first four months this\\nyear from 8.2 billion"
    >>> text += " in the same period last year."
    >>> [(p.value, p.relation) for p in find_periods(text, published=date(1987, 6, 18))]
    [('1987-01/1987-04', 'current'), ('1986-01/1986-04', 'comparison')]
    >>> [p.value for p in find_periods("Exports fell in December.", published=None, year=2004)]
    ['2004-12']
    """
    ref = _reference(published, year, month, written)
    context = _Context(
        text,
        ref,
        _words()["fiscal_year_starts"].get(country or "", 1),
        country in _words()["fiscal_years_named_by_start"],
        published,
    )
    drafts = _with_relations(text, _select(_candidates(context)))
    # "crude for September delivery", "the March contract": a futures contract's month; "the
    # 2035 government bond": the year a bond matures
    drafts = [d for d in drafts if DELIVERY.match(text, d.end) is None]
    # "with first quarter 1986 figures in brackets": the period of the figures compared with
    drafts = [
        replace(d, relation="comparison") if BRACKETED_PERIOD.match(text, d.end) else d
        for d in drafts
    ]
    dateline = DATELINE.search(text)
    if dateline is not None:
        # "BERLIN, Nov 7 (Reuters) - German exports rose in September": the day the story
        # was filed, not a period of its figures
        drafts = [replace(d, relation="day") if d.end <= dateline.end() else d for d in drafts]
    return [_resolve(draft, drafts, ref, text, asides) for draft in drafts]


BRACKETED_PERIOD = re.compile(
    r"\s+(?:figures?|data|levels?|totals?|values?)?\s*(?:are\s+|were\s+)?in\s+"
    r"(?:brackets|parenthes[ie]s)\b",
    re.I,
)
DELIVERY = re.compile(
    r"\s+(?:delivery|deliveries|contracts?|futures|(?:(?:government|treasury|benchmark|"
    r"sovereign|local-currency|dollar)\s+)?(?:bonds?|notes?|gilts?|bunds?|paper|maturity|"
    r"maturities))\b",
    re.I,
)  # and "the 2035 government bond", "the 2030 notes": a security's maturity
# A wire story's dateline: a place in capitals, the day, the agency, a dash, at a line's start.
DATELINE = re.compile(
    r"(?m)^\s*[A-Z][A-Z.'/\- ]{1,40}(?:,\s*[A-Z][A-Za-z.' ]{1,30})?,\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?\s*(?:\([^()\n]{1,30}\))?\s*[-\u2013\u2014]"
)


def document_year(text: str, published: date | None) -> int | None:
    """The year a document is about: ``published.year``, else its most named year (1900-2099).

    Years named as the current period count; comparison years ("from 8.2% in 2003") only
    when the text names no other. Ties go to the later year.

    >>> document_year("Sales rose in 2003 and 2004; 2004 was a record.", None)
    2004
    """
    if published is not None:
        return published.year
    return most_named_year(find_periods(text, published=None))


def most_named_year(mentions: Iterable[PeriodMention]) -> int | None:
    """The year named most often in ``mentions``, current periods first (see document_year)."""
    current: Counter[int] = Counter()
    other: Counter[int] = Counter()
    for mention in mentions:
        years = {int(y) for y in re.findall(r"\d{4}", mention.value or "")}
        counts = current if mention.relation == "current" else other
        counts.update(y for y in years if 1900 <= y <= 2099)
    counts = current or other
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def writing_date(mentions: Iterable[tuple[PeriodMention, str]]) -> tuple[int, int | None] | None:
    """When an undated article was written, as (year, month or None), from the dated periods
    it names.

    ``mentions`` pairs each period with how the text speaks of it: "ahead" (a forecast or a
    plan, see :func:`extractor.nlp.frames.spoken_of_ahead`), "label" (a year naming a thing:
    "its 2005 survey") or "reported". A period reported as a fact ("exports grew 12% in
    2004", "from 6.3% in the first quarter") had ended when the article was written; a
    label's year had begun. The latest bound is the estimate. After a whole year reported
    as the article's own figure (a year, its last quarter, December), the article is taken
    to be of the February after it (such figures come out weeks after the period ends), so
    that a month named without a year falls in the year it last was; otherwise the month is
    unknown. None when the article names no such period (only forecasts, or no years).

    >>> mention = PeriodMention(0, 7, "in 2004", "2004", "current", "year")
    >>> writing_date([(mention, "reported")]), writing_date([(mention, "ahead")])
    ((2005, 2), None)
    >>> writing_date([(mention, "reported"), (replace(mention, value="2005-Q1"), "reported")])
    (2005, None)
    """
    bounds = [_bound(m, stance) for m, stance in mentions if stance != "ahead" and m.value]
    known = [bound for bound in bounds if bound is not None]
    if not known:
        return None
    year, month = max(known)
    return year, (month if 1 <= month <= 12 else None)


def forecast_bound(mentions: Iterable[tuple[PeriodMention, str]], year: int | None) -> int | None:
    """The month of ``year`` by which an article that reports no dated period was written,
    from the first of its forecasts to end in that year ("growth of 2.5% is expected in the
    year to March 2005": before April 2005, so a September it reports is 2004's). None
    when no forecast ends in that year before December.

    >>> ahead = PeriodMention(0, 9, "the year to March 2005", "2004-04/2005-03", "current", "range")
    >>> forecast_bound([(ahead, "ahead")], 2005), forecast_bound([(ahead, "reported")], 2005)
    (3, None)
    """
    ends = []
    for mention, stance in mentions:
        span = _month_span(mention.value) if stance == "ahead" and mention.value else None
        if span is None:
            continue
        told = _year_to_month().search(mention.text)
        if told is not None and span[1] // 12 - 1 == year:
            ends.append(month_number(told.group("m")))  # "the year to March 2005" is 2005
        elif span[1] // 12 == year and span[1] % 12:
            ends.append(span[1] % 12)
    return min(ends, default=None)


@cache
def _year_to_month() -> re.Pattern[str]:
    """A fiscal year told by the month it ends in: "the year to March 2005", "ending June"."""
    return re.compile(rf"\b(?:to|ending|ended|ends)\s+{_month('m')}", re.I)


# Bounds sort by (year, month): within a year, a period of it reported ("the first quarter")
# says more than "early in the year", which says more than a bare year.
NO_MONTH, LATER_MONTH = 0, 13


def _bound(mention: PeriodMention, stance: str) -> tuple[int, int] | None:
    """The earliest (year, month) an article naming ``mention`` can be of."""
    assert mention.value is not None
    last = mention.value.split("/")[-1]
    bounds = _month_bounds(last)
    if bounds is None:
        return None
    year = int(last[:4])
    if stance == "label":
        return year, NO_MONTH
    if FISCAL_YEAR.search(mention.text) and bounds[0] == bounds[1] - 11:
        # "fiscal 1986/87" is 1987, but a fiscal year ends in a month of it the value does
        # not say: the article is of that year, its month unknown
        return year, LATER_MONTH
    if bounds[1] < year * 12 + 12:  # it ends before December
        return year, LATER_MONTH
    return year + 1, (2 if mention.relation == "current" else NO_MONTH)


# A year named as a fiscal one: "fiscal 1987", "financial year 2004-05", "1986/87".
FISCAL_YEAR = re.compile(r"\b(?:fiscal|financial|budget)\b|\b\d{4}\s*/\s*\d\d\b", re.I)


def previous_period(period: str) -> str | None:
    """The period before one of the same length: the month, quarter, half or year before; a
    range of months, a year before.

    >>> [previous_period(p) for p in ("1987-01", "1987-Q1", "2004-H1", "2004", "2025-01/2025-03")]
    ['1986-12', '1986-Q4', '2003-H2', '2003', '2024-01/2024-03']
    """
    granularity = _granularity(period)
    if "/" in period or granularity == "year":
        return shift_year(period, -1)
    if granularity == "half":
        return f"{period[:4]}-H1" if period.endswith("H2") else f"{int(period[:4]) - 1}-H2"
    return _step_back(period, granularity)


def shift_year(period: str, years: int) -> str:
    """Move every year in a period value by ``years``.

    >>> shift_year("2025-01/2025-11", -1)
    '2024-01/2024-11'
    """
    return re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + years), period)


def spans_period(longer: str, shorter: str | None) -> bool:
    """Whether period ``longer`` holds ``shorter`` and more ("2004" holds "2004-12",
    "1987-01/1987-08" holds "1987-08").

    >>> spans_period("2004", "2004-H2"), spans_period("1987-01/1987-08", "1987-Q3")
    (True, False)
    """
    if shorter is None or longer == shorter:
        return False
    outer, inner = _month_span(longer), _month_span(shorter)
    return outer is not None and inner is not None and outer[0] <= inner[0] <= inner[1] <= outer[1]


def runs_up_to(longer: str, shorter: str | None) -> bool:
    """Whether period ``longer`` is a cumulative one that runs up to ``shorter`` and ends with
    it ("the first four months" to April, the first quarter to March).

    >>> runs_up_to("1987-01/1987-04", "1987-04"), runs_up_to("1987-Q1", "1987-03")
    (True, True)
    >>> runs_up_to("1987-01/1987-04", "1987-03"), runs_up_to("1987", "1987-12")
    (False, False)
    """
    if len(longer) == 4:
        return False  # a whole year after its last month or quarter is no aside
    outer, inner = _month_span(longer), _month_span(shorter) if shorter else None
    return (
        spans_period(longer, shorter)
        and outer is not None
        and inner is not None
        and (outer[1] == inner[1])
    )


def lasts_longer(period: str, other: str | None) -> bool:
    """Whether ``period`` runs more months than ``other``.

    >>> lasts_longer("1986", "1987-01"), lasts_longer("1987-Q1", "1987-03")
    (True, True)
    >>> lasts_longer("1987-02", "1987-03"), lasts_longer("1987-02", None)
    (False, False)
    """
    if other is None:
        return False
    first, second = _month_span(period), _month_span(other)
    return first is not None and second is not None and first[1] - first[0] > second[1] - second[0]


def precedes(earlier: str, later: str | None) -> bool:
    """Whether period ``earlier`` ends before ``later`` begins.

    >>> precedes("1987-01", "1987-02"), precedes("1986-Q4", "1986"), precedes("2004", None)
    (True, False, False)
    """
    if later is None:
        return False
    first, second = _month_span(earlier), _month_span(later)
    return first is not None and second is not None and first[1] < second[0]


def _month_span(period: str) -> tuple[int, int] | None:
    """A period as its first and last month, counted from year 0."""
    ends = [_month_bounds(part) for part in period.split("/")]
    if any(end is None for end in ends):
        return None
    first, last = ends[0], ends[-1]
    assert first is not None and last is not None
    return first[0], last[1]


def _month_bounds(value: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)|-Q(\d)|-H(\d))?", value)
    if match is None:
        return None
    year = int(match.group(1)) * 12
    if match.group(2):
        return year + int(match.group(2)), year + int(match.group(2))
    if match.group(3):
        return year + int(match.group(3)) * 3 - 2, year + int(match.group(3)) * 3
    if match.group(4):
        return year + int(match.group(4)) * 6 - 5, year + int(match.group(4)) * 6
    return year + 1, year + 12


# --- lexicon and patterns -----------------------------------------------------------------


@cache
def _words() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _alternation(names: Any) -> str:
    """A regex alternation of words, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


def _year(group: str) -> str:
    # A four-digit year that is not part of an amount ("2,025", "$2025", "1.2025"), a decade
    # ("1980s") or a longer number; "mid-1986" is fine, "555-2025" is not.
    return rf"(?<![\w$£€¥,./])(?<!\d-)(?P<{group}>(?:19|20)\d\d)(?![\w%]|,\d|\.\d)"


def _year_expr(group: str) -> str:
    relative = r"(?:this|last|next)\s+year|the\s+(?:current|previous|prior)\s+year"
    return rf"(?P<{group}>{_year(group + '_y')}|{relative})"


def _month(group: str) -> str:
    full = _full_month_names()
    short = _alternation(set(_words()["months"]) - full)
    return rf"\b(?P<{group}>(?:{_alternation(full)})\b|(?:{short})\b\.?)"


def _count(group: str) -> str:
    return rf"(?P<{group}>{_alternation(_words()['counts'])}|1[0-2]|[1-9])"


_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_SUFFIX_YEAR = r"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?{})?"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], _Handler, re.Pattern[str] | None], ...]:
    """Every pattern with its handler and the word its matches need; the longest match wins
    where they overlap."""
    specs = _year_patterns() + _month_patterns() + _part_patterns() + _relative_patterns()
    needs = {need: re.compile(need, re.IGNORECASE) for *_, need in specs if need is not None}
    return tuple(
        (re.compile(pattern, re.IGNORECASE), handler, None if need is None else needs[need])
        for pattern, handler, need in specs
    )


# The words the patterns need. A month pattern matches a month name (``_month``) on word
# boundaries; a year pattern a year's digits.
_YEAR_DIGITS = r"(?:19|20)\d\d"


def _any_month() -> str:
    return rf"\b(?:{_alternation(_words()['months'])})\b"


def _year_patterns() -> list[_Spec]:
    """ "1987", "1987/88", "between 1989 and 2003", "fiscal 1987", "FY25"."""
    return [
        (_year("y"), _on_year, _YEAR_DIGITS),
        # "in calendar 1986", "the calendar year 2004": the year, the word with it
        (rf"\bcalendar\s+(?:year\s+)?{_year('y')}", _on_year, "calendar"),
        (
            rf"{_year('y1')}\s*[/–-]\s*(?P<y2>\d{{4}}|\d\d)(?![\d/-])",
            _on_year_pair,
            _YEAR_DIGITS,
        ),
        (
            rf"\b(?:between|from)\s+{_year('y1')}\s+(?:and|to|until|till|through)\s+{_year('y2')}",
            _on_year_between,
            _YEAR_DIGITS,
        ),
        (
            rf"\b(?:fiscal|financial|budget)\s+(?:year\s+)?{_year('y1')}"
            rf"(?:\s*[/–-]\s*(?P<y2>\d{{4}}|\d\d)(?!\d))?"
            rf"(?:,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|to\s+end)\s+(?:on\s+|in\s+)?"
            rf"(?:{_DAY}\s+)?{_month('em')}(?:\s+{_DAY}\b)?)?",
            _on_fiscal_named,
            _YEAR_DIGITS,
        ),
        (r"\bFY\s*'?(?P<y1>(?:19|20)?\d\d)\b", _on_fiscal_named, "fy"),
    ]


def _month_patterns() -> list[_Spec]:
    """ "December 2025", "in April, 1986", "January-November", "the 12 months to September"."""
    year_words = _SUFFIX_YEAR.format(_year_expr("yx"))
    days_of = rf"(?:the\s+)?(?:first|last)\s+(?:\d{{1,2}}|{_alternation(_words()['counts'])})"
    return [
        (
            rf"(?:(?:the\s+)?(?:(?:fiscal|financial|budget|crop|marketing|tax)\s+)?year\s+"
            rf"(?P<edge>ending|ended|to|through|(?:that|which)\s+(?:ends|ended)|beginning|starting|"
            rf"(?:that|which)\s+began)\s+"
            rf"(?:on\s+)?(?:the\s+end\s+of\s+)?(?:{_DAY}\s+)?{_month('m')}"
            rf"(?:\s+{_DAY}\b)?)" + year_words,
            _on_fiscal_edge,
            _any_month(),
        ),
        (
            rf"(?:{days_of}\s+days\s+of\s+)?(?:{_year('py')}(?:'s)?\s+)?"
            rf"(?:(?P<dayb>{_DAY})\s+(?:of\s+)?)?{_month('m')}(?:\s+(?P<day>{_DAY})\b)?"
            + year_words,
            _on_month,
            _any_month(),
        ),
        (
            rf"(?:\b(?:between|from)\s+)?{_month('m1')}(?:\s+{_year('y1')})?"
            rf"(?:\s*-(?:to|through)-\s*|\s*[-–/]\s*|\s+(?:to|through|until|and)\s+){_month('m2')}"
            + r"(?:\s+(?:quarter|period))?"
            + year_words
            + r"(?:\s+(?:quarter|period))?",
            _on_month_span,
            _any_month(),
        ),
        (
            rf"(?:the\s+)?(?:(?P<qm>March|June|September|December)\s+quarter|quarter\s+"
            rf"(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+|end-)?{_month('m')})"
            + year_words,
            _on_quarter_to,  # "the June quarter", "the quarter to September"
            "quarter",
        ),
        (
            rf"(?:the\s+)?{_count('n')}[\s-]+months?\s+(?:to|ending|ended|through|until)\s+"
            rf"(?:the\s+end\s+of\s+|end-)?(?:{_DAY}\s+)?{_month('m')}(?:\s+{_DAY}\b)?" + year_words,
            _on_months_to,
            _any_month(),
        ),
    ]


def _part_patterns() -> list[_Spec]:
    """ "the first four months", "the third quarter of 1986", "first-half", "Q3 2025"."""
    ordinal = rf"(?P<ord>{_alternation(_words()['ordinals'])})"
    return [
        (
            rf"(?:the\s+)?(?P<edge>first|last|final)\s+{_count('n')}\s+months"
            rf"(?:\s+of\s+(?:the|this|its)\s+(?:current\s+)?(?P<fy>fiscal|financial)\s+year"
            rf"(?:,?\s+which\s+(?:began|begins|started|starts)\s+in\s+{_month('fm')})?"
            rf"|\s+of\s+(?:the\s+)?(?P<nf>fiscal|financial)\s+(?:year\s+)?{_year('f1')}"
            rf"(?:\s*[/–-]\s*(?P<f2>\d{{4}}|\d\d)(?!\d))?"
            rf"(?:,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|to\s+end)\s+(?:on\s+|in\s+)?"
            rf"(?:{_DAY}\s+)?{_month('fe')})?"
            rf"|\s+(?:(?:of|in)\s+)?(?:{_year_expr('yx')}|(?P<the>the\s+year)))?",
            _on_first_months,
            "months",
        ),
        (
            rf"(?:the\s+)?first\s+(?P<n>two|three|2|3)\s+quarters"
            rf"(?:\s+(?:(?:of|in)\s+)?(?:{_year_expr('yx')}|(?P<the>the\s+year)))?",
            _on_first_quarters,
            "quarters",
        ),
        (
            rf"(?:{_year('py')}(?:'s)?\s+)?(?:the\s+)?{ordinal}[\s-]+(?P<unit>quarter|half)\b"
            + _SUFFIX_YEAR.format(_year_expr("yx")),
            _on_quarter_or_half,
            "quarter|half",
        ),
        (
            r"\b(?:(?P<unit>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<unit2>[QH]))"
            r"(?:\s*[-/']?\s*(?P<yy>(?:19|20)\d\d|\d\d))?\b",
            _on_code,
            None,
        ),
    ]


def _relative_patterns() -> list[_Spec]:
    """ "last year", "a year earlier", "the same period last year", "the previous quarter"."""
    return [
        (
            r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+"
            r"(?:period|month|quarter|half|time|(?:(?:two|three|four|six|nine|ten|eleven|\d+)"
            r"\s+)?(?:months|weeks))"
            r"(?:\s+(?:(?:of|in)\s+)?(?P<back>a\s+year\s+(?:earlier|ago|before)|last\s+year|"
            rf"the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)|\s+(?:of|in)\s+"
            rf"(?:fiscal\s+)?{_year('y')}(?:\s*/\s*(?P<y2>\d\d)(?!\d))?)",
            _on_same_period,
            "same|corresponding|comparable|like",
        ),
        (
            r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+"
            rf"{_year('y')}\s+(?:period|month|quarter|half|months|weeks|time)",
            _on_same_period,  # "the same 1986 period"
            "same|corresponding|comparable|like",
        ),
        (
            r"\ba\s+year\s+(?:earlier|ago|before)\b|(?:the\s+)?\byear[-\s](?:ago|earlier)"
            r"(?:\s+(?:period|month|quarter|half|level|levels|figure|figures|total))?",
            _on_year_ago,
            "year",
        ),
        (
            r"(?:the\s+)?\b(?:previous|prior|preceding)\s+(?P<unit>year|quarter|month)\b|"
            r"(?:the\s+)?\b(?:previous|prior|preceding)\s+(?P<months>three|3|six|6)\s+months\b|"
            r"\bthe\s+(?P<unit2>year|quarter|month)\s+before\b|"
            r"\ba\s+(?P<unit3>quarter|month)\s+(?:earlier|ago|before)\b",
            _on_previous_unit,
            "year|quarter|month",
        ),
        (
            r"\b(?P<rel>last|this|next|the\s+current)\s+(?:(?P<fiscal>fiscal|financial|budget)\s+)?"
            r"(?P<unit>year|quarter|month)\b",
            _on_relative,
            "year|quarter|month",
        ),
        (
            # "exports rose to a record in the month", "for the quarter": the current period
            # of that unit the article is on; not "the month before", "for the year to March"
            r"\b(?:in|for|during|over)\s+the\s+(?P<unit>month|quarter)\b"
            r"(?!\s+(?:before|earlier|ago|to|ended|ending)\b)|"
            r"\b(?:for|over)\s+the\s+(?:full\s+|whole\s+)?(?P<unit2>year)\b"
            r"(?!\s+(?:before|earlier|ago|to|ended|ending|as(?!\s+a\s+whole))\b|-)",
            _on_the_unit,
            "the",
        ),
        (
            r"\b(?:the\s+)?year[-\s]to[-\s]date\b",
            _on_year_to_date,
            "date",
        ),
        (
            r"\b(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday)\b|\b(?:today|yesterday|overnight)\b|\b(?:this|last)\s+week\b|"
            r"\bthis\s+(?:morning|afternoon|evening)\b|"
            r"\b(?:in\s+)?(?:early|late|afternoon|morning|midday|mid-day|evening)\s+trad(?:e|ing)\b",
            _on_day,
            "day|overnight|week|morning|afternoon|evening|trad",  # "day": weekdays, today
        ),
    ]


# --- matching -----------------------------------------------------------------------------


def _reference(
    published: date | None, year: int | None, month: int | None = None, written: bool = False
) -> _Ref:
    if published is not None:
        return _Ref(published.year, published.month)
    return _Ref(year, None, month, written and month is None)


def _candidates(context: _Context) -> Iterator[_Draft]:
    # Scanning a sentence for a pattern costs more than looking for the word it needs (most
    # sentences name no month), and the patterns share the words: each is looked for once.
    held: dict[re.Pattern[str], bool] = {}
    for pattern, handler, need in _patterns():
        if need is not None:
            if need not in held:
                held[need] = need.search(context.text) is not None
            if not held[need]:
                continue
        for match in pattern.finditer(context.text):
            draft = handler(match, context)
            if draft is not None:
                yield draft


def _select(drafts: Iterator[_Draft]) -> list[_Draft]:
    """Non-overlapping mentions, longest first, then back in text order."""
    chosen: list[_Draft] = []  # disjoint, in text order: only the neighbours can overlap
    starts: list[int] = []
    for draft in sorted(drafts, key=lambda d: (d.start - d.end, d.start)):
        at = bisect_right(starts, draft.start)
        neighbours = chosen[max(0, at - 1) : at + 1]
        if all(draft.end <= other.start or draft.start >= other.end for other in neighbours):
            chosen.insert(at, draft)
            starts.insert(at, draft.start)
    return chosen


def _draft(match: re.Match[str], value: str | None, nominal: str) -> _Draft:
    granularity = _granularity(value) if value else nominal
    return _Draft(match.start(), match.end(), value, granularity)


def period_unit(value: str) -> str:
    """The unit of a period value: "year", "half", "quarter", "month" or "range"."""
    return _granularity(value)


def _granularity(value: str) -> str:
    if "/" in value:
        return "range"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return "month" if "-" in value else "year"


# --- years --------------------------------------------------------------------------------


def _on_year(match: re.Match[str], context: _Context) -> _Draft | None:
    if _looks_like_number(context.text, match.start(), match.end()):
        return None
    return _draft(match, match.group("y"), "year")


def _looks_like_number(text: str, start: int, end: int) -> bool:
    """A year-shaped number that counts something: "2025 tonnes", "page 1987", "555 2025"."""
    after = re.match(r"\s+([a-z%]+)", text[end:], re.IGNORECASE)
    if after and after.group(1).lower() in _words()["amount_words"]:
        return True
    before = text[max(0, start - 8) : start]
    return bool(
        re.search(r"(?:\d[\s-]|\b(?:page|p\.|no\.|number|tel\.?|ext\.?)\s*)$", before, re.I)
    )


def _full_year(digits: str, base: int | None = None) -> int:
    """A year from 2 or 4 digits; two digits take the century of ``base`` (or 19xx from 50)."""
    number = int(digits)
    if len(digits) == 4:
        return number
    if base is not None:
        return base - base % 100 + number + (100 if number < base % 100 else 0)
    return 1900 + number if number >= 50 else 2000 + number


def _on_year_pair(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "1987/88" is a fiscal year (its ending year); "1989-2003", "2004-2005" ranges of years."""
    first = int(match.group("y1"))
    last = _full_year(match.group("y2"), first)
    if last <= first or last - first > 50:
        return None
    if last == first + 1 and len(match.group("y2")) == 2:
        return _draft(match, str(last), "year")
    return _draft(match, f"{first}/{last}", "range")


def _on_year_between(match: re.Match[str], context: _Context) -> _Draft | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    return _draft(match, f"{first}/{last}", "range") if last > first else None


def _on_fiscal_named(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "fiscal 1987" -> 1987; "financial year 2004-05" -> 2005 (a fiscal year's ending year);
    "fiscal 1986 ended March 31" -> 1987: a year named for the one most of its months are
    in, that ends in the first half of the next; so is "fiscal 1986" in an article about a
    country that names its fiscal years so (``fiscal_years_named_by_start``: Japan)."""
    first = _full_year(match.group("y1"))
    second = match.groupdict().get("y2")
    ending = match.groupdict().get("em")
    if second or (ending and month_number(ending) <= 6):
        return _draft(match, str(_fiscal_ending_year(first, second, ending)), "year")
    if match.group(0).lower().startswith("fiscal") and (
        EARLY_FISCAL_END.search(context.text) or (context.named_by_start and not ending)
    ):
        # "For fiscal 1986 ended March 31, ... against 82.0 billion in fiscal 1985": the
        # sentence's fiscal years are all named so; and so is a Japanese "fiscal 1986"
        return _draft(match, str(first + 1), "year")
    return _draft(match, str(first), "year")


def _fiscal_ending_year(named: int, second: str | None, end_month: str | None) -> int:
    """The year a named fiscal year ends in: the second of a pair ("1986/87"), the next
    when it is said to end in the first half ("fiscal 1986 ended March 31": most of its
    months are in 1986), else the one named."""
    if second:
        return _full_year(second, named)
    if end_month and month_number(end_month) <= 6:
        return named + 1
    return named


# A fiscal year named with its end in the first half of the next calendar year.
EARLY_FISCAL_END = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends)\s+"
    r"(?:on\s+|in\s+)?(?:Jan|Feb|Mar|Apr|May|Jun)[a-z]*\b",
    re.I,
)


def _on_fiscal_edge(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the fiscal year ending March 1988" -> 1988; "the year beginning April 1987" -> 1988."""
    month = month_number(match.group("m"))
    year = _period_year(match, context, month)
    if year is not None and re.search(r"begin|start|began", match.group("edge"), re.I):
        year += 1 if month > 1 else 0
    elif (
        year is not None
        and not match.groupdict().get("yx")
        and year == context.ref.year
        and context.ref.month is not None
        and month < context.ref.month
        and FORECAST_BEFORE.search(context.text, 0, match.start())
    ):
        # "expects to pay 1.45 trillion yen in the fiscal year to March", in September: the
        # year under way, which ends next March, not the one that ended
        year += 1
    return _draft(match, None if year is None else str(year), "year")


# Words before a period that speak of it ahead: the fiscal year a forecast is for.
FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|"
    r"will|sees|aims?|targets?|plans?|planned)\b",
    re.I,
)


# --- months, halves, quarters -------------------------------------------------------------


def month_number(name: str) -> int:
    """The number of a month from its name or abbreviation ("Sept." -> 9); KeyError if none."""
    number: int = _words()["months"][name.lower().rstrip(".")]
    return number


def _period_year(
    match: re.Match[str], context: _Context, anchor_month: int, last_month: int | None = None
) -> int | None:
    """The year of a period from its own year words, else the latest one begun by the
    reference (ended by it, when the reference is an undated article's writing year and the
    period ends in December: ``last_month``, else ``anchor_month``)."""
    groups = match.groupdict()
    if groups.get("py"):
        return int(groups["py"])
    if groups.get("yx"):
        return _year_from_words(groups["yx"], context.ref)
    if groups.get("the"):
        named = YEAR_NAMED_BEFORE.findall(context.text, 0, match.start())
        if named:
            return int(named[-1])  # "grew 3% in 2004 but shrank in the last quarter of the year"
    if context.ref.year is None:
        return None
    if context.ref.written and (last_month or anchor_month) == 12:
        return context.ref.year - 1  # "the fourth quarter", reported in an article of 2005
    month = context.ref.month or context.ref.estimated_month
    if month is None or anchor_month <= month:
        return context.ref.year
    return context.ref.year - 1


# A year the sentence names before "the year", which is then that one.
YEAR_NAMED_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b(?![-/–]\d)")


def _year_from_words(words: str, ref: _Ref) -> int | None:
    if words[:1].isdigit():
        return int(words)
    if ref.year is None:
        return None
    offsets = {"last": -1, "previous": -1, "prior": -1, "next": 1}
    return ref.year + next((v for k, v in offsets.items() if k in words.lower()), 0)


@cache
def _full_month_names() -> frozenset[str]:
    months: dict[str, int] = _words()["months"]
    return frozenset(max((k for k in months if months[k] == n), key=len) for n in range(1, 13))


def _is_month_word(match: re.Match[str], group: str, context: _Context, span: bool = False) -> bool:
    """Capitalised; "May" ("prices may rise") and abbreviations ("Jan") need a date around them.

    In a span ("Jan-Nov") the other month is context enough for an abbreviation.
    """
    word = match.group(group).rstrip(".")
    groups = match.groupdict()
    dated = any(groups.get(name) for name in ("py", "yx", "day", "dayb"))
    if not word[0].isupper():
        return _is_lower_month(match, group, context, dated)
    if word.lower() in _full_month_names() - {"may"}:
        return True
    if dated:
        return True
    if word.lower() != "may" or span:
        # in a span ("January-May", "May-July") the other month is context enough
        return span or match.group(group).endswith(".")
    before = re.search(r"([a-z]+)\W*$", context.text[: match.start(group)], re.IGNORECASE)
    return bool(before and before.group(1).lower() in _words()["month_context_words"])


def _is_lower_month(match: re.Match[str], group: str, context: _Context, dated: bool) -> bool:
    """ "in september", "since january 2024": a month in lower case, as copy-edited feeds and
    chat-style pages write them, when a year or day goes with it or a month's preposition
    comes before it. Never "may" or "march" alone: there they are verbs."""
    word = match.group(group).lower()
    if word not in _full_month_names():
        return False
    if dated:
        return True
    if word in ("may", "march"):
        return False
    window = context.text[max(0, match.start(group) - 20) : match.start(group)]
    before = re.search(r"([a-z]+)\W*$", window, re.IGNORECASE)
    return bool(before and before.group(1).lower() in _words()["month_context_words"])


def _month_value(year: int | None, month: int) -> str | None:
    return None if year is None else f"{year}-{month:02d}"


def _range_value(first: tuple[int, int], last: tuple[int, int]) -> str:
    """A month range, written as the month, quarter, half or year it is when it is one."""
    (y1, m1), (y2, m2) = first, last
    if y1 == y2 and m1 == 1 and m2 == 12:
        return str(y1)
    if y1 == y2 and m2 - m1 == 2 and m1 % 3 == 1:
        return f"{y1}-Q{m2 // 3}"
    if y1 == y2 and m2 - m1 == 5 and m1 in (1, 7):
        return f"{y1}-H{m2 // 6}"
    if (y1, m1) == (y2, m2):
        return f"{y1}-{m1:02d}"
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _on_month(match: re.Match[str], context: _Context) -> _Draft | None:
    if not _is_month_word(match, "m", context):
        return None
    month = month_number(match.group("m"))
    return _draft(match, _month_value(_period_year(match, context, month), month), "month")


def _on_month_span(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "January-November", "between October and December", "April 2003 to March 2004"."""
    if not all(_is_month_word(match, group, context, span=True) for group in ("m1", "m2")):
        return None
    m1, m2 = month_number(match.group("m1")), month_number(match.group("m2"))
    if m1 == m2 or _is_pair(match):
        return None
    y2 = _period_year(match, context, m2)
    if y2 is None:
        return _draft(match, None, "range")
    y1 = int(match.group("y1")) if match.group("y1") else y2 - (1 if m1 > m2 else 0)
    return _draft(match, _range_value((y1, m1), (y2, m2)), "range")


def _is_pair(match: re.Match[str]) -> bool:
    """ "in January and February" names two months, not a span, unless "between" opens it."""
    joined = match.group(0)[match.end("m1") - match.start() :]
    return bool(re.match(r"\W*(?:\d{4}\s+)?and\b", joined)) and not re.match(
        r"between\b", match.group(0), re.IGNORECASE
    )


def _on_months_to(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the 12 months to September 2004" -> 2003-10/2004-09."""
    if not _is_month_word(match, "m", context):
        return None
    count, month = _count_value(match.group("n")), month_number(match.group("m"))
    year = _period_year(match, context, month)
    if year is None:
        return _draft(match, None, "range")
    first_year, first_month0 = divmod(year * 12 + month - count, 12)
    return _draft(match, _range_value((first_year, first_month0 + 1), (year, month)), "range")


def _on_quarter_to(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the June quarter", "the quarter to September 1986" -> the quarter ending that month."""
    month = month_number(match.group("qm") or match.group("m"))
    if month % 3:
        return None  # a "quarter to November" is not a calendar quarter
    year = _period_year(match, context, month)
    value = None if year is None else f"{year}-Q{month // 3}"
    return _draft(match, value, "quarter")


def _count_value(word: str) -> int:
    counts: dict[str, int] = _words()["counts"]
    return counts.get(word.lower()) or int(word)


def _on_first_months(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the first four months" -> Jan-Apr; "the last six months of 1986" -> 1986-H2; "the
    final three months" -> Q4 (of a year: unlike "the last three months", it ends one)."""
    count = _count_value(match.group("n"))
    edge = match.group("edge").lower()
    first_months = edge == "first"
    if first_months and match.group("fy") and 1 <= count <= 12:
        # "the first nine months of the financial year (, which began in April)": from the
        # month the fiscal year starts (the article country's, unless the text says)
        start = month_number(match.group("fm")) if match.group("fm") else context.fiscal_start
        end = (start + count - 2) % 12 + 1
        year = _period_year(match, context, end)
        if year is None:
            return _draft(match, None, "range")
        first_year = year - 1 if start + count - 1 > 12 else year
        return _draft(match, _range_value((first_year, start), (year, end)), "range")
    if first_months and match.group("nf") and 1 <= count <= 12:
        return _draft(match, _first_months_of_named_fiscal(match, context, count), "range")
    if edge == "last" and not (match.group("yx") or match.group("the")):
        return None  # "the last three months" counts back from an unknown day
    first, last = (1, count) if first_months else (13 - count, 12)
    year = _period_year(match, context, last)
    value = None if year is None else _range_value((year, first), (year, last))
    return _draft(match, value, "range")


def _first_months_of_named_fiscal(match: re.Match[str], context: _Context, count: int) -> str:
    """ "the first 10 months of fiscal 1986/87 ending March 31" -> 1986-04/1987-01: from the
    month the fiscal year starts (after the month it is said to end, else the article
    country's), in the year before its ending year (see :func:`_on_fiscal_named`)."""
    named, second, end_word = int(match.group("f1")), match.group("f2"), match.group("fe")
    start = month_number(end_word) % 12 + 1 if end_word else context.fiscal_start
    ending = _fiscal_ending_year(named, second, end_word)
    first_year = ending - 1 if start > 1 else ending
    last = start + count - 1
    return _range_value((first_year, start), (first_year + (last - 1) // 12, (last - 1) % 12 + 1))


def _on_first_quarters(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the first three quarters" -> Jan-Sep; "the first two quarters of 2025" -> 2025-H1."""
    last = _count_value(match.group("n")) * 3
    year = _period_year(match, context, last)
    value = None if year is None else _range_value((year, 1), (year, last))
    return _draft(match, value, "range")


def _on_quarter_or_half(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the third quarter", "fourth-quarter", "the first half of 2025", "1986 final quarter"."""
    unit = match.group("unit").lower()
    size = 3 if unit == "quarter" else 6
    number: int = _words()["ordinals"][match.group("ord").lower()]
    has_year = match.group("py") or match.group("yx")
    if number < 0 and match.group("ord").lower() == "last" and not has_year:
        return None  # "last quarter" is the one before now: see _on_relative
    number = 12 // size if number < 0 else number
    if number > 12 // size:
        return None
    if not has_year and IN_A_ROW.match(context.text, match.end()):
        return None  # "for the third quarter in a row": a count of quarters, not the third
    year = _period_year(match, context, (number - 1) * size + 1, number * size)
    letter = "Q" if unit == "quarter" else "H"
    return _draft(match, None if year is None else f"{year}-{letter}{number}", unit)


IN_A_ROW = re.compile(r"\s+(?:in\s+a\s+row|running|in\s+succession|on\s+the\s+trot)\b", re.I)


def _on_code(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "Q3", "Q3 2025", "1H87", "H1"."""
    letter = match.group("unit") or match.group("unit2")
    if not letter.isupper():
        return None
    number = int(match.group("n") or match.group("n2"))
    if letter == "H" and number > 2:
        return None
    unit = "quarter" if letter == "Q" else "half"
    start_month = (number - 1) * (3 if letter == "Q" else 6) + 1
    if match.group("yy"):
        year: int | None = _full_year(match.group("yy"))
    else:
        size = 3 if letter == "Q" else 6
        year = _period_year(match, context, start_month, start_month + size - 1)
    return _draft(match, None if year is None else f"{year}-{letter}{number}", unit)


# --- relative periods ---------------------------------------------------------------------


def _on_relative(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "last year", "this year", "next year", "last month", "this quarter"."""
    unit = match.group("unit").lower()
    step = {"last": -1, "next": 1}.get(match.group("rel").lower(), 0)
    ref = context.ref
    if ref.year is None or (unit != "year" and ref.month is None):
        return _draft(match, None, unit)
    if unit == "year":
        fiscal = match.group("fiscal") is not None
        current = _fiscal_end(ref, context.fiscal_start) if fiscal else ref.year
        return _draft(match, str(current + step), unit)
    assert ref.month is not None
    if unit == "month":
        year, month0 = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        return _draft(match, f"{year}-{month0 + 1:02d}", unit)
    year, quarter0 = divmod(ref.year * 4 + (ref.month - 1) // 3 + step, 4)
    return _draft(match, f"{year}-Q{quarter0 + 1}", unit)


def _on_year_to_date(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "year to date", "year-to-date": FORMAT runs it from January to the month of the data
    the article reports (see :func:`anchored`), else to the published month. ("So far this
    year" stays the year: dev's gold reads it so.)"""
    ref = context.ref
    if ref.year is None:
        return _draft(match, None, "range")
    value = None if ref.month is None else _range_value((ref.year, 1), (ref.year, ref.month))
    return replace(_draft(match, value, "range"), to_date=ref.year)


def _on_the_unit(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "in the month", "for the quarter", "for the year": the current period of that unit
    the sentence, else the article, is on (see :func:`anchored`)."""
    unit = (match.group("unit") or match.group("unit2")).lower()
    return replace(_draft(match, None, unit), same_as=unit)


def _same_unit(anchor: str, unit: str) -> str | None:
    """The period of ``unit`` that ``anchor`` is or lies in: the year of any period, the
    quarter of a month ("in March ... for the quarter"); None for a longer anchor."""
    last = anchor.split("/")[-1]
    if unit == "year":
        return last[:4] if "/" not in anchor or anchor[:4] == last[:4] else None
    if "/" in anchor:
        return None
    if unit == "quarter" and _granularity(anchor) == "month":
        return f"{anchor[:4]}-Q{(int(anchor[5:7]) - 1) // 3 + 1}"
    return anchor if _granularity(anchor) == unit else None


def _fiscal_end(ref: _Ref, start: int) -> int:
    """The ending year of the fiscal year under way at ``ref``, for a fiscal year that starts
    in month ``start`` (1: the calendar year). Without a month, the year the most of the
    reference year's months fall in (an April year: the next; an October year: this)."""
    assert ref.year is not None
    if start == 1:
        return ref.year
    month = ref.month or ref.estimated_month
    if month is None:
        return ref.year + (1 if start <= 7 else 0)
    return ref.year + (1 if month >= start else 0)


def _on_day(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "on Tuesday", "yesterday", "this week", "in afternoon trade": a market day or week,
    which FORMAT gives the published month (none when the date is unknown)."""
    ref = context.ref
    value = None if ref.month is None else f"{ref.year}-{ref.month:02d}"
    day = _day_before(match.group(0), context.published)
    if day is not None:
        # "last week" in a story of June 2, "on Friday" in one of Monday March 2: the month
        # of the day itself
        value = day.strftime("%Y-%m")
    return replace(_draft(match, value, "month"), day=True)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_before(words: str, published: date | None) -> date | None:
    """The day a market day's words name, counted back from ``published`` ("yesterday",
    "last week", "on Friday": the latest Friday up to it); None for today's words."""
    if published is None:
        return None
    lower = words.lower()
    if "yesterday" in lower:
        return published - timedelta(days=1)
    if "last week" in lower:
        return published - timedelta(days=7)
    named = next((i for i, name in enumerate(_WEEKDAYS) if name in lower), None)
    if named is None:
        return None
    return published - timedelta(days=(published.weekday() - named) % 7)


def _deferred(
    match: re.Match[str], kind: str, amount: int, unit: str, fallback: str | None
) -> _Draft:
    draft = _draft(match, None, "year")
    return replace(draft, deferred=_Deferred(kind, amount, unit, fallback), relation="comparison")


def _fallback_year(context: _Context, years: int) -> str | None:
    return None if context.ref.year is None else str(context.ref.year + years)


def _on_same_period(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the same period last year", "the corresponding month of 1986", "the same 1986 period"."""
    if match.group("y"):
        year = int(match.group("y"))
        if match.groupdict().get("y2"):
            year = _full_year(match.group("y2"), year)  # "of 1985/86": a fiscal year's end
        return _deferred(match, "set_year", year, "year", str(year))
    return _deferred(match, "shift", -1, "year", _fallback_year(context, -1))


def _on_year_ago(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "a year earlier", "a year ago", "the year-ago period"."""
    return _deferred(match, "shift", -1, "year", _fallback_year(context, -1))


def _on_previous_unit(match: re.Match[str], context: _Context) -> _Draft | None:
    """ "the previous year", "the previous quarter", "a month earlier"; "the previous three
    months" is the quarter before, "the preceding six months" the half before."""
    months = match.group("months")
    if months:
        unit = "quarter" if months in ("three", "3") else "half"
        return _deferred(match, "step", -1, unit, None)
    unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
    if unit == "year":
        return _deferred(match, "shift", -1, unit, _fallback_year(context, -1))
    return _deferred(match, "step", -1, unit, None)


def _apply(deferred: _Deferred, anchor: str) -> str | None:
    if deferred.kind == "to_date":
        # January of the year ``amount`` to the last month of the anchor, in that year.
        last = anchor.split("/")[-1]
        if _granularity(last) in ("quarter", "half"):
            last = f"{last[:4]}-{int(last[-1]) * (3 if '-Q' in last else 6):02d}"
        if _granularity(last) != "month" or int(last[:4]) != deferred.amount:
            return None
        return _range_value((deferred.amount, 1), (deferred.amount, int(last[5:7])))
    if deferred.kind == "same":
        return _same_unit(anchor, deferred.unit)
    if deferred.kind == "shift":
        return shift_year(anchor, deferred.amount)
    if deferred.kind == "set_year":
        return shift_year(anchor, deferred.amount - int(anchor.split("/")[-1][:4]))
    return _step_back(anchor, deferred.unit)


def _step_back(anchor: str, unit: str) -> str | None:
    """The month or quarter before ``anchor``, when ``anchor`` is one."""
    if unit == "quarter" and "-Q" in anchor:
        year, quarter0 = divmod(int(anchor[:4]) * 4 + int(anchor[-1]) - 2, 4)
        return f"{year}-Q{quarter0 + 1}"
    if unit == "half" and "-H" in anchor:
        return f"{anchor[:4]}-H1" if anchor.endswith("H2") else f"{int(anchor[:4]) - 1}-H2"
    if unit == "month" and _granularity(anchor) == "month":
        year, month0 = divmod(int(anchor[:4]) * 12 + int(anchor[5:7]) - 2, 12)
        return f"{year}-{month0 + 1:02d}"
    return None


# --- relations and resolution -------------------------------------------------------------

_SINCE = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+|early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|than(?!\s+(?:\w+\s+)?"
    r"(?:expected|forecast|anticipated|estimated|predicted|feared|hoped|thought|projected))"
    r"|after|following)\s",
    re.IGNORECASE,
)  # not "rose more than expected in September", "than analysts forecast in May": current
_BLOCKER = re.compile(
    r"\b(?:to|rose|rise|fell|fall|was|were|is|are|increased|decreased|declined|grew|dropped|"
    r"jumped|totalled|totaled|reached|stood|said|slumped|plunged|plummeted|surged|climbed|"
    r"tumbled|soared|sank|slid|slipped|eased|edged|gained|lost|shrank|widened|narrowed|"
    r"hit|topped|doubled|halved|tripled)\b",
    re.IGNORECASE,
)


def _with_relations(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """Mark each mention current, comparison ("from 4.3 billion in 1985") or since."""
    marked: list[_Draft] = []
    for draft in drafts:
        window_start = marked[-1].end if marked else 0
        window = text[window_start : draft.start]
        previous = marked[-1].relation if marked else None
        marked.append(replace(draft, relation=_relation(draft, window, previous)))
    return marked


def comparison_cue(window: str) -> re.Match[str] | None:
    """The last word of comparison in ``window`` ("from", "compared with"), if any."""
    cues = list(_CUE.finditer(window))
    return cues[-1] if cues else None


# How far a list of compared periods runs on ("in 1985 and 4.1 billion in 1984"); beyond, an
# "and" opens a clause of its own ("after 8.5% in 2004, and he expects 7% next year").
LIST_WINDOW = 40


def _relation(draft: _Draft, window: str, previous: str | None) -> str:
    if draft.day:
        return "day"
    if draft.deferred is not None:
        return "comparison"
    if _SINCE.search(window):
        return "since"
    cue = comparison_cue(window)
    if cue is not None:
        tail = window[cue.end() :]
        short = len(tail) <= 15 or (len(tail) <= 70 and re.search(r"\d", tail) is not None)
        if short and not _BLOCKER.search(tail):
            return "comparison"
    if (
        previous == "comparison"
        and re.match(r"\W*(?:and|or)\b", window, re.IGNORECASE)
        and len(window) <= LIST_WINDOW
        and not _BLOCKER.search(window)
    ):
        return "comparison"  # "from 5.2 billion in 1985 and 4.1 billion in 1984"
    return "current"


def _resolve(
    draft: _Draft,
    drafts: list[_Draft],
    ref: _Ref,
    text: str,
    asides: Sequence[tuple[int, int]] = (),
) -> PeriodMention:
    value = draft.value
    unanchored = None
    if asides and (draft.deferred is not None or draft.same_as is not None):
        # a period in a relative clause the draft is not in anchors nothing it leans on
        drafts = [
            d
            for d in drafts
            if not any(
                lo <= d.start and d.end <= hi and not (lo <= draft.start and draft.end <= hi)
                for lo, hi in asides
            )
        ]
    if draft.deferred is not None:
        anchor = _anchor(draft, drafts)
        value = _apply(draft.deferred, anchor) if anchor else None
        if anchor is None:
            deferred = draft.deferred
            unanchored = (deferred.kind, deferred.amount, deferred.unit)
        value = value or draft.deferred.fallback
    if draft.to_date is not None:
        unanchored = ("to_date", draft.to_date, "month")
    if draft.same_as is not None:
        anchor = _anchor(draft, drafts)
        value = _same_unit(anchor, draft.same_as) if anchor else None
        unanchored = None if value else ("same", 0, draft.same_as)
    granularity = _granularity(value) if value else draft.granularity
    span = text[draft.start : draft.end]
    relative = draft.deferred is not None
    return PeriodMention(
        draft.start, draft.end, span, value, draft.relation, granularity, unanchored, relative
    )


def same_unit_of(mention: PeriodMention) -> str | None:
    """The unit an "in the month"/"for the quarter" mention left unresolved names, else None."""
    if mention.unanchored is None or mention.unanchored[0] != "same":
        return None
    return mention.unanchored[2]


def anchored(mention: PeriodMention, anchor: str) -> str | None:
    """The value of a mention defined by another period ("the previous quarter", "the same
    period last year"), found from ``anchor`` (the period the article is on) when its own
    sentence named none; None when ``mention`` is not such a one or ``anchor`` does not fit
    ("the previous month" of a year).

    >>> [mention] = find_periods("Growth was 2% in the previous quarter.", published=None)
    >>> anchored(mention, "1987-Q1"), anchored(mention, "1987")
    ('1986-Q4', None)
    """
    if mention.unanchored is None:
        return None
    kind, amount, unit = mention.unanchored
    return _apply(_Deferred(kind, amount, unit, None), anchor)


def _anchor(draft: _Draft, drafts: list[_Draft]) -> str | None:
    """The current period a comparison leans on: the nearest before it, else the first after."""
    current = [d for d in drafts if d.relation == "current" and d.value and d.deferred is None]
    before = [d for d in current if d.end <= draft.start]
    after = [d for d in current if d.start >= draft.end]
    chosen = before[-1] if before else (after[0] if after else None)
    return chosen.value if chosen else None
