"""PXP's ``PXP-UST1`` request signing, as an ``httpx.Auth``."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import uuid
from collections.abc import Generator

import httpx

__all__ = ["PXPAuth"]


class PXPAuth(httpx.Auth):
    """PXP's ``PXP-UST1`` request signing (the headers of ``securitySchemes`` in ``specs/pxp.yaml``).

    ``Authorization: PXP-UST1 {tokenId}:{timestamp}:{hmac}`` with ``hmac`` = base64(HMAC-SHA256(token
    value, ``{timestamp}{X-Request-Id}{path incl. /api and query}{raw body}``)), ``timestamp`` in Unix
    seconds, plus ``X-Request-Id`` (a UUID per request) and ``X-Client-Id``. PXP publishes only the
    header shape (its Unity Portal "Quickstart" and its official Cursor plugin's API-auth skill); the
    signed string is the spec's assumption, marked there.
    """

    requires_request_body = True

    def __init__(self, client_id: str, token_id: str, token_value: str) -> None:
        self._client_id = client_id
        self._token_id = token_id
        self._key = token_value.encode()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # A client.api caller's own X-Request-Id is kept (it is theirs to correlate with PXP's logs).
        request_id = request.headers.get("X-Request-Id") or str(uuid.uuid4())
        timestamp = str(int(time.time()))
        signed = f"{timestamp}{request_id}".encode() + request.url.raw_path + request.content
        mac = base64.b64encode(hmac.new(self._key, signed, hashlib.sha256).digest()).decode()
        request.headers["X-Request-Id"] = request_id
        request.headers["X-Client-Id"] = self._client_id
        request.headers["Authorization"] = f"PXP-UST1 {self._token_id}:{timestamp}:{mac}"
        yield request
