"""Every branch of how Antom's answer becomes an Outcome, and what each request sends, asserted as a
user sees it: state, decline (code, message, category), action (kind, URL, fields, reason),
upgraded, 3DS result, provider status, and the body on the wire. The adapter's flows are sans-I/O:
each is fed the answer under test (the signature checks are tested with the transport)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from scaretry_antom.models import InquiryPaymentResponse, PayResponse
from scaretry_antom.types import Response

from scaretry._adapter import Call
from scaretry._errors import AuthenticationError, ProviderError, RepeatRequired, UnexpectedResponse
from scaretry._handle import Handle
from scaretry._outcome import (
    ActionReason,
    DeclineCategory,
    FormPostAction,
    Outcome,
    RedirectAction,
    State,
    ThreeDSResult,
)
from scaretry._request import Browser, CardToken, Initiator, ThreeDSMode
from scaretry.providers.antom import AntomAdapter
from scaretry.providers.antom._results import AUTH_CODES, REQUEST_CODES
from scaretry.testing.scenarios.antom import request_for
from tests.facade.antom._support import antom

KEY = "scr_answers"
PAYMENT_ID = "20261130000000000000000000000000009"
URL = "https://open-na-global.alipay.com/ams/3ds/challenge?p=1"


def adapter(**options: Any) -> AntomAdapter:
    with antom(**options) as client:
        return client._adapter


def _response(parsed: Any, status: int = 200, content: bytes = b"{}") -> Response[Any]:
    return Response(status_code=status, content=content, headers=httpx.Headers(), parsed=parsed)


def run(flow: Generator[Call, Any, Outcome], *answers: Any, status: int = 200, content: bytes = b"{}") -> Outcome:
    call = next(flow)
    for answer in answers:
        try:
            call = flow.send(_response(answer, status, content))
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
    raise AssertionError(f"the flow wanted more answers after {call.name}")


def result(code: str, status: str, message: str | None = None) -> dict[str, str]:
    return {"resultCode": code, "resultStatus": status} | ({} if message is None else {"resultMessage": message})


def pay_answer(code: str, status: str, message: str | None = None, **fields: Any) -> PayResponse:
    body = {"result": result(code, status, message), "paymentRequestId": KEY, "paymentId": PAYMENT_ID} | fields
    return PayResponse.from_dict(body)


def inquiry_answer(status: str | None, code: str | None = None, **fields: Any) -> InquiryPaymentResponse:
    body: dict[str, Any] = {"result": result("SUCCESS", "S"), "paymentRequestId": KEY, "paymentId": PAYMENT_ID}
    if status is not None:
        body["paymentStatus"] = status
    if code is not None:
        body["paymentResultCode"] = code
    return InquiryPaymentResponse.from_dict(body | fields)


def pay(answer: Any, mode: ThreeDSMode = ThreeDSMode.UPGRADE, **changes: Any) -> Outcome:
    request = request_for("frictionless", "answers", three_ds=mode).evolve(**changes)
    return run(adapter().pay(request, KEY), answer)


def handle(step: str = "processing", payment_id: str | None = PAYMENT_ID, **data: Any) -> Handle:
    return Handle("antom", payment_id, "answers", KEY, step, data={"mode": "upgrade", "initiator": "customer"} | data)


# -- pay: S ---------------------------------------------------------------------------------------------


def test_pay_success_is_authorized_with_its_3ds_result() -> None:
    three_ds = {
        "threeDSVersion": "2.2.0",
        "eci": "05",
        "challenged": "true",
        "threeDStransactionStatusReason": "14",
    }
    outcome = pay(pay_answer("SUCCESS", "S", paymentResultInfo={"threeDSResult": three_ds}), ThreeDSMode.ALWAYS)
    assert (outcome.state, outcome.provider_status, outcome.payment_id) == (State.AUTHORIZED, "SUCCESS", PAYMENT_ID)
    assert outcome.decline is None
    assert outcome.action is None
    assert outcome.upgraded is False
    assert outcome.three_ds == ThreeDSResult(
        version="2.2.0",
        eci="05",
        challenged=True,
        authenticated=True,
        status_reason="14",
        status_reason_text="Transaction timed out at the ACS.",
    )
    assert outcome.handle.payment_id == PAYMENT_ID
    assert outcome.is_final


@pytest.mark.parametrize(
    ("three_ds", "expected"),
    [
        ({"threeDSOffered": False}, None),  # 3DS did not run
        ({"threeDSOffered": "false"}, None),
        ({"eci": "02"}, ThreeDSResult(eci="02", authenticated=True)),
        ({"eci": "07", "challenged": False}, ThreeDSResult(eci="07", challenged=False, authenticated=False)),
        ({"threeDSVersion": "2.1.0", "challenged": "FALSE"}, ThreeDSResult(version="2.1.0", challenged=False)),
        ({"threeDSVersion": "2.1.0", "challenged": "maybe"}, ThreeDSResult(version="2.1.0")),
        ({"threeDSOffered": True}, ThreeDSResult()),  # offered, nothing else said
    ],
)
def test_pay_3ds_result_fields(three_ds: dict[str, Any], expected: ThreeDSResult | None) -> None:
    outcome = pay(pay_answer("SUCCESS", "S", paymentResultInfo={"threeDSResult": three_ds}), ThreeDSMode.ALWAYS)
    assert outcome.three_ds == expected


def test_upgraded_is_read_from_the_result_when_3ds_ran_in_upgrade_mode() -> None:
    ran = {"paymentResultInfo": {"threeDSResult": {"threeDSVersion": "2.2.0", "eci": "05"}}}
    assert pay(pay_answer("SUCCESS", "S", **ran), ThreeDSMode.UPGRADE).upgraded is True
    assert pay(pay_answer("SUCCESS", "S", **ran), ThreeDSMode.ALWAYS).upgraded is False
    assert pay(pay_answer("SUCCESS", "S", **ran), ThreeDSMode.NEVER).upgraded is False
    merchant = pay(
        pay_answer("SUCCESS", "S", **ran),
        ThreeDSMode.UPGRADE,
        initiator=Initiator.MERCHANT,
        previous_payment_id="586237194512034",
    )
    assert merchant.upgraded is False
    assert pay(pay_answer("SUCCESS", "S"), ThreeDSMode.UPGRADE).upgraded is False  # no 3DS: no upgrade


# -- pay: F ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "category", "state"),
    [
        ("AUTHENTICATION_REQUIRED", DeclineCategory.SOFT_SCA, State.DECLINED),
        ("DO_NOT_HONOR", DeclineCategory.HARD, State.DECLINED),
        ("USER_PAYMENT_VERIFICATION_FAILED", DeclineCategory.HARD, State.DECLINED),
        ("RISK_REJECT", DeclineCategory.FRAUD, State.DECLINED),
        ("SUSPECTED_CARD", DeclineCategory.FRAUD, State.DECLINED),
        ("USER_BALANCE_NOT_ENOUGH", DeclineCategory.SOFT_RETRYABLE, State.DECLINED),
        ("PROCESS_FAIL", DeclineCategory.SOFT_RETRYABLE, State.DECLINED),
        ("CARD_EXPIRED", DeclineCategory.HARD, State.DECLINED),
        ("ORDER_IS_CLOSED", DeclineCategory.HARD, State.EXPIRED),
        ("A_CODE_ANTOM_ADDS_LATER", DeclineCategory.UNKNOWN, State.DECLINED),
    ],
)
def test_pay_failure_families(code: str, category: DeclineCategory, state: State) -> None:
    outcome = pay(pay_answer(code, "F", "as Antom words it"))
    assert outcome.state is state
    assert outcome.decline is not None
    assert (outcome.decline.code, outcome.decline.message, outcome.decline.category) == (
        code,
        "as Antom words it",
        category,
    )
    assert outcome.provider_status == code
    assert outcome.action is None
    assert outcome.is_final
    assert outcome.handle.payment_id == PAYMENT_ID


def test_a_decline_without_a_message_takes_the_tables() -> None:
    outcome = pay(pay_answer("AUTHENTICATION_REQUIRED", "F"))
    assert outcome.decline is not None
    assert outcome.decline.message == "The issuer requires 3D Secure authentication (soft decline for missing SCA)."
    unknown = pay(pay_answer("NEW_CODE", "F"))
    assert unknown.decline is not None
    assert unknown.decline.message is None


@pytest.mark.parametrize("code", sorted(AUTH_CODES))
def test_pay_failures_that_refuse_our_credentials_raise(code: str) -> None:
    with pytest.raises(AuthenticationError) as caught:
        pay(pay_answer(code, "F", "no"))
    assert caught.value.code == code


@pytest.mark.parametrize("code", sorted(REQUEST_CODES))
def test_pay_failures_that_refuse_the_request_raise(code: str) -> None:
    with pytest.raises(ProviderError) as caught:
        pay(pay_answer(code, "F", "no"))
    assert not isinstance(caught.value, AuthenticationError)
    assert caught.value.code == code
    assert code in str(caught.value)


@pytest.mark.parametrize(
    ("overrides", "code", "category"),
    [
        ({"DO_NOT_HONOR": "soft_retryable"}, "DO_NOT_HONOR", DeclineCategory.SOFT_RETRYABLE),
        ({"NEW_CODE": "fraud"}, "NEW_CODE", DeclineCategory.FRAUD),
        (
            {"DO_NOT_HONOR": {"category": "soft_sca", "decision": "upgrade", "message": "ours"}},
            "DO_NOT_HONOR",
            DeclineCategory.SOFT_SCA,
        ),
    ],
)
def test_decline_overrides(overrides: dict[str, Any], code: str, category: DeclineCategory) -> None:
    request = request_for("frictionless", "answers")
    outcome = run(adapter(decline_overrides=overrides).pay(request, KEY), pay_answer(code, "F"))
    assert outcome.decline is not None
    assert outcome.decline.category is category
    if isinstance(overrides[code], dict):
        assert outcome.decline.message == "ours"


# -- pay: U ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "changes", "reason", "upgraded"),
    [
        (ThreeDSMode.UPGRADE, {}, ActionReason.SCA_RETRY, True),
        (ThreeDSMode.ALWAYS, {}, ActionReason.CHALLENGE, False),
        (ThreeDSMode.NEVER, {}, ActionReason.CHALLENGE, False),
        (ThreeDSMode.UPGRADE, {"source": None}, ActionReason.PAYMENT_PAGE, False),
        (ThreeDSMode.ALWAYS, {"source": None}, ActionReason.PAYMENT_PAGE, False),
    ],
)
def test_in_process_with_a_redirect_is_the_customers_to_do(
    mode: ThreeDSMode, changes: dict[str, Any], reason: ActionReason, upgraded: bool
) -> None:
    outcome = pay(pay_answer("PAYMENT_IN_PROCESS", "U", normalUrl=URL), mode, **changes)
    assert outcome.state is State.ACTION_REQUIRED
    assert outcome.action == RedirectAction(URL, reason)
    assert outcome.upgraded is upgraded
    assert outcome.provider_status == "PAYMENT_IN_PROCESS"
    assert not outcome.is_final


@pytest.mark.parametrize(
    ("fields", "action"),
    [
        (
            {"redirectActionForm": {"method": "POST", "redirectUrl": URL, "parameters": '{"creq":"c","n":1}'}},
            FormPostAction(URL, {"creq": "c", "n": "1"}, ActionReason.SCA_RETRY),
        ),
        (
            {"redirectActionForm": {"method": "POST", "redirectUrl": URL, "parameters": "not json"}},
            FormPostAction(URL, {}, ActionReason.SCA_RETRY),
        ),
        (
            {"redirectActionForm": {"method": "POST", "redirectUrl": URL, "parameters": "[1, 2]"}},
            FormPostAction(URL, {}, ActionReason.SCA_RETRY),
        ),
        ({"redirectActionForm": {"method": "GET", "redirectUrl": URL}}, RedirectAction(URL, ActionReason.SCA_RETRY)),
        ({"applinkUrl": URL}, RedirectAction(URL, ActionReason.SCA_RETRY)),
        ({"schemeUrl": URL}, RedirectAction(URL, ActionReason.SCA_RETRY)),
        ({"normalUrl": URL, "schemeUrl": "app://x"}, RedirectAction(URL, ActionReason.SCA_RETRY)),
    ],
)
def test_form_post_and_redirect_actions(fields: dict[str, Any], action: Any) -> None:
    assert pay(pay_answer("PAYMENT_IN_PROCESS", "U", **fields)).action == action


@pytest.mark.parametrize(
    ("code", "status"),
    [("PAYMENT_IN_PROCESS", "U"), ("UNKNOWN_EXCEPTION", "U"), ("REQUEST_TRAFFIC_EXCEED_LIMIT", "U"), ("NEW", "Q")],
)
def test_in_process_without_a_redirect_and_unknown_answers_are_processing(code: str, status: str) -> None:
    outcome = pay(pay_answer(code, status))
    assert (outcome.state, outcome.provider_status, outcome.action) == (State.PROCESSING, code, None)
    assert outcome.handle.payment_id == PAYMENT_ID
    assert outcome.handle.idempotency_key == KEY


def test_a_redirect_is_kept_in_the_handle_and_given_back_by_the_poll() -> None:
    form = {"method": "POST", "redirectUrl": URL, "parameters": '{"creq":"c"}'}
    started = pay(pay_answer("PAYMENT_IN_PROCESS", "U", redirectActionForm=form))
    polled = run(adapter().status(started.handle), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
    assert polled.action == started.action
    assert polled.upgraded is True
    returned = run(adapter().resume(started.handle, {}), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
    assert (returned.state, returned.action) == (State.PROCESSING, None)  # back: the bank is answering


# -- pay: binding and gateway errors ----------------------------------------------------------------------


def test_pay_answers_about_another_payment_are_refused() -> None:
    for answer in (
        pay_answer("SUCCESS", "S", paymentRequestId="scr_other"),
        pay_answer("DO_NOT_HONOR", "F", paymentRequestId="scr_other"),
        pay_answer("PAYMENT_IN_PROCESS", "U", normalUrl=URL, paymentRequestId="scr_other"),
    ):
        with pytest.raises(UnexpectedResponse, match="scr_other"):
            pay(answer)
    anonymous = PayResponse.from_dict({"result": result("PAYMENT_IN_PROCESS", "U"), "normalUrl": URL})
    with pytest.raises(UnexpectedResponse, match="paymentRequestId"):
        pay(anonymous)
    declined = PayResponse.from_dict({"result": result("DO_NOT_HONOR", "F")})  # a gateway F names nothing
    assert pay(declined).state is State.DECLINED


@pytest.mark.parametrize(
    ("status", "content", "code"),
    [
        (500, b'{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultStatus":"U"}}', "UNKNOWN_EXCEPTION"),
        (
            429,
            b'{"result":{"resultCode":"REQUEST_TRAFFIC_EXCEED_LIMIT","resultStatus":"U"}}',
            "REQUEST_TRAFFIC_EXCEED_LIMIT",
        ),
        (502, b"<html>bad gateway</html>", None),
        (413, b"[" * 5000, None),
    ],
)
def test_gateway_answers_are_provider_errors_with_the_raw_body(status: int, content: bytes, code: str | None) -> None:
    request = request_for("frictionless", "answers")
    with pytest.raises(ProviderError) as caught:
        run(adapter().pay(request, KEY), None, status=status, content=content)
    assert (caught.value.status_code, caught.value.code, caught.value.body) == (status, code, content)


# -- inquiryPayment -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "state", "final"),
    [
        ("SUCCESS", "SUCCESS", State.AUTHORIZED, True),
        ("FAIL", "DO_NOT_HONOR", State.DECLINED, True),
        ("FAIL", "ORDER_IS_CLOSED", State.EXPIRED, True),
        ("CANCELLED", "ORDER_IS_CANCELED", State.CANCELED, True),
        ("PENDING", "PAYMENT_IN_PROCESS", State.PROCESSING, False),
        ("PROCESSING", "PAYMENT_IN_PROCESS", State.PROCESSING, False),
        ("ON_HOLD", None, State.PROCESSING, False),
    ],
)
def test_every_payment_status(status: str, code: str | None, state: State, final: bool) -> None:
    outcome = run(adapter().status(handle()), inquiry_answer(status, code, paymentResultMessage="msg"))
    assert (outcome.state, outcome.is_final, outcome.provider_status) == (state, final, status)
    assert outcome.payment_id == PAYMENT_ID
    if state in (State.DECLINED, State.EXPIRED):
        assert outcome.decline is not None
        assert (outcome.decline.code, outcome.decline.message) == (code, "msg")
    else:
        assert outcome.decline is None
    assert (outcome.handle.step == "final") is final


def test_inquiry_without_a_result_code_uses_the_status() -> None:
    outcome = run(adapter().status(handle()), inquiry_answer("FAIL"))
    assert outcome.decline is not None
    assert outcome.decline.code == "FAIL"


def test_inquiry_reads_the_older_card_info_block() -> None:
    answer = inquiry_answer("SUCCESS", "SUCCESS", cardInfo={"threeDSResult": {"eci": "05", "threeDSVersion": "2.1.0"}})
    outcome = run(adapter().status(handle()), answer)
    assert outcome.three_ds == ThreeDSResult(version="2.1.0", eci="05", authenticated=True)
    assert outcome.upgraded is True  # UPGRADE mode, and 3DS ran


def test_inquiry_asks_by_payment_id_or_else_by_payment_request_id() -> None:
    assert next(adapter().status(handle())).prepared.request["json"] == {"paymentId": PAYMENT_ID}
    assert next(adapter().status(handle(payment_id=None))).prepared.request["json"] == {"paymentRequestId": KEY}


def test_an_unknown_inquiry_keeps_the_payment_where_it_was() -> None:
    answer = InquiryPaymentResponse.from_dict({"result": result("UNKNOWN_EXCEPTION", "U")})
    outcome = run(adapter().status(handle().evolve(upgraded=True)), answer)
    assert (outcome.state, outcome.provider_status, outcome.upgraded) == (State.PROCESSING, "UNKNOWN_EXCEPTION", True)


def test_order_not_exist() -> None:
    missing = InquiryPaymentResponse.from_dict({"result": result("ORDER_NOT_EXIST", "F", "none")})
    with pytest.raises(ProviderError) as caught:
        run(adapter().status(handle()), missing)
    assert caught.value.code == "ORDER_NOT_EXIST"
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    unpaid = run(adapter().status(handle("session", None, session_expires_at=later)), missing)
    assert (unpaid.state, unpaid.provider_status) == (State.PROCESSING, "ORDER_NOT_EXIST")
    earlier = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)).isoformat()
    expired = run(adapter().status(handle("session", None, session_expires_at=earlier)), missing)
    assert (expired.state, expired.is_final) == (State.EXPIRED, True)
    garbled = run(adapter().status(handle("session", None, session_expires_at="soon")), missing)
    assert garbled.state is State.PROCESSING
    never = run(adapter().recover(handle("pay", None)), missing)
    assert (never.state, never.provider_status, never.is_final) == (State.FAILED, "ORDER_NOT_EXIST", True)
    with pytest.raises(ProviderError):  # a payment Antom gave an id to cannot be "never received"
        run(adapter().recover(handle("pay")), missing)


def test_inquiry_answers_about_another_payment_are_refused() -> None:
    with pytest.raises(UnexpectedResponse, match="paymentRequestId"):
        run(adapter().status(handle()), inquiry_answer("SUCCESS", paymentRequestId="scr_other"))
    with pytest.raises(UnexpectedResponse, match="paymentId"):
        run(adapter().status(handle()), inquiry_answer("SUCCESS", paymentId="20260000000000000000000000000000000"))
    anonymous = InquiryPaymentResponse.from_dict({"result": result("SUCCESS", "S"), "paymentStatus": "SUCCESS"})
    with pytest.raises(UnexpectedResponse, match="paymentRequestId"):
        run(adapter().status(handle()), anonymous)


# -- the buyer's redirect after pay's answer was lost or unknown ---------------------------------------

FORM = {"method": "POST", "redirectUrl": URL, "parameters": '{"creq":"c"}', "actionFormType": "RedirectActionForm"}


@pytest.mark.parametrize(
    ("data", "reason", "upgraded"),
    [
        ({}, ActionReason.SCA_RETRY, True),
        ({"mode": "always"}, ActionReason.CHALLENGE, False),
        ({"initiator": "merchant"}, ActionReason.CHALLENGE, False),
        ({"card_page": True}, ActionReason.PAYMENT_PAGE, False),
    ],
)
@pytest.mark.parametrize("step", ["pay", "processing"])
def test_a_redirect_the_inquiry_carries_is_the_customers_to_do(
    step: str, data: dict[str, Any], reason: ActionReason, upgraded: bool
) -> None:
    unanswered = handle(step, None, **data)
    for flow in (adapter().status(unanswered), adapter().recover(unanswered)):
        outcome = run(flow, inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS", redirectActionForm=FORM))
        assert (outcome.state, outcome.provider_status) == (State.ACTION_REQUIRED, "PROCESSING")
        assert outcome.action == FormPostAction(URL, {"creq": "c"}, reason)
        assert (outcome.upgraded, outcome.payment_id) == (upgraded, PAYMENT_ID)
        assert outcome.handle.step == "customer_action"
        # kept in the handle: the next inquiry needs not carry it again
        again = run(adapter().status(outcome.handle), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
        assert (again.state, again.action, again.upgraded) == (State.ACTION_REQUIRED, outcome.action, upgraded)


def test_a_redirect_in_the_inquiry_is_not_read_once_the_buyer_came_back() -> None:
    answer = inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS", redirectActionForm=FORM)
    outcome = run(adapter().status(handle("returned")), answer)
    assert (outcome.state, outcome.action) == (State.PROCESSING, None)
    pending = inquiry_answer("PENDING", "PAYMENT_IN_PROCESS", redirectActionForm=FORM)
    assert run(adapter().status(handle("pay", None)), pending).state is State.PROCESSING  # the buyer is done


@pytest.mark.parametrize(("step", "payment_id"), [("pay", None), ("processing", PAYMENT_ID)])
def test_recover_says_when_only_paying_again_gives_the_redirect_back(step: str, payment_id: str | None) -> None:
    with pytest.raises(RepeatRequired, match=r"pay\(request, idempotency_key=handle\.idempotency_key\)"):
        run(adapter().recover(handle(step, payment_id)), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
    # a poll says PROCESSING: the pay answer that said nothing already told the caller to pay again
    polled = run(adapter().status(handle(step, payment_id)), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
    assert (polled.state, polled.action) == (State.PROCESSING, None)


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        (inquiry_answer("PENDING", "PAYMENT_IN_PROCESS"), State.PROCESSING),
        (inquiry_answer("SUCCESS", "SUCCESS"), State.AUTHORIZED),
        (inquiry_answer("FAIL", "ORDER_IS_CLOSED"), State.EXPIRED),
        (inquiry_answer("ON_HOLD"), State.PROCESSING),
    ],
)
def test_recover_of_a_lost_pay_answer_reads_every_other_state(answer: InquiryPaymentResponse, state: State) -> None:
    outcome = run(adapter().recover(handle("pay", None)), answer)
    assert (outcome.state, outcome.payment_id) == (state, PAYMENT_ID)


def test_recover_gives_back_the_redirect_the_handle_kept() -> None:
    started = pay(pay_answer("PAYMENT_IN_PROCESS", "U", normalUrl=URL))
    found = run(adapter().recover(started.handle), inquiry_answer("PROCESSING", "PAYMENT_IN_PROCESS"))
    assert (found.state, found.action) == (State.ACTION_REQUIRED, started.action)
    back = run(adapter().recover(started.handle.evolve(step="returned")), inquiry_answer("PROCESSING"))
    assert (back.state, back.action) == (State.PROCESSING, None)


@pytest.mark.parametrize("step", ["pay", "processing"])
def test_a_payment_not_there_yet_is_processing_to_a_poll_and_never_received_to_recover(step: str) -> None:
    missing = InquiryPaymentResponse.from_dict({"result": result("ORDER_NOT_EXIST", "F", "none")})
    polled = run(adapter().status(handle(step, None)), missing)
    assert (polled.state, polled.provider_status, polled.is_final) == (State.PROCESSING, "ORDER_NOT_EXIST", False)
    never = run(adapter().recover(handle(step, None)), missing)
    assert (never.state, never.provider_status, never.payment_id) == (State.FAILED, "ORDER_NOT_EXIST", None)
    with pytest.raises(ProviderError):  # a payment Antom gave an id to is not "not yet there"
        run(adapter().status(handle(step)), missing)


# -- the transport's replay decision ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "replayed"),
    [
        (200, {"result": result("UNKNOWN_EXCEPTION", "U")}, True),
        (200, {"result": result("REQUEST_TRAFFIC_EXCEED_LIMIT", "U")}, True),
        (200, {"result": result("PAYMENT_IN_PROCESS", "U")}, False),
        (200, {"result": result("SUCCESS", "S")}, False),
        (200, {"result": result("DO_NOT_HONOR", "F")}, False),
        (500, {"result": result("UNKNOWN_EXCEPTION", "U")}, False),  # the transport's own rules decide
        (200, {"result": "U"}, False),
        (200, [], False),
    ],
)
def test_which_answers_are_sent_again(status: int, body: Any, replayed: bool) -> None:
    assert adapter().still_processing(httpx.Response(status, content=json.dumps(body).encode())) is replayed


# -- what is sent ---------------------------------------------------------------------------------------


def _sent(**changes: Any) -> dict[str, Any]:
    request = request_for("frictionless", "answers").evolve(**changes)
    call = next(adapter(notify_url="https://shop.example/notify").pay(request, KEY))
    sent: dict[str, Any] = json.loads(httpx.Request(**call.prepared.request).read())
    return sent


def test_what_pay_sends() -> None:
    sent = _sent()
    assert sent["productCode"] == "CASHIER_PAYMENT"
    assert sent["paymentRequestId"] == KEY
    assert sent["paymentAmount"] == sent["order"]["orderAmount"] == {"currency": "USD", "value": "4999"}
    assert sent["order"]["referenceOrderId"] == "answers"
    assert sent["order"]["orderDescription"] == "scaretry sandbox scenario"
    assert "buyer" not in sent["order"]
    meta = sent["paymentMethod"]["paymentMethodMetaData"]
    assert (meta["cardNo"], meta["expiryMonth"], meta["expiryYear"], meta["cvv"]) == (
        "4054695723100768",
        "12",
        "30",
        "123",
    )
    assert meta["cardholderName"] == {"fullName": "Jane Doe"}
    assert sent["paymentRedirectUrl"] == "https://merchant.example/antom/return?order=answers"
    assert sent["paymentNotifyUrl"] == "https://shop.example/notify"  # the client's, the request has none
    assert sent["paymentFactor"] == {"isAuthorization": "true", "captureMode": "AUTOMATIC"}
    assert sent["env"] == {"terminalType": "WEB"}


def test_what_pay_sends_for_the_requests_options() -> None:
    browser = Browser(ip_address="203.0.113.5", user_agent="UA/1", time_zone_offset_minutes=-60)
    sent = _sent(
        capture=False,
        customer_email="jane@example.com",
        description=None,
        notify_url="https://shop.example/own",
        browser=browser,
        source=CardToken("ALIPAYtoken"),
    )
    assert sent["paymentFactor"]["captureMode"] == "MANUAL"
    assert sent["order"]["buyer"] == {"buyerEmail": "jane@example.com"}
    assert sent["order"]["orderDescription"] == "Order answers"
    assert sent["paymentNotifyUrl"] == "https://shop.example/own"
    assert sent["paymentMethod"]["paymentMethodId"] == "ALIPAYtoken"
    assert "cardNo" not in sent["paymentMethod"]["paymentMethodMetaData"]
    assert sent["env"]["clientIp"] == "203.0.113.5"
    assert sent["env"]["timeZoneOffset"] == "-60"
    assert sent["env"]["browserInfo"]["userAgent"] == "UA/1"
    merchant = _sent(initiator=Initiator.MERCHANT, previous_payment_id="586237194512034")
    assert merchant["paymentMethod"]["paymentMethodMetaData"]["networkTransactionId"] == "586237194512034"
    assert merchant["paymentMethod"]["paymentMethodMetaData"]["enableAuthenticationUpgrade"] == "false"
