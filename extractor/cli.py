"""The ``tradeclaims`` command line: every command a thin wrapper over a library function."""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from typer.exceptions import TyperException

from extractor.archives import INPUT_FORMATS, InputFailure, input_files, parse_date, read_inputs
from extractor.batch import (
    ENGINES,
    IngestReport,
    default_workers,
    ingest_inputs,
    load_parquet,
    max_workers,
)
from extractor.errors import ExtractorError, InputError
from extractor.evaluate import FIELDS, Score, load_gold, load_offset_gold, score
from extractor.models import Article
from extractor.nlp.pipeline import extract_claims, load_pipeline
from extractor.spark import check_master
from extractor.store import Store

app = typer.Typer(
    name="tradeclaims",
    help="Turn trade and economic news into structured, checkable claims.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
FORMATS = ("table", "jsonl", "json", "csv")
TABLE_COLUMNS = (
    "doc_id", "quantity_text", "kind", "value", "unit", "direction", "metric",
    "reporter", "partner", "sector", "period",
)  # fmt: skip
VERDICT_COLUMNS = (
    "doc_id", "quantity_text", "period", "verdict", "reason", "reference_url", "url", "sentence",
)  # fmt: skip
# A crawl's outcomes, as the fetches table records them (extractor.fetch.crawler).
FETCH_STATUSES = (
    "fetched", "not-modified", "duplicate", "section", "skipped", "robots", "refused",
    "failed", "queued",
)  # fmt: skip
FETCH_COLUMNS = (
    "url", "final_url", "status", "http_status", "attempts", "error", "discovered_at",
    "fetched_at",
)  # fmt: skip

Inputs = Annotated[list[str], typer.Argument(help="Files, directories, JSONL archives, or -.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, jsonl, json or csv.")]
DbOpt = Annotated[Path, typer.Option("--db", help="The SQLite database file.")]
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", envvar="TRADECLAIMS_MODEL", help="spaCy pipeline to load."),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for documents with none."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        help="Worker processes (default: all cores; at most twice them).",
        min=1,
    ),
]
InputFormatOpt = Annotated[
    str,
    typer.Option(
        "--input-format",
        help=f"{', '.join(INPUT_FORMATS)}: read every file given as this (gzip or not).",
    ),
]

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def stdout_console() -> Console:
    """Rich output on stdout; as wide as the terminal, or 160 columns when piped."""
    return Console(width=None if sys.stdout.isatty() else 160, highlight=False)


def fail(message: str, code: int = 1) -> NoReturn:
    """One line on stderr and exit."""
    err_console.print(f"tradeclaims: error: {message}", markup=False)
    raise typer.Exit(code)


def check_format(value: str) -> str:
    if value not in FORMATS:
        fail(f"--format: {value!r} is not one of {', '.join(FORMATS)}", code=2)
    return value


def check_processes(name: str, value: int | None) -> None:
    """Each worker process loads the model: more than twice the cores only costs memory."""
    if value is not None and value > max_workers():
        fail(f"{name}: at most {max_workers()} on this machine (twice its cores)", code=2)


def published_date(value: str | None) -> date | None:
    return parse_date(value) if value is not None else None


class FailureLog:
    """Counts the failures of ``extract`` and ``eval`` and reports each on stderr.

    (``ingest`` records its failures in the store itself: :mod:`extractor.batch`.)
    """

    def __init__(self) -> None:
        self.count = 0

    def articles(self, items: Iterable[Article | InputFailure]) -> Iterator[Article]:
        for item in items:
            if isinstance(item, InputFailure):
                self.record(item.source, item.reason)
            else:
                yield item

    def extraction_failed(self, article: Article, reason: str) -> None:
        self.record(article.id, reason)

    def record(self, source: str, reason: str) -> None:
        self.count += 1
        err_console.print(f"tradeclaims: skipped {source}: {reason}", markup=False)


def run_guarded(command: Callable[[], int]) -> None:
    """Run a command body, turning our errors into one line and an exit code."""
    try:
        code = command()
    except InputError as exc:
        fail(str(exc), code=1)
    except ExtractorError as exc:
        fail(str(exc), code=1)
    except KeyboardInterrupt:
        fail("interrupted", code=130)
    raise typer.Exit(code)


@app.command()
def extract(
    inputs: Inputs,
    format: FormatOpt = "table",
    published: PublishedOpt = None,
    model: ModelOpt = None,
    articles: Annotated[
        bool,
        typer.Option(
            "--articles", help="Print the documents (text and page metadata), not their claims."
        ),
    ] = False,
) -> None:
    """Print the claims found in documents; stores nothing.

    With --articles, the documents as read (main text, title, date, author, site name,
    language), one object each as schemas/article.schema.json has it; no NLP is run.
    Example: tradeclaims extract corpora/articles.jsonl --format jsonl
    """
    check_format(format)

    def body() -> int:
        failures = FailureLog()
        items = read_inputs(inputs, published=published_date(published), stdin=sys.stdin.buffer)
        if articles:
            write_articles(failures.articles(items), format)
            return 1 if failures.count else 0
        nlp = load_pipeline(model)
        pairs = extract_claims(
            failures.articles(items), nlp=nlp, on_failure=failures.extraction_failed
        )
        write_claims((c.to_dict() for _, claims in pairs for c in claims), format)
        return 1 if failures.count else 0

    run_guarded(body)


EngineOpt = Annotated[
    str, typer.Option("--engine", help="local (this machine's processes) or spark.")
]
MasterOpt = Annotated[
    str | None,
    typer.Option(
        "--master", help="Spark master: local[N], spark://HOST:7077, ... (default local[WORKERS])."
    ),
]
OutputOpt = Annotated[
    tuple[str, Path] | None,
    typer.Option(
        "--output", metavar="parquet DIR",
        help="With --engine spark: write Parquet into DIR instead of --db (tradeclaims load).",
    ),
]  # fmt: skip


@app.command()
def ingest(
    inputs: Inputs,
    db: DbOpt = Path("claims.db"),
    published: PublishedOpt = None,
    model: ModelOpt = None,
    quiet: QuietOpt = False,
    workers: WorkersOpt = None,
    input_format: InputFormatOpt = "auto",
    engine: EngineOpt = "local",
    master: MasterOpt = None,
    output: OutputOpt = None,
) -> None:
    """Extract claims from documents and archives and store them in SQLite (each document once).

    Inputs: text and HTML files, directories, JSONL and WARC archives (each also .gz), or
    - for stdin. A bad record is recorded in the store and skipped (exit 1 at the end).
    Re-running an interrupted ingest skips what is already stored. --engine spark runs the
    NLP on a Spark cluster (--master), the input files its partitions.

    Example: tradeclaims ingest CC-NEWS-20250601.warc.gz --db claims.db --workers 2
    """
    check_processes("--workers", workers)
    check_engine_options(engine, master, output)

    def body() -> int:
        if output is not None:
            return ingest_to_parquet(inputs, output[1], workers, master, model, published,
                                     input_format, quiet)  # fmt: skip
        with Store(db) as store, IngestDisplay(quiet) as display:
            report = ingest_inputs(
                inputs, store, workers=workers or default_workers(), engine=engine,
                master=master, model=model, published=published_date(published),
                input_format=input_format, stdin=sys.stdin.buffer, on_progress=display.update,
                on_failure=display.failure,
            )  # fmt: skip
        print_ingest_summary(report, db, quiet)
        return 1 if report.failed else 0

    run_guarded(body)


def check_engine_options(engine: str, master: str | None, output: tuple[str, Path] | None) -> None:
    """Usage errors of --engine, --master and --output (exit 2)."""
    if engine not in ENGINES:
        fail(f"--engine: {engine!r} is not one of {', '.join(ENGINES)}", code=2)
    if master is not None and engine != "spark":
        fail("--master needs --engine spark", code=2)
    if master is not None:
        try:
            check_master(master)
        except InputError as exc:
            fail(str(exc), code=2)
    if output is not None and output[0] != "parquet":
        fail(f"--output: {output[0]!r} is not a format (only: parquet DIR)", code=2)
    if output is not None and engine != "spark":
        fail("--output parquet needs --engine spark", code=2)


def ingest_to_parquet(
    inputs: Sequence[str],
    directory: Path,
    workers: int | None,
    master: str | None,
    model: str | None,
    published: str | None,
    input_format: str,
    quiet: bool,
) -> int:
    """``ingest --engine spark --output parquet DIR``: the executors' rows as Parquet."""
    from extractor.spark import write_parquet

    files = input_files(inputs, input_format=input_format)
    with IngestDisplay(quiet) as display:
        display.progress.update(display.task, description=f"writing {directory}")
        counts = write_parquet(
            files, directory, master=master or f"local[{workers or default_workers()}]",
            model=model, published=published_date(published),
        )  # fmt: skip
    err_console.print(
        f"wrote {directory}: {counts.articles} articles, {counts.claims} claims,"
        f" {counts.failures} failed (tradeclaims load {directory} --db FILE)",
        markup=False,
    )
    return 1 if counts.failures else 0


@app.command()
def load(
    directory: Annotated[Path, typer.Argument(help="What ingest --output parquet wrote.")],
    db: DbOpt = Path("claims.db"),
    quiet: QuietOpt = False,
) -> None:
    """Load the Parquet output of ingest --engine spark --output parquet into SQLite.

    The store ends as the same ingest straight into --db would have left it; a document
    already stored is left alone, so loading twice changes nothing. Needs pyarrow (the spark
    extra), not Spark.

    Example: tradeclaims load claims-parquet/ --db claims.db
    """

    def body() -> int:
        with Store(db) as store, IngestDisplay(quiet) as display:
            report = load_parquet(
                directory, store, on_progress=display.update, on_failure=display.failure
            )
        print_ingest_summary(report, db, quiet)
        return 1 if report.failed else 0

    run_guarded(body)


class IngestDisplay:
    """An ingest's progress on stderr: a live line on a terminal unless quiet; failures."""

    def __init__(self, quiet: bool) -> None:
        self.show = not quiet and err_console.is_terminal
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            TaskProgressColumn(), TimeRemainingColumn(), console=err_console, transient=True,
        )  # fmt: skip
        self.task = self.progress.add_task("ingesting", total=None)

    def __enter__(self) -> IngestDisplay:
        if self.show:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.show:
            self.progress.stop()

    def update(self, report: IngestReport) -> None:
        if self.show:
            description = (
                f"{report.documents} documents, {report.claims} claims, {report.failed} errors,"
                f" {report.rate:.1f} docs/s"
            )
            self.progress.update(
                self.task, description=description, total=report.read.total_bytes,
                completed=report.read.read_bytes,
            )  # fmt: skip

    def failure(self, failure: InputFailure) -> None:
        err_console.print(f"tradeclaims: skipped {failure.source}: {failure.reason}", markup=False)


def print_ingest_summary(report: IngestReport, db: Path, quiet: bool) -> None:
    if not quiet:
        columns = ("documents", "inserted", "replaced", "unchanged", "claims", "failed")
        table = Table(*columns, "seconds", "docs/s", title=f"ingest #{report.ingest_id}")
        counts = report.counts()
        table.add_row(
            *(str(counts[c]) for c in columns), f"{report.seconds:.1f}", f"{report.rate:.1f}"
        )
        err_console.print(table)
    summary = ", ".join(
        f"{getattr(report, name)} {name}"
        for name in ("inserted", "replaced", "unchanged", "claims")
    )
    line = f"ingested into {db}: {summary}, {report.failed} failed"
    if report.failed:
        line += " (recorded in the failures table; see tradeclaims stats)"
    err_console.print(line, markup=False)


@app.command()
def query(
    db: DbOpt = Path("claims.db"),
    reporter: Annotated[str | None, typer.Option(help="Reporter ISO code, e.g. CN.")] = None,
    partner: Annotated[str | None, typer.Option(help="Partner ISO code, or WLD.")] = None,
    metric: Annotated[str | None, typer.Option(help="exports, imports, balance, ...")] = None,
    sector: Annotated[str | None, typer.Option(help="automotive, energy, ...")] = None,
    period: Annotated[str | None, typer.Option(help="2025, 2025-Q1, 2025-12 ...")] = None,
    kind: Annotated[str | None, typer.Option(help="amount, change, share or rate.")] = None,
    search: Annotated[
        str | None,
        typer.Option(help="Full-text search of sentences (--fetches: text in URL or error)."),
    ] = None,
    format: FormatOpt = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many rows.", min=0)] = None,
    verdict: Annotated[
        str | None,
        typer.Option(help="supported, contradicted, unverifiable or inconsistent (run verify)."),
    ] = None,
    fetches: Annotated[
        bool, typer.Option("--fetches", help="List the crawl's fetches instead of claims.")
    ] = False,
    status: Annotated[
        list[str] | None,
        typer.Option(help=f"With --fetches: {', '.join(FETCH_STATUSES)} (repeatable)."),
    ] = None,
) -> None:
    """Query stored claims; filters combine.

    With --fetches, the crawl's fetches instead (URL, final URL, status, HTTP status,
    attempts, error, times), filtered by --status, --search (in the URL or error), --limit.
    Example: tradeclaims query --reporter CN --metric exports --period 2025
    """
    check_format(format)
    claim_filters = {
        "--reporter": reporter, "--partner": partner, "--metric": metric, "--sector": sector,
        "--period": period, "--kind": kind, "--verdict": verdict,
    }  # fmt: skip
    if fetches:
        check_fetch_filters(status or [], [name for name, v in claim_filters.items() if v])
    elif status:
        fail("--status: only with --fetches", code=2)

    def body() -> int:
        require_db(db)
        if fetches:
            with Store(db) as store:
                rows = store.fetches(status, search=search, limit=limit)
            write_fetches(rows, format, "fetches")
            return 0
        with Store(db) as store:
            rows = store.query(
                reporter=reporter, partner=partner, metric=metric, sector=sector,
                period=period, kind=kind, search=search, limit=limit, verdict=verdict,
            )  # fmt: skip
        write_claims(rows, format, VERDICT_COLUMNS if verdict else TABLE_COLUMNS)
        return 0

    run_guarded(body)


@app.command()
def stats(db: DbOpt = Path("claims.db"), format: FormatOpt = "table") -> None:
    """Documents, claims, failures, claims by metric, reporter and sector; the ingest history.

    Example: tradeclaims stats --db claims.db
    """
    check_format(format)

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            numbers = store.stats() | {"ingests": store.ingests()}
        if format == "table":
            print_stats(numbers)
        else:
            sys.stdout.write(json.dumps(numbers, indent=2 if format == "json" else None) + "\n")
        return 0

    run_guarded(body)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold claims, FORMAT.md JSONL.")],
    archive: Annotated[
        list[str] | None, typer.Argument(help="The gold texts as an archive.")
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(help="Gold kept by character offsets: the folder of its texts."),
    ] = None,
    show_errors: Annotated[bool, typer.Option(help="List every miss and wrong field.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    model: ModelOpt = None,
) -> None:
    """Score the extractor against gold claims (FORMAT.md's scoring).

    The texts come from ARCHIVE, or with --texts from a folder the offset gold points into.

    Example: tradeclaims eval ../shared/gold/dev.jsonl ../shared/gold/dev_archive.jsonl
    """
    if format not in ("table", "json"):
        fail(f"--format: {format!r} is not one of table, json", code=2)
    if bool(archive) == (texts is not None):
        fail("eval: give either ARCHIVE... or --texts DIR", code=2)

    def body() -> int:
        nlp = load_pipeline(model)
        failures = FailureLog()
        if texts is not None:
            gold_docs, articles = load_offset_gold(gold, texts)
            items: Iterable[Article | InputFailure] = articles
        else:
            gold_docs = load_gold(gold)
            items = read_inputs(archive or [], stdin=sys.stdin.buffer)
        pairs = extract_claims(
            failures.articles(items), nlp=nlp, on_failure=failures.extraction_failed
        )
        result = score(gold_docs, (c.to_dict() for _, claims in pairs for c in claims))
        if format == "json":
            sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
        else:
            print_score(result)
        if show_errors:
            for error in result.errors:
                sys.stdout.write(json.dumps(error, ensure_ascii=False) + "\n")
        return 1 if failures.count else 0

    run_guarded(body)


def require_db(db: Path) -> None:
    if not db.exists():
        raise InputError(f"{db}: no such database (run `tradeclaims ingest` first)")


def write_claims(
    rows: Iterable[dict[str, Any]], format: str, columns: Sequence[str] = TABLE_COLUMNS
) -> None:
    """Claims to stdout in the chosen format; jsonl and csv stream."""
    out = sys.stdout
    if format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif format == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif format == "csv":
        write_csv(rows)
    else:
        table = Table(*columns, title="claims")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
        stdout_console().print(table)


def write_articles(articles: Iterable[Article], format: str) -> None:
    """Documents to stdout as article records; the table leaves the text out."""
    rows = (article.to_dict() for article in articles)
    if format != "table":
        write_claims(rows, format)
        return
    columns = ("id", "published", "title", "author", "site_name", "language", "url")
    table = Table(*columns, "words", title="articles")
    for row in rows:
        cells = ("" if row[c] is None else str(row[c]) for c in columns)
        table.add_row(*cells, str(len(row["text"].split())))
    stdout_console().print(table)


def write_csv(rows: Iterable[dict[str, Any]]) -> None:
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: json.dumps(v) if isinstance(v, dict) else v for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)


def print_stats(numbers: dict[str, Any]) -> None:
    console = stdout_console()
    summary = Table("documents", "claims", "failures", title="tradeclaims store")
    summary.add_row(str(numbers["documents"]), str(numbers["claims"]), str(numbers["failures"]))
    console.print(summary)
    for key in ("by_metric", "by_reporter", "by_sector"):
        table = Table(key.removeprefix("by_"), "claims", title=f"claims {key.replace('_', ' ')}")
        for value, count in numbers.get(key, []):
            table.add_row("-" if value is None else str(value), str(count))
        console.print(table)
    print_ingests(console, numbers.get("ingests", []))


def print_ingests(console: Console, ingests: list[dict[str, Any]]) -> None:
    columns = ("documents", "inserted", "replaced", "unchanged", "claims", "failed")
    table = Table("#", "started", "finished", "status", "workers", "inputs", *columns,
                  title="ingests (latest first)")  # fmt: skip
    for row in ingests:
        inputs = ", ".join(row["inputs"])
        table.add_row(
            str(row["id"]), row["started_at"], row["finished_at"] or "-", row["status"],
            str(row["workers"]), inputs if len(inputs) <= 60 else inputs[:59] + "…",
            *(str(row[c]) for c in columns),
        )  # fmt: skip
    console.print(table)


def print_score(result: Score) -> None:
    console = stdout_console()
    table = Table("measure", "value", title="extraction score")
    rows = [
        ("gold claims", result.gold), ("system claims", result.system),
        ("matched", result.matched), ("quantity precision", result.precision),
        ("quantity recall", result.recall), ("quantity F1", result.f1),
        ("value accuracy", result.value_accuracy), ("fully right", result.fully_right),
        ("full-claim F1", result.full_f1),
    ]  # fmt: skip
    rows += [(f"{name} accuracy", result.field_accuracy(name)) for name in FIELDS]
    for name, value in rows:
        table.add_row(name, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)


def main() -> None:
    """The console script: usage errors too become one line (exit 2)."""
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        err_console.print("tradeclaims: error: interrupted", markup=False)
        code = 130
    except TyperException as exc:  # click's usage errors ("No such option: --bogus")
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        err_console.print(f"tradeclaims: error: {message}", markup=False)
        code = getattr(exc, "exit_code", 2)
    sys.exit(code if isinstance(code, int) else 0)


# The crawler's commands. Its modules are imported inside them, so that the other commands
# do not load httpx, feedparser and protego.

FAILURE_COLUMNS = ("url", "status", "http_status", "attempts", "error", "fetched_at")
SHOWN_FAILURES = ("failed", "refused", "robots", "skipped")
UrlsOpt = Annotated[list[str] | None, typer.Argument(help="Article or section page URLs.")]


@app.command()
def crawl(
    urls: UrlsOpt = None,
    urls_file: Annotated[
        Path | None, typer.Option("--urls-file", help="URLs, one a line; # starts a comment.")
    ] = None,
    feed: Annotated[
        list[str] | None, typer.Option(help="An RSS or Atom feed (repeatable).")
    ] = None,
    sitemap: Annotated[
        list[str] | None, typer.Option(help="A sitemap, gzipped or not, or an index.")
    ] = None,
    follow: Annotated[str, typer.Option(help="none, or same-site: follow page links.")] = "none",
    max_pages: Annotated[int | None, typer.Option(help="Fetch at most N pages.")] = None,
    max_depth: Annotated[int, typer.Option(help="Links followed from a seed, at most.")] = 2,
    concurrency: Annotated[int, typer.Option(help="Requests in flight, all hosts.")] = 8,
    per_host_delay: Annotated[
        float, typer.Option(help="Seconds between requests to one host (or its Crawl-delay).")
    ] = 1.0,
    user_agent: Annotated[str | None, typer.Option(help="The User-Agent sent.")] = None,
    recrawl: Annotated[bool, typer.Option(help="Fetch again (conditionally) done pages.")] = False,
    retry_failed: Annotated[bool, typer.Option(help="Retry recorded failures.")] = False,
    allow_private: Annotated[
        bool, typer.Option(help="Allow private, loopback and link-local addresses.")
    ] = False,
    processes: Annotated[
        int | None,
        typer.Option(
            help="Extraction processes (default: all cores; a thread on one core); 0: a thread.",
        ),
    ] = None,
    db: DbOpt = Path("claims.db"),
    model: ModelOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Fetch article pages politely, extract their claims and store them.

    Every URL's outcome is kept in the store: running the same command again continues
    where it stopped. Example: tradeclaims crawl --feed https://example.org/rss --db claims.db
    """
    from extractor.fetch import DEFAULT_USER_AGENT, CrawlOptions, Seeds
    from extractor.fetch.urls import read_url_file

    processes = crawl_processes(processes)
    check_crawl_options(follow, max_pages, max_depth, concurrency, per_host_delay, processes)

    def body() -> int:
        pages = [*(urls or []), *(read_url_file(urls_file) if urls_file else [])]
        seeds = Seeds(pages=pages, feeds=feed or [], sitemaps=sitemap or [])
        if not (pages or feed or sitemap or retry_failed):
            fail("nothing to crawl: give URLs, --urls-file, --feed or --sitemap", code=2)
        options = CrawlOptions(
            follow="same-site" if follow == "same-site" else "none", max_pages=max_pages,
            max_depth=max_depth, concurrency=concurrency, per_host_delay=per_host_delay,
            user_agent=user_agent or DEFAULT_USER_AGENT, recrawl=recrawl,
            retry_failed=retry_failed, allow_private=allow_private, processes=processes,
            model=model,
        )  # fmt: skip
        nlp = load_pipeline(model) if processes == 0 else None  # workers load their own
        summary = run_crawl(seeds, options, db, nlp, quiet)
        err_console.print(f"crawled into {db}: {crawl_summary(summary)}", markup=False)
        return 1 if summary.pages["failed"] or summary.sources["failed"] else 0

    run_guarded(body)


def crawl_processes(value: int | None, cores: int | None = None) -> int:
    """``--processes`` as given; by default one per core, where the spaCy work runs off the
    fetching's event loop and beside it (measured: 1.07 times the politeness floor with two
    processes on two cores, 1.33 with a thread), and a thread on a machine of one core."""
    if value is not None:
        return value
    cores = cores or default_workers()
    return cores if cores > 1 else 0


def check_crawl_options(
    follow: str,
    max_pages: int | None,
    max_depth: int,
    concurrency: int,
    delay: float,
    processes: int,
) -> None:
    if follow not in ("none", "same-site"):
        fail(f"--follow: {follow!r} is not one of none, same-site", code=2)
    for name, value in (("--max-pages", max_pages), ("--concurrency", concurrency)):
        if value is not None and value < 1:
            fail(f"{name}: must be at least 1", code=2)
    if max_depth < 0 or delay < 0 or processes < 0:
        fail("--max-depth, --per-host-delay and --processes cannot be negative", code=2)
    if not math.isfinite(delay):
        fail(f"--per-host-delay: {delay} is not a number of seconds", code=2)
    check_processes("--processes", processes)


def run_crawl(seeds: Any, options: Any, db: Path, nlp: Any, quiet: bool) -> Any:
    """The crawl with a progress bar on a terminal, a line per URL otherwise."""
    import asyncio
    import time

    from extractor.fetch import FetchOutcome, crawl

    counts = {"pages": 0, "claims": 0, "errors": 0}
    show_bar = not quiet and err_console.is_terminal
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err_console, transient=True,
    )  # fmt: skip
    task = progress.add_task("crawling", total=None) if show_bar else None
    started = time.monotonic()

    def report(outcome: FetchOutcome) -> None:
        counts["pages"] += outcome.kind == "page"
        counts["claims"] += outcome.claims
        counts["errors"] += outcome.status == "failed"
        if task is not None:
            rate = counts["pages"] / max(time.monotonic() - started, 1e-6)
            progress.update(task, description=(
                f"{counts['pages']} pages, {counts['claims']} claims, {counts['errors']} errors,"
                f" {rate:.1f} pages/s"
            ))  # fmt: skip
        elif not quiet:
            detail = f": {outcome.reason}" if outcome.reason else ""
            claims = f" ({outcome.claims} claims)" if outcome.claims else ""
            err_console.print(f"{outcome.status} {outcome.url}{claims}{detail}", markup=False)

    with Store(db) as store, progress if show_bar else nullcontext():
        return asyncio.run(crawl(seeds, store, nlp=nlp, options=options, on_outcome=report))


def crawl_summary(summary: Any) -> str:
    """e.g. ``3 fetched, 1 not modified, 1 skipped by robots, 2 failed (HTTP 404: 2), ...``"""
    pages = summary.pages
    parts = [
        f"{pages['fetched']} fetched", f"{pages['not-modified']} not modified",
        f"{pages['duplicate']} duplicate", f"{pages['section']} section pages",
        f"{pages['robots']} skipped by robots",
        f"{pages['refused'] + summary.sources['refused']} refused",
        f"{pages['skipped']} skipped (content type)",
    ]  # fmt: skip
    reasons = ", ".join(f"{reason}: {n}" for reason, n in summary.failures.most_common())
    failed = pages["failed"] + summary.sources["failed"]
    parts.append(f"{failed} failed" + (f" ({reasons})" if reasons else ""))
    parts.append(f"{summary.claims} claims stored")
    if summary.already_done:
        parts.append(f"{summary.already_done} done in earlier runs")
    if summary.left:
        parts.append(f"{summary.left} left for the next run (--max-pages)")
    return ", ".join(parts)


@app.command()
def failures(db: DbOpt = Path("claims.db"), format: FormatOpt = "table") -> None:
    """The URLs a crawl could not fetch, or was not to fetch, with the reasons.

    Example: tradeclaims failures --db claims.db --format jsonl
    """
    check_format(format)

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            rows = [{k: row[k] for k in FAILURE_COLUMNS} for row in store.fetches(SHOWN_FAILURES)]
        write_fetches(rows, format, "failed fetches", FAILURE_COLUMNS)
        return 0

    run_guarded(body)


def check_fetch_filters(statuses: Sequence[str], claim_filters: Sequence[str]) -> None:
    """Usage errors of ``query --fetches``: an unknown status, a filter of claims."""
    unknown = [s for s in statuses if s not in FETCH_STATUSES]
    if unknown:
        fail(f"--status: {unknown[0]!r} is not one of {', '.join(FETCH_STATUSES)}", code=2)
    if claim_filters:
        fail(f"{claim_filters[0]}: filters claims, not --fetches", code=2)


def write_fetches(
    rows: list[dict[str, Any]], format: str, title: str, columns: Sequence[str] = FETCH_COLUMNS
) -> None:
    """Fetches rows to stdout: the whole rows as jsonl, json or csv, ``columns`` as a table."""
    if format != "table":
        write_claims(rows, format)
        return
    table = Table(*columns, title=title)
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    stdout_console().print(table)


# The fact-check's commands (issue 10): extractor.factcheck, its web view and report.

ReferenceOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--reference",
        help="Reference figures (CSV files, or a folder of them); default corpora/reference/.",
    ),
]


@app.command()
def verify(
    db: DbOpt = Path("claims.db"),
    reference: ReferenceOpt = None,
    more: Annotated[
        list[Path] | None,
        typer.Argument(help="More reference files (so that --reference DIR/*.csv takes them all)."),
    ] = None,
) -> None:
    """Check every stored claim against official figures, other articles and its own article.

    Stores a verdict per claim (supported, contradicted, unverifiable, and inconsistent for
    an article that does not add up) and the conflicts between articles, then counts them.
    Example: tradeclaims verify --db claims.db --reference corpora/reference/*.csv
    """
    from extractor.factcheck import run_checks

    def body() -> int:
        require_db(db)
        given = [*(reference or []), *(more or [])]
        given = [f for p in given for f in reference_files(p)]
        paths = given or sorted(Path("corpora/reference").glob("*.csv"))
        if not paths:
            raise InputError("no reference figures: give --reference FILE")
        with Store(db) as store:
            summary = run_checks(store, paths)
        table = Table("verdict", "check", "claims", title=f"verdicts in {db}")
        for verdict_name, check, count in summary["verdicts"]:
            table.add_row(verdict_name, check, str(count))
        stdout_console().print(table)
        stdout_console().print(f"{summary['conflicts']} conflicts between articles")
        return 0

    run_guarded(body)


def reference_files(path: Path) -> list[Path]:
    """A reference file, or the CSV files of a folder (one at least)."""
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.csv"))
    if not files:
        raise InputError(f"{path}: no reference figures here (no .csv file in the folder)")
    return files


CONFLICT_COLUMNS = ("conflict", "metric", "reporter", "partner", "period", "kind", "unit")


@app.command()
def conflicts(db: DbOpt = Path("claims.db"), format: FormatOpt = "table") -> None:
    """Claims of different articles about one quantity that disagree beyond their precision.

    jsonl gives one line per conflict with its claims; csv one row per claim.
    Example: tradeclaims conflicts --db claims.db --format jsonl
    """
    from extractor.factcheck import find_conflicts

    check_format(format)

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            found = find_conflicts(store.claims_to_check())
        if format == "jsonl":
            for conflict in found:
                sys.stdout.write(json.dumps(conflict, ensure_ascii=False) + "\n")
        elif format == "json":
            sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        else:
            rows = [
                {"conflict": n, **{k: c[k] for k in CONFLICT_COLUMNS[1:]}, **claim}
                for n, c in enumerate(found, start=1) for claim in c["claims"]
            ]  # fmt: skip
            columns = (*CONFLICT_COLUMNS, "doc_id", "quantity_text", "sentence", "url")
            write_claims(rows, format, columns)
        return 0

    run_guarded(body)


@app.command()
def serve(
    db: DbOpt = Path("claims.db"),
    port: Annotated[int, typer.Option(help="The TCP port.", min=1, max=65535)] = 8001,
    host: Annotated[str, typer.Option(help="The address to bind; loopback by default.")] = (
        "127.0.0.1"
    ),
) -> None:
    """Browse the store in Datasette, read-only: claims, verdicts, conflicts, facets.

    Run `tradeclaims verify` first for verdicts. Example: tradeclaims serve --db claims.db
    """
    from extractor.serve import serve as run_server

    def body() -> int:
        require_db(db)
        with Store(db):  # migrated to the current schema before it is opened immutable
            pass
        run_server(db, host=host, port=port, on_listening=announce)
        return 0

    def announce(url: str) -> None:
        err_console.print(f"serving {db} on {url}", markup=False)

    run_guarded(body)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="The HTML file to write.")],
    db: DbOpt = Path("claims.db"),
) -> None:
    """Write one self-contained HTML page: counts, contradicted claims, conflicts, charts.

    Run `tradeclaims verify` first. Example: tradeclaims report report.html --db claims.db
    """
    from extractor.report import write_report

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            write_report(store, out)
        err_console.print(f"wrote {out}", markup=False)
        return 0

    run_guarded(body)
