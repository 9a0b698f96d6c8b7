"""Environment proxies are honoured, as httpx reads them (``HTTP_PROXY``, ``HTTPS_PROXY``,
``ALL_PROXY``, minus ``NO_PROXY``): enterprise users reach providers through egress proxies.

httpx applies the environment's proxies to loopback addresses too (only ``NO_PROXY`` exempts a
host), so the sandbox on 127.0.0.1 can stand for the provider. Over ``http://`` the proxy sees
each request in absolute form; over ``https://`` it sees a CONNECT to the TLS front, and the client
verifies the front's certificate against ``SSL_CERT_FILE``. The client runs in the wheel's venv,
with only the environment telling it about the proxy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scaretry.sandbox import SandboxServer
from scaretry.sandbox._credentials import CHECKOUT
from tests.packaging._proxy import RecordingProxy, TLSFront, self_signed_certificate
from tests.packaging.conftest import Venv, clean_env

PAY = """
import sys
from scaretry import Card, Checkout, Money, PaymentRequest, ThreeDSMode

secret_key, channel, base_url = sys.argv[1:]
with Checkout(secret_key, channel, base_url=base_url) as client:
    outcome = client.pay(PaymentRequest(
        amount=Money(6510, "EUR"), source=Card("4242424242424242", 12, 2030, cvv="100"),
        reference="ORD-PROXY-1", return_url="https://shop.example/return", three_ds=ThreeDSMode.NEVER))
print(outcome.state.value)
"""


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    with RecordingProxy() as running:
        yield running


def _pay(venv: Venv, base_url: str, env: dict[str, str], tmp_path: Path) -> str:
    (tmp_path / "pay.py").write_text(PAY)
    done = venv.run(
        "python", "pay.py", CHECKOUT["secret_key"], CHECKOUT["processing_channel_id"], base_url, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_http_proxy_carries_the_requests(
    bare_venv: Venv, scaretry_sandbox: SandboxServer, proxy: RecordingProxy, tmp_path: Path
) -> None:
    base_url = scaretry_sandbox.url_for("checkout")
    state = _pay(bare_venv, base_url, clean_env(HTTP_PROXY=f"http://127.0.0.1:{proxy.port}"), tmp_path)
    assert state == "authorized"
    assert ("POST", f"{base_url}/payments") in proxy.seen, proxy.seen


def test_https_proxy_tunnels_the_requests(
    bare_venv: Venv, scaretry_sandbox: SandboxServer, proxy: RecordingProxy, tmp_path: Path
) -> None:
    certificate, key = self_signed_certificate(tmp_path)
    with TLSFront(scaretry_sandbox.port, certificate, key) as front:
        base_url = scaretry_sandbox.url_for("checkout").replace(scaretry_sandbox.url, f"https://127.0.0.1:{front.port}")
        env = clean_env(HTTPS_PROXY=f"http://127.0.0.1:{proxy.port}", SSL_CERT_FILE=str(certificate))
        state = _pay(bare_venv, base_url, env, tmp_path)
    assert state == "authorized"
    assert ("CONNECT", f"127.0.0.1:{front.port}") in proxy.seen, proxy.seen
