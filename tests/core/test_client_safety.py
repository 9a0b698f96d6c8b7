"""What every client guarantees, whatever the provider: signed handles, errors that carry the handle
and never the request, https only, the environment's proxies, a client.api that keeps the auth,
signatures out of httpcore's logs, and a package that loads a provider only when it is used."""

from __future__ import annotations

import json
import logging
import pickle
import subprocess
import sys
from typing import Any

import httpx
import pytest

import scaretry
from scaretry import (
    Card,
    Checkout,
    ConfigurationError,
    Handle,
    Money,
    PaymentRequest,
    ProviderError,
    RetryPolicy,
    ScaRetryError,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)
from scaretry._config import environment_proxy
from scaretry.sandbox._credentials import CHECKOUT

CARD = "4242424242424242"
REQUEST = PaymentRequest(Money(6510, "EUR"), Card(CARD, 12, 2030, cvv="100"), "ORD-1", "https://shop.example/r")


def checkout(handler: Any = None, **options: Any) -> Checkout:
    transport = httpx.MockTransport(handler or (lambda request: httpx.Response(500)))
    return Checkout(
        CHECKOUT["secret_key"],
        CHECKOUT["processing_channel_id"],
        base_url="https://api.example",
        transport=transport,
        **options,
    )


# -- handles ------------------------------------------------------------------------------------------


def _handle() -> Handle:
    return Handle("checkout", "pay_" + "a" * 26, "ORD-1", "key-1", "payment", data={"n": 1})


def test_a_handle_round_trips_through_json_with_its_signature() -> None:
    with checkout() as client:
        signed = _handle().signed(client._key)
        again = Handle.from_dict(json.loads(json.dumps(signed.to_dict())))
        assert again == signed
        assert again.mac == signed.mac
        client._verified(again)


@pytest.mark.parametrize(
    "change",
    [
        {"payment_id": "pay_" + "b" * 26},  # someone else's payment
        {"step": "session"},
        {"data": {"n": 2}},
        {"upgraded": True},
        {"mac": "0" * 64},
        {"mac": None},
    ],
)
def test_an_altered_or_unsigned_handle_is_refused(change: dict[str, Any]) -> None:
    with checkout() as client:
        stored = _handle().signed(client._key).to_dict() | change
        if stored.get("mac") is None:
            stored.pop("mac")
        with pytest.raises(ValidationError, match="handle"):
            client.poll_once(Handle.from_dict(stored))


def test_a_handle_from_other_credentials_is_refused() -> None:
    other = CHECKOUT["secret_key"] + "x"
    with (
        checkout() as client,
        Checkout(other, CHECKOUT["processing_channel_id"]) as stranger,
        pytest.raises(ValidationError, match="not issued by this client"),
    ):
        client.poll_once(_handle().signed(stranger._key))
    # a configured handle_key is shared by design: any process holding it accepts the handles
    with checkout(handle_key="k1") as one, checkout(handle_key="k1") as two:
        two._verified(_handle().signed(one._key))


@pytest.mark.parametrize(
    "stored",
    [
        None,
        [],
        "handle",
        {"v": 2},
        {"v": 1},
        {"v": 1, "provider": "checkout"},
        {"v": 1, "provider": 7, "payment_id": None, "reference": "r", "idempotency_key": "k", "step": "s", "data": {}},
        {"v": 1, "provider": "c", "payment_id": 5, "reference": "r", "idempotency_key": "k", "step": "s", "data": {}},
        {
            "v": 1,
            "provider": "c",
            "payment_id": None,
            "reference": "r",
            "idempotency_key": "k",
            "step": "s",
            "data": [],
        },
        {
            "v": 1,
            "provider": "c",
            "payment_id": None,
            "reference": "r",
            "idempotency_key": "k",
            "step": "s",
            "data": {"a": {"nested": 1}},
        },
        {
            "v": 1,
            "provider": "c",
            "payment_id": None,
            "reference": "r",
            "idempotency_key": "k",
            "step": "s",
            "data": {},
            "upgraded": "yes",
        },
        {
            "v": 1,
            "provider": "c",
            "payment_id": None,
            "reference": "r",
            "idempotency_key": "k",
            "step": "s",
            "data": {},
            "mac": 12,
        },
    ],
)
def test_a_malformed_handle_is_a_validation_error(stored: Any) -> None:
    with pytest.raises(ValidationError):
        Handle.from_dict(stored)


# -- errors -------------------------------------------------------------------------------------------


def test_a_lost_answer_raises_with_the_handle_and_never_the_request() -> None:
    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("server disconnected", request=request)

    with checkout(dropped, retry=RetryPolicy(attempts=1)) as client:
        with pytest.raises(TransportError) as caught:
            client.pay(REQUEST, idempotency_key="order-1-attempt-1")
        error = caught.value
        assert error.__cause__ is None  # httpx's exceptions hold the request: the card, the key
        assert error.__context__ is None
        assert error.handle is not None
        assert error.handle.idempotency_key == "order-1-attempt-1"
        client._verified(error.handle)  # signed: it can be stored and recovered from
        text = repr(error.__dict__) + str(error)
        assert CARD not in text
        assert CHECKOUT["secret_key"] not in text


def test_an_unparseable_answer_carries_the_raw_body_and_the_handle() -> None:
    with checkout(lambda request: httpx.Response(201, content=b'{"id": "pay_')) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            client.pay(REQUEST)
        assert caught.value.body == b'{"id": "pay_'
        assert caught.value.status_code == 201
        assert caught.value.handle is not None


def test_every_error_with_an_http_answer_is_a_provider_error() -> None:
    assert issubclass(scaretry.AuthenticationError, ProviderError)
    assert issubclass(scaretry.SignatureError, ProviderError)
    assert issubclass(scaretry.UnexpectedResponse, ProviderError)
    assert issubclass(scaretry.PoolTimeout, TransportError)


def _errors() -> list[ScaRetryError]:
    handle = _handle()
    return [
        ScaRetryError("x"),
        ConfigurationError("x"),
        scaretry.UnsupportedError("x"),
        ValidationError("card.number", "bad"),
        ProviderError("m", provider="p", status_code=500, code="c", request_id="r", body=b"b", headers={"a": "b"}),
        scaretry.AuthenticationError("m", provider="p", status_code=401, handle=handle),
        scaretry.SignatureError("m", provider="p"),
        UnexpectedResponse("m", provider="p", body=b"{"),
        TransportError("m", provider="p", handle=handle),
        scaretry.RequestTimeout("m", provider="p"),
        scaretry.PoolTimeout("m", provider="p"),
    ]


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle_with_its_fields(error: ScaRetryError) -> None:
    again = pickle.loads(pickle.dumps(error))  # noqa: S301  # our own bytes
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.__dict__ == error.__dict__


def test_an_error_never_keeps_a_signature_header() -> None:
    error = ProviderError("m", provider="antom", headers={"Signature": "algorithm=RSA256,sig", "Client-Id": "x"})
    assert error.headers == {"Client-Id": "x"}


# -- configuration ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://api.sandbox.checkout.com", "http://10.0.0.5:8080", "ftp://x", "api.example"])
def test_a_base_url_must_be_https_except_on_loopback(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:2", "https://x.example"])
def test_loopback_and_https_are_accepted(url: str) -> None:
    Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], base_url=url).close()


def test_from_env_refuses_plain_http_and_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCARETRY_CHECKOUT_SECRET_KEY", CHECKOUT["secret_key"])
    with pytest.raises(ConfigurationError, match="SCARETRY_CHECKOUT_PROCESSING_CHANNEL_ID"):
        Checkout.from_env()
    monkeypatch.setenv("SCARETRY_CHECKOUT_PROCESSING_CHANNEL_ID", CHECKOUT["processing_channel_id"])
    monkeypatch.setenv("SCARETRY_CHECKOUT_BASE_URL", "http://checkout.internal")
    with pytest.raises(ConfigurationError, match="https"):
        Checkout.from_env()
    monkeypatch.setenv("SCARETRY_CHECKOUT_BASE_URL", "https://checkout.internal")
    with Checkout.from_env() as client:
        assert client.base_url == "https://checkout.internal"


def test_environment_proxies_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    assert environment_proxy("https://api.checkout.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    assert environment_proxy("https://api.checkout.com") == "http://proxy.corp:3128"
    monkeypatch.setenv("NO_PROXY", "api.checkout.com")
    assert environment_proxy("https://api.checkout.com") is None
    with Checkout(CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], trust_env=False) as client:
        assert client.resolved_proxy() is None


def test_client_api_keeps_the_auth_and_cannot_be_rewired() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(404, json={})

    with checkout(record) as client:
        from scaretry_checkout.api.payments import get_payment_details

        get_payment_details.sync_detailed("pay_" + "a" * 26, client=client.api)
        assert seen == [f"Bearer {CHECKOUT['secret_key']}"]
        with pytest.raises(ConfigurationError, match=r"client\.api"):
            client.api.set_httpx_client(httpx.Client())


def test_signatures_never_reach_httpcores_debug_log(caplog: pytest.LogCaptureFixture) -> None:
    import scaretry._client  # noqa: F401  # installs the filter

    logger = logging.getLogger("httpcore.http11")
    with caplog.at_level(logging.DEBUG, logger="httpcore"):
        logger.debug(
            "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
            "[(b'Signature', b'algorithm=RSA256,keyVersion=1,signature=c2VjcmV0'), (b'Client-Id', b'X')])"
        )
    assert "c2VjcmV0" not in caplog.text
    assert "Client-Id" in caplog.text


def test_a_provider_loads_only_when_it_is_used() -> None:
    """``import scaretry`` loads no HTTP stack and no provider; ``from scaretry import Checkout``
    loads no generated package; making a Checkout client loads Checkout.com's, and no other."""
    probe = (
        "import sys, json, scaretry\n"
        "loaded = lambda prefix: sorted({m.split('.')[0] for m in sys.modules if m.startswith(prefix)})\n"
        "first = loaded(('httpx', 'scaretry_'))\n"
        "from scaretry import Checkout\n"
        "second = loaded('scaretry_')\n"
        "from scaretry.sandbox._credentials import CHECKOUT\n"
        "Checkout(CHECKOUT['secret_key'], CHECKOUT['processing_channel_id']).close()\n"
        "print(json.dumps([first, second, loaded('scaretry_')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [[], [], ["scaretry_checkout"]]
    assert isinstance(scaretry.__version__, str)
