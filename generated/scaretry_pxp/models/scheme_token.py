from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SchemeToken")


@_attrs_define
class SchemeToken:
    """PXP variant "Scheme token"; a Visa or Mastercard network token held in PXP's token vault. Variant of the pre-
    initiate `card` oneOf, identified by the required `schemeTokenId`.

    """

    scheme_token_id: str
    """ A GUID in canonical 8-4-4-4-12 hexadecimal form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme_token_id = self.scheme_token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemeTokenId": scheme_token_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheme_token_id = d.pop("schemeTokenId")
        if not (isinstance(scheme_token_id, str)):
            raise TypeError("schemeTokenId: expected a string, got " + type(scheme_token_id).__name__)

        scheme_token = cls(
            scheme_token_id=scheme_token_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scheme_token.additional_properties = additional_properties
        return scheme_token

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
