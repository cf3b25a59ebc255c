# geograph: the two commands of the README.
#   make demo   set up, then ingest data/articles/ into geograph.db and write out/graph.ttl and out/graph.html
#   make test   set up, then run the tests, ruff and mypy (what CI runs)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test setup setup-test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.demo-installed

setup: $(VENV)/.demo-installed
setup-test: $(VENV)/.test-installed

demo: setup
	$(BIN)/geograph ingest data/articles/ --workers 2
	$(BIN)/geograph stats
	$(BIN)/geograph export --format ttl -o out/graph.ttl
	$(BIN)/geograph export --format html -o out/graph.html

test: setup-test
	$(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

bench: setup-test
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/ingest.py --quick

clean:
	rm -rf out geograph.db geograph.db-wal geograph.db-shm geograph.db.oxigraph
