"""The Payments AI clients, sync and async: the configuration joined with the core's runners."""

from __future__ import annotations

import attrs
from scaretry_paymentsai.client import Client as GeneratedClient

from scaretry._client import AsyncClient, Client
from scaretry.providers.paymentsai._config import PaymentsAIConfig
from scaretry.providers.paymentsai._flows import PaymentsAIAdapter

__all__ = ["AsyncPaymentsAI", "PaymentsAI"]


@attrs.frozen(eq=False)
class PaymentsAI(Client[PaymentsAIAdapter, GeneratedClient], PaymentsAIConfig):
    """Payments AI, synchronous.

    Payments AI switches 3-D Secure on per gateway connection ("3DS is disabled by default for all
    gateway connections", 3DS2 guide), not per transaction, and does not expose the issuer's
    decline code. So this client honours ``ThreeDSMode.ALWAYS`` on a connection with 3DS on and
    ``ThreeDSMode.NEVER`` on one with 3DS off, and raises :class:`~scaretry.UnsupportedError` before
    sending anything for ``UPGRADE`` (a soft decline for missing SCA cannot be recognised, so it
    cannot be retried with 3DS) and for a mode that contradicts ``gateway_three_ds`` — never a
    silent change of mode.

    A challenge comes back ACTION_REQUIRED with a redirect to Payments AI's ``approvalLink``; the
    customer returns to ``return_url`` (``{id}``/``{result}`` placeholders kept, or appended as query
    parameters ``id`` and ``result``) and :meth:`resume` reads the transaction. ``client.api`` is the
    generated ``scaretry_paymentsai`` client (customers, payment instruments, tokens).
    """


@attrs.frozen(eq=False)
class AsyncPaymentsAI(AsyncClient[PaymentsAIAdapter, GeneratedClient], PaymentsAIConfig):
    """Payments AI, asynchronous: the same facts and behaviour as :class:`PaymentsAI`."""
