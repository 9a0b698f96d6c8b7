"""A provider's truncated or non-JSON answer becomes ``errors.UnparseableResponse`` carrying the raw
status, headers and bytes (codegen/templates/endpoint_module.py.jinja), never a bare ValueError."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

A26 = "a" * 26


def _call(provider: str) -> Callable[[Any], Any]:
    if provider == "checkout":
        from scaretry_checkout.api.payments import get_payment_details

        return lambda client: get_payment_details.sync_detailed(f"pay_{A26}", client=client)
    if provider == "antom":
        from scaretry_antom.api.payments import inquiry_payment
        from scaretry_antom.models import InquiryPaymentRequest

        body = InquiryPaymentRequest.from_dict({"paymentRequestId": "order-1"})
        return lambda client: inquiry_payment.sync_detailed(client=client, body=body)
    if provider == "paymentsai":
        from scaretry_paymentsai.api.transactions import get_transaction

        return lambda client: get_transaction.sync_detailed("org", "txn", client=client)
    from scaretry_pxp.api.transactions import get_transaction as pxp_get

    return lambda client: pxp_get.sync_detailed("M", "S", merchant_transaction_id="T", client=client)


def _client(provider: str, body: bytes, status: int = 200) -> Any:
    module = importlib.import_module(f"scaretry_{provider}.client")
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            status, content=body, headers={"content-type": "application/json", "x-trace": "t1"}
        )
    )
    return module.AuthenticatedClient(
        base_url="http://provider.invalid", token="t", httpx_args={"transport": transport}
    )


@pytest.mark.parametrize("provider", ["antom", "checkout", "paymentsai", "pxp"])
@pytest.mark.parametrize("body", [b'{"status": "Autho', b"<html>502 Bad Gateway</html>", b"", b"[1, 2]"])
def test_unparseable_body_keeps_the_raw_response(provider: str, body: bytes) -> None:
    errors = importlib.import_module(f"scaretry_{provider}.errors")
    with pytest.raises(errors.UnparseableResponse) as caught:
        _call(provider)(_client(provider, body))
    assert caught.value.content == body
    assert caught.value.status_code == 200
    assert caught.value.headers["x-trace"] == "t1"
    assert body.decode() not in str(caught.value) or not body  # the body never goes into the message


@pytest.mark.parametrize("provider", ["antom", "checkout", "paymentsai", "pxp"])
@pytest.mark.parametrize("status", [299, 599, 520])
def test_a_status_no_registry_lists_is_still_a_response(provider: str, status: int) -> None:
    """``HTTPStatus(599)`` raises ValueError; the generated ``Response`` keeps the plain int."""
    response = _call(provider)(_client(provider, b"{}", status))
    assert response.status_code == status
    assert response.parsed is None


@pytest.mark.parametrize("provider", ["antom", "checkout", "paymentsai", "pxp"])
def test_deeply_nested_json_is_unparseable_not_a_recursion_error(provider: str) -> None:
    errors = importlib.import_module(f"scaretry_{provider}.errors")
    body = b'{"a":' * 100_000 + b"1" + b"}" * 100_000
    with pytest.raises(errors.UnparseableResponse) as caught:
        _call(provider)(_client(provider, body))
    assert isinstance(caught.value.cause, RecursionError)


def test_scalars_are_type_checked_when_read() -> None:
    """A wrong type where the spec says boolean (``"approved": "false"``) does not parse: a string
    "false" is truthy, and a model holding it would read as approved."""
    from scaretry_checkout.models import PaymentResponse

    from tests.generated._examples import modelled_examples

    body = next(value for _, name, _, value in modelled_examples("checkout") if name == "PaymentResponse")
    assert PaymentResponse.from_dict(body).approved in (True, False)
    for field, wrong in (("approved", "false"), ("approved", 1), ("amount", "6510"), ("amount", True), ("id", 7)):
        with pytest.raises(TypeError, match=field):
            PaymentResponse.from_dict({**body, field: wrong})


def test_a_union_never_returns_the_raw_value() -> None:
    """Payments AI's ``data3ds`` is an object or null: a list, an int or a string does not parse
    (it used to come back as the raw value, and the adapter then failed with AttributeError)."""
    from scaretry_paymentsai.models import Transaction

    from tests.generated._examples import modelled_examples

    body = next(value["data"] for _, name, _, value in modelled_examples("paymentsai") if name == "TransactionEnvelope")
    assert not isinstance(Transaction.from_dict({**body, "data3ds": None}).data3ds, list)
    for wrong in ([], 3, "x"):
        with pytest.raises(TypeError):
            Transaction.from_dict({**body, "data3ds": wrong})
