from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_ds_enrollment_data_enrolled import ThreeDSEnrollmentDataEnrolled
from ..models.upgrade_reason import UpgradeReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSEnrollmentData")


@_attrs_define
class ThreeDSEnrollmentData:
    """3DS enrollment information returned by the payment request."""

    downgraded: bool | Unset = UNSET
    """ The 3DS payment continued without 3DS (`attempt_n3d`). """
    enrolled: ThreeDSEnrollmentDataEnrolled | Unset = UNSET
    """ Issuer enrollment - Y enrolled, N not enrolled, U unknown. """
    upgrade_reason: UpgradeReason | Unset = UNSET
    """ Why Checkout.com upgraded the payment to 3DS. `sca_retry` - the issuer soft-declined it with 20154 and the
    payment was sent for 3DS automatically. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downgraded = self.downgraded

        enrolled: str | Unset = UNSET
        if not isinstance(self.enrolled, Unset):
            enrolled = self.enrolled.value

        upgrade_reason: str | Unset = UNSET
        if not isinstance(self.upgrade_reason, Unset):
            upgrade_reason = self.upgrade_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downgraded is not UNSET:
            field_dict["downgraded"] = downgraded
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled
        if upgrade_reason is not UNSET:
            field_dict["upgrade_reason"] = upgrade_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        downgraded = d.pop("downgraded", UNSET)
        if not isinstance(downgraded, Unset) and not (isinstance(downgraded, bool)):
            raise TypeError("downgraded: expected a boolean, got " + type(downgraded).__name__)

        _enrolled = d.pop("enrolled", UNSET)
        enrolled: ThreeDSEnrollmentDataEnrolled | Unset
        if isinstance(_enrolled, Unset):
            enrolled = UNSET
        else:
            enrolled = ThreeDSEnrollmentDataEnrolled(_enrolled)

        _upgrade_reason = d.pop("upgrade_reason", UNSET)
        upgrade_reason: UpgradeReason | Unset
        if isinstance(_upgrade_reason, Unset):
            upgrade_reason = UNSET
        else:
            upgrade_reason = UpgradeReason(_upgrade_reason)

        three_ds_enrollment_data = cls(
            downgraded=downgraded,
            enrolled=enrolled,
            upgrade_reason=upgrade_reason,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_enrollment_data.additional_properties = additional_properties
        return three_ds_enrollment_data

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
