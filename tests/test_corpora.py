"""The demo corpus (corpora/articles.jsonl) and its gold claims (corpora/gold.jsonl) agree.

Every gold claim must be findable in its article (quantity text, sentence hint in the
same sentence), use only FORMAT.md's vocabulary, and validate against the claim schema.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from extractor.evaluate import load_offset_gold
from extractor.models import KINDS, METRICS, SECTORS, load_schema

ROOT = Path(__file__).resolve().parents[1]
ARTICLES_PATH = ROOT / "corpora" / "articles.jsonl"
GOLD_PATH = ROOT / "corpora" / "gold.jsonl"

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
# a short plural noun, of two words at most ("square feet")
UNIT = re.compile(r"^([A-Z]{3}|[A-Z]{3}/[A-Z]{3}|percent|pp|[a-z]+(?: [a-z]+)?(/[a-z]+)?)$")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
RUN_ON_FRACTION = re.compile(r"-(\d)/(\d{1,2})\b")
IN_RATIO = re.compile(r"\b(?:one|\d+)\s+in\s+\d", re.I)  # "one in 13": a share, 7.7%
# Full stops that do not end a sentence in these texts.
ABBREVIATIONS = ("U.S.", "U.K.", "Mr.", "Mrs.", "Dr.", "St.", "Co.", "Inc.", "Corp.", "Ltd.")
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")  # "N.Z.", "H.K.": no sentence end
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


ARTICLES = read_jsonl(ARTICLES_PATH)
GOLD = read_jsonl(GOLD_PATH)
TEXTS = {article["id"]: article["text"] for article in ARTICLES}
CLAIMS = [(doc["doc_id"], claim) for doc in GOLD for claim in doc["claims"]]


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
            head = flat[: end.start() + 1]
            if head.endswith(ABBREVIATIONS) or INITIALS.search(head):
                continue
            found.append(flat[start : end.start() + 1].strip())
            start = end.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return found


def hint_sentence(text: str, claim: dict[str, Any]) -> str | None:
    """The one sentence of the text that holds the claim's sentence hint, else None."""
    hint = normalise(claim["sentence_hint"])
    holding = [s for s in sentences(text) if hint in s]
    return holding[0] if len(holding) == 1 else None


def claim_problems(claim: dict[str, Any], text: str, published: str | None) -> list[str]:
    """Everything wrong with one gold claim: its place in the text, vocabulary, value, schema."""
    if set(claim) != CLAIM_FIELDS:
        return [f"fields {sorted(set(claim) ^ CLAIM_FIELDS)} missing or unexpected"]
    checks = (_place_problems, _vocabulary_problems, _value_problems, _schema_problems)
    return [problem for check in checks for problem in check(claim, text, published)]


def _place_problems(claim: dict[str, Any], text: str, published: str | None) -> list[str]:
    problems = []
    if normalise(claim["quantity_text"]) not in normalise(text):
        problems.append("quantity_text not in the text")
    hint = claim["sentence_hint"]
    table_cell = "|" in text and len(hint.split()) == 1 and claim["quantity_text"] in hint
    if not 4 <= len(claim["sentence_hint"].split()) <= 10 and not table_cell:
        problems.append("sentence_hint is not 4-10 words")
    sentence = hint_sentence(text, claim)
    if sentence is None:
        problems.append("sentence_hint is not in exactly one sentence")
    elif normalise(claim["quantity_text"]) not in sentence:
        problems.append("quantity_text is not in the hint's sentence")
    return problems


def _vocabulary_problems(claim: dict[str, Any], text: str, published: str | None) -> list[str]:
    signs = ("surplus", "deficit") if claim["metric"] == "balance" else (None,)
    checks = {
        "kind": claim["kind"] in KINDS,
        "metric": claim["metric"] in METRICS,
        "sector": claim["sector"] is None or claim["sector"] in SECTORS,
        "period": claim["period"] is None or bool(PERIOD.match(claim["period"])),
        "direction": claim["direction"]
        in (("up", "down") if claim["kind"] == "change" else (None,)),
        "balance_sign": claim["balance_sign"] in signs,
        "reporter": claim["reporter"] is None
        or (bool(COUNTRY.match(claim["reporter"])) and claim["reporter"] != "WLD"),
        "partner": claim["partner"] is None or bool(COUNTRY.match(claim["partner"])),
        "approximate": isinstance(claim["approximate"], bool),
        "unit": bool(UNIT.match(claim["unit"])),
    }
    return [f"{name} {claim[name]!r} is not allowed here" for name, ok in checks.items() if not ok]


def _value_problems(claim: dict[str, Any], text: str, published: str | None) -> list[str]:
    value = claim["value"]
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
        return [f"value {value!r} is not a number of at least 0"]
    if value == 0 and not re.search(r"\b(?:zero|nil|nothing)\b", claim["quantity_text"], re.I):
        return ["value 0 for a figure that does not say zero"]
    problems = []
    if claim["kind"] == "share" and claim["unit"] != "percent":
        problems.append("a share is not in percent")
    if claim["unit"] == "pp" and claim["kind"] not in ("change", "rate"):
        # a move in points, or a spread that stands at so many points ("the extra yield ...
        # fell to 4.6 percentage points"): never an amount or a share
        problems.append("percentage points that are not a change or a spread")
    digits = NUMBER.search(claim["quantity_text"])
    if digits and not IN_RATIO.search(
        claim["quantity_text"]
    ):  # written with digits: the value is that number times a scale word (or pence)
        number = float(digits.group().replace(",", ""))
        fraction = RUN_ON_FRACTION.match(claim["quantity_text"], digits.end())
        if fraction:  # "3-1/4 cents", "2.86-1/2 dlrs": Reuters' fractions of the last digit
            decimals = len(digits.group().partition(".")[2])
            number += int(fraction.group(1)) / int(fraction.group(2)) / 10**decimals
        # k 5 and 7: a lakh and a crore ("Rs 1.5 lakh")
        if not any(value == pytest.approx(number * 10**k) for k in (-2, 0, 3, 5, 6, 7, 9, 12)):
            problems.append(f"value {value} does not follow from {digits.group()!r}")
    return problems


def after_publication(claim: dict[str, Any], published: str) -> list[str]:
    """Our own articles report data, so a period may name the coming year, nothing later."""
    if claim["period"] and int(claim["period"][:4]) > int(published[:4]) + 1:
        return [f"period {claim['period']} is after publication"]
    return []


def _schema_problems(claim: dict[str, Any], text: str, published: str | None) -> list[str]:
    sentence = hint_sentence(text, claim)
    if sentence is None or claim["quantity_text"] not in text:
        start = 0  # the place is _place_problems' to check; the fields are checked here
    else:
        start = text.index(claim["quantity_text"])
    record = {k: v for k, v in claim.items() if k != "sentence_hint"}
    record |= {
        "doc_id": "gold",
        "start_char": start,
        "end_char": start + len(claim["quantity_text"]),
        "sentence": sentence or claim["sentence_hint"],
        "evidence": {},
        "extractor_version": "gold",
    }
    return [f"schema: {error.message}" for error in claim_validator().iter_errors(record)]


@cache
def claim_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema("claim"))


def shared_spans(doc: dict[str, Any], text: str) -> list[str]:
    """Figures claimed more often than their sentence holds them."""
    claimed: dict[tuple[str, str | None], int] = {}
    for claim in doc["claims"]:
        key = (claim["quantity_text"], hint_sentence(text, claim))
        claimed[key] = claimed.get(key, 0) + 1
    return [
        f"{quantity!r} claimed {count} times"
        for (quantity, sentence), count in claimed.items()
        if sentence is not None and count > sentence.count(quantity)
    ]


def test_sentences_splits_blocks_and_keeps_abbreviations() -> None:
    text = "HEADLINE 5 PCT\n\n    Sales rose\n5 pct. Prices in the U.S. fell.\n    Next one."
    assert sentences(text) == [
        "HEADLINE 5 PCT",
        "Sales rose 5 pct.",
        "Prices in the U.S. fell.",
        "Next one.",
    ]


def test_claim_problems_finds_each_kind_of_mistake() -> None:
    text = "Exports rose 5% in March to $2bn. Imports fell."
    good = {
        "quantity_text": "5%", "sentence_hint": "Exports rose 5% in March", "kind": "change",
        "value": 5, "unit": "percent", "approximate": False, "direction": "up",
        "metric": "exports", "balance_sign": None, "reporter": "US", "partner": "WLD",
        "sector": None, "period": "2025-03",
    }  # fmt: skip
    assert claim_problems(good, text, "2025-04-01") == []
    bad = good | {"value": 7, "metric": "exprots", "period": "2031", "sentence_hint": "Imports"}
    assert claim_problems(bad, text, "2025-04-01") == [
        "sentence_hint is not 4-10 words",
        "quantity_text is not in the hint's sentence",
        "metric 'exprots' is not allowed here",
        "value 7 does not follow from '5'",
        "schema: 'exprots' is not one of ['trade', 'exports', 'imports', 'balance', 'tariff', "
        "'price', 'production', 'sales', 'gdp', 'investment', 'other']",
    ]


def test_corpus_is_large_enough() -> None:
    assert len(ARTICLES) >= 18
    assert len(CLAIMS) >= 150
    assert len({article["published"][:4] for article in ARTICLES}) >= 2


def test_article_ids_are_unique() -> None:
    ids = [article["id"] for article in ARTICLES]
    assert len(ids) == len(set(ids))


def article_problems(article: dict[str, Any]) -> list[str]:
    checks = {
        "keys": set(article) == {"id", "url", "title", "published", "text"},
        "id": bool(re.fullmatch(r"tc/\d{3}", article.get("id", ""))),
        "url": str(article.get("url")).startswith("https://example.org/"),
        "published": bool(re.fullmatch(r"\d{4}-\d\d-\d\d", str(article.get("published")))),
        "title opens the text": str(article.get("text")).startswith(f"{article.get('title')}\n\n"),
        "120-300 words": 120 <= len(str(article.get("text")).split()) <= 300,
        "schema": jsonschema.Draft202012Validator(load_schema("article")).is_valid(article),
    }
    return [name for name, ok in checks.items() if not ok]


def test_every_article_is_well_formed() -> None:
    problems = [
        f"articles.jsonl:{line} {article.get('id')}: {problem}"
        for line, article in enumerate(ARTICLES, 1)
        for problem in article_problems(article)
    ]
    assert not problems, "\n".join(problems)


def test_gold_has_one_document_per_article() -> None:
    assert [doc["doc_id"] for doc in GOLD] == [article["id"] for article in ARTICLES]
    articles = {article["id"]: article for article in ARTICLES}
    for doc in GOLD:
        assert set(doc) == {"doc_id", "source", "published", "claims"}
        assert doc["source"] == "tradeclaims"
        assert doc["published"] == articles[doc["doc_id"]]["published"]
        assert doc["claims"]


def test_every_gold_claim_is_right_in_its_article() -> None:
    """All of gold.jsonl's claims checked at once; every bad one is listed, by line."""
    problems = [
        f"gold.jsonl:{line} {doc['doc_id']} claim {n} ({claim['quantity_text']!r}): {problem}"
        for line, doc in enumerate(GOLD, 1)
        for n, claim in enumerate(doc["claims"])
        for problem in claim_problems(claim, TEXTS[doc["doc_id"]], doc["published"])
        + after_publication(claim, doc["published"])
    ]
    problems += [
        f"gold.jsonl:{line} {doc['doc_id']}: {problem}"
        for line, doc in enumerate(GOLD, 1)
        for problem in shared_spans(doc, TEXTS[doc["doc_id"]])
    ]
    assert not problems, "\n".join(problems)


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


def test_corpus_covers_every_phrase() -> None:
    texts = [normalise(text).lower() for text in TEXTS.values()]
    missing = [phrase for phrase in COVERED_TEXT if not any(phrase.lower() in t for t in texts)]
    assert not missing


def test_corpus_covers_hedged_claims() -> None:
    for hedge in ("nearly", "about", "more than", "almost", "roughly"):
        hedged = [c for _, c in CLAIMS if c["quantity_text"].lower().startswith(hedge)]
        assert hedged and all(c["approximate"] for c in hedged), hedge


def test_gold_covers_every_unit_and_field_value() -> None:
    wanted = [("unit", u) for u in ("USD", "EUR", "GBP", "CNY", "JPY", "RUB", "percent", "pp")]
    wanted += [("metric", m) for m in ("trade", "exports", "imports", "balance", "tariff")]
    wanted += [("kind", k) for k in KINDS]
    wanted += [("partner", "WLD"), ("reporter", "EU"), ("reporter", "SU")]
    missing = [(f, v) for f, v in wanted if not any(claim[f] == v for _, claim in CLAIMS)]
    assert not missing


def test_reuters_style_articles_are_hard_wrapped() -> None:
    reuters = [a for a in ARTICLES if "dlrs" in a["text"]]
    assert len(reuters) >= 2
    for article in reuters:
        body = article["text"].split("\n\n", 1)[1]
        assert article["title"].isupper()
        assert max(len(line) for line in body.splitlines()) <= 70
        assert body.startswith("    ")


NEWS_GOLD = {
    split: ROOT / "corpora" / "news_gold" / f"{split}.jsonl" for split in ("dev_a", "dev_b")
}
DEV_A_BBC = "024 044 046 052 072 076 094 098 101 126 165 172"
DEV_A_REUTERS = "10341 10372 13482 14862 15840 16118 16125 17190 17385 18347 18798 18991"
DEV_A_NEW = [f"bbc_business/{n}" for n in DEV_A_BBC.split(" ")]
DEV_A_NEW += [f"reuters_trade/{n}" for n in DEV_A_REUTERS.split(" ")]


@pytest.mark.parametrize("split", sorted(NEWS_GOLD))
def test_every_news_gold_claim_is_right_in_its_article(split: str, shared: Path) -> None:
    """The offset annotations of ../shared/news articles, read back into FORMAT.md's form."""
    gold, articles = load_offset_gold(NEWS_GOLD[split], shared / "news")
    texts = {article.id: article.text for article in articles}
    problems = [
        f"{split}.jsonl {doc['doc_id']} claim {n} ({claim['quantity_text']!r}): {problem}"
        for doc in gold
        for n, claim in enumerate(doc["claims"])
        for problem in claim_problems(claim, texts[doc["doc_id"]], doc["published"])
        if "exactly one sentence" not in problem  # agency copy defeats this simple splitter
    ]
    assert not problems, "\n".join(problems)
    ids = [doc["doc_id"] for doc in gold]
    assert len(ids) == 24 == len(set(ids))
    assert (set(ids) == set(DEV_A_NEW)) == (split == "dev_a")


def test_news_gold_holds_no_article_text() -> None:
    for path in NEWS_GOLD.values():
        for line in path.read_text(encoding="utf-8").splitlines():
            claims = json.loads(line)["claims"]
            assert claims and all(isinstance(c["start"], int) for c in claims)
            assert not any("quantity_text" in c or "sentence_hint" in c for c in claims)


# The invented sets of corpora/heldout/ (scored, never tuned on) and corpora/invented_dev/
# (tuned on): each gold claim is found in its article.
HELDOUT = {
    f"{folder}/{name}": (
        ROOT / "corpora" / folder / f"{name}_articles.jsonl",
        ROOT / "corpora" / folder / f"{name}_gold.jsonl",
    )
    for folder in ("heldout", "invented_dev")
    for name in ("wire", "news")
}


def test_every_invented_page_gold_claim_is_right_in_the_page_text() -> None:
    """corpora/invented_dev/pages_*: news pages as HTML (tuned on), their gold checked
    against the text html_to_article gives (a table's cell is its own hint)."""
    from extractor.html import html_to_article

    folder = ROOT / "corpora" / "invented_dev"
    pages = {page["id"]: page for page in read_jsonl(folder / "pages_articles.jsonl")}
    gold = read_jsonl(folder / "pages_gold.jsonl")
    assert [doc["doc_id"] for doc in gold] == list(pages)
    texts = {key: html_to_article(page["html"], doc_id=key).text for key, page in pages.items()}
    problems = [
        f"pages_gold.jsonl:{line} {doc['doc_id']} claim {n} ({claim['quantity_text']!r}): {p}"
        for line, doc in enumerate(gold, 1)
        for n, claim in enumerate(doc["claims"])
        for p in claim_problems(claim, texts[doc["doc_id"]], doc["published"])
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(HELDOUT))
def test_every_heldout_gold_claim_is_right_in_its_article(name: str) -> None:
    articles_path, gold_path = HELDOUT[name]
    articles = {article["id"]: article for article in read_jsonl(articles_path)}
    gold = read_jsonl(gold_path)
    assert [doc["doc_id"] for doc in gold] == list(articles)
    problems = [
        f"{gold_path.name}:{line} {doc['doc_id']} claim {n} ({claim['quantity_text']!r}): {p}"
        for line, doc in enumerate(gold, 1)
        for n, claim in enumerate(doc["claims"])
        for p in claim_problems(claim, articles[doc["doc_id"]]["text"], doc["published"])
    ]
    assert not problems, "\n".join(problems)
