"""The fact-check report: one self-contained HTML page (no network needed to open it).

Summary counts of the verdicts, the contradicted and inconsistent claims, the conflicts
between articles, and a chart per reference series (matplotlib, inline SVG): the reference
values over time, and every claim about the series as a point coloured by its verdict.
"""

from __future__ import annotations

import html
import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from extractor.errors import InputError

__all__ = ["write_report"]

COLOURS = {
    "supported": "#2b8a3e", "contradicted": "#c92a2a",
    "inconsistent": "#e8590c", "unverifiable": "#868e96",
}  # fmt: skip
_STYLE = (
    "body{font-family:sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%;vertical-align:top}"
    "mark{background:#ffe066}"
)


def _cell(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _marked(sentence: str, quantity: str) -> str:
    at = sentence.find(quantity)
    if at < 0:
        return _cell(sentence)
    end = at + len(quantity)
    return f"{_cell(sentence[:at])}<mark>{_cell(quantity)}</mark>{_cell(sentence[end:])}"


def _link(url: str | None, text: str) -> str:
    return f'<a href="{_cell(url)}">{_cell(text)}</a>' if url else _cell(text)


def _series_label(ref: dict[str, Any]) -> str:
    sector = f" {ref['sector']}" if ref["sector"] else ""
    return (
        f"{ref['reporter']}-{ref['partner']} {ref['metric']}{sector} ({ref['kind']}, {ref['unit']})"
    )


def _chart(refs: list[dict[str, Any]], claims: list[dict[str, Any]]) -> str:
    """One series: reference values as a line, claims as points coloured by verdict."""
    import matplotlib

    matplotlib.use("svg")
    from matplotlib import pyplot as plt

    scale = 1e9 if refs[0]["unit"] not in ("percent", "pp") else 1.0
    fig, ax = plt.subplots(figsize=(6, 2.6))
    points = sorted((r["period"], r["value"] / scale) for r in refs)
    ax.plot(
        [p for p, _ in points], [v for _, v in points], "-o", color="#1c7ed6", label="reference"
    )
    for verdict, colour in COLOURS.items():
        mine = [c for c in claims if c["verdict"] == verdict]
        if mine:
            ax.scatter(
                [c["period"] for c in mine], [c["signed"] / scale for c in mine],
                color=colour, marker="x", s=60, label=verdict, zorder=3,
            )  # fmt: skip
    ax.set_ylabel("billions" if scale > 1 else refs[0]["unit"])
    ax.set_title(_series_label(refs[0]), fontsize=9)
    ax.legend(fontsize=7)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def _series_claims(db: Any) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    sql = (
        "SELECT c.metric, c.reporter, c.partner, c.sector, c.kind, c.unit, c.period, c.value,"
        " c.direction, c.balance_sign, v.verdict FROM verdicts AS v JOIN claims AS c"
        " ON c.id = v.claim_id WHERE v.check_kind IN ('reference', 'computed-change')"
        " AND v.verdict != 'unverifiable'"
    )
    grouped: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in db.query(sql):
        negative = row["direction"] == "down" or row["balance_sign"] == "deficit"
        row["signed"] = -row["value"] if negative else row["value"]
        pair: tuple[Any, ...] = (row["reporter"], row["partner"])
        if row["metric"] == "trade":
            pair = tuple(sorted(p or "" for p in pair))
        grouped[(row["metric"], pair, row["sector"], row["kind"], row["unit"])].append(row)
    return grouped


def write_report(store: Any, out: Path) -> None:
    """Write the report of the store's last ``tradeclaims verify`` to ``out``."""
    db = store._db
    counts = store.verdict_counts()
    parts = ["<!doctype html><meta charset='utf-8'><title>tradeclaims fact-check</title>"]
    parts.append(f"<style>{_STYLE}</style><h1>Fact-check of {html.escape(store.path.name)}</h1>")
    parts.append("<h2>Verdicts</h2>" + _table(
        ["verdict", "check", "claims"], [[_cell(v), _cell(k), str(n)] for v, k, n in counts]
    ))  # fmt: skip
    for verdict in ("contradicted", "inconsistent"):
        rows = store.query(verdict=verdict)
        parts.append(f"<h2>{verdict.capitalize()} claims ({len(rows)})</h2>")
        parts.append(_table(
            ["article", "figure", "period", "why", "sentence"],
            [[_link(r["url"], r["doc_id"]), _cell(r["quantity_text"]), _cell(r["period"]),
              _cell(r["reason"]) + " " + _link(r["reference_url"], "source"),
              _marked(r["sentence"], r["quantity_text"])] for r in rows],
        ))  # fmt: skip
    parts.append(_conflicts_section(db))
    parts.append("<h2>Reference series</h2>")
    claims = _series_claims(db)
    series: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for ref in store.reference_figures():
        pair: tuple[Any, ...] = (ref["reporter"], ref["partner"])
        if ref["metric"] == "trade":
            pair = tuple(sorted(p or "" for p in pair))
        series[(ref["metric"], pair, ref["sector"], ref["kind"], ref["unit"])].append(ref)
    for key, refs in series.items():
        parts.append(f"<figure>{_chart(refs, claims.get(key, []))}</figure>")
    try:
        out.write_text("\n".join(parts), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc


def _conflicts_section(db: Any) -> str:
    sql = (
        "SELECT f.id, f.metric, f.reporter, f.partner, f.period, f.unit, c.doc_id,"
        " c.quantity_text, c.sentence, a.url FROM conflicts AS f JOIN conflict_claims AS k"
        " ON k.conflict_id = f.id JOIN claims AS c ON c.id = k.claim_id"
        " JOIN articles AS a ON a.id = c.article_id ORDER BY f.id, c.value"
    )
    rows = list(db.query(sql))
    n = len({r["id"] for r in rows})
    return f"<h2>Conflicts between articles ({n})</h2>" + _table(
        ["conflict", "quantity", "article", "figure", "sentence"],
        [[str(r["id"]), _cell(f"{r['reporter']}-{r['partner']} {r['metric']} {r['period']}"),
          _link(r["url"], r["doc_id"]), _cell(r["quantity_text"]),
          _marked(r["sentence"], r["quantity_text"])] for r in rows],
    )  # fmt: skip
