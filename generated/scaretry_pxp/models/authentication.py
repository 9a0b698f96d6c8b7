from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_state import AuthenticationState
from ..models.three_d_secure_transaction_status import ThreeDSecureTransactionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_data import StateData


T = TypeVar("T", bound="Authentication")


@_attrs_define
class Authentication:
    """An authentication as returned by browser authentication (initiate) and by GET, in both modes.
    Frictionless results come back final from initiate; with `PendingCustomerChallenge` the merchant
    renders the challenge and reads the final state with GET after the `cres` callback.

    """

    authentication_id: str
    """ A GUID in canonical 8-4-4-4-12 hexadecimal form. """
    state: AuthenticationState
    """ Lifecycle state of a 3DS authentication:
    - `PendingClientData`: pre-initiation succeeded and 3DS is supported; send the browser-authentication (initiate)
    request next.
    - `PendingCustomerChallenge`: the ACS found frictionless authentication insufficient and stepped up to a
    challenge; the cardholder must authenticate with the issuer (POST `challengeData` as `creq` to `challengeUrl`).
    - `AuthenticationSuccessful`: the authentication succeeded.
    - `AuthenticationFailed`: the authentication failed, usually with `stateData` giving the reason. It may be
    retried; authorising anyway leaves the liability with the merchant, and in PSD2 scope a transaction without an
    exemption may be soft-declined.
    - `AuthenticationRejected`: the authentication was rejected (for example a wrong one-time passcode), usually
    with `stateData`. Do not retry and do not authorise.
    - `AuthenticationError`: an error stopped the authentication; liability stays with the merchant, with the same
    PSD2 caveat as `AuthenticationFailed`.
     """
    state_data: None | StateData | Unset = UNSET
    three_d_secure_version: None | str | Unset = UNSET
    """ 3DS protocol version, e.g. 2.2.0. """
    directory_server_transaction_id: None | str | Unset = UNSET
    """ Directory server transaction id (dsTransID). """
    cardholder_authentication_verification_value: None | str | Unset = UNSET
    """ The CAVV / AAV (base64), present after a successful or attempted authentication. """
    electronic_commerce_indicator: None | str | Unset = UNSET
    """ ECI, e.g. "05" (Visa authenticated), "06" (attempted), "07" (not authenticated); Mastercard uses 02/01/00.
    """
    transaction_status: None | ThreeDSecureTransactionStatus | Unset = UNSET
    """ EMV transStatus of the authentication. """
    challenge_url: None | str | Unset = UNSET
    """ With `PendingCustomerChallenge`, the ACS URL the cardholder's browser POSTs the challenge form to (in an
    iframe sized by challengeWindowSize). """
    challenge_data: None | str | Unset = UNSET
    """ With `PendingCustomerChallenge`, the base64url CReq to post in a form field named `creq`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.state_data import StateData  # noqa: PLC0415

        authentication_id = self.authentication_id

        state = self.state.value

        state_data: dict[str, Any] | None | Unset
        if isinstance(self.state_data, Unset):
            state_data = UNSET
        elif isinstance(self.state_data, StateData):
            state_data = self.state_data.to_dict()
        else:
            state_data = self.state_data

        three_d_secure_version: None | str | Unset
        if isinstance(self.three_d_secure_version, Unset):
            three_d_secure_version = UNSET
        else:
            three_d_secure_version = self.three_d_secure_version

        directory_server_transaction_id: None | str | Unset
        if isinstance(self.directory_server_transaction_id, Unset):
            directory_server_transaction_id = UNSET
        else:
            directory_server_transaction_id = self.directory_server_transaction_id

        cardholder_authentication_verification_value: None | str | Unset
        if isinstance(self.cardholder_authentication_verification_value, Unset):
            cardholder_authentication_verification_value = UNSET
        else:
            cardholder_authentication_verification_value = self.cardholder_authentication_verification_value

        electronic_commerce_indicator: None | str | Unset
        if isinstance(self.electronic_commerce_indicator, Unset):
            electronic_commerce_indicator = UNSET
        else:
            electronic_commerce_indicator = self.electronic_commerce_indicator

        transaction_status: None | str | Unset
        if isinstance(self.transaction_status, Unset):
            transaction_status = UNSET
        elif isinstance(self.transaction_status, ThreeDSecureTransactionStatus):
            transaction_status = self.transaction_status.value
        else:
            transaction_status = self.transaction_status

        challenge_url: None | str | Unset
        if isinstance(self.challenge_url, Unset):
            challenge_url = UNSET
        else:
            challenge_url = self.challenge_url

        challenge_data: None | str | Unset
        if isinstance(self.challenge_data, Unset):
            challenge_data = UNSET
        else:
            challenge_data = self.challenge_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authenticationId": authentication_id,
                "state": state,
            }
        )
        if state_data is not UNSET:
            field_dict["stateData"] = state_data
        if three_d_secure_version is not UNSET:
            field_dict["threeDSecureVersion"] = three_d_secure_version
        if directory_server_transaction_id is not UNSET:
            field_dict["directoryServerTransactionId"] = directory_server_transaction_id
        if cardholder_authentication_verification_value is not UNSET:
            field_dict["cardholderAuthenticationVerificationValue"] = cardholder_authentication_verification_value
        if electronic_commerce_indicator is not UNSET:
            field_dict["electronicCommerceIndicator"] = electronic_commerce_indicator
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if challenge_url is not UNSET:
            field_dict["challengeUrl"] = challenge_url
        if challenge_data is not UNSET:
            field_dict["challengeData"] = challenge_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state_data import StateData  # noqa: PLC0415

        d = dict(src_dict)
        authentication_id = d.pop("authenticationId")
        if not (isinstance(authentication_id, str)):
            raise TypeError("authenticationId: expected a string, got " + type(authentication_id).__name__)

        state = AuthenticationState(d.pop("state"))

        def _parse_state_data(data: object) -> None | StateData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_data_type_0 = StateData.from_dict(data)

                return state_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            state_data_type_1 = data

            return state_data_type_1

        state_data = _parse_state_data(d.pop("stateData", UNSET))

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

        def _parse_directory_server_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                directory_server_transaction_id_type_0 = data
                if not (isinstance(directory_server_transaction_id_type_0, str)):
                    raise TypeError(
                        "directoryServerTransactionId_type_0: expected a string, got "
                        + type(directory_server_transaction_id_type_0).__name__
                    )

                return directory_server_transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            directory_server_transaction_id_type_1 = data

            return directory_server_transaction_id_type_1

        directory_server_transaction_id = _parse_directory_server_transaction_id(
            d.pop("directoryServerTransactionId", UNSET)
        )

        def _parse_cardholder_authentication_verification_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cardholder_authentication_verification_value_type_0 = data
                if not (isinstance(cardholder_authentication_verification_value_type_0, str)):
                    raise TypeError(
                        "cardholderAuthenticationVerificationValue_type_0: expected a string, got "
                        + type(cardholder_authentication_verification_value_type_0).__name__
                    )

                return cardholder_authentication_verification_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cardholder_authentication_verification_value_type_1 = data

            return cardholder_authentication_verification_value_type_1

        cardholder_authentication_verification_value = _parse_cardholder_authentication_verification_value(
            d.pop("cardholderAuthenticationVerificationValue", UNSET)
        )

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

        def _parse_transaction_status(data: object) -> None | ThreeDSecureTransactionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transaction_status_type_0 = ThreeDSecureTransactionStatus(data)

                return transaction_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            transaction_status_type_1 = data

            return transaction_status_type_1

        transaction_status = _parse_transaction_status(d.pop("transactionStatus", UNSET))

        def _parse_challenge_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                challenge_url_type_0 = data
                if not (isinstance(challenge_url_type_0, str)):
                    raise TypeError(
                        "challengeUrl_type_0: expected a string, got " + type(challenge_url_type_0).__name__
                    )

                return challenge_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            challenge_url_type_1 = data

            return challenge_url_type_1

        challenge_url = _parse_challenge_url(d.pop("challengeUrl", UNSET))

        def _parse_challenge_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                challenge_data_type_0 = data
                if not (isinstance(challenge_data_type_0, str)):
                    raise TypeError(
                        "challengeData_type_0: expected a string, got " + type(challenge_data_type_0).__name__
                    )

                return challenge_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            challenge_data_type_1 = data

            return challenge_data_type_1

        challenge_data = _parse_challenge_data(d.pop("challengeData", UNSET))

        authentication = cls(
            authentication_id=authentication_id,
            state=state,
            state_data=state_data,
            three_d_secure_version=three_d_secure_version,
            directory_server_transaction_id=directory_server_transaction_id,
            cardholder_authentication_verification_value=cardholder_authentication_verification_value,
            electronic_commerce_indicator=electronic_commerce_indicator,
            transaction_status=transaction_status,
            challenge_url=challenge_url,
            challenge_data=challenge_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        authentication.additional_properties = additional_properties
        return authentication

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
