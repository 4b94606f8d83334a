"""The SQLite store: schema, migrations, writes and queries of articles and their claims.

One file holds ``articles`` (one row per document, keyed by :attr:`Article.identity`),
``claims`` (one row per :class:`Claim`, deleted with their article), ``claims_fts`` (full-text
index over claim sentences), ``failures`` (documents and archive records a batch could not
process: input, line or offset, reason), ``fetches`` (every URL a crawl has queued or
fetched, with its outcome) and ``ingests`` (the history of batch runs)::

    with Store("claims.db") as store:
        store.save(article, claims)          # "inserted", "unchanged" or "replaced"
        store.query(reporter="CN", metric="exports", period="2025")

A batch writer wraps many ``save`` calls in one :meth:`Store.transaction` (each document
still all or nothing, in its own savepoint) and asks :meth:`Store.stored_hash` before
spending any work on a document.

``PRAGMA user_version`` holds the schema version; opening an older file migrates it one step
at a time, each step in its own transaction. Every SQLite error leaves as :class:`StoreError`.
"""

from __future__ import annotations

import json
import os
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

SCHEMA_VERSION = 6
# How long a connection waits for another's write lock before "database is locked": bounded,
# and longer than any one commit of a batch ingest holds it.
BUSY_TIMEOUT_MS = 15_000

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
    """Say where a failure is (input, line or offset) and keep a history of batch ingests."""
    db.executescript(
        """
        ALTER TABLE failures ADD COLUMN input TEXT;
        ALTER TABLE failures ADD COLUMN line INTEGER;
        ALTER TABLE failures ADD COLUMN offset INTEGER;
        ALTER TABLE failures ADD COLUMN ingest_id INTEGER REFERENCES ingests(id);
        CREATE INDEX idx_failures_source ON failures(source);
        CREATE TABLE ingests (
            id INTEGER PRIMARY KEY,
            inputs TEXT NOT NULL,
            engine TEXT NOT NULL,
            workers INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            documents INTEGER NOT NULL DEFAULT 0,
            inserted INTEGER NOT NULL DEFAULT 0,
            replaced INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        """
    )


_FACTCHECK_V5 = """
CREATE TABLE reference_figures (
    id INTEGER PRIMARY KEY,
    reporter TEXT NOT NULL, partner TEXT, metric TEXT NOT NULL, sector TEXT,
    period TEXT NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL, precision REAL NOT NULL,
    unit TEXT NOT NULL, direction TEXT, source TEXT NOT NULL, url TEXT NOT NULL,
    retrieved TEXT NOT NULL
);
CREATE TABLE verdicts (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL,
    check_kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    claim_low REAL, claim_high REAL,
    reference_value REAL, reference_low REAL, reference_high REAL, reference_unit TEXT,
    reference_period TEXT, reference_source TEXT, reference_url TEXT,
    deviation REAL, relative_deviation REAL,
    checked_at TEXT NOT NULL
);
CREATE INDEX idx_verdicts_claim_id ON verdicts(claim_id);
CREATE INDEX idx_verdicts_verdict ON verdicts(verdict);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    metric TEXT NOT NULL, reporter TEXT, partner TEXT, sector TEXT, period TEXT NOT NULL,
    kind TEXT NOT NULL, unit TEXT NOT NULL, n_claims INTEGER NOT NULL,
    n_articles INTEGER NOT NULL, low REAL NOT NULL, high REAL NOT NULL,
    summary TEXT NOT NULL, found_at TEXT NOT NULL
);
CREATE TABLE conflict_claims (
    conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (conflict_id, claim_id)
);
CREATE VIEW claim_checks AS
SELECT c.id AS claim_id, c.doc_id, a.title, a.url, c.quantity_text, c.sentence,
       c.kind, c.value, c.unit, c.direction, c.metric, c.reporter, c.partner, c.sector,
       c.period, v.verdict, v.check_kind, v.reason, v.reference_value, v.deviation,
       v.reference_source, v.reference_url
FROM claims AS c JOIN articles AS a ON a.id = c.article_id
LEFT JOIN verdicts AS v ON v.claim_id = c.id;
"""


def _migrate_to_v5(db: Database) -> None:
    """Add the fact-check's tables: reference figures, verdicts, conflicts between sources."""
    db.executescript(_FACTCHECK_V5)


def _migrate_to_v6(db: Database) -> None:
    """Add the page metadata of ``articles``: ``author``, ``site_name``, ``language``."""
    articles = db.table("articles")
    for column in ("author", "site_name", "language"):
        articles.add_column(column, str)


_MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _migrate_to_v1,
    2: _migrate_to_v2,
    3: _migrate_to_v3,
    4: _migrate_to_v4,
    5: _migrate_to_v5,
    6: _migrate_to_v6,
}
_FETCH_COLUMNS = (
    "kind", "depth", "status", "final_url", "http_status", "etag", "last_modified",
    "published", "attempts", "error", "article_identity", "fetched_at",
)  # fmt: skip
_INGEST_COUNTS = ("documents", "inserted", "replaced", "unchanged", "claims", "failed")

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


def _read_only_hint(path: Path) -> str:
    """Why a file SQLite cannot open may be read-only: WAL writes beside the file too."""
    folder = path.resolve().parent
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        return " (the file or its folder is read-only; the store needs to write both)"
    return ""


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


_VERDICT_FIELDS = (
    "verdict", "check_kind", "reason", "reference_value", "reference_unit", "reference_period",
    "reference_source", "reference_url", "deviation", "relative_deviation",
)  # fmt: skip
_VERDICT_JOIN = " JOIN verdicts AS v ON v.claim_id = c.id AND v.verdict = ?"


def _select_claims_sql(clauses: Sequence[str], limited: bool, verdict: bool = False) -> str:
    columns = [f"c.{name}" for name in _CLAIM_FIELDS] + [f"a.{name}" for name in _ARTICLE_FIELDS]
    if verdict:
        columns += [f"v.{name}" for name in _VERDICT_FIELDS]
    where = " AND ".join(clauses) or "1"
    return (
        f"SELECT {', '.join(columns)} FROM claims AS c JOIN articles AS a ON a.id = c.article_id"
        + (_VERDICT_JOIN if verdict else "")
        + f" WHERE {where} ORDER BY c.article_id, c.start_char, c.id"
        + (" LIMIT ?" if limited else "")
    )


class Store:
    """A claims database in one SQLite file, created when missing, migrated when old."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = Database(memory=True)  # replaced below; closed whatever happens
        try:
            with self._errors("cannot open"):
                self._db = Database(self.path)
                self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._prepare()
        except StoreError as exc:
            self._db.close()
            raise StoreError(f"{exc}{_read_only_hint(self.path)}") from exc.__cause__
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
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: a commit stays
            # durable across a crash or kill of the process (what resuming relies on), and
            # only a power loss may roll back the last ones. FULL's fsync per commit cost the
            # crawl, which commits each URL's outcome, about 5 ms a commit on the event loop.
            self._db.execute("PRAGMA synchronous = NORMAL")
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

    def record_failure(
        self,
        source: str,
        reason: str,
        *,
        input: str | None = None,
        line: int | None = None,
        offset: int | None = None,
        ingest_id: int | None = None,
    ) -> None:
        """Note a document a batch could not process (its path, URL, archive line or offset).

        The same source failing for the same reason is noted once, so that re-running an
        interrupted ingest ends with the same table.
        """
        with self._errors(f"cannot record the failure of {source}"):
            found = self._db.execute(
                "SELECT 1 FROM failures WHERE source = ? AND reason = ?", [source, reason]
            ).fetchone()
            if found is None:
                row = {"source": source, "reason": reason, "recorded_at": _now(), "input": input,
                       "line": line, "offset": offset, "ingest_id": ingest_id}  # fmt: skip
                self._db.table("failures").insert(row)

    def stored_hash(self, identity: str) -> str | None:
        """The text hash stored for a document identity (URL or ``sha256:...``), else None."""
        with self._errors("cannot look up a document"):
            found = self._db.execute(
                "SELECT text_hash FROM articles WHERE identity = ?", [identity]
            ).fetchone()
            return None if found is None else str(found[0])

    def stored_hashes(self) -> dict[str, str]:
        """Every stored document identity with its text hash (sent to a cluster's executors)."""
        with self._errors("cannot read articles"):
            rows = self._db.execute("SELECT identity, text_hash FROM articles").fetchall()
        return {str(identity): str(text_hash) for identity, text_hash in rows}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One commit for many writes; each ``save`` inside stays all or nothing on its own."""
        with self._errors("cannot write a batch"), self._db.atomic():
            yield

    def start_ingest(self, inputs: Sequence[str], *, engine: str, workers: int) -> int:
        """Open an entry in the ingest history; return its id."""
        row = {"inputs": json.dumps(list(inputs), ensure_ascii=False), "engine": engine,
               "workers": workers, "started_at": _now(), "status": "running"}  # fmt: skip
        with self._errors("cannot record the ingest"):
            return cast(int, self._db.table("ingests").insert(row).last_pk)

    def update_ingest(
        self, ingest_id: int, counts: dict[str, int], *, status: str = "running"
    ) -> None:
        """Record an ingest's counts so far; a status other than running also finishes it."""
        row: dict[str, Any] = {name: counts.get(name, 0) for name in _INGEST_COUNTS}
        row["status"] = status
        if status != "running":
            row["finished_at"] = _now()
        with self._errors("cannot record the ingest"):
            self._db.table("ingests").update(ingest_id, row)

    def ingests(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest ingests, newest first; ``inputs`` as a list."""
        with self._errors("cannot read the ingest history"):
            rows = self._db.query("SELECT * FROM ingests ORDER BY id DESC LIMIT ?", [limit])
            return [row | {"inputs": json.loads(row["inputs"])} for row in rows]

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

    def fetches(
        self,
        statuses: Sequence[str] | None = None,
        *,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The ``fetches`` rows, oldest first: all, or those with one of ``statuses``.

        ``search`` keeps the rows whose URL, final URL or error contains it (any case);
        ``limit`` keeps the first that many.
        """
        clauses: list[str] = []
        params: list[Any] = list(statuses or [])
        if statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
        if search is not None:
            clauses.append(
                "(instr(lower(url), ?) OR instr(lower(coalesce(final_url, '')), ?)"
                " OR instr(lower(coalesce(error, '')), ?))"
            )
            params += [search.lower()] * 3
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT * FROM fetches {where} ORDER BY discovered_at, rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._errors("cannot read fetches"):
            return list(self._db.query(sql, params))

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
        verdict: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claims matching every given filter, by article then position in its text.

        ``period`` also matches finer periods inside it ("2025" finds "2025-03", "2025-Q1",
        "2025-01/2025-11"). ``search`` is full text over sentences; its words are quoted,
        so "U.S." or a stray quote is searched for, not parsed; a "quoted phrase" stays one.
        Each row holds the :class:`Claim` fields plus the article's url, title, published;
        with ``verdict`` ("contradicted", ...) only claims with that verdict, each row with
        the verdict's fields (reason, reference value, source and URL, deviation).
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
        if verdict is not None:
            params.insert(0, verdict)
        if limit is not None:
            params.append(limit)
        sql = _select_claims_sql(clauses, limit is not None, verdict is not None)
        with self._errors("cannot query claims"):
            rows = self._db.query(sql, params)
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

    def claims_to_check(self) -> list[dict[str, Any]]:
        """Every claim with its row id, article id and the article's url, for the fact-check."""
        sql = (
            "SELECT c.*, a.url, a.title FROM claims AS c JOIN articles AS a ON a.id = c.article_id"
            " ORDER BY c.article_id, c.start_char, c.id"
        )
        with self._errors("cannot read claims"):
            return [_claim_result(row) for row in self._db.query(sql)]

    def save_checks(
        self,
        figures: Sequence[dict[str, Any]],
        verdicts: Sequence[dict[str, Any]],
        conflicts: Sequence[dict[str, Any]],
    ) -> None:
        """Replace the reference figures, verdicts and conflicts, in one transaction."""
        now = _now()
        with self._errors("cannot save the fact-check"), self._db.atomic():
            for table in ("conflict_claims", "conflicts", "verdicts", "reference_figures"):
                self._db.execute(f"DELETE FROM {table}")
            self._db.table("reference_figures").insert_all(figures)
            self._db.table("verdicts").insert_all(v | {"checked_at": now} for v in verdicts)
            for conflict in conflicts:
                row = {k: v for k, v in conflict.items() if k != "claims"} | {"found_at": now}
                conflict_id = self._db.table("conflicts").insert(row).last_pk
                self._db.table("conflict_claims").insert_all(
                    {"conflict_id": conflict_id, "claim_id": c["claim_id"]}
                    for c in conflict["claims"]
                )

    def reference_figures(self) -> list[dict[str, Any]]:
        """The reference figures the last ``verify`` used."""
        with self._errors("cannot read reference figures"):
            return list(self._db.query("SELECT * FROM reference_figures ORDER BY id"))

    def verdict_counts(self) -> list[tuple[str, str, int]]:
        """(verdict, reason or check, count) of the stored verdicts."""
        sql = "SELECT verdict, check_kind, COUNT(*) FROM verdicts GROUP BY 1, 2 ORDER BY 1, 2"
        with self._errors("cannot read verdicts"):
            return [(str(v), str(c), int(n)) for v, c, n in self._db.execute(sql).fetchall()]
