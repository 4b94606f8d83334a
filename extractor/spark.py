"""The Spark engine: a batch ingest's files read into claims by the executors of a cluster.

The driver lists the input files (:func:`extractor.archives.input_files`: a directory's in
the order the local engine reads them) and cuts them into partitions (:func:`plan`), runs
of consecutive files of about equal size, as many as the cluster's cores call for. An
executor reads its files with the project's own readers, loads the spaCy pipeline once
(kept by its Python worker for the partitions that follow) and runs
:class:`extractor.engines.DocumentProcessor` over batches of documents. What it sends back
are plain dicts (an article and its claims, or a failure), never the input.

Two routes out:

- :func:`run_spark` streams the results to the driver in input order, a few partitions
  computing ahead (one Spark job per partition), for :mod:`extractor.batch` to write into
  SQLite exactly as the local engine's are; the identities and text hashes already stored
  go to the executors (a broadcast), so stored documents cost no NLP;
- :func:`write_parquet` has the executors' rows written as Parquet (tables ``articles``,
  ``claims``, ``failures``), and :func:`read_parquet` reads them back, with pyarrow and
  without Spark, as the same results, for ``tradeclaims load``.

pyspark is imported only here and only when a function needs it: ``tradeclaims`` works
without the ``spark`` extra. ::

    files = input_files(["CC-NEWS-2025-06/"])  # extractor.archives: checked, listed
    for results in run_spark(files, master="spark://HOST:7077", stored={}):
        ...  # lists of Extracted | Unchanged | InputFailure
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from functools import partial
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

from extractor.archives import InputFailure, InputFile, read_input_file
from extractor.engines import DocumentProcessor, Extracted, Item, Result, Unchanged
from extractor.errors import ExtractorError, InputError
from extractor.models import Article, Claim

__all__ = ["BUCKETS", "Partition", "check_master", "plan", "read_parquet", "run_spark",
           "write_parquet"]  # fmt: skip

INSTALL_HINT = "pip install 'tradeclaims[spark]'"
BUCKETS = 32  # Parquet folders per table: an article, its claims and its failures share one
BATCH_SIZE = 16  # documents through nlp.pipe together, as in the local engine
PARTITION_BYTES = 32 * 2**20  # a partition's files stop growing at about this size
_MASTER = re.compile(
    r"local(\[(\*|[1-9]\d*)(,[1-9]\d*)?\])?"
    r"|spark://[\w.-]+:\d+(,[\w.-]+:\d+)*"
    r"|yarn|k8s://https?://\S+"
)
_RAISED = re.compile(r"^[\w.$]*(Error|Exception): \S")
_MASTER_FORMS = "local, local[N], local[*], spark://HOST:PORT, yarn or k8s://https://HOST:PORT"


@dataclass(frozen=True)
class Partition:
    """Consecutive input files read by one task; ``index`` is its place in the input order.

    A failure of the inputs themselves (a directory that cannot be listed) rides along, so
    that it is recorded where the local engine records it.
    """

    index: int
    files: tuple[InputFile | InputFailure, ...]


def check_master(master: str) -> str:
    """The master URL, or :class:`InputError` saying which forms are understood.

    >>> check_master("local[2]"), check_master("spark://10.0.0.5:7077")
    ('local[2]', 'spark://10.0.0.5:7077')
    """
    if not _MASTER.fullmatch(master):
        raise InputError(f"--master: {master!r} is not a Spark master URL ({_MASTER_FORMS})")
    return master


def plan(files: Sequence[InputFile | InputFailure], *, parallelism: int = 2) -> list[Partition]:
    """Listed files (:func:`extractor.archives.input_files`) cut into partitions: at least
    ``4 * parallelism`` when there are that many files, more when the files are large; a
    WARC.gz larger than ``PARTITION_BYTES`` is cut into byte ranges first."""
    files = [
        part
        for item in files
        for part in (item.byte_ranges(PARTITION_BYTES) if isinstance(item, InputFile) else [item])
    ]
    total = sum(item.size for item in files if isinstance(item, InputFile))
    count = min(len(files), max(4 * parallelism, math.ceil(total / PARTITION_BYTES)))
    if count == 0:
        return []
    target = total / count
    groups: list[list[InputFile | InputFailure]] = [[]]
    done = 0  # bytes in the finished groups and the current one
    for item in files:
        size = item.size if isinstance(item, InputFile) else 0
        # A file whose middle lies past the current group's share starts the next group.
        if groups[-1] and done + size / 2 > target * len(groups) and len(groups) < count:
            groups.append([])
        groups[-1].append(item)
        done += size
    return [Partition(index, tuple(group)) for index, group in enumerate(groups)]


# -- on the executors ---------------------------------------------------------------------

_pipelines: dict[str | None, Any] = {}


def _pipeline(model: str | None) -> Any:
    """The spaCy pipeline, loaded once per Python worker (Spark reuses its workers)."""
    from extractor.nlp.pipeline import load_pipeline

    if model not in _pipelines:
        _pipelines[model] = load_pipeline(model)
    return _pipelines[model]


def extract_partitions(
    partitions: Iterable[Partition],
    *,
    model: str | None,
    published: date | None,
    stored: Any = None,
) -> Iterator[dict[str, Any]]:
    """One row per document or failure of the partitions, in order (see :func:`row_of`).

    ``stored`` is a broadcast dict of identity -> text hash (None: nothing stored). An input
    that cannot be read at all ends the partition with an ``error`` row, as it ends a local
    ingest with an error.
    """
    hashes: dict[str, str] = stored.value if stored is not None else {}
    try:
        processor = DocumentProcessor(_pipeline(model), hashes.get)
        for partition in partitions:
            items = _items(partition.files, published)
            seq = 0
            while batch := list(islice(items, BATCH_SIZE)):
                for result in processor.run(batch):
                    yield row_of(result, partition.index, seq)
                    seq += 1
    except ExtractorError as exc:  # an unreadable input, no model
        yield {"result": "error", "error": type(exc).__name__, "message": str(exc)}


def _items(files: Iterable[InputFile | InputFailure], published: date | None) -> Iterator[Item]:
    for item in files:
        if isinstance(item, InputFailure):
            yield item
        else:
            yield from read_input_file(item, published=published)


def row_of(result: Result, part: int, seq: int) -> dict[str, Any]:
    """A result as a plain dict: ``result`` (extracted, unchanged, failure), where it came in
    the input (``part``, ``seq``), and the article with its claims, or the failure."""
    row: dict[str, Any] = {"part": part, "seq": seq}
    if isinstance(result, InputFailure):
        return row | {"result": "failure", "failure": asdict(result)}
    article = asdict(result.article)
    published = result.article.published
    article["published"] = published.isoformat() if published is not None else None
    if isinstance(result, Unchanged):
        return row | {"result": "unchanged", "article": article}
    return row | {"result": "extracted", "article": article,
                  "claims": [claim.to_dict() for claim in result.claims]}  # fmt: skip


# -- on the driver ------------------------------------------------------------------------


def result_of(row: dict[str, Any]) -> Result:
    """The :class:`Result` a row of :func:`row_of` stands for."""
    if row["result"] == "error":
        error = InputError if row["error"] in ("InputError", "ModelError") else ExtractorError
        raise error(row["message"])
    if row["result"] == "failure":
        return InputFailure(**row["failure"])
    fields = dict(row["article"])
    fields["published"] = date.fromisoformat(fields["published"]) if fields["published"] else None
    article = Article(**fields)
    if row["result"] == "unchanged":
        return Unchanged(article)
    return Extracted(article, [Claim.from_dict(claim) for claim in row["claims"]])


def run_spark(
    files: Sequence[InputFile | InputFailure],
    *,
    master: str,
    model: str | None = None,
    published: date | None = None,
    stored: dict[str, str] | None = None,
) -> Iterator[list[Result]]:
    """The results of each partition, in input order, as the executors finish them.

    One job per partition, with up to twice the cluster's cores of them running at once:
    every executor stays busy while the driver holds only that window of results.
    (``toLocalIterator`` would keep at most one partition computing ahead.)
    """
    if not files:
        return
    with spark_session(master) as spark:
        context = spark.sparkContext
        partitions = plan(files, parallelism=context.defaultParallelism)
        broadcast = context.broadcast(stored) if stored else None
        rdd = context.parallelize(list(partitions), len(partitions))
        extract = partial(extract_partitions, model=model, published=published, stored=broadcast)
        window = max(2, 2 * context.defaultParallelism)
        with ThreadPoolExecutor(window) as jobs:
            try:
                yield from _in_order(jobs, len(partitions), window,
                                     partial(_run_job, context, rdd, extract))  # fmt: skip
            except BaseException:  # an error row, Ctrl-C, a closed generator: stop the rest
                context.cancelAllJobs()
                raise


def _in_order(
    jobs: ThreadPoolExecutor, count: int, window: int, run: Any
) -> Iterator[list[Result]]:
    """The results of partitions 0..count-1 in order, ``window`` of them running at once."""
    upcoming = iter(range(count))
    pending: list[Future[list[dict[str, Any]]]] = [
        jobs.submit(run, index) for index in islice(upcoming, window)
    ]
    while pending:
        rows = pending.pop(0).result()
        pending += [jobs.submit(run, index) for index in islice(upcoming, 1)]
        yield [result_of(row) for row in rows]


def _run_job(context: Any, rdd: Any, extract: Any, index: int) -> list[dict[str, Any]]:
    try:
        return list(context.runJob(rdd, extract, [index]))
    except Exception as exc:  # py4j's and Spark's errors: a task failed beyond its retries
        raise ExtractorError(f"Spark job of partition {index} failed: {_first_line(exc)}") from exc


def _first_line(exc: BaseException) -> str:
    """The line that says what went wrong: a Python worker's own exception when the message
    carries its traceback (``ModuleNotFoundError: No module named 'bs4'``), else the first
    Java exception (``java.lang.IllegalStateException: ...``), else the first line."""
    lines = [line.strip().removeprefix(": ") for line in str(exc).splitlines() if line.strip()]
    raised = [line for line in lines if _RAISED.match(line)]
    python = [line for line in raised if "." not in line.split(":")[0]]
    if python:
        return python[-1]
    if raised:
        return raised[0]
    return lines[0] if lines else type(exc).__name__


@contextmanager
def spark_session(master: str) -> Iterator[Any]:
    """A Spark session on ``master``; one already running in this process is used (and left
    running), otherwise one is started and stopped at the end."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ExtractorError(f"the Spark engine needs pyspark: {INSTALL_HINT}") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    if shutil.which("java") is None and not _java_home():
        raise ExtractorError("the Spark engine needs Java 17 or later (no java found)")
    try:
        session = _builder(SparkSession, check_master(master)).getOrCreate()
    except ExtractorError:
        raise
    except Exception as exc:
        hint = " (is the master running, and reachable from here?)" if "://" in master else ""
        raise ExtractorError(f"cannot start Spark on {master}: {_first_line(exc)}{hint}") from exc
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def _java_home() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(home) and Path(home or "", "bin", "java").exists()


def _builder(session_class: Any, master: str) -> Any:
    builder = session_class.builder.master(master).appName("tradeclaims")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    log_config = resources.files("extractor") / "data" / "spark-log4j2.properties"
    if isinstance(log_config, Path) and "SPARK_CONF_DIR" not in os.environ:
        # Before the JVM starts, or its start-up chatter is on stderr; a SPARK_CONF_DIR
        # of the user's own says how Spark logs.
        builder = builder.config(
            "spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log_config}"
        )
    if master.startswith("local"):
        # The executors of local mode run this interpreter (and so see this install):
        # pyspark reads PYSPARK_PYTHON when the context starts. On a cluster, its own
        # PYSPARK_PYTHON (or spark-submit's archives) says which Python runs.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.ui.enabled", "false")
    return builder


# -- Parquet ------------------------------------------------------------------------------

_ARTICLE_COLUMNS = (
    "part int, seq int, identity string, doc_id string, url string, title string,"
    " published string, source string, author string, site_name string, language string,"
    " text_hash string, text string, n_claims int, bucket int"
)
_CLAIM_COLUMNS = (
    "part int, seq int, position int, identity string, doc_id string, quantity_text string,"
    " start_char int, end_char int, sentence string, kind string, value double, unit string,"
    " approximate boolean, direction string, metric string, balance_sign string,"
    " reporter string, partner string, sector string, period string, evidence string,"
    " extractor_version string, bucket int"
)
_FAILURE_COLUMNS = (
    "part int, seq int, source string, reason string, input string, line int, offset bigint,"
    " bucket int"
)
TABLES = {"articles": _ARTICLE_COLUMNS, "claims": _CLAIM_COLUMNS, "failures": _FAILURE_COLUMNS}
_CLAIM_FIELDS = tuple(name for name in Claim.__dataclass_fields__)


@dataclass(frozen=True)
class ParquetCounts:
    """What :func:`write_parquet` wrote."""

    articles: int
    claims: int
    failures: int


def bucket_of(key: str) -> int:
    """The Parquet folder of a document identity (or a failure's source), stable everywhere.

    >>> bucket_of("https://news.example/a")
    20
    """
    return zlib.crc32(key.encode("utf-8")) % BUCKETS


def table_rows(row: dict[str, Any]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """The (table, values) of one executor row, the values in the order of ``TABLES``."""
    place = (row["part"], row["seq"])
    if row["result"] == "failure":
        failure = row["failure"]
        where = (failure["input"], failure["line"], failure["offset"])
        yield "failures", (*place, failure["source"], failure["reason"], *where,
                           bucket_of(failure["source"]))  # fmt: skip
        return
    article = Article(**(row["article"] | {"published": None}))
    bucket = bucket_of(article.identity)
    fields = row["article"]
    yield "articles", (
        *place, article.identity, fields["id"], fields["url"], fields["title"],
        fields["published"], fields["source"], fields["author"], fields["site_name"],
        fields["language"], article.text_hash, fields["text"], len(row["claims"]), bucket,
    )  # fmt: skip
    for position, claim in enumerate(row["claims"]):
        values = [claim[name] for name in _CLAIM_FIELDS]
        values[_CLAIM_FIELDS.index("evidence")] = json.dumps(
            claim["evidence"], ensure_ascii=False, sort_keys=True
        )
        yield "claims", (*place, position, article.identity, *values, bucket)


def write_parquet(
    files: Sequence[InputFile | InputFailure],
    directory: Path,
    *,
    master: str,
    model: str | None = None,
    published: date | None = None,
) -> ParquetCounts:
    """Extract on the cluster and write ``directory``/{articles,claims,failures}, each
    partitioned by ``bucket`` (:func:`bucket_of`); refuses a directory that has output."""
    if any((directory / table).exists() for table in TABLES):
        raise InputError(f"{directory}: already holds Parquet output; give a new folder")
    with spark_session(master) as spark:
        from pyspark import StorageLevel

        context = spark.sparkContext
        partitions = plan(files, parallelism=context.defaultParallelism)
        extract = partial(extract_partitions, model=model, published=published)
        count = max(1, len(partitions))
        rows = context.parallelize(list(partitions), count).mapPartitions(extract)
        rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # computed once, for three tables
        try:
            errors = rows.filter(lambda row: row["result"] == "error").take(1)
            if errors:
                result_of(errors[0])
            tagged = rows.flatMap(table_rows)
            counts = {}
            for table, columns in TABLES.items():
                values = tagged.filter(partial(_is_table, table)).map(_values)
                counts[table] = values.count()
                frame = spark.createDataFrame(values, schema=columns)
                # One file per bucket, not one per bucket and partition: fewer, larger files.
                frame = frame.repartition(BUCKETS, "bucket")
                frame.write.partitionBy("bucket").parquet(str(directory / table))
                (directory / table).mkdir(parents=True, exist_ok=True)  # an empty table too
        except ExtractorError:
            raise
        except Exception as exc:
            raise ExtractorError(f"Spark could not write {directory}: {_first_line(exc)}") from exc
        finally:
            rows.unpersist()
    return ParquetCounts(counts["articles"], counts["claims"], counts["failures"])


def _is_table(table: str, tagged: tuple[str, Any]) -> bool:
    return tagged[0] == table


def _values(tagged: tuple[str, tuple[Any, ...]]) -> tuple[Any, ...]:
    return tagged[1]


def read_parquet(directory: Path) -> Iterator[list[Result]]:
    """The results a :func:`write_parquet` output holds, a bucket at a time, each bucket in
    input order: what :mod:`extractor.batch` stores as it stores an ingest's."""
    try:
        import pyarrow.dataset as ds
    except ImportError:
        raise ExtractorError(f"loading Parquet needs pyarrow: {INSTALL_HINT}") from None
    if not directory.is_dir():
        raise InputError(f"no such directory: {directory}")
    missing = [table for table in TABLES if not (directory / table).is_dir()]
    if missing:
        raise InputError(
            f"{directory}: not a tradeclaims Parquet output (no {', '.join(missing)} folder)"
        )
    tables = {table: _dataset(ds, directory / table) for table in TABLES}
    return _buckets(ds, tables)  # checked above before a row is read: nothing half-loaded


def _buckets(ds: Any, tables: dict[str, Any]) -> Iterator[list[Result]]:
    for bucket in range(BUCKETS):
        yield from _bucket_results(ds, tables, bucket)


def _dataset(ds: Any, path: Path) -> Any:
    """The Parquet files of one table, or None when Spark wrote none (an empty table)."""
    if not any(path.rglob("*.parquet")):
        return None
    try:
        return ds.dataset(str(path), format="parquet", partitioning="hive")
    except Exception as exc:  # pyarrow's errors: a damaged or foreign file
        raise InputError(f"{path}: cannot read Parquet ({_first_line(exc)})") from exc


def _bucket_rows(ds: Any, dataset: Any, bucket: int) -> list[dict[str, Any]]:
    if dataset is None:
        return []
    table = dataset.to_table(filter=ds.field("bucket") == bucket)
    rows: list[dict[str, Any]] = table.to_pylist()
    return sorted(rows, key=lambda row: (row["part"], row["seq"], row.get("position", 0)))


def _bucket_results(ds: Any, tables: dict[str, Any], bucket: int) -> Iterator[list[Result]]:
    failures = [
        InputFailure(row["source"], row["reason"], row["input"], row["line"], row["offset"])
        for row in _bucket_rows(ds, tables["failures"], bucket)
    ]
    if failures:
        yield list(failures)
    claims: dict[tuple[int, int], list[Claim]] = {}
    for row in _bucket_rows(ds, tables["claims"], bucket):
        fields = {name: row[name] for name in _CLAIM_FIELDS}
        fields["evidence"] = json.loads(fields["evidence"])
        claims.setdefault((row["part"], row["seq"]), []).append(Claim(**fields))
    results: list[Result] = []
    for row in _bucket_rows(ds, tables["articles"], bucket):
        article = Article(
            id=row["doc_id"], text=row["text"], url=row["url"], title=row["title"],
            published=date.fromisoformat(row["published"]) if row["published"] else None,
            source=row["source"], author=row["author"], site_name=row["site_name"],
            language=row["language"],
        )  # fmt: skip
        results.append(Extracted(article, claims.get((row["part"], row["seq"]), [])))
        if len(results) >= BATCH_SIZE:
            yield results
            results = []
    if results:
        yield results
