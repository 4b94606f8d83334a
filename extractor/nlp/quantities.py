"""Economic figures in text: money, percentages, counts, index points, ratios, exchange rates.

Pure Python and regular expressions; no spaCy. ::

    >>> [(q.text, q.value, q.unit) for q in find_quantities(
    ...     "Exports rose 6.9% to 3.58 billion dlrs from 1.94 billion.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('6.9%', 6.9, 'percent'), ('3.58 billion dlrs', 3580000000.0, 'USD'),
     ('1.94 billion', 1940000000.0, 'USD')]

A text (one sentence; it may contain line breaks) is read in three passes:

1. *Scan* every number: digits ("3,600", "20,479.5") or number words ("two", "half a",
   "a quarter of a"), with an optional currency symbol or code before it ("US$", "HK$", "£",
   "EUR ") and an optional scale after it ("bn", "mln", "trillion", "$1.2tn", also on the next
   line), or a currency named with its country before a scaled number ("Australian dollar
   29.4bn"). Ratio words ("doubled", "halved", "a fifth of", "double January's surplus") and
   "trillion-dollar" adjectives are scanned apart.
2. *Read the unit* to the right of each number: percentage points, percent, a minor currency
   unit ("51 cents"), a currency word ("dlrs", "Swiss francs", "markka"), index points, a count
   noun ("tonnes", "barrels a day", "3,600 trade agents"), and for money an exchange-rate tail
   ("$1.364 per euro", "to the euro").
3. *Resolve*, in reading order, what a number does not say itself:

   - a range end takes the unit of the other end ("5-7 pct", "five or 10 pct", "$30-35");
   - a bare number right after a figure in a comparison or list takes that figure's unit
     (and scale): "3.58 billion dlrs from 1.94" -> USD 1.94 billion, also past the first
     figure's period ("236 mln dlrs in March and 255 in April"); a scaled number never takes a
     percentage's: "to 63.2 billion baht against 14.4 pct and 56.1 billion" -> THB;
   - a number with a scale word and no unit counts people when unemployment names it
     ("unemployment rose to a record 5.2 million"); else it takes the unit of the last money or
     count figure, else that of the count the sentence before ended on (``previous_count``:
     "61.2 mln barrels. Exports of 22.9 mln of crude"), else ``default_currency`` ("700 mln of
     farm products" after a "dlrs" amount);
   - "dollar" words take the dollar currency the text or the caller established ("H.K. Dlr"
     then "dlrs" -> HKD); "francs", "crowns", "pesos" likewise. A bare "$" follows only
     ``default_currency``: in "A$3.1bn ($2.4bn)" the second figure is US dollars;
   - a bare decimal given as a named currency's level is its exchange rate ("fixed the won at
     846.90" -> KRW/USD, "sterling ... to 1.6050" -> USD/GBP, "a yen/dollar rate of 172");
     a bare number after "to"/"at" in a clause naming a stock index is its level in points
     ("the Nasdaq rose 0.9% to 2,004");
   - "zero" before a rate's noun is 0 percent ("zero tariffs", "zero inflation"; "a zero
     figure" among percentages);
   - a small money amount in a sentence that names another currency is an exchange rate
     ("the euro reached $1.30" -> USD/EUR; "against the yen ... 105.28 yen" -> JPY/USD;
     "the Canadian dollar rose to 76.85 U.S. cts" -> USD/CAD 0.7685).

Counts: a known unit ("tonnes", "jobs", "barrels a day") at any size; any other plural noun
only after a number of 1,000 or more ("3,600 trade agents"), never a duration or people in
general ("1.3 billion people", "two million people lost their homes"), but "4.4 million
jobless" and "unemployment rose to 5.2 million" are people out of work. People employed
("cut 300 staff", "800 employees will lose their jobs") are read at any size as the category
``workforce``: the claims stage keeps them as jobs where the sentence makes them jobs made,
lost or held, and drops them elsewhere. A bare number after a word for a count of jobs is
jobs ("payrolls rose 243,000", "a workforce of 12,000"). A daily, weekly or
monthly rate joins the unit ("barrels/day"); a yearly one does not, annual output being the
usual reading ("tonnes").

Whatever has no unit after that is dropped: years, dates, ordinals, durations ("five
years"), ages, counts of people or places in prose ("the two nations", "12 countries"),
times, page numbers, names such as "G7", "Airbus A380", "Section 301".

Ranges: "between 5% and 7%", "5-7 pct" and "5 to 7 percent" give one quantity for each end,
not a midpoint: each end is a figure the text states and can be checked on its own.

Hedges ("nearly", "about", "more than", "up to", ...) set ``approximate``; they stay out of
``text``, which is the number with its currency, scale and unit words only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from extractor.nlp.places import names_of

__all__ = ["Quantity", "dollar_default", "dollar_member", "find_quantities", "parse_quantity"]

_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Quantity:
    """One economic figure, with its span in the text it was found in.

    ``carried`` is true when the unit or currency is not written next to the number but was
    taken from a neighbouring figure or from ``default_currency`` ("from 1.94 billion").
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    approximate: bool
    category: str
    direction: str | None = None
    ratio_kind: str | None = None
    carried: bool = False


# --- lexicons ---------------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES = {word: i for i, word in enumerate(_ONES)} | {
    word: 20 + 10 * i for i, word in enumerate(_TENS)
}
_FRACTION_VALUES = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "seven": 7, "nine": 9}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "millions": 1e6,
    "mln": 1e6, "mn": 1e6, "mio": 1e6, "m": 1e6, "crore": 1e7, "crores": 1e7,
    "lakh crore": 1e12, "lakh crores": 1e12, "billion": 1e9,
    "billions": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trillions": 1e12,
    "tn": 1e12, "tln": 1e12, "trn": 1e12, "t": 1e12,
}  # fmt: skip
_CHANGE_VERBS = {"doubl": 100.0, "tripl": 200.0, "trebl": 200.0, "quadrupl": 300.0, "halv": 50.0}


@dataclass(frozen=True)
class _Lexicon:
    symbols: dict[str, str]  # "HK$" -> "HKD"; "$" -> "dollar" (a family)
    postfix_symbols: dict[str, str]
    currency_words: dict[str, str]  # "swiss francs" -> "CHF"; "dlrs" -> "dollar"
    families: dict[str, tuple[str, frozenset[str]]]  # "dollar" -> ("USD", {"USD", "HKD", ...})
    fixed_families: frozenset[str]  # families that follow the caller's default, not the text
    minor_units: dict[str, tuple[str, float]]  # "cents" -> ("dollar", 0.01)
    local_currencies: dict[str, str]  # "AR" -> "ARS": a country's member of a family
    count_units: dict[str, str]
    rate_periods: dict[str, str | None]
    not_count_nouns: frozenset[str]
    not_unit_words: frozenset[str]  # "36.4 billion as ...": no noun, no unit, no reason to drop
    hedges_before: tuple[str, ...]
    hedges_after: tuple[str, ...]
    people_levels: tuple[str, ...]  # "unemployment": a bare "5.2 million" counts people
    people_nouns: tuple[str, ...]  # "4.4 million jobless"
    workforce_nouns: tuple[str, ...]  # "300 new staff": people employed
    job_levels: tuple[str, ...]  # "payrolls rose 243,000": a bare number counts jobs
    vehicle_levels: tuple[str, ...]  # "registrations rose 4% to 17,221": counts vehicles
    stock_indices: tuple[str, ...]  # "the Nasdaq rose 0.9% to 2,004": 2,004 points
    zero_rate_nouns: tuple[str, ...]  # "zero inflation": 0 percent
    not_index_subjects: tuple[str, ...]  # "shares in the FTSE 100 firm rose to 512"
    not_money_after: tuple[str, ...]  # "the 12 euro zone countries": a place, not money
    quoted_in_dollars: frozenset[
        str
    ]  # "sterling at 1.6050" is USD/GBP, "the won at 846.90" KRW/USD
    not_rate_subjects: tuple[str, ...]  # "against the yen the index rose to 12.5": the index's
    thing_words: dict[str, str]  # "the mark": a currency only when named as a thing

    def named_currency(self, word: str) -> str:
        """The code or family of a currency word as :data:`currency_mention` finds it."""
        key = _normalise(word)
        return self.currency_words.get(key) or self.thing_words[key]


def _with_country_words(words: dict[str, str], families: dict[str, Any]) -> dict[str, str]:
    """``words`` plus a country's name or demonym before a word of a currency family its own
    currency is a member of ("Zimbabwe dlrs": ZWD, "Kenya shillings": KES), where the table
    has no such phrase: ISO 4217's national codes begin with the country's code."""
    grown = dict(words)
    for family, table in families.items():
        family_words = [word for word, value in words.items() if value == family]
        for code in table["members"]:
            for name in names_of(code[:2]):
                for word in family_words:
                    grown.setdefault(f"{name.lower()} {word}", code)
    return grown


@cache
def _lexicon() -> _Lexicon:
    """The currency table and the quantity lexicon from ``extractor/data``, read once."""
    cur = json.loads((_DATA / "currencies.json").read_text(encoding="utf-8"))
    qty = json.loads((_DATA / "quantities_lexicon.json").read_text(encoding="utf-8"))
    # the indices the cue lexicon names, with the generic words of an index
    named = json.loads((_DATA / "cues.json").read_text(encoding="utf-8"))["index_countries"]
    minor = {k: (v[0], float(v[1])) for k, v in cur["minor_units"].items() if k != "about"}
    return _Lexicon(
        symbols={_normalise(k): v for k, v in cur["symbols"].items()},
        postfix_symbols=cur["postfix_symbols"],
        currency_words=_with_country_words(cur["words"], cur["families"]),
        families={k: (v["default"], frozenset(v["members"])) for k, v in cur["families"].items()},
        fixed_families=frozenset(k for k, v in cur["families"].items() if not v["follows_text"]),
        local_currencies={k: v for k, v in cur["local_currencies"].items() if k != "about"},
        minor_units=minor,
        count_units=qty["count_units"],
        rate_periods=qty["rate_periods"],
        not_count_nouns=frozenset(qty["not_count_nouns"]),
        not_unit_words=frozenset(qty["not_unit_words"]),
        hedges_before=tuple(qty["hedges_before"]),
        hedges_after=tuple(qty["hedges_after"]),
        people_levels=tuple(qty["people_levels"]),
        people_nouns=tuple(qty["people_nouns"]),
        workforce_nouns=tuple(qty["workforce_nouns"]),
        job_levels=tuple(qty["job_levels"]),
        vehicle_levels=tuple(qty["vehicle_levels"]),
        stock_indices=(*qty["stock_indices"], *named),
        zero_rate_nouns=tuple(qty["zero_rate_nouns"]),
        not_index_subjects=tuple(qty["not_index_subjects"]),
        not_money_after=tuple(cur["not_money_after"]["words"]),
        quoted_in_dollars=frozenset(cur["quoted_in_dollars"]["codes"]),
        not_rate_subjects=tuple(cur["quoted_in_dollars"]["not_rate_subjects"]),
        thing_words={k: v for k, v in cur["thing_words"].items() if k != "about"},
    )


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace between their words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)


def _normalise(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


# --- patterns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    number: re.Pattern[str]
    pp: re.Pattern[str]
    percent: re.Pattern[str]
    minor: re.Pattern[str]
    currency: re.Pattern[str]
    currency_before: re.Pattern[str]
    postfix_symbol: re.Pattern[str]
    points: re.Pattern[str]
    count: re.Pattern[str]
    count_rate: re.Pattern[str]
    people_noun: re.Pattern[str]
    workforce: re.Pattern[str]
    zero_rate: re.Pattern[str]
    next_word: re.Pattern[str]
    generic_count: re.Pattern[str]
    fx_tail: re.Pattern[str]
    per_unit_tail: re.Pattern[str]
    jobs_of: re.Pattern[str]
    currency_mention: re.Pattern[str]
    currency_anaphor: re.Pattern[str]
    hedge_before: re.Pattern[str]
    people_level: re.Pattern[str]
    job_level: re.Pattern[str]
    vehicle_level: re.Pattern[str]
    work_hours: re.Pattern[str]
    work_words: re.Pattern[str]
    forecast_relative: re.Pattern[str]
    not_hedge: re.Pattern[str]
    hedge_after: re.Pattern[str]
    change_verb: re.Pattern[str]
    multiple_of: re.Pattern[str]
    fold: re.Pattern[str]
    in_half: re.Pattern[str]
    by_fraction: re.Pattern[str]
    fraction_than: re.Pattern[str]
    times: re.Pattern[str]
    share: re.Pattern[str]
    hedged_share: re.Pattern[str]
    adjectival: re.Pattern[str]
    fraction_point: re.Pattern[str]
    one_in: re.Pattern[str]
    verb_context: re.Pattern[str]
    half_blocker: re.Pattern[str]
    rise_before: re.Pattern[str]
    glued: re.Pattern[str]
    carry_follower: re.Pattern[str]
    range_link: re.Pattern[str]
    compare_link: re.Pattern[str]
    level_link: re.Pattern[str]
    rate_lead: re.Pattern[str]
    clause_break: re.Pattern[str]
    rate_subject: re.Pattern[str]
    stock_index: re.Pattern[str]
    not_index_subject: re.Pattern[str]
    index_lead: re.Pattern[str]
    period_gap: re.Pattern[str]
    parallel_by: re.Pattern[str]


def _number_pattern(lex: _Lexicon) -> str:
    """Regex of one number with its optional currency prefix and scale.

    >>> bool(re.fullmatch(_number_pattern(_lexicon()), "US$1.2tn", re.I | re.X))
    True

    Indian grouping ("2,25,732 units", "16,49,477") is one number too.
    """
    ones, tens = "|".join(_ONES[::-1]), "|".join(_TENS)
    word_int = rf"(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{ones})"
    whole = rf"(?:(?:{word_int}|a|one)\s+hundred(?:\s+(?:and\s+)?{word_int})?|{word_int})"
    fractions = "|".join(sorted(_FRACTION_VALUES, key=len, reverse=True))
    big = "thousand|million|mln|billion|bln|bn|trillion|tn"
    scales = "|".join(
        s.replace(" ", r"\s+")
        for s in sorted((s for s in _SCALES if len(s) > 1), key=len, reverse=True)
    )
    return rf"""
        (?:(?<![A-Za-z])(?P<prefix>{_alternation(lex.symbols)})\s?[-−]?)?
        (?:
            (?P<digits>(?(prefix)|(?<![\w.,/]))(?<![A-Za-z]-)
            (?:\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}
               |\d{{1,3}}(?:[\ \u00a0\u202f]\d{{3}})+(?=\s*[^\W\d_])|\d+)
            (?:\.\d+)?(?![\d]|[.,/]\d))
          | \b(?P<fraction>(?:a|an|one|two|three|four)[\s-]+(?:{fractions})\s+of\s+(?:a|an|one)
                          |half\s+(?:of\s+)?(?:a|an|one))\b
          | \b(?P<words>{whole}(?:\s+and\s+a\s+half)?)\b
          | \b(?P<article>an?)(?=\s+(?:{big})\b)
        )
        (?:(?:\s*|-)(?P<scale>{scales})\b|(?P<letter>[mkbt])(?![A-Za-z]))?
    """


def _hedge_patterns(lex: _Lexicon) -> tuple[str, str]:
    words = [h for h in lex.hedges_before if h[0].isalpha()]
    marks = [re.escape(h) for h in lex.hedges_before if not h[0].isalpha()]
    before = rf"(?:\b(?:{_alternation(words)})\s+|(?:{'|'.join(marks)})\s*)$"
    after = rf"\s*(?:-|\s)(?:{_alternation(lex.hedges_after)})\b"
    return before, after


@cache
def _patterns() -> _Patterns:
    """Every regular expression of the module, compiled once."""
    lex = _lexicon()
    sources = _unit_sources(lex) | _ratio_sources() | _context_sources(lex)
    flags = re.IGNORECASE | re.VERBOSE
    return _Patterns(**{name: re.compile(src, flags) for name, src in sources.items()})


_FORECAST = r"(?:expected|expecting|forecast|forecasting|predicted|predicting|anticipated)\b"
_SKIP = r"""(?!(?:of|in|the|a|an|and|or|to|for|from|at|by|on|with|per|than|as|is|was|but|while
              |when|which|that|who|after|before|since|because|though|although|whereas)\b)"""


def _unit_sources(lex: _Lexicon) -> dict[str, str]:
    """Numbers and what follows them: scale, percent, currency, count unit, rate tail.

    Every pattern is compiled with ``re.VERBOSE``: whitespace in them is layout.
    """
    currency, units, skip = _alternation(lex.currency_words), _alternation(lex.count_units), _SKIP
    minor_words = _alternation(word for word in lex.minor_units if len(word) > 1)
    not_money = _alternation(lex.not_money_after)
    named_currency = _alternation(word for word in lex.currency_words if " " in word)
    thing = _alternation([*lex.currency_words, *lex.thing_words])
    return {
        "number": _number_pattern(lex),
        "pp": r"""\s*-?\s*(?:(?:percentage|pct|percent|per\s*cent|%)[\s-]*(?:points?|pts?)\b
                  |(?:pp|ppt|ppts)\b(?!\.\w)|(?P<bp>basis\s+points?|bps?\b))""",
        "percent": r"\s*(?:%|-?\s*(?:pct|percent|per\s*cent|per-cent)\b)",
        "minor": rf"(?:\s*(?P<word>{minor_words})|(?P<letter>p))\b",
        "currency": rf"(?:\s+|\s*-\s*)(?P<cur>{currency})\b(?!-\w|\s+(?:{not_money})\b)",
        "currency_before": rf"(?<![\w.$])(?P<cur>{named_currency})\s+$",
        "postfix_symbol": rf"\s?(?P<sym>{_alternation(lex.postfix_symbols)})",
        "points": r"\s+(?:index\s+)?points?\b",
        # "1.05 mln 60-kilo bags": a size of the unit may stand between, like a word
        "jobs_of": r"""\s+of\s+(?:the|its|their|those|these)\s+(?:[a-z]+\s+)?
                       (?:jobs|job\s+(?:losses|cuts)|posts|positions|redundancies)\b""",
        "count": rf"""(?-i:\s+{skip}(?:[a-z][\w-]*|\d+-[a-z]+)){{0,2}}?
                      (?:\s+|-)(?P<unit>{units})\b(?!-)""",
        "count_rate": r"""(?P<of>\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?
                          \s*(?:\s(?:a|an|per|each|every)\s+|/)
                          (?P<period>day|month|week|year|annum)\b""",
        "zero_rate": rf"\s+(?P<noun>{_alternation(lex.zero_rate_nouns)})\b",
        "people_noun": rf"\s+(?:{_alternation(lex.people_nouns)})\b(?!-)",
        # "35 hours a week", "a 35-hour working week": working time
        "work_hours": r"""(?:\s+|-)(?:hours(?:\s+(?:a|per|each)\s+(?P<week>week))?
                                   |hours?(?P<weekly>(?:\s+|-)(?:working\s+)?week))\b""",
        "work_words": r"\b(?:work|works|worked|working|workers?|overtime|week|weekly|shifts?)\b",
        "workforce": rf"""(?-i:\s+{skip}[a-z][\w-]*){{0,2}}?
                          \s+(?:{_alternation(lex.workforce_nouns)})\b(?!-|')""",
        "next_word": r"\s+(?P<word>[a-z]+)\b(?!-)",
        "generic_count": rf"""(?-i:(?:\s+{skip}[a-z][a-z-]*)?
                                \s+(?P<noun>[a-z]*[a-hj-rtv-z]s))\b(?!-|')""",
        "fx_tail": rf"""\s+(?P<link>per|to\s+the|to\s+one|to\s+each|an?|against\s+the
                            |versus\s+the|vs\.?\s+the)
                        \s+(?P<cur>{currency})\b(?!\s+(?:zone|area|bloc))""",
        "per_unit_tail": r"\s+(?:a|an|per|each)\s+(?!euro|dollar|pound|yen|yuan)[a-z]",
        "currency_mention": rf"""\b(?:the|against|versus|vs\.?|per|[A-Z][A-Za-z.]*['’]s)\s+
                                 (?P<cur>{thing})\b
                                 (?!\s+(?:zone|area|bloc|region|countries|economies|members)|/)
                               |\b(?P<stg>sterling)\b
                               |\b(?P<usd>greenback|(?:U\.S\.|US|American)\s+currency)\b
                               |\b(?P<eur>single\s+(?:European\s+)?currency)\b
                               |\b(?:the|against\s+the)\s+(?P<brl>real)\b(?=\s+(?:has\s+|had\s+
                                 |was\s+|is\s+)?(?:weaken|strengthen|firm|eas|ris|rose|fell|fall
                                 |gain|lost|los|slip|slid|jump|drop|trad|clos|end|held|hold
                                 |stood|was|is|hit|touch|tumbl|plung|rall|climb|advanc|declin
                                 |recover|steady)\w*)
                               |\b(?=[a-z.]+/)(?P<pair>{thing})/(?P<pair2>{thing})\b""",
    }


def _ratio_sources() -> dict[str, str]:
    """Ratio words and the context that tells a verb or a share from a look-alike."""
    fractions = "|".join(sorted(_FRACTION_VALUES, key=len, reverse=True))
    followers = r"of|the|that|its|their|his|her|our|all|this|these|those|what"
    return {
        "change_verb": r"""\b(?P<stem>doubl|tripl|trebl|quadrupl|halv)
                           (?P<ending>e|es|ed|ing)\b(?![-'])""",
        # "double January's surplus", "triple the level of 2003": a multiple of a level
        "multiple_of": r"""\s+(?:the|that\s+of|those\s+of|its|their
                            |(?:[a-z]+\s+)?[a-z]+(?:'s|s'))\s""",
        "fold": r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]?fold\b",
        "in_half": r"\b(?:in|by)\s+half\b(?!\s+(?:an?|the)\b|-)",
        "by_fraction": r"""\bby\s+(?:(?:about|around|almost|nearly|roughly|some|over|more\s+than
                           |less\s+than|close\s+to|just\s+(?:over|under))\s+)?
                           (?:(?P<num>a|one|two|three)[\s-]+)?(?P<den>third|thirds|quarter
                           |quarters|fifth|fifths|tenth|tenths)\b(?!\s+of\b|-)""",
        # "a third smaller than a year earlier", "roughly a quarter more than before": a
        # change of that fraction, its direction the comparative's
        "fraction_than": r"""\b(?:(?P<num>a|one|two|three)[\s-]+)?(?P<den>third|thirds|quarter
                             |quarters|fifth|fifths|tenth|tenths|half)\s+(?P<cmp>more|less
                             |smaller|larger|bigger|higher|lower|fewer|greater)\s+than\b""",
        # "more than four times the $28 billion gathered", "three times the level of a year
        # earlier": a multiple of a level named after it, not a count of occasions
        "times": r"""\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)
                     \s+times(?=\s+(?:(?:the|that|those|its|their|[a-z]+['’]s)\s+
                     (?:(?:roughly|about|around|some|nearly|almost)\s+)?(?:[$£€¥\d]|(?:[a-z]+\s+)?
                     (?:level|levels|amount|total|figure|sum|pace|rate|value|volume)s?\b)
                     |as\s+(?:much|many|high|large)\b)|\s+[$£€¥])""",
        "share": rf"""\b(?:(?P<num>a|one|two|three|four|five|seven|nine)[\s-]+)?
                      (?P<den>{fractions})\b(?=\s+(?:{followers})\b)""",
        # "with China taking almost half.", "accounting for about a third, ": a hedged
        # fraction that ends its phrase is a share of what the clause names.
        "hedged_share": rf"""\b(?:almost|nearly|about|around|roughly|some|over|more\s+than
                             |less\s+than|close\s+to|just\s+(?:under|over))\s+
                             (?:(?P<num>a|one|two|three|four|five|seven|nine)[\s-]+)?
                             (?P<den>{fractions})\b(?!-)(?=\s*(?:[,.;:)]|$))""",
        "fraction_point": r"""\b(?P<f>quarter|half|three-quarters?)
                              [\s-](?:percentage[\s-])?points?\b""",
        "one_in": r"""\b(?P<one>one)\s+in\s+(?:every\s+)?(?P<n>two|three|four|five|six|seven
                      |eight|nine|ten|twenty|[1-9]\d?)\b(?!\s+(?:years?|days?|months?|weeks?
                      |decades?|centur\w+)\b|[.,]\d|%)""",
        "adjectival": r"""(?<![\w-])(?P<scale>million|billion|trillion)
                          -(?P<cur>dollar|euro|pound|yen|yuan)\b""",
        "verb_context": r"""\b(?:to|will|would|could|can|may|might|should|must|shall|did|does
                             |do|not|n't|'ll|than|nearly|almost)\s+$""",
        "half_blocker": r"""\b(?:first|second|latter|last|final|the|a|an|each|every|this|that
                             |next|previous|one|and)\s*$""",
        "rise_before": r"\b(?:ris\w*|rose|increas\w*|gr[eo]w\w*|jump\w*|up)\b[^.;]{0,30}$",
    }


def _context_sources(lex: _Lexicon) -> dict[str, str]:
    """Hedges, and the gaps between two figures that link them (ranges, comparisons)."""
    hedge_before, hedge_after = _hedge_patterns(lex)
    return {
        "hedge_before": hedge_before,
        # "unemployment rose to a record 5.2 million": a count of people, not money
        "people_level": rf"\b(?:{_alternation(lex.people_levels)})\b(?=(?:(?![,;:]\s).){{0,60}}$)",
        # "the 190,000 analysts had expected": the noun forecasts the number, is not its unit
        "forecast_relative": rf"\s+(?:had\s+)?(?:been\s+)?{_FORECAST}",
        # "job cuts totalled 5,000", "a workforce of 12,000": a count of jobs
        "job_level": rf"""\b(?:{_alternation(lex.job_levels)})\b(?!\s+tax)
                          (?=(?:(?![,;:]\s).){{0,60}}$)""",
        "vehicle_level": rf"""\b(?:{_alternation(lex.vehicle_levels)})\b
                              (?=(?:(?![,;:]\s).){{0,60}}$)""",
        "hedge_after": hedge_after,
        "not_hedge": r"\b(?:add(?:s|ed|ing)?|sum(?:s|med)?|go(?:es|ing)?|went)\s+up\s+to\s+$",
        "glued": r"[^\W_]|-[^\W\d_]",
        # the words after a bare number that leave it free to take its neighbour's unit
        "carry_follower": rf"""(?-i:\s*(?:[^\w\s]|$|(?:in|on|at|a|an|the|and|or|from|to|for
                               |last|earlier|previously|before|now|this|that|when|while|which
                               |but|as|with|by|during|after|against|compared|versus|set
                               |recorded|reported|over|since|until|through)\b
                            |[a-z]+s\s+(?:had\s+)?(?:been\s+)?{_FORECAST}))""",
        "range_link": r"\s*(?:-|–|—|to|or)\s*",
        "compare_link": r"""[\s,;]*(?:(?:up|down)\s+)?
                            (?:from|compared\s+with|compared\s+to|against|versus|vs\.?|after
                               |and|or)
                            \s+(?:(?:a|an|the)\s+)?(?:(?:record|revised|previous)\s+)?""",
        # what leads from a named currency to its level: "at", "of", "to", "around the"
        "rate_lead": r"\b(?:at|of|to|around|near|rate)\s+(?:(?:the|a|an)\s+)?(?:steady\s+)?$",
        "currency_anaphor": r"\b(?:the|this|that)\s+(?:currency|unit)\b",
        "clause_break": r"[;:()]|,\s+(?:while|but|and|as|which)\b|\.\s",
        "rate_subject": rf"\b(?:{_alternation(lex.not_rate_subjects)})\b",
        "not_index_subject": rf"\b(?:{_alternation(lex.not_index_subjects)})\b",
        "stock_index": rf"(?<![\w&])(?:{_alternation(lex.stock_indices)})(?![\w&])",
        "index_lead": r"\b(?:to|at|from)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:record|high|low)"
        r"(?:\s+(?:high|low|close))?(?:\s+of)?\s+)?$",
        "level_link": r"[\s,;]*(?:(?:up|down|higher|lower)\s+)?(?:at|to)\s+",
        # "0.6 pct and government spending by 0.2": the same change for another subject
        "parallel_by": r"[\s,;]+(?:and|while|but|with)\s+(?:[\w-]+\s+){1,3}?by\s+",
        # the period of the figure before a comparison: "in March", "in 1986", "last year"
        "period_gap": r"""\s+(?:(?:in|for|during)\s+(?:(?-i:[A-Z][a-z]+)\.?(?:\s+\d{4})?|\d{4})
                           |last\s+(?:year|month|quarter|week)|a\s+year\s+(?:earlier|ago))""",
    }


# --- candidates -------------------------------------------------------------------------


@dataclass
class _Candidate:
    """A number being read; ``category`` stays None until a unit is found for it."""

    start: int
    end: int
    number: float
    scale: float = 1.0
    has_scale: bool = False
    is_word: bool = False
    yearlike: bool = False
    category: str | None = None
    unit: str | None = None
    currency: str | None = None  # ISO code or family, for money and fx quotes
    fx_base: str | None = None
    factor: float = 1.0
    approximate: bool = False
    direction: str | None = None
    ratio_kind: str | None = None
    carried: bool = False
    rejected: bool = False
    bare_symbol: bool = False  # written with a plain "$", no country letters

    @property
    def value(self) -> float:
        return float(f"{self.number * self.scale * self.factor:.12g}")


def _word_value(words: str) -> float:
    """The value of number words. ``_word_value("two hundred and five") == 205``."""
    total, tokens = 0.0, re.split(r"[\s-]+", words.lower())
    for i, token in enumerate(tokens):
        if token in _WORD_VALUES:
            total += _WORD_VALUES[token]
        elif token == "hundred":
            total = max(total, 1.0) * 100
        elif token in ("a", "one") and i + 1 < len(tokens) and tokens[i + 1] == "hundred":
            total += 1
        elif token == "half":
            total += 0.5
    return total


def _fraction_value(phrase: str) -> float:
    """``"a quarter of a"`` -> 0.25; ``"half a"`` -> 0.5; ``"two-thirds of a"`` -> 0.667."""
    tokens = re.split(r"[\s-]+", phrase.lower())
    if tokens[0] == "half":
        return 0.5
    return _NUMERATORS.get(tokens[0], 1) * _FRACTION_VALUES[tokens[1]]


def _candidate_from(match: re.Match[str]) -> _Candidate:
    """A candidate from a match of the number pattern, its unit not yet read."""
    digits, words = match["digits"], match["words"]
    if digits:
        number = float(re.sub(r"[,\s]", "", digits))
    elif match["fraction"]:
        number = _fraction_value(match["fraction"])
    elif words:
        number = _word_value(words)
    else:
        number = 1.0
    scale_word = " ".join((match["scale"] or match["letter"] or "").lower().split())
    cand = _Candidate(
        start=match.start(),
        end=match.end(),
        number=number,
        scale=_SCALES.get(scale_word, 1.0),
        has_scale=bool(scale_word),
        is_word=not digits,
        yearlike=bool(digits and re.fullmatch(r"1[89]\d\d|20\d\d", digits)) and not scale_word,
    )
    if match["prefix"]:
        cand.category, cand.currency = "money", _lexicon().symbols[_normalise(match["prefix"])]
        cand.bare_symbol = _normalise(match["prefix"]) == "$"
    elif (match["letter"] or "").lower() in ("b", "t"):
        cand.rejected = True  # "3b", "5t": a billion or a trillion only after a currency symbol
    return cand


# --- pass 2: reading the unit to the right of a number ---------------------------------


def _read_unit(text: str, cand: _Candidate) -> None:
    """Set the category and unit of ``cand`` from the words after it, and extend its end."""
    if cand.category == "money":
        _read_fx_tail(text, cand)
        return
    pats = _patterns()
    for reader in (_read_percent, _read_money, _read_points, _read_count):
        if reader(text, cand, pats):
            return
    # "3rd", "1960s", "2100GMT", "25-year": part of a word, not a figure
    cand.rejected = cand.rejected or bool(_patterns().glued.match(text, cand.end))


def _read_percent(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    if m := pats.pp.match(text, cand.end):
        cand.category = cand.unit = "pp"
        cand.factor = 0.01 if m["bp"] else 1.0
    elif m := pats.percent.match(text, cand.end):
        cand.category, cand.unit = "percent", "percent"
    else:
        return False
    cand.end = m.end()
    return True


def _read_money(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    lex = _lexicon()
    m = pats.currency.match(text, cand.end)
    if m and (cand.has_scale or not m.group().lstrip().startswith("-")):
        cand.currency = lex.currency_words[_normalise(m["cur"])]
    elif (m := pats.postfix_symbol.match(text, cand.end)) and not cand.is_word:
        cand.currency = lex.postfix_symbols[m["sym"]]
    elif (m := pats.minor.match(text, cand.end)) and not cand.has_scale:
        if m["letter"] and cand.is_word:
            return False
        cand.currency, cand.factor = lex.minor_units[_normalise(m["word"] or m["letter"])]
    else:
        return False
    cand.category, cand.end = "money", m.end()
    _read_fx_tail(text, cand)
    return True


def _read_currency_before(text: str, cand: _Candidate, free_from: int) -> None:
    """ "a record Australian dollar 29.4bn": a named currency written before a scaled number.

    Only a currency named with its country ("Swiss francs", "Hong Kong dollars"): a bare
    "won" or "marks" before a number is more often a verb or a noun.
    """
    if cand.category is not None or not cand.has_scale or cand.is_word or cand.rejected:
        return
    m = _patterns().currency_before.search(text, max(free_from, cand.start - 40), cand.start)
    if m:
        cand.category, cand.start = "money", m.start()
        cand.currency = _lexicon().currency_words[_normalise(m["cur"])]


def _read_fx_tail(text: str, cand: _Candidate) -> None:
    """ "$1.364 per euro", "$1.354 to the euro": an exchange rate, quote per base."""
    m = _patterns().fx_tail.match(text, cand.end)
    if not m or cand.has_scale:
        return
    if m["link"].lower() in ("a", "an") and _normalise(m["cur"]) == "pound":
        return  # "copper fell to $4.58 a pound": a price by weight, not sterling's rate
    cand.category, cand.fx_base = "fx", _lexicon().currency_words[_normalise(m["cur"])]
    if not m["link"].lower().startswith(("against", "versus", "vs")):
        cand.end = m.end()


def _other_base(cand: _Candidate, mentions: list[tuple[int, str]]) -> None:
    """A rate quoted in the currency it is against ("the euro, which hit a record $1.29
    against the dollar"): a dollar price of the other currency named before it; money when
    the sentence names none."""
    before = [code for pos, code in mentions if pos < cand.start and code != cand.currency]
    if before:
        cand.fx_base = before[-1]
    else:
        cand.category, cand.fx_base = "money", None


def _read_points(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    m = pats.points.match(text, cand.end)
    if not m or cand.is_word:
        return False
    cand.category, cand.unit, cand.end = "points", "points", m.end()
    if _PERCENTAGE_POINTS.search(text, max(0, cand.start - 200), cand.start):
        # "shave 0.3 percentage point off U.S. growth and as much as 0.8 point off
        # China's": the points of the percentage points just named
        cand.category = cand.unit = "pp"
    return True


_PERCENTAGE_POINTS = re.compile(r"\b(?:percentage|pct|per\s*cent)[\s-]+points?\b", re.I)


def _read_count(text: str, cand: _Candidate, pats: _Patterns) -> bool:
    """A known count unit ("tonnes", "barrels a day"), or a plural noun after a big number."""
    if cand.yearlike:
        return False  # "in 1985 cars were ..."
    lex = _lexicon()
    if (m := pats.work_hours.match(text, cand.end)) and (
        m["week"] or m["weekly"] or pats.work_words.search(text)
    ):
        # working time; other hours are durations ("talks lasted 12 hours")
        cand.category, cand.unit, cand.end = "count", "hours", m.end()
        return True
    if m := pats.workforce.match(text, cand.end):
        # "cut 300 staff", "1,200 people lost their jobs": whether these are jobs is the
        # sentence's to say (claims.employed_count); without it they are no figure
        cand.category, cand.unit, cand.end = "workforce", "people", m.end()
        return True
    if m := pats.people_noun.match(text, cand.end):
        cand.category, cand.unit, cand.end = "count", "people", m.end()
        return True
    if m := pats.count.match(text, cand.end):
        unit = _lexicon().count_units[_normalise(m["unit"])]
        cand.category, cand.unit, cand.end = "count", unit, m.end()
        _read_count_rate(text, cand)
        return True
    if pats.jobs_of.match(text, cand.end):
        # "Some 4,000 of the job losses will fall in Germany": jobs, the number alone
        cand.category, cand.unit = "count", "jobs"
        return True
    if not (cand.has_scale or cand.number >= 1000):
        return False
    if (m := pats.next_word.match(text, cand.end)) and m["word"].lower() in lex.not_count_nouns:
        cand.rejected = True  # "two million people lost their jobs": no currency to carry
        return True
    m = pats.generic_count.match(text, cand.end)
    if not m or pats.forecast_relative.match(text, m.end()):
        return False  # "more than the 190,000 analysts had expected": the number is bare
    noun = m["noun"].lower()
    if noun in lex.not_unit_words:
        return False  # "from 36.4 billion as prices dropped": a bare number, free to carry
    if noun not in lex.not_count_nouns and noun not in lex.currency_words:
        cand.category, cand.unit, cand.end = "count", m["noun"].lower(), m.end()
    else:
        cand.rejected = True
    return True


def _read_count_rate(text: str, cand: _Candidate) -> None:
    """ "barrels a day" -> barrels/day; a yearly rate keeps the plain unit (annual output)."""
    m = _patterns().count_rate.match(text, cand.end)
    if not m or "/" in (cand.unit or ""):
        return
    period = _lexicon().rate_periods[m["period"].lower()]
    if period:
        cand.unit = f"{cand.unit}/{period}"
        if not m["of"]:
            cand.end = m.end()


# --- ratio words and "trillion-dollar" ---------------------------------------------------


def _scan_ratios(text: str) -> list[_Candidate]:
    """ "doubled", "tripling", "threefold", "cut in half", "a fifth of", "two-thirds of"."""
    pats = _patterns()
    found: list[_Candidate] = []
    for m in pats.change_verb.finditer(text):
        base_form = m["ending"].lower() in ("e", "es") and m["stem"].lower() != "halv"
        if (
            base_form
            and not pats.verb_context.search(text, max(0, m.start() - 30), m.start())
            and not pats.multiple_of.match(text, m.end())
        ):
            continue
        pct = _CHANGE_VERBS[m["stem"].lower()]
        found.append(_ratio(m, pct, "down" if pct == 50.0 else "up", "change"))
    for m in pats.fold.finditer(text):
        n = _WORD_VALUES.get(m["n"].lower()) or float(m["n"])
        found.append(_ratio(m, (n - 1) * 100, "up", "change"))
    for m in pats.in_half.finditer(text):
        by = m.group().lower().startswith("by")
        up = by and pats.rise_before.search(text, max(0, m.start() - 40), m.start())
        found.append(_ratio(m, 50.0, "up" if up else "down", "change"))
    for m in pats.by_fraction.finditer(text):
        # "dropped by a third", "raised by two-fifths": a change of that fraction.
        numerator = _NUMERATORS.get((m["num"] or "a").lower(), 1)
        pct = round(numerator * _FRACTION_VALUES[m["den"].lower()] * 100, 2)
        up = pats.rise_before.search(text, max(0, m.start() - 40), m.start())
        cand = _ratio(m, pct, "up" if up else "down", "change")
        cand.start = m.start("num") if m["num"] else m.start("den")
        found.append(cand)
    for m in pats.fraction_than.finditer(text):
        numerator = _NUMERATORS.get((m["num"] or "a").lower(), 1)
        pct = round(numerator * _FRACTION_VALUES[m["den"].lower()] * 100, 2)
        down = m["cmp"].lower() in ("less", "smaller", "lower", "fewer")
        cand = _ratio(m, pct, "down" if down else "up", "change")
        cand.start = m.start("num") if m["num"] else m.start("den")
        cand.end = m.end("den")
        found.append(cand)
    for m in pats.times.finditer(text):
        n = _WORD_VALUES.get(m["n"].lower()) or float(m["n"])
        if n >= 2:
            found.append(_ratio(m, round((n - 1) * 100, 2), "up", "change"))
    for m in pats.hedged_share.finditer(text):
        numerator = _NUMERATORS.get((m["num"] or "a").lower(), 1)
        cand = _ratio(m, round(numerator * _FRACTION_VALUES[m["den"].lower()] * 100, 2), None,
                      "share")  # fmt: skip
        cand.start = m.start("num") if m["num"] else m.start("den")
        found.append(cand)
    for m in pats.share.finditer(text):
        if m["num"] and _SPAN_OF_TIME.search(text, max(0, m.start() - 12), m.start()):
            continue  # "the first three quarters of 2024": a span of time, not a share
        if m["num"] or (m["den"].lower() == "half" and not _half_blocked(text, m.start())):
            numerator = _NUMERATORS.get((m["num"] or "a").lower(), 1)
            share = numerator * _FRACTION_VALUES[m["den"].lower()]
            found.append(_ratio(m, round(share * 100, 2), None, "share"))
    return found


def _scan_fraction_words(text: str) -> list[_Candidate]:
    """ "a quarter-point rise", "a half-point cut" (percentage points); "one in five firms",
    "one in every 13 cards" (a share)."""
    pats = _patterns()
    found = []
    for m in pats.fraction_point.finditer(text):
        word = m["f"].lower()
        value = 0.75 if word.startswith("three") else _FRACTION_VALUES[word]
        found.append(_Candidate(m.start(), m.end(), value, is_word=True, category="pp", unit="pp"))
    for m in pats.one_in.finditer(text):
        n = _WORD_VALUES.get(m["n"].lower()) or float(m["n"])
        if n >= 2:
            found.append(_ratio(m, round(100 / n, 4), None, "share"))
    return found


_SPAN_OF_TIME = re.compile(r"\b(?:first|last|past|next|previous|final|coming)\s+$", re.I)


def _half_blocked(text: str, start: int) -> bool:
    """ "the first half of", "a half": a period or a number, not a share."""
    return bool(_patterns().half_blocker.search(text, max(0, start - 20), start))


def _ratio(m: re.Match[str], pct: float, direction: str | None, kind: str) -> _Candidate:
    return _Candidate(
        start=m.start(),
        end=m.end(),
        number=pct,
        category="ratio",
        unit="percent",
        direction=direction,
        ratio_kind=kind,
    )


def _scan_adjectival(text: str) -> list[_Candidate]:
    """ "the trillion-dollar debts": the order of magnitude, so approximate."""
    found = []
    for m in _patterns().adjectival.finditer(text):
        cand = _Candidate(start=m.start(), end=m.end(), number=1.0, approximate=True)
        cand.scale, cand.has_scale = _SCALES[m["scale"].lower()], True
        cand.category, cand.currency = "money", _lexicon().currency_words[m["cur"].lower()]
        found.append(cand)
    return found


# --- pass 3: resolution in reading order -------------------------------------------------


def _drop_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the longer of two overlapping candidates ("a quarter of a percentage point")."""
    kept: list[_Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            if (cand.category and not kept[-1].category) or (
                cand.end - cand.start > kept[-1].end - kept[-1].start
            ):
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


def _inherit(cand: _Candidate, source: _Candidate, *, scale: bool = True) -> None:
    """Give a bare number the unit (and, if it has none, the scale) of ``source``."""
    cand.category, cand.unit, cand.currency = source.category, source.unit, source.currency
    cand.fx_base, cand.factor, cand.carried = source.fx_base, source.factor, True
    if scale and not cand.has_scale:
        cand.scale = source.scale


def _link_ranges(text: str, cands: list[_Candidate]) -> None:
    """Pairs of neighbours where one names the unit of both.

    Ranges: "5-7 pct", "five or 10 pct", "between 5 and 7 billion dollars", "$30-35".
    Comparisons read backwards: "grew to 147.7 billion from 124.4 billion dlrs".
    """
    pats = _patterns()
    for first, second in zip(cands, cands[1:], strict=False):
        if first.rejected or second.rejected:
            continue
        if second.category in (None, "ratio"):
            if second.category is None and first.category:
                _link_range_end(text, first, second)
            continue
        if first.category is not None or first.yearlike:
            continue
        gap = text[first.end : second.start]
        between = re.search(r"\bbetween\s+$", text[max(0, first.start - 10) : first.start])
        if pats.range_link.fullmatch(gap) or (between and re.fullmatch(r"\s+and\s+", gap)):
            _inherit(first, second)
        elif (
            first.has_scale
            and second.category in ("money", "count")
            and (pats.compare_link.fullmatch(gap))
        ):
            _inherit(first, second, scale=False)


def _link_range_end(text: str, first: _Candidate, second: _Candidate) -> None:
    """ "$30-35": the second end of a hyphenated range takes the unit of the first."""
    gap = text[first.end : second.start]
    if gap.strip() in ("-", "–", "—") and not second.has_scale and not second.yearlike:
        _inherit(second, first)


@dataclass
class _State:
    """What the sentence has established so far, in reading order."""

    default_currency: str | None
    local_currency: str | None = None  # the article's country's own currency
    last: _Candidate | None = None  # the last figure with a unit
    last_amount: _Candidate | None = None  # the last money or count figure
    last_fx: _Candidate | None = None
    last_scaled: _Candidate | None = None  # the last money or count figure with a scale word
    previous_count: str | None = None  # the unit of the count the sentence before ended on
    family_choice: dict[str, str] = field(default_factory=dict)  # "dollar" -> "HKD"
    bare_dollar: str | None = None  # what a plain "$" is when the sentence chose no dollar


def _resolve(
    text: str, cands: list[_Candidate], state: _State, mentions: list[tuple[int, str]]
) -> None:
    """Give bare numbers the unit their neighbours imply, and currencies their ISO code."""
    for cand in cands:
        if cand.rejected:
            continue
        if cand.category is None:
            _carry_unit(text, cand, state)
        if cand.category is None:
            _named_currency_rate(text, cand)
        if cand.category is None:
            _stock_index_level(text, cand)
        if cand.category in ("money", "fx"):
            _resolve_currency(cand, state)
            if cand.category == "money":
                _read_fx_context(text, cand, mentions)
        _remember(cand, state)
    _share_range_scale(text, cands)
    _zero_rates(text, cands)


def _zero_rates(text: str, cands: list[_Candidate]) -> None:
    """ "zero inflation", "zero tariffs", "a zero figure ... compared to a 0.6 pct rise": 0 percent.

    "figure" and "level" say nothing of the unit themselves: only among percentages.
    """
    pats = _patterns()
    percentages = any(c.category == "percent" and not c.rejected for c in cands)
    for cand in cands:
        if (
            cand.category is not None
            or cand.rejected
            or text[cand.start : cand.end].lower() != "zero"
        ):
            continue
        m = pats.zero_rate.match(text, cand.end)
        if m and (percentages or m["noun"].lower() not in ("figure", "level")):
            cand.category = cand.unit = "percent"


def _named_currency_rate(text: str, cand: _Candidate) -> None:
    """A bare decimal the clause gives as a named currency's level is its exchange rate.

    "fixed the won at a two-year high of 846.90" -> KRW/USD; "sterling ... settling to 1.6050"
    -> USD/GBP (a currency quoted in dollars); "a yen/dollar rate of 172" -> JPY/USD.
    """
    pats, lex = _patterns(), _lexicon()
    if cand.has_scale or cand.is_word or cand.yearlike or cand.rejected:
        return
    lo = max(0, cand.start - 70)
    if not pats.rate_lead.search(text, lo, cand.start):
        return
    named = [m for m in pats.currency_mention.finditer(text, lo, cand.start)]
    if not named or pats.clause_break.search(text, named[-1].end(), cand.start):
        return
    m = named[-1]
    if pats.rate_subject.search(text, m.end(), cand.start):
        return
    words = [m["pair"], m["pair2"]] if m["pair"] else [m["cur"] or m["stg"]]
    # no word: "the U.S. currency", "the greenback" (the dollar), as in _moved_currency;
    # "the single currency" is the euro
    codes = [_family_default(lex.named_currency(word)) if word else "USD" for word in words]
    codes = ["EUR"] if m["eur"] else codes
    if codes == ["USD"]:
        # "The Taiwan dollar has risen 16 pct against the U.S. Dollar ..., to 34.20": the
        # clause's subject currency is the one quoted
        codes = [*_moved_currency(text, cand, m.start()), *codes]
    if len(codes) == 2 and "USD" not in codes:
        quote, base = codes  # "a mark/franc rate": as written
    elif len(codes) == 2 or "." in text[cand.start : cand.end]:
        # "a yen/dollar rate of 172", "a dollar/yen rate of 172", "the won at 846.90"
        code = next((c for c in codes if c != "USD"), "USD")
        quote, base = ("USD", code) if code in lex.quoted_in_dollars else (code, "USD")
    else:
        return
    if quote != base:
        cand.category, cand.currency, cand.fx_base = "fx", quote, base


def _moved_currency(text: str, cand: _Candidate, before: int) -> list[str]:
    """The code of the currency the clause names before ``before`` (where it names the
    dollar), other than the dollar, within the clause; none or one."""
    pats, lex = _patterns(), _lexicon()
    lo = max(0, cand.start - 160)
    for m in reversed(list(pats.currency_mention.finditer(text, lo, before))):
        if pats.clause_break.search(text, m.end(), before):
            return []  # (the caller read the clause from ``before`` on)
        word = m["cur"] or m["stg"]
        code = _family_default(lex.named_currency(word)) if word else "USD"
        if code != "USD":
            return [code]
    return []


def _signed_changes(text: str, cands: list[_Candidate]) -> None:
    """A percentage written with its sign ("-26.7%", "+7.1%", in a table's cell or after a
    colon) is a fall or a rise; not a range's second end ("5-7%")."""
    for cand in cands:
        if cand.category not in ("percent", "pp") or cand.start == 0:
            continue
        sign = text[cand.start - 1]
        before = text[cand.start - 2] if cand.start >= 2 else " "
        if sign in _SIGNS and not (before.isalnum() or before in ".%"):
            cand.direction = _SIGNS[sign]


_SIGNS = {"-": "down", "\u2212": "down", "\u2013": "down", "+": "up"}


def _reject_index_names(text: str, cands: list[_Candidate]) -> None:
    """A number inside a stock index's name ("the S&P 500 posts its best day", "the FTSE 100
    rose") is no figure."""
    names = [m.span() for m in _patterns().stock_index.finditer(text) if _DIGIT.search(m[0])]
    for cand in cands:
        if any(lo <= cand.start < hi for lo, hi in names):
            cand.rejected = True


_DIGIT = re.compile(r"\d")


def _stock_index_level(text: str, cand: _Candidate) -> None:
    """ "the Nasdaq rose 0.9% to 2,004", "the Dow ... closed at 10,847.66": an index's level,
    in points, when the clause names a stock index before a bare number after "to" or "at"."""
    pats = _patterns()
    if cand.has_scale or cand.is_word or cand.yearlike or cand.rejected:
        return
    lo = max(0, cand.start - 80)
    if not pats.index_lead.search(text, lo, cand.start):
        return
    names = list(pats.stock_index.finditer(text, lo, cand.start))
    if not names or pats.clause_break.search(text, names[-1].end(), cand.start):
        return
    window = pats.stock_index.sub(" ", text[lo : cand.start])
    if not pats.not_index_subject.search(window):
        cand.category = cand.unit = "points"


def _family_default(code: str) -> str:
    families = _lexicon().families
    return families[code][0] if code in families else code


def _share_range_scale(text: str, cands: list[_Candidate]) -> None:
    """ "$2-$3.8 trillion", "$2-3 billion": the first end takes the scale of the second."""
    for first, second in zip(cands, cands[1:], strict=False):
        same_unit = (first.category, first.unit, first.currency) == (
            second.category,
            second.unit,
            second.currency,
        )
        # "rose 17,000 to 4.48 million": a number in thousands is no range end short of a scale
        big = first.number >= 1000
        if same_unit and first.category and not first.has_scale and second.has_scale and not big:
            gap = text[first.end : second.start]
            if re.fullmatch(r"\s*(?:-|–|—|to|or)\s*(?:[^\w\s]{1,3})?", gap):
                first.scale = second.scale


def _carry_unit(text: str, cand: _Candidate, state: _State) -> None:
    """The unit of a bare number, from the figures before it or the default currency."""
    pats, last = _patterns(), state.last
    gap = text[last.end : cand.start] if last else ""
    if cand.yearlike or (cand.is_word and not cand.has_scale):
        return
    if not cand.has_scale and not (
        pats.carry_follower.match(text, cand.end)
        or (_thousands(text, cand) and AUX_FOLLOWER.match(text, cand.end))
    ):
        # "after 30 days", "and 3 others": a count of something else; but "a high of 0.6900
        # dlrs ... around the 0.6800 level" is the rate again, and so is the level a rate is
        # compared with ("rose to 34.80 to the U.S. Dollar from 40 in 1985")
        if state.last_fx and (
            _near_rate(text, cand, state.last_fx) or _rate_compared(cand, state, gap)
        ):
            _inherit(cand, state.last_fx)
        return
    # "14.4 pct and 56.1 billion": a scaled number is never a percentage; it takes the amount's
    # unit ("compared with 14.4 pct and 56.1 billion" after "63.2 billion baht")
    parallel = last and not (cand.has_scale and last.category in ("percent", "pp", "ratio"))
    compared = parallel and _compared(gap)
    level = last and last.category in ("points", "fx") and pats.level_link.fullmatch(gap)
    if last and (compared or level):
        scaled = state.last_scaled
        if compared and cand.has_scale and not last.has_scale and scaled not in (None, last):
            # "142,000 tonnes worth 4.86 billion shillings, against 130,200 tonnes and 5.48
            # billion": the figure of its own kind, the one with a scale
            assert scaled is not None
            _inherit(cand, scaled, scale=False)
        else:
            _inherit(cand, last)
    elif (cand.has_scale or cand.number >= 1000) and pats.people_level.search(
        text, max(last.end if last else 0, cand.start - 80), cand.start
    ):
        cand.category, cand.unit, cand.carried = "count", "people", True
    elif (cand.has_scale or cand.number >= 1000) and pats.job_level.search(
        text, max(last.end if last else 0, cand.start - 80), cand.start
    ):
        cand.category, cand.unit, cand.carried = "count", "jobs", True
    elif (cand.has_scale or cand.number >= 1000) and pats.vehicle_level.search(
        text, max(0, cand.start - 80), cand.start
    ):
        # "registrations rose 24.6% to 17,221": the level of the move figured before it
        cand.category, cand.unit, cand.carried = "count", "vehicles", True
    elif cand.has_scale and state.last_amount:
        _inherit(cand, state.last_amount, scale=False)
    elif cand.has_scale and state.previous_count:
        cand.category, cand.unit, cand.carried = "count", state.previous_count, True
    elif _thousands(text, cand) and state.last_amount and state.last_amount.category == "count":
        # "shed 8,000 jobs, while services added 180,000": a count's number, written out
        _inherit(cand, state.last_amount, scale=False)
    elif (
        _thousands(text, cand)
        and state.previous_count == "jobs"
        and not state.last_amount
        and not pats.per_unit_tail.match(text, cand.end)
    ):
        # "... 243,000 new jobs. Economists had forecast that 225,000 would be added": jobs
        # reports go on in bare numbers; not "The average salary is 25,000 a year"
        cand.category, cand.unit, cand.carried = "count", "jobs", True
    elif cand.has_scale and state.default_currency:
        cand.category, cand.currency, cand.carried = "money", state.default_currency, True
    elif state.last_fx and (
        _near_rate(text, cand, state.last_fx) or _rate_compared(cand, state, gap)
    ):
        _inherit(cand, state.last_fx)


# "that 225,000 would be added": a count's number as the subject of its clause
AUX_FOLLOWER = re.compile(r"\s+(?:would|will|were|was|had|have|are)\b")


def _thousands(text: str, cand: _Candidate) -> bool:
    """ "180,000": digits in groups of thousands, the way a count is written (a bare "1987"
    or "2,5" is not)."""
    return (
        not cand.has_scale
        and re.fullmatch(r"\d{1,3}(?:,\d{3})+", text[cand.start : cand.end]) is not None
    )


def _compared(gap: str) -> bool:
    """ "from", "against", "and" between two figures, after the first one's period if named:
    "236 mln dlrs in March and 255 in April" -> 255 is the same unit; a parallel change
    "declined 0.6 pct and government spending by 0.2" -> 0.2 pct."""
    pats = _patterns()
    dated = pats.period_gap.match(gap)
    pos = dated.end() if dated else 0
    return bool(pats.compare_link.fullmatch(gap, pos) or pats.parallel_by.fullmatch(gap, pos))


def _rate_compared(cand: _Candidate, state: _State, gap: str) -> bool:
    """Whether a bare number is the level the exchange rate right before it is compared with
    ("rose to 34.80 against the U.S. Dollar from 40 in 1985"): a "from" or "against" between
    them, and a number of the rate's size (within half of it either way)."""
    rate = state.last_fx
    if rate is None or state.last is not rate or len(gap) > 40 or rate.number <= 0:
        return False
    linked = _compared(gap) or RATE_COMPARED.search(gap) is not None
    return linked and 0.67 <= cand.number / rate.number <= 1.5


RATE_COMPARED = re.compile(
    r"^\s+(?:against|to)\s+the\s+[\w.\s]{1,20}?\s(?:from|compared\s+with)\s+$", re.I
)


def _near_rate(text: str, cand: _Candidate, rate: _Candidate) -> bool:
    """A decimal within a quarter of an earlier rate: "after hitting a low of 105.17"."""
    decimal = "." in text[cand.start : cand.end] and not cand.has_scale
    return decimal and 0.8 <= cand.number / rate.number <= 1.25


def _resolve_currency(cand: _Candidate, state: _State) -> None:
    """A family ("dollar", "franc") -> the member the text or the caller established."""
    families = _lexicon().families
    for attr in ("currency", "fx_base"):
        code = getattr(cand, attr)
        if code not in families:
            continue
        default, members = families[code]
        chosen = state.family_choice.get(code)
        if chosen is None and cand.bare_symbol and state.bare_dollar is not None:
            chosen = state.bare_dollar  # "C$30 billion ... U.S. exports totalled $349 billion"
        if chosen is None and state.default_currency in members:
            chosen = state.default_currency
        carried = chosen not in (None, default)
        if chosen is None and state.local_currency in members:
            # "pesos" in an article about Argentina: written here, so it sets the article's
            # currency for the bare figures that follow
            chosen = state.local_currency
        setattr(cand, attr, chosen or default)
        cand.carried = cand.carried or (attr == "currency" and carried)


def _remember(cand: _Candidate, state: _State) -> None:
    if cand.category is None or cand.rejected:
        return
    state.last = cand
    if cand.category in ("money", "count"):
        state.last_amount = cand
        if cand.has_scale:
            state.last_scaled = cand
    if cand.category == "fx":
        state.last_fx = cand
    lex = _lexicon()
    for family, (_default, members) in lex.families.items():
        if family in lex.fixed_families:
            continue
        if cand.currency in members and not cand.carried:
            state.family_choice[family] = cand.currency


# What stands for the currency the sentence before named: "the currency", "the unit", "It".
CURRENCY_REFERENT = re.compile(r"\b(?:the|this)\s+(?:currency|unit)\b|^\s*It\b", re.I)


def named_currencies(text: str, country: str | None = None) -> list[str]:
    """The currencies a sentence names as things ("the zloty", "The Egyptian pound"), in
    order, read as :func:`find_quantities` reads them (the same reading, not a second)."""
    return [code for _, code in _mentions_of(text, _lexicon().local_currencies.get(country or ""))]


@lru_cache(maxsize=64)
def _mentions_of(text: str, local: str | None) -> tuple[tuple[int, str], ...]:
    """:func:`_currency_mentions`, kept for the sentence's other reader: the pipeline asks
    :func:`named_currencies` of each sentence right after :func:`find_quantities`."""
    return tuple(_currency_mentions(text, local))


def _currency_mentions(text: str, local: str | None = None) -> list[tuple[int, str]]:
    """Where the text names a currency as a thing ("the euro", "against the yen"); a family's
    word is the ``local`` currency when that is one of its members ("the lira" in an article
    about Turkey), else the family's default."""
    lex, found = _lexicon(), []
    for m in _patterns().currency_mention.finditer(text):
        if m["usd"]:  # "the U.S. currency fell to 1.7850 marks", "the greenback"
            found.append((m.start(), "USD"))
        if m["eur"]:  # "the single currency slipped to $1.3020"
            found.append((m.start(), "EUR"))
        if m["brl"]:  # "the real weakened 0.8% to 5.56 per dollar"; not "the real economy"
            found.append((m.start(), "BRL"))
        for word in (m["cur"], m["stg"], m["pair"], m["pair2"]):  # "yen/dollar rate"
            if word:
                code = lex.named_currency(word)
                if code in lex.families:
                    default, members = lex.families[code]
                    code = local if local in members else default
                found.append((m.start(), code))
    return found


def _read_fx_context(text: str, cand: _Candidate, mentions: list[tuple[int, str]]) -> None:
    """A small money amount in a sentence about another currency is an exchange rate.

    "the euro reached $1.30" -> USD/EUR; "against the yen, it traded at 105.28 yen" -> JPY/USD;
    "the Canadian dollar rose to 76.85 U.S. cts" -> USD/CAD 0.7685.
    """
    small = not cand.has_scale and cand.value < 1000
    if not small or _patterns().per_unit_tail.match(text, cand.end):
        return
    others = [(abs(pos - cand.start), code) for pos, code in mentions if code != cand.currency]
    clause = [
        code
        for pos, code in mentions
        if code != cand.currency
        and pos < cand.start
        and not _patterns().clause_break.search(text, pos, cand.start)
    ]
    if clause:
        # "The euro traded at $1.12, while the pound bought $1.33": its own clause's currency
        cand.category, cand.fx_base = "fx", clause[-1]
    elif others:
        cand.category, cand.fx_base = "fx", min(others)[1]
    elif cand.factor != 1.0:
        return  # "closed down 51 cents": a price, unless another currency is named
    elif cand.currency != "USD" and re.search(r"\bagainst\s+the\b", text, re.IGNORECASE):
        cand.category, cand.fx_base = "fx", "USD"


def _rate_of_the_currency(text: str, cands: list[_Candidate], rate: str) -> None:
    """ "... rose to 76.85 U.S. cts. The currency was hovering around 76.78 cts": a small
    money amount without scale said of "the currency" is the rate spoken of before."""
    quote, _, base = rate.partition("/")
    for cand in cands:
        if cand.category != "money" or cand.has_scale or cand.value >= 1000:
            continue
        lo = max(0, cand.start - 60)
        anaphor = _patterns().currency_anaphor.search(text, lo, cand.start)
        if anaphor is None or _patterns().clause_break.search(text, anaphor.end(), cand.start):
            continue
        families = _lexicon().families.values()
        kin = cand.currency in (quote, None) or any(
            {cand.currency, quote} <= members for _, members in families
        )
        if kin:  # "cts" of a dollar rate in dollars, whichever dollar the text made them
            cand.category, cand.currency, cand.fx_base = "fx", quote, base


def _bare_fx(text: str, cand: _Candidate, mentions: list[tuple[int, str]]) -> None:
    """ "the yuan at 8.30 to the dollar": quote from the currency named before the number."""
    m = _patterns().fx_tail.match(text, cand.end)
    if not m or cand.has_scale or re.fullmatch(r"an?", m["link"], re.IGNORECASE):
        return
    base_word = _lexicon().currency_words[_normalise(m["cur"])]
    families = _lexicon().families
    base = families[base_word][0] if base_word in families else base_word
    quotes = [code for pos, code in mentions if pos < cand.start and code != base]
    if quotes:
        cand.category, cand.currency, cand.fx_base = "fx", quotes[-1], base
        if not m["link"].lower().startswith(("against", "versus", "vs")):
            cand.end = m.end()  # "8.30 to the dollar", not "1.82 against the dollar"


# --- public API --------------------------------------------------------------------------


def _hedged(text: str, cand: _Candidate) -> bool:
    pats, window = _patterns(), max(0, cand.start - 40)
    before = pats.hedge_before.search(text, window, cand.start)
    if before and pats.not_hedge.search(text, window, cand.start):
        before = None  # "added up to 22,201bn yen" is a total, not a ceiling
    return bool(before or pats.hedge_after.match(text, cand.end))


def _to_quantity(text: str, cand: _Candidate) -> Quantity:
    category = cand.category or ""
    unit = cand.unit or ""
    if category == "money":
        unit = cand.currency or ""
    elif category == "fx":
        unit = f"{cand.currency}/{cand.fx_base}"
    return Quantity(
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        value=cand.value,
        unit=unit,
        approximate=cand.approximate or _hedged(text, cand),
        category=category,
        direction=cand.direction,
        ratio_kind=cand.ratio_kind,
        carried=cand.carried,
    )


def _candidates(text: str) -> list[_Candidate]:
    numbers: list[_Candidate] = []
    for match in _patterns().number.finditer(text):
        cand = _candidate_from(match)
        _read_unit(text, cand)
        _read_currency_before(text, cand, numbers[-1].end if numbers else 0)
        numbers.append(cand)
    found = numbers + _scan_ratios(text) + _scan_adjectival(text) + _scan_fraction_words(text)
    return _drop_overlaps(found)


def find_quantities(
    text: str,
    *,
    default_currency: str | None = None,
    country: str | None = None,
    previous_count: str | None = None,
    previous_rate: str | None = None,
    previous_currency: str | None = None,
    workforce: bool = False,
    bare_dollar: str | None = None,
) -> list[Quantity]:
    """Every economic figure in ``text`` (one sentence, may contain newlines), in order.

    ``country``, the article's main country, picks its own member of a currency family
    ("pesos" are Argentina's in an article about Argentina) when the text names none.
    ``previous_count``, the unit of a count the sentence before ended on, is the unit of a
    scaled number before any figure of this sentence names one ("Output fell to 61.2 mln
    barrels. Exports of 22.9 mln of crude ..." -> barrels). ``workforce`` keeps numbers of
    people employed ("cut 300 staff", category ``workforce``) for a caller that can tell from
    the parse whether they are jobs; without it they are no figures. ``previous_rate``, the
    unit of the exchange rate the sentence before ended on ("USD/CAD"), is the unit of a small
    money amount said of "the currency" ("The currency was hovering around 76.78 cts").
    ``bare_dollar`` is what a plain "$" is when the sentence chose no dollar of its own: US
    dollars in an article that marks its other dollars ("C$30 billion ... $349 billion").
    ``previous_currency``, the last currency the sentence before named, is what "the
    currency", "the unit" or a leading "It" quotes ("The zloty is the risk. If the currency
    strengthens to 4.20 to the euro ...").

    >>> [(q.value, q.unit, q.approximate) for q in find_quantities(
    ...     "Output fell to nearly 7% as sales reached 480 mln dlrs.")]
    [(7.0, 'percent', True), (480000000.0, 'USD', False)]
    """
    cands = _candidates(text)
    _reject_index_names(text, cands)
    _signed_changes(text, cands)
    mentions = list(_mentions_of(text, _lexicon().local_currencies.get(country or "")))
    referent = CURRENCY_REFERENT.search(text) if previous_currency is not None else None
    if referent is not None and not any(pos < referent.end() for pos, _ in mentions):
        # "It now trades at about 5.80 to the dollar": the currency of the sentence before
        mentions = [(referent.start(), str(previous_currency)), *mentions]
    for cand in cands:
        if cand.category is None and not cand.rejected:
            _bare_fx(text, cand, mentions)
    _link_ranges(text, cands)
    state = _State(default_currency, _lexicon().local_currencies.get(country or ""))
    state.previous_count = previous_count
    state.bare_dollar = bare_dollar
    _resolve(text, cands, state, mentions)
    if previous_rate is not None:
        _rate_of_the_currency(text, cands, previous_rate)
    kept = [c for c in cands if c.category and not c.rejected]
    for cand in kept:
        if cand.category == "fx" and cand.fx_base == cand.currency:
            _other_base(cand, mentions)
    found = [_to_quantity(text, c) for c in kept if workforce or c.category != "workforce"]
    return _with_declared_table(text, found, country)


# A unit a sentence declares for the bare numbers of a list: "Figures in billions of Canadian
# dlrs ...: exports 10.41 (10.03), imports 9.29 (9.25)", "In mln ringgit, major export
# earnings were: crude petroleum 5,650 (8,680), palm oil ..." (the word after the scale is
# a currency only if it reads as one: see _with_declared_table)
_DECLARED_UNIT = re.compile(
    r"\b(?i:in\s+(?P<scale>billions|millions|billion|million|mln|bln|thousands)\s+(?:of\s+)?)"
    r"(?P<cur>(?:U\.S\.\s+|[A-Z][a-z]+\s+)?[A-Za-z]+)\b",
)
# An entry of such a list: a name (a trade word or goods), its number, and the one in
# brackets after it; after the start of the list, a comma, a semicolon or "and".
_TABLE_ENTRY = re.compile(
    r"(?:[:,;]|\band\b|\bwere\b)\s*(?P<name>[A-Za-z][A-Za-z'\s-]{0,40}?)\s+"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*(?:pct|%|per\b|mln|bln|billion|million))"
    r"(?:\s*\((?P<prev>\d[\d,]*(?:\.\d+)?)\))?",
    re.I,
)
# An entry name that ends in a word of time or a preposition names the period after it
# ("with first quarter 1986 in brackets", "with 1985 in brackets"), not goods.
_PERIOD_NAME = re.compile(
    r"\b(?:quarter|half|year|fiscal|calendar|months?|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|with|for|in|of|from|against|the)$",
    re.I,
)
_DECLARED_SCALES = {
    "billions": 1e9,
    "billion": 1e9,
    "bln": 1e9,
    "millions": 1e6,
    "million": 1e6,
    "mln": 1e6,
    "thousands": 1e3,
}


def _with_declared_table(text: str, found: list[Quantity], country: str | None) -> list[Quantity]:
    """``found`` plus the bare numbers of a list the sentence declares the unit of (the
    number after each entry's name, a trade word or goods, and the one in brackets after
    it): money in that unit."""
    declared = _DECLARED_UNIT.search(text)
    if declared is None:
        return found
    unit_of = [q for q in find_quantities(f"1 {declared.group('cur')}", country=country)
               if q.category in ("money", "count")]  # fmt: skip
    if not unit_of:
        return found
    scale, unit = _DECLARED_SCALES[declared.group("scale").lower()], unit_of[0].unit
    category = unit_of[0].category  # "in mln tonnes": goods counted in a unit the list omits
    taken = [(q.start, q.end) for q in found]
    added = []
    for entry in _TABLE_ENTRY.finditer(text, declared.end()):
        if _PERIOD_NAME.search(entry.group("name")) or text.startswith("/", entry.end("n")):
            continue  # "with first quarter 1986 in brackets", "1985/86": a period, no entry
        for group in ("n", "prev"):
            start, end = entry.span(group)
            if start < 0 or any(lo < end and start < hi for lo, hi in taken):
                continue
            value = float(entry.group(group).replace(",", "")) * scale
            added.append(Quantity(start, end, text[start:end], value, unit, False, category,
                                  carried=True))  # fmt: skip
    return sorted([*found, *added], key=lambda q: q.start) if added else found


def local_member_country(word: str, countries: Iterable[str]) -> str | None:
    """The first of ``countries`` whose own currency is a member of the family ``word``
    names ("peso" in an article about Argentina: AR), else None (a word of no family, or no
    such country; dollars have no local members: see currencies.json)."""
    lex = _lexicon()
    family = lex.currency_words.get(_normalise(word))
    if family is None or family not in lex.families:
        return None
    members = lex.families[family][1]
    return next((c for c in countries if lex.local_currencies.get(c) in members), None)


def dollar_default(quantity: Quantity) -> bool:
    """Whether a money figure's dollar is the family's default, no country's dollar written
    with it ("887 mln dlrs", "$5bn"; not "887 mln Australian dlrs", "US$5bn", "U.S. dlrs")."""
    default = _lexicon().families["dollar"][0]
    return (
        quantity.category == "money"
        and quantity.unit == default
        and not quantity.carried
        and US_DOLLAR_TOLD.search(quantity.text) is None
    )


def dollar_member(unit: str) -> bool:
    """Whether ``unit`` is a dollar (the US one or another country's)."""
    return unit in _lexicon().families["dollar"][1]


US_DOLLAR_TOLD = re.compile(r"\bU\.?\s?S\.?(?!\w)|\bUS\$|\bAmerican\b|\bUSD\b", re.I)


def parse_quantity(text: str) -> Quantity | None:
    """The single quantity in a short string. ``parse_quantity("$1.2tn").value == 1.2e12``."""
    found = find_quantities(text)
    return found[0] if found else None
