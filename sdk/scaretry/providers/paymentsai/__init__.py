"""Payments AI (payments.ai): ``PaymentsAI`` and ``AsyncPaymentsAI``.

The facts this package relies on (``specs/paymentsai.yaml``; Payments AI's "3D Secure 2 (3DS2)
guide", https://api-docs.payments.ai/docs/advanced/3ds2-guide):

- Auth is ``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``; every path carries the
  organization id (``/v1/public-api/organizations/{organizationId}/…``).
- 3-D Secure has **no per-transaction switch**: "3DS is disabled by default for all gateway
  connections" and is switched on per connection. The API also does not expose the raw issuer
  decline code ("Transaction statuses"), so a soft decline for missing SCA cannot be told from any
  other decline. Hence the client is told how the merchant's gateway connection is set up
  (``gateway_three_ds``), honours ``ALWAYS`` (3DS on) and ``NEVER`` (3DS off) only when they match
  it, and refuses ``UPGRADE``.
- ``POST /transactions`` answers 201 for every created record, declines included: the outcome is
  ``status`` + ``result``. A challenge is ``waiting``/``unknown`` with an ``approvalLink``; the
  browser comes back to ``redirectUrl`` with ``{id}`` and ``{result}`` filled in, and the outcome is
  confirmed with ``GET /transactions/{id}`` (step 6 of the guide).
- ``idempotencyKey`` in the body makes ``POST /transactions`` safe to retry ("Idempotency").
- Amounts are decimal major units (``65.10``).
- Raw cards are tokenised with the stage-only ``POST …/payment-instruments/tokens``; in production
  cards are tokenised in the browser (FramePay) and reach the server as tokens.
- Webhooks carry ``{deduplicationId, type, organizationId, metadata: Transaction}``.

Modules: :mod:`._config` (credentials and options), :mod:`._auth` (the ``ApiKey`` header),
:mod:`._requests` (PaymentRequest → request bodies), :mod:`._answers` (answers → models or typed
errors), :mod:`._outcomes` (a transaction → Outcome, the status maps), :mod:`._notifications`
(webhooks), :mod:`._flows` (the adapter), :mod:`._client` (the clients).
"""

from typing import TYPE_CHECKING

from scaretry._lazy import lazy_exports
from scaretry.providers.paymentsai._auth import PaymentsAIAuth
from scaretry.providers.paymentsai._client import AsyncPaymentsAI, PaymentsAI
from scaretry.providers.paymentsai._config import PaymentsAIConfig

if TYPE_CHECKING:
    from scaretry.providers.paymentsai._flows import PaymentsAIAdapter
    from scaretry.providers.paymentsai._models import PaymentsAIModel

__all__ = [
    "AsyncPaymentsAI",
    "PaymentsAI",
    "PaymentsAIAdapter",
    "PaymentsAIAuth",
    "PaymentsAIConfig",
    "PaymentsAIModel",
]


# The adapter and the generated models load on first use (a client loads them when made).
__getattr__ = lazy_exports(
    __name__,
    {
        "PaymentsAIAdapter": "._flows",
        "PaymentsAIModel": "._models",
    },
)
