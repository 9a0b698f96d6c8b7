"""The Antom emulator: ``pay``, ``createPaymentSession``, ``inquiryPayment`` and signed ``notifyPayment``.

Requests arrive at Antom's own paths, ``/ams/sandbox/api/v1/payments/<operation>`` (``/ams/sandbox``
is part of its sandbox server URL; production's ``/ams/api/v1/…`` is served too, and ``/antom/…`` is
an alias), and are verified over the path exactly as sent. What Antom does and the emulator copies:

- every call is a POST signed with RSA-SHA256 over ``POST <path>\\n<Client-Id>.<Request-Time>.<body>``
  (docs.antom.com/ac/ams/digital_signature); a wrong or missing signature is answered HTTP 200,
  result F ``INVALID_SIGNATURE``; an unknown client id F ``INVALID_CLIENT``, an unknown
  ``keyVersion`` F ``KEY_NOT_FOUND``;
- business results, failures included, are HTTP 200 with ``result.resultStatus`` S, F or U, and are
  signed by "Antom" (the sandbox key of :mod:`.._antom_keys`) with ``Client-Id``, ``Response-Time``
  and ``Signature`` headers; answers the gateway makes before the business logic runs (bad
  signature, bad parameters, faults) are unsigned, as Antom's may be;
- ``paymentRequestId`` is the idempotency key: the same body again returns the payment as it is now,
  another body F ``REPEAT_REQ_INCONSISTENT``;
- a card 3DS challenge, and the 3DS-Retry upgrade, answer U ``PAYMENT_IN_PROCESS`` with ``normalUrl``
  (or a ``redirectActionForm`` to POST); ``inquiryPayment`` says PROCESSING until the buyer acts,
  PENDING while the issuer's answer settles (``settings.settle_seconds`` on the sandbox clock), then
  SUCCESS or FAIL; the buyer is sent back to ``paymentRedirectUrl`` unchanged;
- a payment reaching a final state is notified (``notifyPayment``) to ``paymentNotifyUrl`` or the
  sandbox-wide ``settings.webhook_urls["antom"]``, signed over the notify URL's path.

Modules: :mod:`.cards` (test cards), :mod:`.signing` (signatures both ways), :mod:`.results`
(result codes, errors), :mod:`.payments` (a payment's life), :mod:`.views` (answer bodies),
:mod:`.sessions` (payment sessions), :mod:`.pages` (the buyer's pages), :mod:`.app` (the hooks).
The merchant test key of :mod:`.._antom_keys` is registered for ``ANTOM["client_id"]`` from the start.
"""

from scaretry.sandbox.providers.antom.app import App
from scaretry.sandbox.providers.antom.cards import TEST_CARDS, CardScenario, TestCard
from scaretry.sandbox.providers.antom.signing import sandbox_signature

__all__ = ["TEST_CARDS", "App", "CardScenario", "TestCard", "sandbox_signature"]
