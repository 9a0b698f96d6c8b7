"""Test helpers for code that uses scaretry (a pytest plugin, installed with ``scaretry[testing]``).

Fixtures: ``scaretry_sandbox`` (the embedded sandbox on a free loopback port, one per session),
``customer`` (completes challenge pages like a browser), ``sandbox_admin`` (an httpx client for the
sandbox's ``/_sandbox/...`` admin API), ``sandbox_faults`` (sandbox-wide faults, cleared after the
test) and ``webhook_receiver`` (a :class:`WebhookReceiver`: a loopback endpoint recording the
webhooks it is sent). ``recording_config()`` is a vcrpy/pytest-recording configuration whose
scrubbers keep card numbers, CVVs, keys and signatures out of cassettes.
"""

from scaretry.testing._customer import Customer, Returned
from scaretry.testing._webhooks import Received, WebhookReceiver

__all__ = ["Customer", "Received", "Returned", "WebhookReceiver"]
