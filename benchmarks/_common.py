"""What every benchmark script shares: where the repo and ../shared are, and table output.

Importing it puts the repo root on ``sys.path``, so the scripts can import ``extractor``
when run as ``python benchmarks/NAME.py``.
"""

from __future__ import annotations

import sys
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
