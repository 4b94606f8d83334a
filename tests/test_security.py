"""Security: the web view cannot write and listens on loopback; the crawler's private-address
guard holds against names that resolve to loopback, given or reached by redirect; input data
is parsed as data, never run (no shell, eval or pickle)."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import hashlib
import ipaddress
import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from extractor.fetch import Seeds, safety
from extractor.serve import build
from tests.conftest import ROOT
from tests.crawl_site import redirect, rss
from tests.test_crawl import articles_site, fetches, host, run, stored  # noqa: F401
from tests.test_factcheck import build_store
from tests.test_serve import free_port

# -- the web view ---------------------------------------------------------------------------

view = pytest.mark.fault("security: web view")


def digest(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        rows = [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "claims", "verdicts", "conflicts")]  # fmt: skip
    files = [db, db.with_name(db.name + "-wal")]
    data = b"".join(path.read_bytes() for path in files if path.exists())
    return hashlib.sha256(data).hexdigest() + json.dumps(rows)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Iterator[tuple[str, Path, int]]:
    folder = tmp_path_factory.mktemp("served")
    db = build_store(folder / "claims.db", nlp)
    port = free_port()
    command = [sys.executable, "-m", "extractor", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/-/versions.json", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("tradeclaims serve did not start")
        yield base, db, port
    finally:
        process.terminate()
        process.wait(timeout=10)


def listening_addresses(port: int) -> set[str]:
    """The local addresses listening on ``port`` (IPv4 and IPv6), from /proc/net."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if int(hex_port, 16) == port and state == "0A":  # LISTEN
                    found.add(address)
    return found


@view
def test_the_view_listens_on_loopback_only_by_default(served: tuple[str, Path, int]) -> None:
    _, _, port = served
    assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, little-endian hex


WRITES = [
    "DELETE FROM claims",
    "UPDATE articles SET title = 'x'",
    "INSERT INTO failures (source, reason, recorded_at) VALUES ('a', 'b', 'c')",
    "DROP TABLE claims",
    "CREATE TABLE evil (x)",
    "SELECT 1; DELETE FROM claims",
    "WITH x AS (SELECT 1) DELETE FROM claims",
    "PRAGMA writable_schema = 1",
    "PRAGMA journal_mode = delete",
    "ATTACH DATABASE '/tmp/tradeclaims-evil.db' AS evil",
    "VACUUM INTO '/tmp/tradeclaims-evil.db'",
    "SELECT load_extension('/tmp/evil.so')",
    "REPLACE INTO articles (id) VALUES (1)",
]


@view
@pytest.mark.parametrize("sql", WRITES)
def test_no_sql_write_goes_through_the_view(served: tuple[str, Path, int], sql: str) -> None:
    base, db, _ = served
    before = digest(db)
    with httpx.Client(timeout=10, verify=False) as client:  # loopback: no TLS context to load
        answers = [
            client.get(f"{base}/claims.json", params={"sql": sql}),
            client.post(f"{base}/claims", data={"sql": sql}),
            client.post(f"{base}/claims/claims/-/insert", json={"row": {"doc_id": "x"}}),
        ]
    assert all(a.status_code >= 400 for a in answers), [a.status_code for a in answers]
    assert digest(db) == before
    assert not Path("/tmp/tradeclaims-evil.db").exists()


@view
def test_even_the_views_own_write_path_is_closed(tmp_path: Path, nlp: Any) -> None:
    """What a plugin would call (Datasette's execute_write) fails too: mode=ro, query_only."""
    db = build_store(tmp_path / "claims.db", nlp)
    before = digest(db)
    database = build(db).get_database("claims")
    with pytest.raises(sqlite3.OperationalError, match="read-only"):
        asyncio.run(database.execute_write("DELETE FROM claims"))
    read = database.connect()
    with pytest.raises(sqlite3.OperationalError):
        read.execute("DELETE FROM claims")
    read.close()
    assert digest(db) == before


# -- the crawler's guard against names that resolve to loopback -----------------------------

guard = pytest.mark.fault("security: private-address guard")


@pytest.fixture
def evil_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A resolver stub: ``*.evil.test`` resolves to 127.0.0.1, other names as the system
    resolves them (the guard's own resolver is replaced, not the crawler's checks)."""
    real = safety.system_resolver

    async def resolve(name: str, port: int) -> list[Any]:
        if name == "evil.test" or name.endswith(".evil.test"):
            return [ipaddress.ip_address("127.0.0.1")]
        return await real(name, port)

    monkeypatch.setattr(safety, "system_resolver", resolve)


@guard
def test_a_discovered_name_resolving_to_loopback_is_refused(host, tmp_path, nlp, evil_dns) -> None:  # noqa: F811
    inside = host("127.0.0.1", articles_site(1))
    port = inside.base.rsplit(":", 1)[1]
    links = [f"http://evil.test:{port}/articles/0.html", f"http://www.evil.test:{port}/"]
    site = host("127.0.0.2", {"/feed.xml": rss(links)})
    db = tmp_path / "crawl.db"
    summary = run(db, nlp, Seeds(feeds=[site.url("/feed.xml")]))
    records = fetches(db)
    for link in links:
        assert records[link]["status"] == "refused"
        assert "127.0.0.1 is not a public address" in records[link]["error"]
    assert summary.pages["refused"] == 2 and inside.requests == [] and stored(db) == []


@guard
@pytest.mark.parametrize("target", ["http://evil.test:{port}/articles/0.html",
                                    "http://localhost:{port}/articles/0.html",
                                    "http://127.0.0.1:{port}/articles/0.html",
                                    "http://[::ffff:127.0.0.1]:{port}/articles/0.html",
                                    "http://2130706433:{port}/articles/0.html"])  # fmt: skip
def test_a_redirect_from_a_seed_to_loopback_is_refused(
    host,  # noqa: F811
    tmp_path,
    nlp,
    evil_dns,
    target: str,
) -> None:
    inside = host("127.0.0.1", articles_site(1))
    port = inside.base.rsplit(":", 1)[1]
    site = host("127.0.0.2", {"/go": redirect(target.format(port=port))})
    db = tmp_path / "crawl.db"
    run(db, nlp, Seeds(pages=[site.url("/go")]))
    record = fetches(db)[site.url("/go")]
    assert record["status"] == "refused", record
    assert inside.requests == [] and stored(db) == []


@guard
def test_a_seed_named_to_loopback_is_crawled_as_the_user_asked(
    host,  # noqa: F811
    tmp_path,
    nlp,
    evil_dns,
) -> None:
    inside = host("127.0.0.1", articles_site(1))
    port = inside.base.rsplit(":", 1)[1]
    seed = f"http://evil.test:{port}/articles/0.html"
    db = tmp_path / "crawl.db"
    run(db, nlp, Seeds(pages=[seed]))
    assert fetches(db)[seed]["status"] == "fetched"
    assert inside.requests[-1].headers["Host"] == f"evil.test:{port}"


# -- input is data -----------------------------------------------------------------------

RUNS_CODE = {"eval", "exec", "compile", "__import__"}  # builtins that run text as code
OS_RUNS = ("system", "popen", "exec", "spawn")
UNSAFE_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "subprocess", "yaml"}


def unsafe_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            found += [f"import {n}" for n in names if n.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in RUNS_CODE:
                found.append(f"{func.id}() at line {node.lineno}")
            on_os = isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os"
            if on_os and func.attr.startswith(OS_RUNS):  # type: ignore[union-attr]
                found.append(f"os.{func.attr}() at line {node.lineno}")  # type: ignore[union-attr]
            for keyword in node.keywords:
                is_true = isinstance(keyword.value, ast.Constant) and keyword.value.value is True
                if keyword.arg == "shell" and is_true:
                    found.append(f"shell=True at line {node.lineno}")
    return found


@pytest.mark.fault("security: input is data")
@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "extractor").rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_shell_eval_or_pickle_in_the_code(path: Path) -> None:
    assert unsafe_uses(path) == []


@pytest.mark.fault("security: input is data")
def test_lexicons_are_json_and_tsv_read_as_data() -> None:
    # spark-log4j2.properties is the JVM's logging set-up, read by Spark, never by us
    files = sorted(p for p in (ROOT / "extractor" / "data").iterdir() if p.suffix != ".properties")
    assert files and {f.suffix for f in files} <= {".json", ".tsv"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            json.loads(text)
        else:
            assert all("\t" in line for line in text.splitlines() if line and line[0] != "#")


@pytest.mark.fault("security: input is data")
def test_the_checker_finds_what_it_looks_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle\nimport os\nos.system('x')\neval('1')\nf(shell=True)\n")
    assert len(unsafe_uses(bad)) == 4
