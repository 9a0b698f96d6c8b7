from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentInstrumentToken")


@_attrs_define
class PaymentInstrumentToken:
    """A short-lived card token. Only its id is required of an answer (it is what the transaction consumes)."""

    id: str
    """ Token id to attach or to charge once. """
    created_at: str | Unset = UNSET
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
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expirated_at is not UNSET:
            field_dict["expiratedAt"] = expirated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, Unset) and not (isinstance(created_at, str)):
            raise TypeError("createdAt: expected a string, got " + type(created_at).__name__)

        def _parse_expirated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expirated_at_type_0 = data
                if not (isinstance(expirated_at_type_0, str)):
                    raise TypeError("expiratedAt_type_0: expected a string, got " + type(expirated_at_type_0).__name__)

                return expirated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expirated_at_type_1 = data

            return expirated_at_type_1

        expirated_at = _parse_expirated_at(d.pop("expiratedAt", UNSET))

        payment_instrument_token = cls(
            id=id,
            created_at=created_at,
            expirated_at=expirated_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_instrument_token.additional_properties = additional_properties
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
