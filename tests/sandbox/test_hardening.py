"""Bad input gets a refusal in the provider's own error shape (or the sandbox's, on its own API),
never a 500, and never a dropped keep-alive connection."""

from __future__ import annotations

import base64
import socket
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import PAYMENTSAI

ORG_PATH = f"/v1/public-api/organizations/{PAYMENTSAI['organization_id']}"


def _checkout(response: httpx.Response) -> None:
    assert response.status_code == 422
    assert response.json()["error_type"] == "request_malformed"
    assert response.json()["error_codes"] == ["request_body_malformed"]


def _antom(response: httpx.Response) -> None:
    assert response.status_code == 200  # Antom answers every refusal with HTTP 200 and an F result
    assert response.json()["result"]["resultStatus"] == "F"
    assert response.json()["result"]["resultCode"] == "PARAM_ILLEGAL"


def _paymentsai(response: httpx.Response) -> None:
    assert response.status_code == 400
    assert response.json()["errorCode"] == "BAD_REQUEST"


def _pxp(response: httpx.Response) -> None:
    assert response.status_code == 400
    assert response.json()["errorCode"] == "ValidationFailed"


#: provider → (a POST path of its real API, the check that an answer is its "bad request")
POSTS: dict[str, tuple[str, Callable[[httpx.Response], None]]] = {
    "checkout": ("/payments", _checkout),
    "antom": ("/ams/sandbox/api/v1/payments/pay", _antom),
    "paymentsai": (f"{ORG_PATH}/transactions", _paymentsai),
    "pxp": ("/api/v1/transactions", _pxp),
}

BAD_BODIES = {
    "nested 30000 deep": b"[" * 30_000 + b"]" * 30_000,
    "objects nested 65 deep": b'{"a":' * 65 + b"1" + b"}" * 65,
    "number out of range": b'{"amount": 1e309}',
    "NaN": b'{"amount": NaN}',
    "integer over 4300 digits": b'{"amount": ' + b"9" * 5000 + b"}",
    "not UTF-8": b'{"amount": "\xff"}',
}


@pytest.fixture
def http(scaretry_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=scaretry_sandbox.url, timeout=10) as client:
        yield client


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
@pytest.mark.parametrize("provider", POSTS)
def test_bodies_no_parser_should_read_are_refused_in_the_providers_shape(
    http: httpx.Client, sandbox_admin: httpx.Client, provider: str, body: bytes
) -> None:
    path, refused = POSTS[provider]
    before = sandbox_admin.get("/_sandbox/state").json()
    refused(http.post(path, content=body, headers={"Content-Type": "application/json"}))
    assert sandbox_admin.get("/_sandbox/state").json() == before


@pytest.mark.parametrize("provider", POSTS)
def test_a_malformed_fault_header_is_refused_not_ignored(http: httpx.Client, provider: str) -> None:
    path, refused = POSTS[provider]
    answer = http.post(path, content=b"{}", headers={"X-Sandbox-Fault": "latency=soon"})
    refused(answer)
    if provider != "checkout":  # Checkout.com's error body carries codes only, no message
        assert "X-Sandbox-Fault" in answer.text


def _boom(context: Any) -> Any:
    raise RuntimeError("a sandbox bug")


@pytest.mark.parametrize(
    ("provider", "path", "status", "shape"),
    [
        ("checkout", "/payments/pay_aaaaaaaaaaaaaaaaaaaaaaaaaa", 500, {"error_type"}),
        ("antom", "/ams/sandbox/api/v1/payments/inquiryPayment", 500, {"result"}),
        ("paymentsai", f"{ORG_PATH}/transactions/x", 500, {"errorCode", "statusCode", "message"}),
        ("pxp", "/api/v1/transactions/M/S?merchantTransactionId=x", 500, {"errorCode", "errorReason", "details"}),
    ],
)
def test_a_handler_that_raises_answers_500_in_the_providers_shape(
    scaretry_sandbox: SandboxServer,
    http: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    provider: str,
    path: str,
    status: int,
    shape: set[str],
) -> None:
    app = scaretry_sandbox.sandbox.providers[provider]
    monkeypatch.setattr(app, "authenticate", lambda request, raw: None)
    monkeypatch.setattr(app, "handlers", lambda: {op.operation_id: _boom for op in app.spec.operations})
    method = "POST" if provider == "antom" else "GET"
    answer = http.request(method, path, json={"paymentId": "1"} if method == "POST" else None)
    assert answer.status_code == status
    assert shape <= answer.json().keys()


def test_a_page_that_raises_answers_a_500_page(
    scaretry_sandbox: SandboxServer, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    payments = scaretry_sandbox.sandbox.providers["checkout"].payments  # type: ignore[attr-defined]
    monkeypatch.setattr(payments, "find", _boom)
    answer = http.get("/checkout/_pages/3ds/pay_x")
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert http.get("/_sandbox/health").status_code == 200


# -- the admin API ------------------------------------------------------------------------------------

BAD_ADMIN = [
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": "abc"}', "settle_seconds"),
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": null}', "settle_seconds"),
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": 1e309}', None),
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": -1}', "settle_seconds"),
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": 1e9}', "settle_seconds"),
    ("PUT", "/_sandbox/settings", b'{"settle_seconds": true}', "settle_seconds"),
    ("PUT", "/_sandbox/settings", b'{"strict": "yes"}', "strict"),
    ("PUT", "/_sandbox/settings", b'{"settle": 1}', "settle"),
    ("PUT", "/_sandbox/settings", b"[1]", None),
    ("PUT", "/_sandbox/settings", b"{not json", None),
    ("POST", "/_sandbox/clock/advance", b'{"seconds": "x"}', "seconds"),
    ("POST", "/_sandbox/clock/advance", b'{"seconds": -5}', "seconds"),
    ("POST", "/_sandbox/clock/advance", b'{"seconds": NaN}', None),
    ("POST", "/_sandbox/clock/advance", b"{}", "seconds"),
    ("PUT", "/_sandbox/faults", b'{"fault": 123}', "fault"),
    ("PUT", "/_sandbox/faults", b'{"fault": "latency=nan"}', "fault"),
    ("PUT", "/_sandbox/faults", b'{"fault": "latency=-1"}', "fault"),
    ("PUT", "/_sandbox/faults", b'{"fault": "status=200"}', "fault"),
    ("PUT", "/_sandbox/faults", b'{"fault": "times=x"}', "fault"),
    ("PUT", "/_sandbox/webhooks/checkout", b'{"url": "javascript:alert(1)"}', "url"),
    ("PUT", "/_sandbox/webhooks/checkout", b'{"url": "/relative"}', "url"),
    ("PUT", "/_sandbox/webhooks/checkout", b'{"url": 5}', "url"),
]


@pytest.mark.parametrize(("method", "path", "body", "field"), BAD_ADMIN)
def test_bad_admin_input_is_a_400_naming_the_field(
    sandbox_admin: httpx.Client, method: str, path: str, body: bytes, field: str | None
) -> None:
    before = sandbox_admin.get("/_sandbox/settings").json()
    answer = sandbox_admin.request(method, path, content=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["field"] == field
    assert answer.json()["error"]
    assert sandbox_admin.get("/_sandbox/settings").json() == before


def _exchange(server: SandboxServer, requests: list[bytes]) -> list[bytes]:
    """Send the requests one after the other on one keep-alive connection; each raw answer."""
    answers = []
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        stream = sock.makefile("rb")
        for request in requests:
            sock.sendall(request)
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                head += stream.read(1)
            length = next(
                int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
            )
            answers.append(head + stream.read(length))
    return answers


def test_a_refused_admin_request_keeps_the_connection(scaretry_sandbox: SandboxServer) -> None:
    bad = b'{"settle_seconds": "abc"}'
    first = b"PUT /_sandbox/settings HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(bad), bad)
    second = b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n"
    refused, healthy = _exchange(scaretry_sandbox, [first, second])
    assert refused.startswith(b"HTTP/1.1 400")
    assert healthy.startswith(b"HTTP/1.1 200")


def test_good_admin_input_still_works(sandbox_admin: httpx.Client) -> None:
    before = sandbox_admin.get("/_sandbox/settings").json()
    try:
        assert sandbox_admin.put("/_sandbox/settings", json={"settle_seconds": 0.25}).json()["settle_seconds"] == 0.25
        assert sandbox_admin.put("/_sandbox/settings", json={"settle_seconds": 0}).status_code == 200
    finally:
        sandbox_admin.put("/_sandbox/settings", json=before)
    assert sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 0}).json() == {"advanced": 0.0}
    assert sandbox_admin.put("/_sandbox/faults", json={"fault": "latency=0;times=0"}).status_code == 200
    assert sandbox_admin.delete("/_sandbox/faults").status_code == 200


# -- what the sandbox's own pages parse ---------------------------------------------------------------

DEEP = b"[" * 30_000 + b"]" * 30_000


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("/pxp/_pages/3ds-method/x", {"threeDSMethodData": _b64(DEEP)}),
        ("/pxp/_pages/3ds-method/x", {"threeDSMethodData": _b64(b'{"threeDSServerTransID": NaN}')}),
        ("/antom/_pages/acs", {"creq": _b64(DEEP), "threeDSSessionData": _b64(b"1")}),
        ("/antom/_pages/acs", {"creq": _b64(b'{"token": 1e309}'), "threeDSSessionData": _b64(b"1")}),
    ],
)
def test_a_page_given_json_no_parser_should_read_answers_400(
    http: httpx.Client, path: str, form: dict[str, str]
) -> None:
    answer = http.post(path, data=form)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/html")


def test_registering_an_antom_key_with_json_no_parser_should_read_is_a_400(http: httpx.Client) -> None:
    answer = http.put("/antom/_pages/clients/SANDBOX_DEEP", content=b'{"publicKey": ' + DEEP + b"}")
    assert answer.status_code == 400
    assert "PEM" in answer.json()["error"]
