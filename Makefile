# make demo: set up .venv with telisik alone (no extras, no development tools) and analyse the bundled examples into out/
# make test: add the development tools and every extra to .venv, then run lint, the type check and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# stamp: the development tools and extras are installed
DEV := $(VENV)/.dev-installed

.PHONY: setup dev demo test lint typecheck bench clean

# pip first: the pip a new venv brings (23.2 on Python 3.11) misses the lxml extra trafilatura's jusText needs
$(BIN)/telisik: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV): $(BIN)/telisik
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/telisik

dev: $(DEV)

demo: setup
	$(BIN)/telisik analyze examples/ --out out/

lint: dev
	$(BIN)/ruff check src tests bench scripts

typecheck: dev
	$(BIN)/mypy

test: dev lint typecheck
	$(BIN)/pytest -q

bench: dev
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/timex.py
	$(BIN)/python bench/story_eval.py --analyze --baseline
	$(BIN)/python bench/stories.py --quick
	$(BIN)/python bench/store.py --limit 1000
	$(BIN)/python bench/pipeline.py --limit 1000

clean:
	rm -rf out $(VENV) build *.egg-info src/*.egg-info
