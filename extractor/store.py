"""The SQLite store: schema, migrations, writes and queries of articles and their claims.

One file holds ``articles`` (one row per document, keyed by :attr:`Article.identity`),
``claims`` (one row per :class:`Claim`, deleted with their article), ``claims_fts`` (full-text
index over claim sentences), ``failures`` (documents a batch could not process) and
``fetches`` (every URL a crawl has queued or fetched, with its outcome)::

    with Store("claims.db") as store:
        store.save(article, claims)          # "inserted", "unchanged" or "replaced"
        store.query(reporter="CN", metric="exports", period="2025")

``PRAGMA user_version`` holds the schema version; opening an older file migrates it one step
at a time, each step in its own transaction. Every SQLite error leaves as :class:`StoreError`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast

from sqlite_utils import Database

from extractor.errors import StoreError
from extractor.models import Article, Claim

__all__ = ["SCHEMA_VERSION", "SaveOutcome", "Store"]

SCHEMA_VERSION = 4

SaveOutcome = Literal["inserted", "unchanged", "replaced"]

# Version 1 as it shipped: frozen here so that migrating an old file always starts from
# exactly what that file holds, whatever later versions add.
_SCHEMA_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    source TEXT,
    text_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    n_claims INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    quantity_text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    approximate INTEGER NOT NULL,
    direction TEXT,
    metric TEXT NOT NULL,
    balance_sign TEXT,
    reporter TEXT,
    partner TEXT,
    sector TEXT,
    period TEXT,
    extractor_version TEXT NOT NULL
);
CREATE INDEX idx_claims_article_id ON claims(article_id);
CREATE INDEX idx_claims_doc_id ON claims(doc_id);
CREATE INDEX idx_claims_reporter ON claims(reporter);
CREATE INDEX idx_claims_partner ON claims(partner);
CREATE INDEX idx_claims_metric ON claims(metric);
CREATE INDEX idx_claims_sector ON claims(sector);
CREATE INDEX idx_claims_period ON claims(period);
CREATE INDEX idx_claims_kind ON claims(kind);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
"""


def _migrate_to_v1(db: Database) -> None:
    db.executescript(_SCHEMA_V1)


def _migrate_to_v2(db: Database) -> None:
    """Add ``claims.evidence`` and the full-text index over claim sentences."""
    claims = db.table("claims")
    claims.add_column("evidence", str, not_null_default="{}")
    # Porter stemming, so that a search for "tariff" also finds "tariffs".
    claims.enable_fts(["sentence"], create_triggers=True, tokenize="porter")


_FETCHES_V3 = """
CREATE TABLE fetches (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    depth INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    final_url TEXT,
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    published TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    article_identity TEXT,
    discovered_at TEXT NOT NULL,
    fetched_at TEXT
);
CREATE INDEX idx_fetches_status ON fetches(status);
CREATE INDEX idx_articles_text_hash ON articles(text_hash);
"""


def _migrate_to_v3(db: Database) -> None:
    """Add ``fetches``, the crawl's state, and an index to find an article by its text."""
    db.executescript(_FETCHES_V3)


def _migrate_to_v4(db: Database) -> None:
    """Add the page metadata of ``articles``: ``author``, ``site_name``, ``language``."""
    articles = db.table("articles")
    for column in ("author", "site_name", "language"):
        articles.add_column(column, str)


_MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _migrate_to_v1,
    2: _migrate_to_v2,
    3: _migrate_to_v3,
    4: _migrate_to_v4,
}
_FETCH_COLUMNS = (
    "kind", "depth", "status", "final_url", "http_status", "etag", "last_modified",
    "published", "attempts", "error", "article_identity", "fetched_at",
)  # fmt: skip

_CLAIM_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(Claim))
_ARTICLE_FIELDS = ("url", "title", "published")
_COUNTED_COLUMNS = ("metric", "reporter", "sector")

# A finer period starts with the coarser one followed by "-" (2025-03, 2025-Q1) or "/"
# (2025-01/2025-11). Range comparisons rather than LIKE, so the period index serves them:
# the strings starting with P + "-" are exactly those in [P + "-", P + ".").
_PERIOD_SQL = (
    "(c.period = ? OR (c.period >= ? AND c.period < ?) OR (c.period >= ? AND c.period < ?))"
)
_SEARCH_SQL = "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _equality_filters(equals: dict[str, str | None]) -> tuple[list[str], list[Any]]:
    given = {name: value for name, value in equals.items() if value is not None}
    return [f"c.{name} = ?" for name in given], list(given.values())


def _period_params(period: str) -> list[str]:
    return [period, period + "-", period + ".", period + "/", period + "0"]


def _article_row(article: Article, n_claims: int) -> dict[str, Any]:
    return {
        "identity": article.identity,
        "doc_id": article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "author": article.author,
        "site_name": article.site_name,
        "language": article.language,
        "text_hash": article.text_hash,
        "text": article.text,
        "n_claims": n_claims,
        "ingested_at": _now(),
    }


def _claim_row(article_id: int, claim: Claim) -> dict[str, Any]:
    row = claim.to_dict()
    row["approximate"] = int(claim.approximate)
    row["evidence"] = json.dumps(claim.evidence, ensure_ascii=False, sort_keys=True)
    return {"article_id": article_id, **row}


def _claim_result(row: dict[str, Any]) -> dict[str, Any]:
    """A stored claim row as the caller wants it: real bool and dict, not 0/1 and JSON."""
    row["approximate"] = bool(row["approximate"])
    row["evidence"] = json.loads(row["evidence"])
    return row


def _select_claims_sql(clauses: Sequence[str], limited: bool) -> str:
    columns = [f"c.{name}" for name in _CLAIM_FIELDS] + [f"a.{name}" for name in _ARTICLE_FIELDS]
    where = " AND ".join(clauses) or "1"
    return (
        f"SELECT {', '.join(columns)} FROM claims AS c JOIN articles AS a ON a.id = c.article_id"
        f" WHERE {where} ORDER BY c.article_id, c.start_char, c.id"
        + (" LIMIT ?" if limited else "")
    )


class Store:
    """A claims database in one SQLite file, created when missing, migrated when old."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with self._errors("cannot open"):
            self._db = Database(self.path)
        try:
            self._prepare()
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Re-raise any SQLite error as a one-line StoreError naming the file."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {action}: {exc}") from exc

    @property
    def schema_version(self) -> int:
        with self._errors("cannot read the schema version"):
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _prepare(self) -> None:
        # Reading the version first is what detects a file that is not SQLite, and refuses
        # a newer schema before anything (even the journal mode) is changed.
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this tradeclaims "
                f"supports ({SCHEMA_VERSION}); upgrade tradeclaims"
            )
        with self._errors("cannot configure"):
            self._db.enable_wal()
            self._db.execute("PRAGMA foreign_keys = ON")
        self._migrate(version)

    def _migrate(self, version: int) -> None:
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._errors(f"cannot migrate to schema version {target}"), self._db.atomic():
                _MIGRATIONS[target](self._db)
                self._db.execute(f"PRAGMA user_version = {target}")

    def save(self, article: Article, claims: Sequence[Claim]) -> SaveOutcome:
        """Store one document and its claims in one transaction; say what happened.

        The same identity with the same text is left alone ("unchanged"); with a new text
        its claims are replaced ("replaced"). On any error nothing of the document is written.
        """
        with self._errors(f"cannot save {article.id}"), self._db.atomic():
            found = self._db.execute(
                "SELECT id, text_hash FROM articles WHERE identity = ?", [article.identity]
            ).fetchone()
            if found is not None and found[1] == article.text_hash:
                return "unchanged"
            old_id = None if found is None else found[0]
            article_id = self._write_article(article, len(claims), old_id)
            self._db.table("claims").insert_all(_claim_row(article_id, c) for c in claims)
        return "inserted" if found is None else "replaced"

    def _write_article(self, article: Article, n_claims: int, article_id: int | None) -> int:
        """Insert the article row, or overwrite it (dropping its old claims); return its id."""
        articles = self._db.table("articles")
        row = _article_row(article, n_claims)
        if article_id is None:
            return cast(int, articles.insert(row).last_pk)
        self._db.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
        articles.update(article_id, row)
        return article_id

    def record_failure(self, source: str, reason: str) -> None:
        """Note a document a batch could not process (its path, URL or archive line)."""
        with self._errors(f"cannot record the failure of {source}"):
            row = {"source": source, "reason": reason, "recorded_at": _now()}
            self._db.table("failures").insert(row)

    def identity_of_text(self, text_hash: str) -> str | None:
        """The identity of a stored article with this text, if any."""
        with self._errors("cannot read articles"):
            found = self._db.execute(
                "SELECT identity FROM articles WHERE text_hash = ? LIMIT 1", [text_hash]
            ).fetchone()
        return None if found is None else str(found[0])

    def fetch_record(self, url: str) -> dict[str, Any] | None:
        """The ``fetches`` row of a URL, or None when no crawl has met it."""
        with self._errors("cannot read fetches"):
            rows = list(self._db.query("SELECT * FROM fetches WHERE url = ?", [url]))
        return rows[0] if rows else None

    def queue_fetches(self, rows: Sequence[dict[str, Any]]) -> None:
        """Note URLs to fetch (``url``, ``kind``, ``depth``, ``published``), unless already met."""
        with self._errors("cannot queue fetches"), self._db.atomic():
            for row in rows:
                self._db.execute(
                    "INSERT OR IGNORE INTO fetches (url, kind, depth, status, published,"
                    " discovered_at) VALUES (?, ?, ?, 'queued', ?, ?)",
                    [row["url"], row["kind"], row.get("depth", 0), row.get("published"), _now()],
                )

    def record_fetch(self, url: str, **values: Any) -> None:
        """Write a URL's fetch outcome (``status``, ``http_status``, ``error``, ...)."""
        unknown = set(values) - set(_FETCH_COLUMNS)
        if unknown:
            raise StoreError(f"fetches has no column {', '.join(sorted(unknown))}")
        row = {"kind": "page", "depth": 0, "fetched_at": _now(), **values}
        names = list(row)
        updates = ", ".join(f"{name} = excluded.{name}" for name in names)
        sql = (
            f"INSERT INTO fetches (url, discovered_at, {', '.join(names)})"
            f" VALUES (?, ?, {', '.join('?' for _ in names)})"
            f" ON CONFLICT(url) DO UPDATE SET {updates}"
        )
        with self._errors(f"cannot record the fetch of {url}"), self._db.atomic():
            self._db.execute(sql, [url, _now(), *row.values()])

    def fetches(self, statuses: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The ``fetches`` rows, all or those with one of ``statuses``, oldest first."""
        where = f"WHERE status IN ({', '.join('?' for _ in statuses)})" if statuses else ""
        sql = f"SELECT * FROM fetches {where} ORDER BY discovered_at, rowid"
        with self._errors("cannot read fetches"):
            return list(self._db.query(sql, list(statuses or [])))

    def query(
        self,
        *,
        reporter: str | None = None,
        partner: str | None = None,
        metric: str | None = None,
        sector: str | None = None,
        period: str | None = None,
        kind: str | None = None,
        search: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claims matching every given filter, by article then position in its text.

        ``period`` also matches finer periods inside it ("2025" finds "2025-03", "2025-Q1",
        "2025-01/2025-11"). ``search`` is full text over sentences; its words are quoted,
        so "U.S." or a stray quote is searched for, not parsed; a "quoted phrase" stays one.
        Each row holds the :class:`Claim` fields plus the article's url, title, published.
        """
        equals = {"reporter": reporter, "partner": partner, "metric": metric, "sector": sector}
        clauses, params = _equality_filters(equals | {"kind": kind, "doc_id": doc_id})
        if period is not None:
            clauses.append(_PERIOD_SQL)
            params += _period_params(period)
        if search is not None:
            # FTS5 reads its query as a C string: a NUL would cut it inside a quoted word.
            match = self._db.quote_fts(search.replace("\x00", " "))
            if not match:  # nothing searchable in it, e.g. only a quote mark
                return []
            clauses.append(_SEARCH_SQL)
            params.append(match)
        if limit is not None:
            params.append(limit)
        with self._errors("cannot query claims"):
            rows = self._db.query(_select_claims_sql(clauses, limit is not None), params)
            return [_claim_result(row) for row in rows]

    def stats(self) -> dict[str, Any]:
        """Counts of documents, claims and failures, and claims by metric, reporter, sector.

        ``by_metric`` and the like are ``[(value, count), ...]``, most frequent first;
        a value of None counts the claims without one.
        """
        with self._errors("cannot read statistics"):
            totals = {
                "documents": self._db.table("articles").count,
                "claims": self._db.table("claims").count,
                "failures": self._db.table("failures").count,
            }
            return totals | {f"by_{name}": self._counts_by(name) for name in _COUNTED_COLUMNS}

    def _counts_by(self, column: str) -> list[tuple[str | None, int]]:
        sql = (
            f"SELECT {column}, COUNT(*) FROM claims GROUP BY {column}"
            f" ORDER BY COUNT(*) DESC, {column}"
        )
        return [(value, count) for value, count in self._db.execute(sql).fetchall()]
