"""find_sectors: every sector, plurals, longest match, stop phrases, speed, gold coverage."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from extractor.models import SECTORS
from extractor.nlp import sectors
from extractor.nlp.sectors import SectorMention, find_sectors

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def found(text: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.sector) for mention in find_sectors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("car and cars", [("car", "automotive"), ("cars", "automotive")]),
        (
            "Vehicles, autos and automobiles",
            [("Vehicles", "automotive"), ("autos", "automotive"), ("automobiles", "automotive")],
        ),
        ("auto parts and trucks", [("auto parts", "automotive"), ("trucks", "automotive")]),
        (
            "crude, oil and petroleum",
            [("crude", "energy"), ("oil", "energy"), ("petroleum", "energy")],
        ),
        ("gas, LNG and coal", [("gas", "energy"), ("LNG", "energy"), ("coal", "energy")]),
        (
            "fuel, energy and electricity",
            [("fuel", "energy"), ("energy", "energy"), ("electricity", "energy")],
        ),
        (
            "power stations and power prices",
            [("power stations", "energy"), ("power prices", "energy")],
        ),
        (
            "soybeans, wheat, corn and maize",
            [
                ("soybeans", "agriculture"),
                ("wheat", "agriculture"),
                ("corn", "agriculture"),
                ("maize", "agriculture"),
            ],
        ),
        (
            "grain, rice, cotton",
            [("grain", "agriculture"), ("rice", "agriculture"), ("cotton", "agriculture")],
        ),
        (
            "farm products and agricultural goods",
            [("farm products", "agriculture"), ("agricultural goods", "agriculture")],
        ),
        (
            "food, beef, pork and meat",
            [("food", "food"), ("beef", "food"), ("pork", "food"), ("meat", "food")],
        ),
        (
            "dairy, sugar, wine, fish, seafood",
            [
                ("dairy", "food"),
                ("sugar", "food"),
                ("wine", "food"),
                ("fish", "food"),
                ("seafood", "food"),
            ],
        ),
        (
            "iron ore, copper ore and bauxite",
            [("iron ore", "minerals"), ("copper ore", "minerals"), ("bauxite", "minerals")],
        ),
        ("rare earths", [("rare earths", "minerals")]),
        (
            "steel, aluminium, aluminum, copper",
            [
                ("steel", "metals"),
                ("aluminium", "metals"),
                ("aluminum", "metals"),
                ("copper", "metals"),
            ],
        ),
        (
            "zinc, nickel and metals",
            [("zinc", "metals"), ("nickel", "metals"), ("metals", "metals")],
        ),
        ("chemicals and fertiliser", [("chemicals", "chemicals"), ("fertiliser", "chemicals")]),
        (
            "drugs, medicines, vaccines",
            [
                ("drugs", "pharmaceuticals"),
                ("medicines", "pharmaceuticals"),
                ("vaccines", "pharmaceuticals"),
            ],
        ),
        ("pharmaceuticals", [("pharmaceuticals", "pharmaceuticals")]),
        ("plastics and polyethylene", [("plastics", "plastics"), ("polyethylene", "plastics")]),
        (
            "textiles, apparel, garments",
            [("textiles", "textiles"), ("apparel", "textiles"), ("garments", "textiles")],
        ),
        (
            "clothing, footwear and shoes",
            [("clothing", "textiles"), ("footwear", "textiles"), ("shoes", "textiles")],
        ),
        (
            "machinery, machine tools, capital goods",
            [
                ("machinery", "machinery"),
                ("machine tools", "machinery"),
                ("capital goods", "machinery"),
            ],
        ),
        ("equipment", [("equipment", "machinery")]),
        (
            "electronics and semiconductors",
            [("electronics", "electronics"), ("semiconductors", "electronics")],
        ),
        (
            "chips, microchips, computers",
            [("chips", "electronics"), ("microchips", "electronics"), ("computers", "electronics")],
        ),
        (
            "phones, smartphones and TVs",
            [("phones", "electronics"), ("smartphones", "electronics"), ("TVs", "electronics")],
        ),
        (
            "aircraft, planes and jets",
            [("aircraft", "aerospace"), ("planes", "aerospace"), ("jets", "aerospace")],
        ),
        (
            "aerospace: Airbus and Boeing",
            [("aerospace", "aerospace"), ("Airbus", "aerospace"), ("Boeing", "aerospace")],
        ),
        (
            "services, tourism, banking, insurance",
            [
                ("services", "services"),
                ("tourism", "services"),
                ("banking", "services"),
                ("insurance", "services"),
            ],
        ),
    ],
)
def test_sector_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CRUDE OIL PRICES", [("CRUDE OIL", "energy")]),
        ("Steel exports", [("Steel", "metals")]),
        ("auto-parts makers", [("auto-parts", "automotive")]),
        ("machine\ntools", [("machine\ntools", "machinery")]),
        ("iron ore, not iron", [("iron ore", "minerals"), ("iron", "metals")]),
        ("crude oil and fuel oil", [("crude oil", "energy"), ("fuel oil", "energy")]),
        ("palm oil", [("palm oil", "agriculture")]),
    ],
)
def test_case_hyphens_and_longest_match(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("purchasing power rose", []),
        ("the party came to power", []),
        ("the turmoil in markets", []),
        ("boiled and spoiled", []),
        ("cheap credit helped fuel growth", []),
        ("it could fuel inflation", []),
        ("the move fuels speculation", []),
        ("blue chips and blue-chip stocks", []),
        ("a bargaining chip", []),
        ("crude estimates", []),
        ("non-oil exports", []),
        ("greenhouse gas emissions", []),
        ("Condoleezza Rice said", []),
        ("he said by phone", []),
        ("illegal drugs", []),
        ("switched to fuel oil", [("fuel oil", "energy")]),
        ("fuel prices rose", [("fuel", "energy")]),
        ("chip sales and blue chips", [("chip", "electronics")]),
    ],
)
def test_false_hits_are_avoided(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "Japan's car exports fell"
    assert find_sectors(text) == [SectorMention(8, 11, "car", "automotive")]


def test_every_lexicon_sector_is_a_format_sector() -> None:
    assert set(sectors._lexicon().sectors.values()) <= set(SECTORS)


def test_five_thousand_words_without_rebuilding_the_lexicon() -> None:
    find_sectors("warm up")
    misses = sectors._lexicon.cache_info().misses
    sentence = "Exports of crude oil, steel and cars rose while purchasing power fell. "
    text = sentence * (5000 // len(sentence.split()))
    started = time.perf_counter()
    mentions = find_sectors(text)
    elapsed = time.perf_counter() - started
    assert sectors._lexicon.cache_info().misses == misses
    assert len(mentions) == 3 * (5000 // len(sentence.split()))
    assert elapsed < 0.5


def _flat_alternation(phrases: list[str]) -> re.Pattern[str]:
    """The lexicon as one flat alternation, longest first: what the grouped one must match."""
    ordered = sorted(phrases, key=len, reverse=True)
    parts = [r"[\s-]+".join(re.escape(word) for word in phrase.split()) for phrase in ordered]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def test_the_lexicon_grouped_by_first_letter_matches_as_the_flat_alternation() -> None:
    rows = sectors._read_rows()
    terms, stops = [p for p, s in rows if s != "-"], [p for p, s in rows if s == "-"]
    lexicon = sectors._lexicon()
    corpus = Path(__file__).resolve().parents[1] / "corpora" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts += ["Crude oil and auto-parts, not turmoil", "CAR-MAKERS, carmakers and car\nparts",
              "steel-making steelmakers; oil seeds, oilseeds, oil"]  # fmt: skip
    for grouped, flat in ((lexicon.terms, _flat_alternation(terms)),
                          (lexicon.stops, _flat_alternation(stops))):  # fmt: skip
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ]


@pytest.mark.skipif(not (GOLD / "dev.jsonl").exists(), reason="shared gold set not present")
def test_gold_energy_and_agriculture_sentences_name_their_sector() -> None:
    texts = {}
    for line in (GOLD / "dev_archive.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = " ".join(record["text"].split())
    total = hits = 0
    for line in (GOLD / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        text = texts[document["doc_id"]]
        for claim in document["claims"]:
            if claim["sector"] not in {"energy", "agriculture"}:
                continue
            sentence = _sentence_around(text, claim["sentence_hint"])
            total += 1
            hits += claim["sector"] in {mention.sector for mention in find_sectors(sentence)}
    assert total > 0
    assert hits / total >= 0.5


def _sentence_around(text: str, hint: str) -> str:
    """The sentence holding ``hint``: from the previous full stop to the next one."""
    at = text.find(" ".join(hint.split()))
    if at < 0:
        return ""
    start = text.rfind(". ", 0, at) + 1
    end = re.compile(r"\.\s").search(text, at + len(hint))
    return text[start : end.start() if end else len(text)]


def test_a_letter_that_case_folds_to_another_is_read_as_that_letter() -> None:
    # "ſ" (long s) matches "s" in a case-insensitive pattern: the look-up folds it too
    assert [m.sector for m in find_sectors("exports of ſteel rose")] == ["metals"]
