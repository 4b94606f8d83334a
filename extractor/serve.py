"""The web view: Datasette over the store, read-only, with this module as its plugin.

:func:`serve` opens the file immutable (Datasette never writes it, nor locks it), binds
127.0.0.1 unless told otherwise, and registers this module with Datasette's plugin
manager; :func:`render_cell` is its hook: a claim's sentence with the quantity marked, the
document id linked to its article, a verdict as a coloured badge.
"""

from __future__ import annotations

import html
import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.database import Database
from markupsafe import Markup

from extractor.errors import InputError

__all__ = ["metadata", "render_cell", "serve"]

_CLAIM_FACETS = ["metric", "reporter", "partner", "sector", "period", "kind"]
_COLUMNS = {
    "quantity_text": "The figure exactly as the article gives it, with its unit words.",
    "sentence": "The sentence that states the claim; the figure is highlighted.",
    "value": "Normalised: money in whole currency units, percent as the percent number.",
    "period": "The period the figure covers (2025, 2025-12, 2025-Q1, 2025-01/2025-11).",
    "verdict": "supported, contradicted, unverifiable or inconsistent (tradeclaims verify).",
    "reason": "Why: the reference figure, the deviation, or what is missing.",
    "reference_value": "The official figure (a change in percent; a deficit negative).",
    "deviation": "The claim's value less the reference value, in the claim's units.",
}
_CANNED = {
    "contradicted": {
        "title": "Contradicted claims",
        "sql": "SELECT doc_id, quantity_text, period, reason, reference_value, deviation,"
        " sentence, quantity_text AS q, url, reference_url FROM claim_checks"
        " WHERE verdict = 'contradicted' ORDER BY doc_id",
    },
    "inconsistent": {
        "title": "Articles that do not add up",
        "sql": "SELECT doc_id, quantity_text, reason, sentence, url FROM claim_checks"
        " WHERE verdict = 'inconsistent' ORDER BY doc_id",
    },
    "conflicts": {
        "title": "Conflicts between articles",
        "sql": "SELECT f.id AS conflict, f.metric, f.reporter, f.partner, f.period, f.unit,"
        " c.doc_id, c.quantity_text, c.sentence, a.url FROM conflicts AS f"
        " JOIN conflict_claims AS k ON k.conflict_id = f.id JOIN claims AS c ON c.id = k.claim_id"
        " JOIN articles AS a ON a.id = c.article_id ORDER BY f.id, c.value",
    },
    "by_country_pair": {
        "title": "Claims by country pair",
        "sql": "SELECT doc_id, quantity_text, metric, period, verdict, sentence, url"
        " FROM claim_checks WHERE (reporter = :reporter AND partner = :partner)"
        " OR (metric = 'trade' AND reporter = :partner AND partner = :reporter)",
    },
}


def metadata(db_name: str) -> dict[str, Any]:
    """Titles, column descriptions, facets, canned queries and the licence of the data."""
    tables = {
        "claims": {
            "title": "Claims", "facets": _CLAIM_FACETS, "columns": _COLUMNS,
            "description": "One row per figure found in an article.",
        },
        "claim_checks": {
            "title": "Claims and their verdicts", "facets": [*_CLAIM_FACETS, "verdict"],
            "columns": _COLUMNS,
            "description": "Each claim with the verdicts of tradeclaims verify (one row each).",
        },
        "verdicts": {"title": "Verdicts", "facets": ["verdict", "check_kind"]},
        "conflicts": {"title": "Conflicts between articles", "facets": ["metric", "period"]},
        "reference_figures": {
            "title": "Reference figures", "facets": ["metric", "reporter", "partner", "period"],
            "description": "Official figures the claims are checked against, with their sources.",
        },
        "articles": {"title": "Articles", "hidden": False},
    }  # fmt: skip
    return {
        "title": "tradeclaims",
        "description": "Claims from trade news, checked against official figures.",
        "license": "Claims: MIT (tradeclaims); reference figures: their publishers'",
        "source": "tradeclaims",
        "databases": {db_name: {"tables": tables, "queries": _CANNED}},
    }


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None) -> Markup | None:
    """A sentence with its quantity marked, a doc id linked, a verdict as a badge."""
    keys = row.keys() if hasattr(row, "keys") else []
    if column == "sentence" and isinstance(value, str) and "quantity_text" in keys:
        return highlight(value, str(row["quantity_text"]))
    if column == "doc_id" and "url" in keys and row["url"]:
        return Markup('<a href="{}">{}</a>').format(row["url"], value)
    if column == "verdict" and isinstance(value, str):
        return Markup('<span class="verdict verdict-{0}">{0}</span>').format(value)
    return None


def highlight(sentence: str, quantity_text: str) -> Markup:
    """The sentence, escaped, with the quantity in ``<mark>``.

    >>> str(highlight("Trade fell 7% to <$228bn>.", "7%"))
    'Trade fell <mark class="quantity">7%</mark> to &lt;$228bn&gt;.'
    """
    at = sentence.find(quantity_text)
    if at < 0 or not quantity_text:
        return Markup(html.escape(sentence))
    parts = (sentence[:at], quantity_text, sentence[at + len(quantity_text) :])
    return Markup('{}<mark class="quantity">{}</mark>{}').format(*parts)


@hookimpl
def extra_css_urls() -> list[str]:
    return []


@hookimpl
def extra_body_script() -> str:
    # Inline styles for the badges, so the view needs nothing from the network.
    return (
        "document.head.insertAdjacentHTML('beforeend', '<style>mark.quantity{background:#ffe066}"
        " .verdict{padding:0 .3em;border-radius:3px} .verdict-supported{background:#c3f0c8}"
        " .verdict-contradicted{background:#ffc9c9} .verdict-inconsistent{background:#ffd8a8}"
        " .verdict-unverifiable{background:#e9ecef}</style>');"
    )


class ReadOnlyDatabase(Database):
    """A Datasette database whose every connection is read-only (``mode=ro``, query_only)."""

    def connect(self, write: bool = False) -> sqlite3.Connection:
        if write:
            raise sqlite3.OperationalError("the tradeclaims web view is read-only")
        uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only = 1")
        self._all_file_connections.append(connection)
        return connection


def build(db: Path) -> Any:
    """The Datasette application over one store, read-only, with this plugin registered."""
    import sys

    from datasette.app import Datasette
    from datasette.plugins import pm

    plugin = sys.modules[__name__]
    if not pm.is_registered(plugin):
        pm.register(plugin, name="tradeclaims")
    datasette = Datasette(metadata=metadata(db.stem), settings={"facet_time_limit_ms": 1000})
    datasette.remove_database("_memory")  # added when no file is given: not ours to serve
    datasette.add_database(ReadOnlyDatabase(datasette, path=str(db)), name=db.stem)
    return datasette


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port``; InputError saying why when it cannot be had."""
    sock: socket.socket | None = None
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except (OSError, OverflowError) as exc:
        if sock is not None:
            sock.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"--host/--port: cannot listen on {host}:{port} ({reason})") from None
    return sock


def serve(
    db: Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    on_listening: Callable[[str], None] | None = None,
) -> None:
    """Run the web view until interrupted; ``on_listening`` gets its URL once it listens."""
    import uvicorn

    sock = listening_socket(host, port)
    if on_listening is not None:
        on_listening(f"http://{host}:{sock.getsockname()[1]}/")
    config = uvicorn.Config(build(db).app(), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])
