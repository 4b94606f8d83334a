"""The SQLite store, on real files: writes, dedup, atomicity, queries, FTS, stats, migrations."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractor.errors import StoreError
from extractor.models import Article, Claim
from extractor.store import SCHEMA_VERSION, Store

# Invented sentences: (sentence, quantity_text, claim fields).
Sentence = tuple[str, str, dict[str, Any]]

ARTICLE_A: list[Sentence] = [
    (
        "Chinese exports of phones to the U.S. reached $10 billion in 2025.",
        "$10 billion",
        dict(value=1e10, reporter="CN", partner="US", metric="exports", sector="electronics",
             period="2025", evidence={"reporter": "Chinese"}),
    ),
    (
        "China's imports from the world rose about 3% in March 2025.",
        "about 3%",
        dict(kind="change", value=3.0, unit="percent", approximate=True, direction="up",
             reporter="CN", partner="WLD", metric="imports", period="2025-03"),
    ),
]  # fmt: skip
ARTICLE_B: list[Sentence] = [
    (
        "Washington set a 25% tariff on Chinese steel in the first quarter of 2025.",
        "25%",
        dict(kind="rate", value=25.0, unit="percent", reporter="US", partner="CN",
             metric="tariff", sector="metals", period="2025-Q1"),
    ),
    (
        "Japan shipped 40,000 vehicles abroad in the second half of 2024.",
        "40,000 vehicles",
        dict(value=40000.0, unit="vehicles", reporter="JP", metric="exports",
             sector="automotive", period="2024-H2"),
    ),
]  # fmt: skip
ARTICLE_C: list[Sentence] = [
    (
        "British output grew 1.2% between January and November 2025.",
        "1.2%",
        dict(kind="change", value=1.2, unit="percent", direction="up", reporter="GB",
             metric="gdp", period="2025-01/2025-11"),
    ),
    (
        "The U.S. trade deficit with China was $30 billion in 2025.",
        "$30 billion",
        dict(value=3e10, reporter="US", partner="CN", metric="balance", balance_sign="deficit",
             period="2025"),
    ),
]  # fmt: skip

EMPTY_STATS = {"documents": 0, "claims": 0, "failures": 0,
               "by_metric": [], "by_reporter": [], "by_sector": []}  # fmt: skip


def build(
    doc_id: str, sentences: list[Sentence], url: str | None = None, **article: Any
) -> tuple[Article, list[Claim]]:
    """An article made of ``sentences`` and one claim per sentence, at its true offsets."""
    text = " ".join(sentence for sentence, _, _ in sentences)
    claims = []
    for sentence, quantity, fields in sentences:
        start = text.index(quantity)
        defaults: dict[str, Any] = {"kind": "amount", "unit": "USD"}
        end = start + len(quantity)
        claims.append(Claim(doc_id, quantity, start, end, sentence, **(defaults | fields)))
    return Article(id=doc_id, text=text, url=url, **article), claims


def quantities(rows: list[dict[str, Any]]) -> list[str]:
    return [row["quantity_text"] for row in rows]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    """A store holding articles A (with a URL and date), B and C."""
    published = date(2026, 1, 15)
    a_url = "https://example.com/a"
    store.save(*build("bbc/1", ARTICLE_A, a_url, title="Phones", published=published, source="bbc"))
    store.save(*build("reuters/2", ARTICLE_B))
    store.save(*build("x/3", ARTICLE_C))
    return store


# ---------------------------------------------------------------- opening


def test_new_file_is_created_in_wal_mode_at_the_current_version(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db_path.is_file()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles", "claims", "claims_fts", "failures"} <= tables
    finally:
        conn.close()


def test_a_commit_survives_the_writer_being_killed(db_path: Path) -> None:
    """synchronous = NORMAL (no fsync per commit, WAL): a commit is still durable when the
    writing process dies without closing the file, as a kill -9 leaves it."""
    script = (
        "import os, sys\n"
        "from extractor.store import Store\n"
        "store = Store(sys.argv[1]).__enter__()\n"
        "assert store._db.execute('PRAGMA synchronous').fetchone()[0] == 1\n"
        "store.record_fetch('http://example.org/a', status='fetched', http_status=200)\n"
        "os._exit(9)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db_path)], check=False)
    assert done.returncode == 9
    with Store(db_path) as store:
        assert [row["status"] for row in store.fetches()] == ["fetched"]


def test_every_query_filter_has_an_index(store: Store) -> None:
    indexed = {
        row[2]
        for index in store._db.execute("PRAGMA index_list(claims)").fetchall()
        for row in store._db.execute(f"PRAGMA index_info({index[1]})").fetchall()
    }
    wanted = {"article_id", "doc_id", "reporter", "partner", "metric", "sector", "period", "kind"}
    assert wanted <= indexed


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save(*build("x/3", ARTICLE_C))
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert quantities(store.query()) == ["1.2%", "$30 billion"]


def test_closed_store_raises_store_error(db_path: Path) -> None:
    store = Store(db_path)
    store.close()
    with pytest.raises(StoreError, match="claims.db"):
        store.query()


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError) as info:
        Store(db_path)
    message = str(info.value)
    assert str(db_path) in message and "99" in message and "newer" in message
    assert "\n" not in message
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize(
    "content",
    [b"this is plain text, not a database\n" * 10, b"SQLite format 2\x00" + b"\x00" * 200],
    ids=["text", "bad-header"],
)
def test_file_that_is_not_sqlite_is_refused(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Store(db_path)
    message = str(info.value)
    assert message.startswith(f"{db_path}: ") and "not a database" in message
    assert "\n" not in message
    assert db_path.read_bytes() == content


def test_missing_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="nowhere"):
        Store(tmp_path / "nowhere" / "claims.db")


# ---------------------------------------------------------------- migrations

# Version 1 as a user's old file holds it, written by hand, not by the code under test.
V1_SCHEMA = """
CREATE TABLE articles (id INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL, url TEXT, title TEXT, published TEXT, source TEXT,
  text_hash TEXT NOT NULL, text TEXT NOT NULL, n_claims INTEGER NOT NULL,
  ingested_at TEXT NOT NULL);
CREATE TABLE claims (id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL, quantity_text TEXT NOT NULL, start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL, sentence TEXT NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL,
  unit TEXT NOT NULL, approximate INTEGER NOT NULL, direction TEXT, metric TEXT NOT NULL,
  balance_sign TEXT, reporter TEXT, partner TEXT, sector TEXT, period TEXT,
  extractor_version TEXT NOT NULL);
CREATE TABLE failures (id INTEGER PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL,
  recorded_at TEXT NOT NULL);
INSERT INTO articles VALUES (1, 'https://example.com/old', 'old/1', 'https://example.com/old',
  NULL, '2024-05-01', NULL, 'abc', 'Steel exports from Japan rose 4% in 2023.', 1,
  '2024-05-02T00:00:00+00:00');
INSERT INTO claims VALUES (1, 1, 'old/1', '4%', 30, 32,
  'Steel exports from Japan rose 4% in 2023.', 'change', 4.0, 'percent', 0, 'up', 'exports',
  NULL, 'JP', NULL, 'metals', '2023', '0.0.1');
PRAGMA user_version = 1;
"""


@pytest.fixture
def v1_path(db_path: Path) -> Path:
    conn = sqlite3.connect(db_path)
    conn.executescript(V1_SCHEMA)
    conn.close()
    return db_path


def test_v1_file_migrates_to_current_version(v1_path: Path) -> None:
    with Store(v1_path) as store:
        assert store.schema_version == SCHEMA_VERSION == 6
        [old] = store.query(search="steel")
        assert old["evidence"] == {} and old["reporter"] == "JP" and old["approximate"] is False
        assert old["published"] == "2024-05-01"
        assert store.save(*build("x/3", ARTICLE_C)) == "inserted"
        assert quantities(store.query(search="deficit")) == ["$30 billion"]
    conn = sqlite3.connect(v1_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [row[1] for row in conn.execute("PRAGMA table_info(claims)")]
    assert "evidence" in columns
    assert conn.execute("SELECT COUNT(*) FROM fetches").fetchone()[0] == 0  # added by v3
    assert conn.execute("SELECT COUNT(*) FROM ingests").fetchone()[0] == 0  # added by v4
    assert conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == 0  # added by v5
    articles = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    assert {"author", "site_name", "language"} <= set(articles)  # added by v6
    conn.close()


def test_page_metadata_is_stored_with_the_article(store: Store, db_path: Path) -> None:
    meta = {"author": "Ada Writer", "site_name": "Graph Gazette", "language": "en-GB"}
    store.save(*build("x/3", ARTICLE_C, "https://news.example/c", **meta))
    row = store._db.execute("SELECT author, site_name, language FROM articles").fetchone()
    assert row == ("Ada Writer", "Graph Gazette", "en-GB")


def test_migrated_file_keeps_fts_in_sync_on_replace(v1_path: Path) -> None:
    with Store(v1_path) as store:
        article = Article(id="old/1", text="Nothing numeric.", url="https://example.com/old")
        assert store.save(article, []) == "replaced"
        assert store.query(search="steel") == []
        assert store.stats()["claims"] == 0


# ---------------------------------------------------------------- save


def test_save_inserts_then_leaves_unchanged_then_replaces(store: Store) -> None:
    article, claims = build("bbc/1", ARTICLE_A, url="https://example.com/a")
    assert store.save(article, claims) == "inserted"
    assert store.save(article, claims) == "unchanged"
    edited, new_claims = build("bbc/1", ARTICLE_B, url="https://example.com/a")
    assert store.save(edited, new_claims) == "replaced"
    assert quantities(store.query()) == ["25%", "40,000 vehicles"]
    assert store.stats()["documents"] == 1
    assert store.query(search="phones") == []


def test_unchanged_writes_nothing(store: Store) -> None:
    article, claims = build("bbc/1", ARTICLE_A, url="https://example.com/a")
    store.save(article, claims)
    before = store._db.execute("SELECT * FROM articles").fetchall()
    assert store.save(article, claims[:1]) == "unchanged"
    assert store._db.execute("SELECT * FROM articles").fetchall() == before
    assert store.stats()["claims"] == 2


def test_replace_updates_article_metadata(store: Store) -> None:
    store.save(*build("bbc/1", ARTICLE_A, url="https://example.com/a", title="Old"))
    store.save(*build("bbc/1b", ARTICLE_C[:1], url="https://example.com/a", title="New"))
    [row] = store.query()
    assert row["title"] == "New" and row["doc_id"] == "bbc/1b"
    n_claims = store._db.execute("SELECT n_claims FROM articles").fetchone()[0]
    assert n_claims == 1


@pytest.mark.parametrize(
    ("first", "second", "outcome", "documents"),
    [
        # same URL, same text, different archive id: one document
        (("a", "https://e.com/1", "Text one."), ("b", "https://e.com/1", "Text one."),
         "unchanged", 1),
        # same URL, new text: the page was edited
        (("a", "https://e.com/1", "Text one."), ("a", "https://e.com/1", "Text two."),
         "replaced", 1),
        # no URL: the text hash is the identity
        (("a", None, "Text one."), ("b", None, "Text one."), "unchanged", 1),
        (("a", None, "Text one."), ("a", None, "Text two."), "inserted", 2),
        # the same text at two URLs is two documents
        (("a", "https://e.com/1", "Text one."), ("b", "https://e.com/2", "Text one."),
         "inserted", 2),
    ],
    ids=["url-same-text", "url-new-text", "hash-same", "hash-different", "two-urls"],
)  # fmt: skip
def test_dedup_by_identity(
    store: Store,
    first: tuple[str, str | None, str],
    second: tuple[str, str | None, str],
    outcome: str,
    documents: int,
) -> None:
    for doc_id, url, text in (first, second):
        last = store.save(Article(id=doc_id, text=text, url=url), [])
    assert last == outcome
    assert store.stats()["documents"] == documents


def bad_claims(doc_id: str) -> list[Claim]:
    """Two claims, the second with a value SQLite cannot bind: the insert fails halfway."""
    _, claims = build(doc_id, ARTICLE_C)
    claims[1].value = object()  # type: ignore[assignment]
    return claims


def test_failed_insert_leaves_nothing(store: Store) -> None:
    article, _ = build("x/3", ARTICLE_C)
    with pytest.raises(StoreError, match=r"claims\.db: cannot save x/3"):
        store.save(article, bad_claims("x/3"))
    assert store.stats() == EMPTY_STATS
    assert store.save(*build("x/3", ARTICLE_C)) == "inserted"


def test_failed_replace_keeps_old_version(store: Store) -> None:
    store.save(*build("bbc/1", ARTICLE_A, url="https://example.com/a", title="Old"))
    edited, _ = build("x/3", ARTICLE_C, url="https://example.com/a", title="New")
    with pytest.raises(StoreError):
        store.save(edited, bad_claims("x/3"))
    rows = store.query()
    assert quantities(rows) == ["$10 billion", "about 3%"]
    assert {row["title"] for row in rows} == {"Old"}
    assert quantities(store.query(search="phones")) == ["$10 billion"]
    assert store.query(search="British") == []


def test_record_failure_is_counted(db_path: Path) -> None:
    with Store(db_path) as store:
        store.record_failure("archive.jsonl:12", "not valid JSON")
        store.record_failure("https://example.com/x", "HTTP 404")
        assert store.stats()["failures"] == 2
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT source, reason FROM failures ORDER BY id").fetchall()
    conn.close()
    assert rows == [("archive.jsonl:12", "not valid JSON"), ("https://example.com/x", "HTTP 404")]


# ---------------------------------------------------------------- query


def test_query_returns_claims_as_saved(store: Store) -> None:
    article, claims = build("bbc/1", ARTICLE_A, url="https://example.com/a", title="Phones",
                            published=date(2026, 1, 15))  # fmt: skip
    store.save(article, claims)
    rows = store.query()
    assert [Claim.from_dict(row) for row in rows] == claims
    assert rows[0]["evidence"] == {"reporter": "Chinese"}
    assert rows[1]["approximate"] is True and rows[0]["approximate"] is False
    assert {row["url"] for row in rows} == {"https://example.com/a"}
    assert {row["title"] for row in rows} == {"Phones"}
    assert {row["published"] for row in rows} == {"2026-01-15"}


def test_query_orders_by_article_then_position(store: Store) -> None:
    article, claims = build("x/3", ARTICLE_C)
    store.save(article, list(reversed(claims)))
    store.save(*build("reuters/2", ARTICLE_B))
    assert quantities(store.query()) == ["1.2%", "$30 billion", "25%", "40,000 vehicles"]
    assert quantities(store.query(limit=3)) == ["1.2%", "$30 billion", "25%"]
    assert store.query(limit=0) == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["$10 billion", "about 3%", "25%", "40,000 vehicles", "1.2%", "$30 billion"]),
        ({"reporter": "CN"}, ["$10 billion", "about 3%"]),
        ({"partner": "CN"}, ["25%", "$30 billion"]),
        ({"metric": "exports"}, ["$10 billion", "40,000 vehicles"]),
        ({"sector": "metals"}, ["25%"]),
        ({"kind": "change"}, ["about 3%", "1.2%"]),
        ({"doc_id": "reuters/2"}, ["25%", "40,000 vehicles"]),
        ({"period": "2025-Q1"}, ["25%"]),
        ({"reporter": "US", "partner": "CN"}, ["25%", "$30 billion"]),
        ({"reporter": "US", "partner": "CN", "metric": "balance"}, ["$30 billion"]),
        ({"reporter": "CN", "period": "2025-03"}, ["about 3%"]),
        ({"metric": "exports", "period": "2025"}, ["$10 billion"]),
        ({"kind": "change", "search": "British"}, ["1.2%"]),
        ({"reporter": "CN", "sector": "metals"}, []),
        ({"reporter": "FR"}, []),
    ],
)
def test_filters_combine_with_and(
    filled: Store, filters: dict[str, Any], expected: list[str]
) -> None:
    assert quantities(filled.query(**filters)) == expected


PERIODS = ["2025", "2025-03", "2025-Q1", "2025-H2", "2025-01/2025-11", "2025-03/2025-05",
           "2024", "2024-12", "20250", "20251", "2025.5", None]  # fmt: skip


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2025", ["2025", "2025-03", "2025-Q1", "2025-H2", "2025-01/2025-11", "2025-03/2025-05"]),
        ("2025-03", ["2025-03", "2025-03/2025-05"]),
        ("2025-Q1", ["2025-Q1"]),
        ("2025-01", ["2025-01/2025-11"]),
        ("2024", ["2024", "2024-12"]),
        ("2025-01/2025-11", ["2025-01/2025-11"]),
        ("202", []),
        ("2026", []),
    ],
)
def test_period_matches_itself_and_finer_periods(
    store: Store, period: str, expected: list[str]
) -> None:
    sentences = [(f"Claim number {i}.", f"{i}", {"value": float(i), "period": p})
                 for i, p in enumerate(PERIODS)]  # fmt: skip
    store.save(*build("periods", sentences))
    assert [row["period"] for row in store.query(period=period)] == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("phones", ["$10 billion"]),
        ("PHONES", ["$10 billion"]),
        ("tariffs", ["25%"]),  # stemmed: "tariff" in the text
        ("chinese steel", ["25%"]),
        ('"steel chinese"', []),  # a quoted phrase keeps its word order
        ('"chinese steel"', ["25%"]),
        ("U.S.", ["$10 billion", "$30 billion"]),
        ("U.S. deficit", ["$30 billion"]),
        ("China's", ["about 3%"]),
        ("deficit OR phones", []),  # OR is a word here, not an operator
        ("elephants", []),
    ],
)
def test_search_is_full_text_over_sentences(
    filled: Store, search: str, expected: list[str]
) -> None:
    assert quantities(filled.query(search=search)) == expected


@pytest.mark.parametrize(
    "search",
    ['"', "'", '"U.S', 'he said "', "AND", "OR NOT", "NOT", "*", "steel*", "(", ")", "NEAR(",
     "-", "-steel", ":", "sentence:steel", "^", "+", "{a b}", "a\"b'c", '""', "", "   ",
     "\\", "%", "_", "\x00"],
)  # fmt: skip
def test_tricky_search_text_never_raises(filled: Store, search: str) -> None:
    assert isinstance(filled.query(search=search), list)


def test_search_with_no_words_matches_nothing(filled: Store) -> None:
    assert filled.query(search='"') == []
    assert filled.query(search="   ") == []


# ---------------------------------------------------------------- stats


def test_stats_counts_documents_claims_and_groups(filled: Store) -> None:
    filled.record_failure("bad.html", "empty text")
    assert filled.stats() == {
        "documents": 3,
        "claims": 6,
        "failures": 1,
        "by_metric": [("exports", 2), ("balance", 1), ("gdp", 1), ("imports", 1), ("tariff", 1)],
        "by_reporter": [("CN", 2), ("US", 2), ("GB", 1), ("JP", 1)],
        "by_sector": [(None, 3), ("automotive", 1), ("electronics", 1), ("metals", 1)],
    }


def test_stats_of_empty_store(store: Store) -> None:
    assert store.stats() == EMPTY_STATS
