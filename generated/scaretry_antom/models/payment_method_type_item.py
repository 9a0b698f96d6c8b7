from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodTypeItem")


@_attrs_define
class PaymentMethodTypeItem:
    """A payment method to show in the Payment Element or Checkout Page."""

    payment_method_type: str
    payment_method_order: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    express_checkout: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        payment_method_order: int | str | Unset
        if isinstance(self.payment_method_order, Unset):
            payment_method_order = UNSET
        else:
            payment_method_order = self.payment_method_order

        express_checkout: bool | str | Unset
        if isinstance(self.express_checkout, Unset):
            express_checkout = UNSET
        elif isinstance(self.express_checkout, AntomBooleanString):
            express_checkout = self.express_checkout.value
        else:
            express_checkout = self.express_checkout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
            }
        )
        if payment_method_order is not UNSET:
            field_dict["paymentMethodOrder"] = payment_method_order
        if express_checkout is not UNSET:
            field_dict["expressCheckout"] = express_checkout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_method_type = d.pop("paymentMethodType")
        if not (isinstance(payment_method_type, str)):
            raise TypeError("paymentMethodType: expected a string, got " + type(payment_method_type).__name__)

        def _parse_payment_method_order(data: object) -> int | str | Unset:
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

        payment_method_order = _parse_payment_method_order(d.pop("paymentMethodOrder", UNSET))

        def _parse_express_checkout(data: object) -> AntomBooleanString | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_boolean_type_0 = data
                if not (isinstance(componentsschemas_antom_boolean_type_0, bool)):
                    raise TypeError(
                        "/components/schemas/AntomBoolean_type_0: expected a boolean, got "
                        + type(componentsschemas_antom_boolean_type_0).__name__
                    )

                return componentsschemas_antom_boolean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_boolean_type_1 = AntomBooleanString(data)

            return componentsschemas_antom_boolean_type_1

        express_checkout = _parse_express_checkout(d.pop("expressCheckout", UNSET))

        payment_method_type_item = cls(
            payment_method_type=payment_method_type,
            payment_method_order=payment_method_order,
            express_checkout=express_checkout,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_method_type_item.additional_properties = additional_properties
        return payment_method_type_item

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
