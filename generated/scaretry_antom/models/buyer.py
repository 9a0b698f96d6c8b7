from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_name import UserName


T = TypeVar("T", bound="Buyer")


@_attrs_define
class Buyer:
    """The buyer; the contact fields feed Antom's risk checks and are asked for with CARD."""

    reference_buyer_id: str | Unset = UNSET
    """ The merchant's id for the buyer. """
    buyer_name: UserName | Unset = UNSET
    """ A person's name. """
    buyer_phone_no: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_registration_time: str | Unset = UNSET
    """ When the buyer registered with the merchant, ISO 8601 with offset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_buyer_id = self.reference_buyer_id

        buyer_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_name, Unset):
            buyer_name = self.buyer_name.to_dict()

        buyer_phone_no = self.buyer_phone_no

        buyer_email = self.buyer_email

        buyer_registration_time = self.buyer_registration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_buyer_id is not UNSET:
            field_dict["referenceBuyerId"] = reference_buyer_id
        if buyer_name is not UNSET:
            field_dict["buyerName"] = buyer_name
        if buyer_phone_no is not UNSET:
            field_dict["buyerPhoneNo"] = buyer_phone_no
        if buyer_email is not UNSET:
            field_dict["buyerEmail"] = buyer_email
        if buyer_registration_time is not UNSET:
            field_dict["buyerRegistrationTime"] = buyer_registration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_name import UserName  # noqa: PLC0415

        d = dict(src_dict)
        reference_buyer_id = d.pop("referenceBuyerId", UNSET)
        if not isinstance(reference_buyer_id, Unset) and not (isinstance(reference_buyer_id, str)):
            raise TypeError("referenceBuyerId: expected a string, got " + type(reference_buyer_id).__name__)

        _buyer_name = d.pop("buyerName", UNSET)
        buyer_name: UserName | Unset
        if isinstance(_buyer_name, Unset):
            buyer_name = UNSET
        else:
            buyer_name = UserName.from_dict(_buyer_name)

        buyer_phone_no = d.pop("buyerPhoneNo", UNSET)
        if not isinstance(buyer_phone_no, Unset) and not (isinstance(buyer_phone_no, str)):
            raise TypeError("buyerPhoneNo: expected a string, got " + type(buyer_phone_no).__name__)

        buyer_email = d.pop("buyerEmail", UNSET)
        if not isinstance(buyer_email, Unset) and not (isinstance(buyer_email, str)):
            raise TypeError("buyerEmail: expected a string, got " + type(buyer_email).__name__)

        buyer_registration_time = d.pop("buyerRegistrationTime", UNSET)
        if not isinstance(buyer_registration_time, Unset) and not (isinstance(buyer_registration_time, str)):
            raise TypeError("buyerRegistrationTime: expected a string, got " + type(buyer_registration_time).__name__)

        buyer = cls(
            reference_buyer_id=reference_buyer_id,
            buyer_name=buyer_name,
            buyer_phone_no=buyer_phone_no,
            buyer_email=buyer_email,
            buyer_registration_time=buyer_registration_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        buyer.additional_properties = additional_properties
        return buyer

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
