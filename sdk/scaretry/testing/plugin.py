"""The pytest plugin behind ``scaretry[testing]`` (registered through the ``pytest11`` entry point).

pytest loads it in every environment where scaretry is installed, extras or not, so importing it
must need nothing beyond scaretry's own dependencies: the sandbox (Starlette, uvicorn, …) is
imported by the fixtures that use it, which fail with the install command when it is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import httpx
import pytest

from scaretry.testing._customer import Customer
from scaretry.testing._webhooks import WebhookReceiver

if TYPE_CHECKING:
    from scaretry.sandbox import SandboxServer

#: What a fixture that needs the sandbox says when the extra is not installed.
INSTALL_HINT = "pip install 'scaretry[testing]'"


@pytest.fixture(scope="session")
def scaretry_sandbox() -> Iterator[SandboxServer]:
    """The embedded sandbox, started once per test session on a free loopback port.

    ``scaretry_sandbox.url_for("checkout")`` is the base URL to give a client.
    """
    try:
        from scaretry.sandbox import SandboxServer, SandboxSettings
    except ImportError as exc:  # only scaretry itself is installed, without the extra
        pytest.fail(f"the scaretry_sandbox fixture needs the sandbox: {INSTALL_HINT} ({exc})", pytrace=False)
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.2)) as server:
        yield server


@pytest.fixture
def customer() -> Iterator[Customer]:
    """A customer's browser for sandbox challenge pages: ``customer.act(outcome.action, "approve")``."""
    person = Customer()
    yield person
    person.close()


@pytest.fixture
def sandbox_admin(scaretry_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """An httpx client on the sandbox's root URL, for its admin API while you test your own code:
    ``sandbox_admin.get("/_sandbox/state")`` (what each provider holds, to check that a retry made
    one payment), ``post("/_sandbox/clock/advance", json={"seconds": 901})`` (expire a challenge
    without waiting), ``get("/_sandbox/deliveries")`` (every webhook sent), and
    ``put``/``delete("/_sandbox/webhooks/<provider>")`` (where that provider's webhooks go)."""
    with httpx.Client(base_url=scaretry_sandbox.url, timeout=10) as client:
        yield client


@pytest.fixture
def sandbox_faults(sandbox_admin: httpx.Client) -> Iterator[Callable[[str], None]]:
    """Make the sandbox misbehave for every request, to test your code's retries and recovery:
    ``sandbox_faults("drop-after-commit;times=1")`` or ``sandbox_faults("status=503;retry-after=1")``
    (the ``X-Sandbox-Fault`` syntax). The fault is always cleared when the test ends, passed or
    failed: the sandbox is shared by the whole session."""

    def set_fault(spec: str) -> None:
        sandbox_admin.put("/_sandbox/faults", json={"fault": spec}).raise_for_status()

    try:
        yield set_fault
    finally:
        sandbox_admin.delete("/_sandbox/faults")


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    """A :class:`~scaretry.testing.WebhookReceiver` running for the test, to check what your code
    does with the sandbox's webhooks. Register its ``url`` with the sandbox (``PUT
    /_sandbox/webhooks/<provider>``, and ``DELETE`` it afterwards), or pass it as a payment's notify
    URL, then ``webhook_receiver.wait(1)``."""
    with WebhookReceiver() as receiver:
        yield receiver
