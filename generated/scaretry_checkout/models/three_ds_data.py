from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_data_authentication_response import ThreeDSDataAuthenticationResponse
from ..models.three_ds_data_challenge_indicator import ThreeDSDataChallengeIndicator
from ..models.three_ds_data_enrolled import ThreeDSDataEnrolled
from ..models.three_ds_data_exemption_applied import ThreeDSDataExemptionApplied
from ..models.three_ds_data_signature_valid import ThreeDSDataSignatureValid
from ..models.three_ds_exemption import ThreeDSExemption
from ..models.upgrade_reason import UpgradeReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSData")


@_attrs_define
class ThreeDSData:
    """3DS information of a payment after (or during) authentication."""

    downgraded: bool | Unset = UNSET
    enrolled: ThreeDSDataEnrolled | Unset = UNSET
    signature_valid: ThreeDSDataSignatureValid | Unset = UNSET
    """ Integrity check of the authentication response. """
    authentication_response: ThreeDSDataAuthenticationResponse | Unset = UNSET
    """ Y authenticated, N not authenticated, A attempted (stand-in, counts as success), U unable to authenticate.
    """
    authentication_status_reason: str | Unset = UNSET
    """ EMV 3DS transStatusReason code, e.g. `01` card authentication failed. """
    cryptogram: str | Unset = UNSET
    """ Base64 CAVV/AAV. """
    xid: str | Unset = UNSET
    version: str | Unset = UNSET
    """ 3DS version used, e.g. `2.2.0`. """
    exemption: ThreeDSExemption | Unset = UNSET
    """ SCA exemption requested or applied. """
    exemption_applied: ThreeDSDataExemptionApplied | Unset = UNSET
    """ Exemption the issuer applied. """
    challenged: bool | Unset = UNSET
    """ Whether the cardholder was challenged. """
    upgrade_reason: UpgradeReason | Unset = UNSET
    """ Why Checkout.com upgraded the payment to 3DS. `sca_retry` - the issuer soft-declined it with 20154 and the
    payment was sent for 3DS automatically. """
    eci: str | Unset = UNSET
    authentication_id: str | Unset = UNSET
    """ Session id of the authentication (webhooks). """
    challenge_indicator: ThreeDSDataChallengeIndicator | Unset = UNSET
    redirect_url: str | Unset = UNSET
    """ The 3DS redirect URL the cardholder was sent to (webhooks). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downgraded = self.downgraded

        enrolled: str | Unset = UNSET
        if not isinstance(self.enrolled, Unset):
            enrolled = self.enrolled.value

        signature_valid: str | Unset = UNSET
        if not isinstance(self.signature_valid, Unset):
            signature_valid = self.signature_valid.value

        authentication_response: str | Unset = UNSET
        if not isinstance(self.authentication_response, Unset):
            authentication_response = self.authentication_response.value

        authentication_status_reason = self.authentication_status_reason

        cryptogram = self.cryptogram

        xid = self.xid

        version = self.version

        exemption: str | Unset = UNSET
        if not isinstance(self.exemption, Unset):
            exemption = self.exemption.value

        exemption_applied: str | Unset = UNSET
        if not isinstance(self.exemption_applied, Unset):
            exemption_applied = self.exemption_applied.value

        challenged = self.challenged

        upgrade_reason: str | Unset = UNSET
        if not isinstance(self.upgrade_reason, Unset):
            upgrade_reason = self.upgrade_reason.value

        eci = self.eci

        authentication_id = self.authentication_id

        challenge_indicator: str | Unset = UNSET
        if not isinstance(self.challenge_indicator, Unset):
            challenge_indicator = self.challenge_indicator.value

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downgraded is not UNSET:
            field_dict["downgraded"] = downgraded
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled
        if signature_valid is not UNSET:
            field_dict["signature_valid"] = signature_valid
        if authentication_response is not UNSET:
            field_dict["authentication_response"] = authentication_response
        if authentication_status_reason is not UNSET:
            field_dict["authentication_status_reason"] = authentication_status_reason
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if xid is not UNSET:
            field_dict["xid"] = xid
        if version is not UNSET:
            field_dict["version"] = version
        if exemption is not UNSET:
            field_dict["exemption"] = exemption
        if exemption_applied is not UNSET:
            field_dict["exemption_applied"] = exemption_applied
        if challenged is not UNSET:
            field_dict["challenged"] = challenged
        if upgrade_reason is not UNSET:
            field_dict["upgrade_reason"] = upgrade_reason
        if eci is not UNSET:
            field_dict["eci"] = eci
        if authentication_id is not UNSET:
            field_dict["authentication_id"] = authentication_id
        if challenge_indicator is not UNSET:
            field_dict["challenge_indicator"] = challenge_indicator
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        downgraded = d.pop("downgraded", UNSET)
        if not isinstance(downgraded, Unset) and not (isinstance(downgraded, bool)):
            raise TypeError("downgraded: expected a boolean, got " + type(downgraded).__name__)

        _enrolled = d.pop("enrolled", UNSET)
        enrolled: ThreeDSDataEnrolled | Unset
        if isinstance(_enrolled, Unset):
            enrolled = UNSET
        else:
            enrolled = ThreeDSDataEnrolled(_enrolled)

        _signature_valid = d.pop("signature_valid", UNSET)
        signature_valid: ThreeDSDataSignatureValid | Unset
        if isinstance(_signature_valid, Unset):
            signature_valid = UNSET
        else:
            signature_valid = ThreeDSDataSignatureValid(_signature_valid)

        _authentication_response = d.pop("authentication_response", UNSET)
        authentication_response: ThreeDSDataAuthenticationResponse | Unset
        if isinstance(_authentication_response, Unset):
            authentication_response = UNSET
        else:
            authentication_response = ThreeDSDataAuthenticationResponse(_authentication_response)

        authentication_status_reason = d.pop("authentication_status_reason", UNSET)
        if not isinstance(authentication_status_reason, Unset) and not (isinstance(authentication_status_reason, str)):
            raise TypeError(
                "authentication_status_reason: expected a string, got " + type(authentication_status_reason).__name__
            )

        cryptogram = d.pop("cryptogram", UNSET)
        if not isinstance(cryptogram, Unset) and not (isinstance(cryptogram, str)):
            raise TypeError("cryptogram: expected a string, got " + type(cryptogram).__name__)

        xid = d.pop("xid", UNSET)
        if not isinstance(xid, Unset) and not (isinstance(xid, str)):
            raise TypeError("xid: expected a string, got " + type(xid).__name__)

        version = d.pop("version", UNSET)
        if not isinstance(version, Unset) and not (isinstance(version, str)):
            raise TypeError("version: expected a string, got " + type(version).__name__)

        _exemption = d.pop("exemption", UNSET)
        exemption: ThreeDSExemption | Unset
        if isinstance(_exemption, Unset):
            exemption = UNSET
        else:
            exemption = ThreeDSExemption(_exemption)

        _exemption_applied = d.pop("exemption_applied", UNSET)
        exemption_applied: ThreeDSDataExemptionApplied | Unset
        if isinstance(_exemption_applied, Unset):
            exemption_applied = UNSET
        else:
            exemption_applied = ThreeDSDataExemptionApplied(_exemption_applied)

        challenged = d.pop("challenged", UNSET)
        if not isinstance(challenged, Unset) and not (isinstance(challenged, bool)):
            raise TypeError("challenged: expected a boolean, got " + type(challenged).__name__)

        _upgrade_reason = d.pop("upgrade_reason", UNSET)
        upgrade_reason: UpgradeReason | Unset
        if isinstance(_upgrade_reason, Unset):
            upgrade_reason = UNSET
        else:
            upgrade_reason = UpgradeReason(_upgrade_reason)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        authentication_id = d.pop("authentication_id", UNSET)
        if not isinstance(authentication_id, Unset) and not (isinstance(authentication_id, str)):
            raise TypeError("authentication_id: expected a string, got " + type(authentication_id).__name__)

        _challenge_indicator = d.pop("challenge_indicator", UNSET)
        challenge_indicator: ThreeDSDataChallengeIndicator | Unset
        if isinstance(_challenge_indicator, Unset):
            challenge_indicator = UNSET
        else:
            challenge_indicator = ThreeDSDataChallengeIndicator(_challenge_indicator)

        redirect_url = d.pop("redirect_url", UNSET)
        if not isinstance(redirect_url, Unset) and not (isinstance(redirect_url, str)):
            raise TypeError("redirect_url: expected a string, got " + type(redirect_url).__name__)

        three_ds_data = cls(
            downgraded=downgraded,
            enrolled=enrolled,
            signature_valid=signature_valid,
            authentication_response=authentication_response,
            authentication_status_reason=authentication_status_reason,
            cryptogram=cryptogram,
            xid=xid,
            version=version,
            exemption=exemption,
            exemption_applied=exemption_applied,
            challenged=challenged,
            upgrade_reason=upgrade_reason,
            eci=eci,
            authentication_id=authentication_id,
            challenge_indicator=challenge_indicator,
            redirect_url=redirect_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_data.additional_properties = additional_properties
        return three_ds_data

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
