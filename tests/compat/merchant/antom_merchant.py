"""A merchant's code written with Antom's official SDK (``global-open-sdk-python``), unmodified
and configured only: the sandbox's HTTPS origin as the gateway URL, the sandbox's ``SANDBOX_``
client id (the SDK then signs and calls ``/ams/sandbox/api/v1/...``) and its published test keys.

The SDK connects with TLS to port 443 of the gateway's host whatever the URL says
(``com/alipay/ams/api/net/default_http_rpc.py``) and verifies the certificate against the
system's trust store, so the suite gives this process the sandbox's CA through ``SSL_CERT_FILE``.

Run by the compatibility suite in the SDKs' venv: ``python antom_merchant.py '<config JSON>'``
(see ``_serve``). Requests follow the SDK's README sample and Antom's card payment docs
(docs.antom.com/ac/cashierpay/mf: ``is3DSAuthentication``, ``enableAuthenticationUpgrade``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from _serve import serve
from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
from com.alipay.ams.api.model.amount import Amount
from com.alipay.ams.api.model.browser_info import BrowserInfo
from com.alipay.ams.api.model.buyer import Buyer
from com.alipay.ams.api.model.env import Env
from com.alipay.ams.api.model.order import Order
from com.alipay.ams.api.model.payment_method import PaymentMethod
from com.alipay.ams.api.model.product_code_type import ProductCodeType
from com.alipay.ams.api.model.terminal_type import TerminalType
from com.alipay.ams.api.request.pay.alipay_pay_query_request import AlipayPayQueryRequest
from com.alipay.ams.api.request.pay.alipay_pay_request import AlipayPayRequest
from com.alipay.ams.api.request.pay.alipay_payment_session_request import AlipayPaymentSessionRequest
from com.alipay.ams.api.response.pay.alipay_pay_query_response import AlipayPayQueryResponse
from com.alipay.ams.api.response.pay.alipay_pay_response import AlipayPayResponse
from com.alipay.ams.api.response.pay.alipay_payment_session_response import AlipayPaymentSessionResponse

CONFIG: dict[str, Any] = json.loads(sys.argv[1])


def _client(keys: str = "published") -> DefaultAlipayClient:
    """``keys``: "published" (the sandbox's test keys), "foreign_merchant_key" (a key the sandbox
    has not registered: the sandbox must refuse the request), "foreign_antom_key" (the SDK checks
    the sandbox's response signatures with a key that did not make them: the SDK must refuse)."""
    merchant_key = CONFIG["foreign_private_key"] if keys == "foreign_merchant_key" else CONFIG["merchant_private_key"]
    antom_key = CONFIG["foreign_public_key"] if keys == "foreign_antom_key" else CONFIG["antom_public_key"]
    return DefaultAlipayClient(CONFIG["gateway_url"], CONFIG["client_id"], merchant_key, antom_key)


def _amount() -> Amount:
    return Amount("EUR", "6510")


def _order(request_id: str) -> Order:
    buyer = Buyer()
    buyer.reference_buyer_id = "buyer-compat-1"
    buyer.buyer_email = "compat-suite@example.com"
    order = Order()
    order.reference_order_id = "ORD-" + request_id
    order.order_description = "Compatibility suite order"
    order.order_amount = _amount()
    order.buyer = buyer
    return order


def _env() -> Env:
    browser = BrowserInfo()
    browser.accept_header = "text/html"
    browser.java_enabled = False
    browser.java_script_enabled = True
    browser.language = "en-GB"
    browser.user_agent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"
    env = Env()
    env.terminal_type = TerminalType.WEB
    env.client_ip = "1.12.123.255"
    env.browser_info = browser
    return env


def _card(number: str, three_ds: bool | None, upgrade: bool | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "cardNo": number,
        "cvv": "123",
        "expiryYear": "30",
        "expiryMonth": "06",
        "cardholderName": {"firstName": "Compat", "lastName": "Suite"},
    }
    if three_ds is not None:
        meta["is3DSAuthentication"] = "true" if three_ds else "false"
    if upgrade is not None:
        meta["enableAuthenticationUpgrade"] = "true" if upgrade else "false"
    return meta


def _result(result: Any) -> dict[str, Any]:
    return {"code": result.result_code, "status": result.result_status.value, "message": result.result_message}


def _three_ds(info: Any) -> dict[str, Any] | None:
    found = info.three_ds_result if info is not None else None
    if found is None:
        return None
    return {
        "version": found.three_ds_version,
        "eci": found.eci,
        "challenged": found.challenged,
        "status_reason": found.three_d_stransaction_status_reason,
    }


def _one_time_card_payment(request: Any, request_id: str, card_meta_data: dict[str, Any]) -> Any:
    """Fill what pay and createPaymentSession share for a one-time card payment."""
    method = PaymentMethod()
    method.payment_method_type = "CARD"
    method.payment_method_meta_data = card_meta_data
    request.product_code = ProductCodeType.CASHIER_PAYMENT
    request.payment_request_id = request_id
    request.payment_amount = _amount()
    request.order = _order(request_id)
    request.payment_method = method
    request.payment_redirect_url = "https://merchant.example/antom/return?order=" + request_id
    return request


def _pay_request(request_id: str, number: str, three_ds: bool | None, upgrade: bool | None) -> AlipayPayRequest:
    """A one-time card payment (``CASHIER_PAYMENT``, card details server to server)."""
    request = _one_time_card_payment(AlipayPayRequest(), request_id, _card(number, three_ds, upgrade))
    request.env = _env()
    return request


def pay(
    request_id: str,
    number: str,
    *,
    three_ds: bool | None = None,
    upgrade: bool | None = None,
    keys: str = "published",
) -> dict[str, Any]:
    request = _pay_request(request_id, number, three_ds, upgrade)
    response = AlipayPayResponse(_client(keys).execute(request))
    form = response.redirect_action_form
    return {
        "result": _result(response.result),
        "payment_id": response.payment_id,
        "normal_url": response.normal_url,
        "redirect_action_form": None if form is None else {"url": form.redirect_url, "method": form.method},
        "three_ds": _three_ds(response.payment_result_info),
    }


def _inquiry_request(request_id: str) -> AlipayPayQueryRequest:
    request = AlipayPayQueryRequest()
    request.payment_request_id = request_id
    return request


def inquire(request_id: str) -> dict[str, Any]:
    response = AlipayPayQueryResponse(_client().execute(_inquiry_request(request_id)))
    status = response.payment_status
    return {
        "result": _result(response.result),
        "payment_id": response.payment_id,
        "payment_status": None if status is None else status.value,
        "payment_result_code": response.payment_result_code,
        "three_ds": _three_ds(response.payment_result_info),
    }


def _session_request(request_id: str, three_ds: bool) -> AlipayPaymentSessionRequest:
    """A payment session for Antom's client SDK / Checkout Page (``createPaymentSession``)."""
    meta_data = {"is3DSAuthentication": "true" if three_ds else "false"}
    return _one_time_card_payment(AlipayPaymentSessionRequest(), request_id, meta_data)


def create_payment_session(request_id: str, *, three_ds: bool = True) -> dict[str, Any]:
    response = AlipayPaymentSessionResponse(_client().execute(_session_request(request_id, three_ds)))
    return {
        "result": _result(response.result),
        "payment_session_id": response.payment_session_id,
        "payment_session_data": response.payment_session_data,
        "payment_session_expiry_time": response.payment_session_expiry_time,
    }


def request_bodies() -> dict[str, Any]:
    """The JSON bodies the SDK signs and sends for the requests this module makes, by the spec
    operation each must fit (the suite validates them against specs/antom.yaml)."""
    return {
        "pay": [
            json.loads(_pay_request("compat-1", "4054695723100768", None, None).to_ams_json()),
            json.loads(_pay_request("compat-2", "4000000000000044", False, True).to_ams_json()),
            json.loads(_pay_request("compat-3", "4000000000000028", True, False).to_ams_json()),
        ],
        "inquiryPayment": [json.loads(_inquiry_request("compat-1").to_ams_json())],
        "createPaymentSession": [json.loads(_session_request("compat-4", True).to_ams_json())],
    }


if __name__ == "__main__":
    serve(
        {
            "pay": pay,
            "inquire": inquire,
            "create_payment_session": create_payment_session,
            "request_bodies": request_bodies,
        }
    )
