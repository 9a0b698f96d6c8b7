"""Checkout.com's OAuth 2.0 client credentials, as the sandbox plays them: the token endpoint
(``POST /connect/token``; on Checkout.com ``https://access.sandbox.checkout.com/connect/token``,
"API endpoints"), and the access tokens it issued, with their scopes.

The official SDKs authenticate Sessions with OAuth only, so the sandbox must issue tokens. The
exchange follows RFC 6749 (§4.4 the grant, §5.1 the answer, §5.2 its errors): client id and
secret by HTTP Basic or in the form, ``grant_type=client_credentials``, space-separated scopes.
Tokens last an hour on the sandbox clock.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import secrets
import threading
from urllib.parse import parse_qsl

import attrs
from starlette.requests import Request
from starlette.responses import Response

from scaretry.sandbox._clock import Clock
from scaretry.sandbox._credentials import CHECKOUT

__all__ = ["TOKEN_PATH", "AccessTokens"]

TOKEN_PATH = "/connect/token"  # noqa: S105  # a path, not a password
_LIFETIME = 3600
#: The scopes the sandbox grants ("API reference › Authentication": gateway and its parts, sessions).
_SCOPES = frozenset(
    {
        "gateway",
        "gateway:payment",
        "gateway:payment-details",
        "gateway:payment-authorizations",
        "gateway:payment-voids",
        "gateway:payment-captures",
        "gateway:payment-refunds",
        "sessions",
        "sessions:app",
        "sessions:browser",
    }
)


@attrs.frozen
class Grant:
    expires_at: float
    scopes: frozenset[str]


def _oauth_error(status: int, error: str, **headers: str) -> Response:
    body = json.dumps({"error": error}).encode()
    return Response(body, status, headers={"Cache-Control": "no-store", **headers}, media_type="application/json")


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        client_id, _, secret = base64.b64decode(value.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return client_id, secret


class AccessTokens:
    """The tokens the sandbox issued."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._grants: dict[str, Grant] = {}
        self._lock = threading.Lock()

    async def token_endpoint(self, request: Request) -> Response:
        """``POST /connect/token``: a bearer token for the client's credentials."""
        if request.method != "POST":
            return _oauth_error(405, "invalid_request")
        raw = await request.body()
        if len(raw) > 8192:
            return _oauth_error(400, "invalid_request")
        form = dict(parse_qsl(raw.decode("utf-8", "replace")))
        credentials = _basic(request.headers.get("authorization", "")) or (
            form.get("client_id", ""),
            form.get("client_secret", ""),
        )
        client_id, secret = credentials
        if not (
            hmac.compare_digest(client_id.encode(), CHECKOUT["oauth_client_id"].encode())
            and hmac.compare_digest(secret.encode(), CHECKOUT["oauth_client_secret"].encode())
        ):
            return _oauth_error(401, "invalid_client", **{"WWW-Authenticate": "Basic"})
        if form.get("grant_type") != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type")
        scopes = frozenset(form.get("scope", "gateway").split())
        if not scopes <= _SCOPES:
            return _oauth_error(400, "invalid_scope")
        token = secrets.token_urlsafe(48)
        with self._lock:
            self._grants[token] = Grant(self._clock.now() + _LIFETIME, scopes)
        answer = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": _LIFETIME,
            "scope": " ".join(sorted(scopes)),
        }
        return Response(
            json.dumps(answer).encode(), 200, headers={"Cache-Control": "no-store"}, media_type="application/json"
        )

    def scopes(self, token: str) -> frozenset[str] | None:
        """The scopes of a live token the sandbox issued, else None."""
        with self._lock:
            grant = self._grants.get(token)
        if grant is None or grant.expires_at <= self._clock.now():
            return None
        return grant.scopes


def allows(scopes: frozenset[str], api_path: str, method: str) -> bool:
    """Whether a token with ``scopes`` may call ``method api_path``: payments need ``gateway`` (or
    ``gateway:payment`` to pay, ``gateway:payment-details`` to read), sessions a ``sessions`` scope."""
    if api_path.startswith("/sessions"):
        return bool(scopes & {"sessions", "sessions:app", "sessions:browser"})
    needed = "gateway:payment" if method == "POST" else "gateway:payment-details"
    return "gateway" in scopes or needed in scopes
