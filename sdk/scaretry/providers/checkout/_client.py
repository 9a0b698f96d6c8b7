"""The Checkout.com clients: :class:`Checkout` and :class:`AsyncCheckout`."""

from __future__ import annotations

import attrs
from scaretry_checkout.client import AuthenticatedClient

from scaretry._client import AsyncClient, Client
from scaretry._errors import ValidationError
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest
from scaretry.providers.checkout._config import CheckoutConfig
from scaretry.providers.checkout._flows import SESSION_ID, CheckoutAdapter

__all__ = ["AsyncCheckout", "Checkout"]


def _check_session_id(session_id: str) -> None:
    if not SESSION_ID.match(session_id):
        raise ValidationError("session_id", "must be a Checkout.com session id (sid_…)")


@attrs.frozen(eq=False)
class Checkout(Client[CheckoutAdapter, AuthenticatedClient], CheckoutConfig):
    """Checkout.com, synchronous.

    Relies on: the automatic SCA retry ("Manage SCA retries": a 20154 soft decline of a
    customer-initiated payment answers ``202 Pending`` with ``3ds.upgrade_reason: "sca_retry"`` and
    ``_links.redirect``; opted out with ``3ds.allow_upgrade: false``); ``cko-session-id`` on the
    return URL; ``Cko-Idempotency-Key`` ("Idempotency": a repeat returns the first 2xx) so payment
    requests are retried safely; ``Cko-Signature`` webhooks. ``client.api`` is the generated
    ``scaretry_checkout`` client.
    """

    def authenticate(self, request: PaymentRequest) -> Outcome:
        """Standalone 3DS through the Sessions API (hosted completion): ACTION_REQUIRED with the
        page to send the customer to; after ``resume``/``wait`` AUTHORIZED means *authenticated*
        (no money moved) — then :meth:`pay_with_session` with ``outcome.payment_id`` (the ``sid_``)."""
        self._adapter.check_session(request)
        return self._run(self._adapter.authenticate(request))

    def pay_with_session(
        self, request: PaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """Pay with an ``approved``/``attempted`` session: ``3ds: {enabled: true, authentication_id}``."""
        _check_session_id(session_id)
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return self._run(self._adapter.pay_with_session(request, session_id, key))


@attrs.frozen(eq=False)
class AsyncCheckout(AsyncClient[CheckoutAdapter, AuthenticatedClient], CheckoutConfig):
    """Checkout.com, asynchronous (asyncio or trio). See :class:`Checkout` for the facts it relies on."""

    async def authenticate(self, request: PaymentRequest) -> Outcome:
        """See :meth:`Checkout.authenticate`."""
        self._adapter.check_session(request)
        return await self._run(self._adapter.authenticate(request))

    async def pay_with_session(
        self, request: PaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """See :meth:`Checkout.pay_with_session`."""
        _check_session_id(session_id)
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return await self._run(self._adapter.pay_with_session(request, session_id, key))
