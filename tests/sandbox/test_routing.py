"""Each provider at the paths of its real API on one host and port, absolute-form request targets,
and the ``/<provider>/…`` aliases (which change nothing that is signed)."""

from __future__ import annotations

import base64
import datetime as dt
import importlib
import json
import socket
import uuid
from typing import Any
from urllib.parse import quote_plus, unquote_plus

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from scaretry._outcome import State
from scaretry.sandbox import PROVIDERS, SandboxServer
from scaretry.sandbox.__main__ import base_urls
from scaretry.sandbox._credentials import ANTOM, CHECKOUT
from scaretry.sandbox._openapi import Spec
from scaretry.sandbox._sandbox import locate, provider_class
from scaretry.sandbox.providers._antom_keys import MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM
from scaretry.testing import Customer
from scaretry.testing._scenario import Trace

#: The path of each provider's (sandbox) server URL, as its documentation gives it.
SERVER_PATH = {"antom": "/ams/sandbox", "checkout": "", "paymentsai": "", "pxp": "/api"}
#: One flow per provider through the facade that reaches every kind of call it makes.
FLOW = {
    "antom": "soft_decline_upgrade_approved",
    "checkout": "soft_decline_upgrade_approved",
    "paymentsai": "challenge_approved",
    "pxp": "soft_decline_upgrade_approved",
}
MERCHANT_KEY = serialization.load_pem_private_key(MERCHANT_TEST_PRIVATE_KEY_PEM.encode(), password=None)
SANDBOX_KEY = serialization.load_pem_public_key(SANDBOX_PUBLIC_KEY_PEM.encode())
assert isinstance(MERCHANT_KEY, rsa.RSAPrivateKey)
assert isinstance(SANDBOX_KEY, rsa.RSAPublicKey)


def _real_paths(provider: str) -> list[str]:
    """Every operation path of the provider's spec under each of its server paths, ids filled in."""
    templates = Spec.for_provider(provider).document["paths"]
    return [
        server + "/".join("x1" if part.startswith("{") else part for part in template.split("/"))
        for server in provider_class(provider).server_paths
        for template in templates
    ]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_real_path_belongs_to_its_provider_alone(provider: str) -> None:
    for path in _real_paths(provider):
        owners = [name for name in PROVIDERS if provider_class(name).locate(path) is not None]
        assert owners == [provider], path
        found = locate(path)
        assert found is not None
        assert found[0] == provider
        assert Spec.for_provider(provider).path_allows(found[2]), path


def test_the_providers_api_roots_do_not_overlap() -> None:
    roots = [(name, root) for name in PROVIDERS for root in provider_class(name).api_roots]
    for name, root in roots:
        for other, other_root in roots:
            if other != name:
                assert not (root + "/").startswith(other_root + "/"), (name, root, other, other_root)


def test_paths_of_no_provider_and_sandbox_pages_are_not_api_paths() -> None:
    assert locate("/v2/elsewhere") is None
    assert locate("/checkout/_pages/3ds/pay_x") is None
    assert locate("/_sandbox/state") is None


@pytest.mark.parametrize("provider", PROVIDERS)
def test_url_for_is_the_host_and_the_providers_server_path(scaretry_sandbox: SandboxServer, provider: str) -> None:
    assert scaretry_sandbox.url_for(provider) == f"http://127.0.0.1:{scaretry_sandbox.port}{SERVER_PATH[provider]}"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_client_configured_with_only_the_host_reaches_its_provider(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, provider: str
) -> None:
    module = importlib.import_module(f"scaretry.testing.scenarios.{provider}")
    scenario = next(s for s in module.SCENARIOS if s.name == FLOW[provider])
    before = sandbox_admin.get("/_sandbox/state").json()[provider]
    customer = Customer()
    with module.client_for(scaretry_sandbox.url + SERVER_PATH[provider]) as client:
        outcome = scenario.run(client, customer, Trace())
    customer.close()
    assert outcome.state is State.AUTHORIZED
    assert sandbox_admin.get("/_sandbox/state").json()[provider] != before


def test_unknown_paths_outside_every_provider_get_the_sandboxs_404(scaretry_sandbox: SandboxServer) -> None:
    response = httpx.get(f"{scaretry_sandbox.url}/v2/elsewhere")
    assert response.status_code == 404
    assert response.json() == {"error": "not found", "path": "/v2/elsewhere"}


def test_an_alias_serves_the_same_api_and_links_back_under_it(scaretry_sandbox: SandboxServer) -> None:
    headers = {"Authorization": f"Bearer {CHECKOUT['secret_key']}"}
    body = {
        "source": {"type": "card", "number": "4242424242424242", "expiry_month": 12, "expiry_year": 2030},
        "amount": 100,
        "currency": "EUR",
        "processing_channel_id": CHECKOUT["processing_channel_id"],
    }
    for base in (scaretry_sandbox.url, f"{scaretry_sandbox.url}/checkout"):
        created = httpx.post(f"{base}/payments", json=body, headers=headers)
        assert created.status_code == 201
        assert created.json()["_links"]["self"]["href"] == f"{base}/payments/{created.json()['id']}"


# -- absolute-form request targets (RFC 9112 §3.2.2) ------------------------------------------------


def _raw_request(server: SandboxServer, method: str, target: str, headers: dict[str, str], body: bytes) -> bytes:
    """Send one request with exactly this request target; the whole response, as bytes."""
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(head.encode() + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def _parse(response: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = response.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def _antom_headers(path: str, body: bytes) -> dict[str, str]:
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    content = f"POST {path}\n{ANTOM['client_id']}.{when}.".encode() + body
    signature = MERCHANT_KEY.sign(content, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]
    return {
        "Host": "open-na-global.alipay.com",  # ignored: the target names the host (RFC 9112 §3.2.2)
        "Content-Type": "application/json; charset=UTF-8",
        "Client-Id": ANTOM["client_id"],
        "Request-Time": when,
        "Signature": f"algorithm=RSA256,keyVersion=1,signature={quote_plus(base64.b64encode(signature).decode())}",
    }


def test_an_absolute_form_target_reaches_antom_signed_over_the_path(scaretry_sandbox: SandboxServer) -> None:
    """What Antom's official SDK sends: the full URL as the target, the gateway's path signed."""
    path = "/ams/sandbox/api/v1/payments/inquiryPayment"
    body = json.dumps({"paymentRequestId": f"absolute-{uuid.uuid4().hex}"}).encode()
    raw = _raw_request(scaretry_sandbox, "POST", scaretry_sandbox.url + path, _antom_headers(path, body), body)
    status, headers, answer = _parse(raw)
    assert status == 200
    assert json.loads(answer)["result"]["resultCode"] == "ORDER_NOT_EXIST"  # the signature verified
    signed = f"POST {path}\n{ANTOM['client_id']}.{headers['response-time']}.".encode() + answer
    signature = base64.b64decode(unquote_plus(headers["signature"].split("signature=", 1)[1]))
    SANDBOX_KEY.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]


def test_an_absolute_form_target_takes_its_host_from_the_target(scaretry_sandbox: SandboxServer) -> None:
    body = json.dumps(
        {
            "source": {"type": "card", "number": "4242424242424242", "expiry_month": 12, "expiry_year": 2030},
            "amount": 100,
            "currency": "EUR",
            "processing_channel_id": CHECKOUT["processing_channel_id"],
        }
    ).encode()
    headers = {
        "Host": "elsewhere.example",
        "Authorization": f"Bearer {CHECKOUT['secret_key']}",
        "Content-Type": "application/json",
    }
    raw = _raw_request(scaretry_sandbox, "POST", f"{scaretry_sandbox.url}/payments?x=1", headers, body)
    status, _, answer = _parse(raw)
    assert status == 201
    created: dict[str, Any] = json.loads(answer)
    assert created["_links"]["self"]["href"] == f"{scaretry_sandbox.url}/payments/{created['id']}"


def test_the_command_line_prints_the_host_only_base_urls() -> None:
    assert base_urls("http://127.0.0.1:8080") == {
        "antom": "http://127.0.0.1:8080/ams/sandbox",
        "checkout": "http://127.0.0.1:8080",
        "paymentsai": "http://127.0.0.1:8080",
        "pxp": "http://127.0.0.1:8080/api",
    }
