from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_exemption import ThreeDSExemption
from ..models.three_ds_request_challenge_indicator import ThreeDSRequestChallengeIndicator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSRequest")


@_attrs_define
class ThreeDSRequest:
    """Let Checkout.com run 3DS with the payment (or not, and control the SCA retry). A body with
    `authentication_id`, or with a non-empty `eci` and `cryptogram`, is not this variant (the
    `not` keeps the `oneOf` exclusive for validators). Empty `eci`, `cryptogram` and `xid` - as
    the official Python SDK's 3DS example sends them - count as absent: 3DS runs.

    """

    enabled: bool | Unset = UNSET
    """ Process the payment with 3DS. Defaults to false. """
    attempt_n3d: bool | Unset = UNSET
    """ If the issuer is not enrolled, continue without 3DS (shows as `3ds.downgraded`). Defaults to false. """
    challenge_indicator: ThreeDSRequestChallengeIndicator | Unset = UNSET
    """ Challenge preference; the issuer decides. Defaults to `no_preference`. """
    exemption: ThreeDSExemption | Unset = UNSET
    """ SCA exemption requested or applied. """
    eci: str | Unset = UNSET
    """ Empty here (a value makes the request third-party authentication data). """
    cryptogram: str | Unset = UNSET
    """ Empty here (a value makes the request third-party authentication data). """
    xid: str | Unset = UNSET
    version: str | Unset = UNSET
    """ 3DS version to prefer, e.g. `2.2.0`. """
    allow_upgrade: bool | Unset = UNSET
    """ Whether Checkout.com may upgrade the payment to 3DS when the issuer soft-declines it with
    20154 (3DS authentication required). Defaults to true (false for processing channels created
    before 12 October 2022). When upgraded the payment answers 202 with
    `3ds.upgrade_reason: sca_retry`; with false the 20154 decline is returned as a 201.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        attempt_n3d = self.attempt_n3d

        challenge_indicator: str | Unset = UNSET
        if not isinstance(self.challenge_indicator, Unset):
            challenge_indicator = self.challenge_indicator.value

        exemption: str | Unset = UNSET
        if not isinstance(self.exemption, Unset):
            exemption = self.exemption.value

        eci = self.eci

        cryptogram = self.cryptogram

        xid = self.xid

        version = self.version

        allow_upgrade = self.allow_upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if attempt_n3d is not UNSET:
            field_dict["attempt_n3d"] = attempt_n3d
        if challenge_indicator is not UNSET:
            field_dict["challenge_indicator"] = challenge_indicator
        if exemption is not UNSET:
            field_dict["exemption"] = exemption
        if eci is not UNSET:
            field_dict["eci"] = eci
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if xid is not UNSET:
            field_dict["xid"] = xid
        if version is not UNSET:
            field_dict["version"] = version
        if allow_upgrade is not UNSET:
            field_dict["allow_upgrade"] = allow_upgrade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)
        if not isinstance(enabled, Unset) and not (isinstance(enabled, bool)):
            raise TypeError("enabled: expected a boolean, got " + type(enabled).__name__)

        attempt_n3d = d.pop("attempt_n3d", UNSET)
        if not isinstance(attempt_n3d, Unset) and not (isinstance(attempt_n3d, bool)):
            raise TypeError("attempt_n3d: expected a boolean, got " + type(attempt_n3d).__name__)

        _challenge_indicator = d.pop("challenge_indicator", UNSET)
        challenge_indicator: ThreeDSRequestChallengeIndicator | Unset
        if isinstance(_challenge_indicator, Unset):
            challenge_indicator = UNSET
        else:
            challenge_indicator = ThreeDSRequestChallengeIndicator(_challenge_indicator)

        _exemption = d.pop("exemption", UNSET)
        exemption: ThreeDSExemption | Unset
        if isinstance(_exemption, Unset):
            exemption = UNSET
        else:
            exemption = ThreeDSExemption(_exemption)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        cryptogram = d.pop("cryptogram", UNSET)
        if not isinstance(cryptogram, Unset) and not (isinstance(cryptogram, str)):
            raise TypeError("cryptogram: expected a string, got " + type(cryptogram).__name__)

        xid = d.pop("xid", UNSET)
        if not isinstance(xid, Unset) and not (isinstance(xid, str)):
            raise TypeError("xid: expected a string, got " + type(xid).__name__)

        version = d.pop("version", UNSET)
        if not isinstance(version, Unset) and not (isinstance(version, str)):
            raise TypeError("version: expected a string, got " + type(version).__name__)

        allow_upgrade = d.pop("allow_upgrade", UNSET)
        if not isinstance(allow_upgrade, Unset) and not (isinstance(allow_upgrade, bool)):
            raise TypeError("allow_upgrade: expected a boolean, got " + type(allow_upgrade).__name__)

        three_ds_request = cls(
            enabled=enabled,
            attempt_n3d=attempt_n3d,
            challenge_indicator=challenge_indicator,
            exemption=exemption,
            eci=eci,
            cryptogram=cryptogram,
            xid=xid,
            version=version,
            allow_upgrade=allow_upgrade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_request.additional_properties = additional_properties
        return three_ds_request

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
