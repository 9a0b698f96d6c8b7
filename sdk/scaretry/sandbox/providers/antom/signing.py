"""Antom's message signatures, both ways (docs.antom.com/ac/ams/digital_signature).

RSA-SHA256 (PKCS#1 v1.5) over ``<METHOD> <path>\\n<Client-Id>.<Request-Time>.<body>``, the path
exactly as the client sent (and signed) it; the header reads
``algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>``. The sandbox's "Antom" key and the
merchant test key are published in :mod:`scaretry.sandbox.providers._antom_keys`.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import quote_plus, unquote_plus

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.requests import Request

from scaretry.sandbox.providers._antom_keys import SANDBOX_PRIVATE_KEY_PEM

__all__ = ["SIGNATURE", "public_key", "raw_path", "sandbox_key", "sandbox_signature", "sign", "verifies"]

SIGNATURE = re.compile(r"^\s*algorithm=RSA256\s*,\s*keyVersion=(\d+)\s*,\s*signature=(\S+)\s*$")


def _content(method: str, path: str, client_id: str, when: str, body: bytes) -> bytes:
    return f"{method} {path}\n{client_id}.{when}.".encode() + body


def sign(key: rsa.RSAPrivateKey, method: str, path: str, client_id: str, when: str, body: bytes) -> str:
    """The ``Signature`` header value for ``body`` sent to (or from) ``path``."""
    signature = key.sign(_content(method, path, client_id, when, body), padding.PKCS1v15(), hashes.SHA256())
    return f"algorithm=RSA256,keyVersion=1,signature={quote_plus(base64.b64encode(signature).decode())}"


def verifies(
    key: rsa.RSAPublicKey, encoded: str, method: str, path: str, client_id: str, when: str, body: bytes
) -> bool:
    """Whether the url-encoded base64 ``encoded`` signature verifies with ``key``."""
    try:
        signature = base64.b64decode(unquote_plus(encoded), validate=True)
        key.verify(signature, _content(method, path, client_id, when, body), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def sandbox_key() -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(SANDBOX_PRIVATE_KEY_PEM.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def sandbox_signature(method: str, path: str, client_id: str, when: str, body: bytes) -> str:
    """The ``Signature`` header the sandbox's "Antom" would put on ``body`` (its key is published):
    for re-signing a response after a recorder scrubbed it, so a replay still verifies signatures."""
    return sign(sandbox_key(), method, path, client_id, when, body)


def public_key(pem: str) -> rsa.RSAPublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("not an RSA public key")
    return key


def raw_path(request: Request) -> str:
    """The path exactly as the client sent (and signed) it, query string included."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    query = request.scope.get("query_string") or b""
    return raw.decode("latin-1") + (("?" + query.decode("latin-1")) if query else "")
