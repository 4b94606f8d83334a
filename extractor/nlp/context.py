"""What the claim assembler reads: the mentions found in a document, by character span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span

from extractor.nlp.periods import PeriodMention
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity
from extractor.nlp.sectors import SectorMention

__all__ = ["Mentions", "claim_sentences", "within"]


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


@dataclass
class Mentions:
    """Every mention in one document; offsets are document character offsets."""

    year: int | None = None
    quantities: list[Quantity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    sectors: list[SectorMention] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # claim_sentences(doc)


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
    return merged


def _continues(previous: Span, sent: Span) -> bool:
    words = [t for t in previous if not t.is_space]
    last = previous[-1]
    if not words or words[-1].text in ".!?:;\"'”’)" or "\n" in last.text + last.whitespace_:
        return False
    return any(not t.is_space for t in sent)
