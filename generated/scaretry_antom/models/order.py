from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.buyer import Buyer
    from ..models.env import Env
    from ..models.goods import Goods
    from ..models.shipping import Shipping


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """The merchant's order the payment belongs to."""

    reference_order_id: str
    """ The merchant's order id (shown to the buyer and used in disputes). """
    order_description: str
    """ Summary of the order, shown to the buyer. """
    order_amount: Amount
    """ An amount of money in minor units of the currency. """
    buyer: Buyer | Unset = UNSET
    """ The buyer; the contact fields feed Antom's risk checks and are asked for with CARD. """
    goods: list[Goods] | Unset = UNSET
    shipping: Shipping | Unset = UNSET
    """ Shipping details, used for risk checks. """
    env: Env | Unset = UNSET
    """ The buyer's environment. For CARD Antom asks for clientIp; the browser fields feed 3DS 2 and make a
    frictionless outcome more likely. """
    extend_info: str | Unset = UNSET
    """ Extended information for special use cases. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_order_id = self.reference_order_id

        order_description = self.order_description

        order_amount = self.order_amount.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        goods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = []
            for goods_item_data in self.goods:
                goods_item = goods_item_data.to_dict()
                goods.append(goods_item)

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceOrderId": reference_order_id,
                "orderDescription": order_description,
                "orderAmount": order_amount,
            }
        )
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if goods is not UNSET:
            field_dict["goods"] = goods
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if env is not UNSET:
            field_dict["env"] = env
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.buyer import Buyer  # noqa: PLC0415
        from ..models.env import Env  # noqa: PLC0415
        from ..models.goods import Goods  # noqa: PLC0415
        from ..models.shipping import Shipping  # noqa: PLC0415

        d = dict(src_dict)
        reference_order_id = d.pop("referenceOrderId")
        if not (isinstance(reference_order_id, str)):
            raise TypeError("referenceOrderId: expected a string, got " + type(reference_order_id).__name__)

        order_description = d.pop("orderDescription")
        if not (isinstance(order_description, str)):
            raise TypeError("orderDescription: expected a string, got " + type(order_description).__name__)

        order_amount = Amount.from_dict(d.pop("orderAmount"))

        _buyer = d.pop("buyer", UNSET)
        buyer: Buyer | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = Buyer.from_dict(_buyer)

        _goods = d.pop("goods", UNSET)
        goods: list[Goods] | Unset = UNSET
        if _goods is not UNSET:
            goods = []
            for goods_item_data in _goods:
                goods_item = Goods.from_dict(goods_item_data)

                goods.append(goods_item)

        _shipping = d.pop("shipping", UNSET)
        shipping: Shipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = Shipping.from_dict(_shipping)

        _env = d.pop("env", UNSET)
        env: Env | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = Env.from_dict(_env)

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        order = cls(
            reference_order_id=reference_order_id,
            order_description=order_description,
            order_amount=order_amount,
            buyer=buyer,
            goods=goods,
            shipping=shipping,
            env=env,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order.additional_properties = additional_properties
        return order

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
