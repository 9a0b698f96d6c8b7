"""Antom (Ant International): card payments with Antom 3DS-Retry, the ``Antom`` / ``AsyncAntom`` clients.

Modules, one idea each: :mod:`._config` (credentials and options), :mod:`._keys` (RSA keys and the
RSA256 signatures), :mod:`._auth` (the ``httpx.Auth`` signing requests and verifying answers),
:mod:`._requests` (a PaymentRequest as Antom's bodies), :mod:`._outcomes` (how Antom's answer
becomes an Outcome), :mod:`._actions` (the buyer's redirect, and where it is kept),
:mod:`._results` (answers that are errors), :mod:`._notifications` (notifyPayment),
:mod:`._session` (payment sessions), :mod:`._flows` (the adapter) and :mod:`._client` (the clients).
"""

from typing import TYPE_CHECKING

from scaretry._lazy import lazy_exports
from scaretry.providers.antom._auth import AntomAuth
from scaretry.providers.antom._client import Antom, AsyncAntom
from scaretry.providers.antom._config import AntomConfig
from scaretry.providers.antom._keys import load_private_key, load_public_key
from scaretry.providers.antom._session import PaymentSession, SessionScene

if TYPE_CHECKING:
    from scaretry.providers.antom._flows import AntomAdapter
    from scaretry.providers.antom._models import AntomModel
    from scaretry.providers.antom._notifications import NOTIFY_ACK

__all__ = [
    "NOTIFY_ACK",
    "Antom",
    "AntomAdapter",
    "AntomAuth",
    "AntomConfig",
    "AntomModel",
    "AsyncAntom",
    "PaymentSession",
    "SessionScene",
    "load_private_key",
    "load_public_key",
]


# The adapter and the generated models load on first use (a client loads them when made).
__getattr__ = lazy_exports(
    __name__,
    {
        "AntomAdapter": "._flows",
        "NOTIFY_ACK": "._notifications",
        "AntomModel": "._models",
    },
)
