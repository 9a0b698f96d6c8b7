"""The typed layer reaches the type checker: a misspelt endpoint argument fails ``mypy --strict``,
and a client's ``api`` and ``outcome.raw`` are the provider's generated types."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy

ROOT = Path(__file__).resolve().parents[2]


def check(tmp_path: Path, source: str) -> str:
    script = tmp_path / "snippet.py"
    script.write_text(textwrap.dedent(source))
    out, err, _ = mypy.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--config-file=/dev/null",
            "--python-version=3.11",
            str(script),
        ]
    )
    return out + err


@pytest.fixture(autouse=True)
def _paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYPYPATH", f"{ROOT / 'sdk'}:{ROOT / 'generated'}")


def test_a_misspelt_endpoint_argument_fails_mypy(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
        from scaretry_checkout.api.payments import get_payment_details, request_payment
        from scaretry_checkout.models import PaymentRequest

        def calls(body: PaymentRequest) -> None:
            request_payment.prepare(body=body, cko_idempotency_key="k")
            request_payment.prepare(body=body, cko_idempotency_kee="k")
            get_payment_details.prepare(id=7)
        """,
    )
    assert 'Unexpected keyword argument "cko_idempotency_kee"' in report
    assert 'incompatible type "int"; expected "str"' in report
    assert report.count("error:") == 2, report


def test_api_and_raw_are_the_generated_types(tmp_path: Path) -> None:
    report = check(
        tmp_path,
        """
        from scaretry import Checkout, Outcome, PaymentRequest

        def paid(client: Checkout, request: PaymentRequest) -> None:
            outcome = client.pay(request)
            reveal_type(client.api)
            reveal_type(outcome.raw)
            bare: Outcome = outcome  # a bare annotation stays valid under --strict
        """,
    )
    assert "scaretry_checkout.client.AuthenticatedClient" in report
    assert "scaretry_checkout.models.payment_response.PaymentResponse" in report
    assert "scaretry_checkout.models.webhook_event.WebhookEvent" in report
    assert report.count("error:") == 0, report
