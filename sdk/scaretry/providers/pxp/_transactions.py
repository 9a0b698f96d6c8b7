"""PXP's transactions as the money's record: ``merchantTransactionId`` as the idempotency key (its
rules, and how a repeat is recognised), and the lookup by it (PXP's "Get transaction details").

PXP documents no idempotency mechanism; ``merchantTransactionId`` is "a unique transaction reference
assigned by you" ("Transactions service" API reference), so it is ours: a payment's base id, and
``<base>-3ds`` for its re-authorisation after a soft decline. PXP does not say what a repeated id
gets; our reading (x-unconfirmed in the spec): the same body again is the original transaction (a
retry whose answer was lost), another body (a repeated ``pay()`` carries a new
``merchantTransactionDate``) is refused 409 ``DuplicateMerchantTransactionId``: the transaction the
key made is then read back and is the answer, if it is for the same amount.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Generator
from decimal import Decimal

from scaretry_pxp.models import InitiateTransactionRequest, PxpError, Transaction
from scaretry_pxp.types import Unset

from scaretry._adapter import Call, RawResponse
from scaretry._errors import ValidationError
from scaretry._handle import Handle
from scaretry._request import PaymentRequest
from scaretry.providers.pxp import _handles as keys
from scaretry.providers.pxp import _requests
from scaretry.providers.pxp._config import PXPConfig
from scaretry.providers.pxp._outcomes import expect, transaction_for

__all__ = ["MAX_KEY_LENGTH", "check_key", "find", "initiate", "new_key"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
#: The longest idempotency key: PXP's 50 characters, less the "-3ds" of the re-authorisation.
MAX_KEY_LENGTH = 50 - len(keys.THREE_DS_SUFFIX)
_DUPLICATE = "DuplicateMerchantTransactionId"

_Lookup = Generator[Call, RawResponse, Transaction | None]


def new_key(request: PaymentRequest) -> str:
    """A base ``merchantTransactionId``: the reference (made safe) and 16 random hex digits."""
    return f"{_UNSAFE.sub('_', request.reference)[:24]}-{secrets.token_hex(8)}"


def check_key(key: str) -> None:
    """PXP's ``merchantTransactionId`` is at most 50 characters ("Transactions" API reference), and
    the re-authorisation adds ``-3ds``; it is also a path segment of the GET that recovers the
    payment, so it keeps to letters, digits, ``.``, ``_`` and ``-``."""
    if len(key) > MAX_KEY_LENGTH:
        raise ValidationError("idempotency_key", f"PXP takes at most {MAX_KEY_LENGTH} characters here (50 with -3ds)")
    if _UNSAFE.search(key):
        raise ValidationError("idempotency_key", "PXP takes only letters, digits, '.', '_' and '-' here")


def find(config: PXPConfig, handle: Handle, merchant_transaction_id: str) -> _Lookup:
    """The transaction ``merchant_transaction_id``, or None if PXP has none (404)."""
    response = yield _requests.get_transaction_call(config, merchant_transaction_id, handle)
    if response.status_code == 404:
        return None
    return transaction_for(response, merchant_transaction_id, "get transaction")


def _same_amount(transaction: Transaction, body: InitiateTransactionRequest) -> bool:
    """Whether an existing transaction is for the amount ``body`` asks (when PXP says)."""
    amounts = transaction.amounts
    if isinstance(amounts, Unset):
        return True
    sent = body.amounts
    return (amounts.currency_code, Decimal(str(amounts.transaction))) == (
        sent.currency_code,
        Decimal(str(sent.transaction)),
    )


def initiate(
    config: PXPConfig, body: InitiateTransactionRequest, handle: Handle, what: str
) -> Generator[Call, RawResponse, tuple[Transaction, bool]]:
    """``POST /v1/transactions``: the transaction, and whether its key had made it before."""
    response = yield _requests.initiate_transaction_call(body, handle)
    parsed = response.parsed
    if response.status_code == 409 and isinstance(parsed, PxpError) and parsed.error_code == _DUPLICATE:
        existing = yield from find(config, handle, body.merchant_transaction_id)
        if existing is None or not _same_amount(existing, body):
            expect(response, Transaction, f"{what}: the idempotency key belongs to another payment")
        assert existing is not None  # expect() raised otherwise
        return existing, True
    return transaction_for(response, body.merchant_transaction_id, what), False
