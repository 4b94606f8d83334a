"""What the claim assembler reads: the mentions found in a document, by character span."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from extractor.nlp.periods import PeriodMention
from extractor.nlp.places import PlaceMention
from extractor.nlp.quantities import Quantity
from extractor.nlp.sectors import SectorMention

__all__ = ["Mentions", "within"]


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "quantities": len(self.quantities),
            "places": len(self.places),
            "sectors": len(self.sectors),
            "periods": len(self.periods),
        }


def within(items: Sequence[S], start: int, end: int) -> list[S]:
    """The items whose span lies inside [start, end)."""
    return [item for item in items if item.start >= start and item.end <= end]
