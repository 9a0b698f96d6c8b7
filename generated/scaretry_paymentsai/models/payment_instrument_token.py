from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentInstrumentToken")


@_attrs_define
class PaymentInstrumentToken:
    """A short-lived card token."""

    id: str
    """ Token id to attach or to charge once. """
    created_at: str
    """ ISO 8601 timestamp. """
    expirated_at: None | str | Unset = UNSET
    """ ISO 8601 expiry timestamp (the provider's spelling); null when the token does not expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        expirated_at: None | str | Unset
        if isinstance(self.expirated_at, Unset):
            expirated_at = UNSET
        else:
            expirated_at = self.expirated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
            }
        )
        if expirated_at is not UNSET:
            field_dict["expiratedAt"] = expirated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("createdAt")

        def _parse_expirated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expirated_at = _parse_expirated_at(d.pop("expiratedAt", UNSET))

        payment_instrument_token = cls(
            id=id,
            created_at=created_at,
            expirated_at=expirated_at,
        )

        payment_instrument_token.additional_properties = d
        return payment_instrument_token

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
