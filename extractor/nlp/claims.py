"""Claim assembly: each quantity becomes a claim whose roles come from its sentence.

Every field is decided by a rule over the sentence (and, failing that, the article), and the
rule is recorded in ``Claim.evidence`` (``{"metric": "cue:exports", "partner": "to:Russia"}``)
so that a fact-checker can see why a field has its value.

The rules read cues by their distance from the quantity (:mod:`extractor.nlp.cues`); the
reporter and partner come from :mod:`extractor.nlp.roles`, the sector from
:mod:`extractor.nlp.sectors`; kind, direction, metric and period are decided here.

Where a sentence is silent the article speaks: its main countries (the reporter of a figure
nobody is named for), the roles and metric of the figure before ("The surplus ... rose to 7.4
billion dollars" after "a trade surplus with the United States"), and its current period.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from extractor.models import Claim
from extractor.nlp.context import Mentions, SpanIndex
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
    word_set_regex,
)
from extractor.nlp.frames import (
    BALANCE_NOUNS,
    FISCAL,
    FRAME_NOUNS,
    GROWTH_NOUNS,
    LEVEL_VERBS,
    MAX_CLIMB,
    MEASURE_NOUNS,
    MODIFIER_DEPS,
    SHARE_NOUNS,
    STOCK_NOUNS,
    SUBJECT_DEPS,
    THRESHOLD_NOUNS,
    TRADER_VERBS,
    FigureFrame,
    children,
    climb_to_verb,
    frame_data,
    growth_direction,
    growth_of,
    growth_subject,
    growth_verb,
    holds,
    in_other_clause,
    is_fiscal,
    is_nominal,
    is_noun_like,
    is_verbal,
    own_prepositions,
    period_attachment,
    prep_objects,
    tells_of_before,
    tense_of,
    token_at,
    up_from,
    value_moved,
)
from extractor.nlp.periods import (
    BRACKETED_PERIOD,
    PeriodMention,
    anchored,
    comparison_cue,
    precedes,
    previous_period,
    runs_up_to,
    same_unit_of,
    shift_year,
    spans_period,
)
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity
from extractor.nlp.roles import (
    BILATERAL,
    GROUP_NOUNS,
    OFFICIAL_BODIES,
    SUPPLYING_VERBS,
    Role,
    Roles,
    article_currency_pair,
    clause_subject_place,
    commodity_earnings,
    counterpart_by_copula,
    country_word,
    currency_country,
    currency_roles,
    decide_roles,
    firm_names,
    firm_subject,
    first_place,
    index_country,
    is_currency_move,
    place_role,
    refers_back,
    sentence_roles,
    sentence_subject,
    share_roles,
    soviet,
    taken_by,
    tariff_imposer,
    traded_source,
    turning_subject,
)
from extractor.nlp.sectors import decide_sector
from extractor.nlp.tables import RowReading, cells_of

__all__ = ["assemble_claims"]

# How many sentences back a figure's metric carries to a sentence that names none.
METRIC_WINDOW = 1
CEILING_SHARE = "threshold-share:"  # the kind rule of a budget's ceiling, a share of GDP
# Statistics published for a period: a sentence without one takes the article's.
PERIODIC_METRICS = TRADE_METRICS | {"gdp", "production", "investment", "price", "sales"}


def assemble_claims(doc: Doc, mentions: Mentions) -> list[Claim]:
    """One claim per quantity in the document, in text order."""
    text = doc.text  # built from the tokens on every access: once here
    context = ArticleContext(list(mentions.countries))
    context.firms = firm_names(doc)  # read once, from the whole document
    context.bilateral = BILATERAL.search(text) is not None
    context.published = doc._.published
    context.currency_pair = article_currency_pair(text)
    context.soviet_era = mentions.year is not None and mentions.year < 1992
    context.period = article_period(mentions, doc)
    context.tariff_imposer = tariff_imposer(doc, mentions.places)
    claims: list[Claim] = []
    # By bisection: a document of thousands of sentences does not read every mention for each.
    quantities = SpanIndex(mentions.quantities)
    places = SpanIndex(mentions.places)
    periods = SpanIndex(mentions.periods)
    sectors = SpanIndex(mentions.sectors)
    for sent in mentions.sentences:
        lo, hi = sent.start_char, sent.end_char
        view = SentenceView(
            sent,
            quantities.within(lo, hi),
            places.within(lo, hi),
            periods.within(lo, hi),
            sectors.within(lo, hi),
        )
        previous: Claim | None = None
        view.quantities = [
            q
            for q in map(lambda q: employed_count(view, q), view.quantities)
            if q is not None and not is_share_of_people(view, q) and not is_model(view, q)
        ]
        if firm_subject(view, context.firms):
            context.firm_sentence = context.sentence
        first = len(claims)
        row = note_table_row(view, context)
        for q in view.quantities:
            if previous is not None and is_conversion(view, previous, q):
                claim = converted_claim(doc, view, q, previous)
            else:
                claim = build_claim(doc, view, q, context, previous)
            if row:
                claim = with_column_header(claim, view, context, previous)
            claims.append(claim)
            previous = claim
        claims[first:] = tie_range_ends(view, view.quantities, claims[first:])
        if economy_subject(view):
            context.economy_sentence = context.sentence
        mover = main_subject(view)
        if mover is not None and mover.lower_ in currency_words():  # whatever its tag
            # "The dollar has weakened sharply. It has lost 7% this year": for a pronoun
            context.currency_sentence = context.sentence
            context.currency = currency_country(mover.text) or context.currency
        if not view.quantities:
            for metric, roles in sentence_roles(view).items():
                context.set_roles(metric, *roles)
            if names_public_balance(view):
                # "France and Italy struggle to tame their budget deficits": the balances
                # the article is on are the public finances', figures or none
                context.fiscal_balances += 1
            named = next(
                (
                    p.value
                    for p in view.periods
                    if p.relation == "current" and p.value and not names_an_event(doc, p)
                ),
                None,
            )
            if named is not None:
                # "The economy slowed in the third quarter. It expanded by 0.4%."
                context.note_period(named)
            said = subject_cue(view)
            if said is not None:
                # "Japan's exports slowed in the third quarter. They grew 1.2% in October."
                context.note_metric(said.label, said.extra)
        subject = sentence_subject(view)
        context.subject = subject.code if subject is not None else context.subject
        turned = turning_subject(view) if not view.quantities else None
        if turned is not None:
            # "Britain, which is outside the euro, is also under scrutiny": the article
            # turns to a country, whose figures the next sentence gives
            context.turned_to = (turned, context.sentence)
        spoken = [p.code for p in view.places if p.code is not None and p.code != "WLD"]
        context.spoken = spoken or context.spoken
        context.sentence += 1
    return claims


def note_table_row(view: SentenceView, context: ArticleContext) -> bool:
    """Note a sentence that is a row of a text table (the HTML stage writes tables so, see
    :class:`~extractor.nlp.tables.TableState`): whether it is a row with a header above it."""

    def read(text: str) -> RowReading:
        cells = [(view.start + lo - 1, view.start + hi) for lo, hi in cells_of(text)]
        return RowReading(
            cells,
            [next((c for c in view.metric_cues if lo < c.start < hi), None) for lo, hi in cells],
            [next((p.value for p in view.periods if lo < p.start < hi and p.value), None)
             for lo, hi in cells],
            next((p.code for p in view.places if p.code), None),
            next((s.sector for s in view.sectors), None),
        )  # fmt: skip

    return context.table.feed(view.text, read)


def with_column_header(
    claim: Claim,
    view: SentenceView,
    context: ArticleContext,
    before: Claim | None,
) -> Claim:
    """A table cell's claim with what its column's header says and the cell does not: the
    metric ("| Brand | Registrations, Aug 2019 | Change y/y |": sales) when none was read,
    the period ("Aug 2019") and the goods ("| Domestic passenger-vehicle sales |") when the
    claim has none; a column whose header names neither ("Change y/y") is of the column to
    its left, else of the table's caption, else of the figure ``before`` it in the row. A
    trade figure whose row names a place has the caption's country as reporter ("| Japan's
    exports by destination |" over "| China | 1,205.3 |")."""
    header, caption, row = context.table.header, context.table.caption, context.table.row
    if header is None:
        return claim
    # the column: the bars before the figure in its row (rows have the header's cells)
    column = view.between(view.start, claim.start_char).count("|") - 1
    if not 0 <= column < len(header.cells):
        return claim
    changes: dict[str, Any] = {}
    evidence = dict(claim.evidence)
    left = range(column, -1, -1)
    cue = next((header.cues[i] for i in left if header.cues[i] is not None), None)
    period = next((header.periods[i] for i in left if header.periods[i]), None)
    if caption is not None:
        cue = cue or caption.first_cue()
        period = period or caption.first_period()
    unread = evidence.get("metric", "default") in ("default", "previous-figure")
    if cue is not None and unread:
        changes |= {"metric": cue.label, "balance_sign": cue.extra}
        evidence["metric"] = "table-header:metric"
    elif cue is None and unread and before is not None:
        changes |= {"metric": before.metric, "balance_sign": before.balance_sign}
        evidence["metric"] = f"table-row:{before.quantity_text}"
    metric = changes.get("metric", claim.metric)
    place = row.place if row is not None else None
    owner = caption.place if caption is not None else None
    counterpart = place is not None and claim.reporter == place and owner not in (None, place)
    if metric in TRADE_METRICS and counterpart:  # a table of exports "by destination"
        changes |= {"reporter": owner, "partner": place}
        evidence |= {"reporter": "table-caption:place", "partner": "table-row:place"}
    goods = header.sector or (caption.sector if caption is not None else None)
    if claim.sector is None and goods is not None:
        changes["sector"] = goods
        evidence["sector"] = "table-header:sector"
    if claim.period is None and period is not None:
        changes["period"] = period
        evidence["period"] = "table-header:period"
    elif claim.period is None and before is not None and before.period is not None:
        changes["period"] = before.period
        evidence["period"] = f"table-row:{before.quantity_text}"
    return replace(claim, **changes, evidence=evidence) if changes else claim


# FORMAT: a range gives one claim per end, with the same fields. "5-7 pct", "five or 10 pct",
# "between 1.5 and two pct"; not "from 5 to 7 pct", a move.
RANGE_GAP = re.compile(r"\s*(?:-|–|—|or|to)\s*", re.I)
RANGE_AND = re.compile(r"\s+and\s+", re.I)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.I)
SHARED_FIELDS = (
    "kind", "direction", "metric", "balance_sign", "reporter", "partner", "sector", "period",
)  # fmt: skip


def tie_range_ends(
    view: SentenceView, quantities: list[Quantity], claims: list[Claim]
) -> list[Claim]:
    """The claims of a sentence, each range's end that took its unit from the other end
    ("1.5" in "between 1.5 and two pct", "35" in "$30-35") given that end's fields: the
    figure whose unit is written is the one the parse reads right."""
    if len(quantities) != len(claims):
        return claims
    tied = list(claims)
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if a.unit != b.unit or a.carried == b.carried or not range_pair(view, a, b):
            continue
        source, target = (i + 1, i) if a.carried else (i, i + 1)
        fields = {name: getattr(tied[source], name) for name in SHARED_FIELDS}
        evidence = tied[target].evidence | {"range": f"end-of:{tied[source].quantity_text}"}
        tied[target] = replace(tied[target], **fields, evidence=evidence)
    return tied


def range_pair(view: SentenceView, a: Quantity, b: Quantity) -> bool:
    """Whether two neighbouring figures are the ends of one range."""
    gap = view.between(a.end, b.start)
    if RANGE_AND.fullmatch(gap):
        return BETWEEN_BEFORE.search(view.before(a.start, 12)) is not None
    if not RANGE_GAP.fullmatch(gap):
        return False
    if "to" not in gap.lower():
        return True
    if FROM_BEFORE.search(view.before(a.start, 30)) is not None:
        return False
    # "fell 220.70 points to 22,851.94": a move with its unit written, then the level
    # reached; not "rose 5 to 7 pct", whose first end takes the second's unit
    return a.carried or not any(
        c.end <= a.start and CHANGE_GAP_BEFORE.fullmatch(view.between(c.end, a.start))
        for c in view.direction_cues
    )


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
    if q.category != "count" or not re.match(r"\d{2,4}\b(?![,.]\d)", q.text):
        return False
    window = view.before(q.start, 20)
    before = MODEL_BEFORE.search(window)
    if before is None or q.approximate or q.start - view.start <= 3:
        return False
    # "Another 350 staff", "Some 900 jobs" opening the sentence: a determiner, not a brand
    opens = q.start - len(window) + before.start() == view.start
    return not (opens and before.group().strip().lower() in SENTENCE_DETERMINERS)


SENTENCE_DETERMINERS = frozenset(
    "another some about around nearly almost over only just roughly the all "  # noqa: SIM905
    "further an extra additional".split()
)


def level_of_change(view: SentenceView, previous: Claim | None, q: Quantity) -> Claim | None:
    """ "a 25.7% rise in tax revenues to 2.572 trillion yuan": the change whose reached level
    the figure is; its period covers the level when the level's own sentence part names
    none."""
    if previous is None or previous.kind != "change" or previous.period is None:
        return None
    if LEVEL_AFTER_CHANGE.fullmatch(view.between(previous.end_char, q.start)) is None:
        return None
    return previous


LEVEL_AFTER_CHANGE = re.compile(r"\s*(?:[\w-]+\s+){0,4}to\s+(?:(?:about|around|nearly|some)\s+)?")


def reached_by(view: SentenceView, previous: Claim, q: Quantity, metric: str) -> bool:
    """Whether ``q`` is the level right after a change of another metric that its own words
    name ("imports up 11.9 pct at 1.61 billion"): the level of that change."""
    return (
        previous.kind == "change"
        and previous.metric != metric
        and previous.evidence.get("metric", "").startswith(("dep:", "cue:"))
        and LEVEL_RIGHT_AFTER.fullmatch(view.between(previous.end_char, q.start)) is not None
    )


LEVEL_RIGHT_AFTER = re.compile(r"\s*(?:to|at)\s+(?:(?:about|around|nearly|some)\s+)?", re.I)


# ", up 5%", ", down nearly 3 pct": a verbless move of the level just before
MOVE_OF_LEVEL = re.compile(r"\s*,\s*(?:up|down)\s+(?:(?:by|some|about|nearly|almost)\s+)?", re.I)


def moves_level(
    view: SentenceView, previous: Claim, q: Quantity, metric: str, roles: Roles
) -> bool:
    """Whether ``q`` is the move of the level ``previous`` states ("$505.9bn, up 5% from
    2023"), of the same metric, its own frame naming no country."""
    return (
        previous.kind == "amount"
        and previous.metric == metric
        and q.category in ("percent", "pp")
        and not roles.reporter.rule.startswith("dep:")
        and not roles.partner.rule.startswith("dep:")
        and MOVE_OF_LEVEL.fullmatch(view.between(previous.end_char, q.start)) is not None
    )


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
    return any(word_set_regex("people").fullmatch(w) for w in words)


def article_period(mentions: Mentions, doc: Doc | None = None) -> str | None:
    """The period an article reports on: its most named current period (the first on a tie),
    not one that only dates an event or a document ("under the 1965 auto pact")."""
    values = [
        p.value
        for p in mentions.periods
        if p.relation == "current" and p.value and not (doc and names_an_event(doc, p))
    ]
    if not values:
        return None
    counts = Counter(values)
    counts[values[0]] += 1  # the lead's period counts double
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def build_claim(
    doc: Doc,
    view: SentenceView,
    q: Quantity,
    context: ArticleContext,
    previous: Claim | None = None,
) -> Claim:
    """The claim of one figure; ``previous`` is the claim of the figure before it in its
    sentence."""
    source: str = doc._.source_text or doc.text
    kind, direction, kind_rule, kind_unit = decide_kind(view, q, context)
    if (
        kind_rule == "like-previous-figure"
        and previous is not None
        and rate_after_points(view, q, previous)
    ):
        # "raised interest rates by a quarter of a percentage point, taking them to 3%": the
        # level a rate moved in points reached is the rate
        kind, direction, kind_rule = "rate", None, f"level-after-points:{previous.quantity_text}"
    if q.category in ("percent", "pp"):
        view.last_percent = context.last_percent = (kind, direction)
    if q.category == "count" and q.unit == "jobs":
        context.last_jobs = direction if kind == "change" else None
    cue, how = metric_cue(view, q, kind)
    decision = decide_metric(view, q, kind, cue, context, how)
    if kind_rule.startswith(CEILING_SHARE) and decision.metric != "other":
        # FORMAT: a budget deficit's share of GDP is other, and so is the ceiling set on it
        decision = decision._replace(metric="other", sign=None, rule="budget-ceiling")
    if kind == "amount" and previous is not None and reached_by(view, previous, q, decision.metric):
        # "with exports down 18.7 pct at 2.01 billion dlrs and imports up 11.9 pct at 1.61
        # billion": the level the move reached is of what moved, however the parse hung it
        decision = decision._replace(
            metric=previous.metric, sign=previous.balance_sign,
            rule=f"level-of:{previous.quantity_text}",
        )  # fmt: skip
    if kind == "change" and balance_level(view, q, decision, kind_rule, previous):
        # "The shortfall hit 3% last year", "expects it to widen to 3.6% in 2005": a balance
        # in percent at the level it stands at or reaches is its share of the economy, as "a
        # deficit of 3.6%" is (FORMAT: shares of GDP); a move by a percentage stays a change
        kind, direction, kind_rule = "share", None, f"dep:balance-level:{kind_rule}"
        view.last_percent = context.last_percent = (kind, direction)
    if (
        kind == "amount"
        and decision.metric == "tariff"
        and q.category == "money"
        and PER_UNIT_PRICE.match(view.after(q.end, 30))
    ):
        # "a tariff of 230 euros a tonne", "a duty of $30 per tonne": a specific duty is
        # the tariff's rate, in money per unit of the goods
        kind, kind_rule = "rate", f"per-unit-tariff:{kind_rule}"
    metric, sign, metric_rule, named, covered = decision[:5]
    figure = view.tree.token(q.start, q.end)
    if figure is not None:
        view.metrics[figure.i] = decision
    if figure is not None and named and metric_rule.startswith("dep:"):
        view.parsed_metrics[figure.i] = decision
    if metric == "price" and price_statistic(view, cue):
        context.price_statistic_sentence = context.sentence
    if (
        cue is not None
        and metric == "other"
        and BALANCE_WORD.search(view.phrase(cue.start, cue.end))
    ) or names_public_balance(view):
        # a budget balance, for the next sentence: the figure's own, or one the sentence
        # names ("on course to breach the 3% of GDP limit on budget deficits")
        context.fiscal_sentence = context.sentence
        context.fiscal_balances += 1
    elif metric == "balance":
        context.external_balances += 1
    if named or metric_rule == "previous-figure":
        # a sentence that goes on about the same thing keeps it for the next one ("The US
        # ran a $1.2tn goods deficit. The gap with China was $295bn. That with the EU ...")
        context.note_metric(metric, sign)
    if kind == "rate" and metric == "tariff":
        context.tariff_rate_sentence = context.sentence
    if kind == "rate" and cue is not None:
        view.last_rate = metric  # the rate later rates of the sentence without a word are of
    carried_metric = metric if metric_rule == "previous-figure" else None
    sector, sector_rule, carries = decide_sector(view, q, cue, context, carried_metric)
    if (
        sector is None
        and previous is not None
        and previous.sector is not None
        and previous.metric == metric
        and not sector_rule.startswith("dep:no-goods")
        and compared_object(view, q)
    ):
        # "a deficit on invisibles of 684 mln dlrs, against a 512 mln dlr deficit the
        # previous month": the level compared is of the same goods
        sector, sector_rule = previous.sector, f"like-compared:{previous.quantity_text}"
    if sector is None and metric == "price" and prices_goods(view, q):
        goods = context.last_goods
        if goods is not None and context.sentence - goods[0] <= 1:
            # "Palm oil shipments rose ..., but the average export price slumped to 640
            # ringgit a tonne": a price of no goods of its own is of the commodity just named
            sector, sector_rule = goods[1], "goods-priced:previous-figure"
    if metric == "price" and cue is not None and index_country(view, cue) is not None:
        # "The Dow Jones Industrial Average fell 2.4%": an index's name names no goods
        sector, sector_rule, carries = None, "none:stock-index", None
    context.note_sector(view.span.end, carries, sector)
    if sector is not None and sector in cue_data()["commodity_sectors"]:
        context.last_goods = (context.sentence, sector)
    if kind == "share" and metric in TRADE_METRICS and economy_whole(view, q) is None:
        # not "a current-account deficit of 3% of GDP": a share of the economy has the
        # roles of its part, not of a part and a whole
        roles = share_roles(view, q, metric, context)
    elif covered and not view.places and "tariff" in context.roles:
        # "Washington imposed levies on Canadian goods. The duties cover $30bn of shipments":
        # the goods the tariff before is on, imported by the country imposing it
        imposer, target = context.roles["tariff"]
        roles = Roles(Role(imposer, "tariff-before"), Role(target, "tariff-before"))
    elif decision.currency_owned:
        # "the mark's rise of some 25 pct against the dollar": the owning currency's country
        # and the one it moved against
        roles = currency_roles(view, context, q)
    else:
        roles = decide_roles(view, q, cue, metric, sector, context)
    if previous is not None and moves_level(view, previous, q, metric, roles):
        # "shipments worth $505.9bn, up 5% from 2023": the move of the level before
        roles = Roles(
            Role(previous.reporter, f"like-level:{previous.quantity_text}"),
            Role(previous.partner, f"like-level:{previous.quantity_text}"),
        )
    if roles.keep is not None and not kind_rule.startswith(("threshold:", CEILING_SHARE)):
        # not a limit set ("the European Union's limit of 3% of GDP"): a rule's roles are
        # not those of the figures that go on
        context.set_roles(metric, *roles.keep)
    if covered and roles.partner.code is not None:
        # "raise tariffs on $60bn of US goods. Rates on some products will rise to 25%": the
        # goods' importer imposes the tariff, on their exporter
        context.set_roles("tariff", roles.reporter.code, roles.partner.code)
    if roles.moved is not None:
        (context.currency,) = roles.moved
    if roles.partner.rule.startswith("total:"):
        context.world_total_sentence = context.sentence  # "Japan's overall surplus ..."
    period, period_rule, named_period, own_words = decide_period(
        view, q, kind, metric, cue, context
    )
    if kind_rule.startswith(CEILING_SHARE) and not period_rule.startswith("dep:own"):
        # a budget's ceiling is a standing rule, of no period its sentence names for others
        period, period_rule, named_period = None, "none:ceiling", False
    reached = level_of_change(view, previous, q) if kind == "amount" and not own_words else None
    if reached is not None:
        period, period_rule = reached.period, f"level-of:{reached.quantity_text}"
    bracketed = bracket_period(view, q, previous, period_rule, context)
    if bracketed is not None:
        period, period_rule = bracketed
        # the bracketed earlier figure's period is none the sentences go on with
        named_period = named_period and not period_rule.startswith("in-brackets")
    if (
        previous is not None
        and not period_rule.startswith("dep:own")
        and previous.period is not None
        and (
            FIRST_REPORTED.search(view.before(q.start, 40))
            or REPORTED_EARLIER.match(view.after(q.end, 40))
        )
    ):
        # "from a revised 1.32 billion in December, first reported as 1.26 billion": the
        # first estimate of the figure revised, of its period
        period, period_rule = previous.period, f"first-report-of:{previous.quantity_text}"
    quoted = q.category == "fx" or metric == "price"
    if period is not None and quoted and period_rule.startswith(QUOTE_DAY_RULES):
        # a market quote of the day: the currency quotes after it are of the same day
        context.quote_day = (period, context.sentence)
    # The first period a sentence names for a figure is the one it goes on with ("The
    # surplus rose to 1.62 billion in February after falling to 906.2 mln in January"),
    # unless that one was a relative clause's or the later one spans it ("exports totalled
    # $63.8bn in December, taking the annual total up 35.4%")
    first_named = (
        context.recent_period_sentence != context.sentence
        or context.recent_period_aside
        or not subordinate_figure(view, q)
        or (period is not None and spans_period(period, context.recent_period))
    )
    # A later sentence that only recalls an earlier period ("In March 1986 the surplus had
    # been 1.04 billion dlrs", "The January deficit was originally put at 1.21 billion"):
    # the article goes on with the latest one it reports, unless it returns to its own.
    reported, reported_sentence = context.reported_period()
    recall = (
        period is not None
        and reported is not None
        and period != context.period
        and reported_sentence < context.sentence
        and (
            shift_year(reported, -1) == period
            or (precedes(period, reported) and figure is not None and tells_of_before(figure))
            # "The deficit fell in April ... For the first four months it totalled 55.71
            # billion": a cumulative aside to the month reported
            or runs_up_to(period, reported)
        )
    )
    note_comparison(context, period, period_rule)
    if named_period and period is not None and not earlier_figure(view, q) and first_named:
        context.note_period(period, aside=in_relative_clause(view, q), recall=recall)
        context.recent_period_ahead = period_ahead(view, q, previous)
    elif period is not None and period_rule == "previous-sentence-period":
        # "GDP fell 0.1% in the quarter. It fell 0.1% on the month before. Analysts had
        # expected growth of 0.2%": the period carries while the sentences go on with it
        context.note_period(period)
    rules = {"kind": kind_rule, "metric": metric_rule, "sector": sector_rule}
    rules |= roles.evidence() | {"period": period_rule}
    evidence = {"quantity": f"{q.category}:{q.text}"} | {k: v for k, v in rules.items() if v}
    reporter, partner = roles.reporter.code, roles.partner.code
    if context.soviet_era:
        reporter, partner = soviet(reporter), soviet(partner)
    return Claim(
        doc_id=str(doc._.doc_id or ""),
        quantity_text=source[q.start : q.end],
        start_char=q.start,
        end_char=q.end,
        sentence=view.source_sentence(source),
        kind=kind,
        value=q.value,
        unit=kind_unit or ("vehicles" if q.unit == "units" and sector == "automotive" else q.unit),
        approximate=q.approximate,
        direction=direction if kind == "change" else None,
        metric=metric,
        balance_sign=sign if metric == "balance" else None,
        reporter=reporter,
        partner=partner,
        sector=sector,
        period=period,
        evidence=evidence,
    )


# --- kind and direction ---------------------------------------------------------------


# "down from the 2.25 pct forecast": the figure after "from" is the old level, the fall is
# another figure's.
FROM_AFTER_CUE = re.compile(
    r"^\s+(?:\w+ly\s+)?from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.I
)  # "up from 2.4%", "up sharply from a mere 2.4%": the level it came from, not the move


# A bound right before the figure ("above 200%", "below 3%", "under $40"), no direction.
BOUND_WORDS = re.compile(r"(?:above|below|under|over)\s*", re.I)
# "soared by a third": the verb right before the "by" of a fraction's move
VERB_BY_BEFORE = re.compile(
    r"\b(\w+)\s+by\s+(?:(?:nearly|almost|about|around|more\s+than)\s+)?$", re.I
)


def decide_kind(view: SentenceView, q: Quantity, context: ArticleContext) -> KindDecision:
    """The claim's kind, for a change its direction, and the rule that decided."""
    if q.category == "fx":
        return KindDecision("rate", None, "exchange-rate")
    if q.category == "ratio":
        worth = value_moved(view.tree.token(q.start, q.end))
        if worth is not None:
            # "The dollar has lost about a third of its value": a move, not a share
            return KindDecision("change", worth, "dep:value-moved")
        by_verb = change_by(view, q) if q.ratio_kind in (None, "share", "change") else None
        if by_verb is not None:
            # "cut US purchases of Brazilian coffee by nearly a third", "climbed by a
            # quarter": the size of a move, its direction the verb's
            return KindDecision("change", by_verb[0], f"dep:by:{by_verb[1]}")
        direction = q.direction
        verb = VERB_BY_BEFORE.search(view.before(q.start, 40)) if q.ratio_kind == "change" else None
        if verb is not None:
            # "soared by a third last year", a parse that made "third" the year's: the verb's
            direction = next(
                (d for d in ("up", "down") if word_set_regex(d).fullmatch(verb[1])), direction
            )
        return KindDecision(q.ratio_kind or "share", direction, f"ratio-word:{q.text}")
    fraction = restated_fraction(view, q)
    if fraction is not None:
        # "Nearly half of all Palestinians - some 47% - live in poverty": the share again
        return KindDecision("share", None, f"restates:{fraction.text}")
    direction = nearest(
        view,
        q,
        view.direction_cues,
        limit=25,
        keep=lambda c: not FROM_AFTER_CUE.match(view.between(c.end, q.start)),
    )
    restated = restated_figure(view, q) if direction is None else None
    if restated is not None:
        # "fell 617 points, or 2.4%": the same move restated, with the first one's verb.
        direction = nearest(
            view,
            restated,
            view.direction_cues,
            limit=25,
            keep=lambda c: c.end <= restated.start,
        )
    if direction is not None and is_rate_move(view, q):
        word = view.between(direction.start, direction.end)
        # a rate's move written with % is in percentage points
        return KindDecision("change", direction.label, f"rate-move:{word}", unit="pp")
    if direction is not None and BOUND_WORDS.fullmatch(
        view.between(direction.start, direction.end) + view.between(direction.end, q.start)
    ):
        # "inflation, which peaked above 200%", "a deficit below 3%": a bound, no move
        direction = None
    if q.category in ("percent", "pp"):
        kind, way, rule = percent_kind(view, q, direction, context.last_percent)
        if rule.startswith("threshold:") and (
            economy_whole(view, q) is not None
            or context.sentence - context.fiscal_sentence <= METRIC_WINDOW
        ):
            # "the EU's limit of 3% of GDP", "its deficit will reach 4.3%, well above the 3%
            # ceiling": a budget's ceiling is a share of the economy, as the deficit is
            return KindDecision("share", None, CEILING_SHARE + rule.split(":", 1)[1])
        return KindDecision(kind, way, rule)
    if direction is not None and is_change_amount(view, q, direction):
        word = view.between(direction.start, direction.end)
        return KindDecision("change", direction.label, f"change-amount:{word}")
    again = restated_figure(view, q) if direction is not None else None
    if (
        again is not None
        and direction is not None
        and direction.end <= again.start
        and is_change_amount(view, again, direction)
    ):
        # "were down 1.4%, or 83 cents, at $59.03": the same move restated in money
        word = view.between(direction.start, direction.end)
        return KindDecision("change", direction.label, f"restated-change:{word}")
    by_verb = change_by(view, q)
    if by_verb is not None:
        return KindDecision("change", by_verb[0], f"dep:by:{by_verb[1]}")
    moved = change_noun(view, q)
    if moved is not None:
        # "a 19.3 billion dlr third-quarter increase": the figure sizes a move.
        return KindDecision("change", moved[0], f"dep:mod:{moved[1]}")
    jobs = job_change(view, q)
    if jobs is not None:
        return KindDecision("change", jobs[0], f"dep:jobs:{jobs[1]}")
    if (
        q.unit == "jobs"
        and q.carried
        and context.last_jobs is not None
        and not reached_level(view, q)
    ):
        # "added 146,000 jobs last month, after 132,000 in January": a number that counts
        # jobs only by the figure before it is a change like that figure
        return KindDecision("change", context.last_jobs, "like-previous-jobs")
    return KindDecision("amount", None, "level")


class KindDecision(NamedTuple):
    """A kind as decided, its direction, the rule that decided, and the unit the kind
    gives the figure when it is not the figure's own ("pp" for a rate's move)."""

    kind: str
    direction: str | None
    rule: str
    unit: str | None = None


def job_change(view: SentenceView, q: Quantity) -> tuple[str, str] | None:
    """ "104,000 new jobs were created", "a net loss of over 800,000 jobs", "shed 2,000
    posts", "2,400 redundancies", "layoffs reached 60,000": a count of jobs made or lost is a
    change of employment; its direction and the word that says so (see ``job_words``; a
    loss noun says it alone, and is the subject of a bare number's verb)."""
    if q.category != "count" or not word_set_regex("job_units").fullmatch(q.unit):
        return None
    noun = view.tree.token(q.start, q.end)
    if noun is None:
        return None
    words = [noun, *job_words(noun)]
    # "Some 4,000 of the job losses": the noun the number is a part of
    words += [g for p in children(noun) if p.lower_ == "of" for g in children(p)]
    if q.carried:
        verb = climb_to_verb(noun)
        words += [c for c in children(verb) if c.dep_ == "nsubj"] if verb is not None else []
    said = job_word(words, ("job_gains", "job_losses"))
    if said is None:
        return None
    key, phrase = said
    return ("up" if key == "job_gains" else "down"), phrase


def job_word(words: list[Token], keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``words`` (a verb with its particle) in one of the cue sets ``keys``,
    with that key."""
    for word in words:
        phrase = with_particle(word)
        for key in keys:
            if word_set_regex(key).fullmatch(phrase):
                return key, phrase
    return None


def balance_level(
    view: SentenceView,
    q: Quantity,
    decision: MetricDecision,
    kind_rule: str,
    previous: Claim | None,
) -> bool:
    """Whether a percentage is the level a balance stands at or reaches: the figure's metric
    is an external balance or a budget one, and the figure is the "to", "from" or "at" object
    of its verb, the object of a verb of reaching ("hit", "reached"), or a level in a list
    after such a share ("to 3.6% in 2005 and 4.6% in 2006")."""
    if q.category != "percent" or kind_rule.startswith("dep:by"):
        return False
    if decision.metric != "balance" and not (
        decision.metric == "other" and BALANCE_WORD.search(decision.rule.lower())
    ):
        return False
    if kind_rule.startswith("like-previous-figure"):
        return previous is not None and previous.kind == "share" and previous.unit == "percent"
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return False
    return is_level_of(view, q) or (
        figure.dep_ in ("dobj", "attr", "npadvmod") and figure.head.lower_ in LEVEL_VERBS
    )


def reached_level(view: SentenceView, q: Quantity) -> bool:
    """ "rose by 150,000 to 28.5 million": the figure after "to" right after another figure
    is the level the move reached."""
    before = view.figure_index().within(max(view.start, q.start - 40), q.start)
    return (
        bool(before) and RATE_MOVE_GAP.fullmatch(view.between(before[-1].end, q.start)) is not None
    )


def job_words(noun: Token) -> list[Token]:
    """The words that say what happens to a count of jobs or staff: the verb it is the object
    or passive subject of ("shed 2,000 posts", "4,000 workers will be laid off", "are to be
    laid off") with the complement of that verb ("were made redundant"), the noun it is the
    "of" object of ("the loss of 800 jobs"), the verb of "lose their jobs" it is the subject
    of ("are set to lose their jobs"), then its adjectives ("new", "extra")."""
    head, words = noun.head, []
    if noun.dep_ in ("dobj", "nsubjpass"):
        words += [head, *complements(head)]
    elif noun.dep_ == "pobj" and head.lower_ == "of":
        words.append(head.head)
    elif (
        noun.dep_ == "nsubj"
        and head.lower_ in JOBS_GOING
        and noun.lower_ in JOB_POSTS  # not "workers went on strike"
    ):
        words.append(head)  # "6,500 jobs will go", "1,000 posts disappeared"
    elif noun.dep_ == "nsubj":
        verb: Token | None = head
        for _ in range(3):  # "are to be laid off": the subject's verb, then its complements
            if verb is None:
                break
            deps = {c.dep_ for c in children(verb)}
            if "auxpass" in deps or any(
                c.dep_ == "dobj" and word_set_regex("job_units").fullmatch(c.text)
                for c in children(verb)
            ):
                words += [verb, *complements(verb)]
                break
            verb = next((c for c in children(verb) if c.dep_ == "xcomp"), None)
    return words + [c for c in children(noun) if c.dep_ == "amod"]


# Verbs whose subject jobs are lost, without an object or a passive ("6,500 jobs will go").
JOBS_GOING = frozenset(cue_data()["jobs_going"])
JOB_POSTS = frozenset(cue_data()["job_posts"])


def complements(verb: Token) -> list[Token]:
    """ "made redundant": the word a verb makes its object or subject."""
    return [c for c in children(verb) if c.dep_ in ("oprd", "acomp")]


def with_particle(word: Token) -> str:
    """ "laid off", "took on": a verb with its particle; any other word alone."""
    particle = next((c for c in children(word) if c.dep_ == "prt"), None)
    return f"{word.text} {particle.text}" if particle is not None else word.text


def employed_count(view: SentenceView, q: Quantity) -> Quantity | None:
    """ "cut 300 staff", "800 employees will lose their jobs", "the plant employs 4,000
    people": people employed are a count of jobs where the sentence makes them jobs made,
    lost or held; elsewhere ("3,000 people attended", "1.3 billion people") no figure.

    FORMAT: jobs created or lost are claims (unit ``jobs``)."""
    if q.category != "workforce":
        return q
    noun = view.tree.token(q.start, q.end)
    if noun is None:
        return None
    if job_word(job_words(noun), ("job_gains", "job_losses", "job_holds")) is not None:
        return replace(q, category="count", unit="jobs")
    if PEOPLE_OUT_OF_WORK.search(view.before(q.start, 60)):
        # "Unemployment rose by 5,000 people": people out of work, counted as such
        return replace(q, category="count", unit="people")
    return None


# The words that make people counted next to them people out of work (as quantities.py's
# people_levels do a bare number: "unemployment rose to 5.2 million").
PEOPLE_OUT_OF_WORK = re.compile(
    r"\b(?:unemployment|unemployed|jobless|out of work)\b(?:(?![,;:]\s).)*$", re.I
)


# "0.25% to 5.5%": the move, then the level the rate reached
RATE_MOVE_GAP = re.compile(r"\s+to\s+(?:(?:a|an)\s+)?(?:(?:new|record)\s+)?", re.I)
PRICE_RATE_CUE = re.compile(r"(?:consumer\s+)?prices?(?:\s+index)?", re.I)


def is_rate_move(view: SentenceView, q: Quantity) -> bool:
    """ "lifted interest rates 0.25% to 5.5%", "unemployment edged up 0.1% to 4.7%": a rate's
    move written with % before the level it reached is in percentage points (a move smaller
    than the level; "rose 10% to 5.5%" would be a relative change)."""
    if q.category != "percent":
        return False
    level = view.figure_index().first_from(q.end)
    if level is None or level.category != "percent" or q.value >= level.value:
        return False
    if RATE_MOVE_GAP.fullmatch(view.between(q.end, level.start)) is None:
        return False
    rate = nearest_rate_cue(view, q)
    if rate is None or rate.end > q.start:
        return False
    return PRICE_RATE_CUE.fullmatch(view.between(rate.start, rate.end)) is None


def change_by(view: SentenceView, q: Quantity) -> tuple[str, str] | None:
    """ "cut taxes by 6.5bn euros", "trim the subsidy, which ..., by $3bn": in the parse the
    figure is the object of "by" on a verb of change, however far from it; its direction and
    the verb."""
    figure = view.tree.token(q.start, q.end)
    if figure is not None and figure.dep_ == "pobj" and figure.head.lower_ == "of":
        noun = figure.head.head  # "cut tariffs by an average of 20 pct"
        if noun.lower_ in AVERAGE_NOUNS and noun.dep_ == "pobj":
            figure = noun
    if figure is None or figure.dep_ != "pobj" or figure.head.lower_ != "by":
        return None
    if LEVEL_REACHED.search(view.before(q.start, 12)):
        return None  # "dropped by nearly 5% to £13.1bn": a parse that joined the two
    verb = figure.head.head
    for _ in range(3):  # "cut imports from the West by 10 pct": "by" on the verb's object
        if is_verbal(verb) or verb.head.i == verb.i:
            break
        verb = verb.head
    for label in ("up", "down"):
        if word_set_regex(label).fullmatch(verb.text):
            return label, verb.text
    return None


# "by an average of 20 pct", "by a total of $3bn": how the size of the move is stated
AVERAGE_NOUNS = frozenset(frame_data()["average_nouns"])


def is_change_amount(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """ "rose 35.3 billion dlrs", "closed down 51 cents", "an $800bn rise": not "rose to $5bn"
    nor "below $40 a barrel"."""
    if view.between(cue.start, cue.end).lower() in ("above", "below", "less"):
        return False
    if cue.end <= q.start:
        gap = view.between(cue.end, q.start)
        if (
            q.category == "money"
            and view.between(cue.start, cue.end).lower() in cue_data()["raising_verbs"]
            and not BY_GAP.match(gap)
        ):
            return False  # "the sale raised $3bn", "duties raised $62bn": a sum collected
        return CHANGE_GAP_BEFORE.fullmatch(gap) is not None
    return CHANGE_GAP_AFTER.fullmatch(view.between(q.end, cue.start)) is not None


# Only "by" and hedges may stand between a change verb and its amount ("lost more than $2").
CHANGE_GAP_BEFORE = re.compile(
    r"\s*(?:(?:by|of)\s+)?(?:(?:some|about|around|nearly|almost|roughly|more than|over|under|"
    r"less than|just over|just under|up to|a further|another)\s+)?",
    re.I,
)
CHANGE_GAP_AFTER = re.compile(r"\s*", re.I)
BY_GAP = re.compile(r"\s*by\b", re.I)


def percent_kind(
    view: SentenceView,
    q: Quantity,
    direction: Cue | None,
    context_percent: tuple[str, str | None] | None = None,
) -> tuple[str, str | None, str]:
    measured, how = view.tree.measured(q.start, q.end)
    whole = economy_whole(view, q)
    if whole is not None and whole.dep_ != "pobj" or ratio_whole(view, q):
        # "exceeding one pct GNP", "reduce the ratio of debt to GNP to about 20 pct": a
        # share of the economy ("X% of GDP" is read below, as any share of a whole)
        return "share", None, f"dep:share-of:{whole.text if whole is not None else 'ratio'}"
    if how in ("off", "added-to"):
        # "knocked 0.5 points off GDP growth", "added 0.4 points to export growth"
        return "change", ("down" if how == "off" else "up"), f"dep:{how}"
    share = share_noun(measured)
    if share is not None and is_level_of(view, q):
        # "The US share of Chinese exports fell to 11.7%": the share's level
        return "share", None, f"dep:level-of:{share.text}"
    figure = view.tree.token(q.start, q.end)
    if (
        share is not None
        and figure is not None
        and figure.head.i == share.i
        and figure.dep_ in RATE_SIZE_DEPS
    ):
        # "Tesla held a 1.5% share of the market": the share the figure sizes
        return "share", None, f"dep:sizes:{share.text}"
    by_verb = change_by(view, q)
    if by_verb is not None:
        # "would cut global growth by 0.3 percentage points": the move the verb makes, before
        # any growth word its object is
        return "change", by_verb[0], f"dep:by:{by_verb[1]}"
    grown = growth_of(figure)
    if grown is not None:
        # "shrank 0.2% in the quarter, after growth of 0.5%": the growth the figure is of,
        # up whatever the clause's verb says
        return "change", grown, "dep:growth-of"
    growth = growth_direction(measured, economy=growing_country(view, measured))
    if growth is not None and growth[1] == "economy" and is_level_of(view, q):
        # "output is forecast to fall from 1.9% to 1.8%": the levels of its growth
        return "change", "up", "dep:economy-level"
    if growth is not None:
        # "grew at an annual rate of 3.8%", "growth slowed to 0.3%": growth, not a rate.
        return "change", growth[0], f"dep:{growth[1]}"
    levied = levying_verb(view, q)
    if levied is not None:
        # "Washington now charges 15% on Japanese cars, down from 27.5%": a tariff's rate
        return "rate", None, f"dep:levied:{levied}"
    threshold = sized_threshold(view, q)
    if threshold is not None:
        # "below the central bank's 3% target", "a ceiling of 2%": a level aimed at.
        return "rate", None, f"threshold:{threshold}"
    moved = change_noun(view, q)
    if moved is not None:
        # "three quarter-point rate rises", "a 0.5 percentage point cut": the figure sizes a
        # move, whatever rate it moved.
        return "change", moved[0], f"dep:mod:{moved[1]}"
    by_verb = change_by(view, q)
    if by_verb is not None:
        # "cut its benchmark rate by 25 basis points", "cut tariffs by an average of 20 pct":
        # the size of a move, whatever rate moved
        return "change", by_verb[0], f"dep:by:{by_verb[1]}"
    sized = sized_rate(view, q)
    if sized is not None:
        # "a 3% most-favoured-nation duty plus 20%", "raising its 4.4 pct tariff": the rate
        # the figure sizes, whatever verb of change stands near
        return "rate", None, f"dep:sizes-rate:{sized}"
    level = rate_level(view, q)
    if level is not None:
        # "will raise tariffs on US goods to as much as 25%", "the levy rose to 39%": the
        # level the rate the figure measures stands at, however far its word.
        return "rate", None, f"dep:rate-level:{level}"
    after = view.after(q.end, 20).lower()
    before = view.before(q.start, 60).lower()
    rate = nearest_rate_cue(view, q)
    if rate is not None and direction is not None and sizes_rate_word(view, q, rate, direction):
        # "a lower 10% rate", "the higher 25% tariff": a comparative qualifying the rate the
        # figure sizes is no move
        return "rate", None, f"dep:sizes:{view.between(rate.start, rate.end)}"
    if view.last_percent is not None and view.last_percent[0] == "change" and pace_of(view, q):
        # "sales were up 4.5%, down from an annual rate of 6%": the pace of the same change
        return (*view.last_percent, "like-previous-figure:pace")
    if rate is not None and rate.label != "tariff" and direction is None:
        # "Unemployment is currently at 8.2 pct of the workforce": a rate, not a share.
        return "rate", None, f"rate:{view.between(rate.start, rate.end)}"
    worth = value_moved(view.tree.token(q.start, q.end))
    if worth is not None:
        # "The dollar has lost 12% of its value": a move of the subject, not a share of it
        return "change", worth, "dep:value-moved"
    if re.match(r"\s*(?:of|of the|of its|of their|of total)\b", after) and not re.search(
        r"\bby\s+(?:\w+\s+)?$", before
    ):
        return "share", None, "share:of"
    is_level = LEVEL_BEFORE.search(before) is not None
    if rate is not None and (
        direction is None or is_level or not _closer(view, q, direction, rate)
    ):
        return "rate", None, f"rate:{view.between(rate.start, rate.end)}"
    if word_set_regex("share").search(before[-40:]) and direction is None:
        return "share", None, "share:cue"
    if direction is not None:
        return "change", direction.label, f"change:{view.between(direction.start, direction.end)}"
    by_verb = change_by(view, q)
    if by_verb is not None:
        # "cut imports from the West by about 10 pct": the verb of "by", however far
        return "change", by_verb[0], f"dep:by:{by_verb[1]}"
    if view.last_percent is not None:
        # "20.1% of Japan's trade, compared with 18.6% for the US": the same kind of figure.
        return (*view.last_percent, "like-previous-figure")
    if context_percent is not None and re.search(r"\bwith\s+$", before):
        # "In 2003, the US was ahead with 20.5%", after shares named the sentence before.
        return (*context_percent, "like-previous-sentence")
    reached = rate_reached(view, q)
    if reached is not None:
        # "raised interest rates five times, taking them to 4.75%": the level the rate the
        # sentence moved reached, not a move
        return "rate", None, f"level-of-rate:{view.between(reached.start, reached.end)}"
    earlier = nearest(
        view,
        q,
        view.direction_cues,
        limit=120,
        keep=lambda c: c.end <= q.start and not BOUND_WORDS.fullmatch(view.between(c.start, c.end)),
    )
    if earlier is not None and restates_move(view, q, earlier):
        # "the biggest fall was against the Swiss franc, 85.3 pct": the move the sentence
        # named before the figure, in a clause that holds both
        return "change", earlier.label, f"change-before:{view.between(earlier.start, earlier.end)}"
    balance = sized_balance(view, q)
    if balance is not None:
        # "a 3.1% current-account deficit", "a budget deficit of 5.8%": a balance given in
        # percent, with no move, is its share of the economy
        return "share", None, f"dep:sizes-balance:{balance.text}"
    if q.direction is not None:
        # "-26.7%" in a table of changes: a fall, by its sign
        return "change", q.direction, "change:signed"
    return "change", "up", "change:default"


def sized_balance(view: SentenceView, q: Quantity) -> Token | None:
    """The balance noun the figure sizes in the parse, as its modifier ("a 4.2% deficit")
    or its "of" object ("a deficit of 5.8%"), else None."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    head = figure.head
    if figure.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif figure.dep_ not in MODIFIER_DEPS:
        return None
    return head if head.lower_ in BALANCE_NOUNS else None


def sized_noun(view: SentenceView, q: Quantity) -> Token | None:
    """The noun the figure sizes in the parse: the head of its "of" ("a rise of 8.3%") or
    the noun it modifies ("a 3% pace")."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    if figure.dep_ == "pobj" and figure.head.lower_ == "of":
        return figure.head.head
    return figure.head if figure.dep_ in RATE_SIZE_DEPS else None


def pace_of(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure sizes a bare pace ("an annual rate of 6%", "a 3% pace"): in the
    parse, a "rate" or "pace" it is the "of" object or a modifier of, qualified by nothing
    but words of a time basis ("annual", "annualised")."""
    noun = sized_noun(view, q)
    if noun is None or noun.lower_ not in PACE_NOUNS:
        return False
    figure = view.tree.token(q.start, q.end)
    assert figure is not None  # it sizes the noun
    return all(
        c.dep_ in ("det", "prep", "punct") or (c.dep_ == "amod" and c.lower_ in PACE_BASES)
        for c in children(noun)
        if c.i != figure.i and not (c.dep_ == "prep" and c.lower_ == "of")
    )


PACE_NOUNS = frozenset({"rate", "pace", "rates"})
PACE_BASES = frozenset(
    {"annual", "annualised", "annualized", "yearly", "quarterly", "monthly", "seasonally"}
)


def restates_move(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """Whether, in the parse, the figure lies in the clause of the move word ``cue`` (its
    verb's, or for a noun its clause's), not in another clause."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(cue.start, cue.end)
    if figure is None or word is None:
        return False
    verb = climb_to_verb(word) or word
    return holds(verb, figure) and not in_other_clause(word, figure)


def restated_figure(view: SentenceView, q: Quantity) -> Quantity | None:
    """The figure this one restates in another unit ("617 points, or 2.4%", "$3bn (2.1
    billion euros)"): in the parse, the figure it is a conjunct or apposition of."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ not in ("conj", "appos"):
        return None
    head = figure.head
    return next(
        (o for o in view.figures_between(head.left_edge.idx, q.start)
         if o is not q and view.tree.token(o.start, o.end) == head and o.unit != q.unit),
        None,
    )  # fmt: skip


def restated_fraction(view: SentenceView, q: Quantity) -> Quantity | None:
    """The fraction word a percentage restates right after it, set off by a dash, a comma
    or "or" ("half of all households - some 47% -", "a third of exports, or 33%")."""
    if q.unit != "percent":
        return None
    before = view.figures_between(max(view.start, q.start - RESTATE_REACH), q.start)
    if not before or before[-1].category != "ratio" or before[-1].ratio_kind not in (None, "share"):
        return None
    fraction = before[-1]
    return fraction if RESTATE_GAP.fullmatch(view.between(fraction.end, q.start)) else None


RESTATE_REACH = 80  # "half of all Palestinians - some 47%": how far back the fraction is
RESTATE_GAP = re.compile(
    r"(?:\s+of\s+[^,;()\-\u2013\u2014]{1,40}?)?\s*(?:[-\u2013\u2014(,]|,?\s+or)\s*"
    r"(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under)\s+)?",
    re.I,
)


def rate_level(view: SentenceView, q: Quantity) -> str | None:
    """The rate word the figure measures in the parse, when the figure is the level it is
    at, goes to or comes from (the object of "to", "from", "at"), not the size of a move."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ != "pobj" or figure.head.lower_ not in LEVEL_PREPOSITIONS:
        return None
    framed = framed_cue(view, q, view.rate_cues)
    cue = framed[0] if framed is not None else rate_set_beyond(view, figure)
    return view.between(cue.start, cue.end) if cue is not None else None


def sized_rate(view: SentenceView, q: Quantity) -> str | None:
    """The tariff word a figure qualifies in the parse (:func:`sized_rate_word`: "the 20%
    reciprocal tariff", "a 3% most-favoured-nation duty"), else None."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or not figure.head.tag_.startswith("NN"):
        return None
    cue = sized_rate_word(view, figure)
    return view.between(cue.start, cue.end) if cue is not None and cue.label == "tariff" else None


def rate_set_beyond(view: SentenceView, figure: Token) -> Cue | None:
    """The rate word a verb sets to, or from, the figure when the parse hung the level on
    the noun of the verb's other phrase ("will raise tariffs on cars without a trade
    agreement to 50%"): the verb's object."""
    verb = level_verb_beyond(figure)
    if verb is None:
        return None
    for word in children(verb):
        if word.dep_ in ("dobj", "nsubjpass"):
            lo, hi = word.idx, word.idx + len(word)
            near = view.near(view.rate_cues, lo, hi)
            cue = next((c for c in near if c.start < hi and lo < c.end), None)
            if cue is not None:
                return cue
    return None


def level_verb_beyond(figure: Token) -> Token | None:
    """The verb whose phrase's noun the parse hung a level on ("raise tariffs without an
    agreement to 50%": "agreement" holds "to 50%", "raise" holds "without"), else None."""
    if figure.dep_ != "pobj" or figure.head.lower_ not in LEVEL_PREPOSITIONS:
        return None
    noun = figure.head.head  # the word "to" hangs from
    if not noun.tag_.startswith("NN") or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    return verb if noun.head.dep_ == "prep" and is_verbal(verb) else None


LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})


def share_noun(measured: Token | None) -> Token | None:
    """The noun of a part the figure measures: the measured word ("its share rose to 9%"),
    or the one whose "of" object it is ("the share of Chinese exports fell to 11.7%")."""
    if measured is None:
        return None
    if measured.lower_ in SHARE_NOUNS:
        return measured
    if measured.dep_ == "pobj" and measured.head.lower_ == "of":
        owner = measured.head.head
        return owner if owner.lower_ in SHARE_NOUNS else None
    return None


def is_level_of(view: SentenceView, q: Quantity) -> bool:
    """A figure a thing stands at, moves to or from ("fell to 11.7%", "from 1.9% to 1.8%",
    "stood at 3%"), not the size of a move ("fell 2%", "fell by 2%")."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return False
    if figure.dep_ == "pobj" and figure.head.lower_ in ("to", "from", "at"):
        return True
    # "from 1.9% to 1.8%": the parse may hang the second figure on the first's "to"
    return (
        figure.dep_ in ("pobj", "conj")
        and LEVEL_REACHED.search(view.before(q.start, 12)) is not None
    )


def sized_threshold(view: SentenceView, q: Quantity) -> str | None:
    """The word of a level set or aimed at that the figure sizes in the parse ("the 3%
    target", "a 2-3% target range", "a ceiling of 2%"), else None."""
    token = view.tree.token(q.start, q.end)
    for _ in range(2):
        if token is None or token.head.i == token.i:
            return None
        head = token.head
        noun = head.head if token.dep_ == "pobj" and head.lower_ == "of" else head
        if token.dep_ in (*MODIFIER_DEPS, "pobj") and noun.lower_ in THRESHOLD_NOUNS:
            if any(c.lower_ in GROWTH_NOUNS for c in children(noun)):
                return None  # "its 1.4% growth target": growth aimed at, a change
            return str(noun.text)
        if token.dep_ not in MODIFIER_DEPS:
            return None
        token = head
    return None


def change_noun(view: SentenceView, q: Quantity) -> tuple[str, str] | None:
    """The direction and word of a noun of change the figure modifies in the parse ("a 5%
    rise", "quarter-point rate cuts"), else None."""
    token = view.tree.token(q.start, q.end)
    for _ in range(3):
        if token is None or token.dep_ not in MODIFIER_DEPS or not is_noun_like(token.head):
            return None
        token = token.head
        for label in ("up", "down"):
            if word_set_regex(label).fullmatch(token.text):
                return label, token.text
    return None


# "eased to 2.4%", "stood at 8.2 pct", "a rate of 50%": the figure is a level, not a change.
LEVEL_BEFORE = re.compile(r"\b(?:to|at|of)\s+(?:(?:about|around|nearly|some|just)\s+)?$", re.I)


def rate_after_points(view: SentenceView, q: Quantity, previous: Claim) -> bool:
    """Whether the figure is a percent level ("to 3%", "at 4.75%") right after a move in
    percentage points, in a sentence with a rate word before it."""
    return (
        previous.kind == "change"
        and previous.unit == "pp"
        and q.category == "percent"
        and LEVEL_BEFORE.search(view.before(q.start, 30)) is not None
        and any(c.end <= q.start for c in view.rate_cues)
    )


def taxes_goods(view: SentenceView, q: Quantity, measured: Token) -> bool:
    """A figure of goods that a verb of taxing has as object ("tax a further $325bn of
    imports", "will tariff $50bn of Chinese products")."""
    if measured.lower_ not in TAXING_VERBS:
        return False
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ != "dobj" or figure.head.i != measured.i:
        return False
    return any(
        names_goods(view, g) for p in children(figure) if p.lower_ == "of" for g in children(p)
    )


TAXING_VERBS = frozenset({"tax", "taxes", "taxed", "taxing", "tariff", "tariffs", "tariffed"})


def levying_verb(view: SentenceView, q: Quantity) -> str | None:
    """A percentage a verb of levying takes as object, with an "on" naming goods or a place
    ("charges 15% on Japanese cars", "will levy 25% on steel from China", "down from
    27.5%" after such a figure): the verb."""
    if q.category != "percent":
        return None
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    if figure.dep_ == "pobj" and figure.head.lower_ == "from":
        # "down from 27.5%": the level the rate came from, on the same verb
        figure = figure.head.head
        if figure.dep_ in ("advmod", "npadvmod", "prep", "advcl") or figure.tag_ == "RB":
            figure = figure.head
    verb = figure.head if figure.dep_ in ("dobj", "npadvmod", "advmod") else figure
    if verb.lower_ not in LEVYING_VERBS:
        return None
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "on":
            for obj in children(prep):
                if obj.dep_ == "pobj" and (
                    names_goods(view, obj)
                    or any(
                        p.start <= w.idx < p.end
                        for w in FigureFrame.words(obj)
                        for p in view.places
                    )
                ):
                    return verb.text
    return None


LEVYING_VERBS = frozenset(frame_data()["levying_verbs"])


def sizes_rate_word(view: SentenceView, q: Quantity, rate: Cue, direction: Cue) -> bool:
    """Whether the parse makes the figure a modifier of the rate word that the direction
    word qualifies too ("a lower 10% rate"; not "cut the 10% rate", a verb's move)."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ not in RATE_SIZE_DEPS:
        return False
    head = figure.head
    return rate.start <= head.idx < rate.end and any(
        c.dep_ == "amod" and direction.start <= c.idx < direction.end for c in children(head)
    )


RATE_SIZE_DEPS = ("compound", "nummod", "amod", "nmod", "npadvmod")


def tariff_kind_rate(view: SentenceView, cue: Cue, context: ArticleContext) -> bool:
    """A "rate" a word of a kind of tariff qualifies ("the anti-dumping rate", "a reciprocal
    rate", "the duty rate"), or a bare one in the sentence after a tariff's rate ("... a 39%
    tariff. At 39%, ... the 39% rate is a blow")."""
    if view.between(cue.start, cue.end).lower() not in ("rate", "rates"):
        return False
    if TARIFF_KIND_BEFORE.search(view.before(cue.start, 40)):
        return True
    word = view.tree.token(cue.start, cue.end)
    bare = word is not None and not rate_qualified(view, word, ("compound", "amod", "poss", "nmod"))
    return bare and context.sentence - context.tariff_rate_sentence <= METRIC_WINDOW


# Words of a kind of tariff that qualify a "rate".
TARIFF_KIND_BEFORE = re.compile(
    r"\b(?:anti-?dumping|countervailing|reciprocal|retaliatory|punitive|duty|tariff|customs|"
    r"most-favou?red-nation|mfn|ad\s+valorem)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def bare_rate_beside_tariff(view: SentenceView, cue: Cue) -> bool:
    """A "rate" no word qualifies as another rate's, in a sentence that names tariffs ("the
    10% rate gave way to 50% duties", "tariffs rose from a 2% average rate")."""
    if view.between(cue.start, cue.end).lower() not in ("rate", "rates"):
        return False
    word = view.tree.token(cue.start, cue.end)
    if word is not None and rate_qualified(view, word, ("compound", "amod")):
        return False
    return any(c.label == "tariff" for c in view.rate_cues)


def rate_qualified(view: SentenceView, word: Token, deps: tuple[str, ...]) -> bool:
    """Whether a child of the rate word ``word`` by one of ``deps`` says which rate it is:
    not a size adjective ("a lower 10% rate") nor the figure itself ("a 10% rate")."""
    return any(
        c.dep_ in deps
        and c.lower_ not in SIZE_ADJECTIVES
        and not any(f.start <= c.idx < f.end for f in view.figure_index().near(c.idx, c.idx))
        for c in children(word)
    )


# Adjectives that size a rate without saying which it is ("a lower 10% rate")
SIZE_ADJECTIVES = frozenset(frame_data()["size_adjectives"])


def rate_on_goods(view: SentenceView, cue: Cue) -> bool:
    """A plain rate whose "on" names traded goods ("a 15% rate on most of its goods",
    "a rate of 10% on imports from Mexico", "rates on Swiss watches"): a tariff rate."""
    word = view.tree.token(cue.start, cue.end)
    if word is None or word.lower_ not in ("rate", "rates"):
        return False
    holders = [word]
    holders += [g for p in children(word) if p.lower_ == "of" for g in children(p)]  # "of 6%"
    if word.dep_ in ("dobj", "nsubjpass"):
        holders.append(word.head)  # "set a rate of 6% on imports"
    for prep in (c for holder in holders for c in children(holder)):
        if prep.dep_ == "prep" and prep.lower_ == "on":
            for obj in children(prep):
                target = obj
                if obj.lower_ in ("most", "all", "some", "much", "many") or obj.tag_ == "CD":
                    of = [g for p in children(obj) if p.lower_ == "of" for g in children(p)]
                    target = of[0] if of else obj
                if obj.dep_ == "pobj" and (
                    names_goods(view, target)
                    or any(p.start <= target.idx < p.end for p in view.places)
                ):
                    return True
    return False


GOODS_WORDS = frozenset(frame_data()["goods_nouns"])


def names_goods(view: SentenceView, word: Token) -> bool:
    """Whether a word names traded goods: a goods noun ("imports", "products") or a sector
    word the sentence's sector mentions cover ("steel", "Japanese cars")."""
    return word.lower_ in GOODS_WORDS or any(s.start <= word.idx < s.end for s in view.sectors)


def rate_reached(view: SentenceView, q: Quantity) -> Cue | None:
    """The last rate word before a figure that "to" or "at" introduces ("raised interest
    rates five times, taking them to 4.75%"), however far: the rate whose level it is."""
    if not re.search(r"\b(?:to|at)\s+$", view.before(q.start, 8)):
        return None
    return next((c for c in reversed(view.rate_cues) if c.end <= q.start), None)


def nearest_rate_cue(view: SentenceView, q: Quantity) -> Cue | None:
    figure = view.tree.token(q.start, q.end) if view.rate_cues else None
    sized = sized_rate_word(view, figure) if figure is not None else None
    if sized is not None:
        return sized  # "a 25% retaliatory tariff": the rate word the figure qualifies
    found: Cue | None = nearest(view, q, view.rate_cues, limit=45)
    return rate_set_beyond(view, figure) if figure is not None and found is None else found


def sized_rate_word(view: SentenceView, figure: Token) -> Cue | None:
    """The rate word a figure qualifies in the parse ("a 25% retaliatory tariff", "a 3%
    most-favoured-nation duty"), whatever stands between them, else None."""
    if figure.dep_ not in ("compound", "nummod", "amod", "nmod") or figure.head.i < figure.i:
        return None
    head = figure.head
    lo, hi = head.idx, head.idx + len(head)
    return next((c for c in view.near(view.rate_cues, lo, hi) if c.start < hi and lo < c.end), None)


def _closer(view: SentenceView, q: Quantity, a: Cue, b: Cue) -> bool:
    return distance(view, q, a.start, a.end) < distance(view, q, b.start, b.end)


# --- metric -----------------------------------------------------------------------------


def decide_metric(
    view: SentenceView,
    q: Quantity,
    kind: str,
    cue: Cue | None,
    context: ArticleContext,
    how: str = "cue",
) -> MetricDecision:
    """The metric and, for a balance, whether it is a surplus or a deficit.

    ``cue`` (:func:`metric_cue`: the word the figure measures, else the nearest cue; ``how``
    says which) decides; failing one, the metric of the figure before (a sentence that goes
    on about the same thing).
    """
    if kind == "rate":
        if cue is None and view.last_rate is not None and q.category != "fx":
            # "Tariffs averaged 17.9%, up from 2.4%": the rate the sentence is on
            return MetricDecision(view.last_rate, None, "rate:previous-figure")
        return rate_metric(view, q, cue, context)
    if cue is not None and cue.label == "sales" and public_revenue(view, cue):
        # "The 1987/88 budget assumes oil revenues of 6.9 trillion rupiah": the state's
        # revenue, no firm's sales (FORMAT: budget figures are other)
        return MetricDecision(
            "other", None, f"dep:public-revenue:{view.phrase(cue.start, cue.end)}"
        )
    if cue is not None and cue.label == "price" and goods_stocks(view, cue):
        # "EU butter stocks stood at 1.3 mln tonnes, down about 10 pct": goods held in store,
        # not shares traded
        return MetricDecision("other", None, f"dep:goods-stocks:{view.phrase(cue.start, cue.end)}")
    whole = economy_whole(view, q) if kind == "share" else None
    if whole is not None:
        # FORMAT: a share of GDP has the part's metric, not the whole's: "a current-account
        # deficit of 3% of GDP" is balance, "public debt at 120% of GDP" other.
        return part_metric(view, q, whole, context)
    traded = traded_whole(view, q) if kind == "share" else None
    if traded is not None:
        # "China bought roughly a third of Brazil's exports": a share of a trade flow is of
        # that flow, whatever the verb that takes it
        words = view.phrase(traded.start, traded.end)
        return MetricDecision(traded.label, traded.extra, f"dep:share-of:{words}", named=True)
    if q.category == "count" and q.unit not in cue_data()["goods_units"]:
        framed = framed_cue(view, q, view.metric_cues)
        if framed is None or framed[0].label not in TRADE_METRICS:
            # "3,600 trade agents", "1.5 million jobs"; not "coffee exports totalled 1.2
            # mln bags": goods in a unit the lexicon lacks, counted as what the figure
            # measures in the parse.
            return MetricDecision("other", None, f"count-of:{q.unit}")
    per_unit = PER_UNIT_PRICE.match(view.after(q.end, 30)) if q.category == "money" else None
    if per_unit is not None and (cue is None or cue.label not in ("price", "tariff")):
        # "at a discount of about 40 dlrs a tonne", "currently 1.30 dlrs per lb": money per
        # unit of a good is its price
        return MetricDecision("price", None, f"per-unit:{per_unit.group(1)}")
    moved = points_moved(view, q)
    if moved is not None:
        # "It equalled 5.2% of GDP, up 0.7 percentage points on the year before": a move in
        # points beside a percent figure is that figure's move, of its metric
        return moved._replace(rule=f"dep:points-of:{moved.rule}")
    sibling = sibling_metric(view, q)
    if sibling is not None:
        # "Ecuador sold 16.1 mln barrels of crude and 2.3 mln barrels of products, compared
        # with 32 mln and 2.7 mln": figures side by side or compared are of one metric
        rule = sibling.rule.removeprefix("dep:").removeprefix("sibling:")
        return sibling._replace(rule=f"dep:sibling:{rule}")
    if kind == "share" and foreign_goods_share(view, q):
        # "Foreign-made chips took 8.5 pct of the Japanese market": imports' share of it
        return MetricDecision("imports", None, "dep:foreign-goods-share", named=True)
    measured, how_measured = view.tree.measured(q.start, q.end)
    if (
        kind == "change"
        and measured is not None
        and is_currency_word(measured)
        and (cue is None or cue.label in ("other", "price"))
    ):
        # FORMAT: a currency's move is price ("the dinar fell by 73.1 pct").
        return MetricDecision("price", None, f"currency-move:{measured.text}")
    mover = currency_of_move(view, q) if kind == "change" else None
    if mover is not None:
        # "the mark's rise of some 25 pct against the dollar": a move a currency owns
        return MetricDecision("price", None, f"currency-move:{mover.text}", currency_owned=True)
    if kind == "amount" and measured is not None and taxes_goods(view, q, measured):
        # "threatened to tax a further $325bn of imports": goods a tariff covers
        return MetricDecision(
            "imports", None, f"tariff-covers:{measured.text}", named=True, covered=True
        )
    if measured is not None and how_measured == "verb" and central_bank_deal(measured):
        # "the Bundesbank bought around 200 mln dlrs": a currency intervention, no trade
        return MetricDecision("other", None, f"dep:central-bank:{measured.text}")
    if measured is not None and how_measured == "verb" and goods_earned(view, measured):
        # "Electronics, the top export category, earned $105.7bn": goods' earnings are
        # their exports
        return MetricDecision("exports", None, f"dep:goods-earned:{measured.text}", named=True)
    if measured is not None and sold_abroad(view, measured):
        # "Brazil sold $2.1bn of beef abroad", "firms sell 40% of their output overseas"
        return MetricDecision("exports", None, f"dep:sold-abroad:{measured.text}", named=True)
    if measured is not None and sales_to_place(view, measured, context, cue):
        # "Sales to other European Union countries climbed 8.3%": a country's sales abroad
        return MetricDecision("exports", None, f"dep:sales-to:{measured.text}", named=True)
    seller = (
        view.tree.token(cue.start, cue.end) if cue is not None and cue.label == "sales" else None
    )
    if seller is not None and seller is not measured and sales_to_place(view, seller, context):
        # "Sales to the US almost doubled, a 99.8% rise", "US-bound sales slowed to a 4.1%
        # gain": the move of a country's sales abroad the clause names
        return MetricDecision("exports", None, f"dep:sales-to:{seller.text}", named=True)
    market = market_bought(view, q, cue, context)
    if market is not None:
        # "The US, its biggest customer, bought goods worth 161bn euros": what a market said
        # to be the owner's buys is the owner's exports to it
        return MetricDecision("exports", None, f"dep:market-buys:{market}")
    taken = taken_by(view, q, context) if measured is not None else None
    if taken is not None:
        # "Brazil's soybean exports rose. China took 73% of the cargoes": what a country
        # takes of another's exports is that one's exports
        return MetricDecision("exports", None, f"dep:taken-by:{taken[0].text}")
    if (
        measured is not None
        and context.firm_sentence != context.sentence
        and commodity_earnings(view, measured)
    ):
        # "Earnings from rubber rose 8.5 pct", "tea earnings slipped 7.5 pct": what a
        # commodity earns abroad, no firm's, is its exports
        return MetricDecision("exports", None, f"dep:commodity-earns:{measured.text}", named=True)
    earner = view.tree.token(cue.start, cue.end) if cue is not None else None
    if (
        earner is not None
        and earner is not measured
        and context.firm_sentence != context.sentence
        and commodity_earnings(view, earner)
    ):
        # "Earnings from the main commodities were: crude oil 1.58 billion, palm oil ...": a
        # table of what the commodities earned abroad
        return MetricDecision("exports", None, f"dep:commodity-earns:{earner.text}", named=True)
    if measured is not None and sells_commodity(view, q, measured, how_measured, context):
        # "Ecuador sold 16.1 mln barrels of crude", "Australia's iron ore earnings fell
        # 19%": a country selling a commodity is exporting it.
        return MetricDecision("exports", None, f"dep:country-sells:{measured.text}", named=True)
    if (
        measured is not None
        and (cue is None or cue_on(view, [cue], measured) is not None)
        and growing_country(view, measured)
    ):
        # "France grew 0.8% in the quarter, while Germany shrank 0.2%": a country's growth
        return MetricDecision("gdp", None, f"dep:economy-subject:{measured.text}")
    if (
        cue is None
        and measured is not None
        and measured.lower_ in ("it", "its")
        and context.sentence - context.economy_sentence == 1
        and growth_verb(measured) is not None
    ):
        # "The UK economy slowed in the third quarter. It expanded by 0.4%": the economy
        return MetricDecision("gdp", None, f"dep:pronoun-economy:{measured.text}")
    if cue is None and measured is not None and commodity_quote(view, q, measured, how_measured):
        # "Light crude for September delivery settled 82 cents higher at $65.80": a
        # commodity's price, in money without a scale
        return MetricDecision("price", None, f"dep:commodity-quote:{measured.text}")
    if (
        cue is None
        and kind == "change"
        and measured is not None
        and measured.lower_ == "it"
        and how_measured in SUBJECT_DEPS
        and context.sentence - context.currency_sentence == 1
    ):
        # "The dollar has weakened sharply. It has lost 7% this year": the currency's move
        return MetricDecision("price", None, "dep:pronoun-currency:it", currency_owned=True)
    if (
        measured is not None
        and how_measured == "verb"
        and measured.lower_ in VEHICLE_SALE_VERBS
        and q.unit == "vehicles"
    ):
        # "Volkswagen registered 56,201 new cars", "Tesla delivered 95,200 vehicles": the
        # vehicles a seller registers or delivers are its sales
        return MetricDecision("sales", None, f"dep:vehicles-sold:{measured.text}", named=True)
    if (
        measured is not None
        and how_measured == "verb"
        and measured.lower_ in SUPPLYING_VERBS
        and (cue is None or cue.label not in TRADE_METRICS)
        and clause_subject_place(view, measured) is not None
    ):
        # "Brazil supplies 86% of China's soybeans", "Argentina supplied 1.17 million
        # tonnes": what a country supplies is its buyer's imports from it; supplied "to" a
        # country ("offered to supply 120,000 barrels a month to China"), its exports
        buyer = first_place(view, prep_objects(measured, "to"), world=False)
        metric = "exports" if buyer is not None else "imports"
        return MetricDecision(metric, None, f"dep:supplied:{measured.text}", named=True)
    if cue is None and measured is not None and own_verb_object(measured, how_measured):
        # "The junta wants another $1.5bn for its campaign": the object of a verb that neither
        # moves, trades nor states a level is no figure of the metric spoken of before
        return MetricDecision("other", None, f"dep:object-of:{measured.text}")
    if cue is None:
        recent = context.sentence - context.metric_sentence <= METRIC_WINDOW
        metric = context.metric if recent and context.metric else "other"
        sign = context.sign if metric == "balance" else None
        return MetricDecision(metric, sign, "previous-figure" if metric != "other" else "default")
    word = view.between(cue.start, cue.end)
    if kind == "change" and is_currency_move(view, cue):
        # FORMAT: a currency's move against another is change/price.
        return MetricDecision("price", None, f"currency-move:{word}")
    if (
        cue.label == "tariff"
        and kind == "amount"
        and TARIFF_COVERS.search(view.before(q.start))
        and not (measured is not None and measured.lower_ in MEASURE_NOUNS)
    ):
        # "tariffs on $250 billion of Chinese goods": the goods are the imposer's imports;
        # not "receipts hit $31.4 billion", money the tariffs raised
        return MetricDecision("imports", None, f"tariff-covers:{word}", named=True, covered=True)
    public = public_balance(view, cue, context)
    if public is not None:
        return public
    if (
        cue.label == "production"
        and measured is not None
        and context.sentence - context.economy_sentence == 1
        and output_qualified(view, q, measured) == "bare"
    ):
        # "West German GDP fell 0.5 pct ... Compared with a year ago, output was up 1.2 pct"
        return MetricDecision("gdp", None, f"dep:output-after-economy:{measured.text}")
    sign = cue.extra
    if cue.label == "balance" and sign is None:
        sign = nearest_sign(view, q)
    return cue_metric(view, cue, how, sign)


def public_balance(view: SentenceView, cue: Cue, context: ArticleContext) -> MetricDecision | None:
    """A bare balance word (:func:`bare_balance`) that is the public finances', by its
    sentence or the one before, or a balance word of an article on them
    (:func:`article_fiscal_balance`); None for any other cue."""
    if cue.label != "balance":
        return None
    if not bare_balance(view, cue):
        return article_fiscal_balance(view, cue, context)
    word = view.between(cue.start, cue.end)
    if says_public_finances(view) and not any(
        fiscal_cue(view, c) for c in view.metric_cues if c is not cue
    ):
        # "Farm spending ... will exceed 23 billion ECUs, leaving a shortfall of some 5
        # billion": a bare balance in a sentence on the budget and naming no trade; not one
        # set beside the budget's own balance ("the deficit will exceed the budget deficit")
        return MetricDecision("other", None, f"fiscal:sentence:{word}")
    if context.sentence - context.fiscal_sentence <= METRIC_WINDOW:
        # "France's budget deficit will narrow to 5.4% of GDP. The shortfall reached
        # 169.6bn euros in 2024": the public finances' balance spoken of before
        return MetricDecision("other", None, f"fiscal:previous-figure:{word}")
    return article_fiscal_balance(view, cue, context)


def article_fiscal_balance(
    view: SentenceView, cue: Cue, context: ArticleContext
) -> MetricDecision | None:
    """A balance word that says nothing of trade ("the deficit", "Germany's deficit", "its
    shortfall") in an article whose balances so far were all the public finances' ("budget
    deficits above the limit of 3% of GDP"): the public finances' too. None once the
    article has given an external balance."""
    if (
        context.fiscal_balances == 0
        or context.external_balances > 0
        or not bare_balance(view, cue, owned=True)
    ):
        return None
    return MetricDecision("other", None, f"fiscal:article:{view.between(cue.start, cue.end)}")


def cue_metric(view: SentenceView, cue: Cue, how: str, sign: str | None) -> MetricDecision:
    """The metric a cue names, with its balance sign; a balance word the public finances
    qualify is other (FORMAT: budget deficits and surpluses, whatever their word)."""
    word = view.between(cue.start, cue.end)
    if cue.label == "balance" and fiscal_cue(view, cue):
        return MetricDecision("other", None, f"fiscal:{word}")
    return MetricDecision(cue.label, sign, f"{how}:{word}", named=True)


def traded_whole(view: SentenceView, q: Quantity) -> Cue | None:
    """The trade cue a share is the "of" object of in the parse ("a third of Brazil's
    exports", "60% of U.S. soybean exports"), else None."""
    figure = view.tree.token(q.start, q.end)
    for obj in prep_objects(figure, "of") if figure is not None else ():
        lo, hi = obj.idx, obj.idx + len(obj)
        near = view.near(view.metric_cues, lo, hi)
        cue = next((c for c in near if c.start < hi and lo < c.end), None)
        if cue is not None and cue.label in ("exports", "imports", "trade"):
            return cue
    return None


def economy_whole(view: SentenceView, q: Quantity) -> Token | None:
    """The word of the economy a share is of ("3.2% of GDP", "20 pct of gross national
    product"), in the parse: the figure's "of" object. None for other shares."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    if figure.dep_ in ("compound", "nummod") and figure.head.lower_ in ECONOMY_WHOLES:
        return figure.head  # "exceeding one pct GNP"
    ratio = ratio_to_economy(figure)
    if ratio is not None:
        return ratio
    for prep in children(figure):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for whole in children(prep):
                if whole.dep_ == "pobj" and whole.lower_ in ECONOMY_WHOLES:
                    return whole
                if (
                    whole.dep_ == "pobj"
                    and whole.lower_ == "output"
                    and any(c.lower_ in ("economic", "national") for c in children(whole))
                ):
                    return whole  # "4.5% of economic output"
    return None


def ratio_to_economy(figure: Token) -> Token | None:
    """The economy a ratio the figure is the level of is taken to ("reduce the ratio of
    foreign debt to the country's GNP to about 20 pct"): in the parse, the figure is the
    "to", "from" or "at" object of a verb whose object is a ratio, and the verb's or the
    ratio's other "to" names the economy."""
    prep = figure.head
    if figure.dep_ != "pobj" or prep.lower_ not in ("to", "from", "at"):
        return None
    verb = prep.head
    ratios = [r for r in ratio_objects(verb) if r.lower_ in RATIO_NOUNS]
    if not ratios:
        return None
    for holder in (verb, ratios[0]):
        for other in children(holder):
            if other.dep_ == "prep" and other.lower_ == "to" and other.i != prep.i:
                whole = next((w for w in children(other) if w.dep_ == "pobj"), None)
                if whole is not None and whole.lower_ in ECONOMY_WHOLES:
                    return whole
    return None


def ratio_whole(view: SentenceView, q: Quantity) -> bool:
    figure = view.tree.token(q.start, q.end)
    return figure is not None and ratio_to_economy(figure) is not None


def ratio_objects(verb: Token) -> list[Token]:
    """The subjects and objects of ``verb`` that are ratio words, read once per verb (one
    verb may hold thousands of figures)."""
    cache: dict[int, list[Token]] = verb.doc.user_data.setdefault(RATIO_KEY, {})
    found = cache.get(verb.i)
    if found is None:
        found = cache[verb.i] = [
            c
            for c in children(verb)
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in RATIO_NOUNS
        ]
    return found


RATIO_KEY = "tradeclaims.ratio-objects"
RATIO_NOUNS = frozenset({"ratio", "ratios", "proportion"})
# What "X% of ..." names as the whole economy ("of GDP", "of gross national product").
ECONOMY_WHOLES = frozenset({"gdp", "gnp", "product", "economy"})


def part_metric(
    view: SentenceView, q: Quantity, whole: Token, context: ArticleContext
) -> MetricDecision:
    """The metric of the part a share of the economy measures: the cue on the word the
    figure measures, when it is not the whole itself; else other."""
    lo, hi = whole.left_edge.idx, whole.right_edge.idx + len(whole.right_edge)
    cues = [c for c in view.metric_cues if c.end <= lo or c.start >= hi]
    framed = framed_cue(view, q, cues)
    if framed is None:
        # "The current account deficit equalled 4.5% of GDP": the cue the figure's clause
        # opens with.
        before = nearest(view, q, cues, limit=80, keep=lambda c: c.end <= q.start)
        framed = (before, "cue") if before is not None else None
    if framed is None and context.sentence - context.metric_sentence <= METRIC_WINDOW:
        carried = part_carried(view, q, context)
        if carried is not None and context.metric is not None:
            # "The deficit hit $609bn. It amounted to 5.2% of GDP": the part is the figure
            # spoken of before
            return MetricDecision(context.metric, context.sign, f"share-of:previous-{carried}")
    if framed is None or framed[0].label == "gdp":
        return MetricDecision("other", None, f"share-of:{whole.text}")
    cue, how = framed
    public = public_balance(view, cue, context)
    if public is not None:
        return public  # "its deficit would reach 4.3% of GDP, breaching the budget rules"
    return cue_metric(view, cue, how, cue.extra if cue.label == "balance" else None)


def part_carried(view: SentenceView, q: Quantity, context: ArticleContext) -> str | None:
    """What names a share of the economy's part as the figure before: a pronoun subject
    ("It equalled 3% of GDP"), or a bare balance word after a balance ("The gap was equal
    to 5.7% of GDP"); None when the figure before is no part of the economy's (GDP or
    other figures)."""
    if context.metric in (None, "other", "gdp"):
        return None
    if refers_back(view, q):
        return "figure"
    noun, how = view.tree.measured(q.start, q.end)
    if (
        noun is not None
        and how in SUBJECT_DEPS
        and context.metric == "balance"
        and noun.lower_ in BALANCE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(noun))
    ):
        return "balance"
    return None


@cache
def currency_words() -> frozenset[str]:
    words = set(cue_data()["currency_countries"]) | set(cue_data()["currency_words"])
    return frozenset(w for w in words if " " not in w)


def currency_of_move(view: SentenceView, q: Quantity) -> Token | None:
    """The currency owning the move the figure sizes ("the mark's rise of some 25 pct", "the
    currency's 19 pct fall"), in the parse: the figure's "of" head or the noun it modifies
    is a word of move whose possessor is a currency word."""
    noun = sized_noun(view, q)
    if noun is None or noun.lower_ not in FRAME_NOUNS:
        return None
    return next(
        (
            c
            for c in children(noun)
            if c.dep_ == "poss" and (is_currency_word(c) or c.lower_ in ("currency", "unit"))
        ),
        None,
    )


def is_currency_word(token: Token) -> bool:
    """A currency named by one word ("the dinar", "the won"), as a noun."""
    return token.tag_.startswith("NN") and token.lower_ in currency_words()


# Nouns that stand for a country as a verb's subject ("the Southeast Asian nation sold ...").
COUNTRY_NOUNS = frozenset({"nation", "country", "economy", "kingdom", "republic", "state"})


def sold_abroad(view: SentenceView, verb: Token) -> bool:
    """A verb of selling the parse qualifies with "abroad" or "overseas" ("sold $2.1bn of
    beef abroad"), a country's selling to a place ("the nation sold $119bn of goods to
    America"), or a country's (or its sellers') selling in another ("German carmakers sell a
    third of their vehicles in China"); a firm's sales to a place stay sales."""
    if word_set_regex("country_sales").fullmatch(verb.text) is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("abroad", "overseas") for c in children(verb)):
        return True
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "American farmers, who sold $12bn of soybeans to China"
    home = first_place(view, [subject], world=False)
    places = places_after(view, verb, ("to", "in"))
    if places.get("to") is not None:
        return subject.lower_ in COUNTRY_NOUNS or home is not None
    # "German carmakers sell a third of their vehicles in China": a country's sellers, or the
    # country, selling in another country
    market = places.get("in")
    return market is not None and home is not None and market.code not in (home.code, "WLD")


def places_after(
    view: SentenceView, word: Token, prepositions: tuple[str, ...]
) -> dict[str, PlaceMention | None]:
    """The first place each of ``prepositions`` on ``word`` names in the parse ("sold ... to
    America", "sales to Japan", "sell ... in China"), by preposition."""
    preps = own_prepositions(word) + [c for c in children(word) if c.dep_ == "dative"]
    return {
        prep.lower_: first_place(view, children(prep))
        for prep in preps
        if prep.lower_ in prepositions
    }


def sales_to_place(
    view: SentenceView, noun: Token, context: ArticleContext, cue: Cue | None = None
) -> bool:
    """A noun of selling whose own "to" names a place ("sales to other EU countries",
    "shipments to Japan"), or a "those" standing for one ("Sales to the UAE climbed 24.3% and
    those to China rose 33%"), owned by no firm: a country's exports. Not "Volkswagen's sales
    to China", nor in a sentence about a firm."""
    said = noun
    if noun.lower_ in ("those", "that") and cue is not None and cue.end <= noun.idx:
        said = view.tree.token(cue.start, cue.end) or noun  # the noun "those" stands for
    if word_set_regex("country_sales").fullmatch(said.text) is None or not said.tag_.startswith(
        "NN"
    ):
        return False
    if context.firm_sentence == context.sentence:
        return False
    to_place = places_after(view, noun, ("to",)).get("to")
    if to_place is None and noun.dep_ == "dobj" and is_verbal(noun.head):
        # "has cut U.S. beef sales to China by 60%": the parse hung the "to" on the verb
        to_place = places_after(view, noun.head, ("to",)).get("to")
    if to_place is None and not sold_to_group(noun) and not bound_for_place(view, noun):
        return False
    owners = [c for c in children(noun) if c.dep_ in ("poss", "compound")]
    # a place, the country, or the goods ("U.S. beef sales to China"); not a firm
    return all(
        first_place(view, [o], world=False) is not None
        or o.lower_ in COUNTRY_NOUNS
        or any(s.start < o.idx + len(o) and o.idx < s.end for s in view.sectors)
        for o in owners
    )


def bound_for_place(view: SentenceView, noun: Token) -> bool:
    """ "Vietnam-bound sales", "US-bound shipments": a modifier of the noun that names a
    place the goods are bound for (:func:`~extractor.nlp.roles.place_role` "to")."""
    for word in children(noun):
        if word.dep_ not in ("amod", "compound", "npadvmod"):
            continue
        lo, hi = word.left_edge.idx, word.idx + len(word)
        if any(lo <= p.start < hi and place_role(view, p) == "to" for p in view.places):
            return True
    return False


def sold_to_group(noun: Token) -> bool:
    """ "Sales to Southeast Asian nations", "shipments to Africa": a noun of selling whose
    own "to" names several countries or a region, none of them by name."""
    return any(
        obj.lower_ in GROUP_NOUNS or with_compounds(obj) in REGION_NAMES
        for obj in prep_objects(noun, "to")
    )


def with_compounds(word: Token) -> str:
    """A proper noun with the names compounded before it ("Southeast Asia", "Latin
    America"), lower-cased."""
    names = [c for c in children(word) if c.dep_ == "compound" and c.i < word.i]
    return " ".join([*(c.lower_ for c in names), word.lower_])


REGION_NAMES = frozenset(frame_data()["region_names"])


def earlier_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is an earlier one the sentence's news is set against: in the
    parse, the figure or the move it sizes is the object of a word of sequence ("reversing
    an 8.3% increase in September", "after a 3.6% gain in October")."""
    token = view.tree.token(q.start, q.end)
    for _ in range(MAX_CLIMB):
        if token is None:
            return False
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head  # "a rise of 8.3%"
        elif token.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod"):
            token = token.head
        else:
            break
    if token is None or token.dep_ not in ("dobj", "pobj"):
        return False
    return token.head.lower_ in SEQUENCE_WORDS


SEQUENCE_WORDS = frozenset(frame_data()["sequence_words"])


def points_moved(view: SentenceView, q: Quantity) -> MetricDecision | None:
    """The metric of the percent figure a move in percentage points is said of, in the
    parse: the points size a word of direction ("up", "higher") that qualifies that figure
    or the verb it is the object of ("3.1% of GDP, 0.4 points higher", "rose to 4% of
    GDP, up 1.2 percentage points")."""
    if q.category != "pp" or not view.metrics:
        return None
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ != "npadvmod":
        return None
    holder = figure.head.head
    if holder.i in view.metrics and holder.i < figure.i:
        return view.metrics[holder.i]
    objects = [
        o
        for c in children(holder)
        for o in ([c] if c.dep_ in ("attr", "dobj") else children(c) if c.dep_ == "prep" else [])
        if o.i in view.metrics and o.i < figure.i and o.lower_ in ("%", "pct", "percent")
    ]
    return view.metrics[objects[-1].i] if len(objects) == 1 else None


def sibling_metric(view: SentenceView, q: Quantity) -> MetricDecision | None:
    """The metric the parse decided for the figure this one stands beside: in the parse, the
    figure it is a conjunct of ("16.1 mln barrels of crude and 2.3 mln barrels of
    products"), or the figure of the verb its "compared with" or "against" phrase hangs on
    ("sold 16.1 mln barrels, compared with 32 mln")."""
    if not view.metrics:
        return None
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    first = figure
    while first.dep_ == "conj":
        first = first.head
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in COMPARING_PREPOSITIONS:
        verb = prep.head.head if prep.head.lower_ in COMPARING_VERBS else prep.head
        if prep.lower_ in ("with", "to") and prep.head.lower_ not in COMPARING_VERBS:
            return None
        figures = conjuncts_of(first)
        if RESPECTIVELY.search(view.text):
            # "exports of 400 mln and imports of 628 mln, compared with 771 and 500 mln
            # respectively": each with the one in its place before the comparison
            before = [i for i in sorted(view.metrics) if i < prep.i]
            if len(before) < len(figures):
                return None
            return view.metrics[before[len(before) - len(figures) + figures.index(figure)]]
        compared = [
            t
            for t in children(verb)
            if t.i in view.parsed_metrics and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        ]
        if len(compared) != 1:
            return None
        # "to reach 25 billion dlrs and a surplus of about 10 billion, against 9.5 billion":
        # the last of the verb's coordinated figures, the one the comparison follows
        later = [
            i
            for c in conjuncts_of(compared[0])[1:]
            for i in range(c.left_edge.i, c.right_edge.i + 1)
            if i in view.metrics and i < prep.i
        ]
        return view.metrics[max(later)] if later else view.parsed_metrics[compared[0].i]
    if figure.dep_ == "conj":
        return view.parsed_metrics.get(figure.head.i)
    return None


def foreign_goods_share(view: SentenceView, q: Quantity) -> bool:
    """Whether, in the parse, the figure is a share of a market ("8.5 pct of the Japanese
    market", "a 5 pct share of the car market") its clause's subject holds, and that subject
    is goods made abroad ("Foreign-made chips", "Imported cars", "Foreign cars")."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return False
    share = figure.head if figure.head.lower_ in SHARE_NOUNS else figure
    market = next(
        (
            c
            for p in children(share)
            if p.dep_ == "prep" and p.lower_ == "of"
            for c in children(p)
            if c.dep_ == "pobj" and c.lower_ in MARKET_WHOLES
        ),
        None,
    )
    verb = climb_to_verb(share)
    if market is None or verb is None:
        return False
    subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    words = [w for s in subjects for m in children(s) if m.dep_ in ("amod", "compound")
             for w in (m, *children(m))]  # fmt: skip
    return any(w.lower_ in FOREIGN_MAKERS for w in words)


MARKET_WHOLES = frozenset({"market", "markets", "demand", "consumption"})
FOREIGN_MAKERS = frozenset(frame_data()["foreign_makers"])


def bracket_period(
    view: SentenceView,
    q: Quantity,
    previous: Claim | None,
    rule: str,
    context: ArticleContext,
) -> tuple[str | None, str] | None:
    """The periods of a wire table's figures with the earlier ones in brackets ("exports
    10.41 (10.03)", "coffee 2.01 billion dlrs (2.37 billion)"): a bracketed figure of the
    figure before's unit is of the period the sentence says the brackets hold ("with
    December in brackets": the last December before), else of the same period a year
    before; an unbracketed one is not of the brackets' period. None for other figures."""
    declared = view.memo("brackets-hold", lambda: BRACKETS_HOLD.search(view.text))
    held = None
    if declared is not None:
        lo, hi = view.start + declared.start(1), view.start + declared.end(1)
        held = next((p for p in view.periods if lo <= p.start < hi), None)
    inside = (
        previous is not None
        and q.carried  # a bare number: "(2.37 billion)", not a conversion "($840 mln)"
        and previous.unit == q.unit
        and re.fullmatch(r"\s*\(\s*", view.between(previous.end_char, q.start)) is not None
        and view.after(q.end, 3).lstrip().startswith(")")
    )
    if not inside:
        if held is None or not rule.endswith(held.text):
            return None
        own = [p for p in view.periods if p is not held and p.relation == "current" and p.value]
        if own:
            return own[0].value, f"table:{own[0].text}"
        running, source = context.running_period(PERIOD_WINDOW)
        return running, f"table:{source}-period"
    assert previous is not None
    base = previous.period
    if base is None:
        return None
    if held is not None and held.granularity == "month" and held.value and len(base) == 7:
        month, (year, base_month) = int(held.value[5:7]), (int(base[:4]), int(base[5:7]))
        value = f"{year if month < base_month else year - 1}-{month:02d}"
        return value, f"in-brackets:{held.text}"
    if declared is not None and not YEAR_AGO_WORDS.search(declared.group(1)):
        return None
    return shift_year(base, -1), f"in-brackets-year-before:{previous.quantity_text}"


# "with December in brackets", "(year-ago figures in brackets)": what the brackets hold.
BRACKETS_HOLD = re.compile(
    r"\b(?:with\s+)?((?:the\s+)?[\w/-]+(?:\s+[\w/-]+)?)\s+(?:figures?\s+)?"
    r"in\s+brackets\b",
    re.I,
)
YEAR_AGO_WORDS = re.compile(
    r"year[- ]ago|year\s+earlier|previous\s+year|last\s+year|1[0-9]{3}|"
    r"20[0-9]{2}",
    re.I,
)


# A first estimate since revised, right before its figure: "first reported as", "originally
# put at", "revised from".
FIRST_REPORTED = re.compile(
    r"\b(?:(?:first|originally|initially|previously|earlier)\s+(?:reported|put|estimated|given|"
    r"announced)\s+(?:at|as)|revised\s+(?:up|down)?\s*from|(?:against|compared\s+with)\s+an?\s+"
    r"(?:earlier|original|initial|previous|first|preliminary)\s+(?:estimate|figure)\s+of)"
    r"\s+(?:(?:about|around|some)\s+)?$",
    re.I,
)
# "revised March exports to 4.02 billion dlrs from 3.96 billion reported earlier"
REPORTED_EARLIER = re.compile(
    r"\s*(?:as\s+)?(?:reported|estimated|given|announced)\s+(?:earlier|previously|initially|"
    r"originally|before)\b",
    re.I,
)


def compared_object(view: SentenceView, q: Quantity) -> bool:
    """Whether, in the parse, the figure or the noun it sizes is what an "against", "versus"
    or "compared with" phrase compares with ("against a 512 mln dlr deficit")."""
    token = view.tree.token(q.start, q.end)
    for _ in range(MAX_CLIMB):
        if token is None or token.dep_ not in ("nummod", "compound", "amod", "quantmod", "nmod"):
            break
        token = token.head
    if token is None or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in ("against", "versus") or (
        prep.lower_ in ("with", "to") and prep.head.lower_ in COMPARING_VERBS
    )


def conjuncts_of(token: Token) -> list[Token]:
    """``token`` and the chain of its conjuncts, in order."""
    chain = [token]
    while True:
        nxt = next((c for c in children(chain[-1]) if c.dep_ == "conj"), None)
        if nxt is None:
            return chain
        chain.append(nxt)


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


COMPARING_PREPOSITIONS = frozenset({"with", "to", "against", "versus"})
COMPARING_VERBS = frozenset({"compared", "compares", "comparing"})


def sells_commodity(
    view: SentenceView, q: Quantity, noun: Token, how: str, context: ArticleContext
) -> bool:
    """Whether the figure is a country's sales of a commodity: a word of selling owned by a
    country (its subject or possessor: a place, or a pronoun or a country described in or
    after a sentence on no firm, "the country sold 10.2 million tonnes of steel"), with a
    commodity's sector word in its phrase or the figure's."""
    if not word_set_regex("country_sales").fullmatch(noun.text):
        return False
    frame = FigureFrame(noun, how)
    owners = list(frame.owners)
    if not owners and noun.tag_.startswith("VB") and noun.i > noun.sent.start:
        # "between January and May Ecuador sold ...": a parse that took the subject into
        # the phrase before; the name right before a verb with no subject of its own
        before = noun.doc[noun.i - 1]
        owners = [before] if before.tag_ in ("NNP", "NNPS") else []
    # not "Posco's profit rose. It sold ...": a firm's pronoun
    spoken = context.sentence - context.firm_sentence > 1 and any(map(country_word, owners))
    if first_place(view, owners, world=False) is None and not spoken:
        return False
    figure = view.tree.token(q.start, q.end)
    spans = [(w.idx, w.idx + len(w)) for w in FigureFrame.words(noun)]
    if noun.tag_.startswith("VB"):
        # "Pakistan earned $3.9 billion from rice": what the country earns from
        spans += [(w.idx, w.idx + len(w)) for w in prep_objects(noun, "from")]
    if figure is not None:
        spans.append((figure.left_edge.idx, figure.right_edge.idx + len(figure.right_edge)))
    commodities = cue_data()["commodity_sectors"]
    return any(
        s.sector in commodities and any(s.start < hi and lo < s.end for lo, hi in spans)
        for s in view.sectors
    )


class MetricDecision(NamedTuple):
    """A metric as decided, the rule that decided it, whether the sentence named it (a
    metric later figures without a cue of their own take up), and whether the figure is the
    goods a tariff covers (the imposer's imports, whose roles the tariff's are), and whether
    it is a currency's move its possessor names (whose roles are the currency pair's)."""

    metric: str
    sign: str | None
    rule: str
    named: bool = False
    covered: bool = False
    currency_owned: bool = False  # a currency's move the parse gives it ("the mark's rise")


BALANCE_WORD = re.compile(r"\b(?:deficits?|surplus(?:es)?|shortfalls?|gaps?|red ink)\b")


def bare_balance(view: SentenceView, cue: Cue, owned: bool = False) -> bool:
    """ "the shortfall", "the gap", "this deficit", "its deficit": a balance word qualified
    by nothing that says whose or with whom (no "trade", "current account", possessor but a
    pronoun, "with" or "on"); ``owned`` lets any possessor own it ("Germany's deficit")."""
    token = view.tree.token(cue.start, cue.end)
    if token is None or " " in view.between(cue.start, cue.end).strip():
        return False
    return not any(
        c.dep_ in ("amod", "compound", "nmod")
        or (c.dep_ == "poss" and c.tag_ != "PRP$" and not owned)
        or (c.dep_ == "prep" and c.lower_ in ("with", "on", "in"))
        for c in children(token)
    )


def says_public_finances(view: SentenceView) -> bool:
    """Whether the sentence speaks of the public finances ("the budget", "public spending")
    and of no trade (no export, import, trade or current-account word)."""
    if not PUBLIC_FINANCE_WORDS.search(view.text):
        return False
    traded = {"exports", "imports", "trade"}
    return not any(c.label in traded for c in view.metric_cues) and not (
        EXTERNAL_WORDS.search(view.text)
    )


PUBLIC_FINANCE_WORDS = re.compile(
    r"\b(?:budget|budgets|public\s+(?:spending|finances|debt)|government\s+spending|"
    # "fiscal policy", not the period "fiscal 1986" or "the fiscal year"
    r"farm\s+spending|tax\s+revenues?|fiscal(?!\s+(?:year|\d{2,4}\b|19\d\d|20\d\d)))\b",
    re.I,
)
EXTERNAL_WORDS = re.compile(
    r"\b(?:trade|exports?|imports?|current[- ]account|payments|external)\b", re.I
)


def market_bought(
    view: SentenceView, q: Quantity, cue: Cue | None, context: ArticleContext
) -> str | None:
    """The buyer's country when the figure is what a place said to be a named country's
    market, buyer or customer buys ("China was its biggest market, buying $5.4bn of its
    goods"), else None: the named country's exports, not the buyer's imports."""
    if cue is None or cue.label != "imports":
        return None
    said = counterpart_by_copula(view, q, context)
    if said is None or said[2] or said[1].code is None:
        return None
    return said[0].code


def names_public_balance(view: SentenceView) -> bool:
    """Whether the sentence names a balance of the public finances ("budget deficits")."""
    return view.memo(
        "public-balance",
        lambda: any(
            BALANCE_WORD.search(view.phrase(c.start, c.end))
            and (c.label == "other" or (c.label == "balance" and fiscal_cue(view, c)))
            for c in view.metric_cues
        ),
    )


def fiscal_cue(view: SentenceView, cue: Cue) -> bool:
    token = view.tree.token(cue.start, cue.end)
    return token is not None and is_fiscal(token)


def metric_cue(view: SentenceView, q: Quantity, kind: str) -> tuple[Cue | None, str]:
    """The cue that names the figure's metric, and how it was found.

    The word the figure measures in the parse (:func:`measured_noun`: "exports" in "exports
    rose 5% to $3bn, while imports fell") when it is a cue ("dep:nsubj"); else the nearest
    cue of the sentence ("cue").
    """
    if kind == "rate":
        # "raised the duty on steel to 50% from 25%": the rate the figure measures, however
        # far; else the nearest rate word.
        framed_rate = framed_cue(view, q, view.rate_cues)
        return framed_rate if framed_rate is not None else (nearest_rate_cue(view, q), "cue")
    found: Cue | None = nearest(view, q, view.metric_cues, limit=10_000)
    if (
        found is not None
        and ADJACENT_CUE.fullmatch(view.between(found.end, q.start))
        and not verb_taken_for_cue(view, found)
    ):
        return found, "cue"  # "imports 5.74 billion", "exports of $3bn": its own words
    framed = framed_cue(view, q, view.metric_cues)
    if framed is not None:
        return framed
    if found is not None and other_clause_cue(view, q, found):
        # "orders had fallen 10% since the tariffs took effect": a clause of its own names
        # something else; the nearest cue of the figure's own clause, if any
        found = nearest(
            view, q, view.metric_cues, limit=10_000, keep=lambda c: not other_clause_cue(view, q, c)
        )
    if found is not None and opens_conjunct(view, q, found):
        # "exports rose 31.6 pct to 4.12 billion dlrs and imports 32.2 pct": the cue that
        # opens the next conjunct is the next figures', not this one's
        before = nearest(view, q, view.metric_cues, limit=10_000, keep=lambda c: c.end <= q.start)
        found = before if before is not None else found
    return found, "cue"


def verb_taken_for_cue(view: SentenceView, cue: Cue) -> bool:
    """ "Turkey posts $1.86 billion current-account surplus", "the deal costs $3bn": a word
    of no trade metric ("posts", "costs") that the parse reads as the verb the figure is
    the object of names nothing the figure measures."""
    if cue.label != "other":
        return False
    word = view.tree.token(cue.start, cue.end)
    return word is not None and word.tag_ in ("VBZ", "VBD", "VBP")


# After a figure, a coordinator and at most two words before a cue: the cue opens the next
# conjunct ("..., and imports", "while car imports", "but those of oil").
OPENS_CONJUNCT = re.compile(
    r"(?:,|;|\b(?:and|while|whereas|but))\s+(?:(?:the|its|their|[a-z][\w-]*)\s+){0,2}$", re.I
)


def opens_conjunct(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """Whether ``cue`` comes after the figure and opens a coordinated clause of its own."""
    return cue.start >= q.end and OPENS_CONJUNCT.search(view.between(q.end, cue.start)) is not None


def other_clause_cue(view: SentenceView, q: Quantity, cue: Cue) -> bool:
    """Whether the parse puts ``cue`` in an adverbial clause that does not hold the figure
    ("since the tariffs took effect"), the figure measuring a noun of its own: not a
    pronoun ("Although inventories fell, they were 36% higher"), nor a relative clause on
    what the figure measures ("the $438.9bn of goods the US bought")."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(cue.start, cue.end)
    noun = view.tree.measured(q.start, q.end)[0]
    if figure is None or word is None or noun is None or noun.tag_.startswith("PRP"):
        return False
    token = word
    for _ in range(2 * MAX_CLIMB):
        if token.dep_ == "advcl" and not holds(token, figure):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# A cue right before its figure names it, whatever the parse made of a list.
ADJACENT_CUE = re.compile(r"\s*(?:of|were|was|at|totalled|totaling|totalling|worth|:)?\s*", re.I)


def framed_cue(view: SentenceView, q: Quantity, cues: list[Cue]) -> tuple[Cue, str] | None:
    """The cue on the word the figure measures, with the dependency path ("dep:nsubj")."""
    noun, how = view.tree.measured(q.start, q.end)
    if noun is None:
        return None
    cue = cue_on(view, cues, noun)
    growth = cue is not None and cue.label == "gdp" and noun.lower_ in GROWTH_NOUNS
    if growth or (cue is not None and cue.label == "sales"):
        # "Trade growth is expected to slow to 2%": growth of what its modifier names;
        # "tariff revenue hit $31bn", "customs income": money raised in tariffs.
        for word in children(noun):
            if word.dep_ in ("compound", "amod"):
                named = cue_on(view, cues, word)
                if named is not None and (
                    named.label == "tariff" or growth and named.label != "gdp"
                ):
                    return named, f"dep:{how}-of"
        figure = view.tree.token(q.start, q.end)
        # not a causer: "Soaring food prices shaved 0.5 points off growth" is GDP's
        causer = how in ("off", "added-to")
        subject = growth_subject(noun, figure) if growth and figure and not causer else None
        named = cue_on(view, cues, subject) if subject is not None else None
        if named is not None and named.label != "gdp":
            # "Exports are expected to slow to 2% growth": the growth of the clause's subject
            return named, f"dep:{how}-subject"
    if cue is not None and cue.label == "other" and noun.tag_.startswith("VB"):
        # "soybean imports cost China 278.5 billion yuan": a verb of cost whose subject is
        # traded goods says what they were worth
        subject = next((c for c in children(noun) if c.dep_ in ("nsubj", "nsubjpass")), None)
        named = cue_on(view, cues, subject) if subject is not None else None
        if named is not None and named.label in TRADE_METRICS:
            return named, f"dep:{how}-subject"
    if cue is not None and cue.label == "production" and economy_output(view, q, noun):
        return Cue(cue.start, cue.end, "gdp"), f"dep:{how}-economy"
    traded = traded_source(view, cues, noun)
    if traded is not None:
        # "Earnings from the shipments dropped to 154 mln dlrs", "revenue from exports"
        return traded, f"dep:{how}-from"
    return (cue, f"dep:{how}") if cue is not None else None


# What may qualify "output" that still means the whole economy's: "real", "total".
ECONOMY_QUALIFIERS = frozenset(frame_data()["economy_qualifiers"])


def main_subject(view: SentenceView) -> Token | None:
    """The subject of the sentence's root verb, if it has one."""
    return next((c for c in children(view.span.root) if c.dep_ in SUBJECT_DEPS), None)


def subject_cue(view: SentenceView) -> Cue | None:
    """The metric cue on the main subject of a sentence, if any ("Japan's exports slowed")."""
    subject = main_subject(view)
    return cue_on(view, view.metric_cues, subject) if subject is not None else None


def economy_subject(view: SentenceView) -> bool:
    """Whether the sentence's main subject is an economy ("The UK economy slowed ...",
    "Japan's GDP grew ..."), for a pronoun in the next sentence."""
    subject = main_subject(view)
    if subject is None:
        return False
    cue = cue_on(view, view.metric_cues, subject)
    return (cue is not None and cue.label == "gdp") or growing_country(view, subject)


# The common nouns that end a region's name: "the euro area", "the euro zone".
REGION_HEADS = frozenset(frame_data()["region_heads"])


def growing_country(view: SentenceView, noun: Token | None) -> bool:
    """A country, or "the country", as the subject of a verb of growing or shrinking
    ("France grew 0.8%", "Japan contracted at an annual rate of 0.5%"): its economy."""
    if noun is None or growth_verb(noun) is None:
        return False
    if noun.lower_ in COUNTRY_NOUNS:
        return True
    lo, hi = noun.idx, noun.idx + len(noun)
    places = [
        p
        for p in view.near(view.places, lo, hi)
        if p.start < hi and lo < p.end and p.form != "demonym" and p.code != "WLD"
    ]
    if noun.tag_ not in ("NNP", "NNPS"):
        # "exports", "the FTSE" are no country, whatever qualifies them; "the euro area" is,
        # the noun ending a place's name
        return noun.lower_ in REGION_HEADS and any(p.end == hi and p.start < lo for p in places)
    return bool(places)


def central_bank_deal(verb: Token) -> bool:
    """A verb of buying or selling whose subject is a central bank ("the Bundesbank bought
    around 200 mln dlrs", "the Bank of Japan sold yen")."""
    if verb.lower_ not in DEALING_VERBS:
        return False
    for subject in children(verb):
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        words = " ".join(t.lower_ for t in subject.subtree if not t.is_punct)
        if CENTRAL_BANKS.search(words):
            return True
    return False


DEALING_VERBS = frozenset(
    {"buy", "buys", "bought", "buying", "sell", "sells", "sold", "selling", "purchased"}
)
CENTRAL_BANKS = re.compile(
    r"\b(?:" + "|".join(re.escape(bank) for bank in frame_data()["central_banks"]) + r")\b"
)


def goods_earned(view: SentenceView, verb: Token) -> bool:
    """A verb of earning whose subject names goods ("Electronics ... earned $105.7bn",
    "coffee shipments fetched $2bn")."""
    if verb.lower_ not in EARNING_VERBS:
        return False
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(names_goods(view, subject) for subject in subjects)


EARNING_VERBS = frozenset(frame_data()["earning_verbs"])


def commodity_quote(view: SentenceView, q: Quantity, noun: Token, how: str) -> bool:
    """Whether a money figure with no scale ("$65.80", "82 cents") measures a commodity
    named as the subject of its verb ("Light crude ... settled 82 cents higher at $65.80",
    "Gold rose $12 to $1,290"): in the parse, the measured word is such a subject; so is a
    percent move of a subject quoted so ("Brent crude fell 2% to $68.20")."""
    if how not in SUBJECT_DEPS or SCALED.search(q.text):
        return False
    lo, hi = noun.idx, noun.idx + len(noun)
    commodities = cue_data()["commodity_sectors"]
    if not any(
        s.sector in commodities and s.start < hi and lo < s.end
        for s in view.near(view.sectors, lo, hi)
    ):
        return False
    if q.category == "percent":
        # "Brent crude fell 2% to $68.20": a move of the price its level is
        quoted = (
            o
            for o in view.quantities
            if o is not q and o.category == "money" and not SCALED.search(o.text)
        )
        return any(view.tree.measured(o.start, o.end)[0] == noun for o in quoted)
    return q.category == "money"


SCALED = re.compile(r"\d\s*(?:k|m|bn|tn|mln|bln|million|billion|trillion|thousand)\b", re.I)


REVENUE_WORDS = frozenset(frame_data()["revenue_words"])


def public_revenue(view: SentenceView, cue: Cue) -> bool:
    """Whether a revenue word is the state's in the parse: its possessor or modifier is a
    public body or its finances ("the government's revenue", "federal receipts"), or the
    subject of the verb it is the object of is ("the budget assumes oil revenues of ...",
    "the Treasury expects receipts of ...")."""
    word = view.tree.token(cue.start, cue.end)
    if word is None or word.lower_ not in REVENUE_WORDS:
        return False
    owners = [c for c in children(word) if c.dep_ in ("poss", "compound", "amod")]
    verb = climb_to_verb(word) if word.dep_ in ("dobj", "pobj") else None
    if verb is not None:
        owners += [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    public = FISCAL | OFFICIAL_BODIES
    return any(o.lower_ in public or any(c.lower_ in public for c in children(o)) for o in owners)


STORE_WORDS = frozenset(frame_data()["store_words"])


def goods_stocks(view: SentenceView, cue: Cue) -> bool:
    """Whether a "stocks" cue means goods held in store: its sentence counts goods in their
    units ("stocks stood at 1.3 mln tonnes"), or its "of" names goods ("stocks of skimmed
    milk powder"); not shares ("Tokyo stocks fell 2 pct", "mining stocks rallied")."""
    word = view.tree.token(cue.start, cue.end)
    if word is None or word.lower_ not in STORE_WORDS:
        return False
    units = cue_data()["goods_units"]
    if any(f.category == "count" and f.unit in units for f in view.quantities):
        return True
    goods = prep_objects(word, "of")
    return any(s.start <= g.idx < s.end for g in goods for s in view.sectors)


def own_verb_object(measured: Token | None, how: str) -> bool:
    """Whether the figure is the object of a verb that names what it is (``how`` "verb", a
    verb that neither moves, trades, states a level nor includes: "wants another $1.5bn")."""
    return (
        measured is not None
        and how == "verb"
        and is_verbal(measured)
        and measured.lower_ not in TRADER_VERBS
        and measured.lower_ not in INCLUSION_VERBS
    )


# "The list includes $1.13bn of capital goods": a part of the thing spoken of before
INCLUSION_VERBS = frozenset(frame_data()["inclusion_verbs"])
VEHICLE_SALE_VERBS = frozenset(frame_data()["vehicle_sale_verbs"])


def output_qualified(view: SentenceView, q: Quantity, noun: Token) -> str | None:
    """How "output" moving in percent is qualified when it may be the economy's: "placed"
    (by a place: "Japan's output", "euro zone output", "the country's output"), "bare" (by
    nothing but "real", "total" and the like), else None ("Industrial output", "output of
    steel", a count of barrels)."""
    if noun.lower_ != "output" or q.category not in ("percent", "pp"):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in children(noun)):
        return None  # "output of steel", "output in manufacturing"
    placed = False
    for word in children(noun):
        if word.dep_ not in ("amod", "compound", "poss", "nmod", "det"):
            continue
        lo, hi = word.left_edge.idx, word.idx + len(word)
        if word.lower_ in ("country", "nation") or any(
            p.start < hi and lo < p.end for p in view.near(view.places, lo, hi)
        ):
            placed = True
        elif word.lower_ not in ECONOMY_QUALIFIERS:
            return None
    return "placed" if placed else "bare"


def economy_output(view: SentenceView, q: Quantity, noun: Token) -> bool:
    """ "Euro zone output is forecast to grow 1.8%", "Japan's output grew 0.5%", "the economy
    shrank 1.7%, but output rebounded 1.4%": output qualified by nothing but a place (or by
    nothing, beside the economy), moving in percent, is GDP; not "Industrial output", "crude
    output", "Ecuador output was 250,000 barrels per day"."""
    how = output_qualified(view, q, noun)
    return how == "placed" or (
        how == "bare" and any(c.label == "gdp" for c in view.metric_cues if c.start != q.start)
    )


def cue_on(view: SentenceView, cues: list[Cue], token: Token) -> Cue | None:
    """The first of ``cues`` that shares characters with ``token``, else with the name its
    compounds make ("the Dow Jones Industrial Average": the cue on "Dow Jones")."""
    hi = token.idx + len(token)
    names = [c for c in children(token) if c.dep_ == "compound" and c.i < token.i]
    starts = [token.idx]
    if names and token.tag_ == "NNP":
        starts.append(names[0].left_edge.idx)
    for lo in starts:
        found = next((c for c in view.near(cues, lo, hi) if c.start < hi and lo < c.end), None)
        if found is not None:
            return found
    return None


TARIFF_COVERS = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|on|affect(?:s|ed|ing)?|hit(?:s|ting)?|appl(?:y|ies) to)\s+"
    r"(?:(?:the|an?)\s+)?(?:(?:remaining|rest\s+of\s+the|additional|further|other|extra|"
    r"separate|new|first|second|initial|latest)\s+)?"
    r"(?:(?:some|about|nearly|almost|more than|up to|another)\s+)?$",
    re.I,
)  # "on $60bn of goods", "on the remaining $300bn of Chinese imports"


def rate_metric(
    view: SentenceView, q: Quantity, cue: Cue | None, context: ArticleContext
) -> MetricDecision:
    if q.category == "fx":
        return MetricDecision("other", None, "exchange-rate")
    levied = levying_verb(view, q)
    if levied is not None:
        return MetricDecision("tariff", None, f"dep:levied:{levied}")
    label = cue.label if cue else "other"
    named = rate_of(view, cue) if cue is not None and label == "other" else None
    if named is not None:
        # "the annual rate of inflation rose to 3.2%", "the rate of house price inflation":
        # a bare rate is of what its "of" names
        return MetricDecision(
            named.label, None, f"dep:rate-of:{view.phrase(named.start, named.end)}"
        )
    if cue is not None and label == "other" and tariff_kind_rate(view, cue, context):
        # "its anti-dumping rate to 20.56% from 7.66%", "a 25% reciprocal rate"; "the 39%
        # rate" right after a tariff's rate: a tariff's
        return MetricDecision("tariff", None, f"tariff-rate:{view.between(cue.start, cue.end)}")
    if cue is not None and label == "other" and bare_rate_beside_tariff(view, cue):
        # "after a lower 10% rate gave way to 50% duties": the sentence's tariffs' rate
        return MetricDecision(
            "tariff", None, f"rate-beside-tariff:{view.between(cue.start, cue.end)}"
        )
    if cue is not None and label == "other" and rate_on_goods(view, cue):
        # "a 15% rate on most of its goods", "rates of 10% on imports": a tariff
        return MetricDecision(
            "tariff", None, f"dep:rate-on-goods:{view.between(cue.start, cue.end)}"
        )
    return MetricDecision(
        label, None, f"rate:{view.between(cue.start, cue.end) if cue else 'default'}"
    )


def rate_of(view: SentenceView, cue: Cue) -> Cue | None:
    """The rate word in the "of" object of a bare "rate" ("the rate of inflation"), else
    None."""
    noun = view.tree.token(cue.start, cue.end)
    if noun is None or noun.lower_ not in ("rate", "rates"):
        return None
    for obj in prep_objects(noun, "of"):
        lo, hi = obj.left_edge.idx, obj.idx + len(obj)
        near = view.near(view.rate_cues, lo, hi)
        inner = [c for c in near if lo <= c.start and c.end <= hi and c != cue]
        if inner:
            return max(inner, key=lambda c: c.end - c.start)
    return None


def nearest_sign(view: SentenceView, q: Quantity) -> str | None:
    cue = nearest(
        view, q, view.metric_cues, limit=200, keep=lambda c: c.extra in ("surplus", "deficit")
    )
    return cue.extra if cue else None


# --- period -------------------------------------------------------------------


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


COMPARED_FROM = re.compile(r"\bfrom\s+(?:(?:a|an|the)\s+)?$", re.I)


def said_now(view: SentenceView, q: Quantity) -> bool:
    """ "Tariffs now average 47.5%", "the deficit is now $3bn": "now" on the figure's own
    verb (FORMAT: the published month); not a "now" elsewhere in the sentence."""
    figure = view.tree.token(q.start, q.end)
    verb = figure
    for _ in range(6):
        if verb is None or verb.tag_.startswith(("VB", "MD")):
            break
        verb = verb.head if verb.head.i != verb.i else None
    return verb is not None and any(
        c.dep_ == "advmod" and c.lower_ == "now" for c in children(verb)
    )


# Not "an annual rate of 3.8%", "annualised", "on an annual basis": a rate of a shorter period.
WHOLE_YEAR = re.compile(
    r"\b(?:full|whole|entire)[- ]year\b|\bannual\b(?!\s+(?:rate|basis|pace))|\bfor the year\b", re.I
)
# "Annual inflation eased to 32.9% in October": a rate over a year, of the month it names
YEAR_ON_YEAR = re.compile(
    r"\bannual\s+(?:(?:consumer|producer|core)\s+)?(?:price\s+)?(?:inflation|growth)\b", re.I
)
HYPOTHETICAL = re.compile(r"^\W*if\b|\bif\s+(?:\w+\s+){0,6}(?:starts?|were|was|did)\b", re.I)


# "bought 544,000 tonnes this week": a span the figure covers, unlike "said on Tuesday"
WEEK = re.compile(r"\bweek\b", re.I)


def subordinate_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether, in the parse, the figure sits in a clause or phrase subordinate to its
    sentence's main clause: an adverbial or relative clause, an apposition, a clause after
    a preposition ("after falling to 906.2 mln in January")."""
    token = view.tree.token(q.start, q.end)
    for _ in range(2 * MAX_CLIMB):
        if token is None or token.head.i == token.i:
            return False
        if token.dep_ in SUBORDINATE_DEPS:
            return True
        token = token.head
    return False


SUBORDINATE_DEPS = frozenset({"advcl", "acl", "relcl", "appos", "pcomp"})


CONDITIONAL = re.compile(r"\bif\b|\bunless\b|\bwould\b|\bcould\b", re.I)
CONDITIONAL_WORDS = frozenset({"if", "unless", "would", "could", "might"})


def conditional_clause(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's own clause is a condition or a possibility ("the dollar could
    fall 5%", "if sterling drops to $1.50"), in the parse: a modal or "if" on its verb or on
    the verbs it is the complement of. Another clause's "could" ("The dollar fell 0.8%, and
    traders said it could fall further") does not make a told quote hypothetical. Without a
    parse, any such word in the sentence does."""
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    if verb is None:
        return view.says(CONDITIONAL)
    for _ in range(3):
        if any(c.dep_ in ("aux", "mark") and c.lower_ in CONDITIONAL_WORDS for c in children(verb)):
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def quote_told(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's clause tells a quote as a fact, past or present ("slipped 0.4%",
    "was trading at $1.3020", "is down 3.2%"), not a plan, a forecast or a noun with no verb
    of its own ("a revaluation of five pct")."""
    if QUOTE_MARKS.search(view.text):
        return False  # a speaker's words ("a revaluation of five or 10 pct is ill-advised")
    if SET_RATE.search(view.before(q.start, 40)):
        return False  # "at a fixed rate of 264.53 dinars per dollar", "the peg": no day's
    figure = view.tree.token(q.start, q.end)
    return figure is not None and tense_of(figure) in ("past", "present")


SET_RATE = re.compile(
    r"\b(?:fixed|official|pegged|peg|average|central(?!\s+banks?\b)|accounting)\b", re.I
)
QUOTE_MARKS = re.compile('["\u201c\u201d]')


# A basis named with its year ("January 1986", "July last year"): the same part a year on.
YEAR_NAMED = re.compile(
    r"\d{4}|\blast\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b|"
    r"\bthe\s+(?:previous|prior)\s+year\b|\bthe\s+year\s+before\b",
    re.I,
)
PREVIOUSLY = re.compile(r"\s+(?:[a-z]+\s+)?(?:previously|in the previous period)\b", re.I)
ALONE = re.compile(r"\s*,?\s*(?:alone|by itself|as\s+a\s+whole)\b", re.I)


def decide_period(
    view: SentenceView,
    q: Quantity,
    kind: str,
    metric: str,
    cue: Cue | None,
    context: ArticleContext,
) -> PeriodDecision:
    """The period of the figure, the rule that decided it, and whether its sentence named
    it as the current period (for the next sentence's figures).

    A change covers the current period, never the one it is compared with ("up 2.6 pct from
    January"). A period in the figure's own phrase in the parse is its ("0.4% in 2002"); one
    the parse places in another clause, another figure's phrase, after "since" or on a verb
    of saying is not (:func:`attached_periods`). A level takes the period that follows it
    ("7.4 billion dollars last year"), or the one its comparison phrase names ("from
    January's 23.52 billion"), else the nearest. A sentence without a period takes the one
    the sentence before named, else the article's current one.
    """
    if kind == "rate" and metric == "tariff":
        came_from = COMPARED_FROM.search(view.before(q.start, 20)) is not None
        if said_now(view, q) and context.published is not None and not came_from:
            # FORMAT: "now" on the figure's own verb is the published month ("US tariffs on
            # Chinese goods now average 47.5%"), not the rate it came down from ("now
            # charges 15%, down from 27.5%")
            return PeriodDecision(context.published.strftime("%Y-%m"), "now:published")
        # "a 20% tariff imposed in August", "reaches 35% in July": a tariff's rate holds from
        # when it was set, over no period of its own (as the seed's gold has it); the month
        # says when it started
        return PeriodDecision(None, "none:tariff-rate")
    # A tariff's rate is no market quote: "said on Saturday it would impose a 30% tariff"
    quote = metric == "price" or (kind == "rate" and metric != "tariff")
    # "on Tuesday" dates a market quote; for other figures it is when they were announced,
    # but goods traded "this week" were traded over it (not a tariff "imposed last week").
    traded_week = (
        metric in TRADE_METRICS and kind != "rate" and (cue is None or cue.label != "tariff")
    )
    periods = [
        p
        for p in view.periods
        if (p.value or p.unanchored)
        and p.relation != "since"
        and (quote or p.relation != "day" or (traded_week and WEEK.search(p.text) is not None))
        and not dates_an_event(view, q, p)
        and not dates_an_aside(view, q, p)
        # "with first quarter 1986 figures in brackets": the bracketed figures' period
        and BRACKETED_PERIOD.match(view.after(p.end, 40)) is None
    ]
    if PREVIOUSLY.match(view.after(q.end, 30)):
        # "against a 2.06 billion deficit in the same 1986 period and 1.78 billion deficit
        # previously": the period before the one the sentence is on
        current = (
            next((p.value for p in view.periods if p.relation == "current" and p.value), None)
            or context.running_period(PERIOD_WINDOW)[0]
        )
        before = previous_period(current) if current else None
        if before is not None:
            return PeriodDecision(before, f"previously:{current}")
    lead = comparison_lead(view, q)
    if LEVEL_REACHED.search(view.before(q.start, 12)) and not reached_by_noun(view, q):
        # "... from a year earlier to $65.8 billion": the level reached is current.
        periods = [p for p in periods if p.relation != "comparison"]
    headers = periods
    periods = [p for p in periods if not other_clause_period(view, q, p)]
    periods, own = attached_periods(view, q, periods)
    attached = periods
    if kind in ("change", "share"):
        periods = [p for p in periods if not beyond_other_figure(view, q, p)]
        if lead is None:
            # "two pct growth in the previous quarter": a change over a period its own
            # phrase names, or a period defined by another that spans it ("Growth was 2%
            # in the previous quarter"), not one it is compared with ("a 5% rise from
            # January", "up 3% on the previous year").
            spans = {p for p in periods if (p in own or p.relative) and spanned(view, p)}
            periods = [
                p
                for p in periods
                if (p.relation in ("current", "day") and not compared(view, p))
                or p in spans
                or cue_before_figure(view, q, p, own)
            ]
        own = [p for p in own if p in periods]
    own_level = (
        bool(own)
        and (kind != "change" or lead is not None)
        and all(own_reach(view, q, p) for p in own if p.relation == "comparison")
    )  # not "shipments worth $505.9bn, up 5% from 2023": a parse that made 2023 the level's
    when = when_clause_period(view, q)
    if when is not None and when.value is not None:
        # "from the final quarter of 1986, when it rose 0.9 pct": the period the clause is of
        return PeriodDecision(when.value, f"when:{when.text}", own_words=True)
    choice = period_for(view, q, own or periods, lead, own=own_level)
    if choice is None and own and lead is None:
        # "In calendar 1986 the surplus was 9.9 billion, down from 17.4 billion in 1985": a
        # parse that hung the comparison on the level leaves it the sentence's period
        choice = period_for(view, q, [p for p in periods if p not in own], lead, own=False)
    if choice is None and lead is None:
        choice = parallel_period(view, q, periods)
    if choice is None and lead is None and kind == "amount":
        choice = framing_comparison(view, q, periods)
    if choice is None and lead is None:
        choice = list_header_period(view, q, headers)
    running, source = context.running_period(
        PERIOD_WINDOW, in_relative_clause(view, q), view.says(PERIOD_POINTED_BACK)
    )
    # a sentence naming periods compared of its own is read by them, not by the article's way
    yearly = compares_year_on_year(context) and not any(
        p.relation == "comparison" for p in view.periods
    )
    earlier = compared_level_period(view, q, kind, metric, lead, choice, running, yearly)
    if earlier is not None:
        return PeriodDecision(*earlier)
    same = same_part_last_year(periods, lead, choice, running)
    if same is not None:
        return PeriodDecision(same, f"same-period-last-year:{running}")
    from_running = anchored(choice, running) if choice is not None and running else None
    unit = same_unit_of(choice) if choice is not None and from_running is None else None
    if choice is not None and unit is not None and unit in context.recent_by_unit:
        # "GDP shrank in the October-to-December period. ... For 2004, it grew 2.6%. Exports
        # fell 0.2% in the quarter": the last quarter the article named
        return PeriodDecision(context.recent_by_unit[unit], f"last-{unit}:{choice.text}")
    if from_running is not None:
        # "compared with 17.4 billion a year ago", "2% in the previous quarter", the
        # sentence naming no period of its own: found from the one the article is on.
        assert choice is not None
        return PeriodDecision(from_running, f"{source}-anchor:{choice.text}")
    if choice is not None and choice.value:
        whole_year = names_whole_year(view, q) and "/" not in choice.value
        if whole_year and choice.granularity in ("month", "quarter"):
            whole_year = YEAR_ON_YEAR.search(view.text) is None
        value = choice.value[:4] if whole_year else choice.value
        if "/" in value and EACH_PERIOD.search(view.between(q.end, choice.start)):
            # FORMAT: "25 million tons annually from 2026 to 2028" holds for each; the first
            value = value.split("/")[0]
        how = "dep:own" if choice in own else choice.relation
        # A figure compared with ("from 9.85 billion in January") names no period the
        # article goes on with.
        # Nor does a rate's ("a 20% tariff imposed in August"): the date it was set.
        named = choice.relation == "current" and lead is None and kind != "rate"
        # Nor a period singled out ("In December alone, the surplus was ...", "For 2004 as a
        # whole, the deficit reached ..."): the article goes on with the one before.
        named = named and ALONE.match(view.after(choice.end, 12)) is None
        return PeriodDecision(value, f"{how}:{choice.text}", named, own_words=True)
    basis = compared_year(view, q, attached) if kind == "change" else None
    after = None
    if basis is not None and basis.value:
        # a month or quarter named with its year is compared with a year on ("3.0 pct lower
        # than in January 1986" is of January 1987); one named alone, with the one before it
        yearly = basis.granularity != "year" and YEAR_NAMED.search(basis.text) is not None
        after = shift_year(basis.value, 1) if yearly else period_after(basis.value)
        published = context.published.strftime("%Y-%m") if context.published else None
        relative = re.search(r"\d{4}", basis.text) is None
        if yearly and relative and after and published and precedes(published, after):
            # "down 2% from December last year" in January: "last year" is the data's year
            # before, so the figure is of the December named
            after = basis.value
    if basis is not None and after is not None:
        # "up 4% from 2024", "an 82% jump on 2003 figures", "rose 0.1% from October": a
        # period's change on the one before
        return PeriodDecision(after, f"after-compared:{basis.text}")
    earlier_level = compared_level_named(view, q, view.periods) if kind == "amount" else None
    if earlier_level is not None and earlier_level.value is not None:
        # "grew to 4.21 billion dlrs from 3.74 billion in February last year": the level
        # reached is of the same month a year on (not one after the published month)
        value = shift_year(earlier_level.value, 1)
        published = context.published.strftime("%Y-%m") if context.published else None
        if published is None or not precedes(published, first_month(value)):
            return PeriodDecision(value, f"year-on-compared:{earlier_level.text}")
    # an exchange rate reached ("since May, to 1.35 dollars") is a quote, no span's
    since = since_span(view, q, context) if q.category != "fx" else None
    if since is not None:
        return since
    if view.says(CURRENTLY) or said_now(view, q):
        if context.published is None:
            # FORMAT: "now" is the published month; undated, the figure has no period
            return PeriodDecision(None, "none:now-undated")
        return PeriodDecision(context.published.strftime("%Y-%m"), "currently:published")
    quote_day = context.quote_day
    if (
        quote_day is not None
        and context.sentence - quote_day[1] <= QUOTE_DAY_WINDOW
        and (q.category == "fx" or (cue is not None and is_currency_move(view, cue)))
        and not conditional_clause(view, q)
    ):
        # "The dollar fell to 1.7520 marks in early trading. Sterling rose to 1.6420
        # dollars": the market report goes on with the same day's quotes
        return PeriodDecision(quote_day[0], "previous-quote-day")
    currency_quote = q.category == "fx" or (
        kind == "change" and cue is not None and is_currency_move(view, cue)
    )
    if (
        currency_quote
        and context.published is not None
        and not conditional_clause(view, q)
        and quote_told(view, q)
    ):
        # FORMAT: a quote for a day takes that day's month; a market report's quote with no
        # day named is of the day it was published ("Sterling slipped 0.4% to $1.8620")
        return PeriodDecision(context.published.strftime("%Y-%m"), "quote:published")
    if (
        kind in ("rate", "change")
        and context.published is not None
        and market_rate(view, q, cue)
        and not conditional_clause(view, q)
        and quote_told(view, q)
    ):
        # FORMAT dates a day's quote by its day: an interest rate or a yield the report
        # says was moved to, or held at, a level ("cut rates to 2.75%", "the yield fell to
        # 1.73%"), and the move itself ("raised rates by a quarter point"), are of the
        # published month, as a currency's quote is
        return PeriodDecision(context.published.strftime("%Y-%m"), "rate-quote:published")
    if kind == "rate" or not (
        periodic(view, q, kind, metric, cue) or jobs_statistic(view, q, context)
    ):
        return PeriodDecision(None, "")
    if kind == "share" and undated_share(view, q):
        return PeriodDecision(None, "none:undated-share")
    measured = view.tree.measured(q.start, q.end)[0]
    taxed = measured is not None and taxes_goods(view, q, measured)
    if metric == "imports" and ((cue is not None and cue.label == "tariff") or taxed):
        # "The duties cover $3.1bn of Chinese steel": goods a tariff covers, no period's
        return PeriodDecision(None, "none:tariff-covers")
    statistic = price_statistic(view, cue) or (
        # "UK house prices rose 0.5% in February ... Prices were 10.2% higher": the same one
        context.sentence - context.price_statistic_sentence == 1
        and cue is not None
        and view.phrase(cue.start, cue.end) in ("prices", "price")
    )
    if metric == "price" and not statistic:
        # FORMAT: a market quote is dated by its day, the published one when the sentence
        # names none; undated, it has no period.
        if context.published is None:
            return PeriodDecision(None, "none:undated-quote")
        return PeriodDecision(context.published.strftime("%Y-%m"), "quote:published")
    if not running:
        return PeriodDecision(None, "")
    if said_per_period(view, q):
        # "plans to spend $5bn a year", "growth of 7% a year", "will buy 25 million tonnes
        # of soybeans a year": a figure of each year, with none named, is of no one period
        return PeriodDecision(None, "none:per-period")
    if ahead_of_sentence_period(view, q):
        # "grew 2% in 2018 and is forecast to grow 3%": the forecast names no period
        return PeriodDecision(None, "none:told-ahead")
    if view.says(HYPOTHETICAL):
        return PeriodDecision(None, "none:hypothetical")
    if source == "previous-sentence" and context.recent_period_ahead and told_as_done(view, q):
        # "The ministry forecast the surplus for the fiscal year ending March 1988 at 90
        # billion dlrs. Car exports fell 5.2 pct": a fact reported is not of the forecast's
        # period, but of the article's
        running, source = context.period, "past-beside-forecast:article"
        if not running:
            return PeriodDecision(None, "")
    if source == "previous-sentence" and stock_figure(view, q, cue):
        # "Exports fell 5% in March. Foreign debt stands at 68 billion dlrs": what a
        # country owes or holds is no flow of the period the sentence before reports
        return PeriodDecision(None, "none:stock")
    if names_whole_year(view, q):
        return PeriodDecision(running[:4], f"{source}-year")
    return PeriodDecision(running, f"{source}-period")


# "in the period", "over the four months", "for the five months": the period named last.
PERIOD_POINTED_BACK = re.compile(
    r"\b(?:in|over|for|during)\s+the\s+(?:period|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|\d{1,2})\s+months)\b",
    re.I,
)


def stock_figure(view: SentenceView, q: Quantity, cue: Cue | None) -> bool:
    """Whether the figure sizes a stock (debt, reserves): the noun it measures in the parse,
    else the last word of its metric cue."""
    measured = view.tree.measured(q.start, q.end)[0]
    if measured is not None and measured.lower_ in STOCK_NOUNS:
        return True
    words = view.phrase(cue.start, cue.end).split() if cue is not None else []
    return bool(words) and words[-1] in STOCK_NOUNS


def prices_goods(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is the price of some goods: money per unit of them ("657 ringgit a
    tonne"), or a figure of a bare "price" in the parse ("the average export price slumped
    to 640 ringgit", "the price fell 4.2%"), not one qualified as another thing's price (a
    share's, a home's, consumers')."""
    if q.category == "money" and PER_UNIT_PRICE.match(view.after(q.end, 30)):
        return True
    measured, how = view.tree.measured(q.start, q.end)
    if measured is not None and how == "verb":
        # "the price averaged 1,420 dlrs": the verb's subject
        measured = next((c for c in children(measured) if c.dep_ in SUBJECT_DEPS), None)
    if measured is None or measured.lower_ not in ("price", "prices"):
        return False
    qualifiers = [c for c in children(measured) if c.dep_ in ("amod", "compound", "poss")]
    return not any(c.lower_ in UNGOODS_PRICES or c.tag_ in ("NNP", "PRP$") for c in qualifiers)


UNGOODS_PRICES = frozenset(frame_data()["ungoods_price_qualifiers"])


# Money per unit of a good: "40 dlrs a tonne", "1.30 dlrs per lb", "$3 a bushel".
PER_UNIT_PRICE = re.compile(
    r"\s+(?:a|per|each)\s+(tonne|ton|metric\s+ton|lb|kilo|kilogram|kg|litre|liter|gallon|bag|"
    r"carat|barrel|bushel|ounce|troy\s+ounce|head|cwt)\b",
    re.I,
)
# The figure said of each year or month: "$5bn a year", "7% annually"; not "a year earlier".
PER_PERIOD = re.compile(
    r"\s*(?:(?:a|per|each|every)\s+(?:year|month|annum)\b(?![\s-]*(?:earlier|ago|before|"
    r"previously|after|on|to|of|in|for|and)\b)(?!-)|annually\b|per\s+annum\b)",
    re.I,
)


def said_per_period(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is said of each year or month ("$5bn a year", "7% annually", "buy
    25 million tonnes of soybeans a year"): the words right after it, or hung in the parse
    from the figure or the words it climbs through to its verb; not "a year earlier"."""
    if PER_PERIOD.match(view.after(q.end, 30)):
        return True
    figure = view.tree.token(q.start, q.end)
    if figure is None or not view.says(PER_PERIOD):
        return False
    path = set()
    for token in up_from(figure):
        path.add(token.i)
        if is_verbal(token):
            break
    heads = view.memo("per-period-heads", lambda: per_period_heads(view))
    return any(start >= q.end and head in path for start, head in heads)


def per_period_heads(view: SentenceView) -> list[tuple[int, int]]:
    """Where the sentence says "a year", "per month", "annually", and the token each hangs
    from in the parse ("per year": the preposition's head), once per sentence."""
    heads = []
    for m in PER_PERIOD.finditer(view.text):
        start, end = m.start() + view.start, m.end() + view.start
        word = view.tree.token(start, end)
        if word is None:
            continue
        head = word.head
        while head.lower_ in ("per", "each", "every") and head.head.i != head.i:
            head = head.head  # "per year": the preposition's head
        heads.append((start, head.i))
    return heads


# "annually", "a year", "each month": a figure said of each period of a span
EACH_PERIOD = re.compile(
    r"\b(?:annually|yearly|monthly|quarterly|(?:a|per|each|every)\s+(?:year|month|quarter))\b",
    re.I,
)


def period_ahead(view: SentenceView, q: Quantity, previous: Claim | None = None) -> bool:
    """Whether the parse makes the figure's clause one spoken of ahead (a forecast); a
    figure gapped after the one before, with only its period between ("expects to grow 1%
    this year and 1.8% in 2026"), is told as that one is, however the parse joined it."""
    figure = view.tree.token(q.start, q.end)
    if figure is not None and tense_of(figure) == "ahead":
        return True
    if previous is None or previous.end_char > q.start:
        return False
    between = view.between(previous.end_char, q.start)
    for period in view.periods:
        if previous.end_char <= period.start and period.end <= q.start:
            lo, hi = period.start - previous.end_char, period.end - previous.end_char
            between = between[:lo] + " " * (hi - lo) + between[hi:]
    if not GAPPED_AFTER.match(between):
        return False
    earlier = view.tree.token(previous.start_char, previous.end_char)
    return earlier is not None and tense_of(earlier) == "ahead"


# Between two figures of one gapped clause, once its periods are blanked: "and".
GAPPED_AFTER = re.compile(r"^\s*(?:in|for)?\s*,?\s+and\s+$")


def names_an_event(doc: Doc, period: PeriodMention) -> bool:
    """Whether, in the parse, the period qualifies an event or a document ("the December
    tsunami", "the 1965 auto pact")."""
    return event_dated(token_at(doc, period.start, period.end)) is not None


def event_dated(word: Token | None) -> Token | None:
    """The event or document noun a period's word qualifies in the parse, if any."""
    if (
        word is None
        or word.dep_ not in ("compound", "amod", "nmod", "nummod")
        or word.head.lower_ not in EVENT_NOUNS
    ):
        return None
    return word.head


def dates_an_event(view: SentenceView, q: Quantity, period: PeriodMention) -> bool:
    """A period that only qualifies an event ("Tourism, 6% of GDP, was hit by the December
    tsunami", "ahead of the May election"): when it happened, not the figure's period,
    unless the event is what the figure's verb says did it ("The March earthquake caused
    $1bn in damage")."""
    event = event_dated(view.tree.token(period.start, period.end))
    if event is None:
        return False
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    if verb is None:
        return True
    # the verb's own subject, or the one it shares with the verb it is joined to
    verbs = {verb.i, verb.head.i} if verb.dep_ == "conj" else {verb.i}
    return not (event.dep_ in SUBJECT_DEPS and event.head.i in verbs)


EVENT_NOUNS = frozenset(frame_data()["event_nouns"])


def dates_an_aside(view: SentenceView, q: Quantity, period: PeriodMention) -> bool:
    """ "tin exports, hit by the collapse of the tin market in October 1985, fell to 48,500
    tonnes", "Shipments of gems, which passed $2bn in July, slumped by a third": a period in
    an aside clause (:func:`in_aside_apart`) dates what that clause tells, not the figure."""
    return view.tree.in_aside_apart((period.start, period.end), (q.start, q.end))


def told_as_done(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure's clause is in the past tense ("Car exports fell 5.2 pct")."""
    figure = view.tree.token(q.start, q.end)
    return figure is not None and tense_of(figure) == "past"


# How many sentences a market report's day carries to the quotes after it (one may say
# who bought or sold in between).
QUOTE_DAY_WINDOW = 2
# The period rules that date a market quote by its day (given or published).
QUOTE_DAY_RULES = ("day:", "previous-quote-day", "quote:published")


def in_relative_clause(view: SentenceView, q: Quantity) -> bool:
    """ "Shipments of gems, which passed $2bn in July, slumped by a third": a period a
    relative clause names is its aside, not the period the rest of the sentence is on."""
    figure = view.tree.token(q.start, q.end)
    return figure is not None and any(t.dep_ == "relcl" for t in up_from(figure))


class PeriodDecision(NamedTuple):
    """A period as decided, the rule that decided it, whether the figure's sentence named it
    as its current period (for the sentences after), and whether it is a period of the
    figure's own sentence part rather than one the article or the sentence before gave."""

    value: str | None
    rule: str
    named: bool = False
    own_words: bool = False


# How many sentences back a named period carries to a figure whose sentence names none.
PERIOD_WINDOW = 1


def other_clause_period(view: SentenceView, q: Quantity, period: PeriodMention) -> bool:
    """Whether, in the parse, the period sits in a relative clause that does not hold the
    figure ("exports to China, which overtook the US as its largest market in 2003, climbed
    42%"; "Coffee sales, hit by the drought that slashed the 1986/87 crop, earned 2.01
    billion dlrs"): the clause's time, not the figure's."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(period.start, period.end)
    if figure is None or word is None:
        return False
    clause = next((t for t in up_from(word) if t.dep_ == "relcl" and is_verbal(t)), None)
    # not a participle ("purchases made last month"), nor a clause on the figure's own noun
    # ("the record of $1 trillion that Beijing posted last year")
    return clause is not None and not holds(clause, figure) and not holds(clause.head, figure)


def since_span(view: SentenceView, q: Quantity, context: ArticleContext) -> PeriodDecision | None:
    """FORMAT: "since January" runs from that month to the published month (null when the
    article is undated), for a figure whose verb "since" hangs from ("exports have fallen
    by a third since 2022"); not "the lowest since 2000", a superlative's start."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    for p in view.periods:
        if p.relation != "since" or not p.value:
            continue
        word = view.tree.token(p.start, p.end)
        since = word
        for _ in range(4):
            if since is None or since.lower_ == "since" or since.head.i == since.i:
                break
            since = since.head
        if since is None or since.lower_ != "since" or not spans_from(since, figure):
            continue
        if context.published is None:
            return PeriodDecision(None, f"since-undated:{p.text}")
        start, end = first_month(p.value), context.published.strftime("%Y-%m")
        if start >= end:
            return None
        return PeriodDecision(f"{start}/{end}", f"since:{p.text}", own_words=True)
    return None


def spans_from(since: Token, figure: Token) -> bool:
    """Whether a "since" phrase dates the change of the verb that holds ``figure``."""
    verb = since.head
    if verb.i == figure.i and figure.dep_ in ("dobj", "npadvmod"):
        verb = figure.head  # "has risen 16 pct since 1985": a parse that hung it on the figure
    if not is_verbal(verb) or verb.dep_ == "acl" or not holds(verb, figure):
        return False  # a relative clause's "since" dates the figures inside it
    lo, hi = sorted((since.i, figure.i))
    return not any(t.tag_ in ("JJS", "RBS") for t in since.doc[lo:hi])


def first_month(period: str) -> str:
    """The first month of a period value: "2022" -> "2022-01", "2025-Q2" -> "2025-04"."""
    first = period.split("/")[0]
    if len(first) == 4:
        return f"{first}-01"
    if "-Q" in first:
        return f"{first[:4]}-{(int(first[-1]) - 1) * 3 + 1:02d}"
    if "-H" in first:
        return f"{first[:4]}-{'01' if first.endswith('1') else '07'}"
    return first


# How a period stands to a figure in the parse when it is not the figure's
# (:func:`extractor.nlp.frames.period_attachment`).
DETACHED = frozenset({"other-figure", "since", "other-clause", "said"})


def attached_periods(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> tuple[list[PeriodMention], list[PeriodMention]]:
    """The periods the parse does not place elsewhere (another figure's phrase, a clause of
    its own, "since", the date of a statement), and those of them in the figure's own
    phrase ("0.4% in 2002", "a year-earlier surplus of $3bn")."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or not periods:
        return periods, []
    others, sized = other_figures(view, q, figure)
    measured = view.tree.measured(q.start, q.end)[0]
    kept, own = [], []
    for p in nearest_periods(periods, q):
        word = view.tree.token(p.start, p.end)
        how = "clause"
        if word is not None:
            how = period_attachment(word, figure, others, sized, measured)
        if how == "clause" and word is not None and told_ahead_beside(word, figure):
            continue
        if how not in DETACHED or (how == "other-clause" and next_to(view, q, p)):
            kept.append(p)
            if how == "own":
                own.append(p)
    return kept, own


def cue_before_figure(
    view: SentenceView, q: Quantity, period: PeriodMention, own: list[PeriodMention]
) -> bool:
    """A period of the figure's own phrase that a word of comparison before the figure
    marked ("following expansion of 2.1% this year", "after a 3% rise in 2004"): "after"
    sets the figure's own change beside the clause's, so the period is the figure's."""
    if period not in own or period.relation != "comparison" or period.start < q.end:
        return False
    between = view.between(q.end, period.start)
    return (
        comparison_cue(between) is None
        and COMPARED_ON.search(between) is None
        and FOLLOWING.search(view.before(q.start, 40)) is not None
    )


FOLLOWING = re.compile(r"\b(?:after|following)\s", re.IGNORECASE)


# "up 21% on the previous year", "up 9% on the same period of 2003": the figure's compared
COMPARED_ON = re.compile(r"\b(?:on|over|against|vs?)\b", re.IGNORECASE)


def ahead_of_sentence_period(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure stands in a clause told ahead beside a past one that names the
    sentence's current period (:func:`told_ahead_beside`)."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return False
    words = (view.tree.token(p.start, p.end) for p in view.periods if p.relation == "current")
    return any(word is not None and told_ahead_beside(word, figure) for word in words)


def told_ahead_beside(period: Token, figure: Token) -> bool:
    """ "The economy grew 2% in 2018 and is forecast to grow 3%": the past clause's period
    does not date a figure in the clause told ahead that is joined to it."""
    verb = climb_to_verb(figure)
    governor = climb_to_verb(period)
    if verb is None or governor is None or tense_of(governor) != "past":
        return False
    for _ in range(MAX_CLIMB):  # up the clause's verbs ("is forecast to grow") to the join
        if verb.i == governor.i or verb.head.i == verb.i:
            return False
        if verb.head.i == governor.i:
            return verb.dep_ in ("conj", "advcl") and tense_of(verb) == "ahead"
        verb = verb.head
    return False


# A figure reads the parse for at most this many of its sentence's periods, the nearest:
# a table of thousands of months in one sentence must cost linear time.
MAX_PERIODS = 12


def nearest_periods(periods: list[PeriodMention], q: Quantity) -> list[PeriodMention]:
    """``periods`` when there are few; else the MAX_PERIODS nearest the figure, in order."""
    if len(periods) <= MAX_PERIODS:
        return periods
    at = bisect_left([p.start for p in periods], q.start)
    lo = max(0, min(at - MAX_PERIODS // 2, len(periods) - MAX_PERIODS))
    return periods[lo : lo + MAX_PERIODS]


def spanned(view: SentenceView, p: PeriodMention) -> bool:
    """A period governed by a preposition of span ("in the previous quarter", "during
    1986"), not of comparison ("from", "on", "over")."""
    word = view.tree.token(p.start, p.end)
    if word is not None and word.dep_ == "pobj" and word.head.lower_ == "of":
        whole = word.head.head  # "for the whole of 1986", "over the course of 2025"
        if whole.lower_ in WHOLE_NOUNS and whole.dep_ == "pobj":
            if whole.head.lower_ == "over":
                return True  # "over the whole of 2024" spans it; "over 2023" compares
            word = whole
    return word is not None and word.dep_ == "pobj" and word.head.lower_ in SPAN_PREPOSITIONS


SPAN_PREPOSITIONS = frozenset({"in", "during", "for", "throughout"})
WHOLE_NOUNS = frozenset({"whole", "course", "entirety", "rest", "remainder", "length"})


def next_to(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """A period right after the figure, with at most adverbs between ("grew 2.6% overall
    last year"): the figure's, whatever clause a parse that went wrong put it in."""
    if p.start < q.end:
        return False
    between = view.span.doc.char_span(q.end, p.start, alignment_mode="contract")
    if between is None:
        return not view.between(q.end, p.start).strip()
    words = [t for t in between if not t.is_space]
    return len(words) <= 2 and not any(t.is_punct or is_verbal(t) for t in words)


def other_figures(
    view: SentenceView, q: Quantity, figure: Token
) -> tuple[Container[int], Container[int]]:
    """The tokens of the sentence's other figures, and of the nouns they size ("1.5 pct
    growth", "623 mln dlrs surplus").

    Found once per sentence for all its figures (a sentence of thousands of figures must
    cost linear time); each figure's view leaves out its own token and noun.
    """
    tokens, nouns = view.memo("figure-tokens", lambda: figure_tokens(view))
    own_noun = figure.head.i if figure.dep_ in MODIFIER_DEPS else -1
    return Without(tokens, figure.i), Without(nouns, figure.i, own_noun)


def in_period(view: SentenceView, token: Token) -> bool:
    return any(
        p.start <= token.idx < p.end for p in view.near(view.periods, token.idx, token.idx + 1)
    )


def figure_tokens(view: SentenceView) -> tuple[Counter[int], Counter[int]]:
    """How many of the sentence's figures have each token as their root, and how many
    size each noun."""
    tokens: Counter[int] = Counter()
    nouns: Counter[int] = Counter()
    for other in view.quantities:
        token = view.tree.token(other.start, other.end)
        if token is None:
            continue
        tokens[token.i] += 1
        if (
            token.dep_ in MODIFIER_DEPS
            and token.head.i != token.i
            and not (other.category == "ratio" and in_period(view, token.head))
        ):
            # not a month a ratio word hangs on ("double January's 623 mln dlrs surplus"):
            # a ratio sizes no period
            nouns[token.head.i] += 1
    return tokens, nouns


class Without:
    """The keys of a count, less one figure's: never ``drop`` (its own token), and ``less``
    (the noun it sizes) only when another figure sizes it too."""

    def __init__(self, counts: Counter[int], drop: int, less: int = -1) -> None:
        self.counts, self.drop, self.less = counts, drop, less

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int) or key == self.drop:
            return False
        return self.counts[key] > (1 if key == self.less else 0)


# "revised from 69 mln", "revised down from": an earlier estimate; not "down from 7.4 billion"
REVISED = re.compile(r"\brevis(?:ed|ion)\s+(?:\w+\s+)?$|\bmarked\s+down(?:ward)?\s+$", re.I)
# "fell to 1.74 billion from 2.41 billion": the level it came from is the period before.
FROM_LEVEL = re.compile(r"(?:from|against|compared (?:with|to)|versus|vs\.?)\b", re.I)


def undated_share(view: SentenceView, q: Quantity) -> bool:
    """ "The EU takes 60% of its exports", "oil will make up half of sales": a share said in
    the present, or ahead, tells how a whole divides, no statistic of the article's period;
    dated only by its own sentence. One said in the past ("China supplied a fifth of the
    goods", "the share fell to 11.7%") reports the period, and a share of GDP is the
    period's figure."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or economy_whole(view, q) is not None:
        return False
    return tense_of(figure) in ("present", "ahead")


def compared_level_period(
    view: SentenceView,
    q: Quantity,
    kind: str,
    metric: str,
    lead: int | None,
    choice: PeriodMention | None,
    running: str | None,
    year_on_year: bool = False,
) -> tuple[str, str] | None:
    """The period of a level a change is measured from, when its phrase names none, and
    its rule.

    "Imports fell to 1.74 billion in February from 2.41 billion": the 2.41 billion is
    January's, the period before the one the sentence (or else the article) reports; in an
    article that compares with the same period a year before (``year_on_year``: "a surplus
    of 450 mln dlrs in April, against a deficit of 112 mln in the same month of 1986. ...
    Shipments to the U.S. rose to 1.41 billion in April from 1.02 billion"), April 1986's.
    """
    if (
        kind not in ("amount", "rate", "share")
        or lead is None
        or not FROM_LEVEL.match(view.text[lead - view.start :])
    ):
        return None
    if kind == "share" and not view.text[lead - view.start :].lower().startswith("from"):
        return None  # "20.1% of Japan's trade, compared with 18.6% for the US": another's share
    if choice is not None and choice.end > lead:
        return None  # its own period: "from 9.58 billion in January"
    if REVISED.search(view.before(lead, 25)):
        return None  # "revised from 69 mln": an earlier estimate of the same period
    if choice is not None and choice.value and choice.relation == "current":
        base: str | None = choice.value
    elif choice is None and metric in PERIODIC_METRICS:
        base = running
    else:
        return None
    if base and year_on_year:
        return shift_year(base, -1), f"compared-level-year-before:{base}"
    earlier = previous_period(base) if base else None
    return (earlier, f"compared-level-before:{base}") if earlier is not None else None


# How many sentences an article's way of comparing carries.
COMPARISON_WINDOW = 3


def note_comparison(context: ArticleContext, period: str | None, rule: str) -> None:
    """Note how a figure the text itself dates compares with the period its article reports:
    the same period a year before, or the period before (not one this module inferred)."""
    current = context.recent_period
    if period is None or current is None or rule.startswith(("compared-level", "level-of")):
        return
    if period == current or len(period) != len(current):
        return
    if period == shift_year(current, -1):
        context.year_on_year_sentence = context.sentence
    elif period == previous_period(current):
        context.period_on_period_sentence = context.sentence


def compares_year_on_year(context: ArticleContext) -> bool:
    """Whether the article's last dated comparison, a few sentences back at most, was with
    the same period a year before."""
    last = context.year_on_year_sentence
    return (
        context.sentence - last <= COMPARISON_WINDOW and last >= context.period_on_period_sentence
    )


# What stands between a change and the year it is measured against: "up 4% from 2024",
# "an 82% jump on 2003 figures", "5% higher than in 2023".
COMPARED_YEAR_GAP = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:from|on|over|than|compared\s+(?:with|to)|against)\s+(?:in\s+)?", re.I
)


def compared_year(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    """The year a change without a period of its own is compared with, right after it, among
    the periods the parse leaves to the figure; its period is the year after."""
    for p in periods:
        if (
            p.start < q.end
            or p.relation not in ("comparison", "current")
            or p.granularity not in ("year", "month", "quarter")
        ):
            continue
        if p.value is None or p.relative or "/" in p.value:
            continue  # a period named, not "a year ago" (a year back from a month, often)
        if p.granularity == "year" and not re.search(r"\d{4}", p.text):
            continue
        if COMPARED_YEAR_GAP.fullmatch(view.between(q.end, p.start)):
            return p
    return None


def compared_level_named(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    """The month or quarter, named with its year, of the level a level without a period of
    its own is compared with ("to 4.21 billion dlrs from 3.74 billion in February last
    year"), else None."""
    for p in periods:
        if p.start < q.end or p.granularity not in ("month", "quarter") or p.value is None:
            continue
        if YEAR_NAMED.search(p.text) is None:
            continue
        figures = view.figures_between(q.end, p.start)
        if len(figures) != 1 or figures[0].category != "money":
            return None
        other = figures[0]
        if LEVEL_COMPARED.fullmatch(view.between(q.end, other.start)) and re.fullmatch(
            r"\s*in\s*", view.between(other.end, p.start)
        ):
            return p
        return None
    return None


# Between a level and the one it is compared with: "... dlrs from a revised ...".
LEVEL_COMPARED = re.compile(
    r"\s*,?\s*(?:from|against|compared\s+(?:with|to))\s+(?:an?\s+)?(?:revised\s+|"
    r"preliminary\s+)?",
    re.I,
)


def period_after(value: str) -> str | None:
    """The period right after a year, quarter or month ("2004-10" -> "2004-11").

    >>> period_after("2004"), period_after("2004-Q4"), period_after("2004-12")
    ('2005', '2005-Q1', '2005-01')
    """
    if value.isdigit():
        return str(int(value) + 1)
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if quarter:
        year, number = int(quarter[1]), int(quarter[2])
        return f"{year + number // 4}-Q{number % 4 + 1}"
    month = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if month:
        year, number = int(month[1]), int(month[2])
        return f"{year + number // 12}-{number % 12 + 1:02d}"
    return None


def when_clause_period(view: SentenceView, q: Quantity) -> PeriodMention | None:
    """The period a ", when ..." clause holding the figure follows ("the final quarter of
    1986, when it rose 0.9 pct"), in whichever way the parse attached the clause."""
    figure = view.tree.token(q.start, q.end)
    if figure is None:
        return None
    verb = climb_to_verb(figure)
    if verb is None:
        return None
    marker = next((c for c in children(verb) if c.lower_ == "when" and c.i < verb.i), None)
    if marker is None or marker.i == 0 or marker.doc[marker.i - 1].text != ",":
        return None
    comma = marker.doc[marker.i - 1].idx
    return next((p for p in view.periods if 0 <= comma - p.end <= 1), None)


# Words that join a clause told of the same time as the one it hangs on.
PARALLEL_MARKERS = frozenset({"while", "whereas", "and", "but", "as"})


def parallel_period(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    """The current period of the clause a past-tense clause holding the figure runs beside
    ("Toyota's US sales fell 16.8% in September, while Honda's dropped 7.2%"; "... in May,
    and imports fell 3%"), however far the words between run. Not a clause told ahead ("grew
    2% in 2018 and is forecast to grow 3%") nor one of another tense."""
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    if verb is None or verb.dep_ not in ("advcl", "conj") or tense_of(verb) != "past":
        return None
    main = verb.head
    joined = [c.lower_ for c in children(verb) if c.dep_ in ("mark", "cc")]
    joined += [c.lower_ for c in children(main) if c.dep_ == "cc" and c.i < verb.i]
    if not is_verbal(main) or tense_of(main) != "past" or not PARALLEL_MARKERS & set(joined):
        return None
    for p in periods:
        word = view.tree.token(p.start, p.end)
        if p.relation != "current" or word is None or holds(verb, word):
            continue
        governor = climb_to_verb(word)
        if governor is not None and governor.i == main.i:
            return p
    return None


def list_header_period(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    """ "The ministry gave these figures for the first five months of 1987, with those of
    1986 in brackets: exports 18.64 (13.92), ...": the current period a list's header,
    before its colon, names is its items'."""
    for p in reversed(periods):
        if p.end <= q.start and p.relation == "current" and p.value:
            return p if ":" in view.between(p.end, q.start) else None
    return None


def framing_comparison(
    view: SentenceView, q: Quantity, periods: list[PeriodMention]
) -> PeriodMention | None:
    """ "Exports rose 8% in May. In the same month of 2024, they had stood at $35bn": the
    period a sentence's one level is set in, though it names the one compared with, when
    the parse hangs it on the level's own verb and no other figure can be what it dates."""
    if len(view.quantities) != 1:
        return None
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    if verb is None:
        return None
    for p in periods:
        word = view.tree.token(p.start, p.end)
        if p.relation == "comparison" and word is not None and climb_to_verb(word) == verb:
            return p
    return None


def reached_by_noun(view: SentenceView, q: Quantity) -> bool:
    """ "compared with a 3 pct decline to 210 mln a year earlier": in the parse the figure is
    the level a change noun reached, the noun another figure sizes; it shares that move's
    period, a comparison period included."""
    figure = view.tree.token(q.start, q.end)
    if figure is None or figure.dep_ != "pobj" or figure.head.lower_ != "to":
        return False
    noun = figure.head.head
    sized = view.memo("figure-tokens", lambda: figure_tokens(view))[1]
    return is_nominal(noun) and sized[noun.i] > 0


def same_part_last_year(
    periods: list[PeriodMention],
    lead: int | None,
    choice: PeriodMention | None,
    running: str | None,
) -> str | None:
    """ "Imports rose to 7.08 billion from 5.33 billion last year", the sentence being on the
    first quarter: the level compared with is the same quarter a year before, not the year.

    For a comparison figure whose own period is "last year" while the sentence's periods
    that the parse leaves to the figure (``periods``; not "a report dated April 21"), else
    the article, report a part of this year."""
    if lead is None or choice is None or not choice.value or choice.granularity != "year":
        return None
    if choice.text.lower() != "last year":
        return None
    current = next(
        (p.value for p in periods if p.relation == "current" and p.value and p is not choice),
        running,
    )
    if current is None or "-" not in current:
        return None  # a year: "last year" is then the year before, as it says
    if int(current.split("/")[-1][:4]) != int(choice.value) + 1:
        return None
    return shift_year(current, -1)


def periodic(view: SentenceView, q: Quantity, kind: str, metric: str, cue: Cue | None) -> bool:
    """A statistic published for a period, which takes the article's: trade, output, GDP,
    investment, prices (not a currency's move, quoted for a day), public finances and
    reserves ("tax revenues"), and a firm's results ("profits at the bank rose 25%")."""
    if metric == "price" and kind == "change" and cue is not None and is_currency_move(view, cue):
        return False
    if metric in PERIODIC_METRICS:
        return True
    words = view.phrase(cue.start, cue.end) if cue else ""
    if metric == "other" and words in cue_data()["periodic_other"]:
        return True
    measured = view.tree.measured(q.start, q.end)[0]
    if (
        metric == "other"
        and measured is not None
        and measured.lower_ in cue_data()["periodic_other"]
    ):
        return True  # "US crude stocks were 3.5% higher than a year ago"
    return (
        metric in ("other", "sales")
        and measured is not None
        and word_set_regex("periodic_results").fullmatch(measured.text) is not None
    )


def jobs_statistic(view: SentenceView, q: Quantity, context: ArticleContext) -> bool:
    """ "Employers added 146,000 jobs", "manufacturing shed 8,000 jobs": jobs the economy
    made or lost, told in the past, are the period's statistic; a plan ("the bank will cut
    3,000 staff") or a firm's jobs are no period's."""
    if q.category != "count" or q.unit != "jobs":
        return False
    figure = view.tree.token(q.start, q.end)
    if figure is None or tense_of(figure) != "past":
        return False
    return context.firm_sentence != context.sentence  # set by assemble_claims


def price_statistic(view: SentenceView, cue: Cue | None) -> bool:
    """A price figure published for a period ("consumer prices", "inflation", "the price
    index"), not a market quote ("Brent crude", "the FTSE", "shares in the bank")."""
    words = view.phrase(cue.start, cue.end) if cue else ""
    return word_set_regex("price_statistics").search(words) is not None or (
        view.says(PRICE_STATISTICS)
    )


PRICE_STATISTICS = word_set_regex("price_statistics")


def market_rate(view: SentenceView, q: Quantity, cue: Cue | None) -> bool:
    """An interest rate, a yield or a cost of borrowing, set or quoted day by day ("base
    rate", "the 10-year yield"), not a rate published for a period ("the jobless rate"):
    the figure's rate word, else the noun it measures ("lifted its cash rate by 25 basis
    points")."""
    if cue is not None:
        if cue.label != "other":
            return False
        words = view.phrase(cue.start, cue.end)
        noun = view.tree.token(cue.start, cue.end)
    else:
        noun = view.tree.measured(q.start, q.end)[0]
        words = noun.text if noun is not None else ""
    if word_set_regex("market_rates").fullmatch(words) is not None:
        return True
    return (
        noun is not None
        and noun.lower_ == "rate"
        and any(
            child.dep_ in ("amod", "compound")
            and child.lower_ in cue_data()["market_rate_modifiers"]
            for child in children(noun)
        )
    )


# "rose 5% to 1.2 billion", not "compared to 1.2 billion" (a comparison, not a level reached).
LEVEL_REACHED = re.compile(
    r"(?<!compared\s)(?<!relative\s)\bto\s+(?:(?:about|around|nearly|some|a record)\s+)?$", re.I
)


def names_whole_year(view: SentenceView, q: Quantity) -> bool:
    """ "the annual total up 35.4%", "for the full year, ... grew 77.4 billion dlrs"."""
    return WHOLE_YEAR.search(view.before(q.start, 120) + " " + view.after(q.end, 30)) is not None


def period_for(
    view: SentenceView,
    q: Quantity,
    periods: list[PeriodMention],
    comparison: int | None,
    own: bool = False,
) -> PeriodMention | None:
    """The period among ``periods`` for the figure; ``comparison`` is where its comparison
    phrase starts (:func:`comparison_lead`), if it has one; ``own``, whether ``periods`` are
    those of a level's own phrase ("against a year-earlier surplus of 95 mln": the
    comparison period is then the level's, whatever word opens the phrase; a change's
    is what it is measured against, "3.0 pct lower than in January 1986")."""
    if own and len(periods) == 1 and own_reach(view, q, periods[0]):
        return periods[0]  # the parse's word, however far the words between run
    if comparison is not None:
        inside = [p for p in periods if comparison <= p.start and p.end <= q.start]
        if inside:
            return inside[-1]
    following = next(
        (
            p
            for p in periods
            if p.start >= q.end
            and not far_side_period(view, q, p)
            and not COMPARISON_BETWEEN.search(view.between(q.end, p.start))
            and not (
                comparison is None and p.relation == "comparison" and change_between(view, q, p)
            )
        ),
        None,
    )
    if following is not None:
        return following
    if comparison is None and not own:
        # Not a comparison figure: a nearby "the previous year" is some other figure's.
        periods = [p for p in periods if p.relation != "comparison"]
    found: PeriodMention | None = nearest(view, q, periods, limit=80)
    if found is None:
        # "For the full year 1986, the current account ... was in deficit a record 140.57
        # billion dlrs": a period opening the sentence frames all of it.
        found = next((p for p in periods if p.start - view.start <= 30 and p.end <= q.start), None)
    return found


BRACKETED = re.compile(r"\([^()]*\)")


def own_reach(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """Whether a period of the figure's own phrase is the figure's past any figure between:
    the level its change reached ("a 3 pct decline to 210 mln a year earlier"), not another
    figure ("2.01 billion dlrs, 25.7 pct higher than in 1985"), nor past a comparison word
    (a parse that hung "than February 1986" on the figure's noun)."""
    if p.start < q.end:
        return True
    if COMPARISON_BETWEEN.search(view.between(q.end, p.start)):
        return False  # "623 mln dlrs surplus and sharply higher than February 1986's"
    figures = view.figures_between(q.end, p.start)
    return not figures or (
        LEVEL_AFTER_CHANGE.fullmatch(view.between(q.end, figures[0].start)) is not None
    )


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
    lead = q.start - len(before) + match.start()
    if governed_elsewhere(view, q, lead):
        return None
    return lead


# A clause of its own between a comparison word and a figure: "with imports from Mexico
# reaching $505.9bn" compares nothing.
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "conj"})


def governed_elsewhere(view: SentenceView, q: Quantity, lead: int) -> bool:
    """Whether the comparison word at ``lead`` reaches the figure only through a clause of
    its own (the word's object is some other noun, "from Mexico", that a clause about the
    figure hangs from), in the parse."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(lead, lead + 1)
    if figure is None or word is None:
        return False
    token = figure
    for _ in range(MAX_CLIMB):
        if token.i == word.i:
            return False
        if token.dep_ in CLAUSE_DEPS or token.head.i == token.i:
            return True
        token = token.head
    return False


def compared(view: SentenceView, p: PeriodMention) -> bool:
    """A period named as the comparison basis: "above February 1986's", "than in January"."""
    return re.search(r"(?:\bthan|\babove|\bbelow|\bagainst|\bover|\bon)\s+(?:in\s+)?$",
                     view.before(p.start, 15), re.I) is not None  # fmt: skip


def beyond_other_figure(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """A period after another figure that follows this one ("42 pct above the 16.98 billion
    dlrs recorded in February 1986"): that figure's period, not this one's."""
    return bool(view.figures_between(q.end, p.start)) and (
        COMPARISON_BETWEEN.search(view.between(q.end, p.start)) is not None
    )


# What may stand between a figure and the next one that shares its period: a list ("and",
# a comma), the level a change reached ("rose 9.7% to"), a parenthetical conversion.
LIST_CONTINUES = re.compile(r"^\s*(?:(?:and|,|to)\s+(?:[\w.]+\s+){0,3}|\(\s*)$", re.I)


def change_between(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """ "110m tons, up 21% on the previous year": the compared period is the change's."""
    return any(o.category in ("percent", "pp") for o in view.figures_between(q.end, p.start))


def far_side_period(view: SentenceView, q: Quantity, p: PeriodMention) -> bool:
    """A period after the figure that belongs to another clause or another figure's period.

    "exports of 6.72 billion and imports of 6.64 billion in January": January covers both;
    "rose 5% in May, while imports fell 2% in June": June is not the 5%'s.
    """
    gap = view.between(q.end, p.start)
    if CLAUSE_BREAK.search(BRACKETED.sub(" ", gap)):
        return True  # not the ";" of conversions in brackets: "470m euros ($608m; £323m) in"
    if any(
        q.end <= o.end <= p.start for o in view.near(view.periods, q.end, p.start) if o is not p
    ):
        return True
    figures = view.figures_between(q.end, p.start)
    return bool(figures) and not LIST_CONTINUES.match(view.between(q.end, figures[0].start))
