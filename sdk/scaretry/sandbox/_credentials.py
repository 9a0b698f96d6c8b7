"""The sandbox's published test credentials: the only ones it accepts.

They are deliberately fake and shaped like the real ones (Checkout.com's secret keys must match
``^sk_(sbox_)?[a-z2-7]{26}[a-z2-7*#$=]$``). The facade's tests and the demo use them; a wrong one
gets the provider's real authentication error.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization

from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM

__all__ = ["ANTOM", "CHECKOUT", "PAYMENTSAI", "PXP"]

CHECKOUT = {
    "secret_key": "sk_sbox_sandboxsandboxsandboxsandbo",
    "processing_channel_id": "pc_sandboxsandboxsandboxsandb",
    # A channel of an account that opted out of the automatic SCA retry through its account manager
    # ("Manage SCA retries"): a 20154 soft decline comes back as it is, whatever 3ds.allow_upgrade says.
    "opted_out_processing_channel_id": "pc_optedoutoptedoutoptedoutop",
    "webhook_signature_key": "whsec-checkout-sandbox",
    # OAuth 2.0 client credentials (an access key: "ack_" and 26 characters, our assumption of the
    # shape), for the token endpoint the official SDKs call before any Sessions request.
    "oauth_client_id": "ack_sandboxsandboxsandboxsandb",
    "oauth_client_secret": "sandbox-oauth-client-secret-not-a-secret",
}


def _pkcs1(pem: str) -> str:
    """A private key as a PKCS#1 PEM (``BEGIN RSA PRIVATE KEY``): the form Antom's official SDK loads."""
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()


ANTOM = {
    # Antom sandbox client ids start with SANDBOX_ (the official SDK switches paths on that prefix).
    "client_id": "SANDBOX_5Y0566SG25J0SCARE",
    # The merchant test key whose public half the sandbox has registered for client_id, and the
    # sandbox's response-signing public key ("Antom's public key"), in the forms the official SDK loads.
    "merchant_private_key": _pkcs1(MERCHANT_TEST_PRIVATE_KEY_PEM),
    "antom_public_key": SANDBOX_PUBLIC_KEY_PEM,
}
PAYMENTSAI = {
    "organization_id": "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f",
    "organization_id_no_3ds": "7a2b3c4d-5e6f-4a7b-9c8d-1e2f3a4b5c6d",
    "api_key": "acct0sandbox_keysandbox0000000000_kid0sandbox",
    "webhook_secret": "whsec-paymentsai-sandbox",
}
PXP = {
    "client_id": "scaretry-sandbox-client",
    "token_id": "a1b2c3d4-0000-4000-8000-5a4db0c5e001",
    "token_value": "pxp-sandbox-token-value-not-a-secret",
    "merchant": "SCARETRY01",
    "site": "SANDBOX01",
    "merchant_group": "SCAREGRP01",
    "acquirer_profile_id": "ACQPROFILE01",
    "webhook_hash_key": "pxp-sandbox-webhook-key",
}
