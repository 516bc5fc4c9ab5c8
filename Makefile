# make demo: set up .venv and analyse the bundled examples into out/
# make test: set up .venv and run lint, the type check and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint typecheck bench clean

$(BIN)/telisik: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/telisik

demo: setup
	$(BIN)/telisik analyze examples/ --out out/

lint: setup
	$(BIN)/ruff check src tests bench scripts

typecheck: setup
	$(BIN)/mypy

test: setup lint typecheck
	$(BIN)/pytest -q

bench: setup
	$(BIN)/pip install --quiet '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/story_eval.py --analyze --baseline
	$(BIN)/python bench/stories.py --quick
	$(BIN)/python bench/store.py --limit 1000
	$(BIN)/python bench/pipeline.py --limit 1000

clean:
	rm -rf out $(VENV) build *.egg-info src/*.egg-info
