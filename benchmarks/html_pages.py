"""Main text and claims from the 181 real news pages of the article-extraction benchmark.

    .venv/bin/python benchmarks/html_pages.py [--rounds 3] [--claim-rounds 2] [--limit N]

Reads ``../shared/benchmarks/article_extraction_benchmark`` (``html/*.html.gz`` and
``ground-truth.json``, whose ``articleBody`` is each page's true main text).

(a) Main text: each page through ``html_to_article`` (trafilatura) and through its
BeautifulSoup fallback alone, in alternating rounds. Scored per page by multiset overlap of
the lowercased ``\\w+`` words with the true body; precision and recall are averaged over the
pages and F1 is taken from those means, as the benchmark's ``evaluate.py`` does. The
benchmark's own score (case-sensitive 4-word shingles) is shown too, comparable with its
published table. The time ratio is against the BeautifulSoup fallback.

(b) End to end: every page's Article (text and published date found by the project) through
``extract_claims``, timed against the bare spaCy pipeline (``spacy.load(model_name())``)
over the same texts, in alternating rounds. A page that fails is counted with its reason.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy  # noqa: E402
from _common import SHARED, print_table  # noqa: E402  (puts the repo on sys.path)
from spacy.language import Language  # noqa: E402

# The fallback alone is private to the module; the benchmark needs it by itself.
from extractor.html import _compose, _soup_page, html_to_article  # noqa: E402
from extractor.models import Article  # noqa: E402
from extractor.nlp.pipeline import extract_claims, load_pipeline, model_name  # noqa: E402

BENCHMARK = SHARED / "benchmarks" / "article_extraction_benchmark"
WORD = re.compile(r"\w+")
SHINGLE = 4  # the benchmark's n-gram size


@dataclass(frozen=True)
class Page:
    id: str
    html: str
    body: str
    url: str | None


@dataclass
class Run:
    """One extractor over every page: its articles, its failures and its seconds per round."""

    name: str
    extract: Callable[[Page], Article]
    articles: dict[str, Article] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)


def trafilatura_article(page: Page) -> Article:
    return html_to_article(page.html, doc_id=page.id, url=page.url)


def soup_article(page: Page) -> Article:
    """The BeautifulSoup fallback alone, composed as ``html_to_article`` composes it."""
    found = _soup_page(page.html)
    return Article(id=page.id, text=_compose(found.title, found.paragraphs), url=page.url)


def load_pages(folder: Path, limit: int | None) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items())[:limit]:
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        pages.append(Page(key, html, item.get("articleBody") or "", item.get("url")))
    return pages


def extract_round(run: Run, pages: list[Page]) -> None:
    started = time.perf_counter()
    for page in pages:
        try:
            run.articles[page.id] = run.extract(page)
        except Exception as exc:  # a bad page is recorded, never fatal
            run.failures[page.id] = f"{type(exc).__name__}: {exc}"
    run.seconds.append(time.perf_counter() - started)


def alternate(steps: Sequence[Callable[[], object]], rounds: int) -> None:
    """Run the steps ``rounds`` times, reversing their order every other round (drift cancels)."""
    for number in range(rounds):
        for step in steps if number % 2 == 0 else steps[::-1]:
            step()


# --- (a) main-text quality ------------------------------------------------------------


def words(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text)]


def shingles(text: str) -> list[tuple[str, ...]]:
    """The benchmark's 4-word shingles (case kept; a short text is one shingle)."""
    tokens = WORD.findall(text)
    starts = range(max(1, len(tokens) - SHINGLE + 1))
    return [shingle for i in starts if (shingle := tuple(tokens[i : i + SHINGLE]))]


def overlap(true: Sequence[Hashable], pred: Sequence[Hashable]) -> tuple[float | None, ...]:
    """Multiset precision and recall of ``pred`` against ``true``; None where undefined."""
    common = sum((Counter(true) & Counter(pred)).values())
    return (common / len(pred) if pred else None, common / len(true) if true else None)


def mean_scores(pairs: list[tuple[float | None, ...]]) -> tuple[float, float, float]:
    """Mean precision and recall over the pages where each is defined, and their F1."""
    precision = statistics.mean(p for p, _ in pairs if p is not None)
    recall = statistics.mean(r for _, r in pairs if r is not None)
    return precision, recall, 2 * precision * recall / ((precision + recall) or 1.0)


def quality_row(run: Run, pages: list[Page], baseline_seconds: float) -> list[str]:
    # A failed page scores as an empty text.
    texts = [run.articles[p.id].text if p.id in run.articles else "" for p in pages]
    pairs = list(zip((p.body for p in pages), texts, strict=True))
    precision, recall, f1 = mean_scores([overlap(words(t), words(x)) for t, x in pairs])
    benchmark = mean_scores([overlap(shingles(t), shingles(x)) for t, x in pairs])[2]
    ratio = statistics.median(run.seconds) / baseline_seconds
    scores = [precision, recall, f1, benchmark]
    return [run.name, *(f"{score:.3f}" for score in scores), str(len(run.failures)), f"{ratio:.2f}"]


# --- (b) end to end ------------------------------------------------------------------


def count_claims(articles: list[Article], nlp: Language) -> tuple[dict[str, int], dict[str, str]]:
    """Claims per article id in one streamed batch; after an error, one article at a time."""
    try:
        return {
            article.id: len(claims) for article, claims in extract_claims(articles, nlp=nlp)
        }, {}
    except Exception:
        counts, failures = {}, {}
        for article in articles:
            try:
                counts[article.id] = len(next(extract_claims([article], nlp=nlp))[1])
            except Exception as exc:  # a bad page is recorded, never fatal
                failures[article.id] = f"{type(exc).__name__}: {exc}"
        return counts, failures


def end_to_end(html_run: Run, rounds: int) -> tuple[list[list[str]], dict[str, str]]:
    articles = list(html_run.articles.values())
    texts = [article.text for article in articles]
    subject, baseline = load_pipeline(), spacy.load(model_name())
    counts: dict[str, int] = {}
    failures = dict(html_run.failures)
    claim_seconds: list[float] = []
    spacy_seconds: list[float] = []

    def run_subject() -> None:
        started = time.perf_counter()
        found, failed = count_claims(articles, subject)
        claim_seconds.append(time.perf_counter() - started)
        counts.update(found)
        failures.update(failed)

    def run_baseline() -> None:
        started = time.perf_counter()
        for _ in baseline.pipe(texts, batch_size=16):
            pass
        spacy_seconds.append(time.perf_counter() - started)

    count_claims(articles[:3], subject)  # warm up lexicons and caches
    alternate([run_baseline, run_subject], rounds)
    rows = claim_rows(html_run, counts, failures, claim_seconds, spacy_seconds)
    return rows, failures


def claim_rows(
    html_run: Run,
    counts: dict[str, int],
    failures: dict[str, str],
    claim_seconds: list[float],
    spacy_seconds: list[float],
) -> list[list[str]]:
    pages = len(html_run.articles) + len(html_run.failures)
    spacy_time = statistics.median(spacy_seconds)
    claim_time = statistics.median(claim_seconds)
    both_time = claim_time + statistics.median(html_run.seconds)
    dated = sum(1 for article in html_run.articles.values() if article.published is not None)
    total = sum(counts.values())
    per_spacy_page = total * spacy_time / (claim_time * pages)
    rounds = f"(median of {len(claim_seconds)})"
    return [
        ["pages", str(pages)],
        ["pages processed (Article and claims)", str(len(counts))],
        ["pages failed", str(len(failures))],
        ["pages with a published date found", str(dated)],
        ["claims", str(total)],
        ["claims per processed page", f"{total / max(len(counts), 1):.2f}"],
        [f"time extract_claims / bare spaCy {rounds}", f"{claim_time / spacy_time:.2f}"],
        [f"time html_to_article + claims / bare spaCy {rounds}", f"{both_time / spacy_time:.2f}"],
        ["claims per second / bare spaCy pages per second", f"{per_spacy_page:.2f}"],
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=BENCHMARK)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each HTML extractor")
    parser.add_argument("--claim-rounds", type=int, default=2, help="rounds of spaCy and claims")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        print(f"skipped: {args.data} is not there (../shared is absent)")
        return 0
    pages = load_pages(args.data, args.limit)
    soup = Run("BeautifulSoup fallback", soup_article)
    trafilatura = Run("trafilatura", trafilatura_article)
    for run in (soup, trafilatura):  # warm up imports and caches
        extract_round(Run("warm-up", run.extract), pages[:3])
    steps = [lambda: extract_round(soup, pages), lambda: extract_round(trafilatura, pages)]
    alternate(steps, args.rounds)
    baseline_seconds = statistics.median(soup.seconds)
    print(f"(a) main text, {len(pages)} pages, time median of {args.rounds} rounds")
    header = ["extractor", "P", "R", "F1", "F1 4-gram (benchmark)", "failed", "time / soup"]
    print_table(header, [quality_row(run, pages, baseline_seconds) for run in (trafilatura, soup)])
    rows, failures = end_to_end(trafilatura, args.claim_rounds)
    print(f"\n(b) end to end: html_to_article then extract_claims, {model_name()}")
    print_table(["measure", "value"], rows)
    for page_id, reason in sorted(failures.items()):
        print(f"failed {page_id}: {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
