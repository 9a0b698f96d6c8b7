from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionThreeDSecureResult")


@_attrs_define
class TransactionThreeDSecureResult:
    """The 3DS data the transaction was authorised with."""

    authentication_id: None | str | Unset = UNSET
    """ The integrated authentication used, if any. """
    electronic_commerce_indicator: None | str | Unset = UNSET
    three_d_secure_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_id: None | str | Unset
        if isinstance(self.authentication_id, Unset):
            authentication_id = UNSET
        else:
            authentication_id = self.authentication_id

        electronic_commerce_indicator: None | str | Unset
        if isinstance(self.electronic_commerce_indicator, Unset):
            electronic_commerce_indicator = UNSET
        else:
            electronic_commerce_indicator = self.electronic_commerce_indicator

        three_d_secure_version: None | str | Unset
        if isinstance(self.three_d_secure_version, Unset):
            three_d_secure_version = UNSET
        else:
            three_d_secure_version = self.three_d_secure_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_id is not UNSET:
            field_dict["authenticationId"] = authentication_id
        if electronic_commerce_indicator is not UNSET:
            field_dict["electronicCommerceIndicator"] = electronic_commerce_indicator
        if three_d_secure_version is not UNSET:
            field_dict["threeDSecureVersion"] = three_d_secure_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authentication_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authentication_id_type_0 = data
                if not (isinstance(authentication_id_type_0, str)):
                    raise TypeError(
                        "authenticationId_type_0: expected a string, got " + type(authentication_id_type_0).__name__
                    )

                return authentication_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            authentication_id_type_1 = data

            return authentication_id_type_1

        authentication_id = _parse_authentication_id(d.pop("authenticationId", UNSET))

        def _parse_electronic_commerce_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                electronic_commerce_indicator_type_0 = data
                if not (isinstance(electronic_commerce_indicator_type_0, str)):
                    raise TypeError(
                        "electronicCommerceIndicator_type_0: expected a string, got "
                        + type(electronic_commerce_indicator_type_0).__name__
                    )

                return electronic_commerce_indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            electronic_commerce_indicator_type_1 = data

            return electronic_commerce_indicator_type_1

        electronic_commerce_indicator = _parse_electronic_commerce_indicator(
            d.pop("electronicCommerceIndicator", UNSET)
        )

        def _parse_three_d_secure_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                three_d_secure_version_type_0 = data
                if not (isinstance(three_d_secure_version_type_0, str)):
                    raise TypeError(
                        "threeDSecureVersion_type_0: expected a string, got "
                        + type(three_d_secure_version_type_0).__name__
                    )

                return three_d_secure_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            three_d_secure_version_type_1 = data

            return three_d_secure_version_type_1

        three_d_secure_version = _parse_three_d_secure_version(d.pop("threeDSecureVersion", UNSET))

        transaction_three_d_secure_result = cls(
            authentication_id=authentication_id,
            electronic_commerce_indicator=electronic_commerce_indicator,
            three_d_secure_version=three_d_secure_version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_three_d_secure_result.additional_properties = additional_properties
        return transaction_three_d_secure_result

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
