"""Finding a Checkout.com payment whose answer was lost (the error's handle has no payment id).

"Get payment lists" (``GET /payments?reference=…``, "Get a list of payments") lists the payments of
a reference, most recently processed first. Every payment this client sends carries its logical
payment's idempotency key in ``metadata`` (:data:`._requests.PAYMENT_KEY`), and Checkout.com returns
metadata with each payment: so the lookup finds exactly the payment made with the handle, never
another payment of the same order.
"""

from __future__ import annotations

from scaretry_checkout.api.payments import get_payment_list
from scaretry_checkout.models import PaymentList

from scaretry._adapter import Call, Flow
from scaretry._handle import Handle
from scaretry._outcome import Outcome, State
from scaretry._tables import DeclineTable
from scaretry.providers.checkout._config import PROVIDER
from scaretry.providers.checkout._outcomes import expect, optional, outcome_of_details
from scaretry.providers.checkout._requests import PAYMENT_KEY

__all__ = ["NOT_FOUND", "lost_payment"]

#: ``provider_status`` when no payment was made with a handle: pay again with its idempotency key.
NOT_FOUND = "not_found"
#: Payments per page (the endpoint's maximum), and how many pages are read at most: a reference is
#: an order's, it has a handful of payments.
_PAGE = 100
_PAGES = 10


def lost_payment(table: DeclineTable, handle: Handle) -> Flow[Outcome]:
    """The payment made with ``handle``: the newest of its reference whose metadata carries the
    handle's idempotency key, other than one this flow saw declined before its own upgrade retry
    (``declined_payment_id``). None: FAILED with ``provider_status`` ``"not_found"``, and
    ``pay(request, idempotency_key=handle.idempotency_key)`` repeats the payment safely (Checkout.com
    keeps keys 24 hours, "Idempotency").

    A Sessions authentication cannot be looked up (no list endpoint): ``not_found`` too; an unused
    session moves no money and expires."""
    if handle.step == "session" or not handle.reference or not handle.idempotency_key:
        return not_found(handle)
    declined = handle.data.get("declined_payment_id")
    for page_number in range(_PAGES):
        call = get_payment_list.prepare(reference=handle.reference, limit=_PAGE, skip=page_number * _PAGE)
        response = yield Call(call, handle, retry_safe=True)
        page: PaymentList = expect(response, "getPaymentList", PaymentList)
        for details in page.data:
            metadata = optional(details.metadata)
            key = None if metadata is None else metadata.additional_properties.get(PAYMENT_KEY)
            if key == handle.idempotency_key and details.id != declined:
                return outcome_of_details(table, details, handle, response)
        if len(page.data) < _PAGE:
            break
    return not_found(handle)


def not_found(handle: Handle) -> Outcome:
    return Outcome(state=State.FAILED, provider=PROVIDER, payment_id=None, provider_status=NOT_FOUND, handle=handle)
