from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_acs_challenge_cancel_reason import SessionAcsChallengeCancelReason
from ..models.session_acs_interface import SessionAcsInterface
from ..models.session_acs_ui_template import SessionAcsUiTemplate
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionAcs")


@_attrs_define
class SessionAcs:
    """Access control server (issuer) data; present once channel data and fingerprint result are in."""

    reference_number: str
    transaction_id: str
    operator_id: str
    challenge_mandated: bool
    url: str | Unset = UNSET
    """ ACS URL for the challenge. """
    signed_content: str | Unset = UNSET
    """ JWS from the ACS for app challenges. """
    authentication_type: str | Unset = UNSET
    """ 01 static, 02 dynamic, 03 out-of-band. """
    challenge_cancel_reason: SessionAcsChallengeCancelReason | Unset = UNSET
    challenge_cancel_reason_code: str | Unset = UNSET
    interface: SessionAcsInterface | Unset = UNSET
    ui_template: SessionAcsUiTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        transaction_id = self.transaction_id

        operator_id = self.operator_id

        challenge_mandated = self.challenge_mandated

        url = self.url

        signed_content = self.signed_content

        authentication_type = self.authentication_type

        challenge_cancel_reason: str | Unset = UNSET
        if not isinstance(self.challenge_cancel_reason, Unset):
            challenge_cancel_reason = self.challenge_cancel_reason.value

        challenge_cancel_reason_code = self.challenge_cancel_reason_code

        interface: str | Unset = UNSET
        if not isinstance(self.interface, Unset):
            interface = self.interface.value

        ui_template: str | Unset = UNSET
        if not isinstance(self.ui_template, Unset):
            ui_template = self.ui_template.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_number": reference_number,
                "transaction_id": transaction_id,
                "operator_id": operator_id,
                "challenge_mandated": challenge_mandated,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if signed_content is not UNSET:
            field_dict["signed_content"] = signed_content
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if challenge_cancel_reason is not UNSET:
            field_dict["challenge_cancel_reason"] = challenge_cancel_reason
        if challenge_cancel_reason_code is not UNSET:
            field_dict["challenge_cancel_reason_code"] = challenge_cancel_reason_code
        if interface is not UNSET:
            field_dict["interface"] = interface
        if ui_template is not UNSET:
            field_dict["ui_template"] = ui_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_number = d.pop("reference_number")
        if not (isinstance(reference_number, str)):
            raise TypeError("reference_number: expected a string, got " + type(reference_number).__name__)

        transaction_id = d.pop("transaction_id")
        if not (isinstance(transaction_id, str)):
            raise TypeError("transaction_id: expected a string, got " + type(transaction_id).__name__)

        operator_id = d.pop("operator_id")
        if not (isinstance(operator_id, str)):
            raise TypeError("operator_id: expected a string, got " + type(operator_id).__name__)

        challenge_mandated = d.pop("challenge_mandated")
        if not (isinstance(challenge_mandated, bool)):
            raise TypeError("challenge_mandated: expected a boolean, got " + type(challenge_mandated).__name__)

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            raise TypeError("url: expected a string, got " + type(url).__name__)

        signed_content = d.pop("signed_content", UNSET)
        if not isinstance(signed_content, Unset) and not (isinstance(signed_content, str)):
            raise TypeError("signed_content: expected a string, got " + type(signed_content).__name__)

        authentication_type = d.pop("authentication_type", UNSET)
        if not isinstance(authentication_type, Unset) and not (isinstance(authentication_type, str)):
            raise TypeError("authentication_type: expected a string, got " + type(authentication_type).__name__)

        _challenge_cancel_reason = d.pop("challenge_cancel_reason", UNSET)
        challenge_cancel_reason: SessionAcsChallengeCancelReason | Unset
        if isinstance(_challenge_cancel_reason, Unset):
            challenge_cancel_reason = UNSET
        else:
            challenge_cancel_reason = SessionAcsChallengeCancelReason(_challenge_cancel_reason)

        challenge_cancel_reason_code = d.pop("challenge_cancel_reason_code", UNSET)
        if not isinstance(challenge_cancel_reason_code, Unset) and not (isinstance(challenge_cancel_reason_code, str)):
            raise TypeError(
                "challenge_cancel_reason_code: expected a string, got " + type(challenge_cancel_reason_code).__name__
            )

        _interface = d.pop("interface", UNSET)
        interface: SessionAcsInterface | Unset
        if isinstance(_interface, Unset):
            interface = UNSET
        else:
            interface = SessionAcsInterface(_interface)

        _ui_template = d.pop("ui_template", UNSET)
        ui_template: SessionAcsUiTemplate | Unset
        if isinstance(_ui_template, Unset):
            ui_template = UNSET
        else:
            ui_template = SessionAcsUiTemplate(_ui_template)

        session_acs = cls(
            reference_number=reference_number,
            transaction_id=transaction_id,
            operator_id=operator_id,
            challenge_mandated=challenge_mandated,
            url=url,
            signed_content=signed_content,
            authentication_type=authentication_type,
            challenge_cancel_reason=challenge_cancel_reason,
            challenge_cancel_reason_code=challenge_cancel_reason_code,
            interface=interface,
            ui_template=ui_template,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_acs.additional_properties = additional_properties
        return session_acs

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
