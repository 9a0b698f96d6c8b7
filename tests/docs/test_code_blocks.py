"""Every ```python block of the README and ``docs/`` runs against the sandbox, so the documentation
cannot drift from the code.

A block runs as written, with its own imports, in a namespace where the names it leaves to the
reader are bound:

- a provider client it constructs (``Checkout(...)``, ``Antom(...)``, …) is that provider's sandbox
  client (published test credentials, the sandbox's URL). The block's arguments are still bound to
  the real constructor's signature first, so a wrong keyword fails as it would for a user;
- ``request`` is a payment with a test card that the provider soft-declines for missing SCA (or,
  for PXP, that asks for a fingerprint and a challenge);
- a customer approves every action an ``Outcome`` asks for, as soon as the client returns it, and
  what the merchant's return URL received is bound to the names the blocks give it
  (``return_query_params``, ``request_query_params``, ``fields_your_return_url_received``);
- ``store(order, data)`` keeps ``data`` as ``stored``;
- credential placeholders (``client_id``, ``private_key``, …) are strings: the sandbox client
  replaces them.

A block that leaves a final ``outcome`` behind must have reached AUTHORIZED (the customer approved).
"""

from __future__ import annotations

import importlib
import inspect
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

import scaretry
from codegen._generate import ROOT
from scaretry import Outcome, PaymentRequest, State
from scaretry.sandbox import SandboxServer
from scaretry.testing import Customer
from tests.docs._blocks import CodeBlock, code_blocks

BLOCKS = code_blocks(ROOT)
CLIENTS = {"checkout": "Checkout", "antom": "Antom", "paymentsai": "PaymentsAI", "pxp": "PXP"}
RETURNED_NAMES = ("return_query_params", "request_query_params", "fields_your_return_url_received")
PLACEHOLDERS = ("client_id", "private_key", "antom_public_key", "private_key_pem", "antom_public_key_pem")


def _request_for(provider: str) -> PaymentRequest:
    scenarios = importlib.import_module(f"scaretry.testing.scenarios.{provider}")
    if provider == "checkout":
        request: PaymentRequest = scenarios.request_for("sca_required")
    elif provider == "antom":
        request = scenarios.request_for("sca_required", f"ORD-DOCS-{uuid.uuid4().hex[:12]}")
    elif provider == "pxp":
        request = scenarios.request_for("fingerprint_challenge")
    else:
        raise KeyError("request")  # no block pays with Payments AI's `request` yet
    return request


class _CustomerAtTheBank:
    """A provider client whose outcomes' actions a customer completes as soon as they are returned."""

    def __init__(self, client: Any, names: _BlockNames) -> None:
        self._client = client
        self._names = names

    def _acted(self, outcome: Outcome) -> Outcome:
        if outcome.action is not None:
            self._names.returned = self._names.customer.act(outcome.action, "approve").params
        return outcome

    def pay(self, *args: Any, **kwargs: Any) -> Outcome:
        return self._acted(self._client.pay(*args, **kwargs))

    def resume(self, *args: Any, **kwargs: Any) -> Outcome:
        return self._acted(self._client.resume(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def __enter__(self) -> _CustomerAtTheBank:
        self._client.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.__exit__(*exc)


class _BlockNames(dict[str, Any]):
    """The block's local namespace: what the block does not define is looked up here."""

    def __init__(self, provider: str, customer: Customer) -> None:
        super().__init__()
        self.provider = provider
        self.customer = customer
        self.returned: Mapping[str, str] | None = None

    def __missing__(self, name: str) -> Any:
        if name == "request":
            self[name] = _request_for(self.provider)
            return self[name]
        if name in RETURNED_NAMES:
            if self.returned is None:
                raise KeyError(name)  # read before any action: a NameError in the block
            return dict(self.returned)
        if name == "order":
            return "ORD-DOCS"
        if name == "store":
            return self._store
        if name in PLACEHOLDERS:
            return f"<{name}>"
        raise KeyError(name)

    def _store(self, order: str, data: Mapping[str, Any]) -> None:
        self["stored"] = data


def _provider_of(block: CodeBlock) -> str:
    found = re.search(r"\b(" + "|".join(CLIENTS.values()) + r")\(", block.source)
    assert found, f"{block}: no provider client is constructed in this block"
    return next(p for p, name in CLIENTS.items() if name == found.group(1))


def _sandbox_client(provider: str, url: str, names: _BlockNames) -> Callable[..., _CustomerAtTheBank]:
    cls = getattr(scaretry, CLIENTS[provider])
    scenarios = importlib.import_module(f"scaretry.testing.scenarios.{provider}")

    def construct(*args: Any, **kwargs: Any) -> _CustomerAtTheBank:
        inspect.signature(cls).bind(*args, **kwargs)  # a wrong keyword fails here, as it would for a user
        return _CustomerAtTheBank(scenarios.client_for(url), names)

    return construct


@pytest.fixture
def customer_at_the_bank() -> Iterator[Customer]:
    person = Customer()
    yield person
    person.close()


@pytest.mark.parametrize("block", BLOCKS, ids=str)
def test_code_block_runs(
    block: CodeBlock, scaretry_sandbox: SandboxServer, customer_at_the_bank: Customer, monkeypatch: pytest.MonkeyPatch
) -> None:
    if block.not_run:
        pytest.skip(f"marked not-run in the Markdown: {block.not_run}")
    provider = _provider_of(block)
    names = _BlockNames(provider, customer_at_the_bank)
    construct = _sandbox_client(provider, scaretry_sandbox.url_for(provider), names)
    name = CLIENTS[provider]
    monkeypatch.setattr(scaretry, name, construct)
    monkeypatch.setattr(importlib.import_module(f"scaretry.providers.{provider}"), name, construct)
    code = compile(block.source, f"{block.path}:{block.line}", "exec")
    exec(code, {"__name__": "__docs__"}, names)  # noqa: S102  # the project's own documentation
    outcome = names.get("outcome")
    if outcome is not None and outcome.is_final:
        assert outcome.state is State.AUTHORIZED, f"{block}: ended {outcome.state} although the customer approved"


def test_blocks_are_found() -> None:
    assert {block.path.name for block in BLOCKS} >= {"README.md", "checkout.md", "antom.md", "pxp.md"}
    assert sum(1 for block in BLOCKS if block.not_run) <= 2, "not-run marks should be rare"
