"""The ``Antom`` and ``AsyncAntom`` clients: Antom's configuration joined with the core clients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from scaretry._client import AsyncClient, Client
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest
from scaretry.providers.antom._config import AntomConfig
from scaretry.providers.antom._session import PaymentSession, SessionScene

if TYPE_CHECKING:  # the generic parameters below name them as strings: loaded when a client is made
    from scaretry_antom.client import Client as AntomApi  # noqa: F401

    from scaretry.providers.antom._flows import AntomAdapter
    from scaretry.providers.antom._models import AntomModel  # noqa: F401

__all__ = ["Antom", "AsyncAntom"]


def _new_adapter(config: AntomConfig) -> AntomAdapter:
    """The adapter, imported when a client is made (not when this module is): ``make_adapter``."""
    from scaretry.providers.antom._flows import AntomAdapter

    return AntomAdapter(config)


@attrs.frozen(eq=False)
class Antom(Client["AntomAdapter", "AntomApi", "AntomModel"], AntomConfig):
    """Antom, synchronous. ``Antom(client_id, private_key, antom_public_key, base_url=...)``.

    Relies on: Antom 3DS-Retry (``enableAuthenticationUpgrade``, docs.antom.com/ac/pm/3ds_retry) for
    the UPGRADE mode; RSA256 signing of requests and of Antom's answers; ``paymentRequestId`` as the
    idempotency key of pay; and inquiryPayment (paymentStatus SUCCESS/FAIL/PROCESSING/PENDING/CANCELLED)
    for polling.
    """

    make_adapter = _new_adapter

    def create_payment_session(
        self,
        request: PaymentRequest,
        *,
        scene: SessionScene = SessionScene.ELEMENT,
        idempotency_key: str | None = None,
    ) -> PaymentSession:
        """createPaymentSession for Antom's Payment Element or hosted Checkout Page
        (``scene=SessionScene.CHECKOUT_PAGE``: send the buyer to ``session.normal_url``), then
        ``wait(session.handle)`` for the payment the buyer makes there."""
        key = self._check_pay(request, idempotency_key)
        return self._run(self._adapter.create_session(request, key, scene))

    def parse_webhook(self, headers: Mapping[str, str], body: bytes, path: str | None = None) -> Outcome:
        """Verify and parse a notifyPayment. Antom signs it over the path of your notify URL: give
        ``path`` (the request path your endpoint was called at), or the client's ``notify_url`` is used."""
        if path is None:
            return super().parse_webhook(headers, body)
        return self._issued(self._adapter.parse_notification(headers, body, path))


@attrs.frozen(eq=False)
class AsyncAntom(AsyncClient["AntomAdapter", "AntomApi", "AntomModel"], AntomConfig):
    """Antom, asynchronous (asyncio or trio): the twin of :class:`Antom`."""

    make_adapter = _new_adapter

    async def create_payment_session(
        self,
        request: PaymentRequest,
        *,
        scene: SessionScene = SessionScene.ELEMENT,
        idempotency_key: str | None = None,
    ) -> PaymentSession:
        """See :meth:`Antom.create_payment_session`."""
        key = self._check_pay(request, idempotency_key)
        return await self._run(self._adapter.create_session(request, key, scene))

    def parse_webhook(self, headers: Mapping[str, str], body: bytes, path: str | None = None) -> Outcome:
        """See :meth:`Antom.parse_webhook`."""
        if path is None:
            return super().parse_webhook(headers, body)
        return self._issued(self._adapter.parse_notification(headers, body, path))
