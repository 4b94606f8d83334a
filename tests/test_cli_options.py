"""Every command with wrong option values, and --db files that cannot be used: each one line
on stderr, a non-zero exit, no traceback, and the database left sound.

The commands run through the console script's own entry point (``extractor.cli.main``, in
this process, so the loaded model is shared); the full disk runs in a subprocess on a
1 MiB tmpfs when this machine lets the tests mount one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import main
from extractor.errors import StoreError
from extractor.store import Store
from tests.conftest import CORPUS, ROOT
from tests.test_batch import check_whole

pytestmark = pytest.mark.fault("CLI: wrong option values and bad --db")

ARTICLE = "China's exports rose 12.5% in 2024 to $3.5 trillion, customs data showed."


@pytest.fixture
def files(tmp_path: Path, nlp: Any) -> dict[str, str]:
    """The paths the cases name: a good store, a text file, a folder, an archive."""
    good = tmp_path / "good.db"
    with Store(good):
        pass
    (tmp_path / "text.db").write_text("this is not a database\n" * 20)
    (tmp_path / "folder.db").mkdir()
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n")
    return {
        "good": str(good), "text": str(tmp_path / "text.db"), "folder": str(tmp_path / "folder.db"),
        "jsonl": str(tmp_path / "a.jsonl"), "missing": str(tmp_path / "missing.db"),
        "nowhere": str(tmp_path / "nowhere.txt"),
    }  # fmt: skip


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The console script with ``argv``: its exit code, stdout and stderr."""
    saved = sys.argv
    sys.argv = ["tradeclaims", *argv]
    try:
        with pytest.raises(SystemExit) as info:
            main()
    finally:
        sys.argv = saved
    out, err = capsys.readouterr()
    code = info.value.code
    return code if isinstance(code, int) else 1, out, err


def assert_one_line(code: int, err: str, expected_code: int, message: str) -> None:
    lines = err.strip().splitlines()
    assert code == expected_code, err
    assert len(lines) == 1 and lines[0].startswith("tradeclaims: error: "), err
    assert message in lines[0], err
    assert "Traceback" not in err


# (command line with {placeholders}, exit code, what the line names)
CASES = [
    ("extract {jsonl} --format bogus", 2, "--format: 'bogus'"),
    ("extract {jsonl} --published yesterday", 1, "--published: 'yesterday'"),
    ("extract {jsonl} --published 2024-13-01", 1, "--published: '2024-13-01'"),
    ("extract {nowhere}", 1, "no such file or directory"),
    ("extract {jsonl} --model no_such_model", 1, "no_such_model"),
    ("extract", 2, "Missing argument"),
    ("ingest {jsonl} --db {good} --workers -1", 2, "'--workers'"),
    ("ingest {jsonl} --db {good} --workers 0", 2, "'--workers'"),
    ("ingest {jsonl} --db {good} --workers many", 2, "'--workers'"),
    ("ingest {jsonl} --db {good} --workers 100000", 2, "--workers: at most"),
    ("ingest {jsonl} --db {good} --input-format xml", 1, "--input-format: 'xml'"),
    ("ingest {jsonl} --db {good} --published 1st", 1, "--published: '1st'"),
    ("ingest {nowhere} --db {good}", 1, "no such file or directory"),
    ("ingest {jsonl} --db {folder}", 1, "cannot open"),
    ("ingest {jsonl} --db {text}", 1, "file is not a database"),
    ("ingest {jsonl} --db {good} --engine mars", 2, "--engine: 'mars'"),
    ("ingest {jsonl} --db {good} --master local[2]", 2, "--master needs --engine spark"),
    ("ingest {jsonl} --db {good} --output csv {folder}", 2, "--output"),
    ("load {nowhere} --db {good}", 1, "no such directory"),
    ("load {folder} --db {good}", 1, "not a tradeclaims Parquet output"),
    ("query --db {good} --limit -1", 2, "'--limit'"),
    ("query --db {good} --limit ten", 2, "'--limit'"),
    ("query --db {good} --format xml", 2, "--format: 'xml'"),
    ("query --db {missing}", 1, "no such database"),
    ("query --db {folder}", 1, "cannot open"),
    ("query --db {text}", 1, "file is not a database"),
    ("stats --db {good} --format yaml", 2, "--format: 'yaml'"),
    ("stats --db {text}", 1, "file is not a database"),
    ("stats --db {folder}", 1, "cannot open"),
    ("eval {nowhere} {jsonl}", 1, "nowhere.txt"),
    ("eval {jsonl} {jsonl} --format csv", 2, "--format: 'csv'"),
    ("eval {jsonl}", 2, "give either ARCHIVE"),
    ("crawl http://example.org/ --db {good} --max-pages 0", 2, "--max-pages"),
    ("crawl http://example.org/ --db {good} --max-pages -1", 2, "--max-pages"),
    ("crawl http://example.org/ --db {good} --max-pages all", 2, "'--max-pages'"),
    ("crawl http://example.org/ --db {good} --concurrency 0", 2, "--concurrency"),
    ("crawl http://example.org/ --db {good} --concurrency -3", 2, "--concurrency"),
    ("crawl http://example.org/ --db {good} --per-host-delay -1", 2, "--per-host-delay"),
    ("crawl http://example.org/ --db {good} --per-host-delay nan", 2, "--per-host-delay"),
    ("crawl http://example.org/ --db {good} --per-host-delay inf", 2, "--per-host-delay"),
    ("crawl http://example.org/ --db {good} --per-host-delay soon", 2, "'--per-host-delay'"),
    ("crawl http://example.org/ --db {good} --max-depth -1", 2, "--max-depth"),
    ("crawl http://example.org/ --db {good} --processes -1", 2, "--processes"),
    ("crawl http://example.org/ --db {good} --processes 1000", 2, "--processes: at most"),
    ("crawl http://example.org/ --db {good} --follow everywhere", 2, "--follow"),
    ("crawl --urls-file {nowhere} --db {good}", 1, "cannot read the URL list"),
    ("crawl --urls-file {folder} --db {good}", 1, "cannot read the URL list"),
    ("crawl --db {good}", 2, "nothing to crawl"),
    ("crawl http://example.org/ --db {text}", 1, "file is not a database"),
    ("failures --db {good} --format html", 2, "--format: 'html'"),
    ("failures --db {text}", 1, "file is not a database"),
    ("verify --db {good} --reference {nowhere}", 1, "cannot read"),
    ("verify --db {good} --reference {folder}", 1, "no reference figures here"),
    ("verify --db {good} --reference {jsonl}", 1, "columns must be"),
    ("verify --db {missing}", 1, "no such database"),
    ("conflicts --db {good} --format xml", 2, "--format: 'xml'"),
    ("conflicts --db {text}", 1, "file is not a database"),
    ("serve --db {good} --port 99999", 2, "'--port'"),
    ("serve --db {good} --port -1", 2, "'--port'"),
    ("serve --db {good} --port 0", 2, "'--port'"),
    ("serve --db {good} --port http", 2, "'--port'"),
    ("serve --db {good} --host 999.1.1.1", 1, "cannot listen on 999.1.1.1"),
    ("serve --db {good} --host 192.0.2.1", 1, "cannot listen on 192.0.2.1"),
    ("serve --db {missing}", 1, "no such database"),
    ("serve --db {text}", 1, "file is not a database"),
    ("report {folder} --db {good}", 1, "cannot write the report"),
    ("report out.html --db {missing}", 1, "no such database"),
    ("nonsense", 2, "No such command"),
    ("query --bogus", 2, "No such option: --bogus"),
]


@pytest.mark.parametrize(("line", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_wrong_option_value_is_one_line_and_nonzero(
    files: dict[str, str], capsys: pytest.CaptureFixture[str], line: str, code: int, message: str
) -> None:
    before = Path(files["good"]).read_bytes()
    argv = [part.format(**files) for part in line.split()]
    got, out, err = run_main(argv, capsys)
    assert_one_line(got, err, code, message)
    assert out == ""
    assert Path(files["good"]).read_bytes() == before  # nothing was written to the store
    assert Path(files["text"]).read_text().startswith("this is not a database")


def test_every_command_is_among_the_cases() -> None:
    import typer

    from extractor.cli import app

    commands = set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert len(commands) >= 11
    assert commands <= {line.split()[0] for line, _, _ in CASES}


# -- a read-only --db ---------------------------------------------------------------------


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only; yield how. Root ignores file modes, so for root a
    read-only bind mount of the folder on itself (skipped when mounting is not allowed)."""
    if os.geteuid() != 0:
        for path in [*folder.iterdir(), folder]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield "chmod"
        finally:
            for path in [folder, *folder.iterdir()]:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield "read-only bind mount"
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def corpus_store(path: Path, count: int = 3) -> Path:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:count]
    archive = path.parent / "few.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from extractor.batch import ingest_inputs

    with Store(path) as store:
        ingest_inputs([str(archive)], store, workers=1)
    with contextlib.closing(sqlite3.connect(path)) as conn:  # fold the WAL in
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return archive


def integrity(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.parametrize("command", ["ingest", "query", "stats"])
def test_a_read_only_db_is_one_line_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nlp: Any, command: str
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "claims.db"
    archive = tmp_path / "more.jsonl"
    archive.write_text(CORPUS.read_text(encoding="utf-8").splitlines()[5] + "\n")
    corpus_store(db)
    before = db.read_bytes()
    args = {
        "ingest": ["ingest", str(archive)], "query": ["query", "--format", "jsonl"],
        "stats": ["stats", "--format", "json"],
    }[command]  # fmt: skip
    with read_only_folder(folder):
        code, out, err = run_main([*args, "--db", str(db)], capsys)
    # A WAL file SQLite can read only with its -shm beside it, which it cannot create here.
    assert_one_line(code, err, 1, "read-only")
    assert db.read_bytes() == before
    assert integrity(db) == "ok"


# -- a full disk --------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 400 KiB tmpfs (root only; skipped where mounting is not allowed)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_full_disk_is_one_line_and_the_store_holds_whole_documents(tiny_disk: Path) -> None:
    db = tiny_disk / "claims.db"
    command = [sys.executable, "-m", "extractor", "ingest", str(CORPUS), "--db", str(db),
               "--workers", "1", "--quiet"]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert_one_line(result.returncode, result.stderr, 1, "database or disk is full")
    check_whole(db)


def test_a_store_that_cannot_grow_raises_store_error_and_keeps_what_it_had(
    tmp_path: Path, nlp: Any
) -> None:
    """The same SQLite error path without a mount: ``max_page_count`` caps the file."""
    from extractor.archives import read_inputs
    from extractor.models import Article
    from extractor.nlp.pipeline import extract_claims

    articles = [a for a in read_inputs([str(CORPUS)]) if isinstance(a, Article)]
    pairs = list(extract_claims(articles, nlp=nlp))
    db = tmp_path / "capped.db"
    with Store(db) as store:
        store.save(*pairs[0])
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
        full = pytest.raises(StoreError, match="database or disk is full")
        with full as info, store.transaction():
            for article, claims in pairs[1:]:
                store.save(article, claims)
        assert "\n" not in str(info.value)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT doc_id FROM articles").fetchall() == [(pairs[0][0].id,)]
        assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == len(pairs[0][1])
