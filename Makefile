# kg — the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed
OUT    ?= out

.PHONY: setup demo test system-deps notebook bench clean expected

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)                ## create .venv and install kg with its test tools

demo: setup                    ## build the sample corpus into out/ and print a summary
	$(BIN)/kg build seeds/ --out $(OUT)/
	$(BIN)/kg query queries/ministers.rq --out $(OUT)/

system-deps:                   ## Debian packages the tests use (installed when run as root)
	@bash scripts/system-deps.sh

test: setup system-deps        ## run the whole test suite
	$(BIN)/python -m pytest

expected: setup               ## re-run queries/*.rq on the sample corpus into queries/expected/ (review the diff)
	$(BIN)/python scripts/update_expected_queries.py

notebook: setup                ## open notebooks/explore.ipynb in JupyterLab (installs kg[notebook])
	$(BIN)/python -m pip install --quiet -e '.[notebook]'
	$(BIN)/jupyter lab --ServerApp.root_dir=. notebooks/explore.ipynb

bench: setup                   ## speed and memory figures (printed as ratios; html_view.py takes minutes)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/html_view.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
