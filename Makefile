# Two commands for a fresh machine: `make demo` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo test lint typecheck check-generated validate-specs pytest regen cassettes bench sandbox clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,redis-tests]'
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

bench: $(STAMP)
	$(PY) -m bench

sandbox: $(STAMP)
	$(PY) -m scaretry.sandbox --port 8080

clean:
	rm -rf $(VENV) build dist *.egg-info
