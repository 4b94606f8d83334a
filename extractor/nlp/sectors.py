"""Sectors in text: the goods and industries a figure is about.

The lexicon, ``extractor/data/sectors.tsv``, maps words and phrases to FORMAT.md's
sectors ("crude oil" -> energy, "auto parts" -> automotive) and lists stop phrases in
which a sector word means something else ("purchasing power", "blue chips", "to fuel
growth"). It is compiled once per process into two regular expressions.

Which of a sentence's sector words is a figure's is read from the parse
(:func:`figure_sector`): the words of the figure's own phrase, of the noun it measures
(its modifiers and its "of"/"in" objects), and of the firm whose figure it is. The words
that rule reads beside the lexicon are in ``extractor/data/sector_frames.json``.
:func:`decide_sector` falls back on proximity where the parse cannot place the figure or
its frame names nothing, and carries the article's sector to an export or import figure
of the next sentence that names none; its evidence says which ("dep:of:steel",
"near:steel", "carried:previous-figure").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Span, Token

from extractor.errors import InputError
from extractor.models import SECTORS
from extractor.nlp.cues import TRADE_METRICS, ArticleContext, Cue, SentenceView, nearest
from extractor.nlp.frames import (
    FRAME_NOUNS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    children,
    clause_subject,
    holds,
    in_other_clause,
    is_nominal,
    is_verbal,
    prep_objects,
)
from extractor.nlp.quantities import Quantity

__all__ = [
    "SectorDecision",
    "SectorMention",
    "SectorReading",
    "decide_sector",
    "figure_sector",
    "find_sectors",
    "names_a_whole",
    "recall_sector",
    "sector_frame_words",
]

_DATA = Path(__file__).resolve().parent.parent / "data" / "sectors.tsv"
_FRAMES = _DATA.with_name("sector_frames.json")
_STOP = "-"


@dataclass(frozen=True)
class SectorMention:
    """A word or phrase naming a sector."""

    start: int
    end: int
    text: str
    sector: str


@dataclass(frozen=True)
class _Lexicon:
    terms: re.Pattern[str]
    stops: re.Pattern[str]
    sectors: dict[str, str]


def find_sectors(text: str) -> list[SectorMention]:
    """Every sector mention in ``text``, in order, longest phrase first, never overlapping.

    >>> [(m.text, m.sector) for m in find_sectors("Crude oil and auto-parts, not turmoil")]
    [('Crude oil', 'energy'), ('auto-parts', 'automotive')]
    """
    lexicon = _lexicon()
    stops = [match.span() for match in lexicon.stops.finditer(text)]
    return [
        SectorMention(match.start(), match.end(), match.group(), lexicon.sectors[_key(match)])
        for match in lexicon.terms.finditer(text)
        if not any(start <= match.start() and match.end() <= end for start, end in stops)
    ]


def _key(match: re.Match[str]) -> str:
    """The lexicon key of a matched phrase: lower case, one space between words."""
    return " ".join(re.split(r"[\s-]+", match.group().casefold()))


@functools.cache
def _lexicon() -> _Lexicon:
    """The compiled sector lexicon; built once."""
    rows = _read_rows()
    sectors = {phrase: sector for phrase, sector in rows if sector != _STOP}
    stops = [phrase for phrase, sector in rows if sector == _STOP]
    return _Lexicon(_alternation(list(sectors)), _alternation(stops), sectors)


def _read_rows() -> list[tuple[str, str]]:
    """(phrase in lower case, sector) for every row of ``sectors.tsv``."""
    rows = []
    with _DATA.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            phrase, _, sector = line.rstrip("\n").partition("\t")
            if sector not in SECTORS and sector != _STOP:
                raise InputError(f"{_DATA.name}:{number}: unknown sector {sector!r}")
            rows.append((" ".join(re.split(r"[\s-]+", phrase.casefold())), sector))
    return rows


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for all phrases, longest first, on word boundaries.

    A space in a phrase also matches a hyphen or a line break ("auto-parts"). The phrases
    are grouped by their first letter, each group behind a lookahead on it: at a word start
    only one group is tried, not all 300 phrases. It matches what the flat alternation
    would, since phrases of different groups cannot match at the same place and each group
    keeps the longest-first order.
    """
    ordered = sorted(phrases, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        words = [re.escape(word) for word in phrase.split()]
        groups.setdefault(phrase[0], []).append(r"[\s-]+".join(words))
    branches = [f"(?={re.escape(first)})(?:{'|'.join(parts)})" for first, parts in groups.items()]
    return re.compile(r"\b(?:" + "|".join(branches) + r")\b", re.IGNORECASE)


# --- the sector of a figure, read from the parse --------------------------------------------


@dataclass(frozen=True)
class SectorReading:
    """A figure's sector as the parse reads it, and the way it was read ("dep:of:steel");
    ``sector`` None when the parse placed the figure and its frame names no sector."""

    sector: str | None
    rule: str


# The sector mentions that overlap the characters [start, end) of the sentence.
MentionLookup = Callable[[int, int], Sequence[SectorMention]]


@functools.cache
def _frame_words() -> dict[str, Any]:
    """extractor/data/sector_frames.json, read once."""
    data: dict[str, Any] = json.loads(_FRAMES.read_text(encoding="utf-8"))
    return data


def sector_frame_words(key: str) -> frozenset[str]:
    """One word list of extractor/data/sector_frames.json."""
    return frozenset(_frame_words()[key])


MODIFIERS = ("amod", "compound", "nmod", "poss")
# Measured nouns of a tax on goods: the goods may be the subject that faces it.
TARIFF_NOUNS = frozenset(sector_frame_words("tariff_nouns"))
CHANGE_NOUNS = FRAME_NOUNS | frozenset(_frame_words()["change_nouns"])
# How far the words of one phrase are followed: a phrase of a sentence of thousands of
# figures must not cost the whole sentence.
PHRASE_LIMIT = 40
CLIMB_LIMIT = 8
OF_DEPTH = 2
# How many tokens back a pronoun's antecedent is looked for (within its sentence).
ANTECEDENT_REACH = 60


def figure_sector(
    figure: Token,
    measured: tuple[Token | None, str],
    unit: str,
    mentions_at: MentionLookup,
) -> SectorReading | None:
    """The sector of the figure whose span has the root ``figure``, read from its frame.

    ``measured`` is what the figure measures and how that was found
    (:func:`extractor.nlp.frames.measured_noun`). Read in order: the figure's unit ("250,000
    barrels per day"), its own "of" phrase ("87.4 million tonnes of soybeans"), the
    complement of a copula it is the subject of ("979 mln dlrs were crude"), then the
    measured noun: the noun itself ("Semiconductors accounted for 21.6%"), its modifiers
    ("Chinese car exports"), its objects of goods ("exports of crude and products", "trade in
    services"), the firm whose figure it is ("profits at the bank"), and a measure of industry
    naming no goods ("Production dropped 1.6%": a broad group, ``other``). None when the
    parse cannot place the figure: the caller falls back on proximity.

    >>> from extractor.nlp.frames import measured_noun, spacy_pipeline
    >>> doc = spacy_pipeline()("Chinese car exports rose 9% to $5bn.")
    >>> figure_sector(doc[5], measured_noun(doc[5]), "percent", _mentions_in(doc.text))
    SectorReading(sector='automotive', rule='dep:mod:car')
    """
    by_unit = _unit_sector(unit, figure)
    if by_unit is not None:
        return SectorReading(*by_unit)
    words = [figure, *(c for c in children(figure) if c.lower_ == "worth")]
    for word in words:  # "$1bn of steel", "$1bn worth of cars"
        own = _goods_of(word, ("of",), figure, mentions_at)
        if own is not None:
            return own
    complement = _complement(figure, mentions_at)
    if complement is not None:
        return complement
    measure = _firm_measure_of(figure)
    if measure is not None:
        # "The airline made a loss of $500m": the measure's firm, whatever the parse made
        # the figure measure
        firm = _firm_sector(measure, measure.dep_, mentions_at)
        if firm is not None:
            return firm
    noun, how = measured
    if is_verbal(figure):  # "grain imports halved", "will double its tariffs on steel"
        objects = [c for c in children(figure) if c.dep_ == "dobj"]
        noun, how = (objects[0], "dobj") if objects else (_clause_subject(figure, figure), "nsubj")
    elif noun is None:
        noun, how = _described_noun(figure), "acl"
    else:
        noun = _thing_measured(noun, how, figure)
    if noun is None:
        return None
    found = (
        _noun_sector(noun, how, figure, mentions_at)
        or _verb_goods(noun, figure, mentions_at)
        or _host_sector(noun, figure, mentions_at)
    )
    if found is None and how in ("off", "added-to"):
        # "Dear food shaved 0.5 points off growth": what it was taken off names no goods;
        # the causer's goods are not the figure's
        return SectorReading(None, f"dep:no-goods:{noun.text}")
    return found


def _firm_measure_of(figure: Token) -> Token | None:
    """The measure a firm reports that the figure is the "of" object of ("a loss of $500m",
    "a pre-tax profit of £1.7bn"); None for any other figure."""
    preposition = figure.head
    if figure.dep_ != "pobj" or preposition.lower_ != "of":
        return None
    noun = preposition.head
    return noun if noun.lower_ in _frame_words()["firm_measures"] else None


def _host_sector(noun: Token, figure: Token, mentions_at: MentionLookup) -> SectorReading | None:
    """ "Purchases of soybeans, hit by tariffs of 10%, slumped": a noun inside a participle
    clause is of the goods of the noun the clause describes."""
    token = noun
    for _ in range(CLIMB_LIMIT):
        if token.head.i == token.i:
            return None
        token = token.head
        if is_verbal(token):
            host = token.head
            if token.dep_ != "acl" or not is_nominal(host) or host.i == noun.i:
                return None
            return _noun_sector(host, "acl-host", figure, mentions_at)
    return None


def _verb_goods(noun: Token, figure: Token, mentions_at: MentionLookup) -> SectorReading | None:
    """The goods named on the verb whose subject or object the measured noun is ("Australia
    earned $26bn from iron ore exports", "cut its tariff of 150% on whisky imports")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with" and noun.lower_ in TARIFF_NOUNS:
        # "Brandy imports were hit with a 35% duty"
        return _subject_goods(verb.head, figure, mentions_at) if is_verbal(verb.head) else None
    if not is_verbal(verb) or (noun.dep_ not in SUBJECT_DEPS and noun.dep_ not in OBJECT_DEPS):
        return None
    prepositions = tuple(_frame_words()["verb_goods_prepositions"])
    found = _goods_of(verb, prepositions, figure, mentions_at)
    if found is None and noun.dep_ == "dobj" and noun.lower_ in TARIFF_NOUNS:
        found = _subject_goods(verb, figure, mentions_at)
    if found is not None or noun.dep_ not in SUBJECT_DEPS:
        return found
    # "China imported 87.4 million tonnes of soybeans, up 5.1%": the goods of the verb's
    # object, when the figure is the change of it
    for obj in children(verb):
        if obj.dep_ == "dobj" and not holds(obj, figure):
            found = _goods_of(obj, ("of",), figure, mentions_at)
            if found is not None:
                return found
    return None


def _subject_goods(verb: Token, figure: Token, mentions_at: MentionLookup) -> SectorReading | None:
    """ "Shrimp imports from India face a 50% tariff", "steel shipments will attract duties of
    25%": a tariff the verb's subject faces is on the goods that subject names."""
    for subject in children(verb):
        if subject.dep_ in SUBJECT_DEPS and not holds(subject, figure):
            found = _phrase_sector([subject], figure, mentions_at)
            if found is not None:
                return SectorReading(found[0], f"dep:subject-goods:{found[1]}")
    return None


def _thing_measured(noun: Token, how: str, figure: Token) -> Token | None:
    """The noun that names what the figure is of, when the measured word does not: the
    subject of a verb of change the figure is the object of ("oil imports declined 5.6 pct",
    "the industrial sector is expected to expand 5.5 pct"), or of the verb a bare word of
    change hangs from ("output grew 2.8 pct after a 1.5 pct contraction"); a pronoun's
    antecedent ("inventories fell 0.7%, but they were 36% higher")."""
    found: Token | None = noun
    if how == "verb" or _is_figure(noun, figure):
        verb = noun if is_verbal(noun) else noun.head
        found = _clause_subject(verb, figure) if is_verbal(verb) else None
    elif how in ("off", "added-to"):
        pass  # "dear food shaved 0.5 points off growth": the subject is a causer
    elif noun.lower_ in CHANGE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in ("in", "of") for c in children(noun)
    ):
        found = _clause_subject(noun, figure)
    if found is not None and found.lower_ in _frame_words()["pronouns"]:
        found = _antecedent(found)
    return found


def _is_figure(token: Token, figure: Token) -> bool:
    """Another number's word ("5.6 pct" as the object of "declined"), not a thing measured;
    not the noun the figure itself sizes ("100 pct tariffs")."""
    if holds(token, figure) and token.i != figure.i and figure.head.i == token.i:
        return False
    return token.tag_ == "CD" or any(c.dep_ == "nummod" for c in children(token))


def _clause_subject(word: Token, figure: Token) -> Token | None:
    """The subject of the first verb above ``word`` (``word`` included), or of the verb it is
    coordinated with or an xcomp of ("is expected to expand"); None when it has none."""
    token = word
    for _ in range(CLIMB_LIMIT):
        if is_verbal(token):
            break
        if token.head.i == token.i:
            return None
        token = token.head
    else:
        return None
    subject = clause_subject(token)
    return None if subject is None or holds(subject, figure) else subject


def _noun_sector(
    noun: Token, how: str, figure: Token, mentions_at: MentionLookup
) -> SectorReading | None:
    """The sector the measured noun names: itself, its modifiers, its goods, its firm."""
    own = _phrase_sector([noun], figure, mentions_at, modifiers=False)
    if own is not None:
        return SectorReading(own[0], f"dep:noun:{own[1]}")
    modifiers = [c for c in children(noun) if c.dep_ in MODIFIERS and not holds(c, figure)]
    found = _phrase_sector(modifiers, figure, mentions_at)
    if found is not None:
        return SectorReading(found[0], f"dep:mod:{found[1]}")
    goods = _goods_of(noun, tuple(_frame_words()["goods_prepositions"]), figure, mentions_at)
    if goods is not None:
        return goods
    words = _frame_words()
    if "-" in how and how.rsplit("-", 1)[1] in words["owner_prepositions"]:
        kind = _firm_kind(noun, mentions_at)  # "shares in the bank": the firm itself
        if kind is not None:
            return SectorReading(kind, f"dep:firm:{noun.text}")
    if noun.lower_ in words["firm_measures"] or how == "acl":
        firm = _firm_sector(noun, how, mentions_at)
        if firm is not None:
            return firm
    if noun.lower_ in words["industry_nouns"]:
        named = _industry_named_before(noun)
        if named is not None:
            return SectorReading(named[0], f"dep:industry-named-before:{named[1]}")
        return SectorReading("other", f"dep:industry:{noun.text}")
    if noun.lower_ in words["no_goods_nouns"]:
        return SectorReading(None, f"dep:no-goods:{noun.text}")
    whole = next((o for o in prep_objects(noun, "of") if o.lower_ in words["no_goods_nouns"]), None)
    if whole is not None:
        # "pushed the annual rate of inflation to 3.2%": a measure of what names no goods
        return SectorReading(None, f"dep:no-goods:of-{whole.text}")
    return None


def _industry_named_before(noun: Token) -> tuple[str, str] | None:
    """ "Nigeria hopes to triple cocoa production ... to boost production from 180,000
    tonnes": a bare measure of industry repeats the same noun named with its goods earlier
    in its sentence or in the sentence before, and is of those goods (sector, modifier)."""
    sentence = noun.sent
    start = sentence.start
    if start > 0:
        start = noun.doc[start - 1].sent.start
    for word in reversed(noun.doc[start : noun.i]):
        if word.lower_ != noun.lower_:
            continue
        for child in children(word):
            if child.dep_ not in ("compound", "amod"):
                continue
            mentions = find_sectors(child.text)
            if len(mentions) == 1 and mentions[0].sector != "other":
                return mentions[0].sector, child.text
    return None


def _unit_sector(unit: str, figure: Token) -> tuple[str, str] | None:
    """ "250,000 barrels per day", "$40 a barrel": a unit that is one sector's, and the
    rule that read it."""
    words = _frame_words()
    if unit in words["units"]:
        return words["units"][unit], f"dep:unit:{unit}"
    after = figure.doc[figure.i + 1 : figure.i + 3]
    if len(after) == 2 and after[0].lower_ in ("a", "an", "per"):
        sector = words["per_units"].get(after[1].lower_)
        return (sector, f"dep:unit:{after[1].lower_}") if sector else None
    return None


def _goods_of(
    word: Token, prepositions: tuple[str, ...], figure: Token, mentions_at: MentionLookup
) -> SectorReading | None:
    """The sector of ``word``'s object of goods ("$5bn of steel", "trade in services")."""
    for prep in children(word):
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        objects = [c for c in children(prep) if c.dep_ == "pobj" and not holds(c, figure)]
        found = _phrase_sector(objects, figure, mentions_at)
        if found is not None:
            return SectorReading(found[0], f"dep:{prep.lower_}:{found[1]}")
    return None


def _complement(figure: Token, mentions_at: MentionLookup) -> SectorReading | None:
    """ "of which 979 mln dlrs were crude and derivatives": a copula's complement names the
    goods its subject, the figure, is worth."""
    verb = figure.head
    if figure.dep_ not in SUBJECT_DEPS or verb.lower_ not in BE:
        return None
    complements = [c for c in children(verb) if c.dep_ in ("attr", "acomp")]
    found = _phrase_sector(complements, figure, mentions_at)
    return SectorReading(found[0], f"dep:complement:{found[1]}") if found else None


BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _described_noun(figure: Token) -> Token | None:
    """ "the world's fourth biggest bank, valued at $180bn": the noun a participle whose
    figure it is describes."""
    token = figure
    for _ in range(CLIMB_LIMIT):
        if token.head.i == token.i:
            return None
        if is_verbal(token.head):
            verb = token.head
            return verb.head if verb.dep_ == "acl" and is_nominal(verb.head) else None
        token = token.head
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a pronoun stands for: the subject of the clause that governs it ("the bank
    blamed ... its division"), else the subject named before it ("inventories fell 0.7%,
    they were 36% higher")."""
    token = pronoun
    for _ in range(CLIMB_LIMIT):
        if token.head.i == token.i:
            break
        token = token.head
        if is_verbal(token):
            subjects = [c for c in children(token) if c.dep_ in SUBJECT_DEPS]
            if subjects and not holds(subjects[0], pronoun):
                return _named(subjects[0])
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - 1 - ANTECEDENT_REACH), -1):
        token = doc[i]
        if token.dep_ in SUBJECT_DEPS and is_nominal(token) and token.tag_ != "PRP":
            return token
        if token.is_sent_start:
            break
    return None


def _named(token: Token) -> Token | None:
    return None if token.tag_.startswith("PRP") else token


def _firm_sector(noun: Token, how: str, mentions_at: MentionLookup) -> SectorReading | None:
    """ "profits at the bank", "HSBC, the biggest UK bank, will report profits": a company
    figure takes the sector of the kind of firm it belongs to (FORMAT: a bank's figures are
    services)."""
    words = _frame_words()
    owners = [noun] if how == "acl" else []
    owners += [c for c in children(noun) if c.dep_ in MODIFIERS]
    framed = [noun]
    if noun.dep_ == "pobj" and noun.head.head.lower_ in CHANGE_NOUNS:
        framed.append(noun.head.head)  # "a 3% fall in profits at its retail arm"
    for word in framed:
        for prep in children(word):
            if prep.dep_ == "prep" and prep.lower_ in words["owner_prepositions"]:
                owners += [c for c in children(prep) if c.dep_ == "pobj"]
    verb = noun.head
    if noun.dep_ in OBJECT_DEPS and is_verbal(verb):
        owners += [c for c in children(verb) if c.dep_ in SUBJECT_DEPS]
    if (
        noun.dep_ in SUBJECT_DEPS
        and noun.lower_ in words["results_nouns"]
        and verb.dep_ == "ccomp"
        and is_verbal(verb.head)
    ):
        # "HSBC, the biggest UK bank, said profits rose 20%": the speaker's own results (not
        # the sales or shares a bank's economists speak of)
        owners += [c for c in children(verb.head) if c.dep_ in SUBJECT_DEPS]
    for owner in owners:
        for word in _firm_words(owner):
            sector = _firm_kind(word, mentions_at)
            if sector is not None:
                return SectorReading(sector, f"dep:firm:{word.text}")
    return None


def _firm_words(owner: Token) -> Iterable[Token]:
    """An owner with its appositions and qualifiers ("HSBC, the biggest UK bank"); a
    pronoun's antecedent in its place ("its retail division")."""
    words = [owner]
    for child in children(owner):
        if child.dep_ in ("appos", "compound", "poss"):
            words += [child, *(c for c in children(child) if c.dep_ in ("appos", "poss"))]
    found = []
    for word in words:
        if word.lower_ in _frame_words()["pronouns"]:
            antecedent = _antecedent(word)
            if antecedent is not None:
                qualifiers = [c for c in children(antecedent) if c.dep_ in ("appos", "compound")]
                found += [antecedent, *qualifiers]
        else:
            found.append(word)
    return found


def _firm_kind(word: Token, mentions_at: MentionLookup) -> str | None:
    """The sector of a firm word: a lexicon word ("carmaker", "Boeing") or a kind of firm
    ("bank", "insurer"), not a public body ("the central bank", "the Bank of England")."""
    lexicon = _overlapping(word, mentions_at)
    if lexicon:
        return lexicon[0].sector
    words = _frame_words()
    if word.lower_ not in words["firm_kinds"] or (
        word.text != word.lower_ and not word.is_sent_start
    ):
        return None  # "Insurer Aviva" opening a sentence, not the name "Bank of Ireland"
    qualifiers = {c.lower_ for c in children(word) if c.dep_ in ("amod", "compound")}
    if qualifiers & set(words["not_firm_qualifiers"]):
        return None
    label: str = words["firm_kinds"][word.lower_]
    return label


def _phrase_sector(
    heads: Sequence[Token], figure: Token, mentions_at: MentionLookup, modifiers: bool = True
) -> tuple[str, str] | None:
    """The sector the noun phrases at ``heads`` name, with its words; ``other`` when their
    conjuncts name several ("steel, electronics and shipbuilding parts": FORMAT).

    Each conjunct's sector is its head's, else its modifiers' ("crude oil", "Japanese
    electronic goods"); a qualifier word counts only here ("factory orders").
    """
    found: list[tuple[str, str]] = []
    for head in heads:
        for conjunct in [head, *_conjuncts(head)]:
            if holds(conjunct, figure):
                continue
            sector = _word_sector(conjunct, figure, mentions_at, modifiers)
            if sector is not None:
                found.append(sector)
    if not found:
        return None
    sectors = {sector for sector, _ in found}
    if len(sectors) > 1:
        return "other", "mixed:" + "+".join(text for _, text in found)
    return found[0]


def _conjuncts(head: Token) -> list[Token]:
    """ "crude oil, gas and coal": the words coordinated with ``head``, bounded."""
    found: list[Token] = []
    todo = [head]
    while todo and len(found) < PHRASE_LIMIT:
        token = todo.pop()
        for child in children(token):
            if child.dep_ == "conj" and is_nominal(child):
                found.append(child)
                todo.append(child)
    return found


def _word_sector(
    word: Token, figure: Token, mentions_at: MentionLookup, modifiers: bool, depth: int = 0
) -> tuple[str, str] | None:
    """The sector a noun names: its own word, else (with ``modifiers``) its qualifiers'
    ("crude oil", "industrial producer prices"), else its "of" object's ("products of
    steel")."""
    own = _overlapping(word, mentions_at)
    if own:
        return own[0].sector, own[0].text
    if not modifiers:
        return None
    qualifier = _frame_words()["qualifiers"].get(word.lower_)
    if qualifier is not None:
        return qualifier, word.text
    todo = [c for c in children(word) if c.dep_ in MODIFIERS and not holds(c, figure)]
    seen = 0
    while todo and seen < PHRASE_LIMIT:
        token = todo.pop(0)
        seen += 1
        found = _overlapping(token, mentions_at)
        if found:  # "steel, electronics and shipbuilding parts": the modifier's conjuncts too
            found += [m for c in _conjuncts(token) for m in _overlapping(c, mentions_at)]
            if token.head.i == word.i:
                # and the word's other modifiers, a list the parse hung on it side by side
                # ("Chinese machinery, electronics and industrial parts")
                found += [
                    m
                    for c in children(word)
                    if c.i != token.i and c.dep_ in MODIFIERS and not holds(c, figure)
                    for m in _overlapping(c, mentions_at)
                ]
            if len({m.sector for m in found}) > 1:
                return "other", "mixed:" + "+".join(m.text for m in found)
            return found[0].sector, found[0].text
        qualifier = _frame_words()["qualifiers"].get(token.lower_)
        if qualifier is not None:
            return qualifier, token.text
        todo += [c for c in children(token) if c.dep_ in MODIFIERS]
    if depth < OF_DEPTH:  # "tariffs on imports of Japanese electronics goods"
        for prep in children(word):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in children(prep):
                    if obj.dep_ == "pobj" and not holds(obj, figure):
                        nested = _word_sector(obj, figure, mentions_at, modifiers, depth + 1)
                        if nested is not None:
                            return nested
    return None


def _overlapping(token: Token, mentions_at: MentionLookup) -> list[SectorMention]:
    """The lexicon mentions that share characters with ``token``."""
    start, end = token.idx, token.idx + len(token)
    return [m for m in mentions_at(start, end) if m.start < end and start < m.end]


def _mentions_in(text: str) -> MentionLookup:
    """A lookup over every mention of ``text`` (for the examples)."""
    mentions = find_sectors(text)
    return lambda start, end: [m for m in mentions if m.start < end and start < m.end]


# --- a sector carried to the next sentence ---------------------------------------------------


def recall_sector(sentence: Span, metric: str, context: ArticleContext) -> str | None:
    """ "Scotch whisky exports fall 4.6% to £5.6bn ... Shipments to the US dropped 11%": the
    sector of the last figure of ``metric``, in this sentence or the one right before, when
    the article's first figure has it too (the sector the article is about, not one item of
    a total: "China's exports rose 2.3% ... Steel exports climbed ... Exports to the United
    States edged up 1.2%"). ``context`` holds what the assembly noted
    (:meth:`ArticleContext.note_sector`)."""
    if metric not in context.last_sectors:
        return None
    end, sector = context.last_sectors[metric]
    if sector is None or sector != context.lead_sector:
        return None
    doc = sentence.doc
    # right before, or past a short sentence with no figure ("All the major markets
    # contracted.")
    gap = sentence.start - end
    before = 0 <= gap <= SENTENCE_GAP and not any(t.like_num for t in doc[end : sentence.start])
    return sector if before or sentence.start < end <= sentence.end else None


SENTENCE_GAP = 30  # tokens


def is_place(view: SentenceView, word: Token) -> bool:
    """Whether a place mention covers ``word`` ("Britain" in "Britain's market")."""
    return any(p.start < word.idx + len(word) and word.idx < p.end for p in view.places)


def names_a_whole(word: Token) -> bool:
    """ "total exports", "all its exports": a figure of all goods, which takes no sector from
    the figure before."""
    words = set(_frame_words()["whole_words"])
    return word.lower_ in words or any(c.lower_ in words for c in children(word))


# --- the sector of a figure: the parse, proximity, the sentence before -----------------------


class SectorDecision(NamedTuple):
    """A sector as decided, the rule that decided it, and the metric under which the
    assembly keeps it for the figures after (None: a metric that carries no sector)."""

    sector: str | None
    rule: str
    carries: str | None = None


def decide_sector(
    view: SentenceView,
    q: Quantity,
    cue: Cue | None,
    context: ArticleContext,
    carried_metric: str | None = None,
) -> SectorDecision:
    """The sector of the figure, read from the parse (:func:`figure_sector`: "dep:...");
    where the parse cannot place the figure, the sector named with it ("$5bn of steel") or
    its metric ("car exports"), or for figures other than trade totals the nearest sector
    word close by ("near:..."). An export or import figure naming none, and not said to be
    a whole or a country's, takes the sector of the figure of its metric in the sentence
    before when that is the article's subject (:func:`recall_sector`: "carried:..."); so
    does a figure with no metric word of its own that goes on with the metric before
    (``carried_metric``: "Soybean imports rose 4%. In September alone, they hit 12.9
    million tonnes")."""
    figure = view.tree.token(q.start, q.end)
    measured = view.tree.measured(q.start, q.end) if figure is not None else (None, "none")
    reading = None
    item = table_item(view, q)
    if item is not None:
        # a table's item ("..., rubber 2,880 (2,550), tin 187 mln"), however the parse hung it
        reading = SectorReading(item.sector, f"table-item:{item.text}")
    elif figure is not None:
        reading = figure_sector(figure, measured, q.unit, partial(view.near, view.sectors))
    sector, rule = (reading.sector, reading.rule) if reading else near_sector(view, q, cue)
    metric = cue.label if cue is not None else carried_metric
    if metric not in CARRIED_SECTOR_METRICS or rule.startswith("dep:no-goods"):
        return SectorDecision(sector, rule)
    # a tariff's rate goes on with its goods; money raised in tariffs is often of them all
    collected = metric == "tariff" and q.category != "percent"
    if sector is None and not collected and not is_own_statement(view, measured[0], cue, metric):
        carried = recall_sector(view.span, metric, context)
        if carried is not None:
            sector, rule = carried, "carried:previous-figure"
    return SectorDecision(sector, rule, metric)


CARRIED_SECTOR_METRICS = sector_frame_words("carried_metrics")
# Totals whose sector must be named with them ("car exports"), not merely nearby.
ATTACHED_ONLY = TRADE_METRICS | {"tariff"}


def is_own_statement(
    view: SentenceView, noun: Token | None, cue: Cue | None, metric: str | None = None
) -> bool:
    """ "Total German exports", "South Korea's exports", "its exports": a figure qualified as
    a whole or as a country's is not the sector the sentence before spoke of. Sales are
    another matter: "Britain's market shrank 4.9%", "its U.S. sales fell" go on with the
    goods the article sells, unless said to be all of them or a named firm's own."""
    words = [w for w in (noun, view.tree.token(cue.start, cue.end) if cue else None) if w]
    if metric == "sales":
        # but not another firm's ("Tesla's deliveries rose 51%, while Nvidia's revenue
        # jumped 30%"): a named owner's sales are its own goods
        return any(
            names_a_whole(word)
            or any(c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS") and not is_place(view, c)
                   for c in children(word))
            for word in words
        )  # fmt: skip
    for word in words:
        qualifiers = [c for c in children(word) if c.dep_ in ("amod", "compound", "poss", "det")]
        if names_a_whole(word) or any(c.tag_ == "PRP$" for c in qualifiers):
            return True
        if any(c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS") for c in qualifiers):
            return True  # "Nvidia's revenue jumped 30%": another owner's, not the goods before
        if any(is_place(view, c) for c in qualifiers):
            return True
    return False


def near_sector(view: SentenceView, q: Quantity, cue: Cue | None) -> tuple[str | None, str]:
    """The proximity fallback: a sector word attached to the figure or its metric word by
    position, else (not for trade totals) the nearest one."""
    own = [s for s in view.sectors if not other_clause_sector(view, q, s)]
    sector = next((s for s in own if _attached(view, s, q, cue)), None)
    if sector is None and (cue is None or cue.label not in ATTACHED_ONLY):
        sector = nearest(view, q, own, limit=65)
    if sector is None:
        return None, ""
    listed = {s.sector for s in listed_with(view, sector)}
    if len(listed) > 1:
        return "other", f"near:mixed-list:{sector.text}"
    label: str = sector.sector
    return label, f"near:{sector.text}"


def other_clause_sector(view: SentenceView, q: Quantity, sector: Any) -> bool:
    """Whether the parse puts a sector word in a clause that does not hold the figure ("the
    deficit widened to $41.7bn in September as gold imports doubled")."""
    figure = view.tree.token(q.start, q.end)
    word = view.tree.token(sector.start, sector.end)
    return figure is not None and word is not None and in_other_clause(word, figure)


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
# "steel import tariffs", "oil and gas exports": modifiers between, no preposition or verb
# that starts a phrase of its own ("steel tariffs with duties on ...").
ATTACHED_BEFORE = re.compile(
    r"^(?!.*\b(?:with|on|of|in|for|to|from|by|at|as|against|over|after|than)\b)[\s\w-]{0,20}$",
    re.I,
)
ATTACHED_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:of|on|in)\s+(?:[\w.-]+\s+){0,3}$", re.I
)


def table_item(view: SentenceView, q: Quantity) -> Any:
    """The sector word right before the figure (or before the figure it brackets) that opens
    an item of a table in running text (after a comma, colon, semicolon, bracket or "and"),
    else None."""
    before = [s for s in view.near(view.sectors, q.start - 40, q.start) if s.end <= q.start]
    word = before[-1] if before else None
    if word is None or not ITEM_GAP.fullmatch(view.between(word.end, q.start)):
        return None
    return word if TABLE_ITEM_BEFORE.search(view.before(word.start, 8)) else None


# Between an item's word and its figure: nothing, or the item's figure before the bracketed
# earlier one ("coffee 310 (300)").
ITEM_GAP = re.compile(r"\s*(?:[\d.,]+\s*(?:mln|bln|billion|million|pct|%)?\s*\(\s*)?")
# What opens an item of a table in running text: a comma, colon, semicolon or bracket.
TABLE_ITEM_BEFORE = re.compile(r"(?:[,:;)]|\band)\s*$")


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
