"""Throughput and memory of the full extraction against the bare English spaCy pipeline.

    .venv/bin/python benchmarks/speed.py [--repeat 3] [--rounds 3]

Texts: ``../shared/gold/dev_archive.jsonl`` plus ``corpora/articles.jsonl``, the set
repeated ``--repeat`` times. Baseline: ``spacy.load(model_name(),
exclude=UNUSED_COMPONENTS)``, the components the project keeps, over the same texts.
Subject: ``extract_claims`` with ``load_pipeline()``. Both run in alternating rounds in this
process; seconds are the median of the rounds. Peak memory is tracemalloc's peak while
processing (the loaded model not counted), one run each, outside the timed rounds. The
project's own stages (``find_quantities``, ``find_periods`` with ``document_year``,
``find_places``, ``find_sectors``) are timed alone on the same sentences and texts, as a
share of the subject's time.
"""

from __future__ import annotations

import argparse
import statistics
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import spacy  # noqa: E402
from _common import ROOT, SHARED, print_table, timed  # noqa: E402  (puts the repo on sys.path)
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from extractor.archives import read_inputs  # noqa: E402
from extractor.models import Article  # noqa: E402
from extractor.nlp.claims import assemble_claims  # noqa: E402
from extractor.nlp.periods import document_year, find_periods  # noqa: E402
from extractor.nlp.pipeline import (  # noqa: E402
    UNUSED_COMPONENTS,
    extract_claims,
    load_pipeline,
    make_doc,
    model_name,
    soften_line_breaks,
)
from extractor.nlp.places import find_places  # noqa: E402
from extractor.nlp.quantities import find_quantities  # noqa: E402
from extractor.nlp.sectors import find_sectors  # noqa: E402

INPUTS = (SHARED / "gold" / "dev_archive.jsonl", ROOT / "corpora" / "articles.jsonl")


@dataclass(frozen=True)
class Segmented:
    """A document as the project's stages see it: parsed, with its mentions, no claims yet."""

    doc: Doc
    text: str
    published: date | None
    sentences: list[str]


def load_articles(repeat: int) -> list[Article]:
    found = read_inputs([str(path) for path in INPUTS])
    return [item for item in found if isinstance(item, Article)] * repeat


def run_baseline(nlp: Language, articles: Sequence[Article]) -> None:
    # The softened text: the same characters, so the same tokens, as the subject parses.
    for _ in nlp.pipe((soften_line_breaks(a.text) for a in articles), batch_size=16):
        pass


def run_subject(nlp: Language, articles: Sequence[Article]) -> None:
    for _ in extract_claims(articles, nlp=nlp, batch_size=16):
        pass


def segment(nlp: Language, articles: Sequence[Article]) -> list[Segmented]:
    """Each article through the subject pipeline up to (not including) claim assembly."""
    with nlp.select_pipes(disable=["tradeclaims_claims"]):
        docs = nlp.pipe(make_doc(nlp, article) for article in articles)
        return [Segmented(d, d.text, d._.published, [s.text for s in d.sents]) for d in docs]


def quantities_stage(doc: Segmented) -> None:
    for sentence in doc.sentences:
        find_quantities(sentence)


def periods_stage(doc: Segmented) -> None:
    year = document_year(doc.text, doc.published)
    for sentence in doc.sentences:
        find_periods(sentence, published=doc.published, year=year)


def places_stage(doc: Segmented) -> None:
    find_places(doc.text)


def sectors_stage(doc: Segmented) -> None:
    find_sectors(doc.text)


def claims_stage(doc: Segmented) -> None:
    assemble_claims(doc.doc, doc.doc._.mentions)


STAGES: dict[str, Callable[[Segmented], None]] = {
    "find_quantities": quantities_stage,
    "find_periods (with document_year)": periods_stage,
    "find_places": places_stage,
    "find_sectors": sectors_stage,
}
# Not one of the four mention finders; timed so the rest of the gap is visible.
ASSEMBLY = {"assemble_claims": claims_stage}


def over(stage: Callable[[Segmented], None], docs: list[Segmented]) -> Callable[[], None]:
    """``stage`` applied to every document, as one step."""

    def step() -> None:
        for doc in docs:
            stage(doc)

    return step


def alternate(steps: Sequence[Callable[[], None]], rounds: int) -> None:
    """Run the steps ``rounds`` times, reversing their order every other round (drift cancels)."""
    for number in range(rounds):
        for step in steps if number % 2 == 0 else steps[::-1]:
            step()


def peak_bytes(work: Callable[[], object]) -> int:
    """The peak of memory allocated while ``work`` runs (tracemalloc; slow, so never timed)."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure(articles: list[Article], rounds: int) -> tuple[dict[str, list[float]], float]:
    """Seconds per round of the baseline, the subject and each stage; the peak memory ratio."""
    baseline = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    subject = load_pipeline()
    segmented = segment(subject, articles)
    run_baseline(baseline, articles[:3])  # warm up: lexicons, caches, first allocations
    run_subject(subject, articles[:3])
    seconds: dict[str, list[float]] = {"baseline": [], "subject": []}
    steps = [
        timed(seconds["baseline"], lambda: run_baseline(baseline, articles)),
        timed(seconds["subject"], lambda: run_subject(subject, articles)),
    ]
    for name, stage in (STAGES | ASSEMBLY).items():
        seconds[name] = []
        steps.append(timed(seconds[name], over(stage, segmented)))
    alternate(steps, rounds)
    subject_peak = peak_bytes(lambda: run_subject(subject, articles))
    return seconds, subject_peak / peak_bytes(lambda: run_baseline(baseline, articles))


def result_rows(
    docs: int, seconds: dict[str, list[float]], memory: float, rounds: int
) -> list[list[str]]:
    median = {name: statistics.median(values) for name, values in seconds.items()}
    own = sum(median[name] for name in STAGES)
    rows = [
        ["docs", str(docs)],
        [f"bare spaCy (no NER) seconds, median of {rounds}", f"{median['baseline']:.2f}"],
        [f"extract_claims seconds, median of {rounds}", f"{median['subject']:.2f}"],
        ["time ratio extract_claims / bare spaCy", f"{median['subject'] / median['baseline']:.2f}"],
        ["peak memory ratio extract_claims / bare spaCy", f"{memory:.2f}"],
    ]
    rows += [[f"{name} share of extract_claims", f"{median[name] / median['subject']:.3f}"]
             for name in STAGES]  # fmt: skip
    rows.append(["the four stages together, share", f"{own / median['subject']:.3f}"])
    rows += [[f"{name} share of extract_claims", f"{median[name] / median['subject']:.3f}"]
             for name in ASSEMBLY]  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="times the text set is repeated")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds")
    args = parser.parse_args()
    missing = [path for path in INPUTS if not path.exists()]
    if missing:
        print(f"skipped: {missing[0]} is not there (../shared is absent)")
        return 0
    articles = load_articles(args.repeat)
    seconds, memory = measure(articles, args.rounds)
    print(f"speed: {model_name()}, {len(articles)} docs, {args.rounds} alternating rounds")
    print_table(["measure", "value"], result_rows(len(articles), seconds, memory, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
