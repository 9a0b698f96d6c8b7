# Two commands for a fresh machine: `make demo` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo test lint typecheck check-generated validate-specs pytest regen cassettes bench bench-runtime sandbox clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

demo: $(STAMP)
	$(PY) -m scaretry.demo

test: lint typecheck validate-specs check-generated pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check sdk codegen tests bench
	$(VENV)/bin/ruff format --check sdk codegen tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

validate-specs: $(STAMP)
	$(PY) -m codegen validate

check-generated: $(STAMP)
	$(PY) -m codegen check

pytest: $(STAMP)
	$(VENV)/bin/pytest

regen: $(STAMP)
	$(PY) -m codegen generate

cassettes: $(STAMP)
	$(VENV)/bin/pytest tests/contract --record-mode=rewrite

# -- make bench: the benchmark and its own environments (bench/_environment.py says what each is for) --
BENCH_SDKS := .venv-bench-sdks
BENCH_RUNTIME := .venv-bench-runtime
VENV_ONLY = $(PYTHON) -m venv $(1) && echo '*' > $(1)/.gitignore

$(BENCH_SDKS)/.installed: bench/requirements-sdks.txt
	rm -rf $(BENCH_SDKS) && $(call VENV_ONLY,$(BENCH_SDKS))
	$(BENCH_SDKS)/bin/pip install --quiet --disable-pip-version-check -r bench/requirements-sdks.txt
	touch $@

# scaretry as users install it (not editable, no extras), rebuilt from the work tree on every run.
bench-runtime: $(STAMP)
	test -x $(BENCH_RUNTIME)/bin/python || ($(call VENV_ONLY,$(BENCH_RUNTIME)))
	$(BENCH_RUNTIME)/bin/pip install --quiet --disable-pip-version-check -c constraints.txt .
	$(BENCH_RUNTIME)/bin/pip install --quiet --disable-pip-version-check --no-deps --force-reinstall .

bench: $(STAMP) $(BENCH_SDKS)/.installed bench-runtime
	$(PY) -m bench
# -- end of make bench --

sandbox: $(STAMP)
	$(PY) -m scaretry.sandbox --port 8080

clean:
	rm -rf $(VENV) build dist *.egg-info
