from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Body of every error answer. `errorCode` is an opaque string to log, not to branch on; the
    HTTP status decides. The docs show all three fields on every error, but nothing is required
    of an error answer: the client reads them for its message when they are there.

    """

    error_code: str | Unset = UNSET
    """ Opaque error identifier. """
    status_code: int | Unset = UNSET
    """ The HTTP status, repeated. """
    message: str | Unset = UNSET
    """ Human-readable description (e.g. "Bad request", "Missing auth token", "Forbidden access"). """
    details: str | Unset = UNSET
    """ Extra information on what failed validation; documented only on 400 and 422. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        status_code = self.status_code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode", UNSET)
        if not isinstance(error_code, Unset) and not (isinstance(error_code, str)):
            raise TypeError("errorCode: expected a string, got " + type(error_code).__name__)

        status_code = d.pop("statusCode", UNSET)
        if not isinstance(status_code, Unset) and not (
            isinstance(status_code, int) and not isinstance(status_code, bool)
        ):
            raise TypeError("statusCode: expected an integer, got " + type(status_code).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, Unset) and not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        details = d.pop("details", UNSET)
        if not isinstance(details, Unset) and not (isinstance(details, str)):
            raise TypeError("details: expected a string, got " + type(details).__name__)

        error_response = cls(
            error_code=error_code,
            status_code=status_code,
            message=message,
            details=details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_response.additional_properties = additional_properties
        return error_response

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
