from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_details import PaymentDetails


T = TypeVar("T", bound="PaymentList")


@_attrs_define
class PaymentList:
    """A page of "Get payment lists", most recently processed first."""

    data: list[PaymentDetails]
    limit: int | Unset = UNSET
    skip: int | Unset = UNSET
    total_count: int | Unset = UNSET
    """ How many payments carry the reference in all. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limit = self.limit

        skip = self.skip

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if skip is not UNSET:
            field_dict["skip"] = skip
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_details import PaymentDetails  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PaymentDetails.from_dict(data_item_data)

            data.append(data_item)

        limit = d.pop("limit", UNSET)
        if not isinstance(limit, Unset) and not (isinstance(limit, int) and not isinstance(limit, bool)):
            raise TypeError("limit: expected an integer, got " + type(limit).__name__)

        skip = d.pop("skip", UNSET)
        if not isinstance(skip, Unset) and not (isinstance(skip, int) and not isinstance(skip, bool)):
            raise TypeError("skip: expected an integer, got " + type(skip).__name__)

        total_count = d.pop("total_count", UNSET)
        if not isinstance(total_count, Unset) and not (
            isinstance(total_count, int) and not isinstance(total_count, bool)
        ):
            raise TypeError("total_count: expected an integer, got " + type(total_count).__name__)

        payment_list = cls(
            data=data,
            limit=limit,
            skip=skip,
            total_count=total_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_list.additional_properties = additional_properties
        return payment_list

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
