"""Batch ingest: throughput against the model's own speed, scaling with workers, memory.

    .venv/bin/python benchmarks/ingest.py [--texts 300] [--rounds 2] [--sizes 20,100]

Texts: the first ``--texts`` of ``../shared/news`` (BBC and Reuters), as a JSONL archive.

1. Throughput: words/s of ``tradeclaims ingest ARCHIVE --workers 1`` as a whole process
   (start-up, model load, reading, NLP, SQLite) against ``nlp.pipe`` of the stock pipeline
   (``spacy.load(model)``, every component) over the same texts in this process; rounds
   alternate, each figure is the median.
2. Scaling: the same ingest with ``--workers 2`` against ``--workers 1``.
3. Memory: peak RSS summed over the ingest and its workers (``/proc``, sampled every
   0.1 s) ingesting generated WARC.gz files of ``--sizes`` MiB with ``--workers 2``; the
   pages are the same texts wrapped in HTML with 16 KiB of page furniture each (scripts,
   as real pages carry), repeated under new URLs until the file has the size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import spacy
from _common import ROOT, SHARED, print_table  # noqa: E402  (puts the repo on sys.path)

from extractor.nlp.pipeline import model_name  # noqa: E402
from tests.archive_data import NewsDoc, news_docs, write_warc  # noqa: E402


def ingest_seconds(archive: Path, db: Path, workers: int) -> float:
    """Wall time of one whole ``tradeclaims ingest`` process into a fresh database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "extractor", "ingest", str(archive), "--db", str(db)]
    start = time.perf_counter()
    subprocess.run([*command, "--workers", str(workers), "--quiet"], cwd=ROOT, check=True)
    return time.perf_counter() - start


def stock_seconds(texts: list[str]) -> float:
    nlp = spacy.load(model_name())
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start


def throughput(archive: Path, texts: list[str], rounds: int, work: Path) -> list[list[str]]:
    words = sum(len(text.split()) for text in texts)
    stock, one, two = [], [], []
    for _ in range(rounds):
        stock.append(stock_seconds(texts))
        one.append(ingest_seconds(archive, work / "one.db", 1))
        two.append(ingest_seconds(archive, work / "two.db", 2))
    s, o, t = (statistics.median(x) for x in (stock, one, two))
    return [
        ["stock nlp.pipe (all components), words/s", f"{words / s:,.0f}", f"{s:.1f} s"],
        ["ingest --workers 1 (whole process), words/s", f"{words / o:,.0f}", f"{o:.1f} s"],
        ["ingest --workers 2 (whole process), words/s", f"{words / t:,.0f}", f"{t:.1f} s"],
        ["ratio ingest 1 worker / stock nlp.pipe", f"{s / o:.2f}", "target >= 1.5"],
        ["ratio ingest 2 workers / 1 worker", f"{o / t:.2f}", "target >= 1.8"],
    ]


def furnished(doc: NewsDoc, rng: random.Random) -> NewsDoc:
    """The page with 16 KiB of script, hardly compressible, in its head."""
    noise = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789+/", k=16 * 1024))
    return replace(doc, furniture=noise)


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [child for child, ppid in parents.items() if ppid == parent]
        tree.update(children)
        frontier += children
    total = 0
    for member in tree:
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def peak_memory(archive: Path, db: Path, workers: int) -> tuple[int, float, str]:
    command = [sys.executable, "-m", "extractor", "ingest", str(archive), "--db", str(db)]
    command += ["--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    peak = 0
    stderr: list[str] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.1)
    reader.join()
    summary = stderr[0].strip().splitlines()[-1] if stderr and stderr[0].strip() else ""
    return peak, time.perf_counter() - start, summary


def memory(docs: list[NewsDoc], sizes: list[int], work: Path) -> list[list[str]]:
    rng = random.Random(9)
    pages = [furnished(doc, rng) for doc in docs]
    rows = []
    for size in sizes:
        archive = work / f"news-{size}.warc.gz"
        count = write_warc(archive, pages, min_bytes=size * 2**20)
        peak, seconds, summary = peak_memory(archive, work / f"mem-{size}.db", 2)
        rows.append([
            f"{archive.stat().st_size / 2**20:.0f} MiB WARC.gz, {count} pages",
            f"{peak / 2**20:.0f} MiB", f"{seconds:.0f} s", summary.split(": ", 1)[-1],
        ])  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sizes", default="20,100", help="MiB of each WARC.gz, or none")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "news").is_dir():
        sys.exit("benchmarks/ingest.py needs ../shared/news")
    docs = news_docs(SHARED / "news", limit=args.texts)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            archive = work / "news.jsonl"
            texts = [doc.text() for doc in docs]
            with archive.open("w", encoding="utf-8") as out:
                for doc, text in zip(docs, texts, strict=True):
                    out.write(json.dumps({"id": doc.url, "url": doc.url, "text": text}) + "\n")
            print(f"{len(texts)} texts, {sum(len(t.split()) for t in texts):,} words, "
                  f"{args.rounds} rounds, {os.cpu_count()} cores")  # fmt: skip
            print_table(["measure", "value", "note"], throughput(archive, texts, args.rounds, work))
            print()
        sizes = [int(size) for size in args.sizes.split(",") if size.strip().isdigit()]
        if sizes:
            rows = memory(docs, sizes, work)
            print_table(["input (2 workers)", "peak RSS, all processes", "time", "result"], rows)


if __name__ == "__main__":
    main()
