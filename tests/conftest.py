"""Shared fixtures: the real spaCy pipeline, the real CLI, and ../shared when it is there."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpora" / "articles.jsonl"
CORPUS_GOLD = ROOT / "corpora" / "gold.jsonl"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the repo (third-party texts, read in place); skip when absent."""
    if not (SHARED / "gold" / "dev.jsonl").exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_pipeline()


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def jsonl(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture
def cli(nlp: Any) -> Callable[..., Result]:
    """Run the real tradeclaims CLI in-process (the loaded model is shared)."""
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


# The fault table: each test marked ``fault(kind)`` counts its cases (1, or what it records
# with ``record_property("cases", n)``) under its kind; the run ends with the table.

_FAULTS: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    marker = item.get_closest_marker("fault")
    if marker is None or not (report.when == "call" or report.failed or report.skipped):
        return
    if report.when == "teardown" and not report.failed:
        return
    cases = sum(int(v) for k, v in item.user_properties if k == "cases") or 1
    counts = _FAULTS[marker.args[0]]
    counts["tests"] += 1
    counts["cases"] += cases
    counts["passed" if report.passed else "skipped" if report.skipped else "failed"] += cases


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _FAULTS:
        return
    write = terminalreporter.write_line
    write("")
    write("| class | tests | cases tried | handled | failed | skipped |")
    write("|---|---|---|---|---|---|")
    for kind, counts in _FAULTS.items():
        write(
            f"| {kind} | {counts['tests']} | {counts['cases']} | {counts['passed']}"
            f" | {counts['failed']} | {counts['skipped']} |"
        )
