from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_state import AuthenticationState
from ..models.challenge_indicator import ChallengeIndicator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state_data import StateData


T = TypeVar("T", bound="PreInitiateIntegratedAuthenticationResponse")


@_attrs_define
class PreInitiateIntegratedAuthenticationResponse:
    """Answer to an integrated pre-initiate request."""

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
    three_d_secure_supported: bool | Unset = UNSET
    """ Whether the card supports 3DS; when false, continue without 3DS (no liability shift). """
    sca_mandated: bool | Unset = UNSET
    """ Whether SCA (PSD2) applies; exemptions may be used only when true. """
    recommended_challenge_indicator: ChallengeIndicator | None | Unset = UNSET
    """ PXP's recommended challenge indicator; for 03 or 04 PXP strongly advises authenticating with that indicator.
    """
    three_d_secure_version: None | str | Unset = UNSET
    """ 3DS protocol version that will be used, e.g. 2.2.0. """
    three_d_secure_fingerprint_url: None | str | Unset = UNSET
    """ The issuer's 3DS Method URL; the browser POSTs `threeDSMethodData` to it from a hidden iframe. Null when the
    issuer has no 3DS Method. """
    three_d_secure_fingerprint_data: None | str | Unset = UNSET
    """ Value to post as form field `threeDSMethodData`. Null when the issuer has no 3DS Method. If the callback
    does not arrive within 10 seconds, continue without it. """
    applicable_exemptions: None | str | Unset = UNSET
    """ The exemptions PXP found applicable, comma-separated (`LVP`, `TRA`, or `LVP,TRA`; see ExemptionType); only
    meaningful when `scaMandated` is true. Either or both may apply, one is used at a time (PXP recommends TRA
    when both are): at authentication (requestorChallengeIndicator 05 TRA, 10 LVP) or at authorisation
    (risking a soft decline).
     """
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

        three_d_secure_supported = self.three_d_secure_supported

        sca_mandated = self.sca_mandated

        recommended_challenge_indicator: None | str | Unset
        if isinstance(self.recommended_challenge_indicator, Unset):
            recommended_challenge_indicator = UNSET
        elif isinstance(self.recommended_challenge_indicator, ChallengeIndicator):
            recommended_challenge_indicator = self.recommended_challenge_indicator.value
        else:
            recommended_challenge_indicator = self.recommended_challenge_indicator

        three_d_secure_version: None | str | Unset
        if isinstance(self.three_d_secure_version, Unset):
            three_d_secure_version = UNSET
        else:
            three_d_secure_version = self.three_d_secure_version

        three_d_secure_fingerprint_url: None | str | Unset
        if isinstance(self.three_d_secure_fingerprint_url, Unset):
            three_d_secure_fingerprint_url = UNSET
        else:
            three_d_secure_fingerprint_url = self.three_d_secure_fingerprint_url

        three_d_secure_fingerprint_data: None | str | Unset
        if isinstance(self.three_d_secure_fingerprint_data, Unset):
            three_d_secure_fingerprint_data = UNSET
        else:
            three_d_secure_fingerprint_data = self.three_d_secure_fingerprint_data

        applicable_exemptions: None | str | Unset
        if isinstance(self.applicable_exemptions, Unset):
            applicable_exemptions = UNSET
        else:
            applicable_exemptions = self.applicable_exemptions

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
        if three_d_secure_supported is not UNSET:
            field_dict["threeDSecureSupported"] = three_d_secure_supported
        if sca_mandated is not UNSET:
            field_dict["scaMandated"] = sca_mandated
        if recommended_challenge_indicator is not UNSET:
            field_dict["recommendedChallengeIndicator"] = recommended_challenge_indicator
        if three_d_secure_version is not UNSET:
            field_dict["threeDSecureVersion"] = three_d_secure_version
        if three_d_secure_fingerprint_url is not UNSET:
            field_dict["threeDSecureFingerprintUrl"] = three_d_secure_fingerprint_url
        if three_d_secure_fingerprint_data is not UNSET:
            field_dict["threeDSecureFingerprintData"] = three_d_secure_fingerprint_data
        if applicable_exemptions is not UNSET:
            field_dict["applicableExemptions"] = applicable_exemptions

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

        three_d_secure_supported = d.pop("threeDSecureSupported", UNSET)
        if not isinstance(three_d_secure_supported, Unset) and not (isinstance(three_d_secure_supported, bool)):
            raise TypeError("threeDSecureSupported: expected a boolean, got " + type(three_d_secure_supported).__name__)

        sca_mandated = d.pop("scaMandated", UNSET)
        if not isinstance(sca_mandated, Unset) and not (isinstance(sca_mandated, bool)):
            raise TypeError("scaMandated: expected a boolean, got " + type(sca_mandated).__name__)

        def _parse_recommended_challenge_indicator(data: object) -> ChallengeIndicator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recommended_challenge_indicator_type_0 = ChallengeIndicator(data)

                return recommended_challenge_indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            recommended_challenge_indicator_type_1 = data

            return recommended_challenge_indicator_type_1

        recommended_challenge_indicator = _parse_recommended_challenge_indicator(
            d.pop("recommendedChallengeIndicator", UNSET)
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

        def _parse_three_d_secure_fingerprint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                three_d_secure_fingerprint_url_type_0 = data
                if not (isinstance(three_d_secure_fingerprint_url_type_0, str)):
                    raise TypeError(
                        "threeDSecureFingerprintUrl_type_0: expected a string, got "
                        + type(three_d_secure_fingerprint_url_type_0).__name__
                    )

                return three_d_secure_fingerprint_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            three_d_secure_fingerprint_url_type_1 = data

            return three_d_secure_fingerprint_url_type_1

        three_d_secure_fingerprint_url = _parse_three_d_secure_fingerprint_url(
            d.pop("threeDSecureFingerprintUrl", UNSET)
        )

        def _parse_three_d_secure_fingerprint_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                three_d_secure_fingerprint_data_type_0 = data
                if not (isinstance(three_d_secure_fingerprint_data_type_0, str)):
                    raise TypeError(
                        "threeDSecureFingerprintData_type_0: expected a string, got "
                        + type(three_d_secure_fingerprint_data_type_0).__name__
                    )

                return three_d_secure_fingerprint_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            three_d_secure_fingerprint_data_type_1 = data

            return three_d_secure_fingerprint_data_type_1

        three_d_secure_fingerprint_data = _parse_three_d_secure_fingerprint_data(
            d.pop("threeDSecureFingerprintData", UNSET)
        )

        def _parse_applicable_exemptions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applicable_exemptions_type_0 = data
                if not (isinstance(applicable_exemptions_type_0, str)):
                    raise TypeError(
                        "applicableExemptions_type_0: expected a string, got "
                        + type(applicable_exemptions_type_0).__name__
                    )

                return applicable_exemptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            applicable_exemptions_type_1 = data

            return applicable_exemptions_type_1

        applicable_exemptions = _parse_applicable_exemptions(d.pop("applicableExemptions", UNSET))

        pre_initiate_integrated_authentication_response = cls(
            authentication_id=authentication_id,
            state=state,
            state_data=state_data,
            three_d_secure_supported=three_d_secure_supported,
            sca_mandated=sca_mandated,
            recommended_challenge_indicator=recommended_challenge_indicator,
            three_d_secure_version=three_d_secure_version,
            three_d_secure_fingerprint_url=three_d_secure_fingerprint_url,
            three_d_secure_fingerprint_data=three_d_secure_fingerprint_data,
            applicable_exemptions=applicable_exemptions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pre_initiate_integrated_authentication_response.additional_properties = additional_properties
        return pre_initiate_integrated_authentication_response

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
