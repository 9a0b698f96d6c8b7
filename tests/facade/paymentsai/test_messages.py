"""What the Payments AI client says, word for word, when it refuses a payment or an answer: each
refusal names its field and its reason (and what to do instead), each error its operation and what
Payments AI said, never a card number; and what a webhook's outcome carries for the next read (the
transaction, its organization, its reference). Served by a scripted Payments AI
(``httpx.MockTransport``)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scaretry._errors import (
    ConfigurationError,
    ProviderError,
    RepeatRequired,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
)
from scaretry._handle import Handle, handle_key
from scaretry._outcome import State
from scaretry._request import CardToken, ThreeDSMode
from scaretry.providers.paymentsai import PaymentsAI
from tests.facade.paymentsai._support import API_KEY, ORG, ScriptedPaymentsAI, request, scripted, sign, transaction

TOKEN = CardToken("token:tk-1")
HANDLES = b"handles of these tests"


def refusal(payment: Any, gateway: bool = True, **pay: Any) -> str:
    provider = ScriptedPaymentsAI()
    with (
        scripted(provider, gateway_three_ds=gateway) as paymentsai,
        pytest.raises((UnsupportedError, ValidationError)) as raised,
    ):
        paymentsai.pay(payment, **pay)
    assert provider.requests == []
    return str(raised.value)


@pytest.mark.parametrize(
    ("payment", "gateway", "message"),
    [
        (
            request(source=TOKEN, mode=ThreeDSMode.UPGRADE),
            True,
            "paymentsai cannot honour three_ds=upgrade: 3-D Secure is switched on or off per gateway connection, "
            "not per transaction, and a declined transaction carries no issuer decline code, so a soft decline for "
            "missing SCA can neither be recognised nor retried with 3DS through the API. Use ALWAYS on a gateway "
            "connection with 3DS on, or NEVER on one with 3DS off.",
        ),
        (
            request(source=TOKEN, mode=ThreeDSMode.ALWAYS),
            False,
            "paymentsai cannot honour three_ds=always: this client's gateway connection has 3-D Secure off "
            "(gateway_three_ds=False) and Payments AI has no per-transaction switch; turn 3DS on for the "
            "connection, or pay with NEVER",
        ),
        (
            request(source=TOKEN, mode=ThreeDSMode.NEVER),
            True,
            "paymentsai cannot honour three_ds=never: this client's gateway connection has 3-D Secure on "
            "(gateway_three_ds=True) and Payments AI has no per-transaction switch; pay with ALWAYS",
        ),
        (
            request(source=TOKEN, browser=None),
            True,
            "browser: required with three_ds=always: the 3DS2 guide lists riskMetadata.browserData's colorDepth, "
            "isJavaEnabled, language, screenWidth, screenHeight and timeZoneOffset as required for 3DS2",
        ),
        (
            request(source=TOKEN, metadata={"reference": "mine"}),
            True,
            "metadata.reference: is reserved for the payment reference",
        ),
        (
            request(source=TOKEN, previous_payment_id="txn_1"),
            True,
            "paymentsai cannot send previous_payment_id: a transaction has no field linking it to an earlier one",
        ),
        (
            request(source=TOKEN, customer_email="ada@example.com"),
            True,
            "paymentsai cannot send customer_email: Payments AI keeps it on the customer, not on a transaction: "
            "create the customer with client.api (createCustomer) and pay with customer_id=",
        ),
    ],
)
def test_a_payment_payments_ai_cannot_make_is_refused_saying_why(payment: Any, gateway: bool, message: str) -> None:
    assert refusal(payment, gateway) == message


def test_a_customer_id_that_is_not_one_is_refused_saying_so() -> None:
    assert refusal(request(source=TOKEN), customer_id="has space") == (
        "customer_id: must be a Payments AI customer id (no spaces)"
    )


def test_a_raw_card_in_production_is_refused_saying_how_to_tokenise() -> None:
    provider = ScriptedPaymentsAI()
    with scripted(provider, environment="production") as paymentsai, pytest.raises(UnsupportedError) as raised:
        paymentsai.pay(request())
    assert str(raised.value) == (
        "paymentsai: raw cards can be tokenised server-side only on stage; in production tokenise in the "
        "browser with FramePay and pay with CardToken(token)"
    )


def test_recover_without_a_transaction_says_how_to_replay() -> None:
    handle = Handle("paymentsai", None, "pai-test", "k-1", "transaction").signed(handle_key(HANDLES))
    with scripted(ScriptedPaymentsAI(), handle_key=HANDLES) as paymentsai, pytest.raises(RepeatRequired) as raised:
        paymentsai.recover(handle)
    assert str(raised.value) == (
        "paymentsai: Payments AI documents no lookup of a transaction by its idempotency key; replay the payment "
        "instead: client.pay(request, idempotency_key=handle.idempotency_key) returns the original transaction "
        "if it was created, and creates it once if it was not"
    )
    assert raised.value.handle.idempotency_key == "k-1"


def test_a_handle_without_a_transaction_cannot_be_read() -> None:
    with scripted(ScriptedPaymentsAI(), handle_key=HANDLES) as paymentsai, pytest.raises(ValidationError) as raised:
        paymentsai.poll_once(Handle("paymentsai", None, "pai-test", "k-1", "transaction").signed(handle_key(HANDLES)))
    assert str(raised.value) == "handle: not a Payments AI transaction handle"


def test_without_a_webhook_secret_a_delivery_cannot_be_verified() -> None:
    with PaymentsAI(API_KEY, ORG, gateway_three_ds=True) as paymentsai, pytest.raises(ConfigurationError) as raised:
        paymentsai.parse_webhook({}, b"{}")
    assert str(raised.value) == "paymentsai: parse_webhook needs the client's webhook_secret"


# -- errors ---------------------------------------------------------------------------------------------


def polled(answer: httpx.Response | dict[str, Any]) -> Any:
    provider = ScriptedPaymentsAI(create=transaction(status="waiting", result="unknown"), read=answer)
    with scripted(provider) as paymentsai:
        return paymentsai.poll_once(paymentsai.pay(request(source=TOKEN)).handle).outcome


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"errorCode": "NOT_FOUND", "statusCode": 404, "message": "No such", "details": "txn"}, "No such; txn"),
        ({"errorCode": "NOT_FOUND", "statusCode": 404, "message": "No such"}, "No such"),
    ],
)
def test_an_error_answer_names_the_operation_and_what_payments_ai_said(body: dict[str, Any], message: str) -> None:
    answer = httpx.Response(404, json=body, headers={"X-Request-Id": "req-9"})
    with pytest.raises(ProviderError) as raised:
        polled(answer)
    assert (
        str(raised.value)
        == f"paymentsai: getTransaction failed: {message} (HTTP 404, code NOT_FOUND, request id req-9)"
    )
    assert (raised.value.code, raised.value.request_id) == ("NOT_FOUND", "req-9")


def test_an_error_answer_that_says_nothing_names_the_operation_alone() -> None:
    with pytest.raises(ProviderError) as raised:
        polled(httpx.Response(404, json={"errorCode": "NOT_FOUND", "statusCode": 404, "message": ""}))
    assert str(raised.value) == "paymentsai: getTransaction failed (HTTP 404, code NOT_FOUND)"


def test_a_card_number_in_an_error_answer_is_redacted_where_it_stood() -> None:
    body = {"errorCode": "BAD_REQUEST", "statusCode": 400, "message": "card 4111111111111111 is invalid"}
    provider = ScriptedPaymentsAI(create=httpx.Response(400, json=body))
    with scripted(provider) as paymentsai, pytest.raises(ProviderError) as raised:
        paymentsai.pay(request(source=TOKEN))
    assert str(raised.value) == (
        "paymentsai: createTransaction failed: card [redacted] is invalid (HTTP 400, code BAD_REQUEST)"
    )


def test_an_answer_of_the_wrong_kind_is_an_unexpected_response_of_payments_ai() -> None:
    with pytest.raises(UnexpectedResponse) as raised:
        polled(httpx.Response(201, json={"data": transaction()}))
    assert str(raised.value) == "paymentsai: getTransaction: expected HTTP 200 with a TransactionEnvelope (HTTP 201)"
    assert raised.value.provider == "paymentsai"


def test_a_read_of_another_transaction_is_an_unexpected_response_of_payments_ai() -> None:
    with pytest.raises(UnexpectedResponse) as raised:
        polled(transaction(id="txn_someone_else"))
    assert str(raised.value) == (
        "paymentsai: getTransaction answered with another transaction's id (data.id) (HTTP 200)"
    )
    assert raised.value.provider == "paymentsai"


# -- webhooks -------------------------------------------------------------------------------------------


def delivered(body: dict[str, Any], provider: ScriptedPaymentsAI | None = None) -> tuple[Any, ScriptedPaymentsAI]:
    raw = json.dumps(body).encode()
    provider = provider or ScriptedPaymentsAI()
    with scripted(provider) as paymentsai:
        outcome = paymentsai.parse_webhook(sign(raw), raw)
        if outcome.payment_id is not None:
            paymentsai.poll_once(outcome.handle)
    return outcome, provider


def test_an_event_that_is_not_about_a_transaction_is_surfaced_and_its_transaction_can_be_read() -> None:
    other_org = "org_elsewhere"
    body = {"deduplicationId": "d-9", "type": "transaction-refunded-someday", "organizationId": other_org}
    outcome, provider = delivered(body | {"metadata": transaction(id="txn_abc123")})
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (
        State.PROCESSING,
        "transaction-refunded-someday",
        "txn_abc123",
    )
    assert provider.requests[-1].url.path == f"/v1/public-api/organizations/{other_org}/transactions/txn_abc123"


def test_a_transaction_event_is_read_again_in_its_own_organization() -> None:
    other_org = "org_elsewhere"
    body = {"deduplicationId": "d-8", "type": "transaction-processed", "organizationId": other_org}
    outcome, provider = delivered(body | {"metadata": transaction(metadata={"reference": "pai-ref-1"})})
    assert outcome.handle.reference == "pai-ref-1"
    assert provider.requests[-1].url.path == f"/v1/public-api/organizations/{other_org}/transactions/txn_abc123"


@pytest.mark.parametrize("metadata", [{"metadata": {"other": "x"}}, {}])
def test_a_transaction_event_without_a_reference_has_an_empty_one(metadata: dict[str, Any]) -> None:
    body = {"deduplicationId": "d-7", "type": "transaction-processed", "organizationId": ORG}
    outcome, _ = delivered(body | {"metadata": transaction(**metadata)})
    assert outcome.handle.reference == ""


def test_a_transaction_event_whose_metadata_is_no_transaction_is_an_unexpected_response() -> None:
    raw = json.dumps({"deduplicationId": "d-6", "type": "transaction-declined", "metadata": {"x": 1}}).encode()
    with scripted(ScriptedPaymentsAI()) as paymentsai, pytest.raises(UnexpectedResponse) as raised:
        paymentsai.parse_webhook(sign(raw), raw)
    assert str(raised.value) == (
        "paymentsai: webhook transaction-declined: metadata is not a transaction (id, status, result)"
    )


# -- configuration --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [("true", True), ("1", True), (" Yes ", True), ("false", False), ("0", False), ("NO", False)],
)
def test_gateway_three_ds_from_the_environment_reads_as_written(
    monkeypatch: pytest.MonkeyPatch, written: str, value: bool
) -> None:
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_API_KEY", API_KEY)
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_ORGANIZATION_ID", ORG)
    monkeypatch.setenv("SCARETRY_PAYMENTSAI_GATEWAY_THREE_DS", written)
    with PaymentsAI.from_env() as paymentsai:
        assert paymentsai.gateway_three_ds is value


def test_gateway_three_ds_that_is_no_flag_is_refused_saying_what_it_is() -> None:
    with pytest.raises(ConfigurationError) as raised:
        PaymentsAI(API_KEY, ORG, gateway_three_ds="maybe")  # type: ignore[arg-type]
    assert "gateway_three_ds must be true or false (how the gateway connection is configured)" in str(raised.value)


def test_the_api_key_never_shows_in_the_auths_repr() -> None:
    with scripted(ScriptedPaymentsAI()) as paymentsai:
        assert repr(paymentsai._adapter.auth()) == "PaymentsAIAuth(ApiKey ***)"
