"""Test helpers for code that uses scaretry (a pytest plugin, installed with ``scaretry[testing]``).

Fixtures: ``scaretry_sandbox`` (the embedded sandbox on a free loopback port, one per session),
``customer`` (completes challenge pages like a browser), ``sandbox_admin`` (an httpx client for the
sandbox's ``/_sandbox/...`` admin API), ``sandbox_faults`` (sandbox-wide faults, cleared after the
test) and ``webhook_receiver`` (a :class:`WebhookReceiver`: a loopback endpoint recording the
webhooks it is sent). ``recording_config()`` is a vcrpy/pytest-recording configuration whose
scrubbers keep card numbers, CVVs, keys and signatures out of cassettes.

This package imports with scaretry's own dependencies only (pytest loads the plugin wherever
scaretry is installed); ``recording_config`` is imported on first use, since it needs vcrpy.
"""

from typing import TYPE_CHECKING, Any

from scaretry.testing._customer import Customer, Returned
from scaretry.testing._webhooks import Received, WebhookReceiver

if TYPE_CHECKING:
    from scaretry.testing._recording import recording_config

__all__ = ["Customer", "Received", "Returned", "WebhookReceiver", "recording_config"]


def __getattr__(name: str) -> Any:
    if name == "recording_config":
        try:
            from scaretry.testing._recording import recording_config
        except ImportError as exc:
            raise ImportError(f"recording_config needs vcrpy: pip install 'scaretry[testing]' ({exc})") from exc
        return recording_config
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
