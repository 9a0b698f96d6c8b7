"""PXP's flows, sans I/O: the :class:`PXPAdapter`, its entry points in the order a payment meets them.

PXP has no native "retry with authentication upgrade", so this adapter performs it, client-side
(PXP's "3D Secure: how it works" and "Integrated" guides):

1. :meth:`PXPAdapter.pay`: ``POST /v1/transactions`` without 3DS (:mod:`._transactions`: the
   ``merchantTransactionId`` is the idempotency key, a repeat reuses what it made).
2. Refused with scheme code ``1A`` (Visa) or ``65`` (Mastercard): the decline table says
   ``soft_sca``/``upgrade``, so a customer-initiated payment in UPGRADE mode runs PXP's integrated
   3DS (:mod:`._authentication`): pre-initiate with the card, still in hand; the issuer's 3DS Method
   if it has one (``FingerprintAction``); browser authentication; the challenge if the ACS wants
   one (``FormPostAction`` with ``creq``, reason ``SCA_RETRY``).
3. :meth:`PXPAdapter.resume` after each of the customer's round trips; :meth:`PXPAdapter.status`
   reads the authentication, and once it is ``AuthenticationSuccessful`` sends the re-authorisation:
   ``POST /v1/transactions`` with ``threeDSecureData.authenticationId`` and
   ``merchantTransactionId`` ``<base>-3ds`` (polling advances the flow).
4. :meth:`PXPAdapter.recover` finds a payment whose answer was lost (:mod:`._recovery`); a repeated
   :meth:`PXPAdapter.pay` with the same key continues it; after ``AuthenticationFailed``
   :meth:`PXPAdapter.retry_authentication` starts a new authentication with the card entered again.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx
from scaretry_pxp.client import Client as PxpApi
from scaretry_pxp.errors import UnparseableResponse
from scaretry_pxp.models import (
    AuthenticationState,
    TransactionState,
)

from scaretry._adapter import Adapter, Capabilities, Flow, RawResponse
from scaretry._errors import ValidationError
from scaretry._handle import Handle, Scalar
from scaretry._outcome import ActionReason, Outcome
from scaretry._request import Card, CardToken, PaymentRequest, ThreeDSMode
from scaretry._tables import Decision, DeclineTable
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp import _notifications, _requests
from scaretry.providers.pxp import _transactions as transactions
from scaretry.providers.pxp._auth import PXPAuth
from scaretry.providers.pxp._config import PROVIDER, PXPConfig
from scaretry.providers.pxp._exemptions import EXEMPTIONS
from scaretry.providers.pxp._handles import Step, evolve_data
from scaretry.providers.pxp._outcomes import (
    authentication_for,
    outcome_of_authentication,
    outcome_of_transaction,
    request_id,
    response_code,
    transaction_for,
)
from scaretry.providers.pxp._recovery import RecoverySteps

__all__ = ["PXPAdapter"]

log = logging.getLogger("scaretry")

_AUTHENTICATION_STEPS = (
    Step.PRE_INITIATED,
    Step.FINGERPRINT,
    Step.CHALLENGE,
    Step.AUTHENTICATING,
    Step.AUTHENTICATION,
)


def _b64json(value: str) -> dict[str, Any] | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, binascii.Error, RecursionError):
        return None
    return decoded if isinstance(decoded, dict) else None


def _belongs(value: str, handle: Handle) -> bool:
    """Whether a ``threeDSMethodData`` or ``cres`` names this payment's authentication."""
    decoded = _b64json(value)
    return decoded is not None and decoded.get("threeDSServerTransID") == handle.data.get(keys.AUTHENTICATION_ID)


class PXPAdapter(RecoverySteps, Adapter[PXPConfig]):
    """PXP's flows, sans I/O. Built by :class:`~scaretry.providers.pxp.PXP` /
    :class:`~scaretry.providers.pxp.AsyncPXP`."""

    provider = PROVIDER
    capabilities = Capabilities(
        three_ds_modes=frozenset({ThreeDSMode.ALWAYS, ThreeDSMode.UPGRADE, ThreeDSMode.NEVER}),
        native_upgrade=False,
        sessions=False,
        webhooks=True,
    )
    unparseable = UnparseableResponse

    def __init__(self, config: PXPConfig) -> None:
        super().__init__(config)
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    # -- plumbing -----------------------------------------------------------------------------

    def make_api(self, base_url: str) -> PxpApi:
        return PxpApi(base_url=base_url)

    def auth(self) -> httpx.Auth:
        return PXPAuth(self.config.client_id, self.config.token_id, self.config.token_value)

    def handle_secret(self) -> bytes:
        return self.config.token_value.encode()

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        """The base ``merchantTransactionId``; the re-authorisation after 3DS uses ``<base>-3ds``."""
        return transactions.new_key(request)

    def check_idempotency_key(self, key: str) -> None:
        super().check_idempotency_key(key)
        transactions.check_key(key)

    def request_id(self, response: RawResponse) -> str | None:
        return request_id(response)

    def check(self, request: PaymentRequest) -> None:
        super().check(request)
        _requests.check_request(request)

    # -- the flow -----------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str) -> Flow[Outcome]:
        """Pay: a transaction without 3DS, upgraded on a soft decline (UPGRADE, customer-initiated);
        with ALWAYS, PXP's integrated 3DS first (PXP's "Card transaction" and "3D Secure" guides).

        ``idempotency_key`` is the base ``merchantTransactionId``. A repeat of a payment whose key
        was used before is the safe recovery whatever stage the first attempt reached, and never
        creates a second transaction: PXP refuses the key with another body (409, our reading: PXP
        documents only that the id is unique; the date differs), the transaction it made is read
        back, and a soft decline's upgrade is continued: its re-authorisation ``<key>-3ds`` is read
        first and is the outcome if it exists; else the 3DS runs again and authorises ``<key>-3ds``."""
        self.check(request)
        if request.notify_url is not None:
            log.warning("pxp: notify_url is ignored; PXP sends webhooks to the URL set for the merchant group")
        handle = keys.first_handle(request, idempotency_key)
        if request.three_ds is ThreeDSMode.ALWAYS:
            # Read first: a repeated pay() must not send the customer through 3DS for a transaction
            # the first one already made (the transaction only comes after the authentication).
            existing = yield from transactions.find(self.config, handle, keys.base_id(handle))
            if existing is not None:
                return outcome_of_transaction(self.table, existing, handle)
            return (yield from self._authenticate(request, handle, ActionReason.CHALLENGE))
        exemption = EXEMPTIONS.get(request.exemption) if request.exemption else None
        body = _requests.transaction_body(self.config, handle.data, request=request, exemption=exemption)
        transaction, repeated = yield from transactions.initiate(self.config, body, handle, "initiate transaction")
        handle = handle.evolve(payment_id=transaction.system_transaction_id)
        code = response_code(transaction)
        soft_sca = self.table.lookup(code).decision is Decision.UPGRADE
        if transaction.state != TransactionState.REFUSED or not soft_sca or not request.wants_upgrade:
            return outcome_of_transaction(self.table, transaction, handle)
        log.info("pxp: %s soft-declined (%s); retrying with 3-D Secure", idempotency_key, code)
        upgrade: dict[str, Scalar] = {keys.MERCHANT_TRANSACTION_ID: keys.upgrade_id(handle), keys.REPEATED: repeated}
        handle = evolve_data(handle, upgrade).evolve(upgraded=True)
        if repeated:  # the first pay() may have made the re-authorisation already
            upgraded = yield from transactions.find(self.config, handle, keys.upgrade_id(handle))
            if upgraded is not None:
                return outcome_of_transaction(self.table, upgraded, handle)
        return (yield from self._authenticate(request, handle, ActionReason.SCA_RETRY))

    def retry_authentication(self, handle: Handle, source: Card | CardToken) -> Flow[Outcome]:
        """A new authentication for a payment whose authentication failed, with the card the
        customer entered again: PXP's "3DS states" guide says of ``AuthenticationFailed`` "you can
        retry authentication", and a retry is a new pre-initiation, which needs the card (a handle
        never carries it). Refused (ValidationError) unless PXP reads the payment's authentication
        as failed with a code the decline table lets retry, no transaction was made since, and the
        payment has run fewer than three authentications (``MAX_RETRIED_AUTHENTICATIONS``)."""
        self.own(handle)
        return (yield from self._retry_authentication(handle, source))

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """The payment as PXP holds it (``handle`` from an error), looked up by
        ``merchantTransactionId`` and continued from the handle's stage; one whose outcome PXP never
        received is FAILED, ``provider_status`` ``NotFound``, without a payment id: then a repeated
        ``pay()`` with the handle's idempotency key is the safe repeat. See :mod:`._recovery`."""
        self.own(handle)
        return (yield from self._recover(handle))

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """After the 3DS Method: ``params`` holds ``threeDSMethodData`` (or nothing, when the 10 s
        passed); after the challenge: ``cres``. Both arrive at ``request.return_url`` (PXP's
        "Standalone" 3DS guide: fingerprint and challenge callbacks)."""
        self.own(handle)
        if handle.step == Step.FINGERPRINT:
            notification = params.get("threeDSMethodData") or None
            if notification is not None and not _belongs(notification, handle):
                raise ValidationError("threeDSMethodData", "does not belong to this payment's authentication")
            response = yield _requests.initiate_browser_authentication(self.config, handle, notification)
            if response.status_code == 409:  # initiated already (a repeated callback): read where it is
                response = yield _requests.get_authentication(handle)
            auth = authentication_for(
                response, keys.text(handle.data, keys.AUTHENTICATION_ID), "browser authentication"
            )
            return (yield from self._settled(auth, handle))
        if handle.step == Step.CHALLENGE:
            cres = params.get("cres")
            if cres is not None and not _belongs(cres, handle):
                raise ValidationError("cres", "does not belong to this payment's authentication")
            handle = handle.evolve(step=Step.AUTHENTICATING)
        return (yield from self.status(handle))

    def status(self, handle: Handle) -> Flow[Outcome]:
        """One poll. While the authentication runs it is read (``GET …/authentications/{id}``) and,
        once successful, the transaction is initiated here: polling advances PXP's client-side flow
        (as does a pre-initiated authentication whose browser authentication may not have arrived)."""
        self.own(handle)
        if handle.step == Step.TRANSACTION:
            merchant_transaction_id = keys.text(handle.data, keys.MERCHANT_TRANSACTION_ID)
            response = yield _requests.get_transaction_call(self.config, merchant_transaction_id, handle)
            transaction = transaction_for(response, merchant_transaction_id, "get transaction")
            return outcome_of_transaction(self.table, transaction, handle)
        if handle.step == Step.EVENT:
            raise ValidationError("handle.step", "a PXP notification not about a payment has nothing to read")
        if handle.step not in _AUTHENTICATION_STEPS or not handle.data.get(keys.AUTHENTICATION_ID):
            raise ValidationError("handle.step", f"unknown PXP step {handle.step!r}")
        if handle.step == Step.PRE_INITIATED:
            return (yield from self._pre_initiated(handle))
        response = yield _requests.get_authentication(handle)
        auth = authentication_for(response, keys.text(handle.data, keys.AUTHENTICATION_ID), "get authentication")
        if handle.step == Step.AUTHENTICATION:  # from a webhook: report it, the stored handle continues
            return outcome_of_authentication(self.table, auth, handle)
        if auth.state == AuthenticationState.PENDINGCLIENTDATA and handle.step == Step.FINGERPRINT:
            return self._fingerprint_outcome(handle, auth, str(auth.state))  # the browser is not back yet
        return (yield from self._settled(auth, handle))

    # -- webhooks -----------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify a PXP webhook and map it (PXP's "About webhooks"); see
        :func:`~scaretry.providers.pxp._notifications.parse_notification`."""
        return _notifications.parse_notification(self.config, self.table, headers, body)

    def notification_id(self, notification: Outcome) -> str | None:
        return _notifications.notification_id(notification)

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        return _notifications.notification_keys(handle)
