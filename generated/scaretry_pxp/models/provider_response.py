from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderResponse")


@_attrs_define
class ProviderResponse:
    """What the provider (acquirer/issuer) answered. `code` is the scheme response code: "00" approved,
    "1A" Visa additional customer authentication required and "65" Mastercard SCA required (soft
    declines: retry with 3DS), "05" do not honour, "51" insufficient funds, "59" suspected fraud,
    "91" issuer unavailable.

    """

    code: str
    """ Scheme response code. """
    message: str | Unset = UNSET
    merchant_advice: None | str | Unset = UNSET
    """ Mastercard Merchant Advice Code when the scheme sent one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        merchant_advice: None | str | Unset
        if isinstance(self.merchant_advice, Unset):
            merchant_advice = UNSET
        else:
            merchant_advice = self.merchant_advice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if merchant_advice is not UNSET:
            field_dict["merchantAdvice"] = merchant_advice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")
        if not (isinstance(code, str)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, Unset) and not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        def _parse_merchant_advice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merchant_advice_type_0 = data
                if not (isinstance(merchant_advice_type_0, str)):
                    raise TypeError(
                        "merchantAdvice_type_0: expected a string, got " + type(merchant_advice_type_0).__name__
                    )

                return merchant_advice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            merchant_advice_type_1 = data

            return merchant_advice_type_1

        merchant_advice = _parse_merchant_advice(d.pop("merchantAdvice", UNSET))

        provider_response = cls(
            code=code,
            message=message,
            merchant_advice=merchant_advice,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        provider_response.additional_properties = additional_properties
        return provider_response

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
