"""An answer whose body does not parse is an ``UnexpectedResponse`` that still names the request:
the provider's request id is read from the headers, which arrived whole, so support can find it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scaretry import UnexpectedResponse
from scaretry.testing.scenarios import checkout, pxp
from tests.facade.checkout._helpers import sandbox_client

BODY = b'["a list", "not a payment"]'


def _answering(header: str) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY, headers={"Content-Type": "application/json", header: "req-7f3a"})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("client_for", "request_for", "header"),
    [
        (sandbox_client, checkout.request_for, "Cko-Request-Id"),
        (pxp.client_for, pxp.request_for, "X-Request-Id"),
    ],
    ids=["checkout", "pxp"],
)
def test_an_unparseable_answer_carries_the_request_id_and_the_raw_body(
    client_for: Any, request_for: Any, header: str
) -> None:
    client = client_for("http://127.0.0.1:9", transport=_answering(header))  # nothing listens there
    with client, pytest.raises(UnexpectedResponse) as raised:
        client.pay(request_for("approve"))
    error = raised.value
    assert error.request_id == "req-7f3a"
    assert (error.status_code, error.body) == (200, BODY)
    assert error.handle is not None, "the payment may exist: the error carries what recovers it"
