from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """422 body listing every invalid or missing field as a code such as `payment_source_required` or
    `processing_channel_id_required`.

    """

    request_id: str
    error_type: str
    """ Usually `request_invalid`. """
    error_codes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        error_type = self.error_type

        error_codes = self.error_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "error_type": error_type,
                "error_codes": error_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")
        if not (isinstance(request_id, str)):
            raise TypeError("request_id: expected a string, got " + type(request_id).__name__)

        error_type = d.pop("error_type")
        if not (isinstance(error_type, str)):
            raise TypeError("error_type: expected a string, got " + type(error_type).__name__)

        error_codes = []
        _error_codes = d.pop("error_codes")
        for error_codes_item_data in _error_codes:
            error_codes_item = error_codes_item_data
            if not (isinstance(error_codes_item, str)):
                raise TypeError("error_codes_item: expected a string, got " + type(error_codes_item).__name__)

            error_codes.append(error_codes_item)

        validation_error = cls(
            request_id=request_id,
            error_type=error_type,
            error_codes=error_codes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validation_error.additional_properties = additional_properties
        return validation_error

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
