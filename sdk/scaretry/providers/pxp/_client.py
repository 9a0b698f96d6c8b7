"""The :class:`PXP` and :class:`AsyncPXP` clients: the core's clients over PXP's configuration."""

from __future__ import annotations

from typing import Any

import attrs
from scaretry_pxp.client import Client as PxpApi
from scaretry_pxp.models import (
    Authentication,
    PreInitiateIntegratedAuthenticationResponse,
    ReportingEvent,
    TokenEvent,
    Transaction,
)

from scaretry._client import AsyncClient, Client
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._request import Card, CardToken
from scaretry.providers.pxp._config import PXPConfig
from scaretry.providers.pxp._flows import PXPAdapter

__all__ = ["PXP", "PXPModel", "AsyncPXP"]

#: The generated models behind PXP's outcomes (``outcome.raw``): a notification of a category the
#: spec does not know keeps its JSON object.
PXPModel = (
    Transaction
    | Authentication
    | PreInitiateIntegratedAuthenticationResponse
    | TokenEvent
    | ReportingEvent
    | dict[str, Any]
)


@attrs.frozen(eq=False)
class PXP(Client[PXPAdapter, PxpApi, PXPModel], PXPConfig):
    """PXP Financial (Unity), synchronous.

    PXP has no native SCA-retry: in UPGRADE mode this client retries a soft decline (scheme code
    ``1A``/``65``) itself, with PXP's integrated 3DS and a new transaction carrying
    ``threeDSecureData.authenticationId``. Its 3DS is browser-based (pre-initiate, 3DS Method,
    browser authentication, challenge), so ``request.browser`` is required unless ``three_ds=NEVER``.
    ``merchantTransactionId`` is the idempotency key: only ``POST /v1/transactions`` is retried.
    See https://developer.pxp.io/guides/3ds/how-it-works and ``docs/providers/pxp.md``.
    """

    def retry_authentication(self, handle: Handle, card: Card | CardToken) -> Outcome:
        """Authenticate again a payment whose 3DS authentication failed (``AuthenticationFailed``,
        PXP's "3DS states": "you can retry authentication"), with the card the customer entered
        again. Returns the new action (3DS Method or challenge) or the final outcome; refused with a
        :class:`~scaretry.ValidationError` when PXP allows no retry, or after three authentications."""
        return self._run(self._adapter.retry_authentication(self._verified(handle), card))


@attrs.frozen(eq=False)
class AsyncPXP(AsyncClient[PXPAdapter, PxpApi, PXPModel], PXPConfig):
    """PXP Financial (Unity), asynchronous; see :class:`PXP`."""

    async def retry_authentication(self, handle: Handle, card: Card | CardToken) -> Outcome:
        """See :meth:`PXP.retry_authentication`."""
        return await self._run(self._adapter.retry_authentication(self._verified(handle), card))
