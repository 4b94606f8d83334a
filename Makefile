# tradeclaims: `make demo` and `make test` are the whole quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= claims.db
SHARED ?= ../shared

.PHONY: demo test lint typecheck pytest eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/tradeclaims ingest corpora/articles.jsonl --db $(DB) --quiet
	$(BIN)/tradeclaims stats --db $(DB)

lint: $(VENV)/.installed
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/ruff format --check extractor tests benchmarks

typecheck: $(VENV)/.installed
	$(BIN)/mypy extractor

pytest: $(VENV)/.installed
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

eval: $(VENV)/.installed
	$(BIN)/tradeclaims eval corpora/gold.jsonl corpora/articles.jsonl
	$(BIN)/tradeclaims eval $(SHARED)/gold/dev.jsonl $(SHARED)/gold/dev_archive.jsonl
	$(BIN)/tradeclaims eval $(SHARED)/gold/seed.jsonl $(SHARED)/gold/seed_archive.jsonl

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/quantulum_cases.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/html_pages.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info $(DB) $(DB)-wal $(DB)-shm
