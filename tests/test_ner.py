"""The opt-in NER variant (``TRADECLAIMS_NER=1``): spaCy's entities weighing on the places.

Every sentence here is invented; each rule has at least two wordings, and each is checked
against the default pipeline (no NER), which reads it the other way.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from extractor.nlp.pipeline import NER_VARIABLE, entities_wanted, load_pipeline
from extractor.nlp.places import EntityMention, find_places
from tests.test_claims import assert_fields, case


@pytest.fixture(scope="module")
def nlp_ner() -> Language:
    return load_pipeline(entities=True)


def test_only_the_variant_runs_ner(nlp: Language, nlp_ner: Language) -> None:
    assert "ner" not in nlp.pipe_names
    assert "ner" in nlp_ner.pipe_names


@pytest.mark.parametrize(
    ("value", "wanted"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_the_variable_asks_for_the_variant(
    monkeypatch: pytest.MonkeyPatch, value: str, wanted: bool
) -> None:
    monkeypatch.setenv(NER_VARIABLE, value)
    assert entities_wanted() is wanted


# A person's name that holds a country is no place: the figure has no reporter.
NAMES_ARE_NO_PLACES = [
    case(
        "Kenya Moore told reporters the network's sales grew 8% last year.",
        "8%",
        reporter=None,
    ),
    case("Israel Houghton said ticket sales fell 12% to $3m in 2023.", "$3m", reporter=None),
    case("Cuba Gooding said the studio's revenue rose 5% to $200m in 2024.", "5%", reporter=None),
]

# A dateline NER calls a place is the place, though the headline's last word before it
# reads to the lexicon like a first name ("... in May\n\nWASHINGTON").
PLACE_ENTITIES_ARE_PLACES = [
    case(
        "Deficit grows in May\n\nWASHINGTON - The trade deficit widened 4% to $60bn in May.",
        "$60bn",
        reporter="US",
    ),
    case(
        "Imports jump in July\n\nWASHINGTON (Reuters) - Imports rose 6% to $280bn in July.",
        "6%",
        reporter="US",
    ),
]


@pytest.mark.parametrize(
    ("text", "quantity", "expected"), [*NAMES_ARE_NO_PLACES, *PLACE_ENTITIES_ARE_PLACES]
)
def test_entities_weigh_on_roles(
    nlp: Language, nlp_ner: Language, text: str, quantity: str, expected: dict[str, Any]
) -> None:
    assert_fields(nlp_ner, text, quantity, expected)
    with pytest.raises(AssertionError):  # the default pipeline reads it the other way
        assert_fields(nlp, text, quantity, expected)


def found(text: str, entities: list[EntityMention]) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_places(text, entities)]


def entity(text: str, span: str, label: str) -> EntityMention:
    start = text.index(span)
    return EntityMention(start, start + len(span), label, span)


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a person entity of more words than the place drops it
        ("Kenya Moore said sales rose.", "Kenya Moore", "PERSON", []),
        ("Sales rose, said India Arie.", "India Arie", "PERSON", []),
        # not when the entity is the place alone: the small model takes demonyms for people
        ("Sri Lankan exports rose.", "Sri Lankan", "PERSON", [("Sri Lankan", "LK")]),
        ("Exports to Peru rose.", "Peru", "PERSON", [("Peru", "PE")]),
        # nor in a line all in upper case, a headline it takes for a name
        ("S. AFRICAN TRADE SURPLUS RISES\nIt rose.", "S. AFRICAN TRADE", "PERSON",
         [("S. AFRICAN", "ZA")]),
        ("GRAIN IMPORTS HALVED\n\nMOSCOW - They fell.", "HALVED\n\nMOSCOW", "PERSON",
         [("MOSCOW", "RU")]),
        # a firm or a body that holds a place is no reason to drop it ("Bank of Japan")
        ("The Bank of Japan said.", "The Bank of Japan", "ORG", [("Bank of Japan", "JP")]),
        ("Statistics Canada said.", "Statistics Canada", "ORG", [("Canada", "CA")]),
        # a place entity overrides the lexicon's guard against names
        ("Rates rose in May\nWASHINGTON - It said.", "WASHINGTON", "GPE", [("WASHINGTON", "US")]),
        ("Week of Jordan Exports", "Jordan", "GPE", [("Jordan", "JO")]),
    ],
)  # fmt: skip
def test_entities_weigh_on_the_lexicon(
    text: str, span: str, label: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, [entity(text, span, label)]) == expected


@pytest.mark.parametrize(
    "text", ["Michael Jordan said it rose.", "Mr Chad Smith said", "the Washington Post said"]
)
def test_without_entities_the_lexicon_guard_stands(text: str) -> None:
    assert found(text, []) == find_places(text) == []
