"""Payments AI (payments.ai) Public API, emulated: customers, stage card tokenisation, payment
instruments, transactions with 3-D Secure, and the ``transaction-processed``/``-declined`` webhooks.

What it follows (``specs/paymentsai.yaml``, Payments AI's 3DS2 guide):

- ``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``; a wrong key gets 401 "Missing auth
  token", a path organization the key does not belong to gets 403 "Forbidden access".
- 3-D Secure is configured per gateway connection, never per transaction ("3DS is disabled by
  default for all gateway connections"). The sandbox has two organizations for the one published
  key: ``PAYMENTSAI["organization_id"]`` (gateway 3DS on) and ``PAYMENTSAI["organization_id_no_3ds"]``
  (gateway 3DS off).
- ``POST /transactions`` answers 201 for every created record, declines included; a challenge comes
  back ``waiting``/``unknown`` with an ``approvalLink`` (the challenge page); after the page
  the browser is sent to ``redirectUrl`` with ``{id}`` and ``{result}`` filled in (the result the
  transaction has then: ``approved``, ``declined``, ``abandoned``, or ``unknown`` while a slow
  issuer is still answering), and the outcome is read with ``GET /transactions/{id}``.
- ``idempotencyKey`` in the body: a replay returns the original transaction; a concurrent duplicate
  still in flight gets 429 with ``Retry-After: 1`` (our choice: the docs are silent on it).
- Errors are ``{errorCode, statusCode, message, details?}``; spec violations answer 400 with
  ``details`` (Payments AI documents 400 "Bad request", not 422, for validation failures).
- Webhooks: ``{deduplicationId, type, organizationId, metadata: Transaction}`` signed with
  ``X-Signature``: lowercase hex HMAC-SHA256 of the raw body keyed with the webhook secret.

The scenario is chosen by the card number given to the stage tokeniser (:data:`TEST_CARDS`); the
number itself is never stored, only its scenario, BIN brand and last four digits.

Modules: :mod:`.cards` (test cards), :mod:`.records` (what is kept, as the API shows it),
:mod:`.responses` (errors), :mod:`.wallet` (customers, tokens, instruments), :mod:`.transactions`
(a transaction's life, webhooks), :mod:`.pages` (the ACS page), :mod:`.app` (the hooks).
"""

from scaretry.sandbox.providers.paymentsai.app import App
from scaretry.sandbox.providers.paymentsai.cards import TEST_CARDS, CardScenario, TestCard
from scaretry.sandbox.providers.paymentsai.transactions import CHALLENGE_TTL_SECONDS
from scaretry.sandbox.providers.paymentsai.wallet import TOKEN_TTL_SECONDS

__all__ = ["CHALLENGE_TTL_SECONDS", "TEST_CARDS", "TOKEN_TTL_SECONDS", "App", "CardScenario", "TestCard"]
