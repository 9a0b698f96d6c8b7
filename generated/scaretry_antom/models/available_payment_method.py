from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_payment_method_meta_data import CardPaymentMethodMetaData
    from ..models.payment_method_type_item import PaymentMethodTypeItem


T = TypeVar("T", bound="AvailablePaymentMethod")


@_attrs_define
class AvailablePaymentMethod:
    """Which payment methods a session offers, and the card options (3DS flags) for them."""

    payment_method_type_list: list[PaymentMethodTypeItem] | Unset = UNSET
    payment_method_meta_data: CardPaymentMethodMetaData | Unset = UNSET
    """ The card part of paymentMethod.paymentMethodMetaData (and of availablePaymentMethod.paymentMethodMetaData in
    createPaymentSession). Antom types the metadata as an open map; these are the card keys. Other payment methods
    put other keys here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_method_type_list, Unset):
            payment_method_type_list = []
            for payment_method_type_list_item_data in self.payment_method_type_list:
                payment_method_type_list_item = payment_method_type_list_item_data.to_dict()
                payment_method_type_list.append(payment_method_type_list_item)

        payment_method_meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_meta_data, Unset):
            payment_method_meta_data = self.payment_method_meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_type_list is not UNSET:
            field_dict["paymentMethodTypeList"] = payment_method_type_list
        if payment_method_meta_data is not UNSET:
            field_dict["paymentMethodMetaData"] = payment_method_meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_payment_method_meta_data import CardPaymentMethodMetaData  # noqa: PLC0415
        from ..models.payment_method_type_item import PaymentMethodTypeItem  # noqa: PLC0415

        d = dict(src_dict)
        _payment_method_type_list = d.pop("paymentMethodTypeList", UNSET)
        payment_method_type_list: list[PaymentMethodTypeItem] | Unset = UNSET
        if _payment_method_type_list is not UNSET:
            payment_method_type_list = []
            for payment_method_type_list_item_data in _payment_method_type_list:
                payment_method_type_list_item = PaymentMethodTypeItem.from_dict(payment_method_type_list_item_data)

                payment_method_type_list.append(payment_method_type_list_item)

        _payment_method_meta_data = d.pop("paymentMethodMetaData", UNSET)
        payment_method_meta_data: CardPaymentMethodMetaData | Unset
        if isinstance(_payment_method_meta_data, Unset):
            payment_method_meta_data = UNSET
        else:
            payment_method_meta_data = CardPaymentMethodMetaData.from_dict(_payment_method_meta_data)

        available_payment_method = cls(
            payment_method_type_list=payment_method_type_list,
            payment_method_meta_data=payment_method_meta_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        available_payment_method.additional_properties = additional_properties
        return available_payment_method

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
