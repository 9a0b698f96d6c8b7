"""scaretry.testing.WebhookReceiver: a loopback endpoint that records what it is POSTed."""

from __future__ import annotations

import httpx
import pytest

from scaretry.testing import Received, WebhookReceiver


def test_records_posts_and_waits_for_them() -> None:
    with WebhookReceiver() as receiver:
        url = receiver.url
        assert url.startswith("http://127.0.0.1:")
        assert receiver.received == []
        answer = httpx.post(f"{url}/hooks/antom?shop=1", content=b'{"a": 1}', headers={"X-Signature": "abc"})
        assert answer.status_code == 200
        assert answer.json() == {"result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "success"}}
        httpx.post(url, content=b"\x00raw")

        first, second = receiver.wait(2)
        assert first.headers["x-signature"] == "abc"  # names lower-cased
        assert "X-Signature" not in first.headers
        assert (first.body, first.path) == (b'{"a": 1}', "/hooks/antom?shop=1")
        assert (second.body, second.path) == (b"\x00raw", "/")  # bytes as sent
        assert receiver.received == [first, second]
        assert receiver.wait(1, where=lambda hook: hook.body.startswith(b"\x00")) == [second]
        assert isinstance(first, Received)
        with pytest.raises(TimeoutError, match="2 of 3"):
            receiver.wait(3, timeout=0.1)
    with pytest.raises(httpx.ConnectError):  # stopped with the block
        httpx.post(url, content=b"late")
    with pytest.raises(RuntimeError):
        receiver.url  # noqa: B018


def test_what_the_customer_returned_with_is_what_resume_takes() -> None:
    """``client.resume(handle, customer.act(...))`` as written: the returned value is the mapping of
    the fields the return URL received."""
    from scaretry.testing import Returned

    returned = Returned("https://shop.example/r?cko-session-id=sid_x", {"cko-session-id": "sid_x"})
    assert dict(returned) == {"cko-session-id": "sid_x"} == dict(returned.params)
    assert returned["cko-session-id"] == "sid_x"
    assert len(returned) == 1
