"""No card number, CVV, key, signature, ``Authorization`` value or session secret in any log record
(DEBUG, every logger: scaretry, httpx, httpcore, uvicorn) or in any exception the clients raise
(through ``__cause__``, ``__context__``, ``args`` and every attribute, recursively), over fault
trials of every provider's flows, sync and async: the errors a merchant's logs and error tracker
would receive.
"""

from __future__ import annotations

import base64
import importlib
import logging
import re
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest

from scaretry import TransportError
from scaretry.sandbox._credentials import CHECKOUT, PAYMENTSAI, PXP
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM
from tests.reliability.trials import PROVIDERS, Result, Workers, run_trials

SEED = 7
_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "httpx", "httpcore", "scaretry")
TRIALS = 6
_CVV = re.compile(r"(?i)(cvv|cvc|card_?verification_?value|security_?code)\W{1,6}\d{3,4}\b")
_SESSION_SECRET = re.compile(r"(?i)session_secret\W{1,6}[A-Za-z0-9_]{8,}")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.lines.append((record.name, text))


@attrs.frozen
class Run:
    results: list[Result]
    logs: list[tuple[str, str]]


@pytest.fixture(scope="module")
def run() -> Run:
    handler = _Records()
    root = logging.getLogger()
    saved = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with Workers(4) as workers:
            for name in _LOGGERS:
                logger = logging.getLogger(name)
                logger.setLevel(logging.DEBUG)
                if not logger.propagate:  # uvicorn's own loggers do not reach the root logger
                    logger.addHandler(handler)
            results, _ = run_trials(workers, SEED, TRIALS)
    finally:
        for name in _LOGGERS:
            logging.getLogger(name).removeHandler(handler)
        root.removeHandler(handler)
        root.setLevel(saved)
    return Run(results, handler.lines)


def secrets(run: Run) -> dict[str, str]:
    """Every secret value of the run, named."""
    found: dict[str, str] = {}
    for provider in PROVIDERS:
        cards: dict[str, str] = importlib.import_module(f"scaretry.testing.scenarios.{provider}").CARDS
        found.update({number: f"{provider} card {name}" for name, number in cards.items()})
    for name, value in [*CHECKOUT.items(), *PAYMENTSAI.items(), *PXP.items()]:
        if any(word in name for word in ("key", "secret", "token_value")):
            found[value] = f"credential {name}"
    key = "".join(MERCHANT_TEST_PRIVATE_KEY_PEM.strip().splitlines()[1:-1])
    for start in range(0, len(key) - 40, 40):
        found[key[start : start + 40]] = "Antom private key material"
    for result in run.results:
        for value in result.secrets:
            found[value] = "an Authorization or signature header value"
            for part in re.findall(r"signature=([^,\s]+)", value):
                found[part] = "a signature"
    return {value: name for value, name in found.items() if len(value) >= 12}


def _texts(error: BaseException) -> Iterator[tuple[str, str]]:
    """(where, text) for everything reachable from ``error``."""
    seen: set[int] = set()
    stack: list[tuple[str, Any]] = [(type(error).__name__, error)]
    while stack:
        where, value = stack.pop()
        if id(value) in seen or len(seen) > 10_000:
            continue
        seen.add(id(value))
        if isinstance(value, bytes | bytearray):
            yield where, bytes(value).decode("utf-8", "replace")
        elif isinstance(value, str | int | float | bool) or value is None:
            yield where, str(value)
        elif isinstance(value, dict) or (hasattr(value, "items") and callable(value.items)):
            stack.extend((f"{where}[{k!r}]", v) for k, v in list(value.items()))
            stack.extend((f"{where} key", k) for k in list(value.keys()))
        elif isinstance(value, list | tuple | set | frozenset):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(value))
        else:
            yield where, repr(value)
            if isinstance(value, BaseException):
                yield where, str(value)
                stack.extend((f"{where}.args", a) for a in value.args)
                for link in ("__cause__", "__context__"):
                    if getattr(value, link) is not None:
                        stack.append((f"{where}.{link}", getattr(value, link)))
            for name, item in list(getattr(value, "__dict__", {}).items()):
                stack.append((f"{where}.{name}", item))
            if attrs.has(type(value)):
                stack.extend((f"{where}.{f.name}", getattr(value, f.name)) for f in attrs.fields(type(value)))


def _leaks(text: str, known: dict[str, str]) -> list[str]:
    found = [name for value, name in known.items() if value in text]
    found += [f"a CVV ({m.group(0)[:40]})" for m in _CVV.finditer(text)]
    found += ["a session secret" for _ in _SESSION_SECRET.finditer(text)]
    encoded = [
        name for value, name in known.items() if "card" in name and base64.b64encode(value.encode()).decode() in text
    ]
    return found + [f"{name}, base64-encoded" for name in encoded]


def test_the_run_saw_errors_and_logs(run: Run) -> None:
    """Not vacuous: the faults made the clients raise, and DEBUG logging was on everywhere."""
    errors = [e for r in run.results for e in r.errors]
    assert len(errors) >= 20
    loggers = {name.split(".")[0] for name, _ in run.logs}
    assert {"httpx", "httpcore", "scaretry", "uvicorn"} <= loggers, loggers
    assert len(secrets(run)) > 20


def test_no_secret_in_a_log_record(run: Run) -> None:
    known = secrets(run)
    leaks = sorted({f"{name}: {leak}" for name, text in run.logs for leak in _leaks(text, known)})
    assert not leaks, "secrets in log records (logger: what):\n" + "\n".join(leaks)


def test_no_secret_in_an_exception(run: Run) -> None:
    known = secrets(run)
    leaks: set[str] = set()
    for result in run.results:
        for error in result.errors:
            for where, text in _texts(error):
                leaks.update(f"{result.provider} {where}: {leak}" for leak in _leaks(text, known))
    assert not leaks, "secrets reachable from exceptions:\n" + "\n".join(sorted(leaks)[:50])


def test_the_scanner_finds_what_it_looks_for() -> None:
    """Not vacuous: a card, a CVV and a key behind ``__cause__`` (httpx's request) are found."""
    request = httpx.Request("POST", "https://example.test/payments", json={"number": "4242424242424242", "cvv": "100"})
    request.headers["Authorization"] = f"Bearer {CHECKOUT['secret_key']}"
    error = TransportError("dropped", provider="checkout")
    error.__cause__ = httpx.ReadError("dropped", request=request)
    known = {"4242424242424242": "a card", CHECKOUT["secret_key"]: "the secret key"}
    leaks = {leak for _, text in _texts(error) for leak in _leaks(text, known)}
    assert {"a card", "the secret key"} <= leaks
    assert any(leak.startswith("a CVV") for leak in leaks)
