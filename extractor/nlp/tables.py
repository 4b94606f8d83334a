"""Tables written as text: rows of cells between bars, the HTML stage's form of a page's table.

"| Destination | Value (bn yen) | Change y/y |" above a rule "|---|---|---|" is the header of
the rows below it; a row above the header that has a rule of its own is the table's caption
("| Japan's exports by destination, July 2019 | | |"). A header names what its column's
cells are and in which unit: a bare number under "Value (bn yen)" is 1,205.3 billion yen, one
under "Units" a count of units. Each sentence of a table is one row (rows are paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from extractor.nlp.quantities import Quantity, find_quantities

__all__ = ["TABLE_ROW", "TABLE_RULE", "RowReading", "TextTable", "cells_of"]

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
class TextTable:
    """The table a document's sentences are going through: its caption and header."""

    last_row: list[str] | None = None
    caption: list[str] = field(default_factory=list)
    header: list[str] | None = None
    rows_since_rule: int = 0

    def feed(self, text: str) -> bool:
        """Read one sentence; whether it is a data row with a header above it."""
        if not TABLE_ROW.fullmatch(text):
            self.last_row, self.caption, self.header = None, [], None
            return False
        if TABLE_RULE.fullmatch(text):
            if self.header is not None and self.rows_since_rule == 1 and self.last_row:
                # a caption row with a rule of its own, then the column header
                self.caption = [*self.caption, *(c for c in self.header if c)]
            self.header, self.rows_since_rule = self.last_row, 0
            return False
        self.last_row = [text[lo:hi].strip() for lo, hi in cells_of(text)]
        self.rows_since_rule += 1
        return self.header is not None

    def unit_phrases(self, column: int) -> list[str]:
        """What may name a column's unit, best first: its header's brackets ("Value (bn
        yen)"), the caption's ("(tonnes)"), then the header's words ("Units")."""
        own = self.header[column] if self.header and column < len(self.header) else ""
        phrases = IN_BRACKETS.findall(own)
        phrases += [p for c in self.caption for p in IN_BRACKETS.findall(c)]
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
