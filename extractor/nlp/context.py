"""What the claim assembler reads: the mentions found in a document, by character span."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from spacy.tokens import Doc, Span

from extractor.nlp.periods import PeriodMention
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity

if TYPE_CHECKING:  # sectors reads sentences through cues, which reads this module
    from extractor.nlp.sectors import SectorMention

__all__ = ["Mentions", "SpanIndex", "claim_sentences", "within"]


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


class SpanIndex(Generic[S]):
    """Spans sorted by start, for the ones that touch a range of offsets."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]
        self.longest = max((item.end - item.start for item in items), default=0)
        # Mentions come in text order: then the list itself is the index.
        self.in_order = all(i == n for n, i in enumerate(self.order))

    def _hits(self, first: int, last: int, keep: Callable[[S], bool]) -> list[S]:
        if self.in_order:
            return [item for item in self.items[first:last] if keep(item)]
        hits = sorted(i for i in self.order[first:last] if keep(self.items[i]))
        return [self.items[i] for i in hits]

    def near(self, lo: float, hi: float) -> list[S]:
        """The items with ``end >= lo`` and ``start <= hi``, in the list's own order."""
        first = bisect_left(self.starts, lo - self.longest)
        last = bisect_right(self.starts, hi)
        return self._hits(first, last, lambda item: item.end >= lo)

    def within(self, lo: int, hi: int) -> list[S]:
        """The items whose span lies inside [lo, hi), in the list's own order: :func:`within`."""
        first = bisect_left(self.starts, lo)
        last = bisect_right(self.starts, hi)
        return self._hits(first, last, lambda item: item.end <= hi)

    def first_from(self, lo: int) -> S | None:
        """The item that starts first at or after ``lo``, else None."""
        at = bisect_left(self.starts, lo)
        return self.items[self.order[at]] if at < len(self.order) else None

    def holds_any(self, lo: int, hi: int) -> bool:
        """Whether any item lies inside [lo, hi)."""
        for k in range(bisect_left(self.starts, lo), len(self.order)):
            item = self.items[self.order[k]]
            if item.start > hi:
                return False
            if item.end <= hi:
                return True
        return False


@dataclass
class Mentions:
    """Every mention in one document; offsets are document character offsets."""

    year: int | None = None
    quantities: list[Quantity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    sectors: list[SectorMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # claim_sentences(doc)
    # The countries the article is about, most named first (roles.main_countries).
    countries: list[str] = field(default_factory=list)


def within(items: Sequence[S], start: int, end: int) -> list[S]:
    """The items whose span lies inside [start, end)."""
    return [item for item in items if item.start >= start and item.end <= end]


def claim_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with the fragments it breaks off a sentence put back.

    The small English model sometimes splits "Tax | revenues rose 25.7% ..." or a headline
    "FINLAND FEBRUARY TRADE SURPLUS | AT 641 MLN MARKKA": a sentence that does not end in
    punctuation, followed on the same line by more text, is one sentence with it.
    """
    merged: list[Span] = []
    for sent in doc.sents:
        if merged and _continues(merged[-1], sent):
            merged[-1] = doc[merged[-1].start : sent.end]
        else:
            merged.append(sent)
    return [part for sent in merged for part in sentence_parts(sent)]


# No sentence of the corpora is near this long (the longest with a figure has 490
# characters); a longer one is a list or table run together, read in parts so that the rules
# that look around each figure read a part, not thousands of figures.
MAX_SENTENCE_CHARS = 3_000


def sentence_parts(sent: Span, limit: int | None = None) -> list[Span]:
    """The sentence, or when longer than ``limit`` (:data:`MAX_SENTENCE_CHARS`) characters,
    its parts of at most about that, each cut after its last comma or semicolon, else between
    two tokens."""
    limit = limit or MAX_SENTENCE_CHARS
    if sent.end_char - sent.start_char <= limit:
        return [sent]
    doc = sent.doc
    parts: list[Span] = []
    start, last_break = sent.start, None
    for token in sent:
        if token.i > start and token.idx + len(token) - doc[start].idx > limit:
            cut = last_break + 1 if last_break is not None else token.i
            parts.append(doc[start:cut])
            start, last_break = cut, None
        if token.text in (",", ";"):
            last_break = token.i
    parts.append(doc[start : sent.end])
    return parts


def _continues(previous: Span, sent: Span) -> bool:
    words = [t for t in previous if not t.is_space]
    last = previous[-1]
    if not words or words[-1].text in ".!?:;\"'”’)" or "\n" in last.text + last.whitespace_:
        return False
    return any(not t.is_space for t in sent)
