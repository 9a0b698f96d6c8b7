from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StateData")


@_attrs_define
class StateData:
    """Why the authentication reached its state (success, challenge, failure or error)."""

    code: str
    """ Two-digit state code (EMV transStatusReason); `reason` carries its text:
    01 Card authentication failed.
    02 Unknown device.
    03 Unsupported device.
    04 Exceeds authentication frequency limit.
    05 Expired card.
    06 Invalid card number.
    07 Invalid transaction.
    08 No card record.
    09 Security failure.
    10 Stolen card.
    11 Suspected fraud.
    12 Transaction not permitted to Cardholder.
    13 Cardholder not enrolled in service.
    14 Transaction timed out at the ACS.
    15 Low confidence.
    16 Medium confidence.
    17 High confidence.
    18 Very high confidence.
    19 Exceeds ACS maximum challenges.
    20 Non-Payment transaction not supported.
    21 3RI transaction not supported.
    22 ACS technical issue.
    23 Decoupled Authentication required by ACS but not requested by 3DS Requestor.
    24 3DS Requestor Decoupled Max Expiry Time exceeded.
    25 Decoupled Authentication was provided insufficient time to authenticate Cardholder. ACS will not make
    attempt.
    26 Authentication attempted but not performed by the Cardholder.
    27 Preferred Authentication Method not supported.
    28 Validation of content security policy failed.
    29 Authentication attempted but not completed by the Cardholder. Fall back to Decoupled Authentication.
    30 Authentication completed successfully but additional authentication of the Cardholder required. Reinitiate as
    Decoupled Authentication.
     """
    reason: str | Unset = UNSET
    """ Text of the state code, as in the table under `code`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")
        if not (isinstance(code, str)):
            raise TypeError("code: expected a string, got " + type(code).__name__)

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, Unset) and not (isinstance(reason, str)):
            raise TypeError("reason: expected a string, got " + type(reason).__name__)

        state_data = cls(
            code=code,
            reason=reason,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        state_data.additional_properties = additional_properties
        return state_data

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
