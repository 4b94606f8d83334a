# tradeclaims: `make demo` and `make test` are the whole quick start.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= claims.db
SHARED ?= ../shared

.PHONY: demo test test-heavy lint typecheck pytest check-wheel lower-bounds audit eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,spark]'
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
	$(BIN)/python -m pytest -q -m "not heavy"

# The runs of many minutes (load, kill -9 series, inputs of many MB), kept out of make test.
test-heavy: $(VENV)/.installed
	$(BIN)/python -m pytest -q -m heavy -p no:cacheprovider

# The built wheel in a bare venv, used from a folder outside the checkout.
check-wheel:
	PYTHON=$(PYTHON) .ci/check-wheel

test: lint typecheck pytest check-wheel

# The declared lower bounds of every run-time dependency, with the fast tests (not `slow`).
LOWER := .venv-lower
lower-bounds:
	rm -rf $(LOWER)
	$(PYTHON) -m venv $(LOWER)
	$(LOWER)/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) .ci/constraints-from-pyproject > $(LOWER)/constraints.txt
	$(LOWER)/bin/python -m pip install --quiet -c $(LOWER)/constraints.txt -e '.[test,spark]'
	$(LOWER)/bin/python -m pip list --format freeze | grep -iFf <(cut -d= -f1 $(LOWER)/constraints.txt)
	$(LOWER)/bin/python -m pytest -q -m "not slow" -p no:cacheprovider

# Known vulnerabilities of the installed dependencies (pip-audit); skipped, saying so, where
# the advisory database cannot be reached.
audit: $(VENV)/.installed
	.ci/audit

eval: $(VENV)/.installed
	$(BIN)/tradeclaims eval corpora/gold.jsonl corpora/articles.jsonl
	$(BIN)/tradeclaims eval $(SHARED)/gold/dev.jsonl $(SHARED)/gold/dev_archive.jsonl
	$(BIN)/tradeclaims eval corpora/news_gold/dev_a.jsonl --texts $(SHARED)/news
	$(BIN)/tradeclaims eval corpora/news_gold/dev_b.jsonl --texts $(SHARED)/news
	$(BIN)/tradeclaims eval $(SHARED)/gold/seed.jsonl $(SHARED)/gold/seed_archive.jsonl
	$(BIN)/tradeclaims eval corpora/heldout/wire_gold.jsonl corpora/heldout/wire_articles.jsonl
	$(BIN)/tradeclaims eval corpora/heldout/news_gold.jsonl corpora/heldout/news_articles.jsonl
	$(BIN)/tradeclaims eval corpora/invented_dev/wire_gold.jsonl corpora/invented_dev/wire_articles.jsonl
	$(BIN)/tradeclaims eval corpora/invented_dev/news_gold.jsonl corpora/invented_dev/news_articles.jsonl
	$(BIN)/tradeclaims eval corpora/invented_dev/pages_gold.jsonl corpora/invented_dev/pages_articles.jsonl

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/quality.py
	$(BIN)/python benchmarks/quantulum_cases.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/html_pages.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/spark.py

clean:
	rm -rf $(VENV) $(LOWER) .venv-audit .pytest_cache .mypy_cache .ruff_cache *.egg-info $(DB) $(DB)-wal $(DB)-shm
