"""The Spark engine in local mode against the local engine, on the same input and machine.

    .venv/bin/python benchmarks/spark.py [--texts 300] [--files 8] [--rounds 2] [--cores 2]

Input: the first ``--texts`` of ``../shared/news`` as ``--files`` JSONL archives (the Spark
engine's partitions are files: one archive would be one partition). Each round runs, as
whole processes, ``tradeclaims ingest FILES --workers N`` and ``tradeclaims ingest FILES
--engine spark --master local[N]`` into fresh stores, alternating; the figures are medians.
A one-document Spark ingest measures what Spark adds before any work (JVM, session, the
Python workers and their model loads). Needs the ``spark`` extra and Java 17+.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, SHARED, print_table  # noqa: E402  (puts the repo on sys.path)

from tests.archive_data import news_docs  # noqa: E402

# The JVM and its Python workers are not reaped by the time the ingest ends, so their CPU
# time escapes RUSAGE_CHILDREN: only the wall clock compares.
NOT_COUNTED = "(JVM not counted)"


def write_archives(texts: int, files: int, work: Path) -> tuple[list[Path], int]:
    """The texts spread over ``files`` JSONL archives, in order; and their word count."""
    docs = news_docs(SHARED / "news", limit=texts)
    paths = [work / f"news-{n:02}.jsonl" for n in range(files)]
    words = 0
    for n, path in enumerate(paths):
        with path.open("w", encoding="utf-8") as out:
            for doc in docs[n::files]:
                words += len(doc.text().split())
                out.write(json.dumps({"id": doc.url, "url": doc.url, "text": doc.text()}) + "\n")
    return paths, words


def run(inputs: list[Path], db: Path, engine_args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (all descendants) of one whole ``tradeclaims ingest``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "extractor", "ingest", *map(str, inputs), "--db", str(db)]
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run([*command, *engine_args, "--quiet"], cwd=ROOT, check=False,
                   stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def claims_of(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.identity, c.start_char, c.end_char, c.kind, c.value, c.metric, c.reporter,"
            " c.partner, c.period FROM claims c JOIN articles a ON a.id = c.article_id"
            " ORDER BY 1, 2, 3, 6"
        ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()
    if not (SHARED / "news").is_dir():
        sys.exit("benchmarks/spark.py needs ../shared/news")
    local = ["--workers", str(args.cores)]
    spark = ["--engine", "spark", "--master", f"local[{args.cores}]"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inputs, words = write_archives(args.texts, args.files, work)
        print(f"{args.texts} texts, {words:,} words, {args.files} JSONL files, "
              f"{args.rounds} rounds, {args.cores} cores")  # fmt: skip
        runs: dict[str, list[tuple[float, float]]] = {"local": [], "spark": []}
        for _ in range(args.rounds):
            runs["local"].append(run(inputs, work / "local.db", local))
            runs["spark"].append(run(inputs, work / "spark.db", spark))
        same = claims_of(work / "local.db") == claims_of(work / "spark.db")
        one = work / "one.jsonl"
        one.write_text(inputs[0].read_text(encoding="utf-8").splitlines()[0] + "\n")
        startup = run([one], work / "one.db", spark)
    wall = {name: statistics.median(w for w, _ in values) for name, values in runs.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in runs.items()}
    rows = [
        [f"ingest --workers {args.cores}, words/s", f"{words / wall['local']:,.0f}",
         f"{wall['local']:.1f} s", f"{cpu['local']:.1f} s"],
        [f"ingest --engine spark --master local[{args.cores}], words/s",
         f"{words / wall['spark']:,.0f}", f"{wall['spark']:.1f} s", NOT_COUNTED],
        ["ratio Spark / local (wall: higher is slower)", f"{wall['spark'] / wall['local']:.2f}",
         "", ""],
        ["Spark ingest of one document (start-up)", "", f"{startup[0]:.1f} s", NOT_COUNTED],
        ["ratio Spark / local, less Spark's start-up (wall)",
         f"{(wall['spark'] - startup[0]) / wall['local']:.2f}", "", ""],
        ["same claims under both engines", "yes" if same else "NO", "", ""],
    ]  # fmt: skip
    print_table(["measure", "value", "wall", "CPU"], rows)


if __name__ == "__main__":
    main()
