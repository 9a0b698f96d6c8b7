from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.requestor_authentication_indicator import RequestorAuthenticationIndicator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_amounts import AuthenticationAmounts
    from ..models.card import Card
    from ..models.gateway_token import GatewayToken
    from ..models.scheme_token import SchemeToken
    from ..models.scheme_token_external import SchemeTokenExternal


T = TypeVar("T", bound="PreInitiateStandaloneAuthenticationRequest")


@_attrs_define
class PreInitiateStandaloneAuthenticationRequest:
    amount: AuthenticationAmounts
    """ Amount of the transaction being authenticated (PXP schema `authenticationAmounts`). """
    fingerprint_callback_url: str
    """ Where the ACS POSTs `threeDSMethodData` back after the 3DS Method (fingerprint). """
    acquirer_profile_id: str
    """ The acquirer profile to authenticate for. """
    merchant_group: str
    """ The merchant group. """
    card: Card | GatewayToken | SchemeToken | SchemeTokenExternal
    """ The card to authenticate: direct card details, a gateway token, a scheme token from PXP's vault, or
    an external scheme token. PXP documents no discriminator property; each variant requires a property
    only it has (primaryAccountNumber, gatewayTokenId, schemeTokenId, schemeTokenNumber).
     """
    requestor_authentication_indicator: None | RequestorAuthenticationIndicator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card import Card  # noqa: PLC0415
        from ..models.gateway_token import GatewayToken  # noqa: PLC0415
        from ..models.scheme_token import SchemeToken  # noqa: PLC0415

        amount = self.amount.to_dict()

        fingerprint_callback_url = self.fingerprint_callback_url

        acquirer_profile_id = self.acquirer_profile_id

        merchant_group = self.merchant_group

        card: dict[str, Any]
        if isinstance(self.card, Card):
            card = self.card.to_dict()
        elif isinstance(self.card, GatewayToken):
            card = self.card.to_dict()
        elif isinstance(self.card, SchemeToken):
            card = self.card.to_dict()
        else:
            card = self.card.to_dict()

        requestor_authentication_indicator: None | str | Unset
        if isinstance(self.requestor_authentication_indicator, Unset):
            requestor_authentication_indicator = UNSET
        elif isinstance(self.requestor_authentication_indicator, RequestorAuthenticationIndicator):
            requestor_authentication_indicator = self.requestor_authentication_indicator.value
        else:
            requestor_authentication_indicator = self.requestor_authentication_indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "fingerprintCallbackUrl": fingerprint_callback_url,
                "acquirerProfileId": acquirer_profile_id,
                "merchantGroup": merchant_group,
                "card": card,
            }
        )
        if requestor_authentication_indicator is not UNSET:
            field_dict["requestorAuthenticationIndicator"] = requestor_authentication_indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authentication_amounts import AuthenticationAmounts  # noqa: PLC0415
        from ..models.card import Card  # noqa: PLC0415
        from ..models.gateway_token import GatewayToken  # noqa: PLC0415
        from ..models.scheme_token import SchemeToken  # noqa: PLC0415
        from ..models.scheme_token_external import SchemeTokenExternal  # noqa: PLC0415

        d = dict(src_dict)
        amount = AuthenticationAmounts.from_dict(d.pop("amount"))

        fingerprint_callback_url = d.pop("fingerprintCallbackUrl")
        if not (isinstance(fingerprint_callback_url, str)):
            raise TypeError("fingerprintCallbackUrl: expected a string, got " + type(fingerprint_callback_url).__name__)

        acquirer_profile_id = d.pop("acquirerProfileId")
        if not (isinstance(acquirer_profile_id, str)):
            raise TypeError("acquirerProfileId: expected a string, got " + type(acquirer_profile_id).__name__)

        merchant_group = d.pop("merchantGroup")
        if not (isinstance(merchant_group, str)):
            raise TypeError("merchantGroup: expected a string, got " + type(merchant_group).__name__)

        def _parse_card(data: object) -> Card | GatewayToken | SchemeToken | SchemeTokenExternal:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_authentication_card_data_type_0 = Card.from_dict(data)

                return componentsschemas_authentication_card_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_authentication_card_data_type_1 = GatewayToken.from_dict(data)

                return componentsschemas_authentication_card_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_authentication_card_data_type_2 = SchemeToken.from_dict(data)

                return componentsschemas_authentication_card_data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_authentication_card_data_type_3 = SchemeTokenExternal.from_dict(data)

            return componentsschemas_authentication_card_data_type_3

        card = _parse_card(d.pop("card"))

        def _parse_requestor_authentication_indicator(data: object) -> None | RequestorAuthenticationIndicator | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requestor_authentication_indicator_type_0 = RequestorAuthenticationIndicator(data)

                return requestor_authentication_indicator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            requestor_authentication_indicator_type_1 = data

            return requestor_authentication_indicator_type_1

        requestor_authentication_indicator = _parse_requestor_authentication_indicator(
            d.pop("requestorAuthenticationIndicator", UNSET)
        )

        pre_initiate_standalone_authentication_request = cls(
            amount=amount,
            fingerprint_callback_url=fingerprint_callback_url,
            acquirer_profile_id=acquirer_profile_id,
            merchant_group=merchant_group,
            card=card,
            requestor_authentication_indicator=requestor_authentication_indicator,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pre_initiate_standalone_authentication_request.additional_properties = additional_properties
        return pre_initiate_standalone_authentication_request

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
