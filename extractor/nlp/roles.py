"""Reporter and partner: whose figure it is, and with whom.

Read from the places of the sentence and the words around them ("exports to", "imports
from", "surplus with", "tariffs on Chinese steel", "China-Russia trade", "Japan's"); where
the sentence names none, from the article (its main countries, the roles of the figure
spoken of before, the currency pair it is about).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from extractor.nlp.cues import (
    CLAUSE_BREAK,
    CONVERSION_GAP,
    TRADE_METRICS,
    ArticleContext,
    Cue,
    SentenceView,
    cue_data,
    distance,
    nearest,
    word_regex,
)
from extractor.nlp.frames import children, company_figure
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity

__all__ = ["decide_roles", "main_countries", "remember_roles", "share_roles"]

MARKET_SECTORS = frozenset({"energy", "metals", "minerals", "agriculture", "food"})


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


def aside(view: SentenceView, place: PlaceMention) -> bool:
    """ "China (and Hong Kong)": the place is an aside on the one before it."""
    return view.memo(
        ("aside", place), lambda: PARENTHETICAL.search(view.before(place.start, 20)) is not None
    )


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
    """How a place relates to the sentence: 'to', 'from', 'with', 'on', 'poss', 'plain'...

    Read once per sentence: every figure of the sentence asks it of every place.
    """
    return view.memo(("role", place), lambda: _read_place_role(view, place))


def _read_place_role(view: SentenceView, place: PlaceMention) -> str:
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
            if role == "between" and not re.match(r"\s+and\b", view.after(place.end, 6)):
                return "plain"  # "the gap between US exports and imports": one country
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
    if firms_figure(view, q):
        evidence["reporter"] = "dep:company-figure"  # FORMAT: a company is never a reporter
        return None, None
    roles = [
        (p, place_role(view, p)) for p in view.places if p.code != "WLD" and not aside(view, p)
    ]
    if is_market_figure(metric, sector, view, q):
        return market_reporter(view, q, roles, evidence), None
    partner = pick_partner(view, q, metric, roles, evidence)
    reporter = pick_reporter(view, q, cue, metric, roles, partner, evidence)
    if reporter is None and partner is None and metric in context.roles:
        reporter, carried_partner = context.roles[metric]
        evidence["reporter"] = "previous-figure"
        topical = not view.places and metric in ("imports", "exports") and not view.says(TOTAL)
        if is_anaphoric(view, cue) or topical:
            partner = carried_partner
            evidence["partner"] = "previous-figure"
    if reporter is None and metric == "trade" and view.says(WORLD_TRADE):
        # World trade as a whole: no reporting country, the world as the counterpart.
        evidence["reporter"] = evidence["partner"] = "world-trade"
        return None, "WLD"
    if partner is None and metric in TRADE_METRICS:
        partner = default_partner(view, metric, reporter, context, evidence)
    if reporter is None and view.says(COMPANY) and metric in ("sales", "other", "price"):
        evidence["reporter"] = "company-figure"
    elif reporter is None:
        reporter = next((c for c in context.countries if c != partner), None)
        if reporter:
            evidence["reporter"] = "article-country"
    if reporter is not None and reporter == partner:
        partner = None
    remember_explicit_roles(metric, reporter, partner, context, evidence)
    return reporter, partner


def firms_figure(view: SentenceView, q: Quantity) -> bool:
    """A firm's profits, earnings or shares, with no place qualifying them in the parse."""
    noun = company_figure(view.tree.measured(q.start, q.end)[0])
    if noun is None:
        return False
    qualifiers = [c for c in children(noun) if c.dep_ in ("poss", "amod", "compound", "nmod")]
    return not any(
        p.start < c.idx + len(c) and c.idx < p.end for c in qualifiers for p in view.places
    )


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
    return word_regex("|".join(cue_data()["currency_countries"]))


def currency_country(word: str) -> str | None:
    code: str | None = cue_data()["currency_countries"].get(word.lower())
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
        index = cue_data()["index_countries"].get(view.phrase(cue_.start, cue_.end))
        if index is not None:
            evidence["reporter"] = f"market-index:{view.between(cue_.start, cue_.end)}"
            return str(index)
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
    if metric != "price" or view.says(NATIONAL_PRICES):
        return False
    return sector in MARKET_SECTORS or q.unit == "points" or view.says(MARKETS)


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
    candidates = [p for p, role in roles if role in wanted]
    place = nearest(view, q, candidates, limit=150, keep=lambda p: not far_side(view, q, p))
    if place is None:
        return None
    evidence["partner"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


def far_side(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """A place after the figure that another figure stands between."""
    return place.start >= q.end and any(
        not CONVERSION_GAP.match(view.between(q.end, o.start))
        for o in view.figures_between(q.end, place.start)
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
    if metric == "exports":
        skip.discard("from")  # "exports from China" name the exporter
    scored = [
        (reporter_distance(view, q, cue, p, role), p)
        for p, role in roles
        if role not in skip
        and p.code != partner
        and gap_at_least(q, p) <= REPORTER_LIMIT
        and not trailing_aside(view, q, p, role)
    ]
    scored = [pair for pair in scored if pair[0] <= REPORTER_LIMIT]
    if not scored:
        return None
    place = min(scored, key=lambda pair: pair[0])[1]
    evidence["reporter"] = f"{place_role(view, place)}:{place.text}"
    code: str = place.code
    return code


REPORTER_LIMIT = 250


def gap_at_least(q: Quantity, place: PlaceMention) -> int:
    """What :func:`distance` (and so :func:`reporter_distance`) is at least, read in O(1)."""
    if place.end <= q.start:
        return q.start - place.end
    if place.start >= q.end:
        return (place.start - q.end) * 3 + 10
    return 0


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
    if view.says(TOTAL):
        evidence["partner"] = "total:world"
        return "WLD"
    bilateral = view.says(BILATERAL) or (metric == "trade" and context.bilateral)
    if bilateral:
        other = next((c for c in context.countries if c != reporter), None)
        if other:
            evidence["partner"] = "bilateral:article-country"
            return other
    evidence["partner"] = "default:world"
    return "WLD"
