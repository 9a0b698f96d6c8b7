# Two commands for a fresh machine: `make demo` and `make test`. Everything else is a step of those.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: demo test lint typecheck check-generated validate-specs pytest regen cassettes bench sandbox clean

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

bench: $(STAMP)
	$(PY) -m bench

sandbox: $(STAMP)
	$(PY) -m scaretry.sandbox --port 8080

clean:
	rm -rf $(VENV) build dist *.egg-info

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
