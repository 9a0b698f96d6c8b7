from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.goods_delivery_method_type import GoodsDeliveryMethodType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount


T = TypeVar("T", bound="Goods")


@_attrs_define
class Goods:
    """One line of the order, used for risk checks."""

    reference_goods_id: str | Unset = UNSET
    goods_name: str | Unset = UNSET
    goods_category: str | Unset = UNSET
    goods_brand: str | Unset = UNSET
    goods_unit_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    goods_quantity: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    goods_url: str | Unset = UNSET
    delivery_method_type: GoodsDeliveryMethodType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_goods_id = self.reference_goods_id

        goods_name = self.goods_name

        goods_category = self.goods_category

        goods_brand = self.goods_brand

        goods_unit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods_unit_amount, Unset):
            goods_unit_amount = self.goods_unit_amount.to_dict()

        goods_quantity: int | str | Unset
        if isinstance(self.goods_quantity, Unset):
            goods_quantity = UNSET
        else:
            goods_quantity = self.goods_quantity

        goods_url = self.goods_url

        delivery_method_type: str | Unset = UNSET
        if not isinstance(self.delivery_method_type, Unset):
            delivery_method_type = self.delivery_method_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_goods_id is not UNSET:
            field_dict["referenceGoodsId"] = reference_goods_id
        if goods_name is not UNSET:
            field_dict["goodsName"] = goods_name
        if goods_category is not UNSET:
            field_dict["goodsCategory"] = goods_category
        if goods_brand is not UNSET:
            field_dict["goodsBrand"] = goods_brand
        if goods_unit_amount is not UNSET:
            field_dict["goodsUnitAmount"] = goods_unit_amount
        if goods_quantity is not UNSET:
            field_dict["goodsQuantity"] = goods_quantity
        if goods_url is not UNSET:
            field_dict["goodsUrl"] = goods_url
        if delivery_method_type is not UNSET:
            field_dict["deliveryMethodType"] = delivery_method_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415

        d = dict(src_dict)
        reference_goods_id = d.pop("referenceGoodsId", UNSET)
        if not isinstance(reference_goods_id, Unset) and not (isinstance(reference_goods_id, str)):
            raise TypeError("referenceGoodsId: expected a string, got " + type(reference_goods_id).__name__)

        goods_name = d.pop("goodsName", UNSET)
        if not isinstance(goods_name, Unset) and not (isinstance(goods_name, str)):
            raise TypeError("goodsName: expected a string, got " + type(goods_name).__name__)

        goods_category = d.pop("goodsCategory", UNSET)
        if not isinstance(goods_category, Unset) and not (isinstance(goods_category, str)):
            raise TypeError("goodsCategory: expected a string, got " + type(goods_category).__name__)

        goods_brand = d.pop("goodsBrand", UNSET)
        if not isinstance(goods_brand, Unset) and not (isinstance(goods_brand, str)):
            raise TypeError("goodsBrand: expected a string, got " + type(goods_brand).__name__)

        _goods_unit_amount = d.pop("goodsUnitAmount", UNSET)
        goods_unit_amount: Amount | Unset
        if isinstance(_goods_unit_amount, Unset):
            goods_unit_amount = UNSET
        else:
            goods_unit_amount = Amount.from_dict(_goods_unit_amount)

        def _parse_goods_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        goods_quantity = _parse_goods_quantity(d.pop("goodsQuantity", UNSET))

        goods_url = d.pop("goodsUrl", UNSET)
        if not isinstance(goods_url, Unset) and not (isinstance(goods_url, str)):
            raise TypeError("goodsUrl: expected a string, got " + type(goods_url).__name__)

        _delivery_method_type = d.pop("deliveryMethodType", UNSET)
        delivery_method_type: GoodsDeliveryMethodType | Unset
        if isinstance(_delivery_method_type, Unset):
            delivery_method_type = UNSET
        else:
            delivery_method_type = GoodsDeliveryMethodType(_delivery_method_type)

        goods = cls(
            reference_goods_id=reference_goods_id,
            goods_name=goods_name,
            goods_category=goods_category,
            goods_brand=goods_brand,
            goods_unit_amount=goods_unit_amount,
            goods_quantity=goods_quantity,
            goods_url=goods_url,
            delivery_method_type=delivery_method_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        goods.additional_properties = additional_properties
        return goods

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
