"""The sandbox's truth about one trial, read the way a provider's merchant support would read it.

What the judge knows of a provider comes from its API, not from the facade's mapping: which counter
of ``GET /_sandbox/state`` counts the provider's money objects (payments, transactions), where the
trial's traffic names them (ids in answers, or the idempotency keys it sent, which find even a
payment whose answer was lost), the GET endpoint that reads one, and what its status word means,
written here again from the provider's documentation in three classes: authorised, not authorised
(final), pending.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx

from scaretry import Outcome, State
from scaretry.sandbox._credentials import PAYMENTSAI, PXP
from tests.reliability.faults import Exchange

__all__ = ["JUDGES", "Judge", "Money", "Truth", "money_class", "own_verdict"]


class Money(enum.StrEnum):
    AUTHORIZED = "authorized"
    NOT_AUTHORIZED = "not-authorized"
    PENDING = "pending"


def money_class(state: State) -> Money:
    if state is State.AUTHORIZED:
        return Money.AUTHORIZED
    return Money.NOT_AUTHORIZED if state.is_final else Money.PENDING


@attrs.frozen
class Truth:
    """One money object in the sandbox: its id as the judge found it, the provider's status word."""

    key: str
    status: str
    money: Money
    #: the provider's own id of the object, when it differs from ``key``
    other_id: str | None = None

    def names(self, outcome: Outcome) -> bool:
        """Whether this is the payment ``outcome`` speaks of."""
        ids = {self.key, self.other_id}
        return outcome.payment_id in ids or outcome.handle.idempotency_key in ids


def _json(body: bytes | None) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


def _strings(value: Any, pattern: Callable[[str], bool]) -> Iterator[str]:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str) and pattern(node):
            yield node


def _sent(exchanges: list[Exchange], operations: tuple[str, ...], field: str) -> set[str]:
    """The values of the top-level ``field`` of the request bodies the trial sent to ``operations``."""
    keys: set[str] = set()
    for e in exchanges:
        body = _json(e.request_body)
        if e.operation in operations and isinstance(body, dict) and isinstance(body.get(field), str):
            keys.add(body[field])
    return keys


@attrs.frozen
class Judge:
    provider: str
    #: the ``/_sandbox/state`` counter of money objects
    counter: str
    #: the keys that find the trial's money objects, from its exchanges
    keys: Callable[[list[Exchange]], set[str]]
    #: one money object by key → (status word, class), or None if the provider has none
    read: Callable[[httpx.Client, str], tuple[str, Money, str | None] | None]

    def truths(self, http: httpx.Client, exchanges: list[Exchange]) -> list[Truth]:
        found = []
        for key in sorted(self.keys(exchanges)):
            status = self.read(http, key)
            if status is not None:
                found.append(Truth(key, *status))
        return found


# -- Checkout.com: payments by id ("Get payment details"), ids from the answers -------------------

_CKO_AUTHORIZED = {"Authorized", "Card Verified", "Captured", "Partially Captured", "Paid", "Partially Refunded"}
_CKO_AUTHORIZED |= {"Refunded"}
_CKO_PENDING = {"Pending", "Retry Scheduled", "Authentication Requested", "Requested", "Active"}


def _checkout_keys(exchanges: list[Exchange]) -> set[str]:
    """Payment ids in the answers of the trial's payment requests and reads, and the ids a list by
    reference (the facade's recovery) gave for a payment the trial made: one whose metadata carries
    a key the trial sent (a reference is shared with other trials' payments)."""
    keys: set[str] = set()
    sent: set[str] = set()
    for e in exchanges:
        request = _json(e.request_body)
        if e.operation == "requestPayment" and isinstance(request, dict) and isinstance(request.get("metadata"), dict):
            sent.update(v for v in request["metadata"].values() if isinstance(v, str))
    for e in exchanges:
        body = _json(e.response_body)
        if e.operation in ("requestPayment", "getPaymentDetails") and isinstance(body, dict):
            keys.update(_strings(body.get("id"), lambda s: s.startswith("pay_")))
        elif e.operation == "getPaymentList" and isinstance(body, dict) and isinstance(body.get("data"), list):
            for listed in body["data"]:
                metadata = listed.get("metadata") if isinstance(listed, dict) else None
                if isinstance(metadata, dict) and sent & {v for v in metadata.values() if isinstance(v, str)}:
                    keys.update(_strings(listed.get("id"), lambda s: s.startswith("pay_")))
    return keys


def _checkout_read(http: httpx.Client, key: str) -> tuple[str, Money, str | None] | None:
    response = http.get(f"/payments/{key}")
    if response.status_code == 404:
        return None
    response.raise_for_status()
    status = str(response.json()["status"])
    money = Money.AUTHORIZED if status in _CKO_AUTHORIZED else Money.PENDING if status in _CKO_PENDING else None
    return status, money or Money.NOT_AUTHORIZED, None


# -- Antom: inquiryPayment by paymentRequestId, the keys the trial sent ------------------------------

_ANTOM = {"SUCCESS": Money.AUTHORIZED, "PROCESSING": Money.PENDING, "PENDING": Money.PENDING}


def _antom_keys(exchanges: list[Exchange]) -> set[str]:
    return _sent(exchanges, ("pay", "createPaymentSession"), "paymentRequestId")


def _antom_read(http: httpx.Client, key: str) -> tuple[str, Money, str | None] | None:
    response = http.post("/api/v1/payments/inquiryPayment", json={"paymentRequestId": key})
    response.raise_for_status()
    body = response.json()
    if body.get("result", {}).get("resultStatus") != "S":
        return None  # ORDER_NOT_EXIST: no payment with this key
    status = str(body["paymentStatus"])
    return status, _ANTOM.get(status, Money.NOT_AUTHORIZED), body.get("paymentId")


# -- Payments AI: transactions by id, ids from the answers -------------------------------------------

_PAI_PENDING = {"waiting", "sending", "offsite"}
_PAI_AFTER_APPROVAL = {"partially-refunded", "refunded", "disputed"}
_ORGANIZATIONS = (PAYMENTSAI["organization_id"], PAYMENTSAI["organization_id_no_3ds"])


def _paymentsai_keys(exchanges: list[Exchange]) -> set[str]:
    keys: set[str] = set()
    for e in exchanges:
        body = _json(e.response_body)
        if e.operation in ("createTransaction", "getTransaction") and isinstance(body, dict):
            data = body.get("data")
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                keys.add(data["id"])
    return keys


def _paymentsai_read(http: httpx.Client, key: str) -> tuple[str, Money, str | None] | None:
    for organization in _ORGANIZATIONS:
        response = http.get(f"/v1/public-api/organizations/{organization}/transactions/{key}")
        if response.status_code == 404:
            continue
        response.raise_for_status()
        data = response.json()["data"]
        status, result = str(data["status"]), str(data.get("result"))
        if status in _PAI_PENDING or (status == "completed" and result == "unknown"):
            money = Money.PENDING
        elif (status == "completed" and result == "approved") or status in _PAI_AFTER_APPROVAL:
            money = Money.AUTHORIZED
        else:
            money = Money.NOT_AUTHORIZED
        return f"{status}/{result}", money, None
    return None


# -- PXP: transactions by merchantTransactionId, the ids the trial sent -------------------------------

_PXP = {"Authorised": Money.AUTHORIZED, "Captured": Money.AUTHORIZED, "Pending": Money.PENDING}


def _pxp_keys(exchanges: list[Exchange]) -> set[str]:
    return _sent(exchanges, ("initiateTransaction",), "merchantTransactionId")


def _pxp_read(http: httpx.Client, key: str) -> tuple[str, Money, str | None] | None:
    response = http.get(f"/v1/transactions/{PXP['merchant']}/{PXP['site']}/{key}")
    if response.status_code == 404:
        return None
    response.raise_for_status()
    body = response.json()
    state = str(body["state"])
    return state, _PXP.get(state, Money.NOT_AUTHORIZED), body.get("systemTransactionId")


JUDGES = {
    "antom": Judge("antom", "payments", _antom_keys, _antom_read),
    "checkout": Judge("checkout", "payments", _checkout_keys, _checkout_read),
    "paymentsai": Judge("paymentsai", "transactions", _paymentsai_keys, _paymentsai_read),
    "pxp": Judge("pxp", "transactions", _pxp_keys, _pxp_read),
}


def own_verdict(outcome: Outcome, truths: list[Truth]) -> str | None:
    """Why ``outcome`` misreports its own payment as the sandbox holds it, or None."""
    said = money_class(outcome.state)
    own = [t for t in truths if t.names(outcome)]
    if said is Money.AUTHORIZED and not any(t.money is Money.AUTHORIZED for t in own):
        return f"reported AUTHORIZED; the sandbox says {_listed(own)}"
    if said is not Money.AUTHORIZED and any(t.money is Money.AUTHORIZED for t in own):
        return f"reported {outcome.state.value}; the sandbox holds it authorised ({_listed(own)})"
    if said is Money.NOT_AUTHORIZED and any(t.money is Money.PENDING for t in own):
        return f"reported final {outcome.state.value}; the sandbox's payment is pending ({_listed(own)})"
    return None


def _listed(truths: list[Truth]) -> str:
    return ", ".join(f"{t.key[:16]}={t.status}" for t in truths) or "no such payment"
