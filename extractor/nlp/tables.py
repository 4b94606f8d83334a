"""Tables written as text: rows of cells between bars, the HTML stage's form of a page's table.

"| Destination | Value (bn yen) | Change y/y |" above a rule "|---|---|---|" is the header of
the rows below it; a row above the header that has a rule of its own is the table's caption
("| Japan's exports by destination, July 2019 | | |"). A header names what its column's
cells are and in which unit: a bare number under "Value (bn yen)" is 1,205.3 billion yen, one
under "Units" a count of units. Each sentence of a table is one row (rows are paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from extractor.nlp.quantities import Quantity, find_quantities

__all__ = ["TABLE_ROW", "TABLE_RULE", "RowReading", "TableState", "TextTable", "cells_of"]

R = TypeVar("R")

# A row ("| Audi | 17,925 | +7.1% |") and the rule under a header ("|---|---|---|").
TABLE_ROW = re.compile(r"\s*\|.*\|\s*")
TABLE_RULE = re.compile(r"\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*")
# A cell that is a number alone: "17,925", "1,205.3"
BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}")
IN_BRACKETS = re.compile(r"\(([^()]+)\)")


def cells_of(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets in ``text`` of a row's cells, between its bars.

    >>> row = "| China | 1,205.3 |"
    >>> [row[lo:hi].strip() for lo, hi in cells_of(row)]
    ['China', '1,205.3']
    """
    bars = [m.start() for m in re.finditer(r"\|", text)]
    return [(lo + 1, hi) for lo, hi in zip(bars, bars[1:], strict=False)]


@dataclass
class RowReading:
    """What one row of a table names, cell by cell (document offsets): the metric cue and the
    period in each cell, and the first place and sector of the row."""

    cells: list[tuple[int, int]]
    cues: list[Any]  # cues.Cue | None, by cell
    periods: list[str | None]
    place: str | None = None
    sector: str | None = None

    def first_cue(self) -> Any:
        return next((c for c in self.cues if c is not None), None)

    def first_period(self) -> str | None:
        return next((p for p in self.periods if p), None)


@dataclass
class TableState(Generic[R]):
    """Where a document's sentences stand in a text table: the last row read, the header
    (the row above the last rule) and the caption (a header with a rule of its own above the
    next header), each row as the caller's reader made it."""

    row: R | None = None
    header: R | None = None
    caption: R | None = None
    rows_since_rule: int = 0

    def feed(self, text: str, read: Callable[[str], R]) -> bool:
        """Take one sentence, reading it with ``read`` when it is a row; whether it is a data
        row with a header above it."""
        if not TABLE_ROW.fullmatch(text):
            self.row = self.header = self.caption = None
            return False
        if TABLE_RULE.fullmatch(text):
            if self.header is not None and self.rows_since_rule == 1:
                # "| Japan's exports by destination, July 2019 | | |", its rule, then the
                # column header: the first header was the caption
                self.caption = self.header
            self.header, self.rows_since_rule = self.row, 0
            return False
        self.row = read(text)
        self.rows_since_rule += 1
        return self.header is not None


def cell_texts(text: str) -> list[str]:
    """A row's cells as text."""
    return [text[lo:hi].strip() for lo, hi in cells_of(text)]


@dataclass
class TextTable:
    """The table a document's sentences are going through, its rows as their cells' text:
    what the quantity finder needs of it."""

    state: TableState[list[str]] = field(default_factory=TableState)

    def feed(self, text: str) -> bool:
        """Read one sentence; whether it is a data row with a header above it."""
        return self.state.feed(text, cell_texts)

    def unit_phrases(self, column: int) -> list[str]:
        """What may name a column's unit, best first: its header's brackets ("Value (bn
        yen)"), the caption's ("(tonnes)"), then the header's words ("Units")."""
        header, caption = self.state.header, self.state.caption or []
        own = header[column] if header and column < len(header) else ""
        phrases = IN_BRACKETS.findall(own)
        phrases += [p for c in caption for p in IN_BRACKETS.findall(c)]
        words = IN_BRACKETS.sub("", own).split(",")[0].strip()
        return [*phrases, *([words] if words else [])]

    def cell_quantities(self, text: str, found: list[Quantity]) -> list[Quantity]:
        """The bare numbers of a data row (sentence offsets) that no figure covers, each with
        the unit its column's header names; ``found`` are the row's figures already read."""
        extra = []
        for column, (lo, hi) in enumerate(cells_of(text)):
            cell = text[lo:hi]
            number = BARE_NUMBER.fullmatch(cell.strip())
            if number is None or any(q.start < hi and lo < q.end for q in found):
                continue
            start = lo + cell.index(number.group())
            quantity = self._with_header_unit(number.group(), column)
            if quantity is not None:
                end = start + len(number.group())
                extra.append(replace(quantity, start=start, end=end, text=number.group()))
        return extra

    def _with_header_unit(self, number: str, column: int) -> Quantity | None:
        for phrase in self.unit_phrases(column):
            read = find_quantities(f"{number} {phrase}")
            if len(read) == 1 and read[0].start == 0 and read[0].unit != "sales":
                return replace(read[0], carried=True)
        return None
