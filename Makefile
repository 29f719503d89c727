# fusionwatch — `make demo` and `make test` are the quickstart; see README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
FW := $(VENV)/bin/fusionwatch
OUT := out
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev
EVAL := $(VENV)/.installed-eval

.PHONY: install demo test test-spark eval bench lint typecheck clean

# The package alone (what `make demo` needs) ...
$(BASE): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (fusionwatch needs Python >= 3.11; set PYTHON=...)" >&2; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $@

# ... plus the test tools and the Spark engine the tests run on ...
$(DEV): $(BASE)
	$(PY) -m pip install --quiet -e '.[dev,spark]'
	@touch $@

# ... plus the peer (nomenklatura) that evaluation and benchmarks compare against.
$(EVAL): $(DEV)
	$(PY) -m pip install --quiet -e '.[eval]'
	@touch $@

install: $(BASE)

LISTS := data/lists
DEMO := $(FW) --quiet --store $(OUT)/fusionwatch.duckdb
US_LISTS := $(filter-out $(LISTS)/bis_entity_list.json $(LISTS)/lists.json,$(wildcard $(LISTS)/*.json))

demo: install
	@rm -rf $(OUT) && mkdir -p $(OUT)
	$(DEMO) ingest bis_entity_list $(LISTS)/bis_entity_list.json
	$(DEMO) ingest us_lists $(US_LISTS)
	$(DEMO) ingest ofac_sdn $(LISTS)/ofac/sdn_2024-04-26.csv $(LISTS)/ofac/alt_2025-02.csv $(LISTS)/ofac/add_2025-02.csv
	$(DEMO) ingest ofac_sdn $(LISTS)/ofac/sdn_2024-05-03.csv $(LISTS)/ofac/alt_2025-02.csv $(LISTS)/ofac/add_2025-02.csv
	$(DEMO) ingest notices data/notices
	$(DEMO) resolve
	$(DEMO) overlaps --out $(OUT)/overlaps.csv
	$(DEMO) changes ofac_sdn --json > $(OUT)/ofac_sdn_changes.json
	$(DEMO) export --format ftm --out $(OUT)/entities.ftm.json
	$(DEMO) stats
	@echo
	@echo "Results in $(OUT)/:"
	@echo "  $(OUT)/fusionwatch.duckdb      the store (try: $(FW) --store $(OUT)/fusionwatch.duckdb search hikvision)"
	@echo "  $(OUT)/overlaps.csv            organizations on more than one list, with the reason for each merge"
	@echo "  $(OUT)/ofac_sdn_changes.json   entries added and removed between the two SDN snapshots"
	@echo "  $(OUT)/entities.ftm.json       every entity as FollowTheMoney JSON lines"

# The Spark engine's tests need Java 17 besides Python: `make test-spark` runs them.
test: $(DEV)
	$(PY) -m pytest -m "not spark"

test-spark: $(DEV)
	@command -v java >/dev/null 2>&1 || { echo "error: the Spark tests need Java 17 (java not on PATH)" >&2; exit 2; }
	$(PY) -m pytest -m spark

eval: $(EVAL)
	$(PY) eval/names.py
	$(PY) eval/aliases.py

bench: $(EVAL)
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

lint: $(DEV)
	$(VENV)/bin/ruff check fusionwatch tests

typecheck: $(DEV)
	$(VENV)/bin/mypy fusionwatch

clean:
	rm -rf $(VENV) $(OUT)
