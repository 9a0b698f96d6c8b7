"""PXP's flows, sans I/O: the :class:`PXPAdapter`.

PXP has no native "retry with authentication upgrade", so this adapter performs it, client-side
(PXP's "3D Secure: how it works" and "Integrated" guides), in the order of :meth:`PXPAdapter.pay`:

1. ``POST /v1/transactions`` without 3DS; ``merchantTransactionId`` is the idempotency key (the
   base id, made once per ``pay()`` or given by the caller).
2. Refused with scheme code ``1A`` (Visa) or ``65`` (Mastercard): the decline table says
   ``soft_sca``/``upgrade``, so a customer-initiated payment in UPGRADE mode runs PXP's integrated
   3DS (:meth:`PXPAdapter._authenticate`): pre-initiate with the card, still in hand; the issuer's
   3DS Method if it has one (``FingerprintAction``, :meth:`PXPAdapter.resume`); browser
   authentication (``PUT …/browser-authentication``); the challenge if the ACS wants one
   (``FormPostAction`` with ``creq``, reason ``SCA_RETRY``, :meth:`PXPAdapter.resume` again).
3. ``AuthenticationSuccessful`` (read by :meth:`PXPAdapter.status`, polling advances the flow): a
   new ``POST /v1/transactions`` with ``threeDSecureData.authenticationId`` and
   ``merchantTransactionId`` ``<base>-3ds`` (fixed, so a repeat is an idempotent replay).

PXP's "3DS states" guide: ``AuthenticationFailed`` may be retried, ``AuthenticationRejected`` must
not be, ``AuthenticationError`` is final. A retry is a fresh pre-initiate, which needs the card:
the handle never carries card data, so the adapter retries (once) only while ``pay()`` holds it.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import secrets
from collections.abc import Generator, Mapping
from decimal import Decimal
from typing import Any

import httpx
from scaretry_pxp.client import Client as PxpApi
from scaretry_pxp.errors import UnparseableResponse
from scaretry_pxp.models import (
    Authentication,
    AuthenticationState,
    InitiateTransactionRequest,
    PreInitiateIntegratedAuthenticationResponse,
    PxpError,
    Transaction,
    TransactionState,
)
from scaretry_pxp.types import Unset

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._errors import UnexpectedResponse, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, FingerprintAction, FormPostAction, Outcome, State
from scaretry._request import PaymentRequest, ThreeDSMode
from scaretry._tables import Decision, DeclineTable
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp import _notifications, _requests
from scaretry.providers.pxp._auth import PXPAuth
from scaretry.providers.pxp._config import PROVIDER, PXPConfig
from scaretry.providers.pxp._handles import Step, evolve_data
from scaretry.providers.pxp._outcomes import (
    authentication_for,
    authentication_rule,
    expect,
    outcome,
    outcome_of_authentication,
    outcome_of_failed_authentication,
    outcome_of_transaction,
    request_id,
    response_code,
    three_ds_of_authentication,
    three_ds_of_pre_initiation,
    transaction_for,
)

__all__ = ["MAX_AUTHENTICATIONS", "MAX_KEY_LENGTH", "PXPAdapter"]

log = logging.getLogger("scaretry")

#: Authentications one payment may run: the first, and one retry after ``AuthenticationFailed``.
MAX_AUTHENTICATIONS = 2
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
#: The longest idempotency key: PXP's 50 characters, less the "-3ds" of the re-authorisation.
MAX_KEY_LENGTH = 50 - len(keys.THREE_DS_SUFFIX)
_DUPLICATE = "DuplicateMerchantTransactionId"
_AUTHENTICATION_STEPS = (
    Step.PRE_INITIATED,
    Step.FINGERPRINT,
    Step.CHALLENGE,
    Step.AUTHENTICATING,
    Step.AUTHENTICATION,
)
_ENDED = (
    AuthenticationState.AUTHENTICATIONFAILED,
    AuthenticationState.AUTHENTICATIONREJECTED,
    AuthenticationState.AUTHENTICATIONERROR,
)
#: What an authentication step yields: the calls, then its outcome, or None to authenticate again.
_Step = Generator[Call, RawResponse, Outcome | None]


def _same_amount(transaction: Transaction, body: InitiateTransactionRequest) -> bool:
    """Whether an existing transaction is for the amount ``body`` asks (when PXP says)."""
    amounts = transaction.amounts
    if isinstance(amounts, Unset):
        return True
    sent = body.amounts
    return (amounts.currency_code, Decimal(str(amounts.transaction))) == (
        sent.currency_code,
        Decimal(str(sent.transaction)),
    )


def _b64json(value: str) -> dict[str, Any] | None:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (ValueError, binascii.Error):
        return None
    return decoded if isinstance(decoded, dict) else None


def _belongs(value: str, handle: Handle) -> bool:
    """Whether a ``threeDSMethodData`` or ``cres`` names this payment's authentication."""
    decoded = _b64json(value)
    return decoded is not None and decoded.get("threeDSServerTransID") == handle.data.get(keys.AUTHENTICATION_ID)


class PXPAdapter(Adapter[PXPConfig]):
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
        """The base ``merchantTransactionId``: the reference (made safe) and 16 random hex digits;
        the re-authorisation after 3DS uses ``<base>-3ds``."""
        return f"{_UNSAFE.sub('_', request.reference)[:24]}-{secrets.token_hex(8)}"

    def check_idempotency_key(self, key: str) -> None:
        """PXP's ``merchantTransactionId`` is at most 50 characters ("Transactions" API reference),
        and the re-authorisation adds ``-3ds``; it is also a path segment of the GET that recovers
        the payment, so it keeps to letters, digits, ``.``, ``_`` and ``-``."""
        super().check_idempotency_key(key)
        if len(key) > MAX_KEY_LENGTH:
            raise ValidationError(
                "idempotency_key", f"PXP takes at most {MAX_KEY_LENGTH} characters here (50 with -3ds)"
            )
        if _UNSAFE.search(key):
            raise ValidationError("idempotency_key", "PXP takes only letters, digits, '.', '_' and '-' here")

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
        was used before never creates a second transaction: PXP refuses the key with another body
        (409, our sandbox's reading of it; the date differs), and the transaction it made is read
        back and continued from."""
        self.check(request)
        if request.notify_url is not None:
            log.warning("pxp: notify_url is ignored; PXP sends webhooks to the URL set for the merchant group")
        handle = keys.first_handle(request, idempotency_key)
        if request.three_ds is ThreeDSMode.ALWAYS:
            # Read first: a repeated pay() must not send the customer through 3DS for a transaction
            # the first one already made (the transaction only comes after the authentication).
            existing = yield from self._find(handle, keys.base_id(handle))
            if existing is not None:
                return outcome_of_transaction(self.table, existing, handle)
            return (yield from self._authenticate(request, handle, ActionReason.CHALLENGE))
        body = _requests.transaction_body(self.config, handle.data, request=request)
        transaction, repeated = yield from self._initiate(body, handle, "initiate transaction")
        handle = handle.evolve(payment_id=transaction.system_transaction_id)
        code = response_code(transaction)
        soft_sca = self.table.lookup(code).decision is Decision.UPGRADE
        if transaction.state != TransactionState.REFUSED or not soft_sca or not request.wants_upgrade:
            return outcome_of_transaction(self.table, transaction, handle)
        log.info("pxp: %s soft-declined (%s); retrying with 3-D Secure", idempotency_key, code)
        handle = evolve_data(handle, {keys.MERCHANT_TRANSACTION_ID: keys.upgrade_id(handle)}).evolve(upgraded=True)
        if repeated:  # the first pay() may have finished the upgrade already
            upgraded = yield from self._find(handle, keys.upgrade_id(handle))
            if upgraded is not None:
                return outcome_of_transaction(self.table, upgraded, handle)
        return (yield from self._authenticate(request, handle, ActionReason.SCA_RETRY))

    def _authenticate(self, request: PaymentRequest, handle: Handle, reason: ActionReason) -> Flow[Outcome]:
        """Pre-initiate (the card is in hand here), then the 3DS Method or browser authentication;
        a failure is retried with a fresh pre-initiate while the table allows and the bound holds."""
        while True:
            attempts = int(handle.data.get(keys.ATTEMPTS) or 0) + 1
            fresh = {keys.REASON: reason.value, keys.ATTEMPTS: attempts, keys.CHALLENGED: False}
            handle = evolve_data(handle, fresh | {keys.AUTHENTICATION_ID: None})
            # Never retried (no idempotency mechanism); if its answer is lost, recover() reports the
            # transaction as it stands and a repeated pay() with the same key authenticates again.
            response = yield _requests.pre_initiate(self.config, request, handle)
            pre = expect(response, PreInitiateIntegratedAuthenticationResponse, "pre-initiate authentication")
            handle = evolve_data(handle, {keys.AUTHENTICATION_ID: pre.authentication_id}, Step.PRE_INITIATED)
            if pre.state != AuthenticationState.PENDINGCLIENTDATA:  # not enrolled: ended already
                three_ds = three_ds_of_pre_initiation(self.table, pre)
                if self._may_retry(str(pre.state), pre.state_data, handle):
                    continue
                return outcome_of_failed_authentication(
                    self.table, str(pre.state), pre.state_data, handle, pre, three_ds
                )
            url, fields = _set(pre.three_d_secure_fingerprint_url), _set(pre.three_d_secure_fingerprint_data)
            if url and fields:
                handle = evolve_data(
                    handle, {keys.FINGERPRINT_URL: url, keys.FINGERPRINT_DATA: fields}, Step.FINGERPRINT
                )
                return self._fingerprint_outcome(handle, pre, str(pre.state))
            response = yield _requests.initiate_browser_authentication(self.config, handle, None)
            auth = authentication_for(
                response, keys.text(handle.data, keys.AUTHENTICATION_ID), "browser authentication"
            )
            result = yield from self._after_authentication(auth, handle, can_retry=True)
            if result is not None:
                return result

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """The real outcome of a payment whose answer was lost (``handle`` from an error), looked up
        by ``merchantTransactionId`` (``GET /v1/transactions/{merchant}/{site}/{id}``): the
        re-authorisation ``<base>-3ds`` if it exists, else the base transaction, else — when the
        error came in the middle of the 3DS steps — the authentication, continued from where it
        stood. Nothing found and nothing started: FAILED, ``provider_status`` ``NotFound``."""
        self.own(handle)
        upgraded = yield from self._find(handle, keys.upgrade_id(handle))
        if upgraded is not None:
            at = evolve_data(handle, {keys.MERCHANT_TRANSACTION_ID: keys.upgrade_id(handle)}, Step.TRANSACTION)
            return outcome_of_transaction(self.table, upgraded, at.evolve(upgraded=True))
        authenticating = bool(handle.data.get(keys.AUTHENTICATION_ID))
        if not (authenticating and handle.upgraded):  # mid-upgrade, the refused base is not the answer
            base = yield from self._find(handle, keys.base_id(handle))
            if base is not None:
                at = evolve_data(handle, {keys.MERCHANT_TRANSACTION_ID: keys.base_id(handle)}, Step.TRANSACTION)
                return outcome_of_transaction(self.table, base, at.evolve(upgraded=False))
        if authenticating:
            # The step's own read; a transaction step with an authentication was about to send it.
            step = Step.AUTHENTICATING if handle.step == Step.TRANSACTION else handle.step
            return (yield from self.status(handle.evolve(step=step)))
        return outcome(State.FAILED, handle, "NotFound", None)

    def _find(self, handle: Handle, merchant_transaction_id: str) -> Generator[Call, RawResponse, Transaction | None]:
        """The transaction ``merchant_transaction_id``, or None if PXP has none (404)."""
        response = yield _requests.get_transaction_call(self.config, merchant_transaction_id, handle)
        if response.status_code == 404:
            return None
        return transaction_for(response, merchant_transaction_id, "get transaction")

    def _initiate(
        self, body: InitiateTransactionRequest, handle: Handle, what: str
    ) -> Generator[Call, RawResponse, tuple[Transaction, bool]]:
        """``POST /v1/transactions``; the transaction, and whether its key had made it before."""
        response = yield _requests.initiate_transaction_call(body, handle)
        parsed = response.parsed
        if response.status_code == 409 and isinstance(parsed, PxpError) and parsed.error_code == _DUPLICATE:
            existing = yield from self._find(handle, body.merchant_transaction_id)
            if existing is None or not _same_amount(existing, body):
                expect(response, Transaction, f"{what}: the idempotency key belongs to another payment")
            assert existing is not None  # expect() raised otherwise
            return existing, True
        return transaction_for(response, body.merchant_transaction_id, what), False

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
        (as does a pre-initiated authentication still waiting for its browser authentication)."""
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
        response = yield _requests.get_authentication(handle)
        auth = authentication_for(response, keys.text(handle.data, keys.AUTHENTICATION_ID), "get authentication")
        if handle.step == Step.AUTHENTICATION:  # from a webhook: report it, the stored handle continues
            return outcome_of_authentication(self.table, auth, handle)
        if auth.state == AuthenticationState.PENDINGCLIENTDATA:
            if handle.step == Step.FINGERPRINT:  # the customer's browser has not come back yet
                return self._fingerprint_outcome(handle, auth, str(auth.state))
            if handle.step == Step.PRE_INITIATED:  # the browser authentication never arrived: send it
                response = yield _requests.initiate_browser_authentication(self.config, handle, None)
                auth = authentication_for(
                    response, keys.text(handle.data, keys.AUTHENTICATION_ID), "browser authentication"
                )
        return (yield from self._settled(auth, handle))

    def _settled(self, auth: Authentication, handle: Handle) -> Flow[Outcome]:
        """Where an authentication leads once the customer has acted (no retry: the card is gone)."""
        result = yield from self._after_authentication(auth, handle, can_retry=False)
        assert result is not None  # can_retry=False always ends
        return result

    def _after_authentication(self, auth: Authentication, handle: Handle, *, can_retry: bool) -> _Step:
        """Where an authentication leads; None when it failed and may be retried (``can_retry``)."""
        state = auth.state
        challenged = bool(handle.data.get(keys.CHALLENGED)) or state == AuthenticationState.PENDINGCUSTOMERCHALLENGE
        handle = evolve_data(handle, {keys.CHALLENGED: challenged})
        three_ds = three_ds_of_authentication(self.table, auth, challenged)
        if state == AuthenticationState.AUTHENTICATIONSUCCESSFUL:
            said = {keys.STATUS_REASON: three_ds.status_reason, keys.ECI: three_ds.eci}
            handle = evolve_data(handle, said | {keys.THREE_DS_VERSION: three_ds.version}, Step.TRANSACTION)
            body = _requests.transaction_body(self.config, handle.data, authentication_id=auth.authentication_id)
            transaction, _ = yield from self._initiate(body, handle, "initiate transaction with 3DS")
            handle = handle.evolve(payment_id=transaction.system_transaction_id)
            return outcome_of_transaction(self.table, transaction, handle)
        if state == AuthenticationState.PENDINGCUSTOMERCHALLENGE:
            if handle.step == Step.AUTHENTICATING:  # the customer is back; the ACS result is settling
                return outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)
            url = _set(auth.challenge_url) or handle.data.get(keys.CHALLENGE_URL)
            creq = _set(auth.challenge_data) or handle.data.get(keys.CHALLENGE_DATA)
            if not url or not creq:
                raise UnexpectedResponse(
                    "PendingCustomerChallenge without challengeUrl/challengeData", provider=PROVIDER, status_code=200
                )
            handle = evolve_data(handle, {keys.CHALLENGE_URL: url, keys.CHALLENGE_DATA: creq}, Step.CHALLENGE)
            reason = ActionReason(str(handle.data.get(keys.REASON, ActionReason.CHALLENGE.value)))
            action = FormPostAction(str(url), {"creq": str(creq)}, reason)
            return outcome(State.ACTION_REQUIRED, handle, str(state), auth, action=action, three_ds=three_ds)
        if state in _ENDED:
            if can_retry and self._may_retry(str(state), auth.state_data, handle):
                return None
            return outcome_of_failed_authentication(self.table, str(state), auth.state_data, handle, auth, three_ds)
        if state != AuthenticationState.PENDINGCLIENTDATA:
            log.warning("pxp: unknown authentication state %r; reporting PROCESSING", str(state))
        return outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)

    def _may_retry(self, state: str, state_data: Any, handle: Handle) -> bool:
        """Whether a finished authentication is to be tried again: the table says retry, and this
        payment has not run :data:`MAX_AUTHENTICATIONS` yet."""
        code = getattr(state_data, "code", None) if not isinstance(state_data, Unset) else None
        _, decision = authentication_rule(self.table, state, code)
        if decision is Decision.RETRY and int(handle.data.get(keys.ATTEMPTS) or 0) < MAX_AUTHENTICATIONS:
            log.info("pxp: authentication %s (%s); retrying with a new authentication", state, code)
            return True
        return False

    @staticmethod
    def _fingerprint_outcome(handle: Handle, raw: Any, status: str) -> Outcome:
        url, data = keys.text(handle.data, keys.FINGERPRINT_URL), keys.text(handle.data, keys.FINGERPRINT_DATA)
        action = FingerprintAction(url, {"threeDSMethodData": data})
        return outcome(State.ACTION_REQUIRED, handle, status, raw, action=action)

    # -- webhooks -----------------------------------------------------------------------------

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify a PXP webhook and map it (PXP's "About webhooks"); see
        :func:`~scaretry.providers.pxp._notifications.parse_notification`."""
        return _notifications.parse_notification(self.config, self.table, headers, body)

    def notification_id(self, notification: Outcome) -> str | None:
        return _notifications.notification_id(notification)

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        return _notifications.notification_keys(handle)


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value
