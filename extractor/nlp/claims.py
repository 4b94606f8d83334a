"""Claim assembly: each quantity becomes a claim whose roles come from its sentence.

Every field is decided by a rule over the sentence (and, failing that, the article), and the
rule is recorded in ``Claim.evidence`` (``{"metric": "cue:exports", "partner": "to:Russia"}``)
so that a fact-checker can see why a field has its value.

The rules read cues by their distance from the quantity: a cue before the number (the usual
English order, "exports rose 5%") counts as nearer than the same distance after it, and a cue
on the far side of another quantity, or of a clause break (";" or ", while"), counts as
farther, since it most likely belongs to that other figure.

Where a sentence is silent the article speaks: its main countries (the reporter of a figure
nobody is named for), the roles and metric of the figure before ("The surplus ... rose to 7.4
billion dollars" after "a trade surplus with the United States"), and its current period.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from extractor.models import Claim
from extractor.nlp.context import Mentions, claim_sentences, within
from extractor.nlp.periods import PeriodMention
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity

__all__ = ["assemble_claims", "main_countries"]

TRADE_METRICS = frozenset({"exports", "imports", "balance", "trade"})
# What ends a clause: a cue beyond it most likely belongs to another figure ("narrows to
# EUR291bn as imports slump"); "as much as", "as well" are not clause breaks.
CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|but|because)\b"
    r"|\bas\b(?!\s+(?:much|many|well|high|low|part|of|a|an)\b)"
)
# Statistics published for a period: a sentence without one takes the article's.
# How many sentences back a figure's metric carries to a sentence that names none.
METRIC_WINDOW = 1
PERIODIC_METRICS = TRADE_METRICS | {"gdp", "production", "investment", "price"}
# Totals whose sector must be named with them ("car exports"), not merely nearby.
ATTACHED_ONLY = TRADE_METRICS | {"tariff"}
MARKET_SECTORS = frozenset({"energy", "metals", "minerals", "agriculture", "food"})


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    label: str
    extra: str | None = None
    weak: bool = False


@cache
def _cues() -> dict[str, Any]:
    text = resources.files("extractor").joinpath("data/cues.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _word_regex(alternation: str) -> re.Pattern[str]:
    # Longest alternatives first, so that "tax revenues" is not read as "tax"; a space in a
    # cue also matches a line break or several spaces ("trade\n    surplus").
    alternatives = sorted(_top_level_split(alternation), key=len, reverse=True)
    flexible = "|".join(alternatives).replace(" ", r"\s+")
    return re.compile(rf"(?<![\w-])(?:{flexible})(?![\w-])", re.IGNORECASE)


def _top_level_split(alternation: str) -> list[str]:
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
def _metric_patterns() -> list[tuple[re.Pattern[str], str, str | None]]:
    # A plain alternation finds only the leftmost of overlapping cues ("foreign trade" hides
    # "trade turnover"); inside a lookahead it matches at every word start, so the overlap
    # rule in find_metric_cues sees them all. Group 1 is the cue.
    patterns = []
    for pattern, metric, sign in _cues()["metric"]:
        alternatives = sorted(_top_level_split(pattern), key=len, reverse=True)
        flexible = "|".join(alternatives).replace(" ", r"\s+")
        overlapping = rf"(?<![\w-])(?=((?:{flexible})(?![\w-])))"
        patterns.append((re.compile(overlapping, re.IGNORECASE), metric, sign))
    return patterns


@cache
def _rate_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(_word_regex(p), metric) for p, metric in _cues()["rate"]]


@cache
def _word_set_regex(key: str) -> re.Pattern[str]:
    return _word_regex(_cues()[key])


@cache
def _weak_cues() -> frozenset[str]:
    return frozenset(_cues()["weak"])


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
    last_percent: tuple[str, str | None] | None = None

    def __post_init__(self) -> None:
        self.text = self.span.text
        self.start = self.span.start_char
        self.metric_cues = find_metric_cues(self.text, self.start, self.quantities)

    def between(self, a: int, b: int) -> str:
        lo, hi = sorted((a, b))
        return self.text[lo - self.start : hi - self.start]

    def before(self, position: int, width: int = 40) -> str:
        lo = max(self.start, position - width)
        return self.text[lo - self.start : position - self.start]

    def after(self, position: int, width: int = 40) -> str:
        return self.text[position - self.start : position - self.start + width]


@dataclass
class ArticleContext:
    """What the article has said so far, for sentences that say less."""

    countries: list[str]
    period: str | None = None
    metric: str | None = None
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    published: date | None = None
    sentence: int = 0
    metric_sentence: int = -99
    sign: str | None = None
    bilateral: bool = False
    soviet_era: bool = False
    last_percent: tuple[str, str | None] | None = None
    currency_pair: tuple[str | None, str | None] = (None, None)

    def note_metric(self, metric: str, sign: str | None) -> None:
        """The metric a sentence named, for a next sentence that names none."""
        self.metric, self.metric_sentence = metric, self.sentence
        if sign:
            self.sign = sign

    def set_roles(self, metric: str, reporter: str | None, partner: str | None) -> None:
        self.roles[metric] = (reporter, partner)


def find_metric_cues(text: str, offset: int, quantities: Sequence[Quantity] = ()) -> list[Cue]:
    """The metric words of a sentence, longest first where they overlap.

    Words inside a quantity ("5.9 billion dlrs", "$44 a barrel") are the figure's own, not cues.
    """
    found: list[Cue] = []
    for pattern, metric, sign in _metric_patterns():
        for m in pattern.finditer(text):
            weak = m.group(1).lower() in _weak_cues()
            found.append(Cue(m.start(1) + offset, m.end(1) + offset, metric, sign, weak))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Cue] = []
    taken = [(q.start, q.end) for q in quantities]
    for cue in found:
        if all(cue.end <= s or cue.start >= e for s, e in taken):
            kept.append(cue)
            taken.append((cue.start, cue.end))
    cues = sorted(
        (c for c in kept if c.label != "none" and not modifies_other_noun(text, c, offset)),
        key=lambda c: c.start,
    )
    return join_two_way(text, cues, offset)


# "imports from and exports to China", "exports and imports": the two ways of trade.
TWO_WAY_GAP = re.compile(r"^\s+(?:(?:from|to|of)\s+)?and\s+$", re.I)


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
            joined[-1] = Cue(last.start, cue.end, "trade")
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
    if any(lo <= other.start and other.end <= hi for other in view.quantities):
        gap += 20
    if CLAUSE_BREAK.search(view.between(lo, hi)):
        gap += 60
    return gap


def nearest(view: SentenceView, q: Quantity, items: Sequence[Any], limit: float) -> Any | None:
    scored = [(distance(view, q, i.start, i.end) + 25 * getattr(i, "weak", 0), i) for i in items]
    scored = [pair for pair in scored if pair[0] <= limit]
    return min(scored, key=lambda pair: pair[0])[1] if scored else None


def assemble_claims(doc: Doc, mentions: Mentions) -> list[Claim]:
    """One claim per quantity in the document, in text order."""
    context = ArticleContext(main_countries(doc.text, mentions.places))
    context.bilateral = BILATERAL.search(doc.text) is not None
    context.published = doc._.published
    context.currency_pair = article_currency_pair(doc.text)
    context.soviet_era = mentions.year is not None and mentions.year < 1992
    context.period = article_period(mentions)
    claims: list[Claim] = []
    for sent in claim_sentences(doc):
        lo, hi = sent.start_char, sent.end_char
        view = SentenceView(
            sent,
            within(mentions.quantities, lo, hi),
            within(mentions.places, lo, hi),
            within(mentions.periods, lo, hi),
            within(mentions.sectors, lo, hi),
        )
        previous: Claim | None = None
        view.quantities = [
            q for q in view.quantities if not is_share_of_people(view, q) and not is_model(view, q)
        ]
        for q in view.quantities:
            if previous is not None and is_conversion(view, previous, q):
                claim = converted_claim(doc, view, q, previous)
            else:
                claim = build_claim(doc, view, q, context)
                share_change_period(view, previous, claim)
            claims.append(claim)
            previous = claim
        if not view.quantities:
            remember_roles(view, context)
        context.sentence += 1
    return claims


def remember_roles(view: SentenceView, context: ArticleContext) -> None:
    """Roles a sentence gives a trade total without a figure, for the figures that follow.

    "... freeze this year's trade surplus with the United States." then "The surplus ...
    rose to 7.4 billion dollars": the second figure is the same surplus.
    """
    for cue in view.metric_cues:
        if cue.label not in TRADE_METRICS or not view.places:
            continue
        anchor = Quantity(cue.start, cue.end, "", 0.0, "", False, "anchor")
        roles = [(p, place_role(view, p)) for p in view.places if p.code != "WLD"]
        partner = pick_partner(view, anchor, cue.label, roles, {})
        reporter = pick_reporter(view, anchor, cue, cue.label, roles, partner, {})
        if reporter or partner:
            context.set_roles(cue.label, reporter, partner)


# "$311bn (£165bn)", "2.572 trillion yuan ($311bn; £165bn)": one figure in another currency.
CONVERSION_GAP = re.compile(r"^\s*(?:\(|;|,|or)\s*(?:about|around|some|roughly|nearly)?\s*$")


def is_conversion(view: SentenceView, previous: Claim, q: Quantity) -> bool:
    """A money figure in parentheses right after another money figure."""
    if q.category != "money" or previous.unit == q.unit or previous.end_char > q.start:
        return False
    if not re.fullmatch(r"[A-Z]{3}", previous.unit):
        return False
    gap = view.between(previous.end_char, q.start)
    opened = view.before(q.start, 80).rfind("(") > view.before(q.start, 80).rfind(")")
    return CONVERSION_GAP.match(gap) is not None and opened


def converted_claim(doc: Doc, view: SentenceView, q: Quantity, previous: Claim) -> Claim:
    """The previous claim's reading, for its conversion into another currency."""
    source: str = doc._.source_text or doc.text
    evidence = {**previous.evidence, "quantity": f"{q.category}:{q.text}"}
    evidence["conversion"] = f"same-as:{previous.quantity_text}"
    return replace(
        previous,
        quantity_text=source[q.start : q.end],
        start_char=q.start,
        end_char=q.end,
        value=q.value,
        unit=q.unit,
        approximate=q.approximate,
        evidence=evidence,
    )


MODEL_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zA-Z]+\s$")


def is_model(view: SentenceView, q: Quantity) -> bool:
    """ "30 Boeing 787 jets": a product's model number, not a count of 787 jets."""
    if q.category != "count" or not re.match(r"\d{2,4}\b", q.text):
        return False
    before = view.before(q.start, 20)
    return MODEL_BEFORE.search(before) is not None and q.start - view.start > 3


def share_change_period(view: SentenceView, previous: Claim | None, claim: Claim) -> None:
    """ "a 25.7% rise in tax revenues to 2.572 trillion yuan": the level a change reached
    covers the change's period when its own sentence part names none."""
    if previous is None or previous.kind != "change" or claim.kind != "amount":
        return
    own = claim.evidence.get("period", "")
    if own.startswith(("current:", "comparison:")) or previous.period is None:
        return
    if LEVEL_AFTER_CHANGE.fullmatch(view.between(previous.end_char, claim.start_char)):
        claim.period = previous.period
        claim.evidence["period"] = f"level-of:{previous.quantity_text}"


LEVEL_AFTER_CHANGE = re.compile(r"\s*(?:[\w-]+\s+){0,4}to\s+(?:(?:about|around|nearly|some)\s+)?")


def is_share_of_people(view: SentenceView, q: Quantity) -> bool:
    """ "one-quarter of those affected", "nearly half of all exporters": no economic figure.

    FORMAT: a ratio word is a claim only as a change or share of an economic quantity.
    """
    if q.category != "ratio" or q.ratio_kind != "share":
        return False
    after = view.after(q.end, 40)
    match = re.match(r"\s*of\s+((?:[\w-]+\s*){1,4})", after, re.I)
    if match is None:
        return False
    words = match.group(1).split()
    return any(_word_set_regex("people").fullmatch(w) for w in words)


def article_period(mentions: Mentions) -> str | None:
    """The period an article reports on: its most named current period (the first on a tie)."""
    values = [p.value for p in mentions.periods if p.relation == "current" and p.value]
    if not values:
        return None
    counts = Counter(values)
    counts[values[0]] += 1  # the lead's period counts double
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def main_countries(text: str, places: Sequence[PlaceMention]) -> list[str]:
    """The article's countries, most talked about first (the headline counts double)."""
    headline_end = text.find("\n")
    counts: Counter[str] = Counter()
    for place in places:
        if place.code != "WLD":
            counts[place.code] += 2 if 0 <= place.start < headline_end else 1
    return [code for code, _ in counts.most_common()]


def soviet(code: str | None) -> str | None:
    """Before 1992 Moscow spoke for the Soviet Union (FORMAT: old states keep their codes)."""
    return "SU" if code == "RU" else code


def build_claim(doc: Doc, view: SentenceView, q: Quantity, context: ArticleContext) -> Claim:
    source: str = doc._.source_text or doc.text
    evidence: dict[str, str] = {"quantity": f"{q.category}:{q.text}"}
    kind, direction = decide_kind(view, q, context, evidence)
    metric, sign = decide_metric(view, q, kind, context, evidence)
    cue = metric_cue(view, q, kind)
    sector = decide_sector(view, q, cue, evidence)
    if kind == "share" and metric in TRADE_METRICS:
        reporter, partner = share_roles(view, q, metric, context, evidence)
    else:
        reporter, partner = decide_roles(view, q, cue, metric, sector, context, evidence)
    if context.soviet_era:
        reporter, partner = soviet(reporter), soviet(partner)
    return Claim(
        doc_id=str(doc._.doc_id or ""),
        quantity_text=source[q.start : q.end],
        start_char=q.start,
        end_char=q.end,
        sentence=source[view.start : view.start + len(view.text)].strip(),
        kind=kind,
        value=q.value,
        unit=q.unit,
        approximate=q.approximate,
        direction=direction if kind == "change" else None,
        metric=metric,
        balance_sign=sign if metric == "balance" else None,
        reporter=reporter,
        partner=partner,
        sector=sector,
        period=decide_period(view, q, kind, metric, context, evidence),
        evidence=evidence,
    )


# --- kind and direction ---------------------------------------------------------------


def direction_cues(view: SentenceView) -> list[Cue]:
    cues = []
    for label in ("up", "down"):
        for m in _word_set_regex(label).finditer(view.text):
            cues.append(Cue(m.start() + view.start, m.end() + view.start, label))
    return cues


# "down from the 2.25 pct forecast": the figure after "from" is the old level, the fall is
# another figure's.
FROM_AFTER_CUE = re.compile(r"^\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I)


def decide_kind(
    view: SentenceView, q: Quantity, context: ArticleContext, evidence: dict[str, str]
) -> tuple[str, str | None]:
    """The claim's kind and, for a change, its direction."""
    if q.category == "fx":
        evidence["kind"] = "exchange-rate"
        return "rate", None
    if q.category == "ratio":
        evidence["kind"] = f"ratio-word:{q.text}"
        return (q.ratio_kind or "share"), q.direction
    cues = [
        c for c in direction_cues(view) if not FROM_AFTER_CUE.match(view.between(c.end, q.start))
    ]
    direction = nearest(view, q, cues, limit=25)
    if q.category in ("percent", "pp"):
        kind = percent_kind(view, q, direction, evidence, context.last_percent)
        view.last_percent = context.last_percent = kind
        return kind
    if direction is not None and is_change_amount(view, q, direction):
        evidence["kind"] = f"change-amount:{view.between(direction.start, direction.end)}"
        return "change", direction.label
    evidence["kind"] = "level"
    return "amount", None


def is_change_amount(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """ "rose 35.3 billion dlrs", "closed down 51 cents", "an $800bn rise": not "rose to $5bn"
    nor "below $40 a barrel"."""
    if view.between(cue.start, cue.end).lower() in ("above", "below", "less"):
        return False
    if cue.end <= q.start:
        gap = view.between(cue.end, q.start)
        return CHANGE_GAP_BEFORE.fullmatch(gap) is not None
    return CHANGE_GAP_AFTER.fullmatch(view.between(q.end, cue.start)) is not None


# Only "by" and hedges may stand between a change verb and its amount ("lost more than $2").
CHANGE_GAP_BEFORE = re.compile(
    r"\s*(?:(?:by|of)\s+)?(?:(?:some|about|around|nearly|almost|roughly|more than|over|under|"
    r"less than|just over|just under|up to|a further|another)\s+)?",
    re.I,
)
CHANGE_GAP_AFTER = re.compile(r"\s*", re.I)


def percent_kind(
    view: SentenceView,
    q: Quantity,
    direction: Cue | None,
    evidence: dict[str, str],
    context_percent: tuple[str, str | None] | None = None,
) -> tuple[str, str | None]:
    after = view.after(q.end, 20).lower()
    before = view.before(q.start, 60).lower()
    rate = nearest_rate_cue(view, q)
    if rate is not None and rate.label != "tariff" and direction is None:
        # "Unemployment is currently at 8.2 pct of the workforce": a rate, not a share.
        evidence["kind"] = f"rate:{view.between(rate.start, rate.end)}"
        return "rate", None
    if re.match(r"\s*(?:of|of the|of its|of their|of total)\b", after) and not re.search(
        r"\bby\s+(?:\w+\s+)?$", before
    ):
        evidence["kind"] = "share:of"
        return "share", None
    is_level = LEVEL_BEFORE.search(before) is not None
    if rate is not None and (
        direction is None or is_level or not _closer(view, q, direction, rate)
    ):
        evidence["kind"] = f"rate:{view.between(rate.start, rate.end)}"
        return "rate", None
    if _word_set_regex("share").search(before[-40:]) and direction is None:
        evidence["kind"] = "share:cue"
        return "share", None
    if direction is not None:
        evidence["kind"] = f"change:{view.between(direction.start, direction.end)}"
        return "change", direction.label
    if view.last_percent is not None:
        # "20.1% of Japan's trade, compared with 18.6% for the US": the same kind of figure.
        evidence["kind"] = "like-previous-figure"
        return view.last_percent
    if context_percent is not None and re.search(r"\bwith\s+$", before):
        # "In 2003, the US was ahead with 20.5%", after shares named the sentence before.
        evidence["kind"] = "like-previous-sentence"
        return context_percent
    evidence["kind"] = "change:default"
    return "change", "up"


# "eased to 2.4%", "stood at 8.2 pct", "a rate of 50%": the figure is a level, not a change.
LEVEL_BEFORE = re.compile(r"\b(?:to|at|of)\s+(?:(?:about|around|nearly|some|just)\s+)?$", re.I)


def nearest_rate_cue(view: SentenceView, q: Quantity) -> Cue | None:
    cues = [
        Cue(m.start() + view.start, m.end() + view.start, metric)
        for pattern, metric in _rate_patterns()
        for m in pattern.finditer(view.text)
    ]
    found: Cue | None = nearest(view, q, cues, limit=45)
    return found


def _closer(view: SentenceView, q: Quantity, a: Cue, b: Cue) -> bool:
    return distance(view, q, a.start, a.end) < distance(view, q, b.start, b.end)


# --- metric -----------------------------------------------------------------------------


def decide_metric(
    view: SentenceView,
    q: Quantity,
    kind: str,
    context: ArticleContext,
    evidence: dict[str, str],
) -> tuple[str, str | None]:
    """The metric and, for a balance, whether it is a surplus or a deficit.

    The nearest cue decides; failing one nearby, the nearest in the sentence; failing that,
    the metric of the figure before (a sentence that goes on about the same thing).
    """
    if kind == "rate":
        return rate_metric(view, q, evidence)
    if q.category == "count" and q.unit not in _cues()["goods_units"]:
        evidence["metric"] = f"count-of:{q.unit}"  # "3,600 trade agents", "1.5 million jobs"
        return "other", None
    cue: Cue | None = nearest(view, q, view.metric_cues, limit=120)
    cue = cue or nearest(view, q, view.metric_cues, limit=10_000)
    if cue is None:
        recent = context.sentence - context.metric_sentence <= METRIC_WINDOW
        metric = context.metric if recent and context.metric else "other"
        evidence["metric"] = "previous-figure" if metric != "other" else "default"
        return metric, context.sign if metric == "balance" else None
    evidence["metric"] = f"cue:{view.between(cue.start, cue.end)}"
    if cue.label == "tariff" and kind == "amount" and TARIFF_COVERS.search(view.before(q.start)):
        # "tariffs on $250 billion of Chinese goods": the goods are the imposer's imports.
        evidence["metric"] = f"tariff-covers:{view.between(cue.start, cue.end)}"
        context.note_metric("imports", None)
        return "imports", None
    sign = cue.extra
    if cue.label == "balance" and sign is None:
        sign = nearest_sign(view, q)
    context.note_metric(cue.label, sign)
    return cue.label, sign


def metric_cue(view: SentenceView, q: Quantity, kind: str) -> Cue | None:
    """The cue that named the figure's metric, if one in the sentence did."""
    if kind == "rate":
        return nearest_rate_cue(view, q)
    found: Cue | None = nearest(view, q, view.metric_cues, limit=10_000)
    return found


TARIFF_COVERS = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|on|affect(?:s|ed|ing)?|hit(?:s|ting)?|appl(?:y|ies) to)\s+"
    r"(?:(?:some|about|nearly|almost|more than|up to|another)\s+)?$",
    re.I,
)


def rate_metric(view: SentenceView, q: Quantity, evidence: dict[str, str]) -> tuple[str, None]:
    if q.category == "fx":
        evidence["metric"] = "exchange-rate"
        return "other", None
    cue = nearest_rate_cue(view, q)
    label = cue.label if cue else "other"
    evidence["metric"] = f"rate:{view.between(cue.start, cue.end) if cue else 'default'}"
    return label, None


def nearest_sign(view: SentenceView, q: Quantity) -> str | None:
    signs = [c for c in view.metric_cues if c.extra in ("surplus", "deficit")]
    cue = nearest(view, q, signs, limit=200)
    return cue.extra if cue else None


# --- reporter and partner -----------------------------------------------------------------

ROLE_BEFORE = (
    (re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I), "to"),
    (re.compile(r"\bfrom\s+(?:the\s+)?$", re.I), "from"),
    (re.compile(r"\bwith\s+(?:the\s+)?$", re.I), "with"),
    (re.compile(r"\b(?:on|against)\s+(?:the\s+)?(?:\w+\s+)?$", re.I), "on"),
    (re.compile(r"\b(?:of|worth of)\s+(?:the\s+)?$", re.I), "of"),
    (re.compile(r"\bbetween\s+(?:the\s+)?$", re.I), "between"),
    (re.compile(r"\band\s+(?:the\s+)?$", re.I), "and"),
    (re.compile(r"\b(?:in|for|at)\s+(?:the\s+)?$", re.I), "in"),
)

# "China (and Hong Kong)": an aside on the place before it, not a role of its own.
PARENTHETICAL = re.compile(r"\(\s*(?:and|including|incl\.|plus)?\s*(?:the\s+)?$", re.I)

# "China-Russia trade", "U.S.-Japan trade": a hyphenated pair of places.
PAIR_AFTER = re.compile(r"[-–/]\w")
PAIR_BEFORE = re.compile(r"\w[-–/]$")

PARTNER_ROLES = {
    "exports": ("to", "between", "and"),
    "imports": ("from", "of", "between", "and"),
    "balance": ("with", "between", "and"),
    "trade": ("with", "between", "and", "to", "from"),
    "tariff": ("on", "from", "of"),
}


def place_role(view: SentenceView, place: PlaceMention) -> str:
    """How a place relates to the sentence: 'to', 'from', 'with', 'on', 'poss', 'plain'..."""
    before = view.before(place.start, 30)
    after = view.after(place.end, 3)
    if after.startswith(("'s", "’s", "' ")):
        return "poss"
    if PAIR_AFTER.match(view.after(place.end, 2)) or PAIR_BEFORE.search(before):
        return "between"
    for pattern, role in ROLE_BEFORE:
        if pattern.search(before):
            if role == "and" and "between" in view.before(place.start, 60).lower():
                return "between"
            return role
    return "plain"


def share_roles(
    view: SentenceView, q: Quantity, metric: str, context: ArticleContext, evidence: dict[str, str]
) -> tuple[str | None, str | None]:
    """A partner's share of a country's trade.

    "China accounted for 20.1% of Japan's trade": the whole is Japan's (reporter), the part
    China's (partner); "compared with 18.6% for the US", "the US was ahead with 20.5%": the
    country named with the share is the partner, the whole the one spoken of before.
    """
    whole = next(
        (
            p
            for p in view.places
            if p.start >= q.end and OF_WHOLE.match(view.between(q.end, p.start))
        ),
        None,
    )
    reporter = whole.code if whole else (context.roles.get(metric, (None, None))[0])
    reporter = reporter or next(iter(context.countries), None)
    parts = [p for p in view.places if p is not whole and p.code not in (reporter, "WLD")]
    # "sells about 60% of its output to the United States": the destination is the part.
    destinations = [p for p in parts if p.start > q.end and place_role(view, p) in ("to", "with")]
    part: PlaceMention | None = nearest(view, q, destinations or parts, limit=250)
    evidence["reporter"] = f"share-of:{whole.text}" if whole else "share-of:previous-figure"
    evidence["partner"] = f"share-part:{part.text}" if part else "share-part:world"
    if whole is not None:
        context.set_roles(metric, reporter, None)
    return reporter, part.code if part else "WLD"


OF_WHOLE = re.compile(r"^\s*of\s+(?:the\s+)?(?:total\s+)?$", re.I)


def decide_roles(
    view: SentenceView,
    q: Quantity,
    cue: Cue | None,
    metric: str,
    sector: str | None,
    context: ArticleContext,
    evidence: dict[str, str],
) -> tuple[str | None, str | None]:
    """The reporter and partner of a figure: from the sentence, else from the article."""
    if q.category == "fx":
        return None, None
    if cue is not None and is_currency_move(view, cue):
        return currency_roles(view, q, context, evidence)
    roles = [
        (p, place_role(view, p))
        for p in view.places
        if p.code != "WLD" and not PARENTHETICAL.search(view.before(p.start, 20))
    ]
    if is_market_figure(metric, sector, view, q):
        return market_reporter(view, q, roles, evidence), None
    partner = pick_partner(view, q, metric, roles, evidence)
    reporter = pick_reporter(view, q, cue, metric, roles, partner, evidence)
    if reporter is None and partner is None and metric in context.roles:
        reporter, carried_partner = context.roles[metric]
        evidence["reporter"] = "previous-figure"
        topical = (
            not view.places and metric in ("imports", "exports") and not TOTAL.search(view.text)
        )
        if is_anaphoric(view, cue) or topical:
            partner = carried_partner
            evidence["partner"] = "previous-figure"
    if reporter is None and metric == "trade" and WORLD_TRADE.search(view.text):
        # World trade as a whole: no reporting country, the world as the counterpart.
        evidence["reporter"] = evidence["partner"] = "world-trade"
        return None, "WLD"
    if partner is None and metric in TRADE_METRICS:
        partner = default_partner(view, metric, reporter, context, evidence)
    if reporter is None and COMPANY.search(view.text) and metric in ("sales", "other", "price"):
        evidence["reporter"] = "company-figure"
    elif reporter is None:
        reporter = next((c for c in context.countries if c != partner), None)
        if reporter:
            evidence["reporter"] = "article-country"
    if reporter is not None and reporter == partner:
        partner = None
    remember_explicit_roles(metric, reporter, partner, context, evidence)
    return reporter, partner


def remember_explicit_roles(
    metric: str,
    reporter: str | None,
    partner: str | None,
    context: ArticleContext,
    evidence: dict[str, str],
) -> None:
    """Keep the roles the sentence named for later figures; defaults and carried roles not."""
    named_reporter = evidence.get("reporter", "").split(":")[0] not in CARRIED
    named_partner = evidence.get("partner", "").split(":")[0] not in CARRIED
    if named_reporter or named_partner:
        context.set_roles(metric, reporter, partner if named_partner else None)


CARRIED = frozenset({"", "previous-figure", "article-country", "default", "total", "bilateral"})


WORLD_TRADE = re.compile(r"\b(?:global|world|worldwide|international)\s+(?:goods\s+)?trade\b", re.I)


# FORMAT: company figures have no reporter unless the text makes them a country's.
COMPANY = re.compile(
    r"\b(?:company|company's|firm|firm's|group's|corp|corporation|inc|plc|ltd|llc|ag|sa|"
    r"shareholders?|chief executive|shares in|its shares|profits?)\b",
    re.I,
)


def is_anaphoric(view: SentenceView, cue: Cue | None) -> bool:
    """ "The surplus", "this deficit": the figure is the one the article spoke of before."""
    if cue is None:
        return False
    before = view.before(cue.start, 12)
    return re.search(r"\b(?:the|this|that|these|those)\s+$", before, re.I) is not None


# "the London FTSE", "Tokyo's Nikkei 225", "US crude stocks": the place names the market.
MARKET_NAMED = re.compile(r"^(?:'s|’s)?\s*(?:[\w-]+\s+)?$")


@cache
def _currency_regex() -> re.Pattern[str]:
    return _word_regex("|".join(_cues()["currency_countries"]))


def currency_country(word: str) -> str | None:
    code: str | None = _cues()["currency_countries"].get(word.lower())
    return code


CURRENCY_AGAINST = re.compile(r"\b(?:against|versus|vs\.?|to)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$")


def is_currency_move(view: SentenceView, cue: Cue) -> bool:
    """The figure is a currency's move ("the won strengthened another five pct")."""
    word = view.between(cue.start, cue.end).lower()
    return cue.label == "other" and (
        "valuation" in word or "currency" in word or _currency_regex().search(word) is not None
    )


def currency_roles(
    view: SentenceView, q: Quantity, context: ArticleContext, evidence: dict[str, str]
) -> tuple[str | None, str | None]:
    """A currency speaks for its country; the one it moved against is the partner.

    Read in the sentence ("against the Japanese yen it is down 3.2%"), else from the pair
    the article names ("revalue the won against the dollar").
    """
    reporter, partner = context.currency_pair
    for m in _currency_regex().finditer(view.text):
        code = currency_country(m.group())
        if CURRENCY_AGAINST.search(view.text[: m.start()]):
            partner = code
        elif reporter is None:
            reporter = code
    evidence["reporter"] = evidence["partner"] = "currency-pair"
    return reporter, partner if partner != reporter else None


def article_currency_pair(text: str) -> tuple[str | None, str | None]:
    """The first "<currency> against/versus the <currency>" of an article, as countries."""
    currencies = list(_currency_regex().finditer(text))
    for first, second in zip(currencies, currencies[1:], strict=False):
        between = text[first.end() : second.start()]
        if len(between) < 60 and CURRENCY_AGAINST.search(between + " "):
            return currency_country(first.group()), currency_country(second.group())
    return None, None


def market_reporter(
    view: SentenceView,
    q: Quantity,
    roles: list[tuple[PlaceMention, str]],
    evidence: dict[str, str],
) -> str | None:
    """A market price belongs to a country only when named with it ("the London FTSE")."""
    price_cues = [c for c in view.metric_cues if c.label == "price"]
    price_cues.sort(key=lambda c: distance(view, q, c.start, c.end))
    for cue_ in price_cues[:1]:
        for place, _role in roles:
            if place.end <= cue_.start and MARKET_NAMED.match(view.between(place.end, cue_.start)):
                evidence["reporter"] = f"market:{place.text}"
                code: str = place.code
                return code
    evidence["reporter"] = "market-price"
    return None


def is_market_figure(metric: str, sector: str | None, view: SentenceView, q: Quantity) -> bool:
    """A commodity or market price ("Brent crude closed at $40", "the FTSE fell 0.8%").

    Not a country's price statistic ("export prices fell 0.3 pct", "consumer prices").
    """
    if metric != "price" or NATIONAL_PRICES.search(view.text):
        return False
    return sector in MARKET_SECTORS or q.unit == "points" or MARKETS.search(view.text) is not None


MARKETS = re.compile(r"\b(?:index|ftse|nikkei|dow|nasdaq|shares|stocks|barrel)\b", re.I)
NATIONAL_PRICES = re.compile(
    r"\b(?:export|import|consumer|producer|wholesale|retail)\s+prices?\b|\binflation\b"
    r"|\bprice\s+index\b|\bcost of living\b",
    re.I,
)


def pick_partner(
    view: SentenceView,
    q: Quantity,
    metric: str,
    roles: list[tuple[PlaceMention, str]],
    evidence: dict[str, str],
) -> str | None:
    wanted = PARTNER_ROLES.get(metric)
    if not wanted:
        return None
    candidates = [p for p, role in roles if role in wanted and not far_side(view, q, p)]
    place = nearest(view, q, candidates, limit=150)
    if place is None:
        return None
    evidence["partner"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


def far_side(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """A place after the figure that another figure stands between."""
    return place.start >= q.end and any(
        q.end <= o.start
        and o.end <= place.start
        and not CONVERSION_GAP.match(view.between(q.end, o.start))
        for o in view.quantities
    )


def pick_reporter(
    view: SentenceView,
    q: Quantity,
    cue: Cue | None,
    metric: str,
    roles: list[tuple[PlaceMention, str]],
    partner: str | None,
    evidence: dict[str, str],
) -> str | None:
    skip = {"to", "on", "with", "of", "from"} if metric in PARTNER_ROLES else {"to", "with"}
    candidates = [p for p, role in roles if role not in skip and p.code != partner]
    if metric == "exports":
        candidates += [p for p, role in roles if role == "from" and p.code != partner]
    scored = [
        (reporter_distance(view, q, cue, p, role), p)
        for p, role in roles
        if p in candidates and not trailing_aside(view, q, p, role)
    ]
    scored = [pair for pair in scored if pair[0] <= 250]
    if not scored:
        return None
    place = min(scored, key=lambda pair: pair[0])[1]
    evidence["reporter"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


def trailing_aside(view: SentenceView, q: Quantity, place: PlaceMention, role: str) -> bool:
    """A place after the figure in another clause ("..., hit by US tariffs", "officials in
    Washington said"): not the figure's reporter."""
    if place.start < q.end:
        return False
    gap = view.between(q.end, place.start)
    return role == "in" or "," in gap or CLAUSE_BREAK.search(gap) is not None


def reporter_distance(
    view: SentenceView, q: Quantity, cue: Cue | None, place: PlaceMention, role: str
) -> float:
    """Distance, with a possessive or demonym that qualifies some other noun pushed back.

    "Chinese car exports" and "Japan's trade surplus" name the figure's country;
    "Venezuela's oil fields" and "Russian crude" do not.
    """
    gap = distance(view, q, place.start, place.end)
    if role == "in" or (role == "plain" and place.start >= q.end):
        gap += 40
    if role == "poss" or place.form == "demonym":
        anchors = [q.start] + ([cue.start] if cue else [])
        if not any(0 <= anchor - place.end <= 25 for anchor in anchors):
            gap += 80
    return gap


TOTAL = re.compile(r"\b(?:global|total|overall|worldwide|world|merchandise)\b", re.I)
BILATERAL = re.compile(r"\b(?:bilateral|two-way)\b", re.I)


def default_partner(
    view: SentenceView,
    metric: str,
    reporter: str | None,
    context: ArticleContext,
    evidence: dict[str, str],
) -> str | None:
    """The other country of a bilateral article for its trade totals, else the world."""
    if TOTAL.search(view.text):
        evidence["partner"] = "total:world"
        return "WLD"
    bilateral = BILATERAL.search(view.text) or (metric == "trade" and context.bilateral)
    if bilateral:
        other = next((c for c in context.countries if c != reporter), None)
        if other:
            evidence["partner"] = "bilateral:article-country"
            return other
    evidence["partner"] = "default:world"
    return "WLD"


# --- sector and period -------------------------------------------------------------------


def decide_sector(
    view: SentenceView, q: Quantity, cue: Cue | None, evidence: dict[str, str]
) -> str | None:
    """The sector named with the figure ("$5bn of steel") or its metric ("car exports").

    Trade totals take only a sector that names what is traded; other figures also the
    nearest sector word close by.
    """
    sector = next((s for s in view.sectors if _attached(view, s, q, cue)), None)
    if sector is None and (cue is None or cue.label not in ATTACHED_ONLY):
        sector = nearest(view, q, view.sectors, limit=65)
    if sector is None:
        return None
    listed = {s.sector for s in listed_with(view, sector)}
    if len(listed) > 1:
        evidence["sector"] = f"mixed-list:{sector.text}"
        return "other"
    evidence["sector"] = f"lexicon:{sector.text}"
    label: str = sector.sector
    return label


def listed_with(view: SentenceView, first: Any) -> list[Any]:
    """The sector words listed with ``first`` ("steel, electronics and shipbuilding parts")."""
    found = [first]
    for sector in view.sectors:
        if sector.start >= found[-1].end and LIST_GAP.match(
            view.between(found[-1].end, sector.start)
        ):
            found.append(sector)
    return found


LIST_GAP = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:[\w.-]+\s+){0,2}$", re.I)
ATTACHED_BEFORE = re.compile(r"^[\s\w-]{0,20}$")
ATTACHED_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:of|on|in)\s+(?:[\w.-]+\s+){0,3}$", re.I
)


def _attached(view: SentenceView, sector: Any, q: Quantity, cue: Cue | None) -> bool:
    """A sector word right before the metric word, or right after "of" following it or q."""
    if cue and cue.start < sector.end and sector.start < cue.end:
        return True  # "crude price", "trade in services": one phrase
    anchors = [(q.start, q.end)] + ([(cue.start, cue.end)] if cue else [])
    for start, end in anchors:
        if (
            sector.end <= start
            and start - sector.end <= 20
            and start != q.start
            and ATTACHED_BEFORE.match(view.between(sector.end, start))
        ):
            return True
        if sector.start >= end and ATTACHED_AFTER.match(view.between(end, sector.start)):
            return True
    return False


COMPARISON_BEFORE = re.compile(
    r"(\bfrom|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan|\bafter|\bover|"
    r"\babove|\bbelow)\s+(?:[\w'’]+\s+){0,4}$",
    re.I,
)


COMPARISON_BETWEEN = re.compile(
    r"\b(?:from|compared (?:with|to)|than|versus|against|above|below)\b", re.I
)
# "Unemployment is currently at 8.2 pct": as of the article's date.
CURRENTLY = re.compile(r"\b(?:currently|at present|at the moment)\b", re.I)
WHOLE_YEAR = re.compile(r"\b(?:full|whole|entire) year\b|\bannual\b|\bfor the year\b", re.I)
HYPOTHETICAL = re.compile(r"^\W*if\b|\bif\s+(?:\w+\s+){0,6}(?:starts?|were|was|did)\b", re.I)


def decide_period(
    view: SentenceView,
    q: Quantity,
    kind: str,
    metric: str,
    context: ArticleContext,
    evidence: dict[str, str],
) -> str | None:
    """The period of the figure.

    A change covers the current period, never the one it is compared with ("up 2.6 pct from
    January"). A level takes the period that follows it ("7.4 billion dollars last year"), or
    the one its comparison phrase names ("from January's 23.52 billion"), else the nearest.
    A sentence without a period takes the article's current one.
    """
    periods = [p for p in view.periods if p.value and p.relation != "since"]
    lead = comparison_lead(view, q)
    if LEVEL_REACHED.search(view.before(q.start, 12)):
        # "... from a year earlier to $65.8 billion": the level reached is current.
        periods = [p for p in periods if p.relation != "comparison"]
    if kind in ("change", "share"):
        periods = [p for p in periods if not beyond_other_figure(view, q, p)]
        if lead is None:
            periods = [p for p in periods if p.relation == "current" and not compared(view, p)]
    choice = period_for(view, q, periods)
    if choice is not None and choice.value:
        evidence["period"] = f"{choice.relation}:{choice.text}"
        whole_year = names_whole_year(view, q) and "/" not in choice.value
        return choice.value[:4] if whole_year else choice.value
    if context.published is not None and CURRENTLY.search(view.text):
        evidence["period"] = "currently:published"
        return context.published.strftime("%Y-%m")
    if kind == "rate" or metric not in PERIODIC_METRICS or not context.period:
        return None
    if HYPOTHETICAL.search(view.text):
        evidence["period"] = "none:hypothetical"
        return None
    if names_whole_year(view, q):
        evidence["period"] = "article-year"
        return context.period[:4]
    evidence["period"] = "article-period"
    return context.period


LEVEL_REACHED = re.compile(r"\bto\s+(?:(?:about|around|nearly|some|a record)\s+)?$", re.I)


def names_whole_year(view: SentenceView, q: Quantity) -> bool:
    """ "the annual total up 35.4%", "for the full year, ... grew 77.4 billion dlrs"."""
    return WHOLE_YEAR.search(view.before(q.start, 120) + " " + view.after(q.end, 30)) is not None


def period_for(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    comparison = comparison_lead(view, q)
    if comparison is not None:
        lead_start = comparison
        inside = [p for p in periods if lead_start <= p.start and p.end <= q.start]
        if inside:
            return inside[-1]
    following = [
        p
        for p in periods
        if p.start >= q.end
        and not far_side_period(view, q, p)
        and not COMPARISON_BETWEEN.search(view.between(q.end, p.start))
        and not (comparison is None and p.relation == "comparison" and change_between(view, q, p))
    ]
    if following:
        return following[0]
    if comparison is None:
        # Not a comparison figure: a nearby "the previous year" is some other figure's.
        periods = [p for p in periods if p.relation != "comparison"]
    found: PeriodMention | None = nearest(view, q, periods, limit=80)
    if found is None:
        # "For the full year 1986, the current account ... was in deficit a record 140.57
        # billion dlrs": a period opening the sentence frames all of it.
        found = next((p for p in periods if p.start - view.start <= 30 and p.end <= q.start), None)
    return found


# A verb of change in the past: it closes a comparison phrase ("after 2022 plummeted by 46%"),
# where a noun ("after a 1985 decrease of 1.9 billion dlrs") belongs to it.
PAST_VERB = re.compile(
    r"\w+ed|rose|fell|grew|sank|slid|shrank|lost|swelled|dove|soared|slumped|was|were", re.I
)


def comparison_lead(view: SentenceView, q: Quantity) -> int | None:
    """Where the comparison phrase before a figure starts ("from January's 23.52 billion").

    Not when a verb of change follows some other word ("after 2022 plummeted by 46%"), only
    when it opens the phrase ("after rising by 40.4 billion dlrs").
    """
    before = view.before(q.start, 40)
    match = COMPARISON_BEFORE.search(before)
    if match is None:
        return None
    later = before[match.end(1) :]
    later_words = later.split()[1:]
    if any(PAST_VERB.fullmatch(w) for w in later_words) or re.search(
        r",|\b(?:and|but|to)\b", later
    ):
        return None
    return q.start - len(before) + match.start()


def compared(view: SentenceView, p: PeriodMention) -> bool:
    """A period named as the comparison basis: "above February 1986's", "than in January"."""
    return re.search(r"(?:\bthan|\babove|\bbelow|\bagainst|\bover|\bon)\s+(?:in\s+)?$",
                     view.before(p.start, 15), re.I) is not None  # fmt: skip


def beyond_other_figure(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """A period after another figure that follows this one ("42 pct above the 16.98 billion
    dlrs recorded in February 1986"): that figure's period, not this one's."""
    figures = [o for o in view.quantities if q.end <= o.start and o.end <= p.start]
    return bool(figures) and COMPARISON_BETWEEN.search(view.between(q.end, p.start)) is not None


# What may stand between a figure and the next one that shares its period: a list ("and",
# a comma), the level a change reached ("rose 9.7% to"), a parenthetical conversion.
LIST_CONTINUES = re.compile(r"^\s*(?:(?:and|,|to)\s+(?:[\w.]+\s+){0,3}|\(\s*)$", re.I)


def change_between(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """ "110m tons, up 21% on the previous year": the compared period is the change's."""
    return any(
        q.end <= o.start and o.end <= p.start and o.category in ("percent", "pp")
        for o in view.quantities
    )


def far_side_period(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """A period after the figure that belongs to another clause or another figure's period.

    "exports of 6.72 billion and imports of 6.64 billion in January": January covers both;
    "rose 5% in May, while imports fell 2% in June": June is not the 5%'s.
    """
    gap = view.between(q.end, p.start)
    if CLAUSE_BREAK.search(gap):
        return True
    if any(q.end <= o.end and o.end <= p.start for o in view.periods if o is not p):
        return True
    figures = [o for o in view.quantities if q.end <= o.start and o.end <= p.start]
    return bool(figures) and not LIST_CONTINUES.match(view.between(q.end, figures[0].start))
