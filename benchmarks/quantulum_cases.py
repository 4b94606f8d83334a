"""This project's quantity parser and quantulum3's, side by side on quantulum3's own test cases.

    python benchmarks/quantulum_cases.py

Reads, at run time, the sentence/answer pairs of quantulum3's English test data
(``../shared/benchmarks/quantulum3_tests``: ``quantities.json`` and
``quantities.ambiguity.json``) and keeps the expected quantities of three families:

- money: a currency unit (dollar, pound sterling, euro, cent, penny, dime); its value in major
  units, its family the ISO code;
- percent: ``percentage``;
- count: a dimensionless number followed in the sentence by a plural noun ("50 cars").

Each case is run two ways by both parsers: on its surface text alone (``parse_quantity``;
for a count, the number with its noun), and on the whole sentence (``find_quantities``).
Correct = value within 0.5 % (signs aside: this project keeps direction out of the value)
and the same family: the currency code, percent, or count.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.nlp.quantities import find_quantities, parse_quantity  # noqa: E402

CASES = ROOT.parent / "shared/benchmarks/quantulum3_tests/quantulum3/_lang/en_US/tests"
CASE_FILES = ("quantities.json", "quantities.ambiguity.json")
# quantulum3 unit name -> (ISO code, factor to major units)
CURRENCIES = {
    "dollar": ("USD", 1.0),
    "pound sterling": ("GBP", 1.0),
    "euro": ("EUR", 1.0),
    "yen": ("JPY", 1.0),
    "cent": ("USD", 0.01),
    "penny": ("GBP", 0.01),
    "dime": ("USD", 0.1),
}
DIMENSIONLESS = ("dimensionless",)

Reading = tuple[float, str]  # value, family
Parser = Callable[[str], list[Reading]]


@dataclass(frozen=True)
class Case:
    family: str  # "money", "percent" or "count"
    surface: str
    sentence: str
    expected: Reading


def family_of(unit_name: str, value: float) -> Reading | None:
    """A quantulum3 unit name and value as (value in major units, family), or None."""
    if unit_name in CURRENCIES:
        code, factor = CURRENCIES[unit_name]
        return value * factor, code
    if unit_name == "percentage":
        return value, "percent"
    if unit_name in DIMENSIONLESS:
        return value, "count"
    return None


def count_surface(sentence: str, surface: str) -> str | None:
    """ "50" in "In this pit, 50 cars are stored" -> "50 cars"; None without a plural noun."""
    at = sentence.find(surface)
    noun = re.match(r"\s+[a-z]*[a-hj-rtv-z]s\b", sentence[at + len(surface) :]) if at >= 0 else None
    return surface + noun.group() if noun else None


def load_cases() -> list[Case]:
    cases = []
    for name in CASE_FILES:
        for item in json.loads((CASES / name).read_text(encoding="utf-8")):
            for res in item["res"]:
                cases.extend(case_of(item["req"], res))
    return cases


def case_of(sentence: str, res: dict[str, object]) -> list[Case]:
    reading = family_of(str(res["unit"]), float(str(res["value"])))
    if reading is None:
        return []
    surface = str(res["surface"])
    if reading[1] == "count":
        counted = count_surface(sentence, surface)
        return [Case("count", counted, sentence, reading)] if counted else []
    family = "percent" if reading[1] == "percent" else "money"
    return [Case(family, surface, sentence, reading)]


def ours(text: str) -> list[Reading]:
    return [reading_of(q.value, q.unit, q.category) for q in find_quantities(text)]


def ours_single(text: str) -> list[Reading]:
    found = parse_quantity(text)
    return [reading_of(found.value, found.unit, found.category)] if found else []


def reading_of(value: float, unit: str, category: str) -> Reading:
    return value, "count" if category == "count" else unit


def quantulum_parser() -> Parser | None:
    """quantulum3's parser as a Parser, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def parse(text: str) -> list[Reading]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        readings = (family_of(q.unit.name, q.value) for q in found)
        return [r for r in readings if r is not None]

    return parse


def correct(expected: Reading, found: list[Reading]) -> bool:
    value, family = expected
    return any(f == family and abs(abs(v) - abs(value)) <= 0.005 * abs(value) for v, f in found)


def tally(cases: list[Case], parse: Parser | None, whole_sentence: bool) -> dict[str, int]:
    counts = {"money": 0, "percent": 0, "count": 0}
    if parse is None:
        return counts
    for case in cases:
        found = parse(case.sentence if whole_sentence else case.surface)
        counts[case.family] += correct(case.expected, found)
    return counts


def main() -> int:
    if not CASES.is_dir():
        print(f"quantulum3 test data not found at {CASES} (../shared absent); nothing to run")
        return 0
    cases = load_cases()
    theirs = quantulum_parser()
    columns = {
        "tradeclaims (surface)": tally(cases, ours_single, whole_sentence=False),
        "quantulum3 (surface)": tally(cases, theirs, whole_sentence=False),
        "tradeclaims (sentence)": tally(cases, ours, whole_sentence=True),
        "quantulum3 (sentence)": tally(cases, theirs, whole_sentence=True),
    }
    print_table(cases, columns, quantulum_missing=theirs is None)
    return 0


def print_table(cases: list[Case], columns: dict[str, dict[str, int]], **flags: bool) -> None:
    header = ["family", "cases", *columns]
    print(" | ".join(f"{h:>22}" for h in header))
    for family in ("money", "percent", "count", "all"):
        selected = [c for c in cases if family in ("all", c.family)]
        row = [family, str(len(selected))]
        for counts in columns.values():
            hits = sum(counts.values()) if family == "all" else counts[family]
            row.append(f"{hits} ({hits / max(1, len(selected)):.0%})")
        print(" | ".join(f"{cell:>22}" for cell in row))
    if flags.get("quantulum_missing"):
        print("quantulum3 is not installed: its columns are empty")


if __name__ == "__main__":
    sys.exit(main())
