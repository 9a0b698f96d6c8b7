from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.user_name import UserName


T = TypeVar("T", bound="Shipping")


@_attrs_define
class Shipping:
    """Shipping details, used for risk checks."""

    shipping_name: UserName | Unset = UNSET
    """ A person's name. """
    shipping_address: Address | Unset = UNSET
    """ A postal address (billing or shipping). """
    shipping_carrier: str | Unset = UNSET
    shipping_phone_no: str | Unset = UNSET
    ship_to_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_name, Unset):
            shipping_name = self.shipping_name.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        shipping_carrier = self.shipping_carrier

        shipping_phone_no = self.shipping_phone_no

        ship_to_email = self.ship_to_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_name is not UNSET:
            field_dict["shippingName"] = shipping_name
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_carrier is not UNSET:
            field_dict["shippingCarrier"] = shipping_carrier
        if shipping_phone_no is not UNSET:
            field_dict["shippingPhoneNo"] = shipping_phone_no
        if ship_to_email is not UNSET:
            field_dict["shipToEmail"] = ship_to_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.user_name import UserName  # noqa: PLC0415

        d = dict(src_dict)
        _shipping_name = d.pop("shippingName", UNSET)
        shipping_name: UserName | Unset
        if isinstance(_shipping_name, Unset):
            shipping_name = UNSET
        else:
            shipping_name = UserName.from_dict(_shipping_name)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        shipping_carrier = d.pop("shippingCarrier", UNSET)
        if not isinstance(shipping_carrier, Unset) and not (isinstance(shipping_carrier, str)):
            raise TypeError("shippingCarrier: expected a string, got " + type(shipping_carrier).__name__)

        shipping_phone_no = d.pop("shippingPhoneNo", UNSET)
        if not isinstance(shipping_phone_no, Unset) and not (isinstance(shipping_phone_no, str)):
            raise TypeError("shippingPhoneNo: expected a string, got " + type(shipping_phone_no).__name__)

        ship_to_email = d.pop("shipToEmail", UNSET)
        if not isinstance(ship_to_email, Unset) and not (isinstance(ship_to_email, str)):
            raise TypeError("shipToEmail: expected a string, got " + type(ship_to_email).__name__)

        shipping = cls(
            shipping_name=shipping_name,
            shipping_address=shipping_address,
            shipping_carrier=shipping_carrier,
            shipping_phone_no=shipping_phone_no,
            ship_to_email=ship_to_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        shipping.additional_properties = additional_properties
        return shipping

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
