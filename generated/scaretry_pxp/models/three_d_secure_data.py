from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.three_d_secure_transaction_status import ThreeDSecureTransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSecureData")


@_attrs_define
class ThreeDSecureData:
    """3DS for the transaction. Integrated mode: send only `authenticationId` and PXP uses that
    authentication's card and result. Standalone or external 3DS: send the result fields.

    """

    authentication_id: str | Unset = UNSET
    """ A GUID in canonical 8-4-4-4-12 hexadecimal form. """
    card_holder_authentication_verification_value: str | Unset = UNSET
    """ CAVV / AAV from the authentication (note the capital H, as documented here, unlike the 3DS API). """
    directory_server_transaction_id: str | Unset = UNSET
    electronic_commerce_indicator: str | Unset = UNSET
    three_d_secure_version: str | Unset = UNSET
    three_d_secure_transaction_status: ThreeDSecureTransactionStatus | Unset = UNSET
    """ EMV transStatus: `Y` authenticated, `N` not authenticated, `U` could not be performed, `A` attempted, `C`
    challenge required, `R` rejected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_id = self.authentication_id

        card_holder_authentication_verification_value = self.card_holder_authentication_verification_value

        directory_server_transaction_id = self.directory_server_transaction_id

        electronic_commerce_indicator = self.electronic_commerce_indicator

        three_d_secure_version = self.three_d_secure_version

        three_d_secure_transaction_status: str | Unset = UNSET
        if not isinstance(self.three_d_secure_transaction_status, Unset):
            three_d_secure_transaction_status = self.three_d_secure_transaction_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_id is not UNSET:
            field_dict["authenticationId"] = authentication_id
        if card_holder_authentication_verification_value is not UNSET:
            field_dict["cardHolderAuthenticationVerificationValue"] = card_holder_authentication_verification_value
        if directory_server_transaction_id is not UNSET:
            field_dict["directoryServerTransactionId"] = directory_server_transaction_id
        if electronic_commerce_indicator is not UNSET:
            field_dict["electronicCommerceIndicator"] = electronic_commerce_indicator
        if three_d_secure_version is not UNSET:
            field_dict["threeDSecureVersion"] = three_d_secure_version
        if three_d_secure_transaction_status is not UNSET:
            field_dict["threeDSecureTransactionStatus"] = three_d_secure_transaction_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication_id = d.pop("authenticationId", UNSET)
        if not isinstance(authentication_id, Unset) and not (isinstance(authentication_id, str)):
            raise TypeError("authenticationId: expected a string, got " + type(authentication_id).__name__)

        card_holder_authentication_verification_value = d.pop("cardHolderAuthenticationVerificationValue", UNSET)
        if not isinstance(card_holder_authentication_verification_value, Unset) and not (
            isinstance(card_holder_authentication_verification_value, str)
        ):
            raise TypeError(
                "cardHolderAuthenticationVerificationValue: expected a string, got "
                + type(card_holder_authentication_verification_value).__name__
            )

        directory_server_transaction_id = d.pop("directoryServerTransactionId", UNSET)
        if not isinstance(directory_server_transaction_id, Unset) and not (
            isinstance(directory_server_transaction_id, str)
        ):
            raise TypeError(
                "directoryServerTransactionId: expected a string, got " + type(directory_server_transaction_id).__name__
            )

        electronic_commerce_indicator = d.pop("electronicCommerceIndicator", UNSET)
        if not isinstance(electronic_commerce_indicator, Unset) and not (
            isinstance(electronic_commerce_indicator, str)
        ):
            raise TypeError(
                "electronicCommerceIndicator: expected a string, got " + type(electronic_commerce_indicator).__name__
            )

        three_d_secure_version = d.pop("threeDSecureVersion", UNSET)
        if not isinstance(three_d_secure_version, Unset) and not (isinstance(three_d_secure_version, str)):
            raise TypeError("threeDSecureVersion: expected a string, got " + type(three_d_secure_version).__name__)

        _three_d_secure_transaction_status = d.pop("threeDSecureTransactionStatus", UNSET)
        three_d_secure_transaction_status: ThreeDSecureTransactionStatus | Unset
        if isinstance(_three_d_secure_transaction_status, Unset):
            three_d_secure_transaction_status = UNSET
        else:
            three_d_secure_transaction_status = ThreeDSecureTransactionStatus(_three_d_secure_transaction_status)

        three_d_secure_data = cls(
            authentication_id=authentication_id,
            card_holder_authentication_verification_value=card_holder_authentication_verification_value,
            directory_server_transaction_id=directory_server_transaction_id,
            electronic_commerce_indicator=electronic_commerce_indicator,
            three_d_secure_version=three_d_secure_version,
            three_d_secure_transaction_status=three_d_secure_transaction_status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_d_secure_data.additional_properties = additional_properties
        return three_d_secure_data

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
