"""Fixtures of the Checkout.com facade tests: a sandbox client, and a webhook receiver registered
with the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from scaretry.providers.checkout import Checkout
from scaretry.sandbox import SandboxServer
from scaretry.testing import WebhookReceiver
from scaretry.testing.scenarios.checkout import client_for
from tests.facade.checkout._helpers import Recording, sandbox_client


@pytest.fixture
def client(scaretry_sandbox: SandboxServer) -> Iterator[Checkout]:
    with client_for(scaretry_sandbox.url_for("checkout")) as checkout:
        yield checkout


@pytest.fixture
def receiver(sandbox_admin: httpx.Client, webhook_receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    """The receiver, registered as Checkout.com's webhook endpoint."""
    sandbox_admin.put("/_sandbox/webhooks/checkout", json={"url": webhook_receiver.url}).raise_for_status()
    yield webhook_receiver
    sandbox_admin.delete("/_sandbox/webhooks/checkout")


@pytest.fixture
def wire() -> Recording:
    """What the ``recorded`` client sent."""
    return Recording()


@pytest.fixture
def recorded(scaretry_sandbox: SandboxServer, wire: Recording) -> Iterator[Checkout]:
    """A sandbox client whose requests are kept in ``wire``."""
    with sandbox_client(scaretry_sandbox.url_for("checkout"), wire) as client:
        yield client
