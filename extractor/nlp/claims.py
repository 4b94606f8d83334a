"""Claim assembly: each quantity becomes a claim whose roles come from its sentence.

Every field is decided by a rule over the sentence (and, failing that, the article), and the
rule is recorded in ``Claim.evidence`` (``{"metric": "cue:exports", "partner": "to:Russia"}``)
so that a fact-checker can see why a field has its value.

The rules read cues by their distance from the quantity: a cue before the number (the usual
English order, "exports rose 5%") counts as nearer than the same distance after it, and a cue
on the far side of another quantity, or of a clause break (";" or ", while"), counts as
farther, since it most likely belongs to that other figure.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from extractor.models import Claim
from extractor.nlp.context import Mentions, within
from extractor.nlp.periods import PeriodMention
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity
from extractor.nlp.sectors import SectorMention

__all__ = ["assemble_claims", "main_countries"]

TRADE_METRICS = frozenset({"exports", "imports", "balance", "trade"})
# Metrics whose figures belong to the article's country even when the sentence names none.
COUNTRY_METRICS = TRADE_METRICS | {"tariff", "gdp", "investment", "production"}
CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    label: str
    extra: str | None = None


@cache
def _cues() -> dict[str, Any]:
    text = resources.files("extractor").joinpath("data/cues.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _word_regex(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@cache
def _metric_patterns() -> list[tuple[re.Pattern[str], str, str | None]]:
    return [(_word_regex(p), metric, sign) for p, metric, sign in _cues()["metric"]]


@cache
def _rate_patterns() -> list[tuple[re.Pattern[str], str]]:
    return [(_word_regex(p), metric) for p, metric in _cues()["rate"]]


@cache
def _word_set_regex(key: str) -> re.Pattern[str]:
    return _word_regex(_cues()[key])


@dataclass
class SentenceView:
    """One sentence with its mentions; offsets are document offsets."""

    span: Span
    quantities: list[Quantity]
    places: list[PlaceMention]
    sectors: list[SectorMention]
    periods: list[PeriodMention]
    text: str = ""
    start: int = 0
    metric_cues: list[Cue] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.span.text
        self.start = self.span.start_char
        self.metric_cues = find_metric_cues(self.text, self.start)

    def between(self, a: int, b: int) -> str:
        lo, hi = sorted((a, b))
        return self.text[lo - self.start : hi - self.start]

    def before(self, position: int, width: int = 40) -> str:
        lo = max(self.start, position - width)
        return self.text[lo - self.start : position - self.start]

    def after(self, position: int, width: int = 40) -> str:
        return self.text[position - self.start : position - self.start + width]


def find_metric_cues(text: str, offset: int) -> list[Cue]:
    """The metric words of a sentence, longest first where they overlap."""
    found: list[Cue] = []
    for pattern, metric, sign in _metric_patterns():
        for m in pattern.finditer(text):
            found.append(Cue(m.start() + offset, m.end() + offset, metric, sign))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    kept: list[Cue] = []
    for cue in found:
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


def distance(view: SentenceView, q: Quantity, start: int, end: int) -> float:
    """How far a cue at [start, end) is from the quantity, in weighted characters."""
    if end <= q.start:
        gap = float(q.start - end)
    elif start >= q.end:
        gap = (start - q.end) * 1.5 + 4
    else:
        return 0.0
    lo, hi = (end, q.start) if end <= q.start else (q.end, start)
    if any(lo <= other.start and other.end <= hi for other in view.quantities):
        gap += 30
    if CLAUSE_BREAK.search(view.between(lo, hi)):
        gap += 60
    return gap


def nearest(view: SentenceView, q: Quantity, items: Sequence[Any], limit: float) -> Any | None:
    scored = [(distance(view, q, i.start, i.end), i) for i in items]
    scored = [pair for pair in scored if pair[0] <= limit]
    return min(scored, key=lambda pair: pair[0])[1] if scored else None


def assemble_claims(doc: Doc, mentions: Mentions) -> list[Claim]:
    """One claim per quantity in the document, in text order."""
    countries = main_countries(doc.text, mentions.places)
    claims: list[Claim] = []
    for sent in doc.sents:
        quantities = within(mentions.quantities, sent.start_char, sent.end_char)
        if not quantities:
            continue
        view = SentenceView(
            sent,
            quantities,
            within(mentions.places, sent.start_char, sent.end_char),
            within(mentions.sectors, sent.start_char, sent.end_char),
            within(mentions.periods, sent.start_char, sent.end_char),
        )
        for q in quantities:
            claims.append(build_claim(doc, view, q, countries))
    return claims


def main_countries(text: str, places: Sequence[PlaceMention]) -> list[str]:
    """The article's countries, most talked about first (the headline counts double)."""
    headline_end = text.find("\n")
    counts: Counter[str] = Counter()
    for place in places:
        if place.code != "WLD":
            counts[place.code] += 2 if 0 <= place.start < headline_end else 1
    return [code for code, _ in counts.most_common()]


def build_claim(doc: Doc, view: SentenceView, q: Quantity, countries: list[str]) -> Claim:
    source: str = doc._.source_text or doc.text
    evidence: dict[str, str] = {"quantity": f"{q.category}:{q.text}"}
    kind, direction = decide_kind(view, q, evidence)
    metric, sign = decide_metric(view, q, kind, evidence)
    reporter, partner = decide_roles(view, q, metric, countries, evidence)
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
        sector=decide_sector(view, q, evidence),
        period=decide_period(view, q, evidence),
        evidence=evidence,
    )


# --- kind and direction ---------------------------------------------------------------


def direction_cues(view: SentenceView) -> list[Cue]:
    cues = []
    for label in ("up", "down"):
        for m in _word_set_regex(label).finditer(view.text):
            cues.append(Cue(m.start() + view.start, m.end() + view.start, label))
    return cues


def decide_kind(
    view: SentenceView, q: Quantity, evidence: dict[str, str]
) -> tuple[str, str | None]:
    """The claim's kind and, for a change, its direction."""
    if q.category == "fx":
        evidence["kind"] = "exchange-rate"
        return "rate", None
    if q.category == "ratio":
        evidence["kind"] = f"ratio-word:{q.text}"
        return (q.ratio_kind or "share"), q.direction
    direction = nearest(view, q, direction_cues(view), limit=25)
    if q.category in ("percent", "pp"):
        return percent_kind(view, q, direction, evidence)
    if direction is not None and is_change_amount(view, q, direction):
        evidence["kind"] = f"change-amount:{view.between(direction.start, direction.end)}"
        return "change", direction.label
    evidence["kind"] = "level"
    return "amount", None


def is_change_amount(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """ "rose 35.3 billion dlrs", "closed down 51 cents", "an $800bn rise": not "rose to $5bn"."""
    if cue.end <= q.start:
        gap = view.between(cue.end, q.start).lower()
        return re.fullmatch(r"\s*(?:by\s+)?(?:\w+\s+)?", gap) is not None and " to " not in gap
    gap = view.between(q.end, cue.start).lower()
    return re.fullmatch(r"\s*(?:\w+\s+)?", gap) is not None


def percent_kind(
    view: SentenceView, q: Quantity, direction: Cue | None, evidence: dict[str, str]
) -> tuple[str, str | None]:
    after = view.after(q.end, 20).lower()
    before = view.before(q.start, 60).lower()
    if re.match(r"\s*(?:of|of the|of its|of their|of total)\b", after) and not re.search(
        r"\bby\s+(?:\w+\s+)?$", before
    ):
        evidence["kind"] = "share:of"
        return "share", None
    rate = nearest_rate_cue(view, q)
    if rate is not None and (direction is None or not _closer(view, q, direction, rate)):
        evidence["kind"] = f"rate:{view.between(rate.start, rate.end)}"
        return "rate", None
    if _word_set_regex("share").search(before[-40:]) and direction is None:
        evidence["kind"] = "share:cue"
        return "share", None
    if direction is not None:
        evidence["kind"] = f"change:{view.between(direction.start, direction.end)}"
        return "change", direction.label
    evidence["kind"] = "change:default"
    return "change", "up"


def nearest_rate_cue(view: SentenceView, q: Quantity) -> Cue | None:
    cues = [
        Cue(m.start() + view.start, m.end() + view.start, metric)
        for pattern, metric in _rate_patterns()
        for m in pattern.finditer(view.text)
    ]
    found: Cue | None = nearest(view, q, cues, limit=30)
    return found


def _closer(view: SentenceView, q: Quantity, a: Cue, b: Cue) -> bool:
    return distance(view, q, a.start, a.end) < distance(view, q, b.start, b.end)


# --- metric -----------------------------------------------------------------------------


def decide_metric(
    view: SentenceView, q: Quantity, kind: str, evidence: dict[str, str]
) -> tuple[str, str | None]:
    """The metric and, for a balance, whether it is a surplus or a deficit."""
    if kind == "rate":
        return rate_metric(view, q, evidence)
    if q.category == "fx":
        evidence["metric"] = "exchange-rate"
        return "other", None
    cue: Cue | None = nearest(view, q, view.metric_cues, limit=120)
    if cue is None:
        evidence["metric"] = "default"
        return "other", None
    evidence["metric"] = f"cue:{view.between(cue.start, cue.end)}"
    sign = cue.extra
    if cue.label == "balance" and sign is None:
        sign = nearest_sign(view, q)
    return cue.label, sign


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
    (re.compile(r"\bof\s+(?:the\s+)?$", re.I), "of"),
    (re.compile(r"\bbetween\s+(?:the\s+)?$", re.I), "between"),
    (re.compile(r"\band\s+(?:the\s+)?$", re.I), "and"),
    (re.compile(r"\b(?:in|for|at)\s+(?:the\s+)?$", re.I), "in"),
)


def place_role(view: SentenceView, place: PlaceMention) -> str:
    """How a place relates to the sentence: 'to', 'from', 'with', 'on', 'poss', 'plain'..."""
    before = view.before(place.start, 30)
    after = view.after(place.end, 3)
    if after.startswith(("'s", "’s", "' ")):
        return "poss"
    for pattern, role in ROLE_BEFORE:
        if pattern.search(before):
            if role == "and" and "between" in view.before(place.start, 60).lower():
                return "between"
            return role
    return "plain"


def decide_roles(
    view: SentenceView,
    q: Quantity,
    metric: str,
    countries: list[str],
    evidence: dict[str, str],
) -> tuple[str | None, str | None]:
    roles = [(p, place_role(view, p)) for p in view.places if p.code != "WLD"]
    partner = pick_partner(view, q, metric, roles, evidence)
    reporter = pick_reporter(view, q, metric, roles, partner, evidence)
    if partner is None and metric in TRADE_METRICS:
        partner = default_partner(view, reporter, countries, evidence)
    if reporter is None and metric in COUNTRY_METRICS:
        reporter = next((c for c in countries if c != partner), None)
        if reporter:
            evidence["reporter"] = "article-country"
    if reporter is not None and reporter == partner:
        partner = None
    return reporter, partner


PARTNER_ROLES = {
    "exports": ("to", "between", "and"),
    "imports": ("from", "between", "and"),
    "balance": ("with", "between", "and"),
    "trade": ("with", "between", "and"),
    "tariff": ("on", "from"),
}


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
    if metric == "imports":
        wanted = (
            (*wanted, "of") if any(p.form == "demonym" for p, r in roles if r == "of") else wanted
        )
    candidates = [p for p, role in roles if role in wanted]
    place = nearest(view, q, candidates, limit=200)
    if place is None:
        return None
    evidence["partner"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


def pick_reporter(
    view: SentenceView,
    q: Quantity,
    metric: str,
    roles: list[tuple[PlaceMention, str]],
    partner: str | None,
    evidence: dict[str, str],
) -> str | None:
    skip = {"to", "on", "with", "of"} if metric in PARTNER_ROLES else {"to", "with"}
    candidates = [p for p, role in roles if role not in skip and p.code != partner]
    if metric == "imports":
        candidates = [p for p, role in roles if role != "from" and p in candidates]
    place = nearest(view, q, candidates, limit=250)
    if place is None:
        return None
    evidence["reporter"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


def default_partner(
    view: SentenceView, reporter: str | None, countries: list[str], evidence: dict[str, str]
) -> str | None:
    if re.search(r"\b(?:bilateral|two-way)\b", view.text, re.I):
        other = next((c for c in countries if c != reporter), None)
        if other:
            evidence["partner"] = "bilateral:article-country"
            return other
    evidence["partner"] = "default:world"
    return "WLD"


# --- sector and period -------------------------------------------------------------------


def decide_sector(view: SentenceView, q: Quantity, evidence: dict[str, str]) -> str | None:
    sector = nearest(view, q, view.sectors, limit=60)
    if sector is None:
        return None
    evidence["sector"] = f"lexicon:{sector.text}"
    label: str = sector.sector
    return label


COMPARISON_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared (?:with|to)|\bagainst|\bversus|\bvs\.?|\bthan|\bafter)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def decide_period(view: SentenceView, q: Quantity, evidence: dict[str, str]) -> str | None:
    periods = [p for p in view.periods if p.value]
    if not periods:
        return None
    following = [p for p in periods if p.start >= q.end and not _other_quantity_between(view, q, p)]
    is_comparison = COMPARISON_BEFORE.search(view.before(q.start, 40)) is not None
    if is_comparison:
        comparisons = [p for p in periods if p.relation == "comparison"]
        choice = (following or comparisons or [None])[0]
        if choice is None and len(periods) == 1:
            choice = None
    else:
        choice = following[0] if following else nearest(view, q, periods, limit=400)
    if choice is None:
        choice = nearest(view, q, periods, limit=400)
    if choice is None:
        return None
    evidence["period"] = f"{choice.relation}:{choice.text}"
    value: str | None = choice.value
    return value


def _other_quantity_between(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    return any(q.end <= o.start and o.end <= p.start for o in view.quantities)
