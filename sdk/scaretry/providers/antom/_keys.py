"""The RSA keys Antom's scheme uses, and its RSA256 signatures ("Sign a request and validate the
signature", docs.antom.com/ac/ams/digital_signature).

Signed content, byte for byte: ``<METHOD> <path as sent>\\n<Client-Id>.<Request-Time or Response-Time>.<body>``;
the header reads ``algorithm=RSA256,keyVersion=<n>,signature=<url-encoded base64>``, RSA PKCS#1
v1.5 over SHA-256. Requests, Antom's answers and its notifications are all signed this way.
"""

from __future__ import annotations

import base64
import re
from urllib.parse import quote_plus, unquote_plus

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from scaretry._errors import ConfigurationError

__all__ = ["load_private_key", "load_public_key", "sign", "signed_content", "verifies"]

_SIGNATURE = re.compile(r"^\s*algorithm=RSA256\s*,\s*keyVersion=(\d+)\s*,\s*signature=(\S+)\s*$")


def _pem_or_base64(value: str | bytes) -> tuple[bytes, bool]:
    text = value.decode() if isinstance(value, bytes) else value
    if "-----BEGIN" in text:
        return text.encode(), True
    # Antom Dashboard hands keys out as bare base64 (the official SDK adds the PEM armour itself).
    return base64.b64decode("".join(text.split()), validate=True), False


def load_private_key(value: str | bytes | rsa.RSAPrivateKey) -> rsa.RSAPrivateKey:
    """The merchant's RSA private key: PEM (PKCS#8 or PKCS#1) or Antom's bare base64 DER."""
    if isinstance(value, rsa.RSAPrivateKey):
        return value
    try:
        data, pem = _pem_or_base64(value)
        key = (
            serialization.load_pem_private_key(data, password=None)
            if pem
            else serialization.load_der_private_key(data, password=None)
        )
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ConfigurationError("antom: private_key is not a readable RSA private key (PEM or base64 DER)") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigurationError("antom: private_key must be an RSA key (Antom signs with RSA256)")
    return key


def load_public_key(value: str | bytes | rsa.RSAPublicKey) -> rsa.RSAPublicKey:
    """Antom's RSA public key (issued by Antom, not one you generated): PEM or bare base64 DER."""
    if isinstance(value, rsa.RSAPublicKey):
        return value
    try:
        data, pem = _pem_or_base64(value)
        key = serialization.load_pem_public_key(data) if pem else serialization.load_der_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ConfigurationError("antom: antom_public_key is not a readable RSA public key (PEM or base64)") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ConfigurationError("antom: antom_public_key must be an RSA key")
    return key


def signed_content(method: str, path: str, client_id: str, when: str, body: bytes) -> bytes:
    """What Antom's RSA256 signature covers."""
    return f"{method} {path}\n{client_id}.{when}.".encode() + body


def sign(key: rsa.RSAPrivateKey, key_version: str, content: bytes) -> str:
    """The ``Signature`` header value for ``content``."""
    signed = key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    return f"algorithm=RSA256,keyVersion={key_version},signature={quote_plus(base64.b64encode(signed).decode())}"


def verifies(key: rsa.RSAPublicKey, header: str, content: bytes) -> bool:
    """Whether the ``Signature`` header value ``header`` signs ``content`` with ``key``. A header an
    attacker chose (non-ASCII, malformed base64) is simply not a valid signature."""
    match = _SIGNATURE.match(header)
    if match is None:
        return False
    try:
        signature = base64.b64decode(unquote_plus(match.group(2)), validate=True)
        key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True
