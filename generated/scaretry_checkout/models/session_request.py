from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_authentication_category import SessionAuthenticationCategory
from ..models.session_authentication_type import SessionAuthenticationType
from ..models.session_request_challenge_indicator import SessionRequestChallengeIndicator
from ..models.session_transaction_type import SessionTransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_channel_data import AppChannelData
    from ..models.browser_channel_data import BrowserChannelData
    from ..models.hosted_completion import HostedCompletion
    from ..models.merchant_initiated_channel_data import MerchantInitiatedChannelData
    from ..models.non_hosted_completion import NonHostedCompletion
    from ..models.session_address import SessionAddress
    from ..models.session_card_source import SessionCardSource
    from ..models.session_id_source import SessionIdSource
    from ..models.session_request_billing_descriptor import SessionRequestBillingDescriptor
    from ..models.session_token_source import SessionTokenSource


T = TypeVar("T", bound="SessionRequest")


@_attrs_define
class SessionRequest:
    """Request for a standalone 3DS authentication session."""

    source: SessionCardSource | SessionIdSource | SessionTokenSource
    """ The card to authenticate. """
    currency: str
    completion: HostedCompletion | NonHostedCompletion
    """ How the session ends - hosted (Checkout.com redirects the cardholder) or non-hosted (callback). """
    amount: int | Unset = UNSET
    """ Amount in minor units. Required for 3DS1 and for recurring/installment; omitting it makes the session
    `non_payment` (3DS2 only). """
    processing_channel_id: str | Unset = UNSET
    """ Required unless the OAuth token was issued for a processing channel. """
    reference: str | Unset = UNSET
    authentication_type: SessionAuthenticationType | Unset = UNSET
    """ What the authentication is for. Defaults to `regular`. """
    authentication_category: SessionAuthenticationCategory | Unset = UNSET
    """ Payment or non-payment authentication. Defaults to `payment`. """
    challenge_indicator: SessionRequestChallengeIndicator | Unset = UNSET
    """ Challenge preference; here exemption requests are also expressed (`low_value`, `trusted_listing`,
    `transaction_risk_assessment` …). Falls back to `no_challenge_requested` when an exemption cannot apply.
    Defaults to `no_preference`. """
    transaction_type: SessionTransactionType | Unset = UNSET
    """ Type of transaction authenticated. Defaults to `goods_service`. """
    prior_transaction_reference: str | Unset = UNSET
    """ ACS transaction id of a prior authenticated transaction. """
    billing_descriptor: SessionRequestBillingDescriptor | Unset = UNSET
    shipping_address: SessionAddress | Unset = UNSET
    """ Address for 3DS (special characters are replaced). """
    shipping_address_matches_billing: bool | Unset = UNSET
    channel_data: AppChannelData | BrowserChannelData | MerchantInitiatedChannelData | Unset = UNSET
    """ Information gathered from the cardholder's browser or app, or the reason of a merchant-initiated
    authentication (3RI). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_channel_data import AppChannelData  # noqa: PLC0415
        from ..models.browser_channel_data import BrowserChannelData  # noqa: PLC0415
        from ..models.hosted_completion import HostedCompletion  # noqa: PLC0415
        from ..models.session_card_source import SessionCardSource  # noqa: PLC0415
        from ..models.session_id_source import SessionIdSource  # noqa: PLC0415

        source: dict[str, Any]
        if isinstance(self.source, SessionCardSource):
            source = self.source.to_dict()
        elif isinstance(self.source, SessionIdSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        currency = self.currency

        completion: dict[str, Any]
        if isinstance(self.completion, HostedCompletion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion.to_dict()

        amount = self.amount

        processing_channel_id = self.processing_channel_id

        reference = self.reference

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        authentication_category: str | Unset = UNSET
        if not isinstance(self.authentication_category, Unset):
            authentication_category = self.authentication_category.value

        challenge_indicator: str | Unset = UNSET
        if not isinstance(self.challenge_indicator, Unset):
            challenge_indicator = self.challenge_indicator.value

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        prior_transaction_reference = self.prior_transaction_reference

        billing_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_descriptor, Unset):
            billing_descriptor = self.billing_descriptor.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        shipping_address_matches_billing = self.shipping_address_matches_billing

        channel_data: dict[str, Any] | Unset
        if isinstance(self.channel_data, Unset):
            channel_data = UNSET
        elif isinstance(self.channel_data, BrowserChannelData):
            channel_data = self.channel_data.to_dict()
        elif isinstance(self.channel_data, AppChannelData):
            channel_data = self.channel_data.to_dict()
        else:
            channel_data = self.channel_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "currency": currency,
                "completion": completion,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if processing_channel_id is not UNSET:
            field_dict["processing_channel_id"] = processing_channel_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if authentication_category is not UNSET:
            field_dict["authentication_category"] = authentication_category
        if challenge_indicator is not UNSET:
            field_dict["challenge_indicator"] = challenge_indicator
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if prior_transaction_reference is not UNSET:
            field_dict["prior_transaction_reference"] = prior_transaction_reference
        if billing_descriptor is not UNSET:
            field_dict["billing_descriptor"] = billing_descriptor
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if shipping_address_matches_billing is not UNSET:
            field_dict["shipping_address_matches_billing"] = shipping_address_matches_billing
        if channel_data is not UNSET:
            field_dict["channel_data"] = channel_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_channel_data import AppChannelData  # noqa: PLC0415
        from ..models.browser_channel_data import BrowserChannelData  # noqa: PLC0415
        from ..models.hosted_completion import HostedCompletion  # noqa: PLC0415
        from ..models.merchant_initiated_channel_data import MerchantInitiatedChannelData  # noqa: PLC0415
        from ..models.non_hosted_completion import NonHostedCompletion  # noqa: PLC0415
        from ..models.session_address import SessionAddress  # noqa: PLC0415
        from ..models.session_card_source import SessionCardSource  # noqa: PLC0415
        from ..models.session_id_source import SessionIdSource  # noqa: PLC0415
        from ..models.session_request_billing_descriptor import SessionRequestBillingDescriptor  # noqa: PLC0415
        from ..models.session_token_source import SessionTokenSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> SessionCardSource | SessionIdSource | SessionTokenSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SessionCardSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = SessionIdSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = SessionTokenSource.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source"))

        currency = d.pop("currency")
        if not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        def _parse_completion(data: object) -> HostedCompletion | NonHostedCompletion:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = HostedCompletion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            completion_type_1 = NonHostedCompletion.from_dict(data)

            return completion_type_1

        completion = _parse_completion(d.pop("completion"))

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        processing_channel_id = d.pop("processing_channel_id", UNSET)
        if not isinstance(processing_channel_id, Unset) and not (isinstance(processing_channel_id, str)):
            raise TypeError("processing_channel_id: expected a string, got " + type(processing_channel_id).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _authentication_type = d.pop("authentication_type", UNSET)
        authentication_type: SessionAuthenticationType | Unset
        if isinstance(_authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = SessionAuthenticationType(_authentication_type)

        _authentication_category = d.pop("authentication_category", UNSET)
        authentication_category: SessionAuthenticationCategory | Unset
        if isinstance(_authentication_category, Unset):
            authentication_category = UNSET
        else:
            authentication_category = SessionAuthenticationCategory(_authentication_category)

        _challenge_indicator = d.pop("challenge_indicator", UNSET)
        challenge_indicator: SessionRequestChallengeIndicator | Unset
        if isinstance(_challenge_indicator, Unset):
            challenge_indicator = UNSET
        else:
            challenge_indicator = SessionRequestChallengeIndicator(_challenge_indicator)

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: SessionTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = SessionTransactionType(_transaction_type)

        prior_transaction_reference = d.pop("prior_transaction_reference", UNSET)
        if not isinstance(prior_transaction_reference, Unset) and not (isinstance(prior_transaction_reference, str)):
            raise TypeError(
                "prior_transaction_reference: expected a string, got " + type(prior_transaction_reference).__name__
            )

        _billing_descriptor = d.pop("billing_descriptor", UNSET)
        billing_descriptor: SessionRequestBillingDescriptor | Unset
        if isinstance(_billing_descriptor, Unset):
            billing_descriptor = UNSET
        else:
            billing_descriptor = SessionRequestBillingDescriptor.from_dict(_billing_descriptor)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: SessionAddress | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = SessionAddress.from_dict(_shipping_address)

        shipping_address_matches_billing = d.pop("shipping_address_matches_billing", UNSET)
        if not isinstance(shipping_address_matches_billing, Unset) and not (
            isinstance(shipping_address_matches_billing, bool)
        ):
            raise TypeError(
                "shipping_address_matches_billing: expected a boolean, got "
                + type(shipping_address_matches_billing).__name__
            )

        def _parse_channel_data(
            data: object,
        ) -> AppChannelData | BrowserChannelData | MerchantInitiatedChannelData | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channel_data_type_0 = BrowserChannelData.from_dict(data)

                return componentsschemas_channel_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_channel_data_type_1 = AppChannelData.from_dict(data)

                return componentsschemas_channel_data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_channel_data_type_2 = MerchantInitiatedChannelData.from_dict(data)

            return componentsschemas_channel_data_type_2

        channel_data = _parse_channel_data(d.pop("channel_data", UNSET))

        session_request = cls(
            source=source,
            currency=currency,
            completion=completion,
            amount=amount,
            processing_channel_id=processing_channel_id,
            reference=reference,
            authentication_type=authentication_type,
            authentication_category=authentication_category,
            challenge_indicator=challenge_indicator,
            transaction_type=transaction_type,
            prior_transaction_reference=prior_transaction_reference,
            billing_descriptor=billing_descriptor,
            shipping_address=shipping_address,
            shipping_address_matches_billing=shipping_address_matches_billing,
            channel_data=channel_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_request.additional_properties = additional_properties
        return session_request

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
