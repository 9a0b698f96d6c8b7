"""The Payments AI adapter: what is refused before sending, and the flows (tokenise a raw card,
create the transaction, read it back).

Public references: "3D Secure 2 (3DS2) guide" (https://api-docs.payments.ai/docs/advanced/3ds2-guide),
"Idempotency" (https://api-docs.payments.ai/docs/api/idempotency), "Tokenization endpoint"
(https://api-docs.payments.ai/docs/get-started/tutorials/tokenization-endpoint).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import ClassVar

import httpx
from scaretry_paymentsai.api.payment_instruments import create_payment_instrument_token
from scaretry_paymentsai.api.transactions import create_transaction, get_transaction
from scaretry_paymentsai.client import Client as GeneratedClient
from scaretry_paymentsai.errors import UnparseableResponse
from scaretry_paymentsai.models import TokenEnvelope, TokenInstruction, TransactionEnvelope

from scaretry._adapter import Adapter, Call, Capabilities, Flow, RawResponse
from scaretry._errors import ConfigurationError, RepeatRequired, UnexpectedResponse, UnsupportedError, ValidationError
from scaretry._handle import Handle
from scaretry._outcome import Outcome
from scaretry._request import Card, PaymentRequest, ThreeDSMode
from scaretry._tables import DeclineTable
from scaretry.providers.paymentsai._answers import expected, request_id
from scaretry.providers.paymentsai._auth import PaymentsAIAuth
from scaretry.providers.paymentsai._config import PROVIDER, PaymentsAIConfig
from scaretry.providers.paymentsai._notifications import STEP, deduplication_id, outcome_of_event, verified_event
from scaretry.providers.paymentsai._outcomes import outcome_of_transaction
from scaretry.providers.paymentsai._requests import (
    REFERENCE_KEY,
    PaymentInstruction,
    payment_instruction,
    token_request,
    transaction_request,
)

__all__ = ["PaymentsAIAdapter"]

_ON_THE_CUSTOMER = (
    "Payments AI keeps it on the customer, not on a transaction: create the customer with client.api "
    "(createCustomer) and pay with customer_id="
)
#: PaymentRequest fields a Payments AI transaction has no place for, and why: refused, never dropped.
_NOT_SENT = {
    "notify_url": "webhook destinations are registered per account (POST /v1/webhook-destinations)",
    "exemption": "a transaction takes no SCA exemption (3-D Secure is configured per gateway connection)",
    "exemption_after_failed_authentication": "a transaction takes no SCA exemption",
    "stored_credential": (
        "a transaction has no credentials-on-file fields beyond isMerchantInitiated, which "
        "initiator=Initiator.MERCHANT sets"
    ),
    "previous_payment_id": "a transaction has no field linking it to an earlier one",
    "customer_email": _ON_THE_CUSTOMER,
    "customer_phone": _ON_THE_CUSTOMER,
    "billing_address": _ON_THE_CUSTOMER,
}


class PaymentsAIAdapter(Adapter[PaymentsAIConfig]):
    """Sans-I/O Payments AI: request building, outcome mapping, webhook verification."""

    provider: ClassVar[str] = PROVIDER
    capabilities: ClassVar[Capabilities] = Capabilities(
        three_ds_modes=frozenset({ThreeDSMode.ALWAYS, ThreeDSMode.NEVER}), native_upgrade=False
    )
    unparseable: ClassVar[type[Exception]] = UnparseableResponse

    def __init__(self, config: PaymentsAIConfig) -> None:
        super().__init__(config)
        self.organization_id = config.organization_id
        self.gateway_three_ds = config.gateway_three_ds
        self.webhook_secret = config.webhook_secret
        self.production = config.production
        self.table = DeclineTable.load(PROVIDER, config.decline_overrides)

    def make_api(self, base_url: str) -> GeneratedClient:
        return GeneratedClient(base_url=base_url)

    def auth(self) -> httpx.Auth:
        return PaymentsAIAuth(self.config.api_key)

    def handle_secret(self) -> bytes:
        return self.config.api_key.encode()

    def new_idempotency_key(self, request: PaymentRequest) -> str:
        return str(uuid.uuid4())

    def request_id(self, response: RawResponse) -> str | None:
        return request_id(response)

    def check(self, request: PaymentRequest) -> None:
        """Refuse, before anything is sent, what Payments AI cannot do: a 3DS mode its gateway
        connection does not run, a raw card in production, a field it has no place for; and what
        3DS needs but the request lacks (the browser)."""
        self._check_three_ds(request)
        if isinstance(request.source, Card):
            if self.production:
                raise UnsupportedError(
                    "paymentsai: raw cards can be tokenised server-side only on stage; in production tokenise "
                    "in the browser with FramePay and pay with CardToken(token)"
                )
            if request.source.cvv is None:
                raise ValidationError("card.cvv", "Payments AI's tokeniser requires the CVV")
        for name, why in _NOT_SENT.items():
            if getattr(request, name) not in (None, False):
                raise UnsupportedError(f"paymentsai cannot send {name}: {why}")
        if REFERENCE_KEY in request.metadata:
            raise ValidationError(f"metadata.{REFERENCE_KEY}", "is reserved for the payment reference")

    def _check_three_ds(self, request: PaymentRequest) -> None:
        if request.three_ds is ThreeDSMode.UPGRADE:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=upgrade: 3-D Secure is switched on or off per gateway "
                "connection, not per transaction, and a declined transaction carries no issuer decline code, "
                "so a soft decline for missing SCA can neither be recognised nor retried with 3DS through the "
                "API. Use ALWAYS on a gateway connection with 3DS on, or NEVER on one with 3DS off."
            )
        if request.three_ds is ThreeDSMode.ALWAYS and not self.gateway_three_ds:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=always: this client's gateway connection has 3-D Secure "
                "off (gateway_three_ds=False) and Payments AI has no per-transaction switch; turn 3DS on for "
                "the connection, or pay with NEVER"
            )
        if request.three_ds is ThreeDSMode.NEVER and self.gateway_three_ds:
            raise UnsupportedError(
                "paymentsai cannot honour three_ds=never: this client's gateway connection has 3-D Secure on "
                "(gateway_three_ds=True) and Payments AI has no per-transaction switch; pay with ALWAYS"
            )
        if request.three_ds is ThreeDSMode.ALWAYS and request.customer_initiated and request.browser is None:
            raise ValidationError(
                "browser",
                "required with three_ds=always: the 3DS2 guide lists riskMetadata.browserData's colorDepth, "
                "isJavaEnabled, language, screenWidth, screenHeight and timeZoneOffset as required for 3DS2",
            )

    # -- flows ------------------------------------------------------------------------------------

    def pay(self, request: PaymentRequest, idempotency_key: str, customer_id: str | None = None) -> Flow[Outcome]:
        """Tokenise a raw card on stage (``POST …/payment-instruments/tokens``), then create the
        transaction (``POST …/transactions`` with ``idempotencyKey``, and ``customerId`` when given)
        and map its answer."""
        self.check(request)
        if customer_id is not None and (not customer_id or not customer_id.isprintable() or " " in customer_id):
            raise ValidationError("customer_id", "must be a Payments AI customer id (no spaces)")
        handle = Handle(
            provider=PROVIDER,
            payment_id=None,
            reference=request.reference,
            idempotency_key=idempotency_key,
            step=STEP,
            data={"organization_id": self.organization_id},
        )
        source = request.require_source()
        instruction: PaymentInstruction
        if isinstance(source, Card):
            # Safe to repeat although Payments AI documents no idempotency for it ("Idempotency"
            # covers POST /transactions only): a token moves no money and is single-use and
            # short-lived ("Token lifecycle"). A repeat after a lost answer leaves at most one extra
            # token unused until it expires; nothing is charged with it. Not retrying cost whole
            # payments on a 429 or 503 before anything was created.
            response = yield Call(
                create_payment_instrument_token.prepare(self.organization_id, body=token_request(source)),
                handle,
                retry_safe=True,
            )
            token = expected(response, 201, TokenEnvelope, "createPaymentInstrumentToken")
            instruction = TokenInstruction(token=token.data.id)
        else:
            instruction = payment_instruction(source.token)
        body = transaction_request(request, idempotency_key, instruction, customer_id)
        response = yield Call(create_transaction.prepare(self.organization_id, body=body), handle, retry_safe=True)
        txn = expected(response, 201, TransactionEnvelope, "createTransaction").data
        return outcome_of_transaction(txn, handle.evolve(payment_id=txn.id), self.table)

    def status(self, handle: Handle) -> Flow[Outcome]:
        """Read the transaction (``GET …/transactions/{id}``)."""
        if handle.provider != PROVIDER or not handle.payment_id:
            raise ValidationError("handle", "not a Payments AI transaction handle")
        organization = str(handle.data.get("organization_id") or self.organization_id)
        response = yield Call(get_transaction.prepare(organization, handle.payment_id), handle, retry_safe=True)
        txn = expected(response, 200, TransactionEnvelope, "getTransaction").data
        if txn.id != handle.payment_id:
            raise UnexpectedResponse(
                "getTransaction answered with another transaction's id (data.id)",
                provider=PROVIDER,
                status_code=response.status_code,
                request_id=request_id(response),
                body=response.content,
                headers=dict(response.headers),
            )
        return outcome_of_transaction(txn, handle, self.table)

    def recover(self, handle: Handle) -> Flow[Outcome]:
        """The real outcome of a payment whose answer was lost (``handle`` from the error).

        With a transaction id (``createTransaction`` answered, a later read was lost) this reads the
        transaction. Without one, Payments AI offers no lookup: its public API documents no search of
        transactions by ``idempotencyKey`` or by metadata. The recovery is then the replay its
        "Idempotency" page documents (https://api-docs.payments.ai/docs/api/idempotency):
        ``client.pay(request, idempotency_key=handle.idempotency_key)`` returns the original
        transaction if it was created, and creates it once if it was not. This raises
        :class:`~scaretry.RepeatRequired` saying so, before sending anything.
        """
        if handle.payment_id:
            return self.status(handle)
        raise RepeatRequired(
            "Payments AI documents no lookup of a transaction by its idempotency key; replay the payment "
            "instead: client.pay(request, idempotency_key=handle.idempotency_key) returns the original "
            "transaction if it was created, and creates it once if it was not",
            provider=PROVIDER,
            handle=handle,
        )

    def resume(self, handle: Handle, params: Mapping[str, str]) -> Flow[Outcome]:
        """The customer is back at ``redirectUrl`` with ``id`` and ``result`` filled in (3DS2 guide,
        step 5). ``result`` is only a hint: "for the authoritative final state, retrieve the
        transaction by ID" (step 6), so this reads the transaction and returns what the read says (a
        forged ``/approved`` cannot mark a payment approved). An ``id`` for another transaction is
        refused."""
        returned = params.get("id")
        if returned is not None and returned != handle.payment_id:
            raise ValidationError("params.id", "the return URL carries another transaction's id")
        return self.status(handle)

    # -- notifications --------------------------------------------------------------------------

    #: "For the authoritative final state, retrieve the transaction by ID or handle the incoming
    #: webhook" (3DS2 guide, step 6), and delivery is at least once, possibly out of order: a
    #: notified final state is confirmed with one read before ``wait()`` returns it.
    notifications_need_confirmation: ClassVar[bool] = True

    def parse_webhook(self, headers: Mapping[str, str], body: bytes) -> Outcome:
        """Verify ``X-Signature`` over the raw body, then map the event's transaction."""
        if not self.webhook_secret:
            raise ConfigurationError("paymentsai: parse_webhook needs the client's webhook_secret")
        return outcome_of_event(
            verified_event(headers, body, self.webhook_secret), self.organization_id, self.table, body
        )

    def notification_id(self, notification: Outcome) -> str | None:
        """The event's ``deduplicationId``."""
        return deduplication_id(notification)

    def notification_keys(self, handle: Handle) -> frozenset[str]:
        """The transaction id: the one identifier both a waiter's handle and an event carry (an
        event carries no ``idempotencyKey``)."""
        return frozenset({handle.payment_id}) if handle.payment_id else frozenset()
