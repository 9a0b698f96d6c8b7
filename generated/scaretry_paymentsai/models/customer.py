from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address_summary import CustomerAddressSummary
    from ..models.customer_money import CustomerMoney


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer, as returned by createCustomer and embedded in a Transaction."""

    id: str
    """ Customer id (a UUID). """
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    origin: str | Unset = UNSET
    language: str | Unset = UNSET
    organization: str | Unset = UNSET
    address: CustomerAddressSummary | Unset = UNSET
    """ Address as the Customer object returns it. """
    lifetime_revenue: CustomerMoney | Unset = UNSET
    """ An amount in the customer's currency and in USD. """
    average_value: CustomerMoney | Unset = UNSET
    """ An amount in the customer's currency and in USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone_number = self.phone_number

        origin = self.origin

        language = self.language

        organization = self.organization

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        lifetime_revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifetime_revenue, Unset):
            lifetime_revenue = self.lifetime_revenue.to_dict()

        average_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_value, Unset):
            average_value = self.average_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if origin is not UNSET:
            field_dict["origin"] = origin
        if language is not UNSET:
            field_dict["language"] = language
        if organization is not UNSET:
            field_dict["organization"] = organization
        if address is not UNSET:
            field_dict["address"] = address
        if lifetime_revenue is not UNSET:
            field_dict["lifetimeRevenue"] = lifetime_revenue
        if average_value is not UNSET:
            field_dict["averageValue"] = average_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address_summary import CustomerAddressSummary  # noqa: PLC0415
        from ..models.customer_money import CustomerMoney  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, Unset) and not (isinstance(first_name, str)):
            raise TypeError("firstName: expected a string, got " + type(first_name).__name__)

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, Unset) and not (isinstance(last_name, str)):
            raise TypeError("lastName: expected a string, got " + type(last_name).__name__)

        email = d.pop("email", UNSET)
        if not isinstance(email, Unset) and not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        phone_number = d.pop("phoneNumber", UNSET)
        if not isinstance(phone_number, Unset) and not (isinstance(phone_number, str)):
            raise TypeError("phoneNumber: expected a string, got " + type(phone_number).__name__)

        origin = d.pop("origin", UNSET)
        if not isinstance(origin, Unset) and not (isinstance(origin, str)):
            raise TypeError("origin: expected a string, got " + type(origin).__name__)

        language = d.pop("language", UNSET)
        if not isinstance(language, Unset) and not (isinstance(language, str)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        organization = d.pop("organization", UNSET)
        if not isinstance(organization, Unset) and not (isinstance(organization, str)):
            raise TypeError("organization: expected a string, got " + type(organization).__name__)

        _address = d.pop("address", UNSET)
        address: CustomerAddressSummary | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerAddressSummary.from_dict(_address)

        _lifetime_revenue = d.pop("lifetimeRevenue", UNSET)
        lifetime_revenue: CustomerMoney | Unset
        if isinstance(_lifetime_revenue, Unset):
            lifetime_revenue = UNSET
        else:
            lifetime_revenue = CustomerMoney.from_dict(_lifetime_revenue)

        _average_value = d.pop("averageValue", UNSET)
        average_value: CustomerMoney | Unset
        if isinstance(_average_value, Unset):
            average_value = UNSET
        else:
            average_value = CustomerMoney.from_dict(_average_value)

        customer = cls(
            id=id,
            name=name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_number=phone_number,
            origin=origin,
            language=language,
            organization=organization,
            address=address,
            lifetime_revenue=lifetime_revenue,
            average_value=average_value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer.additional_properties = additional_properties
        return customer

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
