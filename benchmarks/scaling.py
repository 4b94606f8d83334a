"""Whether extraction costs linear time in the figures of one sentence (issue 11).

    .venv/bin/python benchmarks/scaling.py [--figures 1000] [--rounds 3]

Three texts of one line each: percentages ("1%, 2%, 3%, ..."), a figure pair repeated
("Exports rose 1.5% to $3bn, ...") and figures each with a month ("1% in January, 2% in
February, ..."), each at N and 4N figures. Both sizes run in alternating
rounds in this process; the time per figure is the median of the rounds. The ratio of the
time per figure at 4N to that at N is 1 for linear cost (4 for quadratic); these machines are
noisy, so read it to within about 0.2.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import print_table  # noqa: E402  (puts the repo on sys.path)

from extractor.models import Article  # noqa: E402
from extractor.nlp.pipeline import extract_claims, load_pipeline  # noqa: E402

MONTHS = "January February March April May June July August September October November December"
MONTHS_LIST = MONTHS.split()
TEXTS = {
    "percentages": lambda n: ", ".join(f"{i}%" for i in range(1, n + 1)) + "\n",
    "rose-to": lambda n: "Exports rose 1.5% to $3bn, " * (n // 2) + "\n",
    # every figure with a period of its own: the period rules read the parse for each pair
    "in-month": lambda n: (
        ", ".join(f"{i % 90 + 1}% in {MONTHS_LIST[i % 12]}" for i in range(n)) + "\n"
    ),
}


def seconds_per_figure(nlp: object, text: str) -> float:
    start = time.perf_counter()
    ((_, claims),) = extract_claims([Article(id="scaling", text=text)], nlp=nlp)
    return (time.perf_counter() - start) / max(1, len(claims))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, default=1000, help="N: the smaller size")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    nlp = load_pipeline()
    seconds_per_figure(nlp, TEXTS["rose-to"](20))  # warm up
    rows = []
    for name, make in TEXTS.items():
        sizes = (args.figures, 4 * args.figures)
        times: dict[int, list[float]] = {size: [] for size in sizes}
        for _ in range(args.rounds):
            for size in sizes:
                times[size].append(seconds_per_figure(nlp, make(size)))
        small, large = (statistics.median(times[size]) for size in sizes)
        rows.append([name, f"{small * 1000:.2f}", f"{large * 1000:.2f}", f"{large / small:.2f}"])
    print_table(
        ["text", f"ms/figure at {args.figures}", f"ms/figure at {4 * args.figures}", "ratio"],
        rows,
    )


if __name__ == "__main__":
    main()
