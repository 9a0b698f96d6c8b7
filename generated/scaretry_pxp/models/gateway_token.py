from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayToken")


@_attrs_define
class GatewayToken:
    """PXP variant "Gateway token"; a card stored in PXP's token vault. Variant of the pre-initiate `card` oneOf,
    identified by the required `gatewayTokenId`.

    """

    gateway_token_id: str
    """ A GUID in canonical 8-4-4-4-12 hexadecimal form. """
    card_verification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gateway_token_id = self.gateway_token_id

        card_verification_code = self.card_verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gatewayTokenId": gateway_token_id,
            }
        )
        if card_verification_code is not UNSET:
            field_dict["cardVerificationCode"] = card_verification_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gateway_token_id = d.pop("gatewayTokenId")
        if not (isinstance(gateway_token_id, str)):
            raise TypeError("gatewayTokenId: expected a string, got " + type(gateway_token_id).__name__)

        card_verification_code = d.pop("cardVerificationCode", UNSET)
        if not isinstance(card_verification_code, Unset) and not (isinstance(card_verification_code, str)):
            raise TypeError("cardVerificationCode: expected a string, got " + type(card_verification_code).__name__)

        gateway_token = cls(
            gateway_token_id=gateway_token_id,
            card_verification_code=card_verification_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gateway_token.additional_properties = additional_properties
        return gateway_token

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
