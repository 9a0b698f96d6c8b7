from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_payment_method_meta_data import CardPaymentMethodMetaData


T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """The payment method to charge."""

    payment_method_type: str
    """ CARD for cards; wallets and other methods have their own values (ALIPAY_CN, GCASH, ...). """
    payment_method_id: str | Unset = UNSET
    """ For CARD, a cardToken returned earlier in paymentResultInfo (stored-card payments). """
    customer_id: str | Unset = UNSET
    """ The merchant's id for the buyer; improves risk decisions. """
    require_issuer_authentication: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    extend_info: str | Unset = UNSET
    payment_method_meta_data: CardPaymentMethodMetaData | Unset = UNSET
    """ The card part of paymentMethod.paymentMethodMetaData (and of availablePaymentMethod.paymentMethodMetaData in
    createPaymentSession). Antom types the metadata as an open map; these are the card keys. Other payment methods
    put other keys here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        payment_method_id = self.payment_method_id

        customer_id = self.customer_id

        require_issuer_authentication: bool | str | Unset
        if isinstance(self.require_issuer_authentication, Unset):
            require_issuer_authentication = UNSET
        elif isinstance(self.require_issuer_authentication, AntomBooleanString):
            require_issuer_authentication = self.require_issuer_authentication.value
        else:
            require_issuer_authentication = self.require_issuer_authentication

        extend_info = self.extend_info

        payment_method_meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method_meta_data, Unset):
            payment_method_meta_data = self.payment_method_meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
            }
        )
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if require_issuer_authentication is not UNSET:
            field_dict["requireIssuerAuthentication"] = require_issuer_authentication
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info
        if payment_method_meta_data is not UNSET:
            field_dict["paymentMethodMetaData"] = payment_method_meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_payment_method_meta_data import CardPaymentMethodMetaData  # noqa: PLC0415

        d = dict(src_dict)
        payment_method_type = d.pop("paymentMethodType")
        if not (isinstance(payment_method_type, str)):
            raise TypeError("paymentMethodType: expected a string, got " + type(payment_method_type).__name__)

        payment_method_id = d.pop("paymentMethodId", UNSET)
        if not isinstance(payment_method_id, Unset) and not (isinstance(payment_method_id, str)):
            raise TypeError("paymentMethodId: expected a string, got " + type(payment_method_id).__name__)

        customer_id = d.pop("customerId", UNSET)
        if not isinstance(customer_id, Unset) and not (isinstance(customer_id, str)):
            raise TypeError("customerId: expected a string, got " + type(customer_id).__name__)

        def _parse_require_issuer_authentication(data: object) -> AntomBooleanString | bool | Unset:
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

        require_issuer_authentication = _parse_require_issuer_authentication(
            d.pop("requireIssuerAuthentication", UNSET)
        )

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        _payment_method_meta_data = d.pop("paymentMethodMetaData", UNSET)
        payment_method_meta_data: CardPaymentMethodMetaData | Unset
        if isinstance(_payment_method_meta_data, Unset):
            payment_method_meta_data = UNSET
        else:
            payment_method_meta_data = CardPaymentMethodMetaData.from_dict(_payment_method_meta_data)

        payment_method = cls(
            payment_method_type=payment_method_type,
            payment_method_id=payment_method_id,
            customer_id=customer_id,
            require_issuer_authentication=require_issuer_authentication,
            extend_info=extend_info,
            payment_method_meta_data=payment_method_meta_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_method.additional_properties = additional_properties
        return payment_method

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
