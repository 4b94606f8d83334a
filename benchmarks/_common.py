"""What every benchmark script shares: where the repo and ../shared are, table output, and
the timed step of alternating rounds.

Importing it puts the repo root on ``sys.path``, so the scripts can import ``extractor``
when run as ``python benchmarks/NAME.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """Plain columns, padded to the widest cell."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def timed(seconds: list[float], work: Callable[[], object]) -> Callable[[], None]:
    """``work`` as a step that appends its duration to ``seconds``."""

    def step() -> None:
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)

    return step
