"""Batch ingest: throughput against the model's own speed, scaling with workers, memory.

    .venv/bin/python benchmarks/ingest.py [--texts 300] [--rounds 2] [--scaling-texts 0]
        [--sizes 20,100] [--furniture 16]

Texts: the first ``--texts`` of ``../shared/news`` (BBC and Reuters), as a JSONL archive.

1. Throughput: words/s of ``tradeclaims ingest ARCHIVE --workers 1`` as a whole process
   (start-up, model load, reading, NLP, SQLite) against ``nlp.pipe`` of the stock pipeline
   (``spacy.load(model)``, every component) over the same texts in this process; rounds
   alternate, each figure is the median; CPU seconds (all processes) are given too, as the
   machine's other load slows the wall clock, not the CPU time.
2. Scaling: the same ingest with ``--workers 2`` against ``--workers 1``; with
   ``--scaling-texts N`` (0: all of ``../shared/news``) also over N texts, where the
   start-up (about 2 s of imports and model load, which a second worker cannot share)
   weighs less, as in a real archive; each round's pair gives a ratio, the median is shown.
   Beside it, the machine's own ceiling: two independent one-worker ingests of the halves
   run at once, against one over the whole (the cores' contention, no engine in between).
3. Memory: peak RSS and PSS (shared pages counted once) summed over the ingest and its
   workers (``/proc/PID/smaps_rollup``, sampled every 0.2 s) ingesting generated WARC.gz
   files of ``--sizes`` MiB with ``--workers 2``; the
   pages are the same texts wrapped in HTML with ``--furniture`` KiB of page furniture each
   (scripts, as real pages carry), repeated under new URLs until the file has the size, each
   copy with a byline of made-up names of its own (new words, as a real archive brings).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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


def ingest_command(archive: Path, db: Path, workers: int) -> list[str]:
    """The ``tradeclaims ingest`` command of one run into a fresh store at ``db``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return [sys.executable, "-m", "extractor", "ingest", str(archive), "--db", str(db),
            "--workers", str(workers), "--quiet"]  # fmt: skip


def ingest_seconds(archive: Path, db: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (all processes) of one whole ``tradeclaims ingest`` run."""
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(ingest_command(archive, db, workers), cwd=ROOT, check=True)
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stock_seconds(texts: list[str]) -> tuple[float, float]:
    nlp = spacy.load(model_name())
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def throughput(archive: Path, texts: list[str], rounds: int, work: Path) -> list[list[str]]:
    words = sum(len(text.split()) for text in texts)
    runs: dict[str, list[tuple[float, float]]] = {"stock": [], "one": [], "two": []}
    for _ in range(rounds):  # alternating, so that a slow spell of the machine hits all three
        runs["stock"].append(stock_seconds(texts))
        runs["one"].append(ingest_seconds(archive, work / "one.db", 1))
        runs["two"].append(ingest_seconds(archive, work / "two.db", 2))
    wall = {name: statistics.median(w for w, _ in values) for name, values in runs.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in runs.items()}
    rows = [
        [label, f"{words / wall[name]:,.0f}", f"{wall[name]:.1f} s", f"{cpu[name]:.1f} s"]
        for name, label in (
            ("stock", "stock nlp.pipe (all components), words/s"),
            ("one", "ingest --workers 1 (whole process), words/s"),
            ("two", "ingest --workers 2 (whole process), words/s"),
        )
    ]
    s, o, t = wall["stock"], wall["one"], wall["two"]
    rows.append(["ratio ingest 1 worker / stock (wall)", f"{s / o:.2f}", "target >= 1.5",
                 f"by CPU: {cpu['stock'] / cpu['one']:.2f}"])  # fmt: skip
    rows.append(["ratio ingest 2 workers / 1 worker (wall)", f"{o / t:.2f}", "target >= 1.8", ""])
    return rows


def halves_seconds(halves: tuple[Path, Path], work: Path) -> float:
    """Wall seconds of two independent one-worker ingests, one of each half, run at once."""
    commands = [ingest_command(half, work / f"half{n}.db", 1) for n, half in enumerate(halves)]
    start = time.perf_counter()
    processes = [subprocess.Popen(command, cwd=ROOT) for command in commands]
    if any(process.wait() for process in processes):
        raise RuntimeError("an ingest of a half failed")
    return time.perf_counter() - start


def scaling(archive: Path, words: int, rounds: int, work: Path) -> list[list[str]]:
    """Wall seconds of 1 and 2 workers over a larger archive, alternating; median ratio.

    The machine's own ceiling for this work: one worker over the archive against two
    independent one-worker ingests of its halves at once (nothing shared but the cores).
    """
    lines = archive.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = (work / "half0.jsonl", work / "half1.jsonl")
    halves[0].write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    halves[1].write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    runs = []
    for _ in range(rounds):
        one, _cpu = ingest_seconds(archive, work / "one.db", 1)
        two, _cpu = ingest_seconds(archive, work / "two.db", 2)
        runs.append((one, two, halves_seconds(halves, work)))
    one, two, apart = (statistics.median(run[n] for run in runs) for n in range(3))
    ratio = statistics.median(o / t for o, t, _ in runs)
    ceiling = statistics.median(o / a for o, _, a in runs)
    return [
        ["ingest --workers 1, words/s", f"{words / one:,.0f}", f"{one:.1f} s"],
        ["ingest --workers 2, words/s", f"{words / two:,.0f}", f"{two:.1f} s"],
        ["two one-worker ingests of the halves at once, words/s", f"{words / apart:,.0f}",
         f"{apart:.1f} s"],
        ["ratio 2 workers / 1 worker (wall, median of the rounds' ratios)", f"{ratio:.2f}",
         "target >= 1.8"],
        ["the machine's ceiling: halves at once / 1 worker (median)", f"{ceiling:.2f}", ""],
    ]  # fmt: skip


def furnished(doc: NewsDoc, rng: random.Random, kib: int = 16) -> NewsDoc:
    """The page with ``kib`` KiB of script, hardly compressible, in its head."""
    noise = "".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789+/", k=kib * 1024))
    return replace(doc, furniture=noise)


def tree_memory(pid: int) -> tuple[int, int]:
    """Resident and proportional (shared pages split) bytes of ``pid`` and its descendants."""
    tree, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        tree += map(int, children)
        frontier += map(int, children)
    rss = pss = 0
    for member in tree:
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Rss:"):
                rss += int(line.split()[1]) * 1024
            elif line.startswith("Pss:"):
                pss += int(line.split()[1]) * 1024
    return rss, pss


def peak_memory(archive: Path, db: Path, workers: int) -> tuple[int, int, float, str, str]:
    """Peak RSS and PSS of the ingest's process tree, its time, the peak PSS (MiB) of each
    quarter of the run ("q1 / q2 / q3 / q4") and the ingest's summary line."""
    start = time.perf_counter()
    command = ingest_command(archive, db, workers)
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[int, int]] = []
    stderr: list[str] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    while process.poll() is None:
        samples.append(tree_memory(process.pid))
        time.sleep(0.2)
    reader.join()
    summary = stderr[0].strip().splitlines()[-1] if stderr and stderr[0].strip() else ""
    quarters = [samples[len(samples) * q // 4 : len(samples) * (q + 1) // 4] for q in range(4)]
    curve = " / ".join(f"{max((p for _, p in q), default=0) / 2**20:.0f}" for q in quarters)
    peak_rss = max((r for r, _ in samples), default=0)
    peak_pss = max((p for _, p in samples), default=0)
    return peak_rss, peak_pss, time.perf_counter() - start, curve, summary


def memory(docs: list[NewsDoc], sizes: list[int], work: Path, kib: int) -> list[list[str]]:
    rng = random.Random(9)
    pages = [furnished(doc, rng, kib) for doc in docs]
    rows = []
    for size in sizes:
        print(f"writing {size} MiB ...", flush=True)
        archive = work / f"news-{size}.warc.gz"
        count = write_warc(archive, pages, min_bytes=size * 2**20, fresh_words=True)
        rss, pss, seconds, curve, summary = peak_memory(archive, work / f"mem-{size}.db", 2)
        rows.append([
            f"{archive.stat().st_size / 2**20:.0f} MiB WARC.gz, {count} pages",
            f"{rss / 2**20:.0f} MiB", f"{pss / 2**20:.0f} MiB", curve, f"{seconds:.0f} s",
            summary.split(": ", 1)[-1],
        ])  # fmt: skip
        print(rows[-1], flush=True)
        archive.unlink()
    return rows


def write_jsonl(docs: list[NewsDoc], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps({"id": doc.url, "url": doc.url, "text": doc.text()}) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--scaling-texts", type=int, default=None, help="also measure scaling over N texts (0: all)"
    )
    parser.add_argument("--sizes", default="20,100", help="MiB of each WARC.gz, or none")
    parser.add_argument("--furniture", type=int, default=16, help="KiB of script per page")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "news").is_dir():
        sys.exit("benchmarks/ingest.py needs ../shared/news")
    docs = news_docs(SHARED / "news", limit=args.texts)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.skip_throughput:
            archive = write_jsonl(docs, work / "news.jsonl")
            texts = [doc.text() for doc in docs]
            print(f"{len(texts)} texts, {sum(len(t.split()) for t in texts):,} words, "
                  f"{args.rounds} rounds, {os.cpu_count()} cores")  # fmt: skip
            print_table(
                ["measure", "value", "wall", "CPU"], throughput(archive, texts, args.rounds, work)
            )
            print()
        if args.scaling_texts is not None:
            more = news_docs(SHARED / "news", limit=args.scaling_texts or None)
            archive = write_jsonl(more, work / "more.jsonl")
            words = sum(len(doc.text().split()) for doc in more)
            print(f"scaling: {len(more)} texts, {words:,} words, {args.rounds} rounds")
            print_table(["measure", "value", "wall"], scaling(archive, words, args.rounds, work))
            print()
        sizes = [int(size) for size in args.sizes.split(",") if size.strip().isdigit()]
        if sizes:
            rows = memory(docs, sizes, work, args.furniture)
            header = ["input (2 workers)", "peak RSS sum", "peak PSS sum",
                      "peak PSS by quarter of the run (MiB)", "time", "result"]  # fmt: skip
            print_table(header, rows)


if __name__ == "__main__":
    main()
