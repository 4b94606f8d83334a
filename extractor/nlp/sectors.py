"""Sectors in text: the goods and industries a figure is about.

The lexicon, ``extractor/data/sectors.tsv``, maps words and phrases to FORMAT.md's
sectors ("crude oil" -> energy, "auto parts" -> automotive) and lists stop phrases in
which a sector word means something else ("purchasing power", "blue chips", "to fuel
growth"). It is compiled once per process into two regular expressions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from extractor.errors import InputError
from extractor.models import SECTORS

__all__ = ["SectorMention", "find_sectors"]

_DATA = Path(__file__).resolve().parent.parent / "data" / "sectors.tsv"
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
