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
        return lambda client: inquiry_payment.sync_detailed(
            client=client, body=body, client_id="SANDBOX_X", request_time="1", signature="x"
        )
    if provider == "paymentsai":
        from scaretry_paymentsai.api.transactions import get_transaction

        return lambda client: get_transaction.sync_detailed("org", "txn", client=client)
    from scaretry_pxp.api.transactions import get_transaction as pxp_get

    return lambda client: pxp_get.sync_detailed("M", "S", "T", client=client, x_request_id="r", x_client_id="c")


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
