"""The :class:`PXP` and :class:`AsyncPXP` clients: the core's clients over PXP's configuration."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from scaretry._client import AsyncClient, Client
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._request import Card, CardToken
from scaretry.providers.pxp._config import PXPConfig

if TYPE_CHECKING:  # the generic parameters below name them as strings: loaded when a client is made
    from scaretry_pxp.client import Client as PxpApi  # noqa: F401

    from scaretry.providers.pxp._flows import PXPAdapter
    from scaretry.providers.pxp._models import PXPModel  # noqa: F401

__all__ = ["PXP", "AsyncPXP"]


def _new_adapter(config: PXPConfig) -> PXPAdapter:
    """The adapter, imported when a client is made (not when this module is): ``make_adapter``."""
    from scaretry.providers.pxp._flows import PXPAdapter

    return PXPAdapter(config)


@attrs.frozen(eq=False)
class PXP(Client["PXPAdapter", "PxpApi", "PXPModel"], PXPConfig):
    """PXP Financial (Unity), synchronous.

    PXP has no native SCA-retry: in UPGRADE mode this client retries a soft decline (scheme code
    ``1A``/``65``) itself, with PXP's integrated 3DS and a new transaction carrying
    ``threeDSecureData.authenticationId``. Its 3DS is browser-based (pre-initiate, 3DS Method,
    browser authentication, challenge), so ``request.browser`` is required unless ``three_ds=NEVER``.
    ``merchantTransactionId`` is the idempotency key: only ``POST /v1/transactions`` is retried.
    See https://developer.pxp.io/guides/3ds/how-it-works and ``docs/providers/pxp.md``.
    """

    make_adapter = _new_adapter

    def retry_authentication(self, handle: Handle, card: Card | CardToken) -> Outcome:
        """Authenticate again a payment whose 3DS authentication failed (``AuthenticationFailed``,
        PXP's "3DS states": "you can retry authentication"), with the card the customer entered
        again. Returns the new action (3DS Method or challenge) or the final outcome; refused with a
        :class:`~scaretry.ValidationError` when PXP allows no retry, or after three authentications."""
        return self._run(self._adapter.retry_authentication(self._verified(handle), card))


@attrs.frozen(eq=False)
class AsyncPXP(AsyncClient["PXPAdapter", "PxpApi", "PXPModel"], PXPConfig):
    """PXP Financial (Unity), asynchronous; see :class:`PXP`."""

    make_adapter = _new_adapter

    async def retry_authentication(self, handle: Handle, card: Card | CardToken) -> Outcome:
        """See :meth:`PXP.retry_authentication`."""
        return await self._run(self._adapter.retry_authentication(self._verified(handle), card))
