"""The Checkout.com sandbox's ways in and lookups, over real HTTP with plain httpx: the OAuth token
endpoint the official SDKs call, its scopes, "Get payment lists", and a channel of an account that
opted out of the automatic SCA retry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from tests.sandbox.test_checkout import APPROVE, HEADERS, SCA, payment, session_body

CLIENT = (CHECKOUT["oauth_client_id"], CHECKOUT["oauth_client_secret"])


@pytest.fixture
def root(scaretry_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=scaretry_sandbox.url_for("checkout"), timeout=10) as client:
        yield client


def token(root: httpx.Client, scope: str, auth: tuple[str, str] = CLIENT, grant: str = "client_credentials") -> Any:
    return root.post("/connect/token", data={"grant_type": grant, "scope": scope}, auth=auth)


def bearer(root: httpx.Client, scope: str) -> dict[str, str]:
    answer = token(root, scope)
    assert answer.status_code == 200
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


# -- OAuth client credentials (RFC 6749 §4.4) ---------------------------------------------------------


def test_the_token_endpoint_issues_a_bearer_token(root: httpx.Client) -> None:
    answer = token(root, "gateway sessions:browser")
    assert answer.status_code == 200
    body = answer.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert set(body["scope"].split()) == {"gateway", "sessions:browser"}
    assert answer.headers["cache-control"] == "no-store"
    in_form = root.post(
        "/connect/token",
        data={"grant_type": "client_credentials", "client_id": CLIENT[0], "client_secret": CLIENT[1]},
    )
    assert in_form.status_code == 200  # credentials in the form, as the SDK also sends them


def test_the_token_endpoint_refuses_as_rfc_6749_says(root: httpx.Client) -> None:
    wrong = token(root, "gateway", auth=(CLIENT[0], "not-the-secret"))
    assert (wrong.status_code, wrong.json()) == (401, {"error": "invalid_client"})
    assert wrong.headers["www-authenticate"] == "Basic"
    assert token(root, "gateway", grant="password").json() == {"error": "unsupported_grant_type"}
    assert token(root, "gateway vault:everything").json() == {"error": "invalid_scope"}


def test_a_token_opens_what_its_scopes_allow(root: httpx.Client) -> None:
    payments = bearer(root, "gateway")
    assert root.post("/payments", json=payment(), headers=payments).status_code == 201
    sessions_only = bearer(root, "sessions:browser")
    assert root.post("/payments", json=payment(), headers=sessions_only).status_code == 401
    refused = root.post("/sessions", json=session_body(), headers=payments)
    assert refused.status_code == 403
    assert refused.json()["error_codes"] == ["operation_not_allowed_for_scope"]
    created = root.post("/sessions", json=session_body(), headers=sessions_only)
    assert created.status_code in (201, 202)
    assert created.json()["session_secret"].startswith("sek_")


def test_a_token_expires_after_an_hour(root: httpx.Client, sandbox_admin: httpx.Client) -> None:
    headers = bearer(root, "gateway")
    sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 3601}).raise_for_status()
    assert root.post("/payments", json=payment(), headers=headers).status_code == 401
    assert root.post("/payments", json=payment(), headers={"Authorization": "Bearer made-up"}).status_code == 401


# -- Get payment lists ------------------------------------------------------------------------------------


def test_payments_are_listed_by_reference_newest_first(root: httpx.Client) -> None:
    reference = "ORD-LIST-1"
    made = [root.post("/payments", json=payment(reference=reference), headers=HEADERS).json()["id"] for _ in range(3)]
    root.post("/payments", json=payment(reference="ORD-LIST-OTHER"), headers=HEADERS)
    listed = root.get("/payments", params={"reference": reference}, headers=HEADERS)
    assert listed.status_code == 200
    body = listed.json()
    assert (body["total_count"], body["limit"], body["skip"]) == (3, 10, 0)
    assert [p["id"] for p in body["data"]] == made[::-1]
    assert all(p["reference"] == reference and p["status"] == "Authorized" for p in body["data"])
    second = root.get("/payments", params={"reference": reference, "limit": 1, "skip": 1}, headers=HEADERS).json()
    assert [p["id"] for p in second["data"]] == [made[1]]
    assert root.get("/payments", params={"reference": "ORD-NOTHING"}, headers=HEADERS).json()["data"] == []


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "reference_required"),
        ({"reference": "R", "limit": 101}, "limit_invalid"),
        ({"reference": "R", "skip": -1}, "skip_invalid"),
    ],
)
def test_a_bad_list_query_is_a_422(root: httpx.Client, params: dict[str, Any], code: str) -> None:
    answer = root.get("/payments", params=params, headers=HEADERS)
    assert answer.status_code == 422
    assert answer.json()["error_codes"] == [code]


# -- an account that opted out of SCA retries ------------------------------------------------------


def test_an_opted_out_channel_never_upgrades(root: httpx.Client) -> None:
    channel = {"processing_channel_id": CHECKOUT["opted_out_processing_channel_id"]}
    declined = root.post(
        "/payments", json=payment(SCA, {"enabled": False, "allow_upgrade": True}, **channel), headers=HEADERS
    )
    assert declined.status_code == 201
    assert (declined.json()["status"], declined.json()["response_code"]) == ("Declined", "20154")
    with_3ds = root.post("/payments", json=payment(SCA, {"enabled": True}, **channel), headers=HEADERS)
    assert with_3ds.status_code == 202  # 3DS asked for: the issuer gets its authentication
    assert root.post("/payments", json=payment(APPROVE, **channel), headers=HEADERS).status_code == 201
