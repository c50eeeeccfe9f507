# The two commands of the README: `make run` (the main job on the embedded default) and
# `make test` (development dependencies + the whole suite, as CI runs it).
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: run test install install-dev lint typecheck unit gate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

run: install
	$(BIN)/armswatch demo

lint:
	$(BIN)/ruff check src tests benchmarks scripts

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest

# The dev-set gate: fails when F1 or entity recall drops below the pinned baseline.
gate:
	@if [ -d $(SHARED)/eval-dev ]; then \
		$(BIN)/armswatch eval $(SHARED)/eval-dev --baseline benchmarks/eval_baseline.json; \
	else echo "gate: $(SHARED)/eval-dev not present, skipped"; fi

test: install-dev lint typecheck unit gate

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
