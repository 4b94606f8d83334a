"""The quality gate: scores on the gold sets may not fall below the floors recorded here.

Like trafilatura's eval_gate: the floors are the scores last measured (README, "Scores"),
rounded down a little so that noise-free changes pass and a regression fails. Raise a floor
when the extractor gets better; never lower one to make a change pass. The one exception is a
revision of the gold itself (dev was revised to new FORMAT.md conventions on 2026-12-01, and
its floors were re-measured on it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractor.archives import read_inputs
from extractor.evaluate import Score, load_gold, load_offset_gold, score
from extractor.models import Article
from extractor.nlp.pipeline import extract_claims
from tests.conftest import CORPUS, CORPUS_GOLD, ROOT, SHARED

FLOORS: dict[str, dict[str, float]] = {
    "corpus": {"f1": 0.99, "value_accuracy": 0.99, "full_f1": 0.945, "fully_right": 258},
    # dev re-measured on the gold revised 2026-12-01 (FORMAT.md's new conventions): 0.708
    "dev": {"f1": 0.975, "value_accuracy": 0.99, "full_f1": 0.80, "fully_right": 219},
    # dev-A: dev plus corpora/news_gold/dev_a.jsonl (48 articles), tuned on
    "dev_a": {"f1": 0.975, "value_accuracy": 0.99, "full_f1": 0.85, "fully_right": 516},
    # dev-B: corpora/news_gold/dev_b.jsonl (24 articles); stops 17-18 read its aggregate counts
    "dev_b": {"f1": 0.96, "value_accuracy": 0.98, "full_f1": 0.48, "fully_right": 131},
    "seed": {"f1": 1.0, "value_accuracy": 1.0, "full_f1": 1.0, "fully_right": 7},
    # corpora/heldout/ (invented, never tuned on) and corpora/invented_dev/ (tuned on); both
    # grew at stop 22 (the held-out sets by 18 articles written then, scored only);
    # invented_dev news by 40 BBC- and Reuters-style articles at stop 23; at stop 24 held-out
    # wire by 10 web-news stories (ho7_web, scored only), invented_dev wire and news by 10 each;
    # at stop 25 held-out news by 10 (ho8_old, scored only), invented_dev news by 20 and wire
    # by 10; at stop 27 held-out news by 20 (ho9_mix, ho10_old) and wire by 10 (ho10_web),
    # scored only, and invented_dev news by 20 (tune_reut9a, tune_old9b); at stop 28 held-out
    # wire by 20 (ho11_web, ho12_web, scored only) and invented_dev wire by 40 (tune_web11a,
    # tune_web11b, tune_web12a, tune_web12b); at stop 29 held-out news by 40 (ho13_old,
    # ho14_old, ho15_old, ho16_old, scored only) and invented_dev news by 80 (tune_old13a/b to
    # tune_old16a/b), and both held-out sets by ho17_old and ho17_web, scored only at the
    # stop's end; their floors re-measured on the grown sets
    "heldout_wire": {"f1": 0.98, "value_accuracy": 0.99, "full_f1": 0.545, "fully_right": 805},
    "heldout_news": {"f1": 0.98, "value_accuracy": 0.985, "full_f1": 0.65, "fully_right": 1390},
    "invented_wire": {"f1": 0.98, "value_accuracy": 0.99, "full_f1": 0.59, "fully_right": 1140},
    "invented_news": {"f1": 0.975, "value_accuracy": 0.985, "full_f1": 0.72, "fully_right": 3420},
    # corpora/invented_dev/pages_*: 24 news pages as HTML, end to end (tuned on; 8 added at
    # stop 24)
    "invented_pages": {"f1": 0.96, "value_accuracy": 0.98, "full_f1": 0.665, "fully_right": 336},
}
FIELD_FLOORS: dict[str, dict[str, float]] = {
    "corpus": {"kind": 0.99, "metric": 0.96, "direction": 0.99, "sector": 0.98, "period": 0.95},
    "dev": {
        "kind": 0.99,
        "metric": 0.935,
        "direction": 0.99,
        "reporter": 0.945,
        "partner": 0.915,
        "sector": 0.95,
        "period": 0.925,
    },
    "dev_b": {
        "kind": 0.92,
        "metric": 0.85,
        "direction": 0.91,
        "reporter": 0.90,
        "partner": 0.885,
        "sector": 0.875,
        "period": 0.75,
    },
}
pytestmark = pytest.mark.slow

GOLD_SETS = {
    "corpus": (CORPUS_GOLD, CORPUS),
    "dev": (SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "dev_archive.jsonl"),
    "seed": (SHARED / "gold" / "seed.jsonl", SHARED / "gold" / "seed_archive.jsonl"),
    **{
        f"{folder.replace('_dev', '')}_{name}": (
            ROOT / "corpora" / folder / f"{name}_gold.jsonl",
            ROOT / "corpora" / folder / f"{name}_articles.jsonl",
        )
        for folder in ("heldout", "invented_dev")
        for name in ("wire", "news")
    },
    "invented_pages": (
        ROOT / "corpora" / "invented_dev" / "pages_gold.jsonl",
        ROOT / "corpora" / "invented_dev" / "pages_articles.jsonl",
    ),
}
NEWS_GOLD = ROOT / "corpora" / "news_gold"


@pytest.fixture(scope="module")
def scores(nlp: Any) -> dict[str, Score]:
    sets = {
        name: (load_gold(gold), archive_articles(archive))
        for name, (gold, archive) in GOLD_SETS.items()
        if gold.exists()
    }
    if (SHARED / "news").is_dir():
        dev_a = load_offset_gold(NEWS_GOLD / "dev_a.jsonl", SHARED / "news")
        sets["dev_a"] = (sets["dev"][0] + dev_a[0], sets["dev"][1] + dev_a[1])
        sets["dev_b"] = load_offset_gold(NEWS_GOLD / "dev_b.jsonl", SHARED / "news")
    return {name: measure(nlp, *pair) for name, pair in sets.items()}


def archive_articles(archive: Path) -> list[Article]:
    return [item for item in read_inputs([str(archive)]) if isinstance(item, Article)]


def measure(nlp: Any, gold: list[dict[str, Any]], articles: list[Article]) -> Score:
    claims = (c.to_dict() for _, found in extract_claims(articles, nlp=nlp) for c in found)
    return score(gold, claims)


def scored(scores: dict[str, Score], name: str) -> Score:
    if name not in scores:
        pytest.skip(f"{name} gold set is not present (../shared absent)")
    return scores[name]


def assert_above(name: str, measured: dict[str, float], floors: dict[str, float]) -> None:
    below = {k: (round(v, 4), floors[k]) for k, v in measured.items() if v < floors[k]}
    assert not below, f"{name}: below the floor (measured, floor): {below}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_their_floors(scores: dict[str, Score], name: str) -> None:
    result = scored(scores, name)
    measured = {
        "f1": result.f1,
        "value_accuracy": result.value_accuracy,
        "full_f1": result.full_f1,
        "fully_right": result.fully_right,
    }
    assert_above(name, measured, FLOORS[name])


@pytest.mark.parametrize("name", sorted(FIELD_FLOORS))
def test_field_accuracies_stay_above_their_floors(scores: dict[str, Score], name: str) -> None:
    result = scored(scores, name)
    measured = {field: result.field_accuracy(field) for field in FIELD_FLOORS[name]}
    assert_above(name, measured, FIELD_FLOORS[name])
