"""Checkout.com, emulated: ``POST /payments`` (with the automatic SCA retry), ``GET /payments/{id}``
and its actions, the standalone Sessions API, ``Cko-Idempotency-Key``, and signed gateway webhooks.

What the sandbox does is chosen by the card number (:data:`SCENARIOS`). Checkout.com's own test
cards are used where it documents them (``4242424242424242`` approves, ``4544249167673670``
declines 20051, ``4500622868341387`` is the SCA-retry card of "Manage SCA retries"); any other
valid card approves, as in Checkout.com's sandbox.

Modules: :mod:`.cards` (test cards, the card vault), :mod:`.account` (the processing channels, the
challenge's lifetime), :mod:`.issuer` (what the issuer does with a request: 3DS, exemptions,
agreements, the 20154 and its upgrade), :mod:`.payments` (a payment's life,
"Get payment lists"), :mod:`.views` (what payment answers carry), :mod:`.sessions` and
:mod:`.session_views` (the Sessions API), :mod:`.oauth` (the token endpoint and its tokens),
:mod:`.events` (webhooks), :mod:`.pages` (the cardholder's pages), :mod:`.responses` (errors,
headers, links), :mod:`.app` (authentication and the pipeline's hooks).
"""

from scaretry.sandbox.providers.checkout.app import App
from scaretry.sandbox.providers.checkout.cards import SCENARIOS, CardScenario

__all__ = ["SCENARIOS", "App", "CardScenario"]
