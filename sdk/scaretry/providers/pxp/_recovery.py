"""What :meth:`~scaretry.providers.pxp.PXPAdapter.recover` makes of the handle an error carried:
the payment as PXP holds it, whatever stage the error interrupted.

PXP keeps a payment's money in its transactions, found by ``merchantTransactionId`` (PXP's "Get
transaction details"): the base ``<k>`` and, after a soft decline, the 3DS re-authorisation
``<k>-3ds``. Its authentications are found by ``authenticationId``, which only the handle knows.
So the re-authorisation is read first, then the stage the handle speaks of:

- ``<k>-3ds`` exists: its outcome (authorised, refused or pending), whatever the stage.
- An authentication was running: the flow goes on from where it stood. A successful one whose
  re-authorisation was lost is sent again, with the same ``merchantTransactionId`` and body: in
  PXP's integrated mode the transaction takes the authentication id in place of the card ("3D
  Secure: Integrated" guide), and an identical repeat returns the original if the first arrived.
  An ``AuthenticationFailed`` that ``pay()`` would have retried while it held the card is reported
  never received: a new authentication needs the card, which only a repeated ``pay()`` has.
- No authentication: the base transaction. Absent, or a soft decline whose upgrade never got an
  authentication, the payment's outcome never reached PXP: FAILED, ``provider_status``
  ``NotFound``, no payment id. ``pay(request, idempotency_key=handle.idempotency_key)`` is then the
  safe repeat: it reads ``<k>`` and ``<k>-3ds`` before making anything, and resumes the upgrade.
"""

from __future__ import annotations

import logging

from scaretry_pxp.models import AuthenticationState, Transaction, TransactionState

from scaretry._adapter import Flow
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._tables import Decision
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp import _requests
from scaretry.providers.pxp import _transactions as transactions
from scaretry.providers.pxp._authentication import AuthenticationSteps
from scaretry.providers.pxp._handles import Step, evolve_data
from scaretry.providers.pxp._outcomes import authentication_for, outcome, outcome_of_transaction, response_code

__all__ = ["NOT_FOUND", "RecoverySteps", "never_received"]

log = logging.getLogger("scaretry")

#: ``provider_status`` of a payment whose outcome PXP never received: pay again with the same key.
NOT_FOUND = "NotFound"


def never_received(handle: Handle) -> Outcome:
    """FAILED without a payment id: PXP holds no transaction that is this payment's outcome."""
    return outcome(State.FAILED, handle.evolve(payment_id=None), NOT_FOUND, None)


class RecoverySteps(AuthenticationSteps):
    """The recovery half of :class:`~scaretry.providers.pxp.PXPAdapter`."""

    def status(self, handle: Handle) -> Flow[Outcome]:
        raise NotImplementedError  # PXPAdapter's: one poll from where the handle stands

    def _recover(self, handle: Handle) -> Flow[Outcome]:
        """See the module's docstring."""
        if handle.upgraded or handle.data.get(keys.UPGRADE, True):  # a handle from before the key: read it
            reauthorisation = yield from self._read(handle, keys.upgrade_id(handle), upgraded=True)
            if reauthorisation is not None:
                return reauthorisation
        authenticating = bool(handle.data.get(keys.AUTHENTICATION_ID))
        if handle.upgraded:
            if authenticating:
                return (yield from self._continue(handle))
            log.info("pxp: %s: the upgrade's pre-initiation never answered", handle.idempotency_key)
            return never_received(handle)
        base = yield from transactions.find(self.config, handle, keys.base_id(handle))
        if base is not None and not self._upgrade_pending(base, handle):
            at = evolve_data(handle, {keys.MERCHANT_TRANSACTION_ID: keys.base_id(handle)}, Step.TRANSACTION)
            return outcome_of_transaction(self.table, base, at.evolve(upgraded=False))
        if authenticating:  # ALWAYS: the transaction comes after the authentication
            return (yield from self._continue(handle))
        if base is not None:
            log.info("pxp: %s soft-declined; its upgrade never started", handle.idempotency_key)
        return never_received(handle)

    def _read(self, handle: Handle, merchant_transaction_id: str, *, upgraded: bool) -> Flow[Outcome | None]:
        found = yield from transactions.find(self.config, handle, merchant_transaction_id)
        if found is None:
            return None
        at = evolve_data(handle, {keys.MERCHANT_TRANSACTION_ID: merchant_transaction_id}, Step.TRANSACTION)
        return outcome_of_transaction(self.table, found, at.evolve(upgraded=upgraded))

    def _upgrade_pending(self, base: Transaction, handle: Handle) -> bool:
        """A soft decline of a payment that wants the upgrade: not its outcome, the upgrade's start."""
        soft_sca = self.table.lookup(response_code(base)).decision is Decision.UPGRADE
        return base.state == TransactionState.REFUSED and soft_sca and bool(handle.data.get(keys.UPGRADE))

    def _continue(self, handle: Handle) -> Flow[Outcome]:
        """The authentication's flow from the handle's step (one poll); a transaction step with an
        authentication was sending the transaction that carries it: it is sent again."""
        step = Step.AUTHENTICATING if handle.step == Step.TRANSACTION else handle.step
        return (yield from self.status(handle.evolve(step=step)))

    def _pre_initiated(self, handle: Handle) -> Flow[Outcome]:
        """An authentication ``pay()`` pre-initiated, card in hand, whose browser authentication may
        not have arrived: read it, send the browser authentication if it is still pending, and end
        where ``pay()`` would have; where ``pay()`` would have authenticated again, never received."""
        authentication_id = keys.text(handle.data, keys.AUTHENTICATION_ID)
        response = yield _requests.get_authentication(handle)
        auth = authentication_for(response, authentication_id, "get authentication")
        if auth.state == AuthenticationState.PENDINGCLIENTDATA:
            response = yield _requests.initiate_browser_authentication(self.config, handle, None)
            auth = authentication_for(response, authentication_id, "browser authentication")
        result = yield from self._after_authentication(auth, handle, can_retry=True)
        if result is None:
            log.info("pxp: %s: authentication %s; a new one needs the card", handle.idempotency_key, auth.state)
            return never_received(handle)
        return result
