"""A user's code type-checks with ``mypy --strict`` against the installed wheel: the facade and the
generated clients ship ``py.typed``, so nothing is ``Any`` or ``import-untyped``."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.packaging.conftest import Venv

USER_CODE = textwrap.dedent(
    """
    import json

    from scaretry import (
        Card,
        Checkout,
        Handle,
        Money,
        Outcome,
        PaymentRequest,
        ProviderError,
        ScaRetryError,
        State,
        TransportError,
        ValidationError,
        WaitTimeout,
    )
    from scaretry_checkout.models import PaymentDetails


    def pay(client: Checkout, order_id: str) -> str:
        request = PaymentRequest(
            amount=Money(6510, "EUR"),
            source=Card("4242424242424242", 12, 2030, cvv="100"),
            reference=order_id,
            return_url="https://shop.example/return",
        )
        try:
            outcome: Outcome = client.pay(request)
        except ValidationError as exc:
            return f"fix {exc.field}"
        except ProviderError as exc:
            return f"provider said {exc.status_code} {exc.code} (request {exc.request_id})"
        except TransportError:
            return "try again later"
        except ScaRetryError as exc:
            return str(exc)
        stored: str = json.dumps(outcome.handle.to_dict())
        if outcome.state is State.ACTION_REQUIRED:
            return stored
        try:
            final = client.wait(Handle.from_dict(json.loads(stored)), timeout=60)
        except WaitTimeout as exc:
            return exc.outcome.state.value
        return final.state.value


    def describe(details: PaymentDetails) -> str:
        return f"{details.id}: {details.amount} {details.currency} approved={details.approved}"
    """
)


def test_user_code_passes_mypy_strict(bare_venv: Venv, tmp_path: Path) -> None:
    (tmp_path / "shop.py").write_text(USER_CODE)
    done = bare_venv.run("mypy", "--strict", "--no-incremental", "shop.py", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
