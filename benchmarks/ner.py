"""What spaCy's NER adds to the places, and what it costs: the pipeline with and without it.

    .venv/bin/python benchmarks/ner.py [--repeat 2] [--rounds 3] [--skip-speed]

Variants: the default pipeline (``load_pipeline(entities=False)``: tok2vec, tagger, parser)
and the NER variant (``load_pipeline(entities=True)``, as ``TRADECLAIMS_NER=1``: NER kept,
its entities weighing on the places lexicon, ``extractor/data/entities.json``).

Quality: both variants scored on each gold set, aggregates only (``tradeclaims eval``'s
numbers): dev (``../shared/gold/dev.jsonl``), dev-A and the held-out dev-B
(``corpora/news_gold/``, texts in ``../shared/news``), the corpora and the seed.

Speed: words per second of ``extract_claims`` under each variant and of the stock English
pipeline's ``nlp.pipe`` (all its components, as the issue's target is put), in this process,
alternating rounds with their order reversed every other round; seconds are the median of
the rounds. Texts: the dev archive, the corpora and the dev-A texts, ``--repeat`` times.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import spacy  # noqa: E402
from _common import ROOT, SHARED, print_table, timed  # noqa: E402  (puts the repo on sys.path)
from spacy.language import Language  # noqa: E402

from extractor.archives import read_inputs  # noqa: E402
from extractor.evaluate import FIELDS, Score, load_gold, load_offset_gold, score  # noqa: E402
from extractor.models import Article  # noqa: E402
from extractor.nlp.pipeline import (  # noqa: E402
    extract_claims,
    load_pipeline,
    model_name,
    soften_line_breaks,
)

NEWS = SHARED / "news"
# name -> (gold, archive or None for gold kept by offsets into ../shared/news)
SETS: dict[str, tuple[Path, Path | None]] = {
    "dev": (SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "dev_archive.jsonl"),
    "dev-A": (ROOT / "corpora" / "news_gold" / "dev_a.jsonl", None),
    "dev-B (held out)": (ROOT / "corpora" / "news_gold" / "dev_b.jsonl", None),
    "corpora": (ROOT / "corpora" / "gold.jsonl", ROOT / "corpora" / "articles.jsonl"),
    "seed": (SHARED / "gold" / "seed.jsonl", SHARED / "gold" / "seed_archive.jsonl"),
}
SPEED_SETS = ("dev", "dev-A", "corpora")
SHOWN_FIELDS = [name for name in FIELDS if name not in ("approximate", "balance_sign")]


def gold_set(name: str) -> tuple[list[dict[str, Any]], list[Article]]:
    """A set's gold documents and the articles to score them on."""
    gold, archive = SETS[name]
    if archive is None:
        return load_offset_gold(gold, NEWS)
    found = read_inputs([str(archive)])
    return load_gold(gold), [item for item in found if isinstance(item, Article)]


def scored(nlp: Language, gold: list[dict[str, Any]], articles: list[Article]) -> Score:
    pairs = extract_claims(articles, nlp=nlp)
    return score(gold, (claim.to_dict() for _, claims in pairs for claim in claims))


def quality_rows(variants: dict[str, Language]) -> list[list[str]]:
    """One row per set and variant: detection, full claims and each field's accuracy."""
    rows = []
    for name in SETS:
        gold, articles = gold_set(name)
        for variant, nlp in variants.items():
            result = scored(nlp, gold, articles)
            rows.append(
                [name, variant, f"{result.matched}/{result.gold}", str(result.fully_right)]
                + [f"{result.full_f1:.4f}"]
                + [f"{result.field_accuracy(field):.4f}" for field in SHOWN_FIELDS]
            )
    return rows


def speed_articles(repeat: int) -> list[Article]:
    return [article for name in SPEED_SETS for article in gold_set(name)[1]] * repeat


def run_stock(nlp: Language, articles: Sequence[Article]) -> None:
    # The softened text: the same characters, so the same tokens, as the pipeline parses.
    for _ in nlp.pipe((soften_line_breaks(a.text) for a in articles), batch_size=16):
        pass


def run_claims(nlp: Language, articles: Sequence[Article]) -> None:
    for _ in extract_claims(articles, nlp=nlp, batch_size=16):
        pass


def speed_rows(variants: dict[str, Language], repeat: int, rounds: int) -> list[list[str]]:
    """Words per second of each variant and of stock ``nlp.pipe``, and their ratios."""
    articles = speed_articles(repeat)
    words = sum(len(article.text.split()) for article in articles)
    stock = spacy.load(model_name())
    subjects: dict[str, Callable[[], None]] = {"stock nlp.pipe": lambda: run_stock(stock, articles)}
    for variant, nlp in variants.items():
        run_claims(nlp, articles[:3])  # warm up: lexicons, caches, first allocations
        subjects[variant] = lambda nlp=nlp: run_claims(nlp, articles)  # type: ignore[misc]
    run_stock(stock, articles[:3])
    seconds: dict[str, list[float]] = {name: [] for name in subjects}
    steps = [timed(seconds[name], work) for name, work in subjects.items()]
    for number in range(rounds):
        for step in steps if number % 2 == 0 else steps[::-1]:
            step()
    rate = {name: words / statistics.median(values) for name, values in seconds.items()}
    rows = [["texts, words", f"{len(articles)}, {words:,}"]]
    rows += [[f"{name}, words/s (median of {rounds})", f"{rate[name]:,.0f}"] for name in rate]
    rows += [
        [f"ratio {variant} / stock nlp.pipe", f"{rate[variant] / rate['stock nlp.pipe']:.2f}"]
        for variant in variants
    ]
    first, second = list(variants)
    rows.append([f"ratio {second} / {first}", f"{rate[second] / rate[first]:.2f}"])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="times the speed texts repeat")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds")
    parser.add_argument("--skip-speed", action="store_true", help="only the gold sets' scores")
    args = parser.parse_args()
    paths = [NEWS, *(path for pair in SETS.values() for path in pair if path is not None)]
    missing = [path for path in paths if not path.exists()]
    if missing:
        print(f"skipped: {missing[0]} is not there (../shared is absent)")
        return 0
    variants = {
        "default": load_pipeline(entities=False),
        "NER": load_pipeline(entities=True),
    }
    print(f"ner: {model_name()}; NER variant: {', '.join(variants['NER'].pipe_names)}")
    header = ["set", "variant", "matched", "fully right", "full F1", *SHOWN_FIELDS]
    print_table(header, quality_rows(variants))
    if not args.skip_speed:
        print()
        print_table(["speed", "value"], speed_rows(variants, args.repeat, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
