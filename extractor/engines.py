"""Engines: where the documents of a batch ingest are read into claims.

``local`` runs in this process (one worker) or in a pool of worker processes, each loading
the spaCy pipeline once and taking batches of documents, which it runs through
``nlp.pipe``. A worker also extracts the article text of HTML pages and asks the store
(read-only) whether a document is stored already with the same text, so that no NLP is
spent on it. Results come back in input order, one per document::

    for results in run_local(batches, workers=2, model=None, db_path=Path("claims.db")):
        ...  # Extracted(article, claims) | Unchanged(article) | InputFailure
"""

from __future__ import annotations

import ctypes
import multiprocessing
import signal
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from spacy.language import Language

from extractor.archives import InputFailure, Page
from extractor.errors import ExtractorError
from extractor.models import Article, Claim
from extractor.nlp.pipeline import extract_claims, failure_reason, load_pipeline

__all__ = [
    "DocumentProcessor",
    "Extracted",
    "Item",
    "Result",
    "Unchanged",
    "run_local",
    "serve_parent",
]

Item = Article | Page | InputFailure


@dataclass(frozen=True)
class Extracted:
    """A document read into claims, to be stored."""

    article: Article
    claims: list[Claim]


@dataclass(frozen=True)
class Unchanged:
    """A document already stored with the same text: nothing was spent on it."""

    article: Article


Result = Extracted | Unchanged | InputFailure
Lookup = Callable[[str], "str | None"]


class DocumentProcessor:
    """One batch of documents -> one result each: page text, the stored check, the claims."""

    def __init__(self, nlp: Language, stored_hash: Lookup) -> None:
        self.nlp = nlp
        self.stored_hash = stored_hash

    def run(self, batch: list[Item]) -> list[Result]:
        results: list[Result | None] = []
        todo: dict[int, int] = {}  # id(article) -> its place in results
        articles = []
        for item in batch:
            result = self._prepare(item)
            if isinstance(result, Article):
                todo[id(result)] = len(results)
                articles.append(result)
                results.append(None)
            else:
                results.append(result)

        def failed(article: Article, reason: str) -> None:
            results[todo[id(article)]] = InputFailure(article.id, reason)

        pairs = extract_claims(articles, nlp=self.nlp, batch_size=len(batch), on_failure=failed)
        for article, claims in pairs:
            results[todo[id(article)]] = Extracted(article, claims)
        return [result for result in results if result is not None]

    def _prepare(self, item: Item) -> Article | Result:
        """The item's Article when it needs the NLP, else its result."""
        if isinstance(item, InputFailure):
            return item
        article = item
        if isinstance(item, Page):
            try:
                article = item.article()
            except Exception as exc:  # a page that breaks the HTML extraction is one failure
                reason = failure_reason(exc).replace("extraction failed", "HTML extraction failed")
                return InputFailure(item.id, reason)
        assert isinstance(article, Article)
        if self.stored_hash(article.identity) == article.text_hash:
            return Unchanged(article)
        return article


def run_local(
    batches: Iterable[list[Item]],
    *,
    workers: int,
    model: str | None,
    db_path: Path,
    stored_hash: Lookup | None = None,
) -> Iterator[list[Result]]:
    """The results of each batch, in order; ``workers`` > 1 runs them in worker processes.

    In this process ``stored_hash`` (or a read-only connection to ``db_path``) answers the
    stored check; each worker opens its own read-only connection.
    """
    if workers <= 1:
        lookup = stored_hash or _read_only_lookup(db_path)
        processor = DocumentProcessor(load_pipeline(model), lookup)
        for batch in batches:
            yield processor.run(batch)
        return
    yield from _run_pool(batches, workers, model, db_path)


def _run_pool(
    batches: Iterable[list[Item]], workers: int, model: str | None, db_path: Path
) -> Iterator[list[Result]]:
    # fork: workers start at once, and share the parent's memory until they write to it.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(model, str(db_path))
    )
    # A bounded window of batches in flight: the reader never runs ahead of the workers.
    pending: deque[Future[list[Result]]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_run_batch, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise ExtractorError(f"a worker process died ({exc})") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_processor: DocumentProcessor | ExtractorError | None = None


def serve_parent() -> None:
    """In a worker process: Ctrl-C is the parent's to handle, and the worker dies with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        # PR_SET_PDEATHSIG: a parent killed with -9 takes its workers with it.
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)


def _start_worker(model: str | None, db_path: str) -> None:
    """In each worker: serve the parent (:func:`serve_parent`); load the pipeline once."""
    global _processor
    serve_parent()
    try:
        _processor = DocumentProcessor(load_pipeline(model), _read_only_lookup(Path(db_path)))
    except ExtractorError as exc:  # no model: raised in the parent by the first batch
        _processor = exc


def _run_batch(batch: list[Item]) -> list[Result]:
    if isinstance(_processor, ExtractorError):
        raise _processor
    assert _processor is not None
    return _processor.run(batch)


def _read_only_lookup(db_path: Path) -> Lookup:
    """``stored_hash`` over a read-only connection of its own (the writer is elsewhere)."""
    uri = f"file:{quote(str(db_path.resolve()))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)

    def stored_hash(identity: str) -> str | None:
        found = connection.execute(
            "SELECT text_hash FROM articles WHERE identity = ?", [identity]
        ).fetchone()
        return None if found is None else str(found[0])

    return stored_hash
