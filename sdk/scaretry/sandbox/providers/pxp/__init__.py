"""PXP Financial (Unity): the 3D Secure service (standalone and integrated) and the Transactions service.

What the sandbox does, beyond fitting ``specs/pxp.yaml``:

- ``PXP-UST1`` request signing is verified (HMAC-SHA256 with the published sandbox token value over
  ``{timestamp}{X-Request-Id}{path incl. query}{body}``, base64; Unix seconds, at most 5 minutes
  off); anything else is answered 401 ``Unauthorised``.
- An authentication is pre-initiated (``PendingClientData``), then initiated with the browser data:
  the scenario of the card decides between a frictionless result and ``PendingCustomerChallenge``.
- The issuer's 3DS Method page (``threeDSecureFingerprintUrl``) posts ``threeDSMethodData`` back to
  the merchant's ``fingerprintCallbackUrl``; the ACS challenge page (``challengeUrl``) takes the
  ``creq`` and posts ``cres`` back to ``challengeCallbackUrl``.
- A completed challenge settles asynchronously: it reads ``PendingCustomerChallenge`` for
  ``settle_seconds`` (sandbox clock), then its final state. An abandoned challenge becomes
  ``AuthenticationFailed`` 26, one nobody answers for 10 minutes ``AuthenticationFailed`` 14.
- A transaction is read as PXP's "Get transaction details" documents it, by a query parameter
  (``GET /v1/transactions/{merchant}/{site}?merchantTransactionId=…`` or ``systemTransactionId=…``),
  and answered in that page's shape (``stateMessage``, ``stateData`` ``CRD…``, ``amounts.transactionValue``).
- ``merchantTransactionId`` is the idempotency key of ``POST /v1/transactions``: an identical replay
  gets the original answer, a different body 409, a concurrent duplicate 429 with ``Retry-After``.
- Webhooks (``WebhookEvent``) are signed with the published hash key: base64 HMAC-SHA256 over
  ``X-Request-Id + X-Signature-Timestamp + body``.

Modules: :mod:`.cards` (test cards, scheme codes), :mod:`.responses` (errors, shared checks),
:mod:`.authentications` (3D Secure), :mod:`.transactions`, :mod:`.events` (webhooks),
:mod:`.pages` (the issuer's pages), :mod:`.app` (signing and the pipeline's hooks).
"""

from scaretry.sandbox.providers.pxp.app import App
from scaretry.sandbox.providers.pxp.cards import CARDS, RESPONSE_CODES, STATE_DATA, CardScenario

__all__ = ["CARDS", "RESPONSE_CODES", "STATE_DATA", "App", "CardScenario"]
