from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pxp_error_detail import PxpErrorDetail


T = TypeVar("T", bound="PxpError")


@_attrs_define
class PxpError:
    """Error body of every non-2xx answer."""

    error_code: str
    """ Machine-readable code: ValidationFailed, Unauthorised, AuthenticationNotFound, TransactionNotFound,
    InvalidAuthenticationState, DuplicateMerchantTransactionId, TooManyRequests, InternalError, ServiceUnavailable.
    """
    error_reason: str | Unset = UNSET
    """ Human-readable explanation. """
    correlation_id: str | Unset = UNSET
    """ The X-Request-Id of the failed request. """
    details: list[PxpErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_reason = self.error_reason

        correlation_id = self.correlation_id

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
            }
        )
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pxp_error_detail import PxpErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("errorCode")
        if not (isinstance(error_code, str)):
            raise TypeError("errorCode: expected a string, got " + type(error_code).__name__)

        error_reason = d.pop("errorReason", UNSET)
        if not isinstance(error_reason, Unset) and not (isinstance(error_reason, str)):
            raise TypeError("errorReason: expected a string, got " + type(error_reason).__name__)

        correlation_id = d.pop("correlationId", UNSET)
        if not isinstance(correlation_id, Unset) and not (isinstance(correlation_id, str)):
            raise TypeError("correlationId: expected a string, got " + type(correlation_id).__name__)

        _details = d.pop("details", UNSET)
        details: list[PxpErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = PxpErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        pxp_error = cls(
            error_code=error_code,
            error_reason=error_reason,
            correlation_id=correlation_id,
            details=details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pxp_error.additional_properties = additional_properties
        return pxp_error

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
