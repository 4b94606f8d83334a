"""The ``tradeclaims`` command line: every command a thin wrapper over a library function."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.exceptions import TyperException

from extractor.archives import InputFailure, parse_date, read_inputs
from extractor.errors import ExtractorError, InputError
from extractor.evaluate import FIELDS, Score, load_gold, load_offset_gold, score
from extractor.models import Article, Claim
from extractor.nlp.pipeline import extract_claims, load_pipeline
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


def published_date(value: str | None) -> date | None:
    return parse_date(value) if value is not None else None


class FailureLog:
    """Counts batch failures and reports each on stderr (and, given one, to a store)."""

    def __init__(self, store: Store | None = None) -> None:
        self.count = 0
        self.store = store

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
        if self.store is not None:
            self.store.record_failure(source, reason)


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
) -> None:
    """Print the claims found in documents; stores nothing.

    Example: tradeclaims extract corpora/articles.jsonl --format jsonl
    """
    check_format(format)

    def body() -> int:
        nlp = load_pipeline(model)
        failures = FailureLog()
        items = read_inputs(inputs, published=published_date(published), stdin=sys.stdin.buffer)
        pairs = extract_claims(
            failures.articles(items), nlp=nlp, on_failure=failures.extraction_failed
        )
        write_claims((c.to_dict() for _, claims in pairs for c in claims), format)
        return 1 if failures.count else 0

    run_guarded(body)


@app.command()
def ingest(
    inputs: Inputs,
    db: DbOpt = Path("claims.db"),
    published: PublishedOpt = None,
    model: ModelOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract claims from documents and store them in SQLite (each document once).

    Example: tradeclaims ingest corpora/articles.jsonl --db claims.db
    """

    def body() -> int:
        nlp = load_pipeline(model)
        with Store(db) as store:
            failures = FailureLog(store)
            items = read_inputs(inputs, published=published_date(published), stdin=sys.stdin.buffer)
            outcomes = store_all(
                store,
                extract_claims(
                    failures.articles(items), nlp=nlp, on_failure=failures.extraction_failed
                ),
                quiet,
            )
        summary = ", ".join(f"{count} {name}" for name, count in outcomes.items())
        err_console.print(f"ingested into {db}: {summary}, {failures.count} failed", markup=False)
        return 1 if failures.count else 0

    run_guarded(body)


def store_all(
    store: Store, pairs: Iterable[tuple[Article, list[Claim]]], quiet: bool
) -> dict[str, int]:
    outcomes = {"inserted": 0, "replaced": 0, "unchanged": 0, "claims": 0}  # claims stored
    show = not quiet and sys.stderr.isatty()
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err_console, transient=True,
    )  # fmt: skip
    with progress if show else nullcontext():
        task = progress.add_task("ingesting", total=None) if show else None
        for article, claims in pairs:
            outcome = store.save(article, claims)
            outcomes[outcome] += 1
            if outcome != "unchanged":
                outcomes["claims"] += len(claims)
            if task is not None:
                progress.update(task, description=f"ingesting {article.id}", advance=1)
    return outcomes


@app.command()
def query(
    db: DbOpt = Path("claims.db"),
    reporter: Annotated[str | None, typer.Option(help="Reporter ISO code, e.g. CN.")] = None,
    partner: Annotated[str | None, typer.Option(help="Partner ISO code, or WLD.")] = None,
    metric: Annotated[str | None, typer.Option(help="exports, imports, balance, ...")] = None,
    sector: Annotated[str | None, typer.Option(help="automotive, energy, ...")] = None,
    period: Annotated[str | None, typer.Option(help="2025, 2025-Q1, 2025-12 ...")] = None,
    kind: Annotated[str | None, typer.Option(help="amount, change, share or rate.")] = None,
    search: Annotated[str | None, typer.Option(help="Full-text search of sentences.")] = None,
    format: FormatOpt = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many claims.")] = None,
) -> None:
    """Query stored claims; filters combine.

    Example: tradeclaims query --reporter CN --metric exports --period 2025
    """
    check_format(format)

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            rows = store.query(
                reporter=reporter, partner=partner, metric=metric, sector=sector,
                period=period, kind=kind, search=search, limit=limit,
            )  # fmt: skip
        write_claims(rows, format)
        return 0

    run_guarded(body)


@app.command()
def stats(db: DbOpt = Path("claims.db"), format: FormatOpt = "table") -> None:
    """Documents, claims, and claims by metric, reporter and sector.

    Example: tradeclaims stats --db claims.db
    """
    check_format(format)

    def body() -> int:
        require_db(db)
        with Store(db) as store:
            numbers = store.stats()
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


def write_claims(rows: Iterable[dict[str, Any]], format: str) -> None:
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
        table = Table(*TABLE_COLUMNS, title="claims")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in TABLE_COLUMNS))
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
