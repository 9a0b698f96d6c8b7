"""The baseline of the per-call comparison: plain ``httpx`` sending the same requests as scaretry,
with the same authentication, and reading the answer with ``response.json()``.

Same request means the same JSON body (a fresh idempotency key or request id per payment, as
scaretry makes one) and the same auth computed per request: Checkout.com ``Bearer``, Payments AI
``ApiKey``, PXP's ``PXP-UST1`` HMAC, and Antom's RSA256 signature of the request *and*
verification of the answer's signature, written here by hand with ``cryptography``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus, unquote_plus

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from bench._requests import BODIES

__all__ = ["build"]

_SIGNATURE = re.compile(r"signature=(\S+)")


def _compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _expect(response: httpx.Response, status: int) -> Any:
    if response.status_code != status:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
    return response.json()


def _checkout(http: httpx.Client, operation: str, keys: dict[str, str]) -> Callable[[], Any]:
    http.headers["Authorization"] = f"Bearer {keys['secret_key']}"
    body = BODIES["checkout"]

    def pay() -> Any:
        response = http.post("/payments", json=body, headers={"Cko-Idempotency-Key": str(uuid.uuid4())})
        return _expect(response, 201)

    if operation == "pay":
        return pay
    path = f"/payments/{pay()['id']}"
    return lambda: _expect(http.get(path), 200)


class _AntomSigner:
    """Antom's RSA256 both ways (docs.antom.com, "Sign a request and verify the signature")."""

    def __init__(self, keys: dict[str, str]) -> None:
        private = serialization.load_pem_private_key(keys["merchant_private"].encode(), password=None)
        public = serialization.load_pem_public_key(keys["antom_public"].encode())
        assert isinstance(private, rsa.RSAPrivateKey)
        assert isinstance(public, rsa.RSAPublicKey)
        self.private, self.public, self.client_id = private, public, keys["client_id"]

    def post(self, http: httpx.Client, path: str, body: bytes) -> Any:
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        signed = self.private.sign(
            f"POST {path}\n{self.client_id}.{when}.".encode() + body, padding.PKCS1v15(), hashes.SHA256()
        )
        headers = {
            "Content-Type": "application/json",
            "Client-Id": self.client_id,
            "Request-Time": when,
            "Signature": f"algorithm=RSA256,keyVersion=1,signature={quote_plus(base64.b64encode(signed).decode())}",
        }
        response = http.post(path, content=body, headers=headers)
        match = _SIGNATURE.search(response.headers.get("signature", ""))
        if match is None:
            raise RuntimeError("Antom answer without a signature")
        content = f"POST {path}\n{response.headers['client-id']}.{response.headers['response-time']}.".encode()
        signature = base64.b64decode(unquote_plus(match.group(1)))
        self.public.verify(signature, content + response.content, padding.PKCS1v15(), hashes.SHA256())
        return _expect(response, 200)


def _antom(http: httpx.Client, operation: str, keys: dict[str, str]) -> Callable[[], Any]:
    signer = _AntomSigner(keys)
    prefix = "/ams/sandbox/api/v1/payments"

    def pay() -> Any:
        body = _compact({**BODIES["antom"], "paymentRequestId": f"scr_{uuid.uuid4().hex}"})
        return signer.post(http, f"{prefix}/pay", body)

    if operation == "pay":
        return pay
    inquiry = _compact({"paymentId": pay()["paymentId"]})
    return lambda: signer.post(http, f"{prefix}/inquiryPayment", inquiry)


def _paymentsai(http: httpx.Client, operation: str, keys: dict[str, str]) -> Callable[[], Any]:
    http.headers["Authorization"] = f"ApiKey {keys['api_key']}"
    path = f"/v1/public-api/organizations/{keys['organization_id']}/transactions"

    def pay() -> Any:
        return _expect(http.post(path, json={**BODIES["paymentsai"], "idempotencyKey": str(uuid.uuid4())}), 201)

    if operation == "pay":
        return pay
    read = f"{path}/{pay()['data']['id']}"
    return lambda: _expect(http.get(read), 200)


def _pxp_signed(keys: dict[str, str], path: str, body: bytes) -> dict[str, str]:
    """``PXP-UST1``: base64 HMAC-SHA256 of timestamp, request id, path and body (specs/pxp.yaml)."""
    request_id, timestamp = str(uuid.uuid4()), str(int(time.time()))
    signed = f"{timestamp}{request_id}{path}".encode() + body
    mac = base64.b64encode(hmac.new(keys["token_value"].encode(), signed, hashlib.sha256).digest()).decode()
    return {
        "X-Request-Id": request_id,
        "X-Client-Id": keys["client_id"],
        "Authorization": f"PXP-UST1 {keys['token_id']}:{timestamp}:{mac}",
    }


def _pxp(http: httpx.Client, operation: str, keys: dict[str, str]) -> Callable[[], Any]:
    def pay() -> Any:
        body = {
            **BODIES["pxp"],
            "merchantTransactionId": f"ORD-BENCH-1-{secrets.token_hex(8)}",
            "merchantTransactionDate": dt.datetime.now(dt.UTC).isoformat(sep=" "),
        }
        content = _compact(body)
        headers = {"Content-Type": "application/json", **_pxp_signed(keys, "/api/v1/transactions", content)}
        return _expect(http.post("/api/v1/transactions", content=content, headers=headers), 200)

    if operation == "pay":
        return pay
    reference = pay()["merchantTransactionId"]
    path = f"/api/v1/transactions/{keys['merchant']}/{keys['site']}?merchantTransactionId={reference}"
    return lambda: _expect(http.get(path, headers=_pxp_signed(keys, path, b"")), 200)


_BUILDERS = {"checkout": _checkout, "antom": _antom, "paymentsai": _paymentsai, "pxp": _pxp}


def build(provider: str, operation: str, base_url: str, credentials: dict[str, Any]) -> Callable[[], Any]:
    """A no-argument callable doing the raw equivalent of ``pay()`` or ``poll_once()``."""
    http = httpx.Client(base_url=base_url, timeout=httpx.Timeout(30.0, connect=5.0))
    return _BUILDERS[provider](http, operation, credentials[provider])
