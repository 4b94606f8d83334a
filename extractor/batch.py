"""Batch ingest: inputs -> engine -> store, streamed, resumable and idempotent.

The inputs are read as a stream (:func:`extractor.archives.read_documents`), cut into
batches for the engine (:mod:`extractor.engines`), and the results written by this process
alone, many documents to a commit (each document with its claims all or nothing). A
document already stored with the same text is recognised before any NLP is spent on it, so
re-running an interrupted ingest (Ctrl-C, kill -9, a crash) skips what is stored and ends
with the same articles, claims and failures as a run that was never interrupted. Every run
is an entry in the store's ``ingests`` history::

    report = ingest_inputs(["CC-NEWS-20250601.warc.gz"], store, workers=2)
    report.inserted, report.claims, report.failed
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import BinaryIO, TextIO

from extractor.archives import InputFailure, ReadProgress, input_files, read_documents
from extractor.engines import Extracted, Item, Result, Unchanged, run_local
from extractor.errors import InputError
from extractor.store import Store

__all__ = [
    "ENGINES",
    "IngestReport",
    "default_workers",
    "ingest_inputs",
    "load_parquet",
    "max_workers",
    "store_results",
]

ENGINES = ("local", "spark")

BATCH_SIZE = 16  # documents a worker takes at a time (through nlp.pipe together)
COMMIT_DOCUMENTS = 128  # a commit at least this often...
COMMIT_SECONDS = 2.0  # ...or this often, whichever comes first


@dataclass
class IngestReport:
    """What an ingest did so far: documents seen and what became of them."""

    ingest_id: int
    documents: int = 0
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    read: ReadProgress = field(default_factory=ReadProgress)

    def counts(self) -> dict[str, int]:
        names = ("documents", "inserted", "replaced", "unchanged", "claims", "failed")
        return {name: getattr(self, name) for name in names}

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Documents a second so far."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def max_workers() -> int:
    """The most worker processes worth starting: twice the cores (each loads the model)."""
    return 2 * default_workers()


def ingest_inputs(
    inputs: Sequence[str],
    store: Store,
    *,
    workers: int = 1,
    engine: str = "local",
    master: str | None = None,
    model: str | None = None,
    published: date | None = None,
    input_format: str = "auto",
    stdin: TextIO | BinaryIO | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[InputFailure], None] | None = None,
) -> IngestReport:
    """Read, extract and store every document of ``inputs``; return what happened.

    ``engine`` is ``local`` (this process, or ``workers`` processes) or ``spark``
    (:mod:`extractor.spark`, on ``master``, by default ``local[workers]``): the store ends
    the same either way. A bad record or a document the pipeline fails on is recorded in
    the store's ``failures`` and counted, and the ingest goes on. Raises
    :class:`InputError` at once for an input that cannot be read at all,
    :class:`StoreError` when the store fails.
    """
    read = ReadProgress()
    if engine == "spark":
        results = _spark_results(inputs, store, workers, master, model, published, input_format)
    elif engine == "local":
        items = read_documents(
            inputs, published=published, stdin=stdin, input_format=input_format, progress=read
        )
        results = run_local(
            _batches(items), workers=workers, model=model, db_path=store.path,
            stored_hash=store.stored_hash,
        )  # fmt: skip
    else:
        raise InputError(f"--engine: {engine!r} is not one of {', '.join(ENGINES)}")
    ingest_id = store.start_ingest(inputs, engine=engine, workers=workers)
    report = IngestReport(ingest_id, read=read)
    return store_results(store, results, report, on_progress, on_failure)


def load_parquet(
    directory: Path,
    store: Store,
    *,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[InputFailure], None] | None = None,
) -> IngestReport:
    """Store what ``ingest --engine spark --output parquet DIR`` wrote, as that ingest would
    have stored it; loading twice stores nothing twice. Needs pyarrow, not Spark."""
    from extractor.spark import read_parquet

    results = read_parquet(directory)
    ingest_id = store.start_ingest([str(directory)], engine="parquet", workers=1)
    return store_results(store, results, IngestReport(ingest_id), on_progress, on_failure)


def _spark_results(
    inputs: Sequence[str],
    store: Store,
    workers: int,
    master: str | None,
    model: str | None,
    published: date | None,
    input_format: str,
) -> Iterator[list[Result]]:
    from extractor.spark import check_master, run_spark

    master = check_master(master or f"local[{workers}]")
    files = input_files(inputs, input_format=input_format)
    return run_spark(
        files, master=master, model=model, published=published, stored=store.stored_hashes()
    )


def store_results(
    store: Store,
    results: Iterable[list[Result]],
    report: IngestReport,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[InputFailure], None] | None = None,
) -> IngestReport:
    """Write an engine's results into the store, recording the run under ``report``."""
    status = "failed"
    try:
        _write_results(store, results, report, on_progress, on_failure)
        status = "completed"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        store.update_ingest(report.ingest_id, report.counts(), status=status)
    return report


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_SIZE)):
        yield batch


def _write_results(
    store: Store,
    results: Iterable[list[Result]],
    report: IngestReport,
    on_progress: Callable[[IngestReport], None] | None,
    on_failure: Callable[[InputFailure], None] | None,
) -> None:
    pending: list[Result] = []
    last_commit = time.monotonic()
    for batch in results:
        pending += batch
        if len(pending) >= COMMIT_DOCUMENTS or time.monotonic() - last_commit >= COMMIT_SECONDS:
            _commit(store, pending, report, on_failure)
            pending, last_commit = [], time.monotonic()
        if on_progress is not None:
            on_progress(report)
    _commit(store, pending, report, on_failure)
    if on_progress is not None:
        on_progress(report)


def _commit(
    store: Store,
    results: list[Result],
    report: IngestReport,
    on_failure: Callable[[InputFailure], None] | None,
) -> None:
    """Write results and the ingest's counts in one transaction; count them once it commits."""
    counts = report.counts()
    failures = []
    with store.transaction():
        for result in results:
            counts["documents"] += 1
            if isinstance(result, InputFailure):
                store.record_failure(
                    result.source, result.reason, input=result.input, line=result.line,
                    offset=result.offset, ingest_id=report.ingest_id,
                )  # fmt: skip
                counts["failed"] += 1
                failures.append(result)
            elif isinstance(result, Unchanged):
                counts["unchanged"] += 1
            else:
                assert isinstance(result, Extracted)
                outcome = store.save(result.article, result.claims)
                counts[outcome] += 1
                counts["claims"] += len(result.claims) if outcome != "unchanged" else 0
        store.update_ingest(report.ingest_id, counts)
    for name, value in counts.items():
        setattr(report, name, value)
    for failure in failures:
        if on_failure is not None:
            on_failure(failure)
