"""Antom's notifyPayment through the public client and an Inbox: valid, tampered, wrong key, missing
headers, stale Request-Time (a replay), duplicates, unknown notifyType, out of order, hostile input,
and the exact acknowledgement Antom expects."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from scaretry import Inbox
from scaretry._errors import ConfigurationError, SignatureError, UnexpectedResponse
from scaretry._outcome import DeclineCategory, State
from scaretry._request import ThreeDSMode
from scaretry.providers.antom import NOTIFY_ACK, Antom
from scaretry.providers.antom._keys import sign, signed_content
from scaretry.sandbox import SandboxServer
from scaretry.sandbox.providers._antom_keys import SANDBOX_PUBLIC_KEY_PEM
from scaretry.testing import WebhookReceiver
from scaretry.testing.scenarios.antom import request_for
from tests.facade.antom._support import NOTIFY_PATH, antom, async_antom, notification, notify_body

NOTIFY_URL = f"https://shop.example{NOTIFY_PATH}"


@pytest.fixture
def client() -> Iterator[Antom]:
    with antom(notify_url=NOTIFY_URL) as offline:
        yield offline


def _ago(seconds: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


# -- verification ---------------------------------------------------------------------------------


def test_a_valid_result_notification_reads_as_the_payment_outcome(client: Antom) -> None:
    body = notify_body(
        paymentResultInfo={"threeDSResult": {"threeDSVersion": "2.2.0", "eci": "05", "challenged": True}}
    )
    outcome = client.parse_webhook(*notification(body))
    assert outcome.state is State.AUTHORIZED
    assert (outcome.payment_id, outcome.handle.idempotency_key) == (body["paymentId"], body["paymentRequestId"])
    assert outcome.provider_status == "SUCCESS"
    assert outcome.three_ds is not None
    assert (outcome.three_ds.eci, outcome.three_ds.challenged, outcome.three_ds.authenticated) == ("05", True, True)
    assert client.parse_webhook(*notification(body), path=NOTIFY_PATH) == outcome


def test_a_failed_result_notification_is_a_decline_with_its_code(client: Antom) -> None:
    body = notify_body(code="USER_PAYMENT_VERIFICATION_FAILED", status="F")
    outcome = client.parse_webhook(*notification(body))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.category) == (
        "USER_PAYMENT_VERIFICATION_FAILED",
        DeclineCategory.HARD,
    )
    closed = client.parse_webhook(*notification(notify_body(code="ORDER_IS_CLOSED", status="F")))
    assert closed.state is State.EXPIRED
    assert closed.handle.payment_id == body["paymentId"]  # an expired outcome keeps its handle


def test_a_tampered_body_is_refused(client: Antom) -> None:
    headers, body = notification(notify_body())
    with pytest.raises(SignatureError, match="does not verify"):
        client.parse_webhook(headers, body.replace(b'"S"', b'"F"'))


def test_a_notification_signed_with_another_key_is_refused(client: Antom) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    headers, body = notification(notify_body())
    when = headers["Request-Time"]
    content = signed_content("POST", NOTIFY_PATH, headers["Client-Id"], when, body)
    headers["Signature"] = sign(stranger, "1", content)
    with pytest.raises(SignatureError, match="does not verify"):
        client.parse_webhook(headers, body)


def test_a_notification_signed_over_another_path_is_refused(client: Antom) -> None:
    with pytest.raises(SignatureError):
        client.parse_webhook(*notification(notify_body(), path="/elsewhere"))
    with pytest.raises(SignatureError):
        client.parse_webhook(*notification(notify_body()), path="/elsewhere")


@pytest.mark.parametrize("missing", ["Signature", "Request-Time", "Client-Id"])
def test_a_missing_header_is_refused(client: Antom, missing: str) -> None:
    headers, body = notification(notify_body())
    del headers[missing]
    with pytest.raises(SignatureError):
        client.parse_webhook(headers, body)


def test_a_notification_for_another_client_id_is_refused(client: Antom) -> None:
    with pytest.raises(SignatureError, match="Client-Id"):
        client.parse_webhook(*notification(notify_body(), client_id="SANDBOX_SOMEONE_ELSE"))


def test_without_a_notify_url_the_path_must_be_given() -> None:
    with antom() as plain, pytest.raises(ConfigurationError, match="notify"):
        plain.parse_webhook(*notification(notify_body()))
    with antom() as plain:
        assert plain.parse_webhook(*notification(notify_body()), path=NOTIFY_PATH).state is State.AUTHORIZED


# -- freshness -------------------------------------------------------------------------------------


def test_a_correctly_signed_notification_from_2020_is_a_replay(client: Antom) -> None:
    with pytest.raises(SignatureError, match="replay"):
        client.parse_webhook(*notification(notify_body(), when="2020-05-17T07:58:04Z"))


@pytest.mark.parametrize(("off", "accepted"), [(-250, True), (250, True), (310, False), (-310, False)])
def test_the_tolerance_is_300_seconds_either_way(client: Antom, off: float, accepted: bool) -> None:
    headers, body = notification(notify_body(), when=_ago(off))
    if accepted:
        assert client.parse_webhook(headers, body).state is State.AUTHORIZED
    else:
        with pytest.raises(SignatureError, match="tolerance 300 s"):
            client.parse_webhook(headers, body)


def test_the_tolerance_is_configurable_and_can_be_switched_off() -> None:
    stale = notification(notify_body(), when=_ago(100))
    with antom(notify_url=NOTIFY_URL, notification_tolerance=60) as strict, pytest.raises(SignatureError):
        strict.parse_webhook(*stale)
    old = notification(notify_body(), when="2020-05-17T07:58:04Z")
    with antom(notify_url=NOTIFY_URL, notification_tolerance=None) as trusting:
        assert trusting.parse_webhook(*old).state is State.AUTHORIZED
    with pytest.raises(ConfigurationError, match="notification_tolerance"):
        antom(notification_tolerance=-1)


@pytest.mark.parametrize(
    "when",
    [
        str(int(time.time() * 1000)),  # epoch milliseconds, as Antom's pages show
        dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).isoformat(timespec="milliseconds"),
        dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds"),  # no offset: UTC
    ],
)
def test_request_time_in_each_documented_form_is_read(client: Antom, when: str) -> None:
    assert client.parse_webhook(*notification(notify_body(), when=when)).state is State.AUTHORIZED


def test_a_request_time_that_is_not_a_time_is_refused(client: Antom) -> None:
    with pytest.raises(SignatureError, match="not a time"):
        client.parse_webhook(*notification(notify_body(), when="yesterday"))


# -- hostile input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["Signature", "Request-Time", "Client-Id"])
def test_non_ascii_header_values_are_refused_not_crashed_on(client: Antom, header: str) -> None:
    headers, body = notification(notify_body())
    headers[header] = headers[header][:-3] + "é漢字"
    with pytest.raises(SignatureError):
        client.parse_webhook(headers, body)


def test_a_deeply_nested_signed_body_is_an_unexpected_response(client: Antom) -> None:
    nested = b'{"notifyType":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(UnexpectedResponse) as caught:
        client.parse_webhook(*notification(nested))
    assert caught.value.body == nested


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[]", b'{"notifyType":"PAYMENT_RESULT"}', json.dumps(notify_body(result=7)).encode()],
)
def test_a_signed_body_that_is_no_notification_is_an_unexpected_response(client: Antom, body: bytes) -> None:
    with pytest.raises(UnexpectedResponse):
        client.parse_webhook(*notification(body))


# -- types, duplicates, order (through an Inbox and wait) ----------------------------------------------


def test_pending_and_unknown_types_are_surfaced_as_not_final(client: Antom) -> None:
    pending = client.parse_webhook(*notification(notify_body("PAYMENT_PENDING", "PAYMENT_IN_PROCESS", "S")))
    assert (pending.state, pending.provider_status) == (State.PROCESSING, "PAYMENT_PENDING")
    inbox = Inbox()
    receipt = inbox.receive(client, *notification(notify_body("CAPTURE_RESULT")))
    assert (receipt.outcome.state, receipt.outcome.provider_status) == (State.PROCESSING, "CAPTURE_RESULT")
    assert receipt.duplicate is False
    assert receipt.acknowledgement.body == NOTIFY_ACK


def test_a_redelivery_is_a_duplicate(client: Antom) -> None:
    inbox = Inbox()
    delivery = notification(notify_body())
    first = inbox.receive(client, *delivery)
    again = inbox.receive(client, *delivery)
    assert (first.duplicate, again.duplicate) == (False, True)
    assert again.outcome == first.outcome
    assert again.acknowledgement == first.acknowledgement


def test_the_acknowledgement_is_exactly_antoms_result_body(client: Antom) -> None:
    ack = client.acknowledgement()
    assert ack.status_code == 200
    assert ack.body == b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'
    assert json.loads(ack.body) == {
        "result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success"}
    }
    assert ack.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("order", ["result first", "pending first"])
def test_a_late_pending_never_moves_the_outcome_back(scaretry_sandbox: SandboxServer, order: str) -> None:
    """A payment waiting at its challenge; Antom's notifications arrive in either order."""
    inbox = Inbox()
    with antom(scaretry_sandbox.url_for("antom"), notify_url=NOTIFY_URL) as client:
        started = client.pay(request_for("challenge", f"order-{order[0]}", three_ds=ThreeDSMode.ALWAYS))
        assert started.state is State.ACTION_REQUIRED
        ids = {"paymentRequestId": started.handle.idempotency_key, "paymentId": started.payment_id}
        final = notification(notify_body(**ids))
        pending = notification(notify_body("PAYMENT_PENDING", "PAYMENT_IN_PROCESS", "S", **ids))
        for delivery in [final, pending] if order == "result first" else [pending, final]:
            inbox.receive(client, *delivery)
        waited = client.wait(started.handle, timeout=2, notifications=inbox)
        assert waited.state is State.AUTHORIZED  # from the notification: the sandbox still says PROCESSING
        assert waited.payment_id == started.payment_id
        assert client.poll_once(started.handle).outcome.state is State.ACTION_REQUIRED
        again = client.wait(started.handle, timeout=2, notifications=inbox)  # kept for the next waiter
        assert again.state is State.AUTHORIZED


def test_a_sessions_waiter_is_woken_by_the_payment_request_id(client: Antom) -> None:
    inbox = Inbox()
    body = notify_body(paymentRequestId="scr_session_1")
    receipt = inbox.receive(client, *notification(body))
    keys = client._adapter.notification_keys(receipt.outcome.handle)
    assert keys == {"scr_session_1", body["paymentId"]}
    assert client._adapter.notification_id(receipt.outcome) is None  # Antom's has none: the body's hash


def test_the_sandboxs_own_notification_verifies(
    scaretry_sandbox: SandboxServer, webhook_receiver: WebhookReceiver
) -> None:
    with antom(scaretry_sandbox.url_for("antom"), notify_url=f"{webhook_receiver.url}{NOTIFY_PATH}") as client:
        paid = client.pay(request_for("do_not_honor", "notified-by-sandbox"))
        hook = webhook_receiver.wait(1, timeout=3)[0]
        assert hook.path == NOTIFY_PATH
        outcome = client.parse_webhook(hook.headers, hook.body)
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code == "DO_NOT_HONOR"
    assert (outcome.payment_id, outcome.handle.idempotency_key) == (paid.payment_id, paid.handle.idempotency_key)


def test_antoms_public_key_as_bare_base64_verifies_the_same() -> None:
    """Antom Dashboard shows keys as bare base64; the client takes that form as well as PEM."""
    bare = "".join(SANDBOX_PUBLIC_KEY_PEM.strip().splitlines()[1:-1])
    delivery = notification(notify_body())
    with antom(notify_url=NOTIFY_URL) as pem, antom(notify_url=NOTIFY_URL, antom_public_key=bare) as base64_key:
        assert base64_key.parse_webhook(*delivery) == pem.parse_webhook(*delivery)


@pytest.mark.anyio
async def test_a_late_pending_never_moves_the_outcome_back_async(scaretry_sandbox: SandboxServer) -> None:
    inbox = Inbox()
    async with async_antom(scaretry_sandbox.url_for("antom"), notify_url=NOTIFY_URL) as client:
        started = await client.pay(request_for("sca_required", "order-async"))
        assert started.upgraded is True
        ids = {"paymentRequestId": started.handle.idempotency_key, "paymentId": started.payment_id}
        await inbox.areceive(client, *notification(notify_body(**ids)))
        await inbox.areceive(client, *notification(notify_body("PAYMENT_PENDING", "PAYMENT_IN_PROCESS", "S", **ids)))
        waited = await client.wait(started.handle, timeout=2, notifications=inbox)
    assert waited.state is State.AUTHORIZED
    assert waited.upgraded is True  # the waiter's handle knows: the notification does not say
