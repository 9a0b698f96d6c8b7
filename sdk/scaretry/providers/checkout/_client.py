"""The Checkout.com clients: :class:`Checkout` and :class:`AsyncCheckout`.

Importing them loads neither the generated client nor the adapter: those load when a client is
made (``make_adapter``), so ``from scaretry import Checkout`` stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from scaretry._client import AsyncClient, Client
from scaretry._errors import ValidationError
from scaretry._outcome import Outcome
from scaretry._request import PaymentRequest
from scaretry.providers.checkout._config import SESSION_ID, CheckoutConfig

if TYPE_CHECKING:  # the generic parameters below name them as strings: loaded when a client is made
    from scaretry_checkout.client import AuthenticatedClient  # noqa: F401

    from scaretry.providers.checkout._flows import CheckoutAdapter
    from scaretry.providers.checkout._models import CheckoutModel  # noqa: F401

__all__ = ["AsyncCheckout", "Checkout"]


def _new_adapter(config: CheckoutConfig) -> CheckoutAdapter:
    """The adapter, imported when a client is made (not when this module is): ``make_adapter``."""
    from scaretry.providers.checkout._flows import CheckoutAdapter

    return CheckoutAdapter(config)


def _check_session_id(session_id: str) -> None:
    if not SESSION_ID.match(session_id):
        raise ValidationError("session_id", "must be a Checkout.com session id (sid_…)")


@attrs.frozen(eq=False)
class Checkout(Client["CheckoutAdapter", "AuthenticatedClient", "CheckoutModel"], CheckoutConfig):
    """Checkout.com, synchronous.

    Relies on: the automatic SCA retry ("Manage SCA retries": a 20154 soft decline of a
    customer-initiated payment answers ``202 Pending`` with ``3ds.upgrade_reason: "sca_retry"`` and
    ``_links.redirect``; opted out with ``3ds.allow_upgrade: false``); ``cko-session-id`` on the
    return URL; ``Cko-Idempotency-Key`` ("Idempotency": a repeat returns the first 2xx) so payment
    requests are retried safely; ``Cko-Signature`` webhooks. ``client.api`` is the generated
    ``scaretry_checkout`` client.
    """

    make_adapter = _new_adapter

    def authenticate(self, request: PaymentRequest, *, callback_url: str | None = None) -> Outcome:
        """Standalone 3DS through the Sessions API ("Authenticate with 3DS › Sessions").

        Hosted completion by default: ACTION_REQUIRED with Checkout.com's page to send the customer
        to. With ``callback_url``, non-hosted: ``request.browser`` goes with the request, a challenge
        is the ACS's page (it returns the customer to ``request.return_url`` with
        ``cko-session-id``), and once the session is final the client completes it, so Checkout.com
        POSTs the result to ``callback_url``. After ``resume``/``wait``, AUTHORIZED means
        *authenticated* (no money moved): then :meth:`pay_with_session` with ``outcome.payment_id``
        (the ``sid_``)."""
        self._adapter.check_session(request, callback_url)
        return self._run(self._adapter.authenticate(request, callback_url))

    def pay_with_session(
        self, request: PaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """Pay with an ``approved``/``attempted`` session: ``3ds: {enabled: true, authentication_id}``."""
        _check_session_id(session_id)
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return self._run(self._adapter.pay_with_session(request, session_id, key))


@attrs.frozen(eq=False)
class AsyncCheckout(AsyncClient["CheckoutAdapter", "AuthenticatedClient", "CheckoutModel"], CheckoutConfig):
    """Checkout.com, asynchronous (asyncio or trio). See :class:`Checkout` for the facts it relies on."""

    make_adapter = _new_adapter

    async def authenticate(self, request: PaymentRequest, *, callback_url: str | None = None) -> Outcome:
        """See :meth:`Checkout.authenticate`."""
        self._adapter.check_session(request, callback_url)
        return await self._run(self._adapter.authenticate(request, callback_url))

    async def pay_with_session(
        self, request: PaymentRequest, session_id: str, *, idempotency_key: str | None = None
    ) -> Outcome:
        """See :meth:`Checkout.pay_with_session`."""
        _check_session_id(session_id)
        self._adapter.source(request)
        key = self._key_for(request, idempotency_key)
        return await self._run(self._adapter.pay_with_session(request, session_id, key))
