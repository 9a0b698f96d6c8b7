"""Checkout.com transport retries and faults against the sandbox: one payment, whatever happens."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from scaretry_checkout.models import PaymentList
from scaretry_checkout.types import Response

from scaretry._errors import (
    ProviderError,
    RepeatRequired,
    TransportError,
)
from scaretry._outcome import State
from scaretry._request import PaymentRequest, ThreeDSMode
from scaretry.providers.checkout import Checkout
from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from scaretry.testing.scenarios.checkout import async_client_for, request_for
from tests.facade.checkout._helpers import (
    Faulting,
    adapter,
    async_sandbox_client,
    count,
    details,
    finish,
    payment_posts,
    response,
    sandbox_client,
)

# -- transport retries ------------------------------------------------------------------------------------


def test_post_retried_after_a_dropped_connection_creates_one_payment(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    outcome = client.pay(request_for("approve"))
    assert outcome.state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


@pytest.mark.anyio
async def test_async_post_retried_after_a_dropped_connection(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("drop-after-commit;times=1")
    async with async_client_for(scaretry_sandbox.url_for("checkout")) as client:
        assert (await client.pay(request_for("approve"))).state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_post_retried_on_503(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("status=503;times=1")
    assert client.pay(request_for("approve")).state is State.AUTHORIZED
    assert count(sandbox_admin) == before + 1


def test_post_without_idempotency_is_not_retried(
    client: Checkout, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin, "sessions")
    sandbox_faults("drop-after-commit;times=1")
    with pytest.raises(TransportError):
        client.authenticate(request_for("challenge"))
    assert count(sandbox_admin, "sessions") == before + 1  # one attempt only
    sandbox_faults("status=503;times=1")
    with pytest.raises(ProviderError) as caught:
        client.authenticate(request_for("challenge"))
    assert caught.value.status_code == 503


# -- a slow provider: 429 duplicate_request until the first attempt's answer is ready ------------------------


class Statuses(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The real transport, noting the status of every attempt the client's retries make."""

    def __init__(self) -> None:
        self.seen: list[int] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        self.seen.append(response.status_code)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async.handle_async_request(request)
        self.seen.append(response.status_code)
        return response


def test_a_slow_provider_is_waited_for_with_the_same_key(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    """The first attempt outlives the read timeout; the retries meet 429 duplicate_request (the first
    is still processing) and are replayed until its answer is ready: one payment, its answer."""
    before = count(sandbox_admin)
    sandbox_faults("latency=1.2;times=1")
    statuses = Statuses()
    with sandbox_client(
        scaretry_sandbox.url_for("checkout"), statuses, timeout=httpx.Timeout(0.4, connect=5)
    ) as client:
        outcome = client.pay(request_for("approve"))
    assert outcome.state is State.AUTHORIZED
    assert statuses.seen.count(429) >= 3  # replayed past the policy's 3 attempts: the first was still processing
    assert statuses.seen[-1] == 201
    assert count(sandbox_admin) == before + 1
    listed = sandbox_admin.get("/_sandbox/state").json()["checkout"]
    assert listed["in_flight"] == 0


@pytest.mark.anyio
async def test_async_slow_provider(
    scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client, sandbox_faults: Callable[[str], None]
) -> None:
    before = count(sandbox_admin)
    sandbox_faults("latency=1.2;times=1")
    statuses = Statuses()
    url = scaretry_sandbox.url_for("checkout")
    async with async_sandbox_client(url, statuses, timeout=httpx.Timeout(0.4, connect=5)) as client:
        outcome = await client.pay(request_for("approve"))
    assert outcome.state is State.AUTHORIZED
    assert 429 in statuses.seen
    assert count(sandbox_admin) == before + 1


# -- faults at every step: each error's handle recovers the real outcome; paying again with its key --------
# -- never makes a second payment (the sandbox's own state is the judge) -----------------------------------

FAULTS = ["drop-after-commit", "status=503", "status=429", "status=429;retry-after=0.05"]


async def _done(value: Any) -> Any:
    """A sync client's result, or an async client's awaited: one test body for both."""
    return await value if inspect.isawaitable(value) else value


def _upgrade_retry(request: httpx.Request) -> bool:
    """The adapter's own 3DS retry after a 20154 that Checkout.com did not upgrade."""
    return payment_posts(request) and json.loads(request.content)["3ds"].get("enabled") is True


def _before_upgrade_retry(request: httpx.Request) -> bool:
    """The first POST of a payment the adapter would retry with 3DS itself (opted-out account)."""
    return payment_posts(request) and json.loads(request.content)["3ds"].get("enabled") is False


@attrs.frozen
class Step:
    name: str
    when: Callable[[httpx.Request], bool]
    request: PaymentRequest
    #: the sandbox client's processing channel (the opted-out account's for the upgrade retry)
    channel: str = CHECKOUT["processing_channel_id"]
    session: bool = False
    #: the call that fails is a poll after the flow started cleanly
    poll: bool = False


STEPS = [
    Step("payment POST", payment_posts, request_for("approve", reference="ORD-STEP-PAY")),
    Step(
        "POST before the upgrade retry",
        _before_upgrade_retry,
        request_for("sca_required", reference="ORD-STEP-PRE"),
        channel=CHECKOUT["opted_out_processing_channel_id"],
    ),
    Step(
        "upgrade retry POST",
        _upgrade_retry,
        request_for("sca_required", reference="ORD-STEP-UPG"),
        channel=CHECKOUT["opted_out_processing_channel_id"],
    ),
    Step(
        "payment GET",
        lambda r: r.method == "GET" and r.url.path.startswith("/payments/"),
        request_for("challenge", ThreeDSMode.ALWAYS, reference="ORD-STEP-GET"),
        poll=True,
    ),
    Step(
        "session POST",
        lambda r: r.method == "POST" and r.url.path == "/sessions",
        request_for("challenge"),
        session=True,
    ),
    Step(
        "session GET",
        lambda r: r.method == "GET" and r.url.path.startswith("/sessions/"),
        request_for("challenge"),
        session=True,
        poll=True,
    ),
]


@pytest.mark.anyio
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("step", STEPS, ids=[s.name for s in STEPS])
async def test_every_step_fails_with_a_handle_that_recovers_it(
    step: Step, fault: str, flavour: str, scaretry_sandbox: SandboxServer, sandbox_admin: httpx.Client
) -> None:
    url = scaretry_sandbox.url_for("checkout")
    make = sandbox_client if flavour == "sync" else async_sandbox_client
    faulting = Faulting(fault, step.when)
    payments, sessions = count(sandbox_admin), count(sandbox_admin, "sessions")
    faulted, clean = (
        make(url, faulting, processing_channel_id=step.channel),
        make(url, processing_channel_id=step.channel),
    )

    def begin(client: Any) -> Any:
        return (client.authenticate if step.session else client.pay)(step.request)

    first = await _done(begin(clean)) if step.poll else None
    with pytest.raises((TransportError, ProviderError)) as caught:
        await _done(faulted.poll_once(first.handle) if first is not None else begin(faulted))
    assert faulting.faulted >= 1
    handle = caught.value.handle
    assert handle is not None, "an error after a request may have reached Checkout.com carries the handle"

    created = count(sandbox_admin, "sessions") - sessions if step.session else count(sandbox_admin) - payments
    recovered = None
    if step.name == "POST before the upgrade retry" and fault == "drop-after-commit":
        # Found declined 20154 before the client's own 3DS retry was sent: that retry needs the
        # card, so recover() says to repeat the payment with its key instead of reading DECLINED.
        with pytest.raises(RepeatRequired) as repeat:
            await _done(clean.recover(handle))
        assert str(repeat.value) == (
            "checkout: the payment was soft-declined for missing authentication and the client's own retry "
            "with 3DS was not sent (the answer was lost); pay again with the same key: "
            "client.pay(request, idempotency_key=handle.idempotency_key) replays the decline and retries "
            "once with 3DS, never a second payment"
        )
        assert repeat.value.handle.idempotency_key == handle.idempotency_key
    elif step.poll:  # the payment or session was there before the read failed: its real state
        recovered = await _done(clean.recover(handle))
        assert recovered.state is State.ACTION_REQUIRED
        assert first is not None
        assert recovered.payment_id == first.payment_id
    elif step.session:  # a session cannot be looked up; an unused one moves no money
        recovered = await _done(clean.recover(handle))
        assert recovered.state is State.FAILED
        assert recovered.provider_status == "not_found"
    elif fault == "drop-after-commit":  # made, its answer lost: found by reference
        recovered = await _done(clean.recover(handle))
        assert recovered.payment_id is not None
        assert recovered.state is (State.ACTION_REQUIRED if step.name == "upgrade retry POST" else State.AUTHORIZED)
    else:  # refused before anything was made: nothing to find
        recovered = await _done(clean.recover(handle))
        assert (recovered.state, recovered.provider_status) == (State.FAILED, "not_found")

    if not step.session:
        again = await _done(clean.pay(step.request, idempotency_key=handle.idempotency_key))
        assert recovered is None or recovered.payment_id in (None, again.payment_id)
        upgrade = step.channel == CHECKOUT["opted_out_processing_channel_id"]
        expected = 2 if upgrade else 1  # the declined 20154 one, then the upgraded
        assert count(sandbox_admin) - payments == expected
        assert again.upgraded is upgrade
        assert not upgrade or again.state is State.ACTION_REQUIRED, "upgraded: the customer is sent to 3DS"
    else:
        assert created == (1 if step.poll or fault == "drop-after-commit" else 0)
    for client in (faulted, clean):
        await _done(client.close() if isinstance(client, Checkout) else client.aclose())


# -- recover() of a soft decline: RepeatRequired only where pay() itself would retry with 3DS ------------


def _declined_20154_listed(key: str) -> Response[Any]:
    metadata = {"scaretry_idempotency_key": key}
    # "Get payment details" has no top-level response code: the authorization action carries it.
    action = {
        "id": "act_1",
        "type": "Authorization",
        "response_code": "20154",
        "response_summary": "Authentication required",
    }
    found = details("Declined", actions=[action], metadata=metadata)
    return response(200, {"data": [found], "limit": 100, "skip": 0, "total_count": 1}, PaymentList)


def test_a_lost_session_payment_declined_20154_is_recovered_as_declined() -> None:
    # pay_with_session() never retries with 3DS itself (the payment ran its 3DS in the session):
    # its decline is the payment's last word, even in UPGRADE mode.
    first = next(adapter().pay_with_session(request_for("sca_required"), "sid_" + "b" * 26, "k-session"))
    _, recovered = finish(adapter().recover(first.handle), _declined_20154_listed("k-session"))
    assert recovered.state is State.DECLINED
    assert recovered.decline is not None
    assert recovered.decline.code == "20154"


def test_a_lost_payment_declined_20154_before_the_clients_retry_must_be_repeated() -> None:
    first = next(adapter().pay(request_for("sca_required"), "k-pay"))
    with pytest.raises(RepeatRequired):
        finish(adapter().recover(first.handle), _declined_20154_listed("k-pay"))
