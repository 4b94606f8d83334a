"""The Spark engine in local mode (real Spark, one session for the module): the same store as
the local engine, bad records recorded alike, Parquet output and ``load``, re-runs, errors."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor import spark as spark_engine
from extractor.archives import InputFailure, InputFile, input_files, read_documents, read_input_file
from extractor.spark import BUCKETS, bucket_of, check_master, plan
from tests.archive_data import JSONL_DEFECTS, WARC_DEFECTS, corpus_docs, write_jsonl, write_warc
from tests.conftest import Result
from tests.test_batch import check_whole, snapshot

Cli = Callable[..., Result]
MASTER = "local[2]"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PNG_REASON = "not a text file (PNG image signature)"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """One local[2] session; the CLI's Spark engine uses it (a running session is reused)."""
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("the Spark engine needs java")
    from pyspark.sql import SparkSession

    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = SparkSession.builder.master(MASTER).config("spark.ui.enabled", "false").getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if previous is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = previous


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A WARC.gz with every bad record, and a directory: a JSONL archive with bad lines, a
    gzipped text, an HTML page and a PNG named .txt."""
    root = tmp_path_factory.mktemp("inputs")
    docs = corpus_docs()
    write_warc(root / "news.warc.gz", docs[:8], corrupt=True)
    folder = root / "folder"
    (folder / "sub").mkdir(parents=True)
    write_jsonl(folder / "a.jsonl", docs[8:16], corrupt=True)
    (folder / "b.txt.gz").write_bytes(gzip.compress(b"China's exports rose 5% in 2024."))
    (folder / "sub" / "c.html").write_text(docs[16].html())
    (folder / "sub" / "d.txt").write_bytes(PNG)
    return [str(root / "news.warc.gz"), str(folder)]


@pytest.fixture(scope="module")
def local_db(inputs: list[str], tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Path:
    """The store the local engine makes of the inputs."""
    from typer.testing import CliRunner

    from extractor.cli import app

    db = tmp_path_factory.mktemp("local") / "local.db"
    result = CliRunner().invoke(app, ["ingest", *inputs, "--db", str(db), "--workers", "1"])
    assert result.exit_code == 1, result.stderr
    return db


def test_spark_stores_what_the_local_engine_stores(
    spark: Any, cli: Cli, inputs: list[str], local_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "spark.db"
    result = cli("ingest", *inputs, "--db", str(db), "--engine", "spark", "--master", MASTER)
    assert result.exit_code == 1, result.stderr
    assert snapshot(db) == snapshot(local_db)
    stored = snapshot(db)
    assert len(stored["articles"]) == 8 + 8 + 2 and len(stored["claims"]) > 200
    reasons = [row[1] for row in stored["failures"]]
    assert sorted(reasons) == sorted([*WARC_DEFECTS, *JSONL_DEFECTS, PNG_REASON])
    check_whole(db)
    again = cli("ingest", *inputs, "--db", str(db), "--engine", "spark", "--master", MASTER)
    assert "0 inserted, 0 replaced, 18 unchanged" in again.stderr, again.stderr
    assert snapshot(db) == stored
    history = [(h["engine"], h["inserted"], h["unchanged"], h["failed"]) for h in ingests(cli, db)]
    assert history == [("spark", 0, 18, 8), ("spark", 18, 0, 8)]


def test_spark_resumes_a_store_the_local_engine_began(
    spark: Any, cli: Cli, inputs: list[str], local_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "half.db"
    assert cli("ingest", inputs[0], "--db", str(db), "--workers", "1").exit_code == 1
    result = cli("ingest", *inputs, "--db", str(db), "--engine", "spark", "--master", MASTER)
    assert "10 inserted, 0 replaced, 8 unchanged" in result.stderr, result.stderr
    assert snapshot(db) == snapshot(local_db)


def test_byte_ranges_of_a_warc_gz_as_partitions_store_the_same(
    spark: Any, cli: Cli, inputs: list[str], local_db: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(spark_engine, "PARTITION_BYTES", 4096)
    [warc] = input_files(inputs[:1])
    assert len(plan([warc], parallelism=1)) == 4
    db = tmp_path / "ranges.db"
    result = cli("ingest", *inputs, "--db", str(db), "--engine", "spark", "--master", MASTER)
    assert result.exit_code == 1, result.stderr
    assert snapshot(db) == snapshot(local_db)


def test_parquet_output_loads_into_the_same_store_once(
    spark: Any, cli: Cli, inputs: list[str], local_db: Path, tmp_path: Path
) -> None:
    out, db = tmp_path / "parquet", tmp_path / "loaded.db"
    args = ("ingest", *inputs, "--engine", "spark", "--master", MASTER)
    result = cli(*args, "--output", "parquet", str(out))
    assert result.exit_code == 1 and "18 articles" in result.stderr and "8 failed" in result.stderr
    buckets = {path.name for path in (out / "claims").iterdir() if path.is_dir()}
    assert buckets and buckets <= {f"bucket={n}" for n in range(BUCKETS)}
    assert not (tmp_path / "loaded.db").exists()
    loaded = cli("load", str(out), "--db", str(db))
    assert loaded.exit_code == 1 and "18 inserted" in loaded.stderr
    assert snapshot(db) == snapshot(local_db)
    check_whole(db)
    again = cli("load", str(out), "--db", str(db))
    assert "0 inserted, 0 replaced, 18 unchanged" in again.stderr
    assert snapshot(db) == snapshot(local_db)
    refused = cli(*args, "--output", "parquet", str(out))
    assert refused.exit_code == 1
    expected = f"tradeclaims: error: {out}: already holds Parquet output; give a new folder"
    assert refused.stderr.strip() == expected


def test_parquet_of_clean_inputs_has_an_empty_failures_table(
    spark: Any, cli: Cli, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "clean.jsonl", corpus_docs()[:3])
    out, db = tmp_path / "parquet", tmp_path / "clean.db"
    result = cli("ingest", str(tmp_path / "clean.jsonl"), "--engine", "spark", "--master", MASTER,
                 "--output", "parquet", str(out))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert (out / "failures").is_dir() and not list((out / "failures").rglob("*.parquet"))
    loaded = cli("load", str(out), "--db", str(db))
    assert loaded.exit_code == 0 and "3 inserted" in loaded.stderr and "0 failed" in loaded.stderr


def test_a_model_that_cannot_load_is_the_local_engine_s_one_line_error(
    spark: Any, cli: Cli, inputs: list[str], tmp_path: Path
) -> None:
    args = ("ingest", *inputs, "--model", "no_such_model", "--db")
    local = cli(*args, str(tmp_path / "l.db"), "--workers", "1")
    remote = cli(*args, str(tmp_path / "s.db"), "--engine", "spark", "--master", MASTER)
    assert local.exit_code == remote.exit_code == 1
    assert remote.stderr.strip() == local.stderr.strip()
    assert remote.stderr.startswith("tradeclaims: error: spaCy pipeline 'no_such_model'")


def ingests(cli: Cli, db: Path) -> list[dict[str, Any]]:
    return list(json.loads(cli("stats", "--db", str(db), "--format", "json").stdout)["ingests"])


# -- without a Spark session ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--engine", "spark", "--master", "local[0]"), "--master: 'local[0]' is not a Spark"),
        (("--engine", "spark", "--master", "spark://host"), "--master: 'spark://host' is not"),
        (("--master", "local[2]"), "--master needs --engine spark"),
        (("--engine", "flink"), "--engine: 'flink' is not one of local, spark"),
        (("--output", "parquet", "out"), "--output parquet needs --engine spark"),
        (("--engine", "spark", "--output", "csv", "out"), "--output: 'csv' is not a format"),
    ],
)
def test_bad_engine_options_are_one_line_usage_errors(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"tradeclaims: error: {message}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()


def test_spark_engine_without_pyspark_names_the_extra(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    (tmp_path / "a.txt").write_text("Exports rose 5% in 2024.")
    result = cli("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"),
                 "--engine", "spark")  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "tradeclaims: error: the Spark engine needs pyspark: pip install 'tradeclaims[spark]'"
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "no such directory: {p}/missing"),
        (lambda p: p, "{p}: not a tradeclaims Parquet output (no articles, claims, failures"),
    ],
)
def test_load_of_what_is_not_parquet_output_is_one_line(
    cli: Cli, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    result = cli("load", str(make(tmp_path)), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith("tradeclaims: error: " + message.format(p=tmp_path))


def test_stdin_cannot_be_a_partition(cli: Cli, tmp_path: Path) -> None:
    result = cli("ingest", "-", "--db", str(tmp_path / "x.db"), "--engine", "spark", input="x")
    assert result.exit_code == 1
    assert "standard input cannot be split into partitions" in result.stderr


@pytest.mark.parametrize("size", [300, 1000, 1777, 4096, 10**9])
def test_byte_ranges_of_a_warc_gz_read_what_the_whole_file_reads(tmp_path: Path, size: int) -> None:
    path = tmp_path / "news.warc.gz"
    docs = corpus_docs()
    write_warc(path, [doc.renamed(f"?n={n}") for n in range(2) for doc in docs], corrupt=True)
    whole = list(read_documents([str(path)]))
    [warc] = input_files([str(path)])
    ranges = warc.byte_ranges(size)
    assert len(ranges) == max(1, -(-path.stat().st_size // size))
    assert [item for part in ranges for item in read_input_file(part)] == whole
    assert sorted(f.reason for f in whole if isinstance(f, InputFailure)) == sorted(WARC_DEFECTS)


def test_only_a_warc_gz_is_cut_into_byte_ranges(tmp_path: Path) -> None:
    write_warc(tmp_path / "plain.warc", corpus_docs())
    write_jsonl(tmp_path / "a.jsonl.gz", corpus_docs())
    for file in input_files([str(tmp_path)]):
        assert isinstance(file, InputFile) and file.byte_ranges(100) == [file]


def test_partitions_are_runs_of_files_in_reading_order(tmp_path: Path) -> None:
    for n in range(10):
        (tmp_path / f"{n:02}.txt").write_text("Exports rose 5% in 2024. " * (n + 1))
    (tmp_path / "z.txt").write_bytes(PNG)
    partitions = plan(input_files([str(tmp_path)]), parallelism=1)
    assert [p.index for p in partitions] == [0, 1, 2, 3]
    assert [f for p in partitions for f in p.files] == input_files([str(tmp_path)])
    files = [f for p in partitions for f in p.files]
    assert all(isinstance(f, InputFile) and f.in_directory for f in files)
    assert not any(isinstance(f, InputFailure) for f in files)


@pytest.mark.parametrize("master", ["local", "local[*]", "local[4,2]", "spark://a:7077,b:7077",
                                    "yarn", "k8s://https://10.0.0.1:6443"])  # fmt: skip
def test_master_urls_spark_takes(master: str) -> None:
    assert check_master(master) == master


def test_buckets_are_stable() -> None:
    assert bucket_of("https://news.example/a") == bucket_of("https://news.example/a")
    assert len({bucket_of(f"https://news.example/{n}") for n in range(200)}) == BUCKETS


def test_load_and_the_engine_options_have_help_and_are_in_the_readme(cli: Cli) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    load = cli("load", "--help")
    assert load.exit_code == 0 and "Example:" in load.stdout and "tradeclaims load" in readme
    ingest = cli("ingest", "--help").stdout
    for option in ("--engine", "--master", "--output"):
        assert option in ingest and option in readme
