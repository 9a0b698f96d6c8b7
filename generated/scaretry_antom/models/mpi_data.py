from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_type import CredentialType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MpiData")


@_attrs_define
class MpiData:
    """Result of 3DS run by the merchant's own MPI (external 3DS), passed to Antom for authorisation."""

    three_ds_version: str | Unset = UNSET
    eci: str | Unset = UNSET
    cavv: str | Unset = UNSET
    ds_transaction_id: str | Unset = UNSET
    credential_type: CredentialType | Unset = UNSET
    """ Whether the card credential is the PAN or a network token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        three_ds_version = self.three_ds_version

        eci = self.eci

        cavv = self.cavv

        ds_transaction_id = self.ds_transaction_id

        credential_type: str | Unset = UNSET
        if not isinstance(self.credential_type, Unset):
            credential_type = self.credential_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if three_ds_version is not UNSET:
            field_dict["threeDSVersion"] = three_ds_version
        if eci is not UNSET:
            field_dict["eci"] = eci
        if cavv is not UNSET:
            field_dict["cavv"] = cavv
        if ds_transaction_id is not UNSET:
            field_dict["dsTransactionId"] = ds_transaction_id
        if credential_type is not UNSET:
            field_dict["credentialType"] = credential_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        three_ds_version = d.pop("threeDSVersion", UNSET)
        if not isinstance(three_ds_version, Unset) and not (isinstance(three_ds_version, str)):
            raise TypeError("threeDSVersion: expected a string, got " + type(three_ds_version).__name__)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        cavv = d.pop("cavv", UNSET)
        if not isinstance(cavv, Unset) and not (isinstance(cavv, str)):
            raise TypeError("cavv: expected a string, got " + type(cavv).__name__)

        ds_transaction_id = d.pop("dsTransactionId", UNSET)
        if not isinstance(ds_transaction_id, Unset) and not (isinstance(ds_transaction_id, str)):
            raise TypeError("dsTransactionId: expected a string, got " + type(ds_transaction_id).__name__)

        _credential_type = d.pop("credentialType", UNSET)
        credential_type: CredentialType | Unset
        if isinstance(_credential_type, Unset):
            credential_type = UNSET
        else:
            credential_type = CredentialType(_credential_type)

        mpi_data = cls(
            three_ds_version=three_ds_version,
            eci=eci,
            cavv=cavv,
            ds_transaction_id=ds_transaction_id,
            credential_type=credential_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mpi_data.additional_properties = additional_properties
        return mpi_data

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
