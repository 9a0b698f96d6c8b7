from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_primary_address import CustomerPrimaryAddress


T = TypeVar("T", bound="CustomerCreateRequest")


@_attrs_define
class CustomerCreateRequest:
    """Body of createCustomer."""

    first_name: str
    last_name: str
    email: str
    phone_number: str | Unset = UNSET
    primary_address: CustomerPrimaryAddress | Unset = UNSET
    """ Wrapper of the customer's primary address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone_number = self.phone_number

        primary_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_address, Unset):
            primary_address = self.primary_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if primary_address is not UNSET:
            field_dict["primaryAddress"] = primary_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_primary_address import CustomerPrimaryAddress  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("firstName")
        if not (isinstance(first_name, str)):
            raise TypeError("firstName: expected a string, got " + type(first_name).__name__)

        last_name = d.pop("lastName")
        if not (isinstance(last_name, str)):
            raise TypeError("lastName: expected a string, got " + type(last_name).__name__)

        email = d.pop("email")
        if not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        phone_number = d.pop("phoneNumber", UNSET)
        if not isinstance(phone_number, Unset) and not (isinstance(phone_number, str)):
            raise TypeError("phoneNumber: expected a string, got " + type(phone_number).__name__)

        _primary_address = d.pop("primaryAddress", UNSET)
        primary_address: CustomerPrimaryAddress | Unset
        if isinstance(_primary_address, Unset):
            primary_address = UNSET
        else:
            primary_address = CustomerPrimaryAddress.from_dict(_primary_address)

        customer_create_request = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_number=phone_number,
            primary_address=primary_address,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_create_request.additional_properties = additional_properties
        return customer_create_request

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
