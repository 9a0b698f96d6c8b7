"""The Payments AI clients, sync and async: the configuration joined with the core's runners."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from scaretry._client import AsyncClient, Client
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest
from scaretry.providers.paymentsai._config import PaymentsAIConfig

if TYPE_CHECKING:  # the generic parameters below name them as strings: loaded when a client is made
    from scaretry_paymentsai.client import Client as GeneratedClient  # noqa: F401

    from scaretry.providers.paymentsai._flows import PaymentsAIAdapter
    from scaretry.providers.paymentsai._models import PaymentsAIModel  # noqa: F401

__all__ = ["AsyncPaymentsAI", "PaymentsAI"]


def _new_adapter(config: PaymentsAIConfig) -> PaymentsAIAdapter:
    """The adapter, imported when a client is made (not when this module is): ``make_adapter``."""
    from scaretry.providers.paymentsai._flows import PaymentsAIAdapter

    return PaymentsAIAdapter(config)


@attrs.frozen(eq=False)
class PaymentsAI(Client["PaymentsAIAdapter", "GeneratedClient", "PaymentsAIModel"], PaymentsAIConfig):
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

    make_adapter = _new_adapter

    def pay(
        self, request: PaymentRequest, *, idempotency_key: str | None = None, customer_id: str | None = None
    ) -> Outcome:
        """Pay (see :meth:`scaretry.Client.pay`). ``customer_id`` is sent as ``customerId``, the
        Payments AI customer the transaction belongs to (as in step 1 of the 3DS2 guide); a saved
        payment instrument must be that customer's."""
        key = self._check_pay(request, idempotency_key)
        return self._run(self._adapter.pay(request, key, customer_id))


@attrs.frozen(eq=False)
class AsyncPaymentsAI(AsyncClient["PaymentsAIAdapter", "GeneratedClient", "PaymentsAIModel"], PaymentsAIConfig):
    """Payments AI, asynchronous: the same facts and behaviour as :class:`PaymentsAI`."""

    make_adapter = _new_adapter

    async def pay(
        self, request: PaymentRequest, *, idempotency_key: str | None = None, customer_id: str | None = None
    ) -> Outcome:
        """See :meth:`PaymentsAI.pay`."""
        key = self._check_pay(request, idempotency_key)
        return await self._run(self._adapter.pay(request, key, customer_id))
