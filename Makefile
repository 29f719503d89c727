# fusionwatch — `make demo` and `make test` are the quickstart; see README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
FW := $(VENV)/bin/fusionwatch
OUT := out
STAMP := $(VENV)/.installed

.PHONY: install demo test eval bench lint typecheck clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (fusionwatch needs Python >= 3.11; set PYTHON=...)" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,eval]'
	@touch $(STAMP)

install: $(STAMP)

demo: install
	@rm -rf $(OUT) && mkdir -p $(OUT)
	$(FW) --quiet --store $(OUT)/fusionwatch.duckdb demo --out $(OUT)

test: install
	$(PY) -m pytest

eval: install
	$(PY) eval/names.py

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

lint: install
	$(VENV)/bin/ruff check fusionwatch tests

typecheck: install
	$(VENV)/bin/mypy fusionwatch

clean:
	rm -rf $(VENV) $(OUT)
