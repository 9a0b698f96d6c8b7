"""Antom's RSA256 scheme as an ``httpx.Auth``: it signs every request and verifies every answer."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from scaretry._errors import SignatureError
from scaretry.providers.antom._config import PROVIDER
from scaretry.providers.antom._keys import sign, signed_content, verifies

__all__ = ["AntomAuth"]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class AntomAuth(httpx.Auth):
    """Antom's RSA256 scheme, both ways ("Sign a request and validate the signature",
    docs.antom.com/ac/ams/digital_signature).

    Request: ``Client-Id``, ``Request-Time`` and
    ``Signature: algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>``, RSA PKCS#1 v1.5
    over SHA-256 of ``POST <path and query as sent>\\n<Client-Id>.<Request-Time>.<body bytes>``.

    Response: Antom signs its answer the same way, over the request's method and path, its own
    ``Client-Id`` and ``Response-Time`` headers and the raw response body. An S or U answer that is
    unsigned, half-signed (only one of Signature and Response-Time) or badly signed raises
    :class:`~scaretry.SignatureError`; an F answer or a non-200 gateway answer may come unsigned
    (Antom's gateway rejects bad requests before anything signs them), but if it carries a
    signature, the signature must verify. ``Client-Id`` on the answer is optional (the signature is
    then checked with our own client id); when present it must be ours.
    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self, client_id: str, private_key: rsa.RSAPrivateKey, antom_public_key: rsa.RSAPublicKey, key_version: str
    ) -> None:
        self._client_id = client_id
        self._private_key = private_key
        self._public_key = antom_public_key
        self._key_version = key_version

    def sign(self, method: str, path: str, when: str, body: bytes) -> str:
        """The ``Signature`` header value for one request."""
        return sign(self._private_key, self._key_version, signed_content(method, path, self._client_id, when, body))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        when = _now()
        path = request.url.raw_path.decode("ascii")
        request.headers["Client-Id"] = self._client_id
        request.headers["Request-Time"] = when
        request.headers["Signature"] = self.sign(request.method, path, when, request.content)
        response = yield request
        self.verify(request, response)

    def verify(self, request: httpx.Request, response: httpx.Response) -> None:
        """Raise :class:`~scaretry.SignatureError` unless ``response`` is Antom's, unaltered."""
        signature = response.headers.get("signature")
        when = response.headers.get("response-time")
        if signature is None and when is None:
            if _may_be_unsigned(response):
                return
            raise self._rejection(response, "the answer is not signed (Antom signs every S and U answer)")
        if signature is None or when is None:
            raise self._rejection(response, "the answer carries only one of Signature and Response-Time")
        client_id = response.headers.get("client-id", self._client_id)
        if client_id != self._client_id:
            raise self._rejection(response, "the answer is signed for another client id")
        content = signed_content(
            request.method, request.url.raw_path.decode("ascii"), client_id, when, response.content
        )
        if not verifies(self._public_key, signature, content):
            raise self._rejection(response, "the answer's signature does not verify with Antom's public key")

    def _rejection(self, response: httpx.Response, why: str) -> SignatureError:
        return SignatureError(
            why, provider=PROVIDER, status_code=response.status_code, body=response.content, headers=response.headers
        )

    def __repr__(self) -> str:
        return f"AntomAuth(client_id={self._client_id!r}, key_version={self._key_version!r})"


def _may_be_unsigned(response: httpx.Response) -> bool:
    if response.status_code != 200:
        return True
    try:
        status = json.loads(response.content)["result"]["resultStatus"]
    except (ValueError, KeyError, TypeError, RecursionError):
        return False
    return bool(status == "F")
