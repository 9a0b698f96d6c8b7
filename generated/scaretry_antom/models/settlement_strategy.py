from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettlementStrategy")


@_attrs_define
class SettlementStrategy:
    """Settlement preferences."""

    settlement_currency: str | Unset = UNSET
    """ Settlement currency; needed when several settlement currencies are contracted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_currency = self.settlement_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlement_currency is not UNSET:
            field_dict["settlementCurrency"] = settlement_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settlement_currency = d.pop("settlementCurrency", UNSET)
        if not isinstance(settlement_currency, Unset) and not (isinstance(settlement_currency, str)):
            raise TypeError("settlementCurrency: expected a string, got " + type(settlement_currency).__name__)

        settlement_strategy = cls(
            settlement_currency=settlement_currency,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        settlement_strategy.additional_properties = additional_properties
        return settlement_strategy

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
