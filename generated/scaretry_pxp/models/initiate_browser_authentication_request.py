from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.challenge_indicator import ChallengeIndicator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.authentication_recurring import AuthenticationRecurring
    from ..models.browser_data import BrowserData


T = TypeVar("T", bound="InitiateBrowserAuthenticationRequest")


@_attrs_define
class InitiateBrowserAuthenticationRequest:
    """Browser-authentication (initiate) request, the same for standalone and integrated mode."""

    challenge_callback_url: str
    """ Where the ACS POSTs `cres` when the challenge ends. """
    browser_data: BrowserData
    """ The cardholder's browser as seen by the merchant's page; required for a browser-based authentication. """
    fingerprint_notification: str | Unset = UNSET
    """ The base64 `threeDSMethodData` received on the fingerprint callback; omit when fingerprinting was skipped or
    timed out. """
    merchant_category_code: str | Unset = UNSET
    """ Merchant category code (MCC), e.g. "5411". """
    merchant_country_numeric_code: str | Unset = UNSET
    """ ISO 3166-1 numeric country code of the merchant, e.g. "840". """
    merchant_legal_name: str | Unset = UNSET
    acquirer_merchant_id: str | Unset = UNSET
    """ Merchant id assigned by the acquirer. """
    challenge_window_size: int | Unset = UNSET
    """ EMV challenge window size: 1 = 250x400, 2 = 390x400, 3 = 500x600, 4 = 600x400, 5 = full screen. """
    requestor_challenge_indicator: ChallengeIndicator | Unset = UNSET
    """ EMV 3DS requestor challenge indicator as a two-digit string: `01` no preference, `02` no challenge
    requested, `03` challenge requested (requestor preference), `04` challenge requested (mandate),
    `05` no challenge requested (TRA already performed), `06` no challenge (data share only), `07` no
    challenge (SCA already performed), `08` no challenge (trusted beneficiary exemption), `09` challenge
    requested (trusted beneficiary prompt). Standalone merchants apply an exemption through this value,
    and only when `scaMandated` is true.
     """
    recurring: AuthenticationRecurring | Unset = UNSET
    """ Recurring details for the authentication. """
    billing_address: Address | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge_callback_url = self.challenge_callback_url

        browser_data = self.browser_data.to_dict()

        fingerprint_notification = self.fingerprint_notification

        merchant_category_code = self.merchant_category_code

        merchant_country_numeric_code = self.merchant_country_numeric_code

        merchant_legal_name = self.merchant_legal_name

        acquirer_merchant_id = self.acquirer_merchant_id

        challenge_window_size = self.challenge_window_size

        requestor_challenge_indicator: str | Unset = UNSET
        if not isinstance(self.requestor_challenge_indicator, Unset):
            requestor_challenge_indicator = self.requestor_challenge_indicator.value

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challengeCallbackUrl": challenge_callback_url,
                "browserData": browser_data,
            }
        )
        if fingerprint_notification is not UNSET:
            field_dict["fingerprintNotification"] = fingerprint_notification
        if merchant_category_code is not UNSET:
            field_dict["merchantCategoryCode"] = merchant_category_code
        if merchant_country_numeric_code is not UNSET:
            field_dict["merchantCountryNumericCode"] = merchant_country_numeric_code
        if merchant_legal_name is not UNSET:
            field_dict["merchantLegalName"] = merchant_legal_name
        if acquirer_merchant_id is not UNSET:
            field_dict["acquirerMerchantId"] = acquirer_merchant_id
        if challenge_window_size is not UNSET:
            field_dict["challengeWindowSize"] = challenge_window_size
        if requestor_challenge_indicator is not UNSET:
            field_dict["requestorChallengeIndicator"] = requestor_challenge_indicator
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.authentication_recurring import AuthenticationRecurring  # noqa: PLC0415
        from ..models.browser_data import BrowserData  # noqa: PLC0415

        d = dict(src_dict)
        challenge_callback_url = d.pop("challengeCallbackUrl")
        if not (isinstance(challenge_callback_url, str)):
            raise TypeError("challengeCallbackUrl: expected a string, got " + type(challenge_callback_url).__name__)

        browser_data = BrowserData.from_dict(d.pop("browserData"))

        fingerprint_notification = d.pop("fingerprintNotification", UNSET)
        if not isinstance(fingerprint_notification, Unset) and not (isinstance(fingerprint_notification, str)):
            raise TypeError(
                "fingerprintNotification: expected a string, got " + type(fingerprint_notification).__name__
            )

        merchant_category_code = d.pop("merchantCategoryCode", UNSET)
        if not isinstance(merchant_category_code, Unset) and not (isinstance(merchant_category_code, str)):
            raise TypeError("merchantCategoryCode: expected a string, got " + type(merchant_category_code).__name__)

        merchant_country_numeric_code = d.pop("merchantCountryNumericCode", UNSET)
        if not isinstance(merchant_country_numeric_code, Unset) and not (
            isinstance(merchant_country_numeric_code, str)
        ):
            raise TypeError(
                "merchantCountryNumericCode: expected a string, got " + type(merchant_country_numeric_code).__name__
            )

        merchant_legal_name = d.pop("merchantLegalName", UNSET)
        if not isinstance(merchant_legal_name, Unset) and not (isinstance(merchant_legal_name, str)):
            raise TypeError("merchantLegalName: expected a string, got " + type(merchant_legal_name).__name__)

        acquirer_merchant_id = d.pop("acquirerMerchantId", UNSET)
        if not isinstance(acquirer_merchant_id, Unset) and not (isinstance(acquirer_merchant_id, str)):
            raise TypeError("acquirerMerchantId: expected a string, got " + type(acquirer_merchant_id).__name__)

        challenge_window_size = d.pop("challengeWindowSize", UNSET)
        if not isinstance(challenge_window_size, Unset) and not (
            isinstance(challenge_window_size, int) and not isinstance(challenge_window_size, bool)
        ):
            raise TypeError("challengeWindowSize: expected an integer, got " + type(challenge_window_size).__name__)

        _requestor_challenge_indicator = d.pop("requestorChallengeIndicator", UNSET)
        requestor_challenge_indicator: ChallengeIndicator | Unset
        if isinstance(_requestor_challenge_indicator, Unset):
            requestor_challenge_indicator = UNSET
        else:
            requestor_challenge_indicator = ChallengeIndicator(_requestor_challenge_indicator)

        _recurring = d.pop("recurring", UNSET)
        recurring: AuthenticationRecurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = AuthenticationRecurring.from_dict(_recurring)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: Address | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = Address.from_dict(_shipping_address)

        initiate_browser_authentication_request = cls(
            challenge_callback_url=challenge_callback_url,
            browser_data=browser_data,
            fingerprint_notification=fingerprint_notification,
            merchant_category_code=merchant_category_code,
            merchant_country_numeric_code=merchant_country_numeric_code,
            merchant_legal_name=merchant_legal_name,
            acquirer_merchant_id=acquirer_merchant_id,
            challenge_window_size=challenge_window_size,
            requestor_challenge_indicator=requestor_challenge_indicator,
            recurring=recurring,
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        initiate_browser_authentication_request.additional_properties = additional_properties
        return initiate_browser_authentication_request

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
