"""The providers' official Python SDKs doing the same ``pay`` and status read, for reference.

They run in the bench's own environment (``.venv-bench-sdks``, pinned in
``bench/requirements-sdks.txt``): Antom's SDK pins a ``cryptography`` older than scaretry's.

- Checkout.com ``checkout-sdk``: a custom :class:`Environment` with the bench server as its base
  URI and the shared (legacy) domain, i.e. no per-merchant subdomain.
- Antom ``global-open-sdk-python``: ``DefaultAlipayClient`` signs the request and verifies the
  answer's signature itself (it refuses an unsigned or badly signed S answer). It always opens an
  ``HTTPSConnection`` to port 443 of the gateway's host, one per request; the only change made here
  is that connection factory, which opens a plain ``HTTPConnection`` to the bench server instead —
  its signing, verification, JSON and models run unmodified, and it still connects per request.
"""

from __future__ import annotations

import http.client
import uuid
import warnings
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from bench._requests import BODIES

__all__ = ["build"]

_PROVIDERS = ("checkout", "antom")


def _checkout(operation: str, base_url: str, keys: dict[str, str]) -> Callable[[], Any]:
    from checkout_sdk.checkout_sdk import CheckoutSdk
    from checkout_sdk.environment import Environment
    from checkout_sdk.payments.payments import PaymentRequest, PaymentRequestCardSource, ThreeDsRequest

    root = f"{base_url}/"
    environment = Environment(root, f"{root}connect/token", root, root, root, root, root, True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # use_legacy_domain(): no merchant subdomain here
        api = CheckoutSdk.builder().secret_key(keys["secret_key"]).environment(environment).use_legacy_domain().build()
    source = PaymentRequestCardSource()
    source.number, source.expiry_month, source.expiry_year = "4242424242424242", 12, 2030
    source.cvv, source.name = "100", "Ada Lovelace"
    three_ds = ThreeDsRequest()
    three_ds.enabled, three_ds.allow_upgrade = False, True
    request = PaymentRequest()
    request.source, request.amount, request.currency = source, 6510, "EUR"
    request.reference, request.capture, request.three_ds = "ORD-BENCH-1", True, three_ds
    request.processing_channel_id = keys["processing_channel_id"]
    request.success_url = request.failure_url = "https://shop.example/checkout/return"

    def pay() -> Any:
        return api.payments.request_payment(request, idempotency_key=str(uuid.uuid4()))

    if operation == "pay":
        return pay
    payment_id = pay().id
    return lambda: api.payments.get_payment_details(payment_id)


def _plain_connections(base_url: str) -> None:
    """Point Antom's SDK at the bench server: a plain HTTP connection instead of HTTPS on 443."""
    from com.alipay.ams.api.net import default_http_rpc

    url = urlsplit(base_url)

    def connect(_url: str, timeout: float = 15) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=timeout)

    setattr(default_http_rpc, "__get_http_connection", connect)  # a module-level name: not mangled


def _bare(pem: str) -> str:
    """The base64 body of a PEM: how Antom Dashboard hands out keys (the SDK adds the armour)."""
    return "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))


def _antom(operation: str, base_url: str, keys: dict[str, str]) -> Callable[[], Any]:
    from com.alipay.ams.api.default_alipay_client import DefaultAlipayClient
    from com.alipay.ams.api.model.amount import Amount
    from com.alipay.ams.api.model.env import Env
    from com.alipay.ams.api.model.order import Order
    from com.alipay.ams.api.model.payment_factor import PaymentFactor
    from com.alipay.ams.api.model.payment_method import PaymentMethod
    from com.alipay.ams.api.model.terminal_type import TerminalType
    from com.alipay.ams.api.request.pay.alipay_pay_query_request import AlipayPayQueryRequest
    from com.alipay.ams.api.request.pay.alipay_pay_request import AlipayPayRequest
    from com.alipay.ams.api.response.pay.alipay_pay_query_response import AlipayPayQueryResponse
    from com.alipay.ams.api.response.pay.alipay_pay_response import AlipayPayResponse
    from cryptography.hazmat.primitives import serialization

    _plain_connections(base_url)
    # The SDK wraps the key in "BEGIN RSA PRIVATE KEY" armour: it wants PKCS#1.
    key = serialization.load_pem_private_key(keys["merchant_private"].encode(), password=None)
    pkcs1 = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()
    client = DefaultAlipayClient(base_url, keys["client_id"], _bare(pkcs1), _bare(keys["antom_public"]))
    amount = Amount()
    amount.currency, amount.value = "EUR", "6510"
    order = Order()
    order.reference_order_id, order.order_description, order.order_amount = "ORD-BENCH-1", "Order ORD-BENCH-1", amount
    method = PaymentMethod()
    method.payment_method_type = "CARD"
    method.payment_method_meta_data = BODIES["antom"]["paymentMethod"]["paymentMethodMetaData"]
    env = Env()
    env.terminal_type = TerminalType.WEB.value
    factor = PaymentFactor()
    factor.is_authorization, factor.capture_mode = "true", "AUTOMATIC"

    def pay() -> Any:
        request = AlipayPayRequest()
        request.product_code, request.payment_request_id = "CASHIER_PAYMENT", f"scr_{uuid.uuid4().hex}"
        request.order, request.payment_amount, request.payment_method = order, amount, method
        request.env, request.payment_factor = env, factor
        request.payment_redirect_url = "https://shop.example/checkout/return"
        return AlipayPayResponse(client.execute(request))

    if operation == "pay":
        return pay
    payment_id = pay().payment_id

    def inquire() -> Any:
        request = AlipayPayQueryRequest()
        request.payment_id = payment_id
        return AlipayPayQueryResponse(client.execute(request))

    return inquire


def build(provider: str, operation: str, base_url: str, credentials: dict[str, Any]) -> Callable[[], Any]:
    """A no-argument callable doing the official SDK's payment request or status read."""
    if provider not in _PROVIDERS:
        raise LookupError(f"no official Python SDK is benchmarked for {provider}")
    maker = _checkout if provider == "checkout" else _antom
    return maker(operation, base_url, credentials[provider])
