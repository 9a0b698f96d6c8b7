"""Fixtures of the Payments AI facade tests: the sandbox's Payments AI URL and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scaretry.providers.paymentsai import PaymentsAI
from scaretry.sandbox import SandboxServer
from scaretry.testing.scenarios.paymentsai import client_for


@pytest.fixture
def base(scaretry_sandbox: SandboxServer) -> str:
    return scaretry_sandbox.url_for("paymentsai")


@pytest.fixture
def client(base: str) -> Iterator[PaymentsAI]:
    with client_for(base) as paymentsai:
        yield paymentsai
