from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress


T = TypeVar("T", bound="CustomerPrimaryAddress")


@_attrs_define
class CustomerPrimaryAddress:
    """Wrapper of the customer's primary address."""

    customer_address: CustomerAddress | Unset = UNSET
    """ Address as the customer endpoint takes it (note `zip`, not `postalCode`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_address, Unset):
            customer_address = self.customer_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_address is not UNSET:
            field_dict["customerAddress"] = customer_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415

        d = dict(src_dict)
        _customer_address = d.pop("customerAddress", UNSET)
        customer_address: CustomerAddress | Unset
        if isinstance(_customer_address, Unset):
            customer_address = UNSET
        else:
            customer_address = CustomerAddress.from_dict(_customer_address)

        customer_primary_address = cls(
            customer_address=customer_address,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_primary_address.additional_properties = additional_properties
        return customer_primary_address

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
