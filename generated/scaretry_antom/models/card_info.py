from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funding_type import FundingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.three_ds_result import ThreeDSResult


T = TypeVar("T", bound="CardInfo")


@_attrs_define
class CardInfo:
    """Older card-details block of inquiryPayment; newer answers use paymentResultInfo."""

    card_no: str | Unset = UNSET
    card_brand: str | Unset = UNSET
    card_token: str | Unset = UNSET
    issuing_country: str | Unset = UNSET
    funding: FundingType | Unset = UNSET
    """ Funding type of a card. """
    payment_method_region: str | Unset = UNSET
    three_ds_result: ThreeDSResult | Unset = UNSET
    """ Outcome of 3DS for a card payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_no = self.card_no

        card_brand = self.card_brand

        card_token = self.card_token

        issuing_country = self.issuing_country

        funding: str | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.value

        payment_method_region = self.payment_method_region

        three_ds_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_ds_result, Unset):
            three_ds_result = self.three_ds_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_no is not UNSET:
            field_dict["cardNo"] = card_no
        if card_brand is not UNSET:
            field_dict["cardBrand"] = card_brand
        if card_token is not UNSET:
            field_dict["cardToken"] = card_token
        if issuing_country is not UNSET:
            field_dict["issuingCountry"] = issuing_country
        if funding is not UNSET:
            field_dict["funding"] = funding
        if payment_method_region is not UNSET:
            field_dict["paymentMethodRegion"] = payment_method_region
        if three_ds_result is not UNSET:
            field_dict["threeDSResult"] = three_ds_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.three_ds_result import ThreeDSResult  # noqa: PLC0415

        d = dict(src_dict)
        card_no = d.pop("cardNo", UNSET)
        if not isinstance(card_no, Unset) and not (isinstance(card_no, str)):
            raise TypeError("cardNo: expected a string, got " + type(card_no).__name__)

        card_brand = d.pop("cardBrand", UNSET)
        if not isinstance(card_brand, Unset) and not (isinstance(card_brand, str)):
            raise TypeError("cardBrand: expected a string, got " + type(card_brand).__name__)

        card_token = d.pop("cardToken", UNSET)
        if not isinstance(card_token, Unset) and not (isinstance(card_token, str)):
            raise TypeError("cardToken: expected a string, got " + type(card_token).__name__)

        issuing_country = d.pop("issuingCountry", UNSET)
        if not isinstance(issuing_country, Unset) and not (isinstance(issuing_country, str)):
            raise TypeError("issuingCountry: expected a string, got " + type(issuing_country).__name__)

        _funding = d.pop("funding", UNSET)
        funding: FundingType | Unset
        if isinstance(_funding, Unset):
            funding = UNSET
        else:
            funding = FundingType(_funding)

        payment_method_region = d.pop("paymentMethodRegion", UNSET)
        if not isinstance(payment_method_region, Unset) and not (isinstance(payment_method_region, str)):
            raise TypeError("paymentMethodRegion: expected a string, got " + type(payment_method_region).__name__)

        _three_ds_result = d.pop("threeDSResult", UNSET)
        three_ds_result: ThreeDSResult | Unset
        if isinstance(_three_ds_result, Unset):
            three_ds_result = UNSET
        else:
            three_ds_result = ThreeDSResult.from_dict(_three_ds_result)

        card_info = cls(
            card_no=card_no,
            card_brand=card_brand,
            card_token=card_token,
            issuing_country=issuing_country,
            funding=funding,
            payment_method_region=payment_method_region,
            three_ds_result=three_ds_result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        card_info.additional_properties = additional_properties
        return card_info

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
