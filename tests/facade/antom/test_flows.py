"""The Antom facade: every scenario through the sync client, the main flows through the async
client, handles across processes, refusals before any request, retries and idempotency, response
and notification signatures, and the adapter's sans-I/O flows fed with crafted answers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from http import HTTPStatus
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from scaretry_antom.models import InquiryPaymentResponse, PayResponse
from scaretry_antom.types import Response

from scaretry._adapter import Call
from scaretry._errors import (
    AuthenticationError,
    ConfigurationError,
    ProviderError,
    SignatureError,
    UnexpectedResponse,
    UnsupportedError,
    ValidationError,
)
from scaretry._handle import Handle
from scaretry._outcome import ActionReason, DeclineCategory, FormPostAction, Outcome, RedirectAction, State
from scaretry._request import Card, CardToken, Initiator, ThreeDSMode
from scaretry.providers.antom import Antom, AntomAdapter, AntomAuth, AntomConfig, SessionScene
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import ANTOM
from scaretry.sandbox.providers._antom_keys import (
    MERCHANT_TEST_PRIVATE_KEY_PEM,
    MERCHANT_TEST_PUBLIC_KEY_PEM,
    SANDBOX_PRIVATE_KEY_PEM,
    SANDBOX_PUBLIC_KEY_PEM,
)
from scaretry.testing import Customer, WebhookReceiver
from scaretry.testing._scenario import Scenario, Trace
from scaretry.testing.scenarios.antom import (
    PREVIOUS_NETWORK_TRANSACTION_ID,
    SCENARIOS,
    async_client_for,
    client_for,
    request_for,
)

NOWHERE = "http://127.0.0.1:9/antom/ams/sandbox"  # nothing listens: any request would fail loudly


@pytest.fixture
def client(scaretry_sandbox: SandboxServer) -> Iterator[Antom]:
    with client_for(scaretry_sandbox.url_for("antom")) as antom:
        yield antom


def payments(admin: httpx.Client) -> int:
    count: int = admin.get("/_sandbox/state").json()["antom"]["payments"]
    return count


def offline() -> Antom:
    return Antom(ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM, base_url=NOWHERE)


# -- every scenario -----------------------------------------------------------------------------------


UPGRADED = {"soft_decline_upgrade_approved", "session_upgrade_approved", "hosted_card_page_upgrade_approved"}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_scenario(scenario: Scenario, client: Antom, customer: Customer) -> None:
    trace = Trace()
    outcome = scenario.run(client, customer, trace)
    assert outcome.state is scenario.expected, trace.path
    assert outcome.provider == "antom"
    assert outcome.payment_id
    assert trace.steps
    assert outcome.upgraded is (scenario.name in UPGRADED)
    assert outcome.handle.to_dict()["idempotency_key"].startswith("scr_")


def test_names_are_snake_case_and_unique() -> None:
    names = [s.name for s in SCENARIOS]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and name.islower() for name in names)
    required = {
        "frictionless",
        "challenge_approved",
        "soft_decline_upgrade_approved",
        "upgrade_disabled_declined",
        "merchant_initiated_not_upgraded",
        "hard_decline",
        "challenge_abandoned",
        "timeout",
        "create_payment_session",
    }
    assert required <= set(names)


def test_upgrade_is_an_sca_retry_redirect(client: Antom, customer: Customer) -> None:
    outcome = client.pay(request_for("sca_required", "facade-upgrade"))
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.upgraded is True
    assert isinstance(outcome.action, RedirectAction)
    assert outcome.action.reason is ActionReason.SCA_RETRY
    assert outcome.provider_status == "PAYMENT_IN_PROCESS"
    # Before the customer acts, a poll still says what they must do.
    polled = client.poll_once(outcome.handle)
    assert polled.outcome.state is State.ACTION_REQUIRED
    assert polled.outcome.action == outcome.action
    assert polled.next_poll_in is not None
    returned = customer.act(outcome.action, "approve")
    assert returned.url is not None
    assert returned.url.startswith("https://merchant.example/antom/return")
    final = client.wait(client.resume(outcome.handle, returned.params).handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.upgraded is True
    assert final.three_ds is not None
    assert final.three_ds.challenged is True
    assert final.three_ds.eci == "05"
    assert final.payment_id == outcome.payment_id


def test_declines_carry_code_and_category(client: Antom) -> None:
    never = client.pay(request_for("sca_required", "facade-never", three_ds=ThreeDSMode.NEVER))
    assert never.decline is not None
    assert (never.decline.code, never.decline.category) == ("AUTHENTICATION_REQUIRED", DeclineCategory.SOFT_SCA)
    assert never.upgraded is False
    fraud = client.pay(request_for("risk_reject", "facade-fraud"))
    assert fraud.decline is not None
    assert fraud.decline.category is DeclineCategory.FRAUD
    rejected_mit = client.pay(
        request_for(
            "sca_required",
            "facade-mit",
            initiator=Initiator.MERCHANT,
            previous_payment_id=PREVIOUS_NETWORK_TRANSACTION_ID,
        )
    )
    assert rejected_mit.state is State.DECLINED
    assert rejected_mit.action is None
    assert rejected_mit.upgraded is False


def test_the_request_follows_antoms_decision_table() -> None:
    adapter = offline()._adapter

    def meta(**changes: Any) -> dict[str, Any]:
        flow = adapter.pay(request_for("sca_required", "facade-table").evolve(**changes), "scr_1")
        call = next(flow)
        body: dict[str, Any] = call.prepared.request["json"]
        assert body["paymentAmount"] == {"currency": "USD", "value": "4999"}
        result: dict[str, Any] = body["paymentMethod"]["paymentMethodMetaData"]
        return result

    assert meta(three_ds=ThreeDSMode.UPGRADE)["is3DSAuthentication"] == "false"
    assert meta(three_ds=ThreeDSMode.UPGRADE)["enableAuthenticationUpgrade"] == "true"
    assert meta(three_ds=ThreeDSMode.NEVER)["enableAuthenticationUpgrade"] == "false"
    always = meta(three_ds=ThreeDSMode.ALWAYS)
    assert always["is3DSAuthentication"] == "true"
    assert "enableAuthenticationUpgrade" not in always
    mit = meta(initiator=Initiator.MERCHANT, previous_payment_id="123456789012345")
    assert mit["networkTransactionId"] == "123456789012345"
    assert mit["enableAuthenticationUpgrade"] == "false"
    assert meta()["expiryYear"] == "30"


# -- async --------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_main_flows(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    async with async_client_for(scaretry_sandbox.url_for("antom")) as antom:
        frictionless = await antom.pay(request_for("frictionless", "async-frictionless", three_ds=ThreeDSMode.ALWAYS))
        assert frictionless.state is State.AUTHORIZED
        upgrade = await antom.pay(request_for("sca_required", "async-upgrade"))
        assert upgrade.state is State.ACTION_REQUIRED
        assert upgrade.action is not None
        returned = customer.act(upgrade.action, "approve")
        resumed = await antom.resume(upgrade.handle, returned.params)
        final = await antom.wait(resumed.handle, timeout=5)
        assert final.state is State.AUTHORIZED
        assert final.upgraded is True
        timed_out = await antom.pay(request_for("issuer_timeout", "async-timeout"))
        assert (await antom.wait(timed_out.handle, timeout=5)).state is State.DECLINED
        token = frictionless.raw.payment_result_info.card_token
        session = await antom.create_payment_session(
            request_for("frictionless", "async-session").evolve(source=CardToken(token))
        )
        assert session.normal_url is None  # a Payment Element session has no hosted page
        assert session.session_data
        polled = await antom.poll_once(session.handle)
        assert polled.outcome.state is State.PROCESSING  # nothing paid in the Element yet


# -- handles ------------------------------------------------------------------------------------------


def test_handle_survives_json_and_a_fresh_client(scaretry_sandbox: SandboxServer, customer: Customer) -> None:
    with client_for(scaretry_sandbox.url_for("antom")) as first:
        outcome = first.pay(request_for("challenge_form", "facade-handle", three_ds=ThreeDSMode.ALWAYS))
    assert isinstance(outcome.action, FormPostAction)
    stored = json.dumps(outcome.handle.to_dict())
    assert "4000000000000036" not in stored
    assert "123" not in json.loads(stored)["data"].values()
    returned = customer.act(outcome.action, "approve")
    with client_for(scaretry_sandbox.url_for("antom")) as second:
        handle = Handle.from_dict(json.loads(stored))
        resumed = second.resume(handle, returned.params)
        final = second.wait(resumed.handle, timeout=5)
    assert final.state is State.AUTHORIZED
    assert final.payment_id == outcome.payment_id
    assert final.handle.idempotency_key == outcome.handle.idempotency_key


def test_handle_of_another_provider_is_refused(client: Antom) -> None:
    foreign = Handle("checkout", "pay_x", "ref", "key", "pay")
    with pytest.raises(ValidationError, match=r"handle: not issued by this client"):
        client.poll_once(foreign)
    with pytest.raises(ValidationError, match=r"handle\.provider"):
        client.poll_once(foreign.signed(client._key))  # even one signed with this client's key


# -- refused before any request ------------------------------------------------------------------------


def test_invalid_requests_are_refused_before_sending() -> None:
    antom = offline()
    with pytest.raises(ValidationError, match="previous_payment_id"):
        antom.pay(request_for("frictionless", "x", initiator=Initiator.MERCHANT))
    with pytest.raises(UnsupportedError, match="merchant-initiated"):
        antom.pay(
            request_for(
                "frictionless", "x", three_ds=ThreeDSMode.ALWAYS, initiator=Initiator.MERCHANT, previous_payment_id="1"
            )
        )
    with pytest.raises(ValidationError, match="source"):
        antom.create_payment_session(request_for("frictionless", "x"), scene=SessionScene.CHECKOUT_PAGE)
    assert antom.capabilities.three_ds_modes == frozenset(ThreeDSMode)
    assert antom.capabilities.native_upgrade is True


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError, match="private_key"):
        Antom(ANTOM["client_id"], "not a key", SANDBOX_PUBLIC_KEY_PEM, base_url=NOWHERE)
    with pytest.raises(ConfigurationError, match="antom_public_key"):
        Antom(ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, "bm90IGEga2V5", base_url=NOWHERE)
    with pytest.raises(ConfigurationError, match="SANDBOX_"):
        Antom(ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM, environment="production")
    with pytest.raises(ConfigurationError, match="unknown environment"):
        Antom("PROD_1", MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM, environment="moon")
    bare = "".join(SANDBOX_PUBLIC_KEY_PEM.strip().splitlines()[1:-1])  # Antom Dashboard's bare base64
    Antom("PROD_1", MERCHANT_TEST_PRIVATE_KEY_PEM, bare, environment="production").close()


def test_from_env(scaretry_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="SCARETRY_ANTOM_CLIENT_ID"):
        Antom.from_env()
    monkeypatch.setenv("SCARETRY_ANTOM_CLIENT_ID", ANTOM["client_id"])
    monkeypatch.setenv("SCARETRY_ANTOM_PRIVATE_KEY", MERCHANT_TEST_PRIVATE_KEY_PEM)
    monkeypatch.setenv("SCARETRY_ANTOM_PUBLIC_KEY", SANDBOX_PUBLIC_KEY_PEM)
    monkeypatch.setenv("SCARETRY_ANTOM_BASE_URL", scaretry_sandbox.url_for("antom"))
    with Antom.from_env() as antom:
        assert antom.pay(request_for("frictionless", "facade-env")).state is State.AUTHORIZED


# -- transport: retries and idempotency ----------------------------------------------------------------


def test_pay_retried_after_a_dropped_connection_creates_one_payment(
    client: Antom, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = payments(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    outcome = client.pay(request_for("frictionless", "facade-drop"))
    assert outcome.state is State.AUTHORIZED
    assert payments(sandbox_admin) == before + 1


def test_pay_retried_after_503_with_retry_after(
    client: Antom, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = payments(sandbox_admin)
    sandbox_faults("status=503;retry-after=0.05;times=1")
    outcome = client.pay(request_for("frictionless", "facade-503"))
    assert outcome.state is State.AUTHORIZED
    assert payments(sandbox_admin) == before + 1


def test_persistent_503_is_a_provider_error(client: Antom, sandbox_faults: Callable[[str], None]) -> None:
    sandbox_faults("status=503")
    with pytest.raises(ProviderError) as caught:
        client.pay(request_for("frictionless", "facade-down"))
    assert caught.value.status_code == 503
    assert caught.value.code == "REQUEST_TRAFFIC_EXCEED_LIMIT"


def test_every_antom_call_carries_its_idempotency_key_and_is_safe_to_repeat() -> None:
    """pay and createPaymentSession are idempotent on paymentRequestId, inquiryPayment is a read."""
    adapter = offline()._adapter
    payment = next(adapter.pay(request_for("frictionless", "facade-keys"), "scr_key"))
    assert payment.retry_safe
    assert payment.prepared.request["json"]["paymentRequestId"] == "scr_key"
    inquiry = next(adapter.status(Handle("antom", None, "r", "scr_key", "processing")))
    assert inquiry.retry_safe
    assert inquiry.prepared.request["json"] == {"paymentRequestId": "scr_key"}
    token = request_for("frictionless", "facade-keys").evolve(source=CardToken("card-token-1"))
    session = next(adapter.create_session(token, "scr_session"))
    assert session.retry_safe
    assert session.prepared.request["json"]["paymentRequestId"] == "scr_session"


# -- signatures -----------------------------------------------------------------------------------------


def _auth(antom_key_pem: str = SANDBOX_PUBLIC_KEY_PEM) -> AntomAuth:
    return (
        offline()._adapter.auth()
        if antom_key_pem == SANDBOX_PUBLIC_KEY_PEM
        else AntomAdapter(AntomConfig(ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, antom_key_pem)).auth()
    )


def _answer(
    request: httpx.Request, body: bytes, *, status: int = 200, key_pem: str | None = SANDBOX_PRIVATE_KEY_PEM
) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if key_pem is not None:
        key = serialization.load_pem_private_key(key_pem.encode(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        signer = AntomAuth(ANTOM["client_id"], key, key.public_key(), "1")
        when = "2026-11-21T10:00:00+00:00"
        headers |= {
            "Client-Id": ANTOM["client_id"],
            "Response-Time": when,
            "Signature": signer.sign(request.method, request.url.raw_path.decode(), when, body),
        }
    return httpx.Response(status, content=body, headers=headers, request=request)


SUCCESS = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success."}}'
FAILURE = b'{"result":{"resultCode":"PARAM_ILLEGAL","resultStatus":"F","resultMessage":"x"}}'


def test_response_signatures() -> None:
    auth = _auth()
    request = httpx.Request("POST", "https://example.test/ams/sandbox/api/v1/payments/pay", content=b"{}")
    auth.verify(request, _answer(request, SUCCESS))  # signed by "Antom": fine
    auth.verify(request, _answer(request, FAILURE, key_pem=None))  # gateway F may be unsigned
    auth.verify(request, _answer(request, FAILURE, status=503, key_pem=None))
    with pytest.raises(SignatureError, match="not signed"):
        auth.verify(request, _answer(request, SUCCESS, key_pem=None))
    with pytest.raises(SignatureError, match="not signed"):
        auth.verify(request, _answer(request, b'{"result":{"resultStatus":"U"', key_pem=None))
    with pytest.raises(SignatureError, match="does not verify"):
        auth.verify(request, _answer(request, SUCCESS, key_pem=MERCHANT_TEST_PRIVATE_KEY_PEM))
    with pytest.raises(SignatureError, match="does not verify"):
        auth.verify(request, _answer(request, FAILURE, key_pem=MERCHANT_TEST_PRIVATE_KEY_PEM))
    tampered = _answer(request, SUCCESS)
    tampered = httpx.Response(200, content=SUCCESS.replace(b"success.", b"success!"), headers=tampered.headers)
    with pytest.raises(SignatureError, match="does not verify"):
        auth.verify(request, tampered)
    half = _answer(request, SUCCESS)
    del half.headers["Response-Time"]
    with pytest.raises(SignatureError, match="only one of"):
        auth.verify(request, half)
    moved = httpx.Request("POST", "https://example.test/ams/api/v1/payments/pay", content=b"{}")
    with pytest.raises(SignatureError) as caught:
        auth.verify(moved, _answer(request, SUCCESS))
    assert "signature=" not in str(caught.value)
    assert "signature" not in {k.lower() for k in caught.value.headers}


def test_an_answer_without_client_id_is_verified_with_our_own() -> None:
    """``Client-Id`` on Antom's answer is optional: the signature then covers our client id."""
    auth = _auth()
    request = httpx.Request("POST", "https://example.test/ams/sandbox/api/v1/payments/pay", content=b"{}")
    answer = _answer(request, SUCCESS)
    del answer.headers["Client-Id"]
    auth.verify(request, answer)  # accepted
    foreign = _answer(request, SUCCESS)
    foreign.headers["Client-Id"] = "SANDBOX_SOMEONE_ELSE"
    with pytest.raises(SignatureError, match="another client id"):
        auth.verify(request, foreign)


def test_an_expired_payment_keeps_its_handle(
    scaretry_sandbox: SandboxServer, customer: Customer, sandbox_admin: httpx.Client
) -> None:
    """A challenge nobody opens is closed by Antom at the payment's expiry: EXPIRED, and the outcome
    still holds the handle that reads the payment again."""
    with client_for(scaretry_sandbox.url_for("antom")) as antom:
        started = antom.pay(request_for("challenge", "facade-expired", three_ds=ThreeDSMode.ALWAYS))
        sandbox_admin.post("/_sandbox/clock/advance", json={"seconds": 14 * 60 + 1}).raise_for_status()
        expired = antom.wait(started.handle, timeout=5)
        assert expired.state is State.EXPIRED
        assert expired.decline is not None
        assert expired.decline.code == "ORDER_IS_CLOSED"
        assert expired.handle.payment_id == started.payment_id
        assert expired.handle.idempotency_key == started.handle.idempotency_key
        assert expired.handle.mac is not None  # issued: it can be stored and used again
        assert antom.poll_once(expired.handle).outcome.state is State.EXPIRED


def test_a_sandbox_answer_checked_with_the_wrong_key_is_refused(scaretry_sandbox: SandboxServer) -> None:
    wrong = Antom(
        ANTOM["client_id"],
        MERCHANT_TEST_PRIVATE_KEY_PEM,
        MERCHANT_TEST_PUBLIC_KEY_PEM,  # the merchant's own key, not Antom's: PHP SDK issue #3
        base_url=scaretry_sandbox.url_for("antom"),
    )
    with wrong, pytest.raises(SignatureError):
        wrong.pay(request_for("frictionless", "facade-wrong-key"))


def test_an_unregistered_merchant_key_is_an_authentication_error(scaretry_sandbox: SandboxServer) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with (
        Antom(
            ANTOM["client_id"], stranger, SANDBOX_PUBLIC_KEY_PEM, base_url=scaretry_sandbox.url_for("antom")
        ) as antom,
        pytest.raises(AuthenticationError) as caught,
    ):
        antom.pay(request_for("frictionless", "facade-stranger"))
    assert caught.value.code == "INVALID_SIGNATURE"


# -- notifications ----------------------------------------------------------------------------------------


def test_notifications_parse_into_outcomes(scaretry_sandbox: SandboxServer, webhook_receiver: WebhookReceiver) -> None:
    base = scaretry_sandbox.url_for("antom")
    keys = (ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM)
    with Antom(*keys, base_url=base, notify_url=f"{webhook_receiver.url}/webhooks/antom") as antom:
        paid = antom.pay(request_for("frictionless", "facade-notify"))
        hook = webhook_receiver.wait(1, timeout=3)[0]
        path, headers, body = hook.path, hook.headers, hook.body
        assert path == "/webhooks/antom"
        outcome = antom.parse_webhook(headers, body)  # verified over the notify_url's path
        assert outcome.state is State.AUTHORIZED
        assert outcome.payment_id == paid.payment_id
        assert outcome.handle.idempotency_key == paid.handle.idempotency_key
        assert antom.parse_webhook(headers, body, path="/webhooks/antom") == outcome
        with pytest.raises(SignatureError):
            antom.parse_webhook(headers, body.replace(b"SUCCESS", b"SUCCESX"))
        with pytest.raises(SignatureError):
            antom.parse_webhook(headers, body, path="/elsewhere")
        with pytest.raises(SignatureError):
            antom.parse_webhook({k: v for k, v in headers.items() if k.lower() != "signature"}, body)
    with Antom(*keys, base_url=base) as plain, pytest.raises(ConfigurationError, match="notify"):
        plain.parse_webhook(headers, body)


def test_declined_notification(scaretry_sandbox: SandboxServer, webhook_receiver: WebhookReceiver) -> None:
    keys = (ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM)
    with Antom(*keys, base_url=scaretry_sandbox.url_for("antom")) as antom:
        request = request_for("do_not_honor", "facade-notify-declined").evolve(
            notify_url=f"{webhook_receiver.url}/webhooks/antom"
        )
        antom.pay(request)
        hook = webhook_receiver.wait(1, timeout=3)[0]
        headers, body = hook.headers, hook.body
        outcome = antom.parse_webhook(headers, body, path="/webhooks/antom")
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.code == "DO_NOT_HONOR"


# -- the adapter fed with crafted answers (sans-I/O) ---------------------------------------------------


def _response(parsed: Any, status: int = 200, content: bytes = b"{}") -> Response[Any]:
    return Response(status_code=HTTPStatus(status), content=content, headers=httpx.Headers(), parsed=parsed)


def _run(flow: Any, *answers: Response[Any]) -> Outcome:
    call = next(flow)
    assert isinstance(call, Call)
    for answer in answers:
        try:
            call = flow.send(answer)
        except StopIteration as stop:
            outcome: Outcome = stop.value
            return outcome
    raise AssertionError("the flow wanted more answers")


def _pay_answer(**fields: Any) -> PayResponse:
    answer = {"result": {"resultCode": "X", "resultStatus": "U", "resultMessage": ""}, "paymentRequestId": "scr_1"}
    return PayResponse.from_dict(answer | fields)


def test_unknown_values_do_not_crash() -> None:
    adapter = offline()._adapter
    request = request_for("frictionless", "crafted")
    odd = _pay_answer(result={"resultCode": "NEW_CODE", "resultStatus": "Q", "resultMessage": "?"}, paymentId="1")
    outcome = _run(adapter.pay(request, "scr_1"), _response(odd))
    assert outcome.state is State.PROCESSING
    assert outcome.handle.payment_id == "1"
    declined = _pay_answer(
        result={"resultCode": "BRAND_NEW_DECLINE", "resultStatus": "F", "resultMessage": "no"},
        paymentResultInfo={"threeDSResult": {"eci": "09", "threeDSVersion": "2.3.1", "challenged": "maybe"}},
    )
    outcome = _run(adapter.pay(request, "scr_1"), _response(declined))
    assert outcome.state is State.DECLINED
    assert outcome.decline is not None
    assert outcome.decline.category is DeclineCategory.UNKNOWN
    assert outcome.three_ds is not None
    assert (outcome.three_ds.eci, outcome.three_ds.version, outcome.three_ds.challenged) == ("09", "2.3.1", None)
    handle = Handle("antom", "1", "crafted", "scr_1", "processing")
    holding = InquiryPaymentResponse.from_dict(
        {
            "result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": ""},
            "paymentStatus": "ON_HOLD",
            "paymentRequestId": "scr_1",
        }
    )
    assert _run(adapter.status(handle), _response(holding)).state is State.PROCESSING


def test_malformed_and_error_answers_are_typed_errors() -> None:
    adapter = offline()._adapter
    request = request_for("frictionless", "crafted")
    with pytest.raises(UnexpectedResponse):
        _run(adapter.pay(request, "scr_1"), _response(None))
    with pytest.raises(ProviderError) as gateway:
        _run(adapter.pay(request, "scr_1"), _response(None, status=429, content=b'{"result":{"resultCode":"LIMIT"}}'))
    assert (gateway.value.status_code, gateway.value.code) == (429, "LIMIT")
    illegal = _pay_answer(result={"resultCode": "PARAM_ILLEGAL", "resultStatus": "F", "resultMessage": "order"})
    with pytest.raises(ProviderError) as caught:
        _run(adapter.pay(request, "scr_1"), _response(illegal))
    assert caught.value.code == "PARAM_ILLEGAL"
    assert not isinstance(caught.value, AuthenticationError)
    bad_signature = _pay_answer(result={"resultCode": "INVALID_SIGNATURE", "resultStatus": "F", "resultMessage": ""})
    with pytest.raises(AuthenticationError):
        _run(adapter.pay(request, "scr_1"), _response(bad_signature))
    missing = InquiryPaymentResponse.from_dict(
        {"result": {"resultCode": "ORDER_NOT_EXIST", "resultStatus": "F", "resultMessage": ""}}
    )
    with pytest.raises(ProviderError, match="inquiryPayment"):  # a payment Antom gave an id to is not absent
        _run(
            adapter.status(Handle("antom", "20261130000000000000000000000000001", "r", "scr_1", "processing")),
            _response(missing),
        )


def test_form_post_action_is_read_from_redirect_action_form() -> None:
    adapter = offline()._adapter
    answer = _pay_answer(
        result={"resultCode": "PAYMENT_IN_PROCESS", "resultStatus": "U", "resultMessage": ""},
        paymentId="2",
        redirectActionForm={
            "method": "POST",
            "redirectUrl": "https://acs.example/challenge",
            "parameters": '{"creq":"abc","threeDSSessionData":"def"}',
            "actionFormType": "RedirectActionForm",
        },
    )
    outcome = _run(
        adapter.pay(request_for("challenge", "crafted", three_ds=ThreeDSMode.ALWAYS), "scr_1"), _response(answer)
    )
    assert outcome.action == FormPostAction(
        "https://acs.example/challenge", {"creq": "abc", "threeDSSessionData": "def"}, ActionReason.CHALLENGE
    )
    assert outcome.upgraded is False


def test_decline_table_override(scaretry_sandbox: SandboxServer) -> None:
    keys = (ANTOM["client_id"], MERCHANT_TEST_PRIVATE_KEY_PEM, SANDBOX_PUBLIC_KEY_PEM)
    overrides = {"DO_NOT_HONOR": "soft_retryable"}
    with Antom(*keys, base_url=scaretry_sandbox.url_for("antom"), decline_overrides=overrides) as antom:
        outcome = antom.pay(request_for("do_not_honor", "facade-override"))
    assert outcome.decline is not None
    assert outcome.decline.category is DeclineCategory.SOFT_RETRYABLE
    with client_for(scaretry_sandbox.url_for("antom")) as default:
        assert default.pay(request_for("do_not_honor", "facade-default")).decline.category is DeclineCategory.HARD  # type: ignore[union-attr]


def test_a_card_is_never_in_a_log_line(client: Antom, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    client.pay(request_for("frictionless", "facade-logs").evolve(source=Card("4054695723100768", 12, 2030, cvv="737")))
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("scaretry"))
    assert "antom pay -> 200" in text
    assert "4054695723100768" not in text
    assert "737" not in text
    assert "signature=" not in text


def test_every_antom_status_is_decided() -> None:
    """A status added to the spec's enums fails here until someone decides what it means."""
    from scaretry_antom.models import NotifyType

    from scaretry.providers.antom._outcomes import PAYMENT_STATUS, RESULT_NOTIFICATIONS, RESULT_STATUS

    assert PAYMENT_STATUS.unmapped() == []
    assert RESULT_STATUS.unmapped() == []
    assert set(RESULT_NOTIFICATIONS) == set(NotifyType)
