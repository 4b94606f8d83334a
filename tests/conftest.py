"""Shared fixtures: the real spaCy pipeline, the real CLI, and ../shared when it is there."""

from __future__ import annotations

import json
from collections.abc import Callable
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
