"""Fact-checking: claims against official figures, against each other, and inside an article.

Three checks, each a pure function over stored claims (dicts as :meth:`Store.claims_to_check`
gives them) that returns rows for the store:

- :func:`verify_claims`: every claim against the reference figures (``corpora/reference``):
  ``supported``, ``contradicted`` (with the reference value and the deviation) or
  ``unverifiable`` (with why: no period, no series, no figure for the period, another
  currency, a current-account balance, a forecast). A series may hold several figures for
  one period (goods or goods and services, balance of payments or customs basis, first
  published or revised): a claim stating any of them is supported.
- :func:`check_articles`: a change beside its two levels in one sentence, and shares of one
  total in one article, that do not add up: ``inconsistent``.
- :func:`find_conflicts`: claims of different articles about the same quantity that
  disagree beyond both claims' precision.

How far a claim may be from the truth (:func:`claim_interval`) follows its own precision:
"$228 billion" stands for [227.5, 228.5] billion and "$228.1 billion" for [228.05, 228.15].
A hedge widens it to at least ``HEDGE_WIDTH`` (10 %) of the value, on the side the hedge
points to: "nearly 7%" and "almost", "under", "up to" put the truth below the figure
([6.3, 7.0]: 6.9 is supported, 7.4 is not); "more than", "over", "topped" put it above;
"about", "around", "roughly", "some" on either side. Reference figures carry the precision
of their published digits (``228.1e9`` is +/-0.05e9). A claim is supported when the two
intervals meet.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import jsonschema

from extractor.errors import InputError
from extractor.models import load_schema

__all__ = [
    "HEDGE_WIDTH",
    "Reference",
    "check_articles",
    "claim_interval",
    "find_conflicts",
    "load_reference",
    "run_checks",
    "stated_precision",
    "verify_claims",
]

HEDGE_WIDTH = 0.10
REFERENCE_COLUMNS = (
    "reporter", "partner", "metric", "sector", "period", "kind", "value", "unit",
    "direction", "source", "url", "retrieved",
)  # fmt: skip
# Hedges as they stand before the figure, in the figure's own clause.
_BELOW = ("nearly", "almost", "under", "up to", "less than", "below", "close to", "just under")
_ABOVE = ("more than", "over", "above", "topped", "exceeding", "passed", "surpassing", "at least")
_EITHER = ("about", "around", "roughly", "some", "approximately", "an estimated", "estimated")
_HEDGES = [(word, "below") for word in _BELOW] + [(word, "above") for word in _ABOVE]
_HEDGES += [(word, "either") for word in _EITHER]
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_FILLERS = re.compile(r"(\s+(a|an|the|record|new))+$")
_CURRENT_ACCOUNT = re.compile(r"current[- ]account", re.IGNORECASE)
# Words that make a figure a forecast ("is expected to rise to about $150bn", "was projected
# to top 10 billion"): an outcome may be checked against it, but it states no fact.
_FORECAST = re.compile(
    r"\b(?:expected|forecast|projected|predicted|likely|set|poised)\s+to\b|\b(?:will|could)\b"
    r"|\b(?:forecasts?|projections?|estimates?)\s+(?:of|for|at)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reference:
    """One official figure; ``value`` signed (a deficit negative, a fall negative)."""

    reporter: str
    partner: str | None
    metric: str
    sector: str | None
    period: str
    kind: str
    value: float
    precision: float
    unit: str
    direction: str | None
    source: str
    url: str
    retrieved: str

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


def _decimal_precision(text: str) -> tuple[float, float]:
    """A CSV value and half a unit of its last digit.

    >>> _decimal_precision("228.1e9")
    (228100000000.0, 50000000.0)
    """
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"value {text!r} is not a number") from exc
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    return float(number), 0.5 * 10.0**exponent


def _reference_from_csv(row: dict[str, str], where: str) -> Reference:
    cells: dict[str, Any] = {name: (row.get(name) or "").strip() or None for name in row}
    try:
        value, precision = _decimal_precision(cells["value"] or "")
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from exc
    cells["value"] = value
    try:
        jsonschema.validate(cells, load_schema("reference"))
    except jsonschema.ValidationError as exc:
        raise InputError(f"{where}: {exc.message}") from exc
    signed = -abs(value) if cells["direction"] == "down" else value
    return Reference(**{**cells, "value": signed, "precision": precision})


def load_reference(paths: Iterable[Path]) -> list[Reference]:
    """Reference figures from CSV files in the form of ``schemas/reference.schema.json``."""
    figures: list[Reference] = []
    for path in paths:
        try:
            with path.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                if tuple(reader.fieldnames or ()) != REFERENCE_COLUMNS:
                    raise InputError(f"{path}: columns must be {','.join(REFERENCE_COLUMNS)}")
                for line, row in enumerate(reader, start=2):
                    figures.append(_reference_from_csv(row, f"{path}:{line}"))
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return figures


def stated_precision(quantity_text: str, value: float) -> float:
    """Half a unit of the last digit the text states, in the value's own units.

    >>> stated_precision("$228.1 billion", 228.1e9)
    50000000.0
    >>> stated_precision("six billion dlrs", 6e9)
    500000000.0
    """
    match = _NUMBER.search(quantity_text)
    number = float(match.group(0).replace(",", "")) if match else 0.0
    if match and number:
        decimals = len(match.group(1) or "")
        return 0.5 * 10.0**-decimals * (value / number)
    # A number in words: the last significant digit of the value.
    if not value:
        return 0.5
    digits = f"{abs(value):.6g}"
    mantissa = float(digits)
    zeros = 0
    while mantissa and mantissa % 10 == 0:
        mantissa /= 10
        zeros += 1
    return 0.5 * 10.0**zeros


def hedge_of(sentence: str, quantity_text: str) -> str | None:
    """Which side a hedge just before the figure puts the truth on: below, above, either.

    >>> hedge_of("Trade fell nearly 7% in 2025.", "7%")
    'below'
    >>> hedge_of("Trade was more than a record $190 billion.", "$190 billion")
    'above'
    >>> hedge_of("Trade rose 7% to about $190 billion.", "7%") is None
    True
    """
    at = sentence.find(quantity_text)
    if at < 0:
        return None
    before = " " + sentence[:at].lower().rstrip()
    before = _FILLERS.sub("", before)
    for word, side in _HEDGES:
        if before.endswith(" " + word):
            return side
    return None


def is_forecast(sentence: str, quantity_text: str) -> bool:
    """Whether the figure's own stretch of the sentence (back to the digit, comma or semicolon
    before it) makes it a forecast.

    >>> sentence = "It rose to 7.4 billion last year and was projected to top 10 billion."
    >>> is_forecast(sentence, "10 billion"), is_forecast(sentence, "7.4 billion")
    (True, False)
    """
    at = sentence.find(quantity_text)
    if at < 0:
        return False
    before = sentence[:at]
    stretch = max(
        (i for i, char in enumerate(before) if char.isdigit() or char in ",;"), default=-1
    )
    return _FORECAST.search(before[stretch + 1 :]) is not None


def signed_value(claim: dict[str, Any]) -> float:
    """The claim's value with the sign the reference uses: falls and deficits negative."""
    value = float(claim["value"])
    if claim.get("direction") == "down" or claim.get("balance_sign") == "deficit":
        return -value
    return value


def claim_interval(claim: dict[str, Any]) -> tuple[float, float]:
    """Where the truth may lie, given the claim's precision and hedge (module docstring).

    >>> claim_interval({"value": 7, "direction": "down", "quantity_text": "7%",
    ...                 "sentence": "Trade fell nearly 7%.", "approximate": True})
    (-7.0, -6.3)
    """
    magnitude = float(claim["value"])
    precision = stated_precision(claim["quantity_text"], magnitude)
    width = max(precision, HEDGE_WIDTH * magnitude)
    side = hedge_of(claim["sentence"], claim["quantity_text"])
    low, high = {
        "below": (magnitude - width, magnitude),
        "above": (magnitude, magnitude + width),
        "either": (magnitude - width, magnitude + width),
    }.get(side or "", (magnitude - precision, magnitude + precision))
    if signed_value(claim) < 0:
        return (round(-high, 12), round(-low, 12))
    return (round(low, 12), round(high, 12))


def _pair(metric: str, reporter: str | None, partner: str | None) -> tuple[Any, ...]:
    if metric == "trade":  # two-way trade: the pair is unordered
        return tuple(sorted((reporter or "", partner or "")))
    return (reporter, partner)


def series_key(row: dict[str, Any] | Reference) -> tuple[Any, ...]:
    """What makes two figures figures of one series: metric, country pair, sector."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    metric = str(get("metric"))
    return (metric, _pair(metric, get("reporter"), get("partner")), get("sector"))


def previous_period(period: str) -> str:
    """The same period a year earlier, as trade figures compare.

    >>> previous_period("2025-12"), previous_period("2025-01/2025-11")
    ('2024-12', '2024-01/2024-11')
    """
    return re.sub(r"\d{4}", lambda year: str(int(year.group(0)) - 1), period)


def _verdict(claim: dict[str, Any], verdict: str, check: str, reason: str, **more: Any) -> dict:
    low, high = claim_interval(claim)
    return {
        "claim_id": claim["id"], "verdict": verdict, "check_kind": check, "reason": reason,
        "claim_low": low, "claim_high": high, **more,
    }  # fmt: skip


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] + 1e-9 * max(1.0, abs(b[1])) and b[0] <= a[1] + 1e-9 * max(1.0, abs(a[1]))


def _against(
    claim: dict[str, Any], target: tuple[float, float], central: float
) -> tuple[str, float]:
    """supported or contradicted, and the deviation of the claim from the central value."""
    verdict = "supported" if _meet(claim_interval(claim), target) else "contradicted"
    return verdict, signed_value(claim) - central


def _reference_fields(ref: Reference, deviation: float) -> dict[str, Any]:
    return {
        "reference_value": ref.value, "reference_low": ref.value - ref.precision,
        "reference_high": ref.value + ref.precision, "reference_unit": ref.unit,
        "reference_period": ref.period, "reference_source": ref.source,
        "reference_url": ref.url, "deviation": deviation,
        "relative_deviation": deviation / abs(ref.value) if ref.value else None,
    }  # fmt: skip


def _fmt(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:+.2f}%"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.3f} {word} {unit}"
    return f"{value:,.2f} {unit}"


class _Index:
    """Reference figures by series, then by kind and period."""

    def __init__(self, figures: Sequence[Reference]) -> None:
        self.by_series: dict[tuple[Any, ...], list[Reference]] = defaultdict(list)
        for ref in figures:
            self.by_series[series_key(ref)].append(ref)

    def find(self, key: tuple[Any, ...], kind: str, period: str) -> list[Reference]:
        return [r for r in self.by_series.get(key, []) if r.kind == kind and r.period == period]


def verify_claim(claim: dict[str, Any], index: _Index) -> dict[str, Any]:
    """One claim's verdict against the reference figures."""

    def unverifiable(why: str) -> dict[str, Any]:
        return _verdict(claim, "unverifiable", "reference", why)

    if claim.get("period") is None:
        return unverifiable("no period")
    key = series_key(claim)
    if key not in index.by_series:
        return unverifiable("no reference series")
    if claim["metric"] == "balance" and _CURRENT_ACCOUNT.search(claim["sentence"]):
        return unverifiable("a current-account balance; the reference holds trade balances")
    if is_forecast(claim["sentence"], claim["quantity_text"]):
        return unverifiable("a forecast, not a statement of fact")
    if claim["kind"] == "change":
        return _verify_change(claim, index, key)
    rows = index.find(key, claim["kind"], claim["period"])
    if not rows:
        return unverifiable(f"no reference {claim['kind']} for {claim['period']}")
    same_unit = [r for r in rows if r.unit == claim["unit"]]
    if not same_unit:
        units = ", ".join(sorted({r.unit for r in rows}))
        return unverifiable(
            f"other currency: the claim is in {claim['unit']}, the reference in {units}"
        )
    ref = _closest(claim, same_unit)
    verdict, deviation = _against(
        claim, (ref.value - ref.precision, ref.value + ref.precision), ref.value
    )
    reason = f"{ref.source}: {_fmt(ref.value, ref.unit)} for {ref.period}"
    if len(same_unit) > 1:
        others = ", ".join(_fmt(r.value, r.unit) for r in same_unit if r is not ref)
        reason += f" (of {len(same_unit)} published figures: also {others})"
    if verdict == "contradicted":
        reason += f"; the claim is off by {_fmt(deviation, ref.unit)}"
    return _verdict(claim, verdict, "reference", reason, **_reference_fields(ref, deviation))


def _closest(claim: dict[str, Any], rows: Sequence[Reference]) -> Reference:
    """The figure a claim is checked against when a series has several for one period (on
    another basis, goods or goods and services, balance of payments or customs; or as first
    published and as revised): one the claim meets, else the nearest. A claim that states any
    of the official figures is right."""
    interval = claim_interval(claim)
    meeting = [r for r in rows if _meet(interval, (r.value - r.precision, r.value + r.precision))]
    return min(meeting or rows, key=lambda r: abs(signed_value(claim) - r.value))


def _verify_change(claim: dict[str, Any], index: _Index, key: tuple[Any, ...]) -> dict[str, Any]:
    """Against a published change row when there is one, else one computed from the levels."""
    if claim["unit"] != "percent":
        return _verdict(claim, "unverifiable", "reference", f"a change in {claim['unit']}")
    period = claim["period"]
    published = [r for r in index.find(key, "change", period) if r.unit == "percent"]
    if published and claim.get("basis", "USD") == "USD":
        ref = published[0]
        target = (ref.value - ref.precision, ref.value + ref.precision)
        verdict, deviation = _against(claim, target, ref.value)
        reason = f"{ref.source}: published change {ref.value:+g}% for {period}"
        fields = _reference_fields(ref, deviation)
        return _verdict(claim, verdict, "reference", reason, **fields)
    earlier = previous_period(period)
    levels = _level_pair(index, key, period, earlier, claim.get("basis", "USD"))
    if levels is None:
        basis = claim.get("basis", "USD")
        why = f"no published change for {period}, nor {basis} levels for {period} and {earlier}"
        return _verdict(claim, "unverifiable", "reference", why)
    new, old = levels
    low, central, high = implied_change(new.value, new.precision, old.value, old.precision)
    verdict, deviation = _against(claim, (low, high), central)
    reason = (
        f"{new.source}: {_fmt(old.value, old.unit)} in {old.period} to {_fmt(new.value, new.unit)}"
        f" in {period} is {central:+.2f}% ({low:+.2f} to {high:+.2f} given their rounding)"
    )
    fields = _reference_fields(new, deviation) | {
        "reference_value": central, "reference_low": low, "reference_high": high,
        "reference_unit": "percent", "relative_deviation": None,
    }  # fmt: skip
    return _verdict(claim, verdict, "computed-change", reason, **fields)


def _level_pair(
    index: _Index, key: tuple[Any, ...], period: str, earlier: str | None, basis: str
) -> tuple[Reference, Reference] | None:
    if earlier is None or key[0] == "balance":  # a balance's change in percent is ill-defined
        return None
    for new in index.find(key, "amount", period):
        for old in index.find(key, "amount", earlier):
            if old.unit == new.unit == basis and old.value > old.precision:
                return new, old
    return None


def implied_change(
    new: float, new_precision: float, old: float, old_precision: float
) -> tuple[float, float, float]:
    """The percent change from old to new: lowest, central, highest given both roundings.

    >>> [round(x, 2) for x in implied_change(1.63, 0.005, 1.7, 0.05)]
    [-7.14, -4.12, -0.91]
    """
    central = (new / old - 1) * 100
    low = ((new - new_precision) / (old + old_precision) - 1) * 100
    high = ((new + new_precision) / (old - old_precision) - 1) * 100
    return low, central, high


def verify_claims(claims: Iterable[dict[str, Any]], figures: Sequence[Reference]) -> list[dict]:
    """A verdict for every claim: supported, contradicted or unverifiable (and why)."""
    index = _Index(figures)
    claims = list(claims)
    bases = _change_bases(claims)
    return [verify_claim(claim | bases.get(claim["id"], {}), index) for claim in claims]


def _change_bases(claims: list[dict[str, Any]]) -> dict[Any, dict[str, str]]:
    """The currency a change is of: that of a level of its series in its sentence, else USD.

    Published change rows are of the US-dollar series (customs publish both, and the
    growth rates differ with the exchange rate); "rose 7.1% to 25.45 trillion yuan" is a
    change of the yuan series, checked against the yuan levels.
    """
    bases: dict[Any, dict[str, str]] = {}
    for article_claims in _by_article(claims).values():
        levels = [c for c in article_claims if c["kind"] == "amount"]
        for change in (c for c in article_claims if c["kind"] == "change"):
            for level in levels:
                if level["sentence"] == change["sentence"] and series_key(level) == series_key(
                    change
                ):
                    bases[change["id"]] = {"basis": level["unit"]}
                    break
    return bases


# Consistency inside an article.


def _by_article(claims: Iterable[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        grouped[claim["article_id"]].append(claim)
    return grouped


def check_articles(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``inconsistent`` verdicts for the claims of an article that do not add up."""
    rows: list[dict[str, Any]] = []
    for article_claims in _by_article(claims).values():
        rows += _check_changes(article_claims) + _check_shares(article_claims)
    return rows


def _check_changes(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A change with its level and earlier level in one sentence ("fell 6.5% to X from Y")."""
    rows: list[dict[str, Any]] = []
    for change in claims:
        if change["kind"] != "change" or change["unit"] != "percent" or not change["period"]:
            continue
        levels = _levels_beside(change, claims)
        if levels is None:
            continue
        new, old = levels
        low, central, high = implied_change(
            new["value"], stated_precision(new["quantity_text"], new["value"]),
            old["value"], stated_precision(old["quantity_text"], old["value"]),
        )  # fmt: skip
        if _meet(claim_interval(change), (low, high)):
            continue
        why = (
            f"{change['quantity_text']} {change['direction']} does not match"
            f" {old['quantity_text']} ({old['period']}) to {new['quantity_text']}"
            f" ({new['period']}): the levels imply {central:+.2f}%"
            f" ({low:+.2f} to {high:+.2f} given their rounding)"
        )
        fields: dict[str, Any] = {"reference_value": central, "reference_low": low}
        fields["reference_high"] = high
        fields |= {"reference_unit": "percent", "deviation": signed_value(change) - central}
        for claim in (change, new, old):
            rows.append(_verdict(claim, "inconsistent", "internal-change", why, **fields))
    return rows


def _levels_beside(
    change: dict[str, Any], claims: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    key = series_key(change)
    beside = [
        c for c in claims
        if c["kind"] == "amount" and c["sentence"] == change["sentence"]
        and c["start_char"] > change["start_char"] - len(c["sentence"])
        and series_key(c) == key and c["period"] and c["value"] > 0
    ]  # fmt: skip
    new = [c for c in beside if c["period"] == change["period"]]
    old = [
        c
        for c in beside
        if c["period"] < change["period"] and c["unit"] in {n["unit"] for n in new}
    ]
    if not new or not old:
        return None
    first_new = new[0]
    return first_new, next(c for c in old if c["unit"] == first_new["unit"])


def _check_shares(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Shares of one total (same metric, countries, period) that sum past 100%."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        if claim["kind"] == "share" and claim["unit"] == "percent" and claim["period"]:
            key = (claim["metric"], claim["reporter"], claim["partner"], claim["period"])
            groups[key].append(claim)
    rows: list[dict[str, Any]] = []
    for shares in groups.values():
        if len(shares) < 2:
            continue
        lowest = sum(claim_interval(s)[0] for s in shares)
        if lowest <= 100:
            continue
        total = sum(s["value"] for s in shares)
        parts = " + ".join(s["quantity_text"] for s in shares)
        why = f"shares of one total sum to {total:g}% ({parts}): past 100% whatever the rounding"
        fields = {"reference_value": 100.0, "reference_unit": "percent", "deviation": total - 100}
        rows += [_verdict(s, "inconsistent", "internal-shares", why, **fields) for s in shares]
    return rows


# Conflicts between sources.


def quantity_key(claim: dict[str, Any]) -> tuple[Any, ...] | None:
    """The quantity a claim is about, or None when too vague to compare (no period, no country)."""
    if not claim.get("period") or not (claim.get("reporter") or claim.get("partner")):
        return None
    return (*series_key(claim), claim["period"], claim["kind"], claim["unit"])


def find_conflicts(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Groups of claims about one quantity where two articles disagree beyond both precisions.

    Each conflict holds the quantity (metric, reporter, partner, sector, period, kind, unit)
    and ``claims``: every claim about it, agreeing or not, with its interval.
    """
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        key = quantity_key(claim)
        if key is not None:
            groups[key].append(claim)
    conflicts = []
    for group in groups.values():
        intervals = [claim_interval(c) for c in group]
        clash = any(
            a["article_id"] != b["article_id"] and not _meet(intervals[i], intervals[j])
            for i, a in enumerate(group) for j, b in enumerate(group) if i < j
        )  # fmt: skip
        if clash:
            conflicts.append(_conflict(group, intervals))
    return conflicts


def _conflict(group: list[dict[str, Any]], intervals: list[tuple[float, float]]) -> dict:
    first = group[0]
    values = sorted({signed_value(c) for c in group})
    return {
        "metric": first["metric"], "reporter": first["reporter"], "partner": first["partner"],
        "sector": first["sector"], "period": first["period"], "kind": first["kind"],
        "unit": first["unit"], "n_claims": len(group),
        "n_articles": len({c["article_id"] for c in group}),
        "low": values[0], "high": values[-1],
        "summary": "; ".join(f"{c['quantity_text']} ({c['doc_id']})" for c in group),
        "claims": [
            {
                "claim_id": c["id"], "doc_id": c["doc_id"], "quantity_text": c["quantity_text"],
                "value": signed_value(c), "low": lo, "high": hi, "sentence": c["sentence"],
                "url": c.get("url"),
            }
            for c, (lo, hi) in zip(group, intervals, strict=True)
        ],
    }  # fmt: skip


def relative(value: float) -> str:
    """A deviation as a percentage of the reference, for display."""
    return "" if value is None or math.isnan(value) else f"{value * 100:+.1f}%"


def run_checks(store: Any, reference_paths: Sequence[Path]) -> dict[str, Any]:
    """Load the reference, check every claim of the store, save and count the results."""
    figures = load_reference(reference_paths)
    claims = store.claims_to_check()
    verdicts = verify_claims(claims, figures) + check_articles(claims)
    conflicts = find_conflicts(claims)
    store.save_checks([f.as_row() for f in figures], verdicts, conflicts)
    return {"verdicts": store.verdict_counts(), "conflicts": len(conflicts)}
