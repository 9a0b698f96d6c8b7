"""PXP's 3D Secure authentication, run by the adapter itself (PXP has no native upgrade): the steps
of PXP's integrated authentication ("3D Secure: how it works", "Integrated" guides) and where each
answer leads.

:meth:`AuthenticationSteps._authenticate` pre-initiates with the card (the one step that needs it),
then asks the customer's browser for the issuer's 3DS Method (``FingerprintAction``) or sends the
browser authentication; :meth:`AuthenticationSteps._after_authentication` turns the answer into the
challenge (``FormPostAction`` with the ``creq``), the transaction that carries the authentication id,
a retry (``AuthenticationFailed``, while the card is in hand), an exemption (after a failure, if the
merchant opted in), or the decline. PXP's "3DS states" guide decides: ``AuthenticationFailed`` may
be retried, ``AuthenticationRejected`` must not be, ``AuthenticationError`` is final.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Any

from scaretry_pxp.models import (
    Authentication,
    AuthenticationState,
    PreInitiateIntegratedAuthenticationResponse,
    StateData,
)
from scaretry_pxp.types import Unset

from scaretry._adapter import Call, Flow, RawResponse
from scaretry._errors import UnexpectedResponse, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, FingerprintAction, FormPostAction, Outcome, State, ThreeDSResult
from scaretry._request import Card, CardToken, Money, PaymentRequest, ThreeDSMode
from scaretry._tables import Decision, DeclineTable
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp import _requests
from scaretry.providers.pxp import _transactions as transactions
from scaretry.providers.pxp._config import PROVIDER, PXPConfig
from scaretry.providers.pxp._exemptions import fallback_exemption
from scaretry.providers.pxp._handles import Step, evolve_data
from scaretry.providers.pxp._outcomes import (
    authentication_for,
    authentication_rule,
    expect,
    outcome,
    outcome_of_failed_authentication,
    outcome_of_transaction,
    three_ds_of_authentication,
    three_ds_of_pre_initiation,
)

__all__ = ["MAX_AUTHENTICATIONS", "MAX_RETRIED_AUTHENTICATIONS", "AuthenticationSteps"]

log = logging.getLogger("scaretry")

#: Authentications one payment runs by itself: the first, and one retry after ``AuthenticationFailed``
#: (while ``pay()`` holds the card).
MAX_AUTHENTICATIONS = 2
#: Authentications one payment may run in all, with the merchant's ``retry_authentication``.
MAX_RETRIED_AUTHENTICATIONS = 3
_ENDED = (
    AuthenticationState.AUTHENTICATIONFAILED,
    AuthenticationState.AUTHENTICATIONREJECTED,
    AuthenticationState.AUTHENTICATIONERROR,
)
#: What an authentication step yields: the calls, then its outcome, or None to authenticate again.
_Step = Generator[Call, RawResponse, Outcome | None]


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class AuthenticationSteps:
    """The authentication half of :class:`~scaretry.providers.pxp.PXPAdapter` (its configuration
    and decline table)."""

    config: PXPConfig
    table: DeclineTable

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
            found = {keys.AUTHENTICATION_ID: pre.authentication_id}
            found[keys.APPLICABLE_EXEMPTIONS] = _set(pre.applicable_exemptions)
            handle = evolve_data(handle, found, Step.PRE_INITIATED)
            if pre.state != AuthenticationState.PENDINGCLIENTDATA:  # not enrolled: ended already
                three_ds = three_ds_of_pre_initiation(self.table, pre)
                if self._may_retry(str(pre.state), pre.state_data, handle):
                    continue
                return (yield from self._ended(str(pre.state), pre.state_data, handle, pre, three_ds))
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

    def _retry_authentication(self, handle: Handle, source: Card | CardToken) -> Flow[Outcome]:
        """See :meth:`~scaretry.providers.pxp.PXPAdapter.retry_authentication`."""
        _requests.check_source(source)
        data = handle.data
        if handle.step in (Step.AUTHENTICATION, Step.EVENT) or not data.get(keys.AUTHENTICATION_ID):
            raise ValidationError(
                "handle", "no authentication of a payment to retry (use the handle kept with the order)"
            )
        if int(data.get(keys.ATTEMPTS) or 0) >= MAX_RETRIED_AUTHENTICATIONS:
            raise ValidationError(
                "handle", f"{MAX_RETRIED_AUTHENTICATIONS} authentications ran already: no more retries"
            )
        response = yield _requests.get_authentication(handle)
        auth = authentication_for(response, keys.text(data, keys.AUTHENTICATION_ID), "get authentication")
        code = auth.state_data.code if isinstance(auth.state_data, StateData) else None
        _, decision = authentication_rule(self.table, str(auth.state), code)
        if auth.state != AuthenticationState.AUTHENTICATIONFAILED or decision is not Decision.RETRY:
            raise ValidationError("handle", f"the authentication is {auth.state} ({code}): PXP allows no retry")
        made = yield from transactions.find(self.config, handle, keys.text(data, keys.MERCHANT_TRANSACTION_ID))
        if made is not None:
            raise ValidationError("handle", f"the payment has a transaction since ({made.state}): poll it instead")
        request = PaymentRequest(
            amount=Money(int(data[keys.AMOUNT] or 0), keys.text(data, keys.CURRENCY)),
            source=source,
            reference=handle.reference,
            return_url=keys.text(data, keys.RETURN_URL),
            three_ds=ThreeDSMode.ALWAYS,
        )
        reason = ActionReason(str(data.get(keys.REASON) or ActionReason.CHALLENGE.value))
        return (yield from self._authenticate(request, handle, reason))

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
            transaction, _ = yield from transactions.initiate(
                self.config, body, handle, "initiate transaction with 3DS"
            )
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
            return (yield from self._ended(str(state), auth.state_data, handle, auth, three_ds))
        if state != AuthenticationState.PENDINGCLIENTDATA:
            log.warning("pxp: unknown authentication state %r; reporting PROCESSING", str(state))
        return outcome(State.PROCESSING, handle, str(state), auth, three_ds=three_ds)

    def _ended(
        self, state: str, state_data: StateData | Unset | None, handle: Handle, raw: Any, three_ds: ThreeDSResult
    ) -> Flow[Outcome]:
        """A failed, rejected or errored authentication that is not tried again: DECLINED (EXPIRED
        when the cardholder left the challenge), unless the merchant opted in and PXP found an
        exemption applicable: then authorise with it ("3DS states" guide: after AuthenticationFailed
        or AuthenticationError, use an exemption in authorisation where applicable). A repeated
        ``pay()`` reads its transaction first: the earlier attempt's may have arrived since, and a
        payment PXP authorised is never reported declined."""
        if handle.data.get(keys.REPEATED):
            merchant_transaction_id = keys.text(handle.data, keys.MERCHANT_TRANSACTION_ID)
            made = yield from transactions.find(self.config, handle, merchant_transaction_id)
            if made is not None:
                return outcome_of_transaction(self.table, made, handle)
        exemption = fallback_exemption(state, state_data, handle.data)
        if exemption is None:
            return outcome_of_failed_authentication(self.table, state, state_data, handle, raw, three_ds)
        log.info("pxp: authentication %s; authorising with the %s exemption", state, exemption)
        handle = handle.evolve(step=Step.TRANSACTION)
        authentication_id = keys.text(handle.data, keys.AUTHENTICATION_ID)
        body = _requests.transaction_body(
            self.config, handle.data, authentication_id=authentication_id, exemption=exemption
        )
        transaction, _ = yield from transactions.initiate(
            self.config, body, handle, "initiate transaction with an exemption"
        )
        return outcome_of_transaction(
            self.table, transaction, handle.evolve(payment_id=transaction.system_transaction_id)
        )

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
