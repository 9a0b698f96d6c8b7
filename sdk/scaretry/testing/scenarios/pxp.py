"""PXP flows against the sandbox (cards: ``scaretry.sandbox.providers.pxp.CARDS``).

Each flow is the facade calls a merchant makes: ``pay``; for a 3DS Method, the hidden iframe and
``resume`` with the ``threeDSMethodData`` the return URL received; for a challenge, the customer at
the ACS and ``resume`` with the ``cres``; then ``wait`` for the final state. PXP has no native
upgrade, so the UPGRADE flows show the adapter's own: a refused ``1A``/``65`` transaction, PXP's
integrated 3DS, and a new transaction carrying the authentication id.
"""

from __future__ import annotations

import itertools
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

from scaretry._config import is_loopback
from scaretry._outcome import Outcome, State
from scaretry._request import Browser, Card, Exemption, Initiator, Money, PaymentRequest, ThreeDSMode
from scaretry.providers.pxp import PXP, AsyncPXP
from scaretry.sandbox._credentials import PXP as CREDENTIALS
from scaretry.testing._customer import Choice, Customer
from scaretry.testing._scenario import SANDBOX_POLL, SANDBOX_RETRY, Scenario, Trace

__all__ = [
    "BROWSER",
    "CARDS",
    "RETURN_URL",
    "SCENARIOS",
    "async_client_for",
    "card_for",
    "client_for",
    "request_for",
    "settings",
]

RETURN_URL = "https://shop.example/pxp/return"
BROWSER = Browser(ip_address="203.0.113.42", user_agent="Mozilla/5.0 (X11; Linux x86_64) scaretry-scenario")
#: The sandbox's cards by what they do (see docs/providers/pxp.md for the full table).
CARDS = {
    "approve": "4111111111111111",
    "frictionless_3ds": "4713747730076631",
    "fingerprint_challenge": "4012006822076852",
    "mastercard_challenge": "5266001057658656",
    "hard_decline": "4000000000000051",
    "insufficient_funds": "4000000000000515",
    "fraud": "4000000000000598",
    "issuer_unavailable": "4000000000000911",
    "rejected": "4000000000000119",
    "failed_then_challenge": "4000000000000010",
    "error": "4000000000000226",
    "acs_timeout": "4000000000000143",
    "not_enrolled": "4000000000000135",
    "exemption": "4000000000000309",
    "challenge_fails_first": "4000000000000234",
}
_WAIT = 10.0  # seconds; the sandbox settles in settle_seconds (0.2 s in tests)
# Fast and without jitter: a recorded run sends the same requests in the same order.


_Client = TypeVar("_Client", PXP, AsyncPXP)


def settings(**options: Any) -> dict[str, Any]:
    """The keywords of a client for the sandbox: its published credentials, fast polling and
    retries, and ``options`` (any other keyword of :class:`PXP`)."""
    published = {name: CREDENTIALS[name] for name in ("client_id", "token_id", "token_value", "merchant", "site")}
    defaults = {"webhook_hash_key": CREDENTIALS["webhook_hash_key"], "poll": SANDBOX_POLL, "retry": SANDBOX_RETRY}
    return published | defaults | options


# Every scenario module offers client_for/async_client_for alike: one interface, each provider's credentials.
def _client(cls: type[_Client], base_url: str, options: dict[str, Any]) -> _Client:
    return cls(base_url=base_url, **settings(**options))


def client_for(base_url: str, **options: Any) -> PXP:
    """A sync client for the sandbox with its published credentials (``options``: any other
    keyword of :class:`PXP`, e.g. ``transport=`` or ``timeout=``)."""
    return _client(PXP, base_url, options)


def async_client_for(base_url: str, **options: Any) -> AsyncPXP:
    """The async twin of :func:`client_for`."""
    return _client(AsyncPXP, base_url, options)


def request_for(
    card: str,
    three_ds: ThreeDSMode = ThreeDSMode.UPGRADE,
    *,
    initiator: Initiator = Initiator.CUSTOMER,
    reference: str = "ORD-PXP-1",
    **changes: Any,
) -> PaymentRequest:
    """EUR 65.10 with the sandbox card ``card`` (a key of :data:`CARDS`), browser data included;
    ``changes``: any other field of :class:`~scaretry.PaymentRequest` (``exemption=`` …)."""
    return PaymentRequest(
        amount=Money(6510, "EUR"),
        source=card_for(card),
        reference=reference,
        return_url=RETURN_URL,
        three_ds=three_ds,
        initiator=initiator,
        browser=BROWSER,
        capture=False,
    ).evolve(**changes)


def card_for(card: str) -> Card:
    """The sandbox card ``card`` (a key of :data:`CARDS`), as the customer enters it."""
    return Card(CARDS[card], 12, 2030, cvv="100", holder_name="Ada Lovelace")


_Run = Callable[[PXP, Customer, Trace, str], Outcome]
_RUNS: defaultdict[tuple[str, str], Iterator[int]] = defaultdict(lambda: itertools.count(1))


def _key(client: PXP, name: str) -> str:
    """The scenario's idempotency key (PXP's ``merchantTransactionId``), the same in a recording and
    in its replay, where every answer must be for the transaction the replay asks about: the
    scenario's name and how many times this process ran it against this host (a recording and a
    replay each start at 1). Against a real provider a random part keeps every run a new payment."""
    host = urlsplit(client.resolved_url()).hostname or ""
    salt = "" if is_loopback(host) or host.endswith(".invalid") else f"-{secrets.token_hex(4)}"
    return f"{name}-{next(_RUNS[(host, name)])}{salt}"


def _customer_acts(client: PXP, customer: Customer, trace: Trace, outcome: Outcome, choice: Choice) -> Outcome:
    """Drive the customer's browser through every action until none is left (or they leave)."""
    while outcome.state is State.ACTION_REQUIRED:
        assert outcome.action is not None
        reason = outcome.action.reason.value
        if reason == "fingerprint":
            trace.note("3DS Method")
            back = customer.act(outcome.action)
        else:
            trace.note(f"challenge ({reason}) {choice}")
            back = customer.act(outcome.action, choice)
            if back.url is None:  # the customer closed the window: nothing comes back
                return outcome
        outcome = trace.seen(client.resume(outcome.handle, back.params))
    return outcome


def _finish(client: PXP, trace: Trace, outcome: Outcome) -> Outcome:
    if not outcome.is_final:
        outcome = trace.seen(client.wait(outcome.handle, timeout=_WAIT))
    trace.note(outcome.provider_status or outcome.state.value)
    return outcome


def _flow(
    card: str, three_ds: ThreeDSMode = ThreeDSMode.UPGRADE, *, choice: Choice = "approve", **changes: Any
) -> _Run:
    def run(client: PXP, customer: Customer, trace: Trace, key: str) -> Outcome:
        request = request_for(card, three_ds, **changes)
        if request.exemption is not None:
            trace.note(f"{request.exemption.value} exemption asked")
        outcome = trace.seen(client.pay(request, idempotency_key=key))
        if outcome.upgraded:
            trace.note("soft decline, upgraded to 3DS")
        elif three_ds is ThreeDSMode.ALWAYS:
            trace.note("3DS requested")
        else:
            trace.note("non-3DS")
        if int(outcome.handle.data.get("attempts") or 0) > 1:
            trace.note("authentication failed, retried")
        outcome = _customer_acts(client, customer, trace, outcome, choice)
        return _finish(client, trace, outcome)

    return run


def _paid(request: PaymentRequest, *notes: str, decline: str | None = None) -> _Run:
    """A flow no customer takes part in: it pays ``request`` and notes ``notes`` (then, given
    ``decline``, "soft decline <code> <decline>"), then waits for the final state."""

    def run(client: PXP, customer: Customer, trace: Trace, key: str) -> Outcome:
        outcome = trace.seen(client.pay(request, idempotency_key=key))
        for note in notes:
            trace.note(note)
        if decline is not None:
            assert outcome.decline is not None
            trace.note(f"soft decline {outcome.decline.code} {decline}")
        return _finish(client, trace, outcome)

    return run


_merchant_initiated = _paid(
    request_for("fingerprint_challenge", initiator=Initiator.MERCHANT).evolve(browser=None),
    "merchant-initiated, non-3DS",
    decline="not upgraded",
)
_upgrade_disabled = _paid(
    request_for("fingerprint_challenge", ThreeDSMode.NEVER).evolve(browser=None),
    "non-3DS (three_ds=never)",
    decline="returned as a decline",
)
# The merchant opted in: after the authentication errored, PXP's applicable exemption (TRA).
_exemption_after_failure = _paid(
    request_for("error", exemption_after_failed_authentication=True),
    "soft decline, upgraded to 3DS",
    "authentication error 22, authorised with an exemption",
)


def _fingerprint_timeout(client: PXP, customer: Customer, trace: Trace, key: str) -> Outcome:
    """The 3DS Method never calls back within 10 s: resume without ``threeDSMethodData``."""
    outcome = trace.seen(client.pay(request_for("fingerprint_challenge"), idempotency_key=key))
    trace.note("soft decline, upgraded to 3DS")
    trace.note("3DS Method timed out")
    outcome = trace.seen(client.resume(outcome.handle, {}))
    outcome = _customer_acts(client, customer, trace, outcome, "approve")
    return _finish(client, trace, outcome)


def _retried_by_the_merchant(client: PXP, customer: Customer, trace: Trace, key: str) -> Outcome:
    """The challenge ends AuthenticationFailed (01, "you can retry authentication"); the customer
    enters the card again and the merchant starts a new authentication for the same payment."""
    outcome = trace.seen(client.pay(request_for("challenge_fails_first"), idempotency_key=key))
    trace.note("soft decline, upgraded to 3DS")
    outcome = _finish(client, trace, _customer_acts(client, customer, trace, outcome, "approve"))
    outcome = trace.seen(client.retry_authentication(outcome.handle, card_for("challenge_fails_first")))
    trace.note("authentication retried by the merchant")
    return _finish(client, trace, _customer_acts(client, customer, trace, outcome, "approve"))


def _scenario(name: str, title: str, expected: State, run: _Run, *, upgrade: bool = False) -> Scenario:
    def with_key(client: PXP, customer: Customer, trace: Trace) -> Outcome:
        return run(client, customer, trace, _key(client, name))

    return Scenario("pxp", name, title, expected, with_key, upgrade=upgrade)


SCENARIOS: list[Scenario] = [
    _scenario("frictionless", "Approved without 3DS", State.AUTHORIZED, _flow("approve")),
    _scenario(
        "frictionless_3ds",
        "3DS requested, frictionless success (no 3DS Method)",
        State.AUTHORIZED,
        _flow("frictionless_3ds", ThreeDSMode.ALWAYS),
    ),
    _scenario(
        "challenge_approved",
        "3DS requested: 3DS Method, challenge approved",
        State.AUTHORIZED,
        _flow("fingerprint_challenge", ThreeDSMode.ALWAYS),
    ),
    _scenario(
        "soft_decline_upgrade_approved",
        "Soft decline 1A, upgraded: 3DS Method, challenge approved",
        State.AUTHORIZED,
        _flow("fingerprint_challenge"),
        upgrade=True,
    ),
    _scenario(
        "soft_decline_upgrade_mastercard",
        "Mastercard soft decline 65, upgraded: challenge approved",
        State.AUTHORIZED,
        _flow("mastercard_challenge"),
        upgrade=True,
    ),
    _scenario(
        "upgrade_frictionless",
        "Soft decline 1A, upgraded: frictionless 3DS",
        State.AUTHORIZED,
        _flow("frictionless_3ds"),
        upgrade=True,
    ),
    _scenario(
        "fingerprint_timeout",
        "Soft decline 1A, upgraded: 3DS Method times out, challenge approved",
        State.AUTHORIZED,
        _fingerprint_timeout,
        upgrade=True,
    ),
    _scenario(
        "authentication_failed_retried",
        "Soft decline 1A, upgraded: authentication failed (01), retried, challenge approved",
        State.AUTHORIZED,
        _flow("failed_then_challenge"),
        upgrade=True,
    ),
    _scenario(
        "exemption_accepted",
        "SCA required: a TRA exemption asked up front, accepted by the issuer (no 3DS)",
        State.AUTHORIZED,
        _flow("exemption", exemption=Exemption.TRANSACTION_RISK_ANALYSIS),
    ),
    _scenario(
        "exemption_refused_upgraded",
        "A TRA exemption asked up front, refused with soft decline 1A, upgraded: frictionless 3DS",
        State.AUTHORIZED,
        _flow("frictionless_3ds", exemption=Exemption.TRANSACTION_RISK_ANALYSIS),
        upgrade=True,
    ),
    _scenario(
        "exemption_after_failed_authentication",
        "Soft decline 1A, upgraded: authentication error 22, authorised with PXP's applicable exemption",
        State.AUTHORIZED,
        _exemption_after_failure,
        upgrade=True,
    ),
    _scenario(
        "authentication_retried_by_merchant",
        "Soft decline 1A, upgraded: challenge failed (01), authentication retried with the card, approved",
        State.AUTHORIZED,
        _retried_by_the_merchant,
        upgrade=True,
    ),
    _scenario(
        "upgrade_disabled_declined", "Soft decline 1A with three_ds=never: declined", State.DECLINED, _upgrade_disabled
    ),
    _scenario(
        "merchant_initiated_not_upgraded",
        "Merchant-initiated soft decline 1A: never upgraded",
        State.DECLINED,
        _merchant_initiated,
    ),
    _scenario("hard_decline", "Hard decline 05 (do not honour)", State.DECLINED, _flow("hard_decline")),
    _scenario("insufficient_funds", "Decline 51 (insufficient funds)", State.DECLINED, _flow("insufficient_funds")),
    _scenario("fraud_decline", "Fraud decline 59", State.DECLINED, _flow("fraud")),
    _scenario("issuer_unavailable", "Issuer unavailable 91 (state Error)", State.FAILED, _flow("issuer_unavailable")),
    _scenario(
        "challenge_rejected",
        "3DS requested: challenge failed (AuthenticationRejected 01)",
        State.DECLINED,
        _flow("mastercard_challenge", ThreeDSMode.ALWAYS, choice="reject"),
    ),
    _scenario(
        "challenge_abandoned",
        "3DS requested: challenge abandoned (AuthenticationFailed 26)",
        State.EXPIRED,
        _flow("mastercard_challenge", ThreeDSMode.ALWAYS, choice="abandon"),
    ),
    _scenario(
        "timeout",
        "Soft decline 1A, upgraded: ACS timeout (AuthenticationFailed 14), retried once, declined",
        State.DECLINED,
        _flow("acs_timeout"),
        upgrade=True,
    ),
    _scenario(
        "authentication_rejected",
        "Soft decline 1A, upgraded: authentication rejected (11 suspected fraud)",
        State.DECLINED,
        _flow("rejected"),
        upgrade=True,
    ),
    _scenario(
        "authentication_error",
        "Soft decline 1A, upgraded: authentication error (22 ACS technical issue)",
        State.DECLINED,
        _flow("error"),
        upgrade=True,
    ),
    _scenario(
        "not_enrolled",
        "Soft decline 1A, card not enrolled in 3DS (13): the decline stands",
        State.DECLINED,
        _flow("not_enrolled"),
        upgrade=True,
    ),
]
