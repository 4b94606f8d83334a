"""Reporter and partner: whose figure it is, and with whom.

Read from the places of the sentence and the words around them ("exports to", "imports
from", "surplus with", "tariffs on Chinese steel", "China-Russia trade", "Japan's"); where
the sentence names none, from the article (its main countries, the roles of the figure
spoken of before, the currency pair it is about).

Each decider returns its :class:`Role` (a country and the rule that decided it) and changes
nothing; the assembly (:func:`extractor.nlp.claims.build_claim`) writes the rules into the
claim's evidence and keeps what :attr:`Roles.keep` says for the figures that follow.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from extractor.nlp.cues import (
    CLAUSE_BREAK,
    CONVERSION_GAP,
    TRADE_METRICS,
    ArticleContext,
    Cue,
    SentenceView,
    cue_data,
    distance,
    find_metric_cues,
    index_name,
    nearest,
    word_regex,
)
from extractor.nlp.frames import (
    COMPANY_MEASURES,
    FACING_VERBS,
    FISCAL,
    MAX_CLIMB,
    MEASURE_NOUNS,
    OBJECT_DEPS,
    OWNER_DEPS,
    SHARE_NOUNS,
    SUBJECT_DEPS,
    TIME_NOUNS,
    TRADER_VERBS,
    FigureFrame,
    children,
    climb_to_verb,
    company_figure,
    frame_data,
    holds,
    in_other_clause,
    is_nominal,
    is_verbal,
    prep_objects,
    token_at,
    up_from,
)
from extractor.nlp.periods import lasts_longer
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity, local_member_country
from extractor.nlp.sectors import TARIFF_NOUNS

__all__ = [
    "Role",
    "Roles",
    "decide_roles",
    "main_countries",
    "sentence_roles",
    "sentence_subject",
    "firm_names",
    "firm_subject",
    "share_roles",
]

MARKET_SECTORS = frozenset({"energy", "metals", "minerals", "agriculture", "food", "services"})


def main_countries(text: str, places: Sequence[PlaceMention]) -> list[str]:
    """The article's countries, most talked about first (the headline counts double; a
    place named as a counterpart, after "to", "from", "with", "on" or "against", half)."""
    headline_end = text.find("\n")
    counts: Counter[str] = Counter()
    for place in places:
        if place.code != "WLD":
            weight = 2.0 if 0 <= place.start < headline_end else 1.0
            if COUNTERPART_BEFORE.search(text, max(0, place.start - 12), place.start):
                weight /= 2
            counts[place.code] += weight  # type: ignore[assignment]
    return [code for code, _ in counts.most_common()]


def headline_subject(
    doc: Doc, sentences: Sequence[Span], places: Sequence[PlaceMention]
) -> str | None:
    """The country whose trade the headline, else the lead sentence, is about: a place that
    owns or qualifies a trade or balance word in the parse ("Vietnam's exports to the US
    jump", "German exports to the US fall", "China's surplus widens"), not one after "to"
    or "from". None when neither names one."""
    for sent in sentences[:2]:
        lo, hi = sent.start_char, sent.end_char
        cues = [
            c for c in find_metric_cues(sent.text, lo) if c.label in TRADE_METRICS and not c.weak
        ]
        for place in places:
            if not lo <= place.start < hi or place.code == "WLD":
                continue
            word = token_at(doc, place.start, place.end)
            if word is None or word.dep_ not in OWNER_DEPS:
                continue
            head = word.head
            if head.dep_ == "pobj" and head.head.lower_ in ("on", "against"):
                continue  # "raised tariffs on Chinese imports": the goods a tariff falls on
            if any(c.start <= head.idx < c.end for c in cues):
                return place.code
    return None


COUNTERPART_BEFORE = re.compile(
    r"\b(?:to|from|with|on|against|into|toward|towards)\s+(?:the\s+)?$", re.I
)


def soviet(code: str | None) -> str | None:
    """Before 1992 Moscow spoke for the Soviet Union (FORMAT: old states keep their codes)."""
    return "SU" if code == "RU" else code


@dataclass(frozen=True)
class Role:
    """A reporter or partner as decided: the country (None for none) and the rule that
    decided it ("" when no rule did)."""

    code: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Roles:
    """A figure's reporter and partner, and the roles to keep for the metric's later
    figures (None: keep nothing); for a currency's move, ``moved`` holds the country whose
    currency moved, for the moves after it (None: no move)."""

    reporter: Role = Role()
    partner: Role = Role()
    keep: tuple[str | None, str | None] | None = None
    moved: tuple[str | None] | None = None

    def evidence(self) -> dict[str, str]:
        rules = {"reporter": self.reporter.rule, "partner": self.partner.rule}
        return {field: rule for field, rule in rules.items() if rule}


# The metrics whose roles a sentence without a figure sets for the figures after it.
SENTENCE_ROLE_METRICS = frozenset({*TRADE_METRICS, "tariff"})


def sentence_roles(view: SentenceView) -> dict[str, tuple[str | None, str | None]]:
    """Roles a sentence gives a trade total without a figure, for the figures that follow.

    "... freeze this year's trade surplus with the United States." then "The surplus ...
    rose to 7.4 billion dollars": the second figure is the same surplus.
    """
    found: dict[str, tuple[str | None, str | None]] = {}
    main: set[str] = set()  # the metrics the main clause named
    for cue in view.metric_cues:
        if cue.label not in SENTENCE_ROLE_METRICS or not view.places:
            continue
        # "China's exports shrank as shipments to the US slumped": the main clause's
        # exports are what the next sentence goes on about, not the adverbial clause's.
        subordinate = aside_cue(view, cue)
        if subordinate and cue.label in main:
            continue
        anchor = Quantity(cue.start, cue.end, "", 0.0, "", False, "anchor")
        roles = [(p, place_role(view, p)) for p in view.places if p.code != "WLD"]
        partner = pick_partner(view, anchor, cue.label, roles).code
        reporter = pick_reporter(view, anchor, cue, cue.label, roles, partner).code
        if not subordinate:
            main.add(cue.label)
        if reporter or partner:
            found[cue.label] = (reporter, partner)
        elif not subordinate:
            found.pop(cue.label, None)
    return found


def aside_cue(view: SentenceView, cue: Cue) -> bool:
    """Whether the parse puts ``cue`` in a relative, adverbial or parenthetical clause."""
    word = view.tree.token(cue.start, cue.end)
    return word is not None and in_other_clause(word, word.sent.root)


# --- reporter and partner -----------------------------------------------------------------

ROLE_BEFORE = (
    # not "according to the Mexican association", "due to", "thanks to", "owing to"
    (
        re.compile(
            r"(?<!according )(?<!due )(?<!thanks )(?<!owing )\b(?:to|into)\s+(?:the\s+)?$", re.I
        ),
        "to",
    ),
    (re.compile(r"\bfrom\s+(?:the\s+)?$", re.I), "from"),
    (re.compile(r"\bwith\s+(?:the\s+)?$", re.I), "with"),
    (re.compile(r"\b(?:on|against)\s+(?:the\s+)?(?:\w+\s+)?$", re.I), "on"),
    (re.compile(r"\b(?:of|worth of)\s+(?:the\s+)?$", re.I), "of"),
    (re.compile(r"\bbetween\s+(?:the\s+)?$", re.I), "between"),
    (re.compile(r"\band\s+(?:the\s+)?$", re.I), "and"),
    (re.compile(r"\b(?:in|for|at)\s+(?:the\s+)?$", re.I), "in"),
)

# "Europe's largest economy", "Asia's second-biggest exporter", "the region's top
# supplier": a ranking within the place, which names one of its countries, not the place.
RANKED_AFTER = re.compile(
    r"^['’]s?\s+(?:(?:second|third|fourth|fifth|No\.?\s*\d)[- ]?)?"
    r"(?:largest|biggest|richest|poorest|top|leading|fastest[- ]growing|most\s+populous)(?:\s+"
    r"(?:[\w-]+\s+)?(?:economy|economies|exporters?|importers?|producers?|nations?|countries|"
    r"country|states?|members?|powers?|manufacturers?|consumers?)\b|\s*[,;)\u2013\u2014])",
    re.I,
)  # not "Japan's largest supplier", "India's biggest market": Japan's, India's own

# "China (and Hong Kong)": an aside on the place before it, not a role of its own.
PARENTHETICAL = re.compile(r"\(\s*(?:and|including|incl\.|plus)?\s*(?:the\s+)?$", re.I)


def tariff_imposer(doc: Doc, places: Sequence[PlaceMention]) -> str | None:
    """The country the document's tariffs are imposed by, in the parse: the subject of a verb
    levying, raising or setting a tariff word ("Washington imposed a 50% tariff on Indian
    goods", "the tariff Washington imposed"), or a tariff word's possessor ("Washington's
    tariffs"); the one named so most often, the first on a tie. None when no sentence names
    one."""
    at = place_tokens(doc, places)
    votes = Counter(imposers_among(doc, at))
    return votes.most_common(1)[0][0] if votes else None


def place_tokens(doc: Doc, places: Sequence[PlaceMention]) -> dict[int, str]:
    """The country code of each token that heads a place mention."""
    at: dict[int, str] = {}
    for place in places:
        word = token_at(doc, place.start, place.end) if place.code not in (None, "WLD") else None
        if word is not None and place.code is not None:
            at[word.i] = place.code
    return at


def imposers_among(tokens: Iterable[Token], at: dict[int, str]) -> list[str]:
    """The countries the tokens' tariff words are imposed by (:func:`tariff_imposer`)."""
    found = []
    for token in tokens:
        if token.lower_ not in TARIFF_NOUNS:
            continue
        found += [at[c.i] for c in children(token) if c.dep_ == "poss" and c.i in at]
        verbs = [token.head] if token.dep_ == "dobj" else []
        # "the 20% tariff Washington imposed": a clause on the tariff word
        verbs += [c for c in children(token) if c.dep_ == "relcl"]
        for verb in verbs:
            if verb.lower_ in IMPOSING_VERBS:
                found += [at[c.i] for c in children(verb) if c.dep_ in SUBJECT_DEPS and c.i in at]
    return found


def acts_on_tariff(view: SentenceView, q: Quantity, code: str | None) -> bool:
    """Whether the country of ``code`` imposes the sentence's tariffs by the parse
    (:func:`imposers_among`), or is, or qualifies an official body that is, the subject of a
    verb the figure's clause hangs from ("Mexico City responded by proposing tariffs of up to
    50%", "The Brazilian government is phasing in an import tax that reaches 35%")."""
    # the sentence's, read once however many of its figures ask
    at = view.memo("place-tokens", lambda: place_tokens(view.span.doc, view.places))
    if code in view.memo("tariff-imposers", lambda: imposers_among(view.span, at)):
        return True
    figure = view.tree.token(q.start, q.end)
    for token in up_from(figure) if figure is not None else ():
        for subject in children(token):
            if subject.dep_ not in SUBJECT_DEPS:
                continue
            if at.get(subject.i) == code:
                return True
            if subject.lower_ in OFFICIAL_BODIES and any(
                at.get(c.i) == code for c in children(subject)
            ):
                return True
    return False


IMPOSING_VERBS = frozenset(frame_data()["levying_verbs"]) | frozenset(
    frame_data()["tariff_setting_verbs"]
)


def imposed_tariff_roles(
    view: SentenceView, q: Quantity, reporter: Role, partner: Role, context: ArticleContext
) -> tuple[Role, Role]:
    """A tariff's roles where the article names the country imposing its tariffs
    (:func:`tariff_imposer`) and the sentence does not."""
    if (
        reporter.code is None or reporter.rule == "article-country"
    ) and partner.code != context.tariff_imposer:
        # "General Motors said tariffs would cost it $1.1 billion", a tariff no place in its
        # sentence imposes: the article's imposer's, not a firm's nor the article country's
        reporter = Role(context.tariff_imposer, "tariff-imposer:document")
    if (
        reporter.rule.startswith(("plain:", "poss:"))
        and partner.code is None
        and reporter.code != context.tariff_imposer
        and not acts_on_tariff(view, q, reporter.code)
    ):
        # "Swiss watch exports plunge 16.5% under 39% tariff", in an article where Washington
        # imposes the tariffs: a place the sentence names beside a tariff it does not impose
        # is the one the tariff falls on
        partner = Role(reporter.code, f"tariff-target:{reporter.rule.split(':', 1)[1]}")
        reporter = Role(context.tariff_imposer, "tariff-imposer:document")
    main = context.countries[0] if context.countries else None
    if (
        partner.code is None
        and GROUP_RULE not in partner.rule
        and reporter.code is not None
        and reporter.code == context.tariff_imposer
        and main not in (None, reporter.code)
        and all(p.code in (reporter.code, main) for p in view.places)
    ):
        # "Dhaka's garment shipments rose ... under the 20% tariff Washington imposed": in an
        # article on another country, the imposer's tariff naming no target falls on it
        partner = Role(main, "tariff-target:article-country")
    return reporter, partner


def parenthetical(view: SentenceView, place: PlaceMention) -> bool:
    """ "China (and Hong Kong)": the place is an aside on the one before it."""
    return view.memo(
        ("aside", place), lambda: PARENTHETICAL.search(view.before(place.start, 20)) is not None
    )


# "U.S. dlrs", "Hong Kong dollars": a place that only says whose dollar a unit is.
CURRENCY_AFTER = re.compile(r"\s+(?:dlrs?|dollars?)\b", re.I)
# "US-bound exports" (a destination), "Chinese-made cars" (an origin): a place hyphenated to
# a word of where goods go or come from.
HYPHEN_ROLE = re.compile(r"[-–](bound|made|built|sourced|grown|produced)\b", re.I)
# "China-Russia trade", "U.S.-Japan trade": a hyphenated pair of places.
PAIR_AFTER = re.compile(r"[-–/]\w")
PAIR_BEFORE = re.compile(r"\w[-–/]$")

PARTNER_ROLES = {
    "exports": ("to", "between"),
    "imports": ("from", "of", "between"),
    "balance": ("with", "between"),
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
    if CURRENCY_AFTER.match(view.after(place.end, 12)):
        return "currency"  # "in billions of U.S. dlrs": the unit's, no role of a figure
    after = view.after(place.end, 3)
    if after.startswith(("'s", "’s", "' ")):
        if RANKED_AFTER.match(view.after(place.end, 40)):
            return "rank"  # "Europe's largest economy": a country of it, not the place
        return "poss"
    bound = HYPHEN_ROLE.match(view.after(place.end, 12))
    if bound is not None:
        # "Vietnam-bound sales", "US-bound exports": where the goods go; "Chinese-made
        # vehicles": where they come from
        return "to" if bound.group(1).lower() == "bound" else "from"
    if PAIR_AFTER.match(view.after(place.end, 2)) or PAIR_BEFORE.search(before):
        return "between"
    for pattern, role in ROLE_BEFORE:
        if pattern.search(before):
            if role == "and" and "between" in view.before(place.start, 60).lower():
                return "between"
            if role == "and":
                shared = conjoined_object_role(view, place)
                if shared is not None:
                    return shared  # "shipments to China and Hong Kong": a second destination
            if role == "between" and not re.match(r"\s+and\b", view.after(place.end, 6)):
                return "plain"  # "the gap between US exports and imports": one country
            return role
    return "plain"


def conjoined_object_role(view: SentenceView, place: PlaceMention) -> str | None:
    """The role of the preposition whose object the place is a conjunct of, in the parse
    ("exports to China and Hong Kong", "imports from Japan and South Korea": "to",
    "from"); None when its first conjunct is no such object."""
    word = view.tree.token(place.start, place.end)
    if word is None or word.dep_ != "conj":
        return None
    first = word
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "pobj":
        return None
    return CONJOINED_ROLES.get(first.head.lower_)


CONJOINED_ROLES = {"to": "to", "into": "to", "from": "from", "with": "with"}


def share_roles(view: SentenceView, q: Quantity, metric: str, context: ArticleContext) -> Roles:
    """A partner's share of a country's trade.

    "China accounted for 20.1% of Japan's trade": the whole is Japan's (reporter), the part
    China's (partner); "compared with 18.6% for the US", "the US was ahead with 20.5%": the
    country named with the share is the partner, the whole the one spoken of before.
    """
    framed = share_frame(view, q)
    if framed is not None:
        return framed
    whole = next(
        (
            p
            for p in view.places
            if p.start >= q.end and OF_WHOLE.match(view.between(q.end, p.start))
        ),
        None,
    )
    trader = None if whole else share_trader(view, q, metric, context)
    reporter = whole.code if whole else trader or context.roles.get(metric, (None, None))[0]
    reporter = reporter or next(iter(context.countries), None)
    parts = [p for p in view.places if p is not whole and p.code not in (reporter, "WLD")]
    # "sells about 60% of its output to the United States": the destination is the part.
    destinations = [p for p in parts if p.start > q.end and place_role(view, p) in ("to", "with")]
    part: PlaceMention | None = nearest(view, q, destinations or parts, limit=250)
    group = destination_group(view, q) if part is None else None
    if part is not None:
        share_part = Role(part.code, f"share-part:{part.text}")
    elif group is not None:
        share_part = Role(None, f"share-part{GROUP_RULE}{group.text}")
    else:
        share_part = Role("WLD", "share-part:world")
    return Roles(
        Role(reporter, f"share-of:{whole.text}" if whole else "share-of:previous-figure")
        if not trader
        else Role(trader, "dep:share-trader"),
        share_part,
        keep=(reporter, None) if whole is not None else None,
    )


def share_frame(view: SentenceView, q: Quantity) -> Roles | None:
    """A share word's own frame, in the parse: "Russia's share of EU gas imports fell to 13%",
    "the US share of Mexico's exports": the whole's country (a word qualifying the "of"
    object) is the reporter, the share word's own (its possessor or modifier) the partner.
    None unless the figure measures the "of" object of a share word that names the whole's
    country."""
    whole, how = view.tree.measured(q.start, q.end)
    if whole is None or not how.endswith("-of") or whole.head.lower_ != "of":
        return None
    share = whole.head.head
    if share.lower_ not in SHARE_NOUNS:
        return None
    reporter = first_place(view, [whole], world=False)
    if reporter is None:
        return None
    owners = [c for c in children(share) if c.dep_ in OWNER_DEPS]
    part = first_place(view, owners, exclude=reporter)
    partner = (
        Role(part.code, f"dep:share-part:{part.text}") if part else Role("WLD", "share-part:world")
    )
    return Roles(Role(reporter.code, f"dep:share-of:{reporter.text}"), partner)


def share_trader(
    view: SentenceView, q: Quantity, metric: str, context: ArticleContext
) -> str | None:
    """The country whose verb of trade has the share as its object: "India imports about
    70% of its oil", "It sells 60% of its output to the US" (the pronoun's country)."""
    verb, how = view.tree.measured(q.start, q.end)
    if verb is None or how != "verb" or verb.lower_ not in TRADER_VERBS:
        return None  # "China supplied a fifth of the goods": the supplier is the part
    if verb.lower_ in BUYING_VERBS and share_of_sales(view, q):
        # "The United States bought 45.3 pct of the island's exports": the buyer is the
        # part, the seller whose exports they are the reporter
        return None
    found = frame_roles(view, q, metric, context.firms)
    if found.reporter.code is None and found.pronoun is not None:
        return antecedent(view, found.pronoun, context).code
    return found.reporter.code


def share_of_sales(view: SentenceView, q: Quantity) -> bool:
    """Whether the share is "of" a seller's flow: "45.3 pct of the island's exports"."""
    figure = view.tree.token(q.start, q.end)
    return figure is not None and any(w.lower_ in SELLERS_FLOWS for w in prep_objects(figure, "of"))


BUYING_VERBS = frozenset(frame_data()["buying_verbs"])
SELLERS_FLOWS = frozenset(frame_data()["sellers_flows"])


def destination_group(view: SentenceView, q: Quantity) -> Token | None:
    """A share's destination the verb it hangs from names that is no country: "80% of
    Spain's exports went to OECD countries" (see :func:`counterpart_group`)."""
    token = view.tree.token(q.start, q.end)
    for _ in range(4):
        if token is None or token.head.i == token.i:
            return None
        token = token.head
        if is_verbal(token):
            return counterpart_group(view, FigureFrame(token, "verb"), ("to", "into"))
    return None


OF_WHOLE = re.compile(r"^\s*of\s+(?:the\s+)?(?:total\s+)?$", re.I)


def decide_roles(
    view: SentenceView,
    q: Quantity,
    cue: Cue | None,
    metric: str,
    sector: str | None,
    context: ArticleContext,
) -> Roles:
    """The reporter and partner of a figure: from the sentence, else from the article."""
    if q.category == "fx":
        return Roles()
    if cue is not None and is_currency_move(view, cue):
        return currency_roles(view, context, q)
    taken = taken_by(view, q, context) if metric == "exports" else None
    if taken is not None:
        # "Brazil's soybean exports rose. China took 73% of the cargoes": the taker is the
        # counterpart of the exporter the article is on
        taker, exporter = taken
        return Roles(
            Role(exporter, "dep:taken-from:previous-exports"),
            Role(taker.code, f"dep:taken-by:{taker.text}"),
        )
    supplier = supplied_by(view, q, metric)
    if supplier is not None:
        # "China remained the largest source of imports, supplying goods worth 12.7 billion
        # euros": the supplier is the counterpart of the article's importer
        importer = next((c for c in context.countries if c != supplier.code), None)
        return Roles(
            Role(importer, "dep:supplied-to:article-country"),
            Role(supplier.code, f"dep:supplied-by:{supplier.text}"),
        )
    market = market_table_item(view, q, metric)
    if market is not None:
        # "Exports by main market, in mln dlrs, were: United States 3,610 (2,540), Japan
        # 1,530 (1,020)": each item's place is the counterpart of the article's country
        listed = context.roles.get(metric, (None, None))[0]
        own = listed or next((c for c in context.countries if c != market.code), None)
        if own != market.code:
            return Roles(
                Role(own, "table-by-market:owner"), Role(market.code, f"table-item:{market.text}")
            )
    if firms_figure(view, q):
        return Roles(Role(None, "dep:company-figure"))  # FORMAT: a company is never a reporter
    doer = firm_doer(view, q, context.firms) if metric in FIRM_METRICS or q.unit == "jobs" else None
    if doer is None and (metric == "sales" or q.unit == "jobs"):
        doer = named_seller(view, q)
    if doer is not None:
        # "Italian airline to cut 3,200 jobs", "Alitalia, Italy's national carrier, is to cut
        # 3,200 jobs", "The Italian carmaker said sales rose 5%": the firm's, no country's
        return Roles(Role(None, f"dep:firm-doer:{doer.text}"))
    roles = [
        (p, place_role(view, p))
        for p in view.places
        if p.code != "WLD"
        and place_role(view, p) != "rank"
        and not parenthetical(view, p)
        and not aside(view, q, p)
        and not firm_home(view, p, context.firms)
    ]
    if is_market_figure(metric, sector, view, q):
        return Roles(market_reporter(view, q, roles, context))
    reporter, partner, official, pronoun, partner_pronoun, possessor = frame_roles(
        view, q, metric, context.firms
    )
    named_counterpart = (
        counterpart_by_copula(view, q, context)
        if partner.code is None and metric in TRADE_METRICS
        else None
    )
    if named_counterpart is not None:
        # "China was its largest source of imports at $183bn": the subject is the
        # counterpart and the owner of the source the reporter; a supplier's own exports
        # ("China was Japan's largest supplier, with shipments of $150bn") the other way
        said, holder, supplies = named_counterpart
        if supplies == (metric == "exports") and metric in ("exports", "imports"):
            said, holder = holder, said
        partner = said
        if holder.code is not None or reporter.code == partner.code:
            reporter = holder
    goods_owner = tariffed_goods_owner(view, q) if metric == "tariff" else None
    if partner.code is None and goods_owner is not None:
        # "Indonesia agreed to a 19% tariff on its goods": the goods' country is the partner;
        # not the subject that levies it ("The US will levy duties of 20% on its goods": the
        # country the sentence before was about)
        pronoun_of_goods, imposed = goods_owner
        if imposed:
            word = pronoun_of_goods.lower_
            partner = Role(context.subject, f"dep:pronoun:{word}:previous-subject")
        else:
            partner = antecedent(view, pronoun_of_goods, context)
        if reporter.code == partner.code:
            reporter = Role()
    if reporter.code is None and pronoun is not None:
        reporter = antecedent(view, pronoun, context)
    elif reporter.rule.startswith("dep:owner:") and possessor is not None:
        owner = antecedent(view, possessor, context)
        if owner.rule.startswith("dep:pronoun-firm:"):
            # "GM said its U.S. sales fell 1.5%": a firm's sales in a market it names, no
            # country's figure
            reporter = Role(None, owner.rule)
    if reporter.code is None and reporter.rule.startswith(NO_COUNTRY):
        body = reporter.rule.rsplit(":", 1)[-1].lower()
        if body not in INTERNATIONAL_BODIES or not roles:
            return body_roles(view, q, metric, reporter, partner, roles, context)
        reporter = Role()  # "the IMF cut its forecast for the eurozone": the place's figure
    if partner.code is None and partner_pronoun is not None:
        # "giving Japan a surplus of 8.6 trillion yen with it", "India's deficit with its
        # neighbour": the country spoken of before that is not the figure's own
        own = reporter.code or pick_reporter(view, q, cue, metric, roles, None).code
        partner = spoken_partner(view, partner_pronoun, own, context)
    covered = covered_goods_place(view, q) if metric == "tariff" and partner.code is None else None
    if covered is not None and GROUP_RULE not in partner.rule:
        # "Washington's 15% levy hits $112 billion of Chinese goods": the rate is on the
        # goods the sentence's sum of them names
        partner = Role(covered.code, f"dep:covered-goods:{covered.text}")
    if partner.code is None and GROUP_RULE not in partner.rule:
        partner = pick_partner(view, q, metric, roles)
    if reporter.code is not None and reporter.code == partner.code:
        # One country can't be both: a partner by "with", "to" or "from" outweighs a misparse
        # ("JAPAN SURPLUS WITH U.S. RISES"); a mere "and" does not ("U.S. retail sales fell,
        # and the U.S. trade gap widened").
        if partner.rule.startswith("and:"):
            partner = Role()
        else:
            reporter = Role()
    if reporter.code is None and not official:
        reporter = pick_reporter(view, q, cue, metric, roles, partner.code)
    elif reporter.code is None:
        reporter = Role(None, official)
    counted_in = (
        counting_country(view, q, context)
        if reporter.code is None and metric in COUNTRY_METRICS
        else None
    )
    carried_code = context.roles[metric][0] if metric in context.roles else None
    if counted_in is not None and counted_in not in (partner.code, carried_code):
        # "In Rome, ISTAT said Italy had a surplus. Exports rose 4.2 pct to 9,850 billion
        # lire": a sum in a country's own currency is that country's, not that of the
        # figures before or of the article, about another
        reporter = Role(counted_in, f"currency-country:{counted_in}")
    if reporter.code is None and partner.code is None and metric in context.roles:
        carried_reporter, carried_partner = context.roles[metric]
        if (carried_reporter, carried_partner) == WORLD_ROLES and not view.places:
            # "Global trade hit $35tn ... Goods trade rose by $1.5tn": still the world's
            return Roles(Role(None, "world-trade:previous-figure"), Role("WLD", "world-trade"))
        reporter = Role(carried_reporter, "previous-figure")
        turned = turned_to(view, metric, context)
        if turned is not None and turned != carried_reporter:
            # "Britain, which is outside the euro, is also under scrutiny. Brown will forecast
            # borrowing of £32bn": the country the article turned to, not the figure before's
            reporter, carried_partner = Role(turned, "turned-to"), None
        topical = not view.places and metric in ("imports", "exports") and not view.says(TOTAL)
        # A sentence that names a metric of its own for goods of their own ("Car exports
        # fell 12%") starts a breakdown: the partner of the figure before is not carried.
        topical = topical and (cue is None or sector is None)
        # Nor one that moves to a period of its own ("Shipments to the US slid 10%. In the
        # April-June quarter, exports had dropped 0.4%"): the total of that period.
        topical = topical and not moves_to_own_period(view, context)
        # Nor one after a world total ("Exports to the U.S. rose 11.6 pct. Japan's overall
        # surplus was 101.7 billion dlrs. Exports totalled 212.5 billion dlrs"): the totals
        # the article has moved on to.
        topical = topical and not world_total_since(context, metric)
        # a tariff in a sentence naming no place is the one the article is on
        tariff_on = metric == "tariff" and not view.places
        # "The surplus with the U.S. was 5.03 billion dlrs in March. For fiscal 1986 the
        # surplus totalled 101.6 billion": "the surplus" of a longer period than the one
        # the article was on is the country's total, not the part the figure before was of
        anaphoric = is_anaphoric(view, cue) and not moves_to_longer_period(view, context)
        carried = anaphoric or refers_back(view, q) or topical or tariff_on
        if carried and GROUP_RULE not in partner.rule:
            partner = Role(carried_partner, "previous-figure")
    if reporter.code is None and metric == "trade" and view.says(WORLD_TRADE):
        # World trade as a whole: no reporting country, the world as the counterpart.
        return Roles(Role(None, "world-trade"), Role("WLD", "world-trade"), keep=WORLD_ROLES)
    if partner.code is None and GROUP_RULE not in partner.rule and metric in TRADE_METRICS:
        shared = shared_partner(view, q)
        if shared is not None and shared.code != reporter.code:
            partner = Role(shared.code, f"dep:shared-partner:{shared.text}")
    if partner.code is None and GROUP_RULE not in partner.rule and metric in TRADE_METRICS:
        partner = default_partner(view, metric, reporter.code, context)
    firm = view.says(COMPANY) and metric in ("sales", "other", "price")
    if reporter.code is None and firm:
        reporter = Role(None, "company-figure")
    elif (
        reporter.code is None
        and context.sentence - context.firm_sentence <= FIRM_WINDOW
        and not public_subject(view)
    ):
        # "The company said ... Its investment arm made £347m": the firm's, not the article's
        # country's
        reporter = Role(None, "firm-subject")
    elif reporter.code is None and (turned := turned_to(view, metric, context)) not in (
        None,
        partner.code,
    ):
        reporter = Role(turned, "turned-to")
    elif reporter.code is None:
        country = next((c for c in context.countries if c != partner.code), None)
        reporter = Role(country, "article-country") if country else reporter
    if metric == "tariff" and context.tariff_imposer is not None:
        reporter, partner = imposed_tariff_roles(view, q, reporter, partner, context)
    if reporter.code is not None and reporter.code == partner.code:
        partner = Role(None, partner.rule)
    keep = explicit_roles(reporter, partner)
    if keep is None and partner.rule.startswith(WORLD_DEFAULTS) and metric in context.roles:
        # "... a surplus with the US of $7bn. Its current account surplus could reach $8bn":
        # the later surplus is the world's, and so is "the surplus" after it
        keep = (context.roles[metric][0], None)
    return Roles(reporter, partner, keep=keep)


# A table in running text whose items are counterparts: "by main market", "by
# destination", "by country of origin", "from the main suppliers", ended by its colon.
BY_MARKET = re.compile(
    r"\b(?:by|to|from)\s+(?:the\s+)?(?:main|major|principal|leading|largest|top|biggest|"
    r"individual)?\s*(?:markets?|destinations?|countries|country(?:\s+of\s+origin)?|"
    r"suppliers?|sources?|origins?|customers?|trading\s+partners?|partners?)\b[^:;]{0,160}:",
    re.I,
)
# Between an item's place and its figure: nothing, or its figure before a bracketed one.
MARKET_ITEM_GAP = re.compile(r"\s*(?:[\d.,]+\s*(?:mln|billion|million|pct|%)?\s*\(\s*)?")


def market_table_item(view: SentenceView, q: Quantity, metric: str) -> PlaceMention | None:
    """The place that labels the figure's item in a table of counterparts in running text
    (:data:`BY_MARKET` before it): right before the figure, or before the figure it
    brackets, and opening its item (after the colon, a comma, a semicolon, a bracket or
    "and"). None for figures of no trade flow or of no such table."""
    if metric not in GROUP_METRICS:
        return None
    header = BY_MARKET.search(view.before(q.start, 400))
    if header is None:
        return None
    before = [p for p in view.near(view.places, q.start - 60, q.start) if p.end <= q.start]
    place = before[-1] if before else None
    if place is None or place.code in (None, "WLD"):
        return None
    if not MARKET_ITEM_GAP.fullmatch(view.between(place.end, q.start)):
        return None
    opening = view.before(place.start, 8)
    return place if re.search(r"(?:[,:;)]|\band)\s*(?:the\s+)?$", opening) else None


def turning_subject(view: SentenceView) -> str | None:
    """The country a sentence with no figure turns the article to: its main subject is the
    country's name ("Britain, which is outside the euro, is also under scrutiny", "China,
    meanwhile, is booming"), it names no other place and no trade metric, and it says the
    country is no counterpart ("Poland was a big buyer")."""
    root = view.span.root
    subject = next((c for c in children(root) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or len(view.places) != 1:
        return None
    place = view.places[0]
    if not place.start <= subject.idx < place.end or place.code in (None, "WLD"):
        return None
    if any(c.label != "other" for c in view.metric_cues):  # not "outside the euro"
        return None
    if any(c.dep_ == "attr" and c.lower_ in COUNTERPART_NOUNS for c in children(root)):
        return None
    return place.code


def turned_to(view: SentenceView, metric: str, context: ArticleContext) -> str | None:
    """The country the sentence before turned to (:attr:`ArticleContext.turned_to`), for a
    figure naming no place whose metric no figure has had since."""
    turned = context.turned_to
    if (
        turned is None
        or view.places
        or turned[1] != context.sentence - 1
        or turned[1] < context.roles_sentence.get(metric, -99)
    ):
        return None
    return turned[0]


def body_roles(
    view: SentenceView,
    q: Quantity,
    metric: str,
    reporter: Role,
    partner: Role,
    roles: list[tuple[PlaceMention, str]],
    context: ArticleContext,
) -> Roles:
    """A figure a firm or an international body owns: no reporter (FORMAT: a company is
    never a reporter), whatever places the sentence or the article name; a partner only
    as the sentence names one."""
    if (
        partner.code is None
        and metric in TRADE_METRICS
        and reporter.rule.startswith("dep:owner-world:")
    ):
        # "World trade will reach $33tn, the US-based group said": the world's own, with
        # the world as its counterpart, whatever other place the sentence names.
        partner = Role("WLD", "world-trade")
    if partner.code is None:
        partner = pick_partner(view, q, metric, roles)
    if partner.code is None and metric in TRADE_METRICS:
        partner = default_partner(view, metric, None, context)
    world = reporter.rule.startswith("dep:owner-world:") and partner.code == "WLD"
    return Roles(reporter, partner, keep=WORLD_ROLES if world else None)


FIRM_METRICS = frozenset({"other", "sales", "price"})
# A firm's results it may say of itself ("The carmaker said sales rose 5%").
SAID_RESULTS = COMPANY_MEASURES | {"sales", "revenue", "revenues", "loss", "losses", "income"}


def firm_doer(view: SentenceView, q: Quantity, firms: Set[str]) -> Token | None:
    """The firm that does what the figure sizes, in the parse: the subject of the figure's
    verb (through "is to", "plans to", and a firm that says a results figure of its own),
    when it is a word for a firm, a name the article gave a firm, or a name with a firm word
    in apposition; None otherwise."""
    subject = doing_subject(view, q, through_said=True)
    if subject is None:
        return None
    if is_firm_word(subject) and subject.tag_ != "NNS":
        return subject  # "The Italian carmaker": a firm, whatever its home
    words = [subject, *(c for c in children(subject) if c.dep_ == "appos")]
    found = named_body(view, words, firms)
    return found if found is not None and found.lower_ not in INTERNATIONAL_BODIES else None


def doing_subject(view: SentenceView, q: Quantity, through_said: bool = False) -> Token | None:
    """The subject of the figure's verb in the parse, through "is to" and "plans to" (an
    xcomp or conjunct without one takes its head's) and, ``through_said``, past a results
    word a speaker says ("The carmaker said sales rose 5%": the carmaker)."""
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    for _ in range(3):
        if verb is None:
            return None
        subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if through_said and subject.lower_ in SAID_RESULTS and verb.dep_ == "ccomp":
                verb = verb.head  # the speaker's results
                continue
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head  # "is to cut 3,200 jobs", "plans to shed 500 staff"
    return None


def named_seller(view: SentenceView, q: Quantity) -> Token | None:
    """A name that is no place, body or goods as the subject of a sales figure's or a job
    count's verb, or owning it with its noun left out ("Volkswagen registered 56,201 new
    cars", "Kessler is to axe 6,400 jobs", "while Honda's rose 1.7%"): a firm, though the
    article never called it one. None for places, public and international bodies, groups,
    goods and people ("Mr Brown")."""
    name = doing_subject(view, q)
    if name is None:
        return None
    if name.tag_ not in NAME_TAGS or names_place(view, name):
        return None
    word = name.lower_
    if word in OFFICIAL_BODIES or word in GROUP_NAMES or word in INTERNATIONAL_BODIES:
        return None
    if any(c.lower_ in PERSON_TITLES for c in children(name)):
        return None
    if any(s.start <= name.idx < s.end for s in view.sectors) or index_name(name.text):
        return None
    return name


# "Mr Brown plans to create 10,000 jobs": a person, no firm
PERSON_TITLES = frozenset(frame_data()["person_titles"])


def firms_figure(view: SentenceView, q: Quantity) -> bool:
    """A firm's profits, earnings or shares, with no place qualifying them in the parse, nor
    a country's trade as their source ("earnings from the shipments")."""
    noun = company_figure(view.tree.measured(q.start, q.end)[0])
    if noun is None or traded_source(view, view.metric_cues, noun) is not None:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in TRADE_QUALIFIERS for c in children(noun)):
        return False  # "Wool export earnings rose 14 pct": a country's exports, no firm's
    if commodity_earnings(view, noun):
        return False  # "Earnings from rubber rose 8.5 pct": the commodity's exports
    qualifiers = [c for c in children(noun) if c.dep_ in OWNER_DEPS]
    return not any(
        p.start < c.idx + len(c) and c.idx < p.end for c in qualifiers for p in view.places
    )


TRADE_QUALIFIERS = frozenset({"export", "exports", "import", "imports", "trade", "foreign"})


def taken_by(
    view: SentenceView, q: Quantity, context: ArticleContext
) -> tuple[PlaceMention, str] | None:
    """The country that takes the figure's goods, and the exporter it takes them from, when
    the figure is the object of a verb of taking whose subject is a country, in an article
    on another country's exports ("Brazil's soybean exports rose. China took 73% of the
    cargoes"; "Mexico became the top market, taking 645,000 vehicles"). Else None."""
    verb, how = view.tree.measured(q.start, q.end)
    if verb is None or verb.lower_ not in TAKING_VERBS:
        return None
    if how != "verb" and not how.startswith("object"):
        return None
    if "exports" not in context.roles or context.sentence - context.roles_sentence["exports"] > 1:
        return None
    taker = clause_subject_place(view, verb)
    exporter = context.roles["exports"][0]
    if taker is None or exporter is None or taker.code == exporter:
        return None
    return taker, exporter


TAKING_VERBS = frozenset({"take", "takes", "took", "taken", "taking"})


def clause_subject_place(view: SentenceView, verb: Token) -> PlaceMention | None:
    """The place that is the subject of ``verb``, or of the verb a participle or conjunct
    of it hangs from ("Mexico became the top market, taking ...")."""
    clause = verb
    for _ in range(3):
        subjects = [c for c in children(clause) if c.dep_ in SUBJECT_DEPS]
        if subjects and subjects[0].lower_ in ("which", "that", "who") and clause.dep_ == "relcl":
            subjects = [clause.head]  # "Australia, which supplied coal worth $9bn, ..."
        if subjects:
            return first_place(view, subjects, world=False)
        if clause.dep_ == "acl" and clause.head.dep_ in ("attr", "dobj", "appos"):
            # "China remained the largest source of imports, supplying ...": the subject of
            # the verb the participle's noun completes
            clause = clause.head.head
            continue
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def supplied_by(view: SentenceView, q: Quantity, metric: str) -> PlaceMention | None:
    """The country that supplies the goods a figure of imports measures, as the subject of
    a verb of supplying ("China remained the largest source of imports, supplying goods
    worth 12.7 billion euros"): the imports' counterpart. Else None."""
    if metric != "imports":
        return None
    figure = view.tree.token(q.start, q.end)
    for token in up_from(figure) if figure is not None else ():
        if is_verbal(token):
            if token.lower_ not in SUPPLYING_VERBS:
                return None
            return clause_subject_place(view, token)
    return None


SUPPLYING_VERBS = frozenset({"supply", "supplies", "supplied", "supplying"})


def commodity_earnings(view: SentenceView, noun: Token) -> bool:
    """Whether the noun is a commodity's earnings ("tea earnings", "earnings from rubber",
    "COFFEE EARNINGS"): a word of earning qualified by, or "from", a commodity's sector
    word, and owned by no firm (no possessor that is not a place)."""
    if noun.lower_ not in EARNING_NOUNS:
        return False
    if any(c.dep_ == "poss" and first_place(view, [c]) is None for c in children(noun)):
        return False  # "the group's oil earnings": a firm's
    words = [c for c in children(noun) if c.dep_ in ("compound", "amod", "nmod")]
    words += prep_objects(noun, "from")
    commodities = cue_data()["commodity_sectors"]
    for word in words:
        if word.lower_ in COMMODITY_WORDS:
            return True  # "earnings from the main commodities"
        lo, hi = word.left_edge.idx, word.right_edge.idx + len(word.right_edge)
        if any(
            m.sector in commodities and m.start < hi and lo < m.end
            for m in view.near(view.sectors, lo, hi)
        ):
            return True
    return False


EARNING_NOUNS = frozenset({"earnings", "receipts"})
# "earnings from the main commodities": words for commodities in general
COMMODITY_WORDS = frozenset(frame_data()["commodity_words"])


def shared_partner(view: SentenceView, q: Quantity) -> PlaceMention | None:
    """The counterpart a verb of trade the figure's verb is joined to names ("The bloc
    exported €532bn of goods to the US and imported €334bn, giving it a surplus of €198bn":
    the imports and the surplus are with the US too): up the conjoined and adverbial verbs
    to the first whose "to", "from" or "with" names a place."""
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    for _ in range(3):
        if verb is None or not is_verbal(verb) or verb.dep_ not in ("conj", "advcl"):
            return None
        verb = verb.head
        if not is_verbal(verb) or verb.lower_ not in TRADER_VERBS:
            continue
        for prep in children(verb):
            if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "from", "with"):
                place = first_place(view, children(prep), world=False)
                if place is not None:
                    return place
    return None


def traded_source(view: SentenceView, cues: Sequence[Cue], noun: Token) -> Cue | None:
    """The export or import cue a word of measure's "from" or "of" names ("earnings from the
    shipments", "receipts from coffee exports"): the money is that trade's."""
    if noun.lower_ not in MEASURE_NOUNS:
        return None
    for prep in children(noun):
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for word in children(prep):
            if word.dep_ != "pobj":
                continue
            lo, hi = word.idx, word.idx + len(word)
            found = next((c for c in view.near(cues, lo, hi) if c.start < hi and lo < c.end), None)
            if found is not None and found.label in ("exports", "imports"):
                return found
    return None


def explicit_roles(reporter: Role, partner: Role) -> tuple[str | None, str | None] | None:
    """The roles the sentence named, to keep for later figures; defaults and carried roles
    are not kept."""
    named_reporter = reporter.rule.split(":")[0] not in CARRIED
    named_partner = partner.rule.split(":")[0] not in CARRIED
    if named_reporter or named_partner:
        return reporter.code, partner.code if named_partner else None
    return None


WORLD_DEFAULTS = ("default:", "total:")
# How many sentences a firm as subject holds the figures no place claims: its own and the
# next two (a quote often stands between: "The firm said ... '...,' said its chief. Income
# from its ... fell 7%").
FIRM_WINDOW = 2
# The roles world trade keeps for the trade figures after it: no reporter, the world.
WORLD_ROLES: tuple[str | None, str | None] = (None, "WLD")
CARRIED = frozenset({"", "previous-figure", "article-country", "default", "total", "bilateral"})


WORLD_TRADE = re.compile(r"\b(?:global|world|worldwide|international)\s+(?:goods\s+)?trade\b", re.I)


# FORMAT: company figures have no reporter unless the text makes them a country's.
COMPANY = re.compile(
    # not "corporation tax", "company tax": taxes the state levies on firms
    r"\b(?:company(?![\s-]+tax)|company's|firm|firm's|group's|corp|corporation(?![\s-]+tax)|"
    r"inc|plc|ltd|llc|ag|sa|"
    r"shareholders?|chief executive|shares in|its shares|profits?)\b|\bCo\.",
    re.I,
)


def counting_country(view: SentenceView, q: Quantity, context: ArticleContext) -> str | None:
    """The country in whose own currency the figure, or else every sum of its sentence, is
    counted ("rose 4.2 pct to 9,850 billion lire"), when the article names that country:
    ISO 4217's national codes begin with the country's ISO 3166 code ("ITL": IT). Not the
    dollar or the euro, in which many countries' figures are given."""
    codes = (
        {q.unit} if q.category == "money" else view.memo("money-units", lambda: money_units(view))
    )
    if len(codes) != 1:
        return None
    (code,) = codes
    if len(code) != 3 or code in WORLD_CURRENCIES or code[0] == "X":
        return None
    country = code[:2]
    return country if country in context.countries else None


def money_units(view: SentenceView) -> set[str]:
    """The currencies of the sentence's sums of money."""
    return {f.unit for f in view.quantities if f.category == "money"}


WORLD_CURRENCIES = frozenset({"USD", "EUR"})
# What a country's own statistics count in its currency; a firm's sums are in one too.
COUNTRY_METRICS = TRADE_METRICS | {"gdp", "investment"}


def world_total_since(context: ArticleContext, metric: str) -> bool:
    """Whether a figure said to be a world total ("overall", "total") was read after the
    last figure of ``metric`` whose roles are kept."""
    return context.world_total_sentence > context.roles_sentence.get(metric, -1)


def is_anaphoric(view: SentenceView, cue: Cue | None) -> bool:
    """ "The surplus", "this deficit": the figure is the one the article spoke of before."""
    if cue is None:
        return False
    before = view.before(cue.start, 12)
    return re.search(r"\b(?:the|this|that|these|those)\s+$", before, re.I) is not None


FIGURE_PRONOUNS = frozenset(frame_data()["figure_pronouns"])


def refers_back(view: SentenceView, q: Quantity) -> bool:
    """ "It widened to $3.6bn": the figure measures a pronoun, the figure spoken of before,
    with both its roles ("The deficit with Taiwan rose to $13.6bn. It widened ...")."""
    noun, how = view.tree.measured(q.start, q.end)
    return noun is not None and how in SUBJECT_DEPS and noun.lower_ in FIGURE_PRONOUNS


# "the London FTSE", "Tokyo's Nikkei 225", "US crude stocks": the place names the market.
MARKET_NAMED = re.compile(r"^(?:'s|’s)?\s*(?:[\w-]+\s+)?$")


@cache
def _currency_regex() -> re.Pattern[str]:
    return word_regex("|".join(cue_data()["currency_countries"]))


def currency_country(word: str) -> str | None:
    code: str | None = cue_data()["currency_countries"].get(word.lower())
    return code


CURRENCY_AGAINST = re.compile(
    r"\b(?:[Aa]gainst|[Vv]ersus|vs\.?|to)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?$"
)  # "against the U.S. dollar", "Against the euro, sterling ..."


# "against a basket of currencies", "its trade-weighted index", "against major currencies"
CURRENCY_BASKET = re.compile(
    r"\b(?:trade-weighted|basket|effective\s+exchange\s+rate"
    r"|(?:major|other|leading|main|most|all|key|world|foreign)\s+(?:[a-z]+\s+)?currencies)\b",
    re.I,
)


def is_currency_move(view: SentenceView, cue: Cue) -> bool:
    """The figure is a currency's move ("the won strengthened another five pct")."""
    word = view.between(cue.start, cue.end).lower()
    return cue.label == "other" and (
        "valuation" in word or "currency" in word or _currency_regex().search(word) is not None
    )


def currency_roles(view: SentenceView, context: ArticleContext, q: Quantity) -> Roles:
    """A currency speaks for its country; the one it moved against is the partner.

    Read in the sentence ("against the Japanese yen it is down 3.2%"), else from the pair
    the article names ("revalue the won against the dollar"). Of several currencies it
    moved against, the figure's is the last one named before it ("highest against the
    Swiss franc, 85.3 pct, and lowest against the dollar, 46.2 pct"); a basket of currencies
    ("its trade-weighted index", "against major currencies") is ``WLD``. A sentence that
    names only those takes the currency of the move before ("The dinar fell 73%. ...").
    """
    reporter, partner = context.currency_pair
    named, against = None, []
    for m in _currency_regex().finditer(view.text):
        # "The peso lost 22%" in an article about Argentina: the Argentine peso
        code = local_member_country(m.group(), context.countries) or currency_country(m.group())
        if CURRENCY_AGAINST.search(view.text[max(0, m.start() - 60) : m.start()]):
            against.append((view.start + m.start(), code))
        elif named is None:
            named = code
    for m in CURRENCY_BASKET.finditer(view.text):
        against.append((view.start + m.start(), "WLD"))  # FORMAT: WLD against a basket
    against.sort(key=lambda hit: hit[0])
    before = [code for start, code in against if start < q.start]
    moved = named or context.currency or reporter
    quoted = quoted_against(view, moved)
    partner = before[-1] if before else against[0][1] if against else quoted or partner
    reporter = moved
    if reporter is None:
        # a currency the lexicon does not know ("the dinar"): the article's country's
        reporter = next((c for c in context.countries if c not in (partner, "EU")), None)
    partner = partner if partner != reporter else None
    return Roles(Role(reporter, "currency-pair"), Role(partner, "currency-pair"), moved=(reporter,))


def quoted_against(view: SentenceView, moved: str | None = None) -> str | None:
    """The country of the currency the sentence quotes a move's level in ("Sterling edged
    down 0.1% to $1.2658": the dollar's; "The peso strengthened 0.5% to 19.62 per dollar":
    the dollar's too), from its exchange rate's unit ("USD/GBP", "MXN/USD"): the side that
    is not the ``moved`` currency's country."""
    for q in view.quantities:
        if q.category == "fx" and "/" in q.unit:
            # ISO 4217: a national currency's code starts with its country's ("USD", "EUR")
            sides = [c[:2] for c in q.unit.split("/") if not c.startswith("X")]
            other = [c for c in sides if c != moved]
            return other[0] if other else None
    return None


def article_currency_pair(text: str) -> tuple[str | None, str | None]:
    """The first "<currency> against/versus the <currency>" of an article, as countries."""
    currencies = list(_currency_regex().finditer(text))
    for first, second in zip(currencies, currencies[1:], strict=False):
        if CURRENCY_AGAINST.search(text[max(0, first.start() - 60) : first.start()]):
            continue  # "against the franc, 85 pct, and against the dollar": both partners
        between = text[first.end() : second.start()]
        if len(between) < 60 and CURRENCY_AGAINST.search(between + " "):
            return currency_country(first.group()), currency_country(second.group())
    return None, None


def market_reporter(
    view: SentenceView,
    q: Quantity,
    roles: list[tuple[PlaceMention, str]],
    context: ArticleContext,
) -> Role:
    """A market price belongs to a country only when named with it ("the London FTSE"); a
    stock index named by no country or name ("the composite index", "the weighted stock
    index") is the market of the country the article is on."""
    price_cues = [c for c in view.metric_cues if c.label == "price"]
    measured = view.tree.measured(q.start, q.end)[0]
    # the cue on the word the figure measures first ("U.S. soybean futures fell 1.4% to $7.99
    # a bushel": the futures', not the unit's), then the nearest
    lo, hi = (measured.idx, measured.idx + len(measured)) if measured is not None else (-1, -1)
    price_cues.sort(
        key=lambda c: (not (c.start < hi and lo < c.end), distance(view, q, c.start, c.end))
    )
    for cue_ in price_cues[:1]:
        index = index_country(view, cue_)
        if index is not None:
            return Role(str(index), f"market-index:{view.between(cue_.start, cue_.end)}")
        for place, _role in roles:
            if place.end <= cue_.start and MARKET_NAMED.match(view.between(place.end, cue_.start)):
                return Role(place.code, f"market:{place.text}")
            word = view.tree.token(place.start, place.end)
            if (
                place.start >= cue_.end
                and SHARES_CUE.fullmatch(view.between(cue_.start, cue_.end))
                and MARKET_IN.fullmatch(view.between(cue_.end, place.start))
                and word is not None
                and word.dep_ == "pobj"  # "shares in Tokyo", not "shares in British Airways"
            ):
                return Role(place.code, f"market-in:{place.text}")  # "Shares in Tokyo fell"
        words = view.phrase(cue_.start, cue_.end).split()
        # in points, or a move of them: not a freight or price index quoted in money
        stock = q.unit == "points" or (
            q.category in ("percent", "pp")
            and not any(f.category == "money" for f in view.quantities)
        )
        if stock and words and words[-1] in GENERIC_INDEX_WORDS and context.countries:
            # "the composite index rose 3.12 points to 298.45" in a story from Kuala Lumpur
            return Role(context.countries[0], f"market-index-of:article-country:{words[-1]}")
    return Role(None, "market-price")


# The head word of an index that names no market of its own.
GENERIC_INDEX_WORDS = frozenset({"index", "composite", "average"})


SHARES_CUE = re.compile(r"(?i:shares|stocks|equities|share prices|stock prices)")
MARKET_IN = re.compile(r"\s+in\s+")


def index_country(view: SentenceView, cue: Cue) -> str | None:
    """The country of a stock index the price cue names, by itself ("the FTSE") or by the
    names the parse gives its word ("the Nikkei index", "Japan's benchmark Topix index")."""
    indices: dict[str, str] = cue_data()["index_countries"]
    found = indices.get(view.phrase(cue.start, cue.end))
    word = view.tree.token(cue.start, cue.end)
    if found is not None or word is None:
        return found
    names = [c for c in children(word) if c.dep_ in ("compound", "nmod", "amod") and c.i < word.i]
    if not names:
        return None
    phrase = view.phrase(names[0].left_edge.idx, word.idx)
    return next(
        (code for name, code in indices.items() if re.search(rf"\b{re.escape(name)}\b", phrase)),
        None,
    )


def is_market_figure(metric: str, sector: str | None, view: SentenceView, q: Quantity) -> bool:
    """A commodity or market price ("Brent crude closed at $40", "the FTSE fell 0.8%").

    Not a country's price statistic ("export prices fell 0.3 pct", "consumer prices").
    """
    if metric != "price" or view.says(NATIONAL_PRICES):
        return False
    return sector in MARKET_SECTORS or q.unit == "points" or view.says(MARKETS)


# Words of a market: any stock index the lexicon names ("the DAX", "the Hang Seng"), shares,
# a barrel's price
MARKETS = re.compile(
    r"\b(?:index|shares|stocks|barrel|"
    + "|".join(re.escape(name) for name in sorted(cue_data()["index_countries"], key=len)[::-1])
    + r")\b",
    re.I,
)
NATIONAL_PRICES = re.compile(
    r"\b(?:export|import|consumer|producer|wholesale|retail)\s+prices?\b|\binflation\b"
    r"|\bprice\s+index\b|\bcost of living\b",
    re.I,
)


# The prepositions whose object, in the figure's frame, is its partner or its reporter.
FRAME_PARTNER_LINKS: dict[str, list[str]] = frame_data()["partner_links"]
FRAME_REPORTER_LINKS: dict[str, list[str]] = frame_data()["reporter_links"]
# Owners that speak for the article's country when no place qualifies them.
OFFICIAL_BODIES = frozenset(frame_data()["official_bodies"])
# "The economy contracted 0.2%": a country's whole, never a firm's (a firm has "output")
ECONOMY_SUBJECTS = frozenset(frame_data()["economy_subjects"])
# Owners that speak for no country: firms and the bodies of many countries.
COMPANY_NOUNS = frozenset(frame_data()["company_nouns"])
INTERNATIONAL_BODIES = frozenset(frame_data()["international_bodies"])
BANK_WORDS = frozenset(frame_data()["bank_words"])
OFFICIAL_QUALIFIERS = frozenset(frame_data()["official_qualifiers"])
# The rules of an owner that is no country: nothing after them gives the figure a reporter.
# How the world qualifies what a figure measures: "global growth", "world oil demand".
WORLD_MODIFIER_DEPS = ("amod", "compound", "nmod")
NO_COUNTRY = ("dep:owner-firm:", "dep:pronoun-firm:", "dep:owner-world:", "dep:owner-group:")


class FrameRoles(NamedTuple):
    """What a figure's frame says of its roles: the places it names, the rule when an
    official body with no place of its own owns the figure, and a pronoun that does."""

    reporter: Role
    partner: Role
    official: str = ""
    pronoun: Token | None = None
    partner_pronoun: Token | None = None  # "a surplus with it", "with its neighbour"
    possessor: Token | None = None  # "its" in "its U.S. sales", whatever the places say


def frame_roles(
    view: SentenceView, q: Quantity, metric: str, firms: Set[str] = frozenset()
) -> FrameRoles:
    """The reporter and partner that the figure's frame in the parse names, if any; else
    who owns it: an official body ("dep:owner-body:ministry") or a pronoun ("its").

    "Japan's exports to China rose 5%", "China exported $5bn of cars to Russia", "the US ran
    a $3bn deficit with Japan", "tariffs on Chinese steel", "trade between India and
    Pakistan": the measured noun's possessor, modifiers or verb subject own the figure; its
    prepositions name the partner. "The ministry wants another $12bn for its missions in
    Chad": the ministry's, so the article's country, not a place that qualifies some other
    noun. Places elsewhere in the sentence are left to the distance rules.
    """
    frame = FigureFrame(*view.tree.measured(q.start, q.end))
    if frame.noun is None:
        return FrameRoles(Role(), Role())
    figure = view.tree.token(q.start, q.end)
    if figure is not None and figure is not frame.noun:
        frame.take_clauses(figure)  # "$506bn the United States bought from Mexico"
    partner = reporter = None
    how = ""
    between = frame.links.get("between", [])
    if metric in ("trade", "balance") and len(between) >= 2:
        reporter, partner = frame_place(view, between[0]), frame_place(view, between[1])
        how = "between"
    partner_pronoun = None
    for preposition in FRAME_PARTNER_LINKS.get(metric, ()):
        if partner is None:
            partner = first_place(view, frame.links.get(preposition, []))
            how = preposition
        if partner is None and partner_pronoun is None:
            partner_pronoun = next(
                (t for t in frame.links.get(preposition, []) if stands_for_country(t)), None
            )
    if partner is None and metric == "exports" and frame.noun.tag_.startswith("VB"):
        # "Brazil sold $2.1bn of beef in China": the market a country sells in
        partner, how = first_place(view, frame.links.get("in", []), world=False), "in"
    faced = facing_goods(frame) if metric == "tariff" and partner is None else []
    if faced:
        partner, how = first_place(view, faced, world=False), "faced-by"
    links = FRAME_PARTNER_LINKS.get(metric, ()) if metric in GROUP_METRICS else ()
    group = None if partner is not None else counterpart_group(view, frame, links)
    if partner is None and group is None and metric in GROUP_METRICS:
        partner, group = parallel_counterpart(view, frame)
        how = "parallel"
    owners = [o for o in frame.owners if o not in faced]
    if metric == "tariff" and partner is None:
        # "The US raised its China tariffs to 145%", "Brussels imposed Chinese EV duties":
        # beside an owner that levies them, a country qualifying the tariff names the goods'
        marked = tariff_goods_country(view, frame, owners)
        if marked is not None:
            (partner, word), how = marked, "mod-goods"
            owners = [o for o in owners if o.i != word.i]
    for preposition in FRAME_REPORTER_LINKS.get(metric, ()):
        owners += frame.links.get(preposition, [])
    if reporter is None:
        # a firm's home is not its figure's country: "German retailer Metro opened ..."
        countries = [o for o in owners if named_body(view, [o], firms) is None]
        reporter = first_place(view, countries, exclude=partner, world=False)
        region = next((o for o in [frame.noun, *countries] if regional_group(view, o)), None)
        if region is not None and (reporter is None or reporter.form == "demonym"):
            # "The central European states ... will see 4.6% growth": no one country's
            return FrameRoles(Role(None, f"dep:owner-group:{region.text}"), Role())
    official, pronoun, firm = "", None, None
    if reporter is None:
        body = next((o for o in frame.owners if o.lower_ in OFFICIAL_BODIES), None)
        official = f"dep:owner-body:{body.text}" if body is not None else ""
        pronoun = next((o for o in frame.owners if country_word(o)), None)
        linked = first_place(view, [t for words in frame.links.values() for t in words])
        owners = [frame.noun, *frame.owners]
        firm = None if official else named_body(view, owners, firms)
        if firm is None and not official:
            firm = possessing_name(view, frame)
        if firm is not None and linked and firm.lower_ in INTERNATIONAL_BODIES:
            firm = None  # "the IMF's forecast for the German economy": Germany's figure
        # "Global growth", "world oil demand"; not a ranking ("the world's second biggest
        # economy")
        modifiers = [o for o in frame.owners if o.dep_ in WORLD_MODIFIER_DEPS]
        world = first_place(view, modifiers)
        if firm is None and world is not None and not official:
            # "Global economic growth", "world oil demand": the world's, no country's
            return FrameRoles(Role(None, f"dep:owner-world:{world.text}"), Role())
    if firm is not None:
        return FrameRoles(
            Role(None, f"dep:owner-firm:{firm.text}"),
            Role(partner.code, f"dep:prep_{how}:{partner.text}") if partner else Role(),
        )
    if partner is not None:
        partner_role = Role(partner.code, f"dep:prep_{how}:{partner.text}")
    elif group is not None:
        partner_role = Role(None, f"dep:prep_{group.head.lower_}{GROUP_RULE}{group.text}")
    else:
        partner_role = Role()
    return FrameRoles(
        Role(reporter.code, f"dep:owner:{reporter.text}") if reporter else Role(),
        partner_role,
        official,
        None if official else pronoun,
        partner_pronoun if partner is None and group is None else None,
        next((o for o in frame.owners if o.dep_ == "poss" and o.tag_ == "PRP$"), None),
    )


def covered_goods_place(view: SentenceView, q: Quantity) -> PlaceMention | None:
    """The place a sum of goods in the sentence names in its "of" phrase ("$112 billion of
    Chinese goods", "$300bn of imports from China"), for a tariff's rate: the goods it is on.
    None when the sentence has no such sum, or sums of several places' goods."""
    if q.category not in ("percent", "pp"):
        return None
    return view.memo("covered-goods-place", lambda: _sized_goods_place(view))


def _sized_goods_place(view: SentenceView) -> PlaceMention | None:
    """:func:`covered_goods_place`, read once per sentence."""
    places = []
    for other in view.quantities:
        figure = view.tree.token(other.start, other.end) if other.category == "money" else None
        for goods in prep_objects(figure, "of") if figure is not None else ():
            # "$112 billion of Chinese goods", "$300bn of imports from China"
            place = first_place(view, [goods, *prep_objects(goods, "from")], world=False)
            if place is not None:
                places.append(place)
    return places[0] if len({p.code for p in places}) == 1 else None


def tariff_goods_country(
    view: SentenceView, frame: FigureFrame, owners: list[Token]
) -> tuple[PlaceMention, Token] | None:
    """The place qualifying a tariff noun ("China tariffs", "Chinese EV duties"), and its
    word, when an owner that is no modifier (its possessor, its verb's subject) names another
    country: the modifier is then the goods' country, the partner. Else None."""
    noun = frame.noun
    others = [o for o in owners if o.dep_ not in ("compound", "amod")]
    for word in owners:
        if noun is None or word.dep_ not in ("compound", "amod") or word.head.i != noun.i:
            continue
        marked = first_place(view, [word], world=False)
        if marked is None:
            continue
        levier = first_place(view, others, exclude=marked, world=False)
        if levier is not None and levier.code != marked.code:
            return marked, word
    return None


def stands_for_country(word: Token) -> bool:
    """ "it", "the country", "its southern neighbour": a word standing for a country spoken
    of before."""
    if word.lower_ in ("it", "them") or described_country(word):
        return True
    return word.lower_ in NEIGHBOUR_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in PRONOUNS for c in children(word)
    )


NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor", "neighbours", "neighbors"})


def spoken_partner(
    view: SentenceView, word: Token, reporter: str | None, context: ArticleContext
) -> Role:
    """The country a word standing for one as the partner means: the last country named
    before it in its sentence, else in the sentence before, that is not the reporter."""
    before = [p.code for p in view.places if p.end <= word.idx and p.code not in (None, "WLD")]
    for code in [*reversed(before), *reversed(context.spoken)]:
        if code != reporter:
            return Role(code, f"dep:partner-pronoun:{word.text}")
    return Role()


def counterpart_by_copula(
    view: SentenceView, q: Quantity, context: ArticleContext
) -> tuple[Role, Role, bool] | None:
    """ "China was its largest source of imports at $183bn", "Canada is the biggest market
    for US exports, taking $350bn": a place said to be a counterpart noun (source, market,
    supplier, buyer) in the figure's clause, the noun's owner ("its", "Japan's", "US
    exports", if named), and whether the noun is one that supplies the owner (a source, a
    supplier) rather than buys from it."""
    figure = view.tree.token(q.start, q.end)
    verb = climb_to_verb(figure) if figure is not None else None
    if (
        verb is not None
        and verb.lower_ not in COPULAS
        and verb.dep_ in ("advcl", "xcomp")
        and verb.head.lower_ in COPULAS
    ):
        verb = verb.head  # "..., taking $350bn of goods"
    if verb is None or verb.lower_ not in COPULAS:
        return None
    attribute = next(
        (c for c in children(verb) if c.dep_ == "attr" and c.lower_ in COUNTERPART_NOUNS), None
    )
    subject = next((c for c in children(verb) if c.dep_ in SUBJECT_DEPS), None)
    if attribute is None or subject is None:
        return None
    place = first_place(view, [subject], world=False)
    if place is None:
        return None
    owner = Role()
    possessor = next((c for c in children(attribute) if c.dep_ == "poss"), None)
    if possessor is not None and possessor.lower_ in PRONOUNS:
        owner = antecedent(view, possessor, context)
        if owner.code is not None and said_counterpart(view, owner.code):
            # "The US remained Vietnam's biggest market, while China was its largest
            # source": not the country the sentence makes a counterpart, the article's
            owner = Role(context.subject, f"dep:pronoun:{possessor.lower_}:previous-subject")
    else:
        # "Japan's largest supplier", else "the biggest market for US exports"
        held = [o for p in children(attribute) if p.dep_ == "prep" for o in children(p)]
        found = first_place(view, [possessor] if possessor is not None else held, world=False)
        owner = Role(found.code, f"dep:counterpart-owner:{found.text}") if found else Role()
    supplies = attribute.lower_ in SUPPLYING_NOUNS
    return Role(place.code, f"dep:counterpart:{attribute.text}:{place.text}"), owner, supplies


SUPPLYING_NOUNS = frozenset({"source", "sources", "supplier", "suppliers"})


def said_counterpart(view: SentenceView, code: str) -> bool:
    """Whether the sentence says the place of ``code`` is a counterpart noun ("The US
    remained Vietnam's biggest export market")."""
    for token in view.span:
        if token.dep_ != "attr" or token.lower_ not in COUNTERPART_NOUNS:
            continue
        verb = token.head
        subjects = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
        place = first_place(view, subjects, world=False)
        if place is not None and place.code == code:
            return True
    return False


COPULAS = frozenset(frame_data()["copulas"])
COUNTERPART_NOUNS = frozenset(frame_data()["counterpart_nouns"])


def tariffed_goods_owner(view: SentenceView, q: Quantity) -> tuple[Token, bool] | None:
    """The pronoun or described country owning the goods a tariff is on ("a 19% tariff on
    its goods", "duties of 25% on their steel", "on most of the country's goods"), or
    facing it ("The island still faces a 20% US tariff"), and whether the tariff is the
    object of a verb whose subject levies it ("will levy duties ... on its goods"; not
    "agreed to", nor "faces")."""
    frame = FigureFrame(*view.tree.measured(q.start, q.end))
    noun = frame.noun
    if noun is None:
        return None
    for goods in frame.links.get("on", []):
        owner = next((c for c in children(goods) if c.dep_ == "poss"), None)
        if owner is not None and country_word(owner):
            imposed = noun.dep_ == "dobj" and noun.head.lower_ not in FACING_VERBS
            return owner, imposed
    faced = facing_goods(frame)
    if faced and described_country(faced[0]):
        return faced[0], False
    return None


def current_periods(view: SentenceView) -> list[str]:
    """The values of the current periods the sentence names."""
    return [p.value for p in view.periods if p.relation == "current" and p.value]


def moves_to_own_period(view: SentenceView, context: ArticleContext) -> bool:
    """Whether the sentence names a current period other than the one the article was on."""
    return any(value != context.recent_period for value in current_periods(view))


def moves_to_longer_period(view: SentenceView, context: ArticleContext) -> bool:
    """Whether the sentence names a current period that runs longer than the one the
    article was on ("for the whole of 1986" after "in January")."""
    return any(lasts_longer(value, context.recent_period) for value in current_periods(view))


def facing_goods(frame: FigureFrame) -> list[Token]:
    """ "Swiss goods face a 39% tariff", "Indian exports will incur duties of 50%": the
    subject of a verb of facing whose object is the tariff, the goods it falls on."""
    noun = frame.noun
    if noun is None or noun.dep_ not in OBJECT_DEPS or noun.head.lower_ not in FACING_VERBS:
        return []
    return [c for c in children(noun.head) if c.dep_ in SUBJECT_DEPS]


# Pronouns that can stand for a country: "Its exports fell", "It ran a surplus".
PRONOUNS = frozenset(frame_data()["country_pronouns"])
NAME_TAGS = ("NNP", "NNPS")
# How a word for a firm qualifies a name: "oil giant BP", "BP, the oil company".
FIRM_QUALIFIER_DEPS = ("compound", "appos", "amod")


# Metrics whose partner links name counterparts; a tariff's "on" names goods as often.
GROUP_METRICS = frozenset({"exports", "imports", "balance", "trade"})
# The rule of a partner named that is no country: nothing after it gives one.
GROUP_RULE = "-group:"


def counterpart_group(
    view: SentenceView, frame: FigureFrame, prepositions: Iterable[str]
) -> Token | None:
    """A counterpart the figure's own preposition names that is no country: "exports to the
    convertible currency area", "imports from developing nations", "the surplus with
    Asia". FORMAT's partner is a country: such a figure has none, not the world's.

    Not a phrase with a place in it ("trade with the rest of the world"), nor a figure,
    period or pronoun ("exports to $5bn", "trade with them"), nor what a possessor makes
    one country ("the deficit with its biggest trading partner").
    """
    spans = [(m.start, m.end) for m in view.places]
    spans += [(m.start, m.end) for m in view.quantities]
    spans += [(m.start, m.end) for m in view.periods]
    for preposition in prepositions:
        for token in frame.links.get(preposition, []):
            if token.dep_ != "pobj" or not token.tag_.startswith("NN"):
                continue
            if token.lower_ in TIME_NOUNS or any(c.dep_ == "poss" for c in children(token)):
                continue  # "with its biggest trading partner": a country named before
            lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
            if not any(start < hi and lo < end for start, end in spans):
                return token
    return None


COUNTERPART_PREPOSITIONS = frozenset(
    word for words in frame_data()["partner_links"].values() for word in words
)


def parallel_counterpart(
    view: SentenceView, frame: FigureFrame
) -> tuple[PlaceMention | None, Token | None]:
    """The counterpart of the clause a figure's clause runs parallel to, when its own names
    none: "Exports to the hard currency area rose 11%, while imports rose 17%" (the area),
    "sales to Japan rose 5% and purchases fell 2%" (Japan). Read from the parse: the
    measured noun is the bare subject of a verb coordinated with, or subordinate to, a verb
    whose subject has a counterpart ("exports to ..."). Returns (the place, or the word of a
    counterpart that is no country), or (None, None).
    """
    noun = frame.noun
    if noun is None or noun.dep_ not in SUBJECT_DEPS or frame.owners or frame.links:
        return None, None
    verb = noun.head
    if verb.dep_ not in ("conj", "advcl") or not is_verbal(verb.head):
        return None, None
    subjects = [c for c in children(verb.head) if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None, None
    other = FigureFrame(subjects[0], "nsubj")
    objects = [
        t for prep, words in other.links.items() if prep in COUNTERPART_PREPOSITIONS for t in words
    ]
    place = first_place(view, objects, world=False)
    if place is not None:
        return place, None
    return None, counterpart_group(view, other, sorted(COUNTERPART_PREPOSITIONS))


GROUP_NOUNS = frozenset(frame_data()["group_nouns"])
PAIR_WORDS = frozenset(frame_data()["pair_words"])


def regional_group(view: SentenceView, token: Token) -> bool:
    """Whether a word names several countries, none of them by name ("the central European
    states", "Asian economies"); not "euro zone countries" (its name's code) nor a counted
    pair ("the two countries")."""
    if token.lower_ not in GROUP_NOUNS:
        return False
    if any(c.lower_ in PAIR_WORDS for c in children(token)):
        return False  # "the two countries' trade": a pair, read as one
    place = first_place(view, [token], world=False)
    return place is None or place.form == "demonym"


def named_body(
    view: SentenceView, owners: Sequence[Token | None], firms: Set[str] = frozenset()
) -> Token | None:
    """The first owner that is a firm or a body of many countries, not a country: a word
    for a firm ("the company", "the carmaker"), a name such a word qualifies ("oil giant
    BP", "BP, the oil company"), or an international body ("the OECD", "Opec").

    "The carmaker's sales fell 5%", "Opec pumped 28m barrels a day": no country's figures.
    Not an official body ("the ministry"), and not a name with a place in it ("Statistics
    Canada") unless a word for a firm qualifies it.
    """
    for token in owners:
        if token is None or token.lower_ in OFFICIAL_BODIES:
            continue
        if token.dep_ == "compound" and token.head.lower_ in TAX_NOUNS:
            continue  # "Corporation tax will fall to 30%": a tax firms pay, the state's
        qualifiers = [c for c in children(token) if c.dep_ in FIRM_QUALIFIER_DEPS]
        if token.tag_ in NAME_TAGS and any(is_firm_word(c) for c in qualifiers):
            return token  # a place there is the firm's home ("HSBC, the biggest UK bank")
        if names_place(view, token):
            continue
        word = token.lower_
        if (is_firm_word(token) and token.tag_ != "NNS") or word in INTERNATIONAL_BODIES:
            return token  # not firms in general ("Companies expect to invest 7.7% more")
        if token.tag_ in NAME_TAGS and word in firms:
            return token  # "EMI shares fell" after "music giant EMI"
    return None


# Taxes a word for a firm can qualify ("corporation tax", "company taxes").
TAX_NOUNS = frozenset({"tax", "taxes", "taxation"})


def possessing_name(view: SentenceView, frame: FigureFrame) -> Token | None:
    """A name that is no place owning a firm's measure ("Renault's volumes were down 7.3%",
    "Toyota's sales rose 4.4%", "BMW's market share"): the firm's, no country's."""
    noun = frame.noun
    if noun is None or noun.lower_ not in FIRM_MEASURES:
        return None
    for owner in children(noun):
        if (
            owner.dep_ in ("poss", "compound")
            and owner.tag_ in NAME_TAGS
            and owner.lower_ not in OFFICIAL_BODIES
            and owner.lower_ not in GROUP_NAMES
            and not names_place(view, owner)
            and not any(c.lower_ in OFFICIAL_BODIES for c in children(owner))
            # "Wool export earnings", "Sugar output": goods, capitalised, not a firm
            and not any(
                s.start < owner.idx + len(owner) and owner.idx < s.end
                for s in view.near(view.sectors, owner.idx, owner.idx + len(owner))
            )
        ):
            return owner
    return None


# "the Community's share", "the Union's exports": a group of countries, no firm
GROUP_NAMES = frozenset({"community", "union", "bloc", "commission", "alliance"})
FIRM_MEASURES = frozenset(
    {"sales", "volumes", "registrations", "deliveries", "share", "profit", "profits",
     "revenue", "revenues", "earnings", "output", "production", "shipments"}
)  # fmt: skip


def is_firm_word(token: Token) -> bool:
    """A word for a firm: "the company", "the carmaker", "the biggest UK bank", not "the
    central bank" nor a bare "the bank" (a central bank's article calls it that too)."""
    if token.lower_ in COMPANY_NOUNS:
        return True
    if token.lower_ not in BANK_WORDS:
        return False
    qualifiers = [c.lower_ for c in children(token) if c.dep_ in ("amod", "compound")]
    return bool(qualifiers) and not OFFICIAL_QUALIFIERS.intersection(qualifiers)


def firm_home(view: SentenceView, place: PlaceMention, firms: Set[str]) -> bool:
    """A place that qualifies one firm, its home: "US phone company SBC", "its UK retail
    division", "Dutch bank ING". Not firms in the plural ("US firms invested $5bn")."""
    token = view.tree.token(place.start, place.end)
    for _ in range(3):  # up a chain of qualifiers: "UK retail division"
        if token is None or token.dep_ not in ("compound", "amod", "nmod"):
            return False
        token = token.head
        if token.tag_ == "NN" and is_firm_word(token):
            return True
        if token.tag_ == "NNP" and (token.lower_ in firms or is_firm_word(token)):
            return True
    return False


def firm_subject(view: SentenceView, firms: Set[str]) -> bool:
    """Whether the sentence's main subject is a firm ("The company said ...", "EMI said
    ..."): the next sentences' figures that name no country are the firm's."""
    subjects = [c for c in children(view.span.root) if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and named_body(view, subjects, firms) is not None


def public_subject(view: SentenceView) -> bool:
    """Whether the sentence's main subject is the state's: a public body, its finances or
    the economy ("The federal budget ran a surplus", "The government spent ...", "The economy
    itself contracted 0.2%"), whatever firm the sentence before was on. Read once per
    sentence."""

    def read() -> bool:
        subjects = [c for c in children(view.span.root) if c.dep_ in SUBJECT_DEPS]
        words = [*subjects, *(c for s in subjects for c in children(s) if c.dep_ in MODIFIERS)]
        public = OFFICIAL_BODIES | FISCAL
        return any(w.lower_ in public for w in words) or any(
            s.lower_ in ECONOMY_SUBJECTS and not s.tag_.startswith("NNP") for s in subjects
        )

    return view.memo("public-subject", read)


MODIFIERS = ("amod", "compound")


def firm_names(doc: Doc) -> set[str]:
    """The names a document gives firms: "Channel Tunnel operator Eurotunnel", "the airline
    Ryanair", "HSBC, the biggest UK bank"."""
    names = set()
    for token in doc:
        if token.tag_ not in NAME_TAGS:
            continue
        qualifiers = [c for c in children(token) if c.dep_ in FIRM_QUALIFIER_DEPS]
        if token.dep_ == "appos":
            qualifiers.append(token.head)  # "the airline Ryanair"
        if any(is_firm_word(c) for c in qualifiers) or reports_results(token):
            names.add(token.lower_)
    return names


def reports_results(name: Token) -> bool:
    """ "Shell has reported record annual profits", "Toyota posted earnings of ...": a name
    that is the subject of a verb whose object is what a firm reports (frames.json
    company_measures; not "shares", which countries hold too)."""
    if name.dep_ != "nsubj" or not is_verbal(name.head):
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in COMPANY_MEASURES and c.lower_ not in ("shares", "stake")
        for c in children(name.head)
    )


def names_place(view: SentenceView, token: Token) -> bool:
    """Whether a word or the words qualifying it name a place ("US carmaker Ford")."""
    words = [token, *(c for c in children(token) if c.dep_ in ("compound", "amod", "appos"))]
    lo = min(w.left_edge.idx for w in words)
    hi = max(w.right_edge.idx + len(w.right_edge) for w in words)
    return any(p.start < hi and lo < p.end for p in view.places)


def sentence_subject(view: SentenceView) -> PlaceMention | None:
    """The country the sentence's main clause is about: its subject ("The Netherlands
    posted ..."), or what qualifies the subject ("Germany's economy shrank")."""
    root = view.span.root
    return first_place(view, [c for c in children(root) if c.dep_ in SUBJECT_DEPS], world=False)


def antecedent(view: SentenceView, pronoun: Token, context: ArticleContext) -> Role:
    """The country a pronoun owning the figure stands for: the sentence's own subject when
    it comes first ("France said its deficit ..."), else the subject of the sentence before
    ("Germany's economy shrank. Its exports fell 2%"). None when the sentence's subject is
    something else ("Toyota said its sales rose").
    """
    word = pronoun.lower_
    if word not in PRONOUNS:
        # "the kingdom", "the South American country": the country spoken of before
        if context.subject is None:
            return Role()
        return Role(context.subject, f"dep:described:{word}:previous-subject")
    root = view.span.root
    subjects = [c for c in children(root) if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
    if subjects:
        place = first_place(view, subjects, world=False) or body_of_place(view, subjects[0])
        if place is not None:
            return Role(place.code, f"dep:pronoun:{word}:{place.text}")
        if described_country(subjects[0]) and context.subject is not None:
            # "The kingdom ... expects its economy to grow 4.6%": the country spoken of before
            return Role(context.subject, f"dep:pronoun:{word}:described-subject")
        firm = named_body(view, subjects, context.firms)
        if (
            firm is None
            and word in ("its", "it")
            and subjects[0].tag_ in NAME_TAGS
            and not subject_between(pronoun, subjects[0])
        ):
            firm = subjects[0]  # "Volkswagen said its sales ...", "Rheinfeld said it would
            # cut 3,200 jobs": a name that is no place
        return Role(None, f"dep:pronoun-firm:{word}:{firm.text}") if firm is not None else Role()
    if context.sentence - context.firm_sentence == 1 and word in FIRM_PRONOUNS:
        # "Ford Motor Co. reported a 2.4% decline. Its pickups climbed 5.6%": the firm the
        # sentence before was on, not the country of the article
        return Role(None, f"dep:pronoun-firm:{word}:previous-subject")
    if context.subject is None:
        return Role()
    return Role(context.subject, f"dep:pronoun:{word}:previous-subject")


# The pronouns of one firm; "they" and "their" are firms in general as often.
FIRM_PRONOUNS = frozenset({"it", "its"})


def body_of_place(view: SentenceView, word: Token) -> PlaceMention | None:
    """The place of an official body or central bank named "of" it ("the Bank of Mexico",
    "the Ministry of Finance of Japan", "the Central Bank of Brazil"), else None."""
    if word.lower_ not in OFFICIAL_BODIES and word.lower_ not in BANK_WORDS:
        return None
    return first_place(view, prep_objects(word, "of"), world=False)


def country_word(word: Token) -> bool:
    """A word that can stand for a country spoken of: a pronoun ("it", "its") or a country
    described ("the country", "the kingdom")."""
    return word.lower_ in PRONOUNS or described_country(word)


def described_country(word: Token) -> bool:
    """ "the kingdom", "the South American country", "the Gulf state": a country described,
    not named (no place among its words)."""
    if word.lower_ not in DESCRIBED_COUNTRIES:
        return False
    kids = children(word)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


DESCRIBED_COUNTRIES = frozenset(
    {"country", "kingdom", "nation", "republic", "emirate", "state", "island"}
)


def subject_between(pronoun: Token, subject: Token) -> bool:
    """Whether a clause between the pronoun and the main subject has a subject of its own
    that does not hold the pronoun ("Ruiz Ligero said INFE would double its budget")."""
    token = pronoun
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.head.i == subject.head.i:
            return False
        token = token.head
        if token.tag_.startswith("VB") and any(
            c.dep_ in SUBJECT_DEPS and not holds(c, pronoun) for c in children(token)
        ):
            return True
    return False


def frame_place(view: SentenceView, token: Token) -> PlaceMention | None:
    return first_place(view, [token])


def first_place(
    view: SentenceView,
    tokens: Sequence[Token],
    exclude: PlaceMention | None = None,
    world: bool = True,
) -> PlaceMention | None:
    """The first place named by a frame word or the words qualifying it."""
    for token in tokens:
        for word in FigureFrame.words(token):
            lo, hi = word.idx, word.idx + len(word)
            for place in view.places:
                overlaps = place.start < hi and lo < place.end
                if (
                    overlaps
                    and place is not exclude
                    and (world or place.code != "WLD")
                    and place_role(view, place) != "rank"
                ):
                    return place
    return None


def aside(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """A place in a clause of its own that the figure is not in (see in_other_clause)."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(place.start, place.end)
    return figure is not None and word is not None and in_other_clause(word, figure)


def pick_partner(
    view: SentenceView,
    q: Quantity,
    metric: str,
    roles: list[tuple[PlaceMention, str]],
) -> Role:
    wanted = PARTNER_ROLES.get(metric)
    if not wanted:
        return Role()
    candidates = [
        p
        for p, role in roles
        if role in wanted
        and not anothers_counterpart(view, q, p)
        and not told_in_an_aside(view, q, p)
    ]
    place = nearest(view, q, candidates, limit=150, keep=lambda p: not far_side(view, q, p))
    if place is None:
        return Role()
    return Role(place.code, f"{place_role(view, place)}:{place.text}")


def anothers_counterpart(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """ "fell to 186 mln dlrs from 241 mln and sales to West Germany dropped": a place whose
    preposition stands right after a word of a metric later than the figure is that word's
    counterpart (the preposition is the noun's, however the parse hung it), not the
    figure's."""
    word = view.tree.token(place.start, place.end)
    figure = view.tree.token(q.start, q.end)
    if word is None or figure is None or word.head.dep_ != "prep" or word.head.i == 0:
        return False
    noun = word.doc[word.head.i - 1]
    return (
        noun.i > figure.i
        and is_nominal(noun)
        and any(c.start <= noun.idx < c.end for c in view.metric_cues)
    )


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
) -> Role:
    skip = {"to", "on", "with", "of", "from"} if metric in PARTNER_ROLES else {"to", "with"}
    skip.add("currency")
    if metric == "exports":
        skip.discard("from")  # "exports from China" name the exporter
    scored = [
        (reporter_distance(view, q, cue, p, role), p)
        for p, role in roles
        if role not in skip
        and not (role == "from" and not from_on_figure_verb(view, q, p))
        and p.code != partner
        and gap_at_least(q, p) <= REPORTER_LIMIT
        and not trailing_aside(view, q, p, role)
        and not told_in_an_aside(view, q, p)
        and not anothers_subject(view, q, p)
        and not AGAINST_BEFORE.search(view.before(p.start, 30))
    ]
    scored = [pair for pair in scored if pair[0] <= REPORTER_LIMIT]
    if not scored:
        return Role()
    place = min(scored, key=lambda pair: pair[0])[1]
    return Role(place.code, f"{place_role(view, place)}:{place.text}")


REPORTER_LIMIT = 250
# "the uprising against Israeli occupation", "against the dollar": an opponent or a
# counterpart, never the figure's own country
AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def from_on_figure_verb(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """ "Exports from China rose 5%": the exporter, where the parse hangs its "from" in the
    figure's own clause; not "Imports from China climbed, while exports fell by a fifth"
    (another clause's source). Without a parse, as the text puts it."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(place.start, place.end)
    if figure is None or word is None:
        return True
    source = word.head
    if source.lower_ != "from":
        return True
    return climb_to_verb(source.head) == climb_to_verb(figure)


def gap_at_least(q: Quantity, place: PlaceMention) -> int:
    """What :func:`distance` (and so :func:`reporter_distance`) is at least, read in O(1)."""
    if place.end <= q.start:
        return q.start - place.end
    if place.start >= q.end:
        return (place.start - q.end) * 3 + 10
    return 0


def anothers_subject(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """ "The United States remained Vietnam's largest market, while exports to the EU
    increased 19%": a place that is the subject of another verb than the figure's, whose
    own verb has a subject noun of its own, in the parse, is that verb's doer, not the
    figure's country."""
    word = view.tree.token(place.start, place.end)
    figure = view.tree.token(q.start, q.end)
    if word is None or figure is None or word.dep_ not in SUBJECT_DEPS:
        return False
    verb = climb_to_verb(figure)
    if verb is None or verb.i == word.head.i:
        return False
    own = [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if not own or own[0].tag_ not in ("NN", "NNS"):
        return False
    # not the verb the figure's clause completes ("Japan expects exports to rise 5%")
    token = verb
    for _ in range(MAX_CLIMB):
        if token.i == word.head.i:
            return True
        if token.dep_ in ("xcomp", "ccomp") or token.head.i == token.i:
            return token.dep_ not in ("xcomp", "ccomp")
        token = token.head
    return True


def told_in_an_aside(view: SentenceView, q: Quantity, place: PlaceMention) -> bool:
    """ "Palm oil shipments, lifted by a drought in Brazil, climbed 12 pct": a place in an
    aside clause (:func:`in_aside_apart`) is what that clause tells of, neither the figure's
    reporter nor its partner."""
    return view.tree.in_aside_apart((place.start, place.end), (q.start, q.end))


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
    view: SentenceView, metric: str, reporter: str | None, context: ArticleContext
) -> Role:
    """The other country of a bilateral article for its trade totals, else the world."""
    if view.says(TOTAL):
        return Role("WLD", "total:world")
    bilateral = view.says(BILATERAL) or (metric == "trade" and context.bilateral)
    if bilateral:
        other = next((c for c in context.countries if c != reporter), None)
        if other:
            return Role(other, "bilateral:article-country")
    return Role("WLD", "default:world")
