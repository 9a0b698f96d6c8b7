"""What the Payments AI facade tests share: requests, the sandbox's counts, and a scripted Payments AI
(an ``httpx.MockTransport``) for answers the sandbox never gives."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from scaretry._request import Browser, Card, CardToken, Money, PaymentRequest, ThreeDSMode
from scaretry._retry import RetryPolicy
from scaretry.providers.paymentsai import AsyncPaymentsAI, PaymentsAI
from scaretry.sandbox._credentials import PAYMENTSAI
from scaretry.testing.scenarios.paymentsai import CARDS, RETURN_URL

ORG = PAYMENTSAI["organization_id"]
ORG_NO_3DS = PAYMENTSAI["organization_id_no_3ds"]
API_KEY = PAYMENTSAI["api_key"]
SECRET = PAYMENTSAI["webhook_secret"]
BROWSER = Browser(ip_address="203.0.113.24", user_agent="Mozilla/5.0 (test)")
TRANSACTIONS = f"/v1/public-api/organizations/{ORG}/transactions"
TOKENS = f"/v1/public-api/organizations/{ORG}/payment-instruments/tokens"
NO_RETRIES = RetryPolicy(attempts=1)


def request(
    card: str = "approve",
    mode: ThreeDSMode = ThreeDSMode.ALWAYS,
    *,
    source: Card | CardToken | None = None,
    **changes: Any,
) -> PaymentRequest:
    """A EUR 65.10 payment with a sandbox test card (by scenario name), ALWAYS, with a browser."""
    fields: dict[str, Any] = {
        "amount": Money(6510, "EUR"),
        "reference": "pai-test",
        "return_url": RETURN_URL,
        "browser": BROWSER,
    }
    return PaymentRequest(source=source or Card(CARDS[card], 12, 2030, "123"), three_ds=mode, **(fields | changes))


def counts(admin: httpx.Client) -> dict[str, int]:
    """What the sandbox's Payments AI holds: customers, tokens, payment instruments, transactions."""
    state: dict[str, int] = admin.get("/_sandbox/state").json()["paymentsai"]
    return state


def stage_token(base: str, number: str = CARDS["approve"]) -> str:
    """A token made with plain httpx, so that a fault hits only the facade's own requests."""
    body = {"primaryAccountNumber": number, "cardVerificationValue": "123", "expirationMonth": 12}
    response = httpx.post(
        f"{base}{TOKENS}", json=body | {"expirationYear": 2030}, headers={"Authorization": f"ApiKey {API_KEY}"}
    )
    assert response.status_code == 201
    token: str = response.json()["data"]["id"]
    return token


def sign(body: bytes, secret: str = SECRET) -> dict[str, str]:
    """Headers of a delivery signed as the sandbox signs (``X-Signature``, hex HMAC-SHA256)."""
    return {
        "X-Signature": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(),
        "Content-Type": "application/json",
    }


#: The transaction of the 3DS2 guide's step 2, exactly as printed there.
GUIDE_CHALLENGE = {
    "id": "txn_abc123",
    "status": "waiting",
    "result": "unknown",
    "approvalLink": "https://3ds.example/...",
}


def transaction(**fields: Any) -> dict[str, Any]:
    """A transaction: the guide's four fields, completed/approved unless ``fields`` say otherwise."""
    return {"id": "txn_abc123", "status": "completed", "result": "approved"} | fields


def event(kind: str = "transaction-processed", dedup: str = "d-1", **fields: Any) -> bytes:
    """A webhook delivery's body about ``transaction(**fields)``."""
    body = {"deduplicationId": dedup, "type": kind, "organizationId": ORG, "metadata": transaction(**fields)}
    return json.dumps(body).encode()


class ScriptedPaymentsAI:
    """Payments AI answering from a script: ``create`` for POST /transactions, ``read`` for GET, each a
    JSON body (wrapped in ``{"data": …}`` unless ``raw``) or an ``httpx.Response``. Records what it got."""

    def __init__(
        self,
        create: Any = None,
        read: Any = None,
        *,
        raw: bool = False,
    ) -> None:
        self.create = create if create is not None else transaction()
        self.read = read if read is not None else self.create
        self.raw = raw
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST" and request.url.path.endswith("/payment-instruments/tokens"):
            return httpx.Response(201, json={"type": "payment-card", "data": {"id": "tk1", "createdAt": "2026-01-01"}})
        answer = self.create if request.method == "POST" else self.read
        if callable(answer):
            answer = answer(request)
        if isinstance(answer, httpx.Response):
            return answer
        status = 201 if request.method == "POST" else 200
        return httpx.Response(status, json=answer if self.raw else {"data": answer})

    def sent(self, path_end: str = "/transactions") -> dict[str, Any]:
        """The JSON body of the last POST whose path ends with ``path_end``."""
        posts = [r for r in self.requests if r.method == "POST" and r.url.path.endswith(path_end)]
        body: dict[str, Any] = json.loads(posts[-1].content)
        return body

    @property
    def reads(self) -> int:
        return sum(1 for r in self.requests if r.method == "GET")


Client = TypeVar("Client", PaymentsAI, AsyncPaymentsAI)


def _on(cls: type[Client], provider: Callable[[httpx.Request], httpx.Response], options: dict[str, Any]) -> Client:
    return cls(
        API_KEY,
        ORG,
        gateway_three_ds=options.pop("gateway_three_ds", True),
        webhook_secret=SECRET,
        transport=httpx.MockTransport(provider),
        retry=options.pop("retry", NO_RETRIES),
        **options,
    )


def scripted(provider: Callable[[httpx.Request], httpx.Response], **options: Any) -> PaymentsAI:
    """A sync client on a scripted Payments AI (gateway 3DS on, the sandbox's credentials, no retries)."""
    return _on(PaymentsAI, provider, options)


def async_scripted(provider: Callable[[httpx.Request], httpx.Response], **options: Any) -> AsyncPaymentsAI:
    """The async twin of :func:`scripted`."""
    return _on(AsyncPaymentsAI, provider, options)
