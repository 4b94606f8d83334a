"""Cues and how far they stand from a figure: what every claim rule reads.

A cue is a word or phrase that names something about a figure: its metric ("exports",
"trade surplus"), a change ("rose"), a rate ("tariffs"). Cues are read from the data file
``extractor/data/cues.json``. A cue before the number (the usual English order, "exports
rose 5%") counts as nearer than the same distance after it, and a cue on the far side of
another figure or of a clause break (";", "while", "as") counts as farther, since it most
likely belongs to that other figure.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib import resources
from typing import Any, TypeVar

from spacy.tokens import Span

from extractor.nlp.context import S, SpanIndex
from extractor.nlp.frames import HEADLINE_VERBS, MEASURE_NOUNS, THRESHOLD_NOUNS, SpanTokens
from extractor.nlp.periods import PeriodMention, period_unit
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity
from extractor.nlp.tables import RowReading, TableState

__all__ = [
    "CLAUSE_BREAK",
    "TRADE_METRICS",
    "ArticleContext",
    "Cue",
    "SentenceView",
    "distance",
    "find_metric_cues",
    "nearest",
]

TRADE_METRICS = frozenset({"exports", "imports", "balance", "trade"})
# What ends a clause: a cue beyond it most likely belongs to another figure ("narrows to
# EUR291bn as imports slump"); "as much as", "as well" are not clause breaks.
CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|because)\b"
    r"|\bas\b(?!\s+(?:much|many|well|high|low|part|of|a|an)\b)"
)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    label: str
    extra: str | None = None
    weak: bool = False


@cache
def cue_data() -> dict[str, Any]:
    text = resources.files("extractor").joinpath("data/cues.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def flexible(alternation: str) -> str:
    """The alternation with its longest alternatives first, so that "tax revenues" is not read
    as "tax", and each space matching a line break or several spaces ("trade\n    surplus")."""
    alternatives = sorted(top_level_split(alternation), key=len, reverse=True)
    return "|".join(alternatives).replace(" ", r"\s+")


def word_regex(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{flexible(alternation)})(?![\w-])", re.IGNORECASE)


def top_level_split(alternation: str) -> list[str]:
    """ "a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in alternation:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


@cache
def metric_patterns() -> list[tuple[re.Pattern[str], str, str | None]]:
    # A plain alternation finds only the leftmost of overlapping cues ("foreign trade" hides
    # "trade turnover"); inside a lookahead it matches at every word start, so the overlap
    # rule in find_metric_cues sees them all. Group 1 is the cue.
    # every stock index the lexicon names is a price cue ("the All Ordinaries index")
    indices = "|".join(re.escape(name).replace("\\ ", " ") for name in sorted(index_names()))
    return [
        (
            re.compile(rf"(?<![\w-])(?=((?:{flexible(pattern)})(?![\w-])))", re.IGNORECASE),
            metric,
            sign,
        )
        for pattern, metric, sign in (*cue_data()["metric"], (indices, "price", None))
    ]


@cache
def index_names() -> frozenset[str]:
    """The stock indices the lexicon names (``index_countries``), lower-cased."""
    return frozenset(cue_data()["index_countries"])


def index_name(words: str) -> bool:
    """Whether ``words`` are a stock index's name ("Nikkei", "All Ordinaries")."""
    return " ".join(words.lower().split()) in index_names()


@cache
def rate_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(word_regex(p), metric) for p, metric in cue_data()["rate"]]


@cache
def word_set_regex(key: str) -> re.Pattern[str]:
    return word_regex(cue_data()[key])


@cache
def weak_cues() -> frozenset[str]:
    return frozenset(cue_data()["weak"])


T = TypeVar("T")
# A list this short is read whole: an index would cost more than it saves.
SMALL_LIST = 16


@dataclass
class SentenceView:
    """One sentence with its mentions; offsets are document offsets."""

    span: Span
    quantities: list[Quantity]
    places: list[PlaceMention]
    periods: list[PeriodMention]
    sectors: list[Any]
    text: str = ""
    start: int = 0
    metric_cues: list[Cue] = field(default_factory=list)
    price_cues: list[Cue] = field(default_factory=list)
    last_percent: tuple[str, str | None] | None = None
    last_rate: str | None = None  # the metric of the sentence's last rate with a word of its own
    # the metric decisions the parse made for the sentence's figures so far, by token index
    parsed_metrics: dict[int, Any] = field(default_factory=dict)
    metrics: dict[int, Any] = field(default_factory=dict)  # every decision, by token index
    # Per sentence, not per figure: a sentence of 20,000 figures must cost linear time.
    _sentence: str | None = field(default=None, repr=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False)
    _found: dict[re.Pattern[str], bool] = field(default_factory=dict, repr=False)
    _indexes: dict[int, tuple[Sequence[Any], SpanIndex]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.text = self.span.text
        self.start = self.span.start_char
        cues = find_metric_cues(self.text, self.start, self.quantities)
        self.price_cues = [c for c in cues if c.label == "price"]
        self.metric_cues = [c for c in cues if not self.qualifies_another_noun(c)]

    def qualifies_another_noun(self, cue: Cue) -> bool:
        """A metric word that only qualifies another noun names no figure's metric.

        "Earnings at the investment bank", "its Global Investors wing", "Hong Kong's biggest
        export market": in the parse the cue is a ``compound`` or ``amod`` of a noun, and that
        noun (or another cue on it: "domestically produced exports") says what the figure is.
        A rate word keeps its modifier ("import tariffs" are about imports), and so does a
        word of measure ("trade volumes").
        """
        token = self.tree.token(cue.start, cue.end)
        if (
            token is None
            or token.dep_ not in ("compound", "amod")
            or not token.head.tag_.startswith("NN")
        ):
            return False
        head = token.head
        if cue.label == "price" and head.tag_ == "NNP":
            return False  # "the Dow Jones Industrial Average": a name the index word is in
        if cue.label == "price" and index_name(self.phrase(cue.start, cue.end)):
            return False  # "the Nikkei stock average", "the RTS index": the index it names
        if head.lower_ in MEASURE_NOUNS or head.lower_ in THRESHOLD_NOUNS:
            return False  # "trade volumes", "a growth target": how much of the thing
        if head.lower_ in HEADLINE_VERBS:
            return False  # "UK trade gap hits record £5.4bn": a verb taken for a noun
        lo, hi = head.idx, head.idx + len(head)
        if head.text.isupper() and any(
            c.start < hi and lo < c.end for c in self.near(self.direction_cues, lo, hi)
        ):
            return False  # "NON-OIL EXPORTS ROSE 11.4 PCT": a headline's verb taken for a noun
        return not any(c.start < hi and lo < c.end for c in self.near(self.rate_cues, lo, hi))

    @cached_property
    def tree(self) -> SpanTokens:
        """The parse's tokens of the sentence's spans (figures, cues)."""
        return SpanTokens(self.span.doc)

    def between(self, a: int, b: int) -> str:
        lo, hi = sorted((a, b))
        return self.text[lo - self.start : hi - self.start]

    def phrase(self, start: int, end: int) -> str:
        """The words at [start, end), lower case, one space apart, as the lexicons list them."""
        return " ".join(self.between(start, end).lower().split())

    def before(self, position: int, width: int = 40) -> str:
        lo = max(self.start, position - width)
        return self.text[lo - self.start : position - self.start]

    def after(self, position: int, width: int = 40) -> str:
        return self.text[position - self.start : position - self.start + width]

    def figures_between(self, lo: int, hi: int) -> list[Quantity]:
        """The figures wholly inside [lo, hi)."""
        return self.figure_index().within(lo, hi)

    def figure_index(self) -> SpanIndex[Quantity]:
        """The sentence's figures by position (rebuilt when the list is replaced)."""
        cached = self._indexes.get(id(self.quantities))
        if cached is None or cached[0] is not self.quantities:
            cached = self._indexes[id(self.quantities)] = (
                self.quantities,
                SpanIndex(self.quantities),
            )
        index: SpanIndex[Quantity] = cached[1]
        return index

    def source_sentence(self, source: str) -> str:
        """The sentence in ``source`` (the document's original text), stripped: one string
        shared by the sentence's claims."""
        if self._sentence is None:
            self._sentence = source[self.start : self.start + len(self.text)].strip()
        return self._sentence

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per sentence for each ``key``."""
        if key not in self._memo:
            self._memo[key] = compute()
        value: T = self._memo[key]
        return value

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Whether the sentence matches ``pattern`` anywhere (searched once per sentence)."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self.text) is not None
        return found

    def near(self, items: Sequence[S], lo: float, hi: float) -> list[S]:
        """The items of one of the sentence's own lists that touch [lo, hi], in list order.

        Found by bisection on an index built once per list, so that the rules that look
        around each figure do not read every mention of the sentence for every figure.
        """
        if len(items) <= SMALL_LIST:
            return [i for i in items if i.end >= lo and i.start <= hi]
        cached = self._indexes.get(id(items))
        if cached is None or cached[0] is not items:
            if not any(items is own for own in self._own_lists()):
                return SpanIndex(items).near(lo, hi)  # a passing list: not kept
            cached = self._indexes[id(items)] = (items, SpanIndex(items))
        return cached[1].near(lo, hi)

    def _own_lists(self) -> tuple[Sequence[Any], ...]:
        return (
            self.quantities,
            self.places,
            self.periods,
            self.sectors,
            self.metric_cues,
            self.direction_cues,
            self.rate_cues,
        )

    @cached_property
    def direction_cues(self) -> list[Cue]:
        """The words of rise ("up") and fall ("down") in the sentence."""
        return [
            Cue(m.start() + self.start, m.end() + self.start, label)
            for label in ("up", "down")
            for m in word_set_regex(label).finditer(self.text)
        ]

    @cached_property
    def rate_cues(self) -> list[Cue]:
        """The words that make a percentage a rate ("tariffs", "inflation", "interest rate").

        Not inside a price cue: "electricity tariffs" are what a utility charges.
        """
        prices = self.price_cues
        found = [
            Cue(m.start() + self.start, m.end() + self.start, metric)
            for pattern, metric in rate_patterns()
            for m in pattern.finditer(self.text)
            if metric != "tariff"
            or not any(
                p.start <= m.start() + self.start and m.end() + self.start <= p.end for p in prices
            )
        ]
        # "corporation tax", "income tax": a tax on firms or people, whose "tax" is no tariff
        longer = [c for c in found if c.label != "tariff"]
        return [
            c
            for c in found
            if c.label != "tariff"
            or not any(o.start <= c.start and c.end <= o.end and o != c for o in longer)
        ]


@dataclass
class ArticleContext:
    """What the article has said so far, for sentences that say less."""

    countries: list[str]
    period: str | None = None
    metric: str | None = None
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    roles_sentence: dict[str, int] = field(default_factory=dict)  # where each metric's were set
    published: date | None = None
    sentence: int = 0
    metric_sentence: int = -99
    fiscal_sentence: int = -99  # the last sentence with a public-finance balance figure
    tariff_rate_sentence: int = -99  # the last sentence with a tariff's rate
    # How many public-finance and external balance figures the article has given so far.
    fiscal_balances: int = 0
    external_balances: int = 0
    economy_sentence: int = -99  # the last sentence whose subject is an economy
    currency_sentence: int = -99  # the last sentence whose subject is a currency
    price_statistic_sentence: int = -99  # the last sentence with a price statistic's figure
    sign: str | None = None
    bilateral: bool = False
    soviet_era: bool = False
    last_percent: tuple[str, str | None] | None = None
    last_jobs: str | None = None  # the direction of the last count of jobs made or lost
    currency_pair: tuple[str | None, str | None] = (None, None)
    currency: str | None = None  # the currency whose move the article last read
    # The period of the last exchange-rate quote dated by its day, and its sentence.
    quote_day: tuple[str, int] | None = None
    subject: str | None = None  # the country the last sentence that named one was about
    # A sentence with no figure and no metric about one country alone ("Britain, which is
    # outside the euro, is also under scrutiny"): that country and the sentence.
    turned_to: tuple[str, int] | None = None
    spoken: list[str] = field(default_factory=list)  # the countries the last sentence named
    firms: set[str] = field(default_factory=set)  # names the article gave firms ("oil giant BP")
    firm_sentence: int = -99  # the last sentence whose subject was a firm
    world_total_sentence: int = -99  # the last sentence with a figure said to be a total
    # The current period the last sentence that named one gave its figures.
    recent_period: str | None = None
    recent_period_sentence: int = -99
    recent_period_ahead: bool = False  # whether a forecast's figure named it
    recent_period_aside: bool = False  # whether a relative clause's figure named it
    # Before a relative clause named one: the running period and its sentence, with the
    # sentence of the clause.
    aside_period: tuple[str | None, int, int] | None = None
    # After a later sentence recalled an earlier period: that sentence, and the period the
    # article reports with its sentence, which the sentences after it go on with.
    recalled: tuple[int, str | None, int] | None = None
    # The last such period of each unit ("quarter": "2004-Q4"), for "in the quarter".
    recent_by_unit: dict[str, str] = field(default_factory=dict)
    # The sectors of the figures so far: the first figure's (what the article is about,
    # ``lead_sector``, once ``sector_noted``), and the last figure's of each metric, with the
    # token where its sentence ends (sectors.recall_sector).
    lead_sector: str | None = None
    sector_noted: bool = False
    # The country the article's tariffs are imposed by (roles.tariff_imposer).
    tariff_imposer: str | None = None
    last_sectors: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    # The commodity the last figure that named one was of, with its sentence: the goods a
    # price with none of its own is of (claims.prices_goods).
    last_goods: tuple[int, str] | None = None
    # The last sentences that compared a figure, by a period it named, with the same period a
    # year before ("against 112 mln in the same month of 1986") and with the period before
    # ("up from 261 mln in February"): how the article compares (claims.compares_year_on_year).
    year_on_year_sentence: int = -99
    period_on_period_sentence: int = -99
    # The text table the sentences are in, its rows as read (claims.note_table_row)
    table: TableState[RowReading] = field(default_factory=TableState)

    def note_metric(self, metric: str, sign: str | None) -> None:
        """The metric a sentence named, for a next sentence that names none."""
        self.metric, self.metric_sentence = metric, self.sentence
        if sign:
            self.sign = sign

    def note_period(self, period: str, aside: bool = False, recall: bool = False) -> None:
        """The current period a sentence named for a figure, for the next sentences; one a
        relative clause named (``aside``) is not the one the rest of its sentence is on,
        and one a later sentence only recalls (``recall``: "In March 1986 the surplus had
        been 1.04 billion") is the rest of its sentence's, not the next sentences'."""
        if aside and (self.aside_period is None or self.aside_period[2] != self.sentence):
            self.aside_period = (self.recent_period, self.recent_period_sentence, self.sentence)
        self.recalled = (self.sentence, *self.reported_period()) if recall else None
        self.recent_period, self.recent_period_sentence = period, self.sentence
        self.recent_period_aside = aside
        if not recall:
            self.recent_by_unit[period_unit(period)] = period

    def reported_period(self) -> tuple[str | None, int]:
        """The period the article last reported and its sentence, not one recalled since."""
        if self.recalled is not None and self.recalled[0] == self.recent_period_sentence:
            return self.recalled[1], self.recalled[2]
        return self.recent_period, self.recent_period_sentence

    def note_sector(self, sentence_end: int, metric: str | None, sector: str | None) -> None:
        """The sector of a figure of ``metric`` (None: of no metric that carries), for the
        figures after it; the document's first figure's is its lead."""
        if not self.sector_noted:
            self.lead_sector, self.sector_noted = sector, True
        if metric is not None:
            self.last_sectors[metric] = (sentence_end, sector)

    def running_period(
        self, window: int, aside: bool = False, back: bool = False
    ) -> tuple[str | None, str]:
        """The period a figure whose sentence names none takes, and where it came from: the
        one named in the last ``window`` sentences ("previous-sentence"), else the
        article's ("article"). A figure outside a relative clause of its sentence that
        named a period (not ``aside``) takes the one before it. A sentence that points
        ``back`` to the last period named ("in the period", "over the four months") takes
        it even when it was only recalled."""
        recent, recent_sentence = self.recent_period, self.recent_period_sentence
        if (
            not back
            and self.recalled is not None
            and self.recalled[0] == recent_sentence < self.sentence
        ):
            recent = self.recalled[1]  # the sentences go on with it after the recall
        before = self.aside_period
        if before is not None and before[2] == self.sentence and not aside:
            recent, recent_sentence = before[0], before[1]
        if recent and self.sentence - recent_sentence <= window:
            return recent, "previous-sentence"
        return self.period, "article"

    def set_roles(self, metric: str, reporter: str | None, partner: str | None) -> None:
        """The roles of a metric's figure, for the metric's later figures. Two partners of one
        metric in one sentence ("the deficit with Japan ..., and the deficit with Canada ...")
        leave none to carry: a later "the deficit" is as likely the total."""
        before = self.roles.get(metric)
        if (
            before is not None
            and self.roles_sentence.get(metric) == self.sentence
            and before[0] == reporter
            and None not in (before[1], partner)
            and before[1] != partner
        ):
            partner = None
        self.roles[metric] = (reporter, partner)
        self.roles_sentence[metric] = self.sentence


def find_metric_cues(text: str, offset: int, quantities: Sequence[Quantity] = ()) -> list[Cue]:
    """The metric words of a sentence, longest first where they overlap.

    Words inside a quantity ("5.9 billion dlrs", "$44 a barrel") are the figure's own, not cues.
    """
    found: list[Cue] = []
    for pattern, metric, sign in metric_patterns():
        for m in pattern.finditer(text):
            weak = m.group(1).lower() in weak_cues()
            found.append(Cue(m.start(1) + offset, m.end(1) + offset, metric, sign, weak))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Cue] = []
    taken = Occupied((q.start, q.end) for q in quantities)
    for cue in found:
        if taken.free(cue.start, cue.end):
            kept.append(cue)
            taken.take(cue.start, cue.end)
    cues = sorted(
        (c for c in kept if c.label != "none" and not modifies_other_noun(text, c, offset)),
        key=lambda c: c.start,
    )
    return join_two_way(text, cues, offset)


class Occupied:
    """The stretches of a text already taken, merged where they overlap, in text order.

    >>> taken = Occupied([(0, 5), (10, 12)])
    >>> taken.free(5, 10), taken.free(4, 6), taken.free(11, 20)
    (True, False, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps nothing taken (only the neighbours can)."""
        at = bisect_right(self.starts, start)
        for i in (at - 1, at):
            if 0 <= i < len(self.starts) and start < self.ends[i] and self.starts[i] < end:
                return False
        return True

    def take(self, start: int, end: int) -> None:
        """Take [start, end), which must be :meth:`free`."""
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


# "imports from and exports to China", "exports and imports": the two ways of trade.
TWO_WAY_GAP = re.compile(r"^\s+(?:(?:from|to|of)\s+)?and\s+$", re.I)


GAP_BETWEEN = re.compile(
    r"\b(?:gap|difference|shortfall|deficit)\s+between\s+(?:the\s+)?(?:[\w.]+\s+){0,2}$", re.I
)


def join_two_way(text: str, cues: list[Cue], offset: int) -> list[Cue]:
    """Exports and imports named together are one two-way trade cue."""
    joined: list[Cue] = []
    for cue in cues:
        last = joined[-1] if joined else None
        if (
            last is not None
            and {last.label, cue.label} == {"exports", "imports"}
            and TWO_WAY_GAP.match(text[last.end - offset : cue.start - offset])
        ):
            # "the gap between exports and imports" is the balance, not their sum.
            gap = GAP_BETWEEN.search(text[max(0, last.start - offset - 40) : last.start - offset])
            label, sign = ("balance", "deficit") if gap else ("trade", None)
            joined[-1] = Cue(last.start, cue.end, label, sign)
        else:
            joined.append(cue)
    return joined


# "trade adjustment loan", "export credit facility": the head noun names what the figure is.
OTHER_HEAD = re.compile(
    r"^(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:loans?|credits?|facility|facilities|policy|policies|"
    r"programmes?|programs?|fund|funds|bills?)\b"
)


def modifies_other_noun(text: str, cue: Cue, offset: int) -> bool:
    """A trade word used as a modifier of a non-trade noun is no metric cue."""
    return cue.label in TRADE_METRICS and OTHER_HEAD.match(text[cue.end - offset :]) is not None


def distance(view: SentenceView, q: Quantity, start: int, end: int) -> float:
    """How far a cue at [start, end) is from the quantity, in weighted characters."""
    if end <= q.start:
        gap = float(q.start - end)
    elif start >= q.end:
        gap = (start - q.end) * 3.0 + 10
    else:
        return 0.0
    lo, hi = (end, q.start) if end <= q.start else (q.end, start)
    if view.figure_index().holds_any(lo, hi):
        gap += 20
    if CLAUSE_BREAK.search(view.between(lo, hi)):
        gap += 60
    return gap


def nearest(
    view: SentenceView,
    q: Quantity,
    items: Sequence[Any],
    limit: float,
    keep: Callable[[Any], bool] | None = None,
) -> Any | None:
    """The item nearest the figure in weighted characters (:func:`distance`), within ``limit``;
    ``keep`` passes over the items it says no to. The first in list order on a tie.

    The proximity fallback: rules that can read the parse (:mod:`extractor.nlp.frames`) do so
    first.

    An item's distance is never less than its gap in characters (three times it after the
    figure), so the items within a reach of the figure are scored first, and the reach is
    widened only while none of them is within it: each figure costs what lies around it,
    not the whole sentence.
    """
    widest = min(limit, 3.0 * len(view.text) + 10)  # beyond it every item of the sentence
    reach = min(NEAREST_REACH, widest)
    while True:
        scored = [
            (distance(view, q, i.start, i.end) + 25 * getattr(i, "weak", 0), i)
            for i in view.near(items, q.start - reach, q.end + reach)
            if keep is None or keep(i)
        ]
        best = min(scored, key=lambda pair: pair[0]) if scored else None
        if best is not None and best[0] <= reach:
            return best[1] if best[0] <= limit else None
        if reach >= widest:
            return best[1] if best is not None and best[0] <= limit else None
        reach = min(reach * 4, widest)


# The first reach :func:`nearest` scores: most cues stand within a few words of their figure.
NEAREST_REACH = 64.0


# "$311bn (£165bn)", "2.572 trillion yuan ($311bn; £165bn)": one figure in another currency.
CONVERSION_GAP = re.compile(r"^\s*(?:\(|;|,|or)\s*(?:about|around|some|roughly|nearly)?\s*$")
