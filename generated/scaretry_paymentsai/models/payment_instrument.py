from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_instrument_status import PaymentInstrumentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.credit_card import CreditCard


T = TypeVar("T", bound="PaymentInstrument")


@_attrs_define
class PaymentInstrument:
    """A payment instrument on a customer. Its `id` is the `paymentInstrumentId` of later transactions."""

    id: str
    type_: str | Unset = UNSET
    """ Instrument kind; `payment-card` for cards. """
    method: str | Unset = UNSET
    """ Payment method (e.g. `payment-card`). """
    status: PaymentInstrumentStatus | Unset = UNSET
    """ inactive (also shown as verification-needed): registered, no successful payment yet, not
    auto-chargeable; active: at least one successful payment; expired: card past its expiry;
    deactivated: switched off manually. Expired and deactivated are final. """
    customer_id: str | Unset = UNSET
    credit_card: CreditCard | Unset = UNSET
    """ Display data of a card payment instrument. """
    billing_address: BillingAddress | Unset = UNSET
    """ Billing address of a payment instrument (tokeniser naming, `postalCode` not `zip`). """
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    updated_at: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        method = self.method

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        customer_id = self.customer_id

        credit_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card, Unset):
            credit_card = self.credit_card.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if method is not UNSET:
            field_dict["method"] = method
        if status is not UNSET:
            field_dict["status"] = status
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if credit_card is not UNSET:
            field_dict["creditCard"] = credit_card
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.credit_card import CreditCard  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, str)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        method = d.pop("method", UNSET)
        if not isinstance(method, Unset) and not (isinstance(method, str)):
            raise TypeError("method: expected a string, got " + type(method).__name__)

        _status = d.pop("status", UNSET)
        status: PaymentInstrumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PaymentInstrumentStatus(_status)

        customer_id = d.pop("customerId", UNSET)
        if not isinstance(customer_id, Unset) and not (isinstance(customer_id, str)):
            raise TypeError("customerId: expected a string, got " + type(customer_id).__name__)

        _credit_card = d.pop("creditCard", UNSET)
        credit_card: CreditCard | Unset
        if isinstance(_credit_card, Unset):
            credit_card = UNSET
        else:
            credit_card = CreditCard.from_dict(_credit_card)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, Unset) and not (isinstance(created_at, str)):
            raise TypeError("createdAt: expected a string, got " + type(created_at).__name__)

        updated_at = d.pop("updatedAt", UNSET)
        if not isinstance(updated_at, Unset) and not (isinstance(updated_at, str)):
            raise TypeError("updatedAt: expected a string, got " + type(updated_at).__name__)

        payment_instrument = cls(
            id=id,
            type_=type_,
            method=method,
            status=status,
            customer_id=customer_id,
            credit_card=credit_card,
            billing_address=billing_address,
            created_at=created_at,
            updated_at=updated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_instrument.additional_properties = additional_properties
        return payment_instrument

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
