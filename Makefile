# communique: the two commands a newcomer needs.
#   make run   - create .venv, install everything, ingest examples/ and show what was found
#   make test  - install the dev extras and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= examples.db

.PHONY: run test install dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

run: install
	$(BIN)/communique ingest examples/ --db $(DB) --date 2022-01-23
	$(BIN)/communique articles --db $(DB)
	$(BIN)/communique events --db $(DB) --actor RUS,CAN,USA --limit 12
	$(BIN)/communique extract examples/ctv-joly-moscow-invitation.txt --date 2022-01-23 --format text

test: dev
	$(BIN)/python -m pytest

lint: dev
	$(BIN)/ruff check src tests bench

bench: dev
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/actors.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/events.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
