"""The pytest plugin behind ``scaretry[testing]`` (registered through the ``pytest11`` entry point)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.testing._customer import Customer


@pytest.fixture(scope="session")
def scaretry_sandbox() -> Iterator[SandboxServer]:
    """The embedded sandbox, started once per test session on a free loopback port.

    ``scaretry_sandbox.url_for("checkout")`` is the base URL to give a client.
    """
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.2)) as server:
        yield server


@pytest.fixture
def customer() -> Iterator[Customer]:
    """A customer's browser for sandbox challenge pages: ``customer.act(outcome.action, "approve")``."""
    person = Customer()
    yield person
    person.close()
