from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sessions_error_response_error_type import SessionsErrorResponseErrorType

T = TypeVar("T", bound="SessionsErrorResponse")


@_attrs_define
class SessionsErrorResponse:
    """Error body of the Sessions API."""

    request_id: str
    error_type: SessionsErrorResponseErrorType
    """ Error category (usual status in brackets) - operation_not_allowed (403), not_implemented (501), not_found
    (404), forbidden (401), callback_failed, internal_server_error (500), unprocessable_entity (422), conflict
    (409), duplicate_requests_detected (409), service_not_available (503). """
    error_codes: list[str]
    """ Specific codes, e.g. card_not_enrolled, update_not_allowed_due_to_state, session_already_in_use, or generic
    `<field>_required` / `<field>_invalid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        error_type = self.error_type.value

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

        error_type = SessionsErrorResponseErrorType(d.pop("error_type"))

        error_codes = []
        _error_codes = d.pop("error_codes")
        for error_codes_item_data in _error_codes:
            error_codes_item = error_codes_item_data
            if not (isinstance(error_codes_item, str)):
                raise TypeError("error_codes_item: expected a string, got " + type(error_codes_item).__name__)

            error_codes.append(error_codes_item)

        sessions_error_response = cls(
            request_id=request_id,
            error_type=error_type,
            error_codes=error_codes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        sessions_error_response.additional_properties = additional_properties
        return sessions_error_response

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
