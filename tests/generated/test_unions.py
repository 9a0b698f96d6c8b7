"""Each ``oneOf``/``anyOf`` of the specs parses a payload of every variant into the right class.

openapi-python-client ignores ``discriminator`` and keeps the first variant that parses; a loose
variant listed first would swallow the others' payloads (docs/specs.md, "Unions").
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from scaretry.sandbox._openapi import Spec
from tests.generated._examples import component_of, model_class, modelled_examples

A26 = "a" * 26
CARD = {"primaryAccountNumber": "4111111111111111", "expiryMonth": 12, "expiryYear": 2030}
TX_CARD = {"primaryAccountNumber": "4111111111111111", "expiryMonth": "12", "expiryYear": "2030"}
BROWSER = {
    "channel": "browser",
    "accept_header": "text/html",
    "java_enabled": False,
    "language": "en-GB",
    "color_depth": "24",
    "screen_height": "1080",
    "screen_width": "1920",
    "timezone": "60",
    "user_agent": "Mozilla/5.0",
    "ip_address": "1.12.123.255",
}
APP = {
    "channel": "app",
    "sdk_app_id": "dbd64fcb-c19a-4728-8849-e3d50bfdde39",
    "sdk_max_timeout": 5,
    "sdk_ephem_pub_key": {"kty": "EC", "crv": "P-256", "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x"},
    "sdk_encrypted_data": "{}",
    "sdk_reference_number": "3DS_LOA_SDK_PPFU_020100_00007",
    "sdk_transaction_id": "b2385523-a66c-4907-ac3c-91848e8c0067",
    "sdk_interface_type": "both",
    "sdk_ui_elements": ["single_select"],
}

# (provider, parent schema, property path, payload, expected class of the parsed value)
UNIONS: list[tuple[str, str, tuple[str, ...], Any, str]] = [
    (
        "checkout",
        "PaymentRequest",
        ("source",),
        {"type": "card", "number": "4242424242424242", "expiry_month": 12, "expiry_year": 2030},
        "PaymentRequestCardSource",
    ),
    ("checkout", "PaymentRequest", ("source",), {"type": "token", "token": f"tok_{A26}"}, "PaymentRequestTokenSource"),
    ("checkout", "PaymentRequest", ("source",), {"type": "id", "id": f"src_{A26}"}, "PaymentRequestIdSource"),
    (
        "checkout",
        "PaymentRequest",
        ("3ds",),
        {"enabled": True, "authentication_id": f"sid_{A26}"},
        "ThreeDSRequestStandalone",
    ),
    (
        "checkout",
        "PaymentRequest",
        ("3ds",),
        {"enabled": True, "eci": "05", "cryptogram": "AgAAAAAAAIR8CQrXcIhbQAAAAAA=", "version": "2.2.0"},
        "ThreeDSRequestThirdParty",
    ),
    ("checkout", "PaymentRequest", ("3ds",), {"enabled": False, "allow_upgrade": False}, "ThreeDSRequest"),
    ("checkout", "PaymentRequest", ("3ds",), {"enabled": True}, "ThreeDSRequest"),
    (
        "checkout",
        "SessionRequest",
        ("completion",),
        {"type": "hosted", "success_url": "https://m.example/ok", "failure_url": "https://m.example/ko"},
        "HostedCompletion",
    ),
    (
        "checkout",
        "SessionRequest",
        ("completion",),
        {"type": "non_hosted", "callback_url": "https://m.example/cb"},
        "NonHostedCompletion",
    ),
    (
        "checkout",
        "SessionRequest",
        ("source",),
        {"type": "card", "number": "4485040371536584", "expiry_month": 12, "expiry_year": 2030},
        "SessionCardSource",
    ),
    ("checkout", "SessionRequest", ("source",), {"type": "id", "id": f"src_{A26}"}, "SessionIdSource"),
    ("checkout", "SessionRequest", ("channel_data",), BROWSER, "BrowserChannelData"),
    ("checkout", "SessionRequest", ("channel_data",), APP, "AppChannelData"),
    (
        "checkout",
        "SessionRequest",
        ("channel_data",),
        {"channel": "merchant_initiated", "request_type": "recurring_transaction"},
        "MerchantInitiatedChannelData",
    ),
    ("checkout", "SessionRequest", ("source",), {"type": "token", "token": f"tok_{A26}"}, "SessionTokenSource"),
    (
        "paymentsai",
        "TransactionRequest",
        ("paymentInstruction",),
        {"paymentInstrumentId": "0b8f1c2e-8d5e-4f57-9a0e-2d4c7b6a5e10"},
        "PaymentInstrumentInstruction",
    ),
    ("paymentsai", "TransactionRequest", ("paymentInstruction",), {"token": "tok-1"}, "TokenInstruction"),
    (
        "paymentsai",
        "WebhookEvent",
        ("metadata",),
        {"id": "txn_abc123", "status": "completed", "result": "approved"},
        "Transaction",
    ),
    ("paymentsai", "WebhookEvent", ("metadata",), {"id": "sub-1", "status": "active"}, "OtherEventObject"),
    ("pxp", "PreInitiateStandaloneAuthenticationRequest", ("card",), CARD, "Card"),
    ("pxp", "PreInitiateStandaloneAuthenticationRequest", ("card",), {"gatewayTokenId": "gt-1"}, "GatewayToken"),
    ("pxp", "PreInitiateStandaloneAuthenticationRequest", ("card",), {"schemeTokenId": "st-1"}, "SchemeToken"),
    (
        "pxp",
        "PreInitiateStandaloneAuthenticationRequest",
        ("card",),
        {"schemeTokenNumber": "4895370012003478", "expiryMonth": 12, "expiryYear": 2030},
        "SchemeTokenExternal",
    ),
    ("pxp", "InitiateTransactionRequest", ("fundingData", "card"), TX_CARD, "TransactionCard"),
    (
        "pxp",
        "InitiateTransactionRequest",
        ("fundingData", "card"),
        {"gatewayTokenId": "gt-1"},
        "TransactionGatewayToken",
    ),
]


def _parent_example(provider: str, schema: str) -> dict[str, Any]:
    return next(copy.deepcopy(v) for _, name, _, v in modelled_examples(provider) if name == schema)


@pytest.mark.parametrize(("provider", "parent", "path", "payload", "expected"), UNIONS, ids=lambda x: None)
def test_variant_lands_in_its_class(
    provider: str, parent: str, path: tuple[str, ...], payload: Any, expected: str
) -> None:
    body = _parent_example(provider, parent)
    holder = body
    for key in path[:-1]:
        holder = holder.setdefault(key, {})
    holder[path[-1]] = payload
    model = model_class(provider, parent).from_dict(copy.deepcopy(body))
    value: Any = model
    for key in path:
        value = getattr(value, PythonIdentifier(key, prefix="field_"))
    assert type(value) is model_class(provider, expected)
    assert model.to_dict() == body


@pytest.mark.parametrize("flag", [True, "true", False, "false"])
def test_antom_booleans_accept_both_wire_forms(flag: bool | str) -> None:
    """Antom documents string booleans; its SDK sends JSON booleans; both must parse and survive."""
    body: dict[str, Any] = {"is3DSAuthentication": flag}
    model = model_class("antom", "CardPaymentMethodMetaData").from_dict(copy.deepcopy(body))
    assert model.is_3ds_authentication == flag
    assert model.to_dict() == body


def test_pxp_webhook_events_parse_only_in_their_own_class() -> None:
    """The generator makes no class for the WebhookEvent oneOf: each variant's ``eventCategory``
    const must reject the others' payloads, so the facade can pick the class by trying them."""
    spec = Spec.for_provider("pxp")
    classes = ["AuthenticationEvent", "TransactionEvent", "TokenEvent", "ReportingEvent"]
    examples = [v for _, ptr, v in spec.examples() if component_of(spec, ptr) == "WebhookEvent"]
    assert len(examples) >= 2
    for value in examples:
        fits = []
        for name in classes:
            try:
                model_class("pxp", name).from_dict(copy.deepcopy(value))
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
            fits.append(name)
        assert fits == [f"{value['eventCategory']}Event"]
