"""The demo corpus (corpora/articles.jsonl) and its gold claims (corpora/gold.jsonl) agree.

Every gold claim must be findable in its article (quantity text, sentence hint in the
same sentence), use only FORMAT.md's vocabulary, and validate against the claim schema.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from extractor.models import KINDS, METRICS, SECTORS

ROOT = Path(__file__).resolve().parents[1]
ARTICLES_PATH = ROOT / "corpora" / "articles.jsonl"
GOLD_PATH = ROOT / "corpora" / "gold.jsonl"
SCHEMAS = ROOT / "schemas"

CLAIM_FIELDS = {
    "quantity_text",
    "sentence_hint",
    "kind",
    "value",
    "unit",
    "approximate",
    "direction",
    "metric",
    "balance_sign",
    "reporter",
    "partner",
    "sector",
    "period",
}
PERIOD = re.compile(r"^\d{4}(-(\d{2}|Q[1-4]|H[12]))?(/\d{4}(-(\d{2}|Q[1-4]|H[12]))?)?$")
COUNTRY = re.compile(r"^([A-Z]{2}|WLD)$")
UNIT = re.compile(r"^([A-Z]{3}|[A-Z]{3}/[A-Z]{3}|percent|pp|[a-z]+(/[a-z]+)?)$")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Full stops that do not end a sentence in these texts.
ABBREVIATIONS = ("U.S.", "U.K.", "Mr.", "Mrs.", "Dr.", "St.", "Co.", "Inc.", "Corp.", "Ltd.")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


ARTICLES = read_jsonl(ARTICLES_PATH)
GOLD = read_jsonl(GOLD_PATH)
TEXTS = {article["id"]: article["text"] for article in ARTICLES}
CLAIMS = [(doc["doc_id"], claim) for doc in GOLD for claim in doc["claims"]]
CLAIM_IDS = [f"{doc_id}:{claim['quantity_text']}" for doc_id, claim in CLAIMS]


def normalise(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    """Whitespace-normalised sentences; blocks end at blank lines and Reuters indents.

    >>> sentences("HEADLINE 5 PCT\\n\\n    Sales rose\\n5 pct. Prices in the U.S. fell.")
    ['HEADLINE 5 PCT', 'Sales rose 5 pct.', 'Prices in the U.S. fell.']
    """
    found = []
    for block in re.split(r"\n\s*\n|\n(?=    )", text):
        flat = normalise(block)
        start = 0
        for end in SENTENCE_END.finditer(flat):
            if flat[: end.start() + 1].endswith(ABBREVIATIONS):
                continue
            found.append(flat[start : end.start() + 1].strip())
            start = end.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return found


def hint_sentence(doc_id: str, claim: dict[str, Any]) -> str:
    """The one sentence of the article that holds the claim's sentence hint."""
    hint = normalise(claim["sentence_hint"])
    holding = [s for s in sentences(TEXTS[doc_id]) if hint in s]
    assert len(holding) == 1, f"hint {hint!r} is in {len(holding)} sentences"
    return holding[0]


def test_sentences_splits_blocks_and_keeps_abbreviations() -> None:
    text = "HEADLINE 5 PCT\n\n    Sales rose\n5 pct. Prices in the U.S. fell.\n    Next one."
    assert sentences(text) == [
        "HEADLINE 5 PCT",
        "Sales rose 5 pct.",
        "Prices in the U.S. fell.",
        "Next one.",
    ]


def test_corpus_is_large_enough() -> None:
    assert len(ARTICLES) >= 18
    assert len(CLAIMS) >= 150
    assert len({article["published"][:4] for article in ARTICLES}) >= 2


def test_article_ids_are_unique() -> None:
    ids = [article["id"] for article in ARTICLES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_has_basic_keys(article: dict[str, Any]) -> None:
    assert set(article) == {"id", "url", "title", "published", "text"}
    assert re.fullmatch(r"tc/\d{3}", article["id"])
    assert article["url"].startswith("https://example.org/")
    assert date.fromisoformat(article["published"]).isoformat() == article["published"]
    assert article["text"].startswith(article["title"] + "\n\n")
    assert 120 <= len(article["text"].split()) <= 300


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_validates_against_schema(article: dict[str, Any]) -> None:
    schema = json.loads((SCHEMAS / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(article, schema)


def test_gold_has_one_document_per_article() -> None:
    assert [doc["doc_id"] for doc in GOLD] == [article["id"] for article in ARTICLES]


@pytest.mark.parametrize("doc", GOLD, ids=[d["doc_id"] for d in GOLD])
def test_gold_document_matches_its_article(doc: dict[str, Any]) -> None:
    article = next(a for a in ARTICLES if a["id"] == doc["doc_id"])
    assert set(doc) == {"doc_id", "source", "published", "claims"}
    assert doc["source"] == "tradeclaims"
    assert doc["published"] == article["published"]
    assert doc["claims"]


@pytest.mark.parametrize(("doc_id", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_is_found_in_its_sentence(doc_id: str, claim: dict[str, Any]) -> None:
    assert set(claim) == CLAIM_FIELDS
    assert claim["quantity_text"] in TEXTS[doc_id]
    assert 4 <= len(claim["sentence_hint"].split()) <= 10
    assert normalise(claim["sentence_hint"]) in normalise(TEXTS[doc_id])
    assert claim["quantity_text"] in hint_sentence(doc_id, claim)


@pytest.mark.parametrize(("doc_id", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_uses_format_vocabulary(doc_id: str, claim: dict[str, Any]) -> None:
    assert claim["kind"] in KINDS
    assert claim["metric"] in METRICS
    assert claim["sector"] is None or claim["sector"] in SECTORS
    assert claim["period"] is None or PERIOD.match(claim["period"])
    assert claim["direction"] in (("up", "down") if claim["kind"] == "change" else (None,))
    expected_signs = ("surplus", "deficit") if claim["metric"] == "balance" else (None,)
    assert claim["balance_sign"] in expected_signs
    assert claim["reporter"] is None or COUNTRY.match(claim["reporter"])
    assert claim["reporter"] != "WLD"
    assert claim["partner"] is None or COUNTRY.match(claim["partner"])
    assert isinstance(claim["approximate"], bool)
    assert UNIT.match(claim["unit"])


@pytest.mark.parametrize(("doc_id", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_value_agrees_with_its_text(doc_id: str, claim: dict[str, Any]) -> None:
    value = claim["value"]
    assert isinstance(value, int | float) and not isinstance(value, bool) and value > 0
    if claim["kind"] == "share":
        assert claim["unit"] == "percent"
    if claim["unit"] == "pp":
        assert claim["kind"] == "change"
    digits = NUMBER.search(claim["quantity_text"])
    if digits:  # written with digits: the value is that number times a scale word
        number = float(digits.group().replace(",", ""))
        assert any(value == pytest.approx(number * 10**k) for k in (0, 3, 6, 9, 12))


@pytest.mark.parametrize(("doc_id", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_period_is_not_after_publication(doc_id: str, claim: dict[str, Any]) -> None:
    published = next(doc["published"] for doc in GOLD if doc["doc_id"] == doc_id)
    if claim["period"]:
        # a forecast may name the coming year, nothing later
        assert int(claim["period"][:4]) <= int(published[:4]) + 1


@pytest.mark.parametrize(("doc_id", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_claim_validates_against_claim_schema(doc_id: str, claim: dict[str, Any]) -> None:
    schema = json.loads((SCHEMAS / "claim.schema.json").read_text(encoding="utf-8"))
    start = TEXTS[doc_id].index(claim["quantity_text"])
    record = {k: v for k, v in claim.items() if k != "sentence_hint"}
    record |= {
        "doc_id": doc_id,
        "start_char": start,
        "end_char": start + len(claim["quantity_text"]),
        "sentence": hint_sentence(doc_id, claim),
        "evidence": {},
        "extractor_version": "gold",
    }
    jsonschema.validate(record, schema)


@pytest.mark.parametrize("doc", GOLD, ids=[d["doc_id"] for d in GOLD])
def test_no_two_claims_share_a_span(doc: dict[str, Any]) -> None:
    claimed: dict[tuple[str, str], int] = {}
    for claim in doc["claims"]:
        key = (claim["quantity_text"], hint_sentence(doc["doc_id"], claim))
        claimed[key] = claimed.get(key, 0) + 1
    for (quantity, sentence), count in claimed.items():
        assert count <= sentence.count(quantity), f"{quantity!r} claimed {count} times"


def test_years_and_phone_numbers_are_not_claims() -> None:
    for _, claim in CLAIMS:
        assert not re.fullmatch(r"(19|20)\d\d", claim["quantity_text"])
        assert not re.search(r"\d{3,4} \d{3,4} \d{4}", claim["quantity_text"])


COVERED_TEXT = [
    "two-way trade",
    "crude oil",
    "soybeans",
    "steel",
    "semiconductors",
    "pharmaceuticals",
    "textile",
    "widened",
    "narrowed",
    "tariffs of 25% on Chinese steel",
    "in March",
    "the first quarter",
    "Q3",
    "the first half",
    "January-October",
    "last year",
    "a year earlier",
    "the same period last year",
    "US$",
    "dollars",
    "€",
    "euros",
    "£",
    "pounds",
    "stg",
    "yuan",
    "yen",
    "roubles",
    "mln",
    "bn",
    "tn",
    "trillion",
    "dlrs",
    "pct",
    "percentage points",
    "Beijing",
    "Washington",
    "Chinese exports",
    "the Kremlin",
    "Brussels",
    "global trade",
    "total trade",
    "doubled",
    "halved",
    "a fifth",
    "(£2.3bn)",
    "the first time",
    "five years",
    "two nations",
]


@pytest.mark.parametrize("phrase", COVERED_TEXT)
def test_corpus_covers_phrase(phrase: str) -> None:
    assert any(phrase.lower() in normalise(text).lower() for text in TEXTS.values())


@pytest.mark.parametrize("hedge", ["nearly", "about", "more than", "almost", "roughly"])
def test_corpus_covers_hedged_claims(hedge: str) -> None:
    hedged = [c for _, c in CLAIMS if c["quantity_text"].lower().startswith(hedge)]
    assert hedged and all(c["approximate"] for c in hedged)


@pytest.mark.parametrize("unit", ["USD", "EUR", "GBP", "CNY", "JPY", "RUB", "percent", "pp"])
def test_gold_covers_unit(unit: str) -> None:
    assert any(claim["unit"] == unit for _, claim in CLAIMS)


@pytest.mark.parametrize(
    ("field", "value"),
    [("metric", m) for m in ("trade", "exports", "imports", "balance", "tariff")]
    + [("kind", k) for k in KINDS]
    + [("partner", "WLD"), ("reporter", "EU"), ("reporter", "SU")],
)
def test_gold_covers_field_value(field: str, value: str) -> None:
    assert any(claim[field] == value for _, claim in CLAIMS)


def test_reuters_style_articles_are_hard_wrapped() -> None:
    reuters = [a for a in ARTICLES if "dlrs" in a["text"]]
    assert len(reuters) >= 2
    for article in reuters:
        body = article["text"].split("\n\n", 1)[1]
        assert article["title"].isupper()
        assert max(len(line) for line in body.splitlines()) <= 70
        assert body.startswith("    ")
