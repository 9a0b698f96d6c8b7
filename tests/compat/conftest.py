"""Fixtures of the compatibility suite: the sandbox (the plugin's ``scaretry_sandbox``), and one
merchant process per official SDK pointed at it with configuration only.

What each SDK is given is what a merchant would configure for the real provider's sandbox, with
the host replaced by the emulator's: Checkout.com's SDK gets ``scaretry_sandbox.url`` as its API
and token host; Antom's SDK, which only speaks HTTPS on port 443, gets the sandbox's HTTPS origin
(``scaretry_sandbox.serve_tls()``) and trusts the sandbox's CA through ``SSL_CERT_FILE``.
Credentials are the sandbox's published fake ones (``scaretry.sandbox._credentials``).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import ANTOM, CHECKOUT
from scaretry.testing import Customer
from tests.compat._process import MerchantProcess


@pytest.fixture(scope="session")
def checkout_merchant(scaretry_sandbox: SandboxServer) -> Iterator[MerchantProcess]:
    config = {
        "root": scaretry_sandbox.url,
        "secret_key": CHECKOUT["secret_key"],
        "processing_channel_id": CHECKOUT["processing_channel_id"],
        # Checked by the Sessions tests, which say what is missing.
        "oauth_client_id": CHECKOUT.get("oauth_client_id"),
        "oauth_client_secret": CHECKOUT.get("oauth_client_secret"),
    }
    merchant = MerchantProcess("checkout", config)
    yield merchant
    merchant.close()


@pytest.fixture(scope="session")
def sandbox_https(scaretry_sandbox: SandboxServer) -> Any:
    """The sandbox's HTTPS listener: ``.url`` (``https://127.x.y.z``, port 443) and ``.ca_file``."""
    serve_tls = getattr(scaretry_sandbox, "serve_tls", None)
    if serve_tls is None:
        pytest.fail(
            "the sandbox serves no HTTPS: Antom's official SDK connects with TLS to port 443 of the gateway "
            "host whatever the URL says (com/alipay/ams/api/net/default_http_rpc.py), so SandboxServer needs "
            "serve_tls() -> an object with .url and .ca_file"
        )
    return serve_tls()


def _foreign_key_pair() -> tuple[str, str]:
    """A key pair the sandbox has never seen, in the forms Antom's SDK takes (PKCS#1 private PEM,
    SubjectPublicKeyInfo public PEM)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private.decode(), public.decode()


@pytest.fixture(scope="session")
def antom_merchant(sandbox_https: Any) -> Iterator[MerchantProcess]:
    missing = [name for name in ("merchant_private_key", "antom_public_key") if name not in ANTOM]
    if missing:
        pytest.fail(
            f"scaretry.sandbox._credentials.ANTOM publishes no {', '.join(missing)}: a merchant configures "
            "Antom's SDK with its private key (PKCS#1, the form the SDK loads) and Antom's public key"
        )
    foreign_private, foreign_public = _foreign_key_pair()
    config = {
        "gateway_url": sandbox_https.url,
        "client_id": ANTOM["client_id"],
        "merchant_private_key": ANTOM["merchant_private_key"],
        "antom_public_key": ANTOM["antom_public_key"],
        "foreign_private_key": foreign_private,
        "foreign_public_key": foreign_public,
    }
    merchant = MerchantProcess("antom", config, env={"SSL_CERT_FILE": str(sandbox_https.ca_file)})
    yield merchant
    merchant.close()


@pytest.fixture
def antom_customer(sandbox_https: Any) -> Iterator[Customer]:
    """A customer's browser that trusts the sandbox's HTTPS certificate (Antom's pages)."""
    person = Customer(httpx.Client(timeout=10, verify=ssl.create_default_context(cafile=str(sandbox_https.ca_file))))
    yield person
    person.close()
