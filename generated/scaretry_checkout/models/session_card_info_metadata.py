from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_card_info_metadata_card_category import SessionCardInfoMetadataCardCategory
from ..models.session_card_info_metadata_card_type import SessionCardInfoMetadataCardType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionCardInfoMetadata")


@_attrs_define
class SessionCardInfoMetadata:
    card_type: SessionCardInfoMetadataCardType | Unset = UNSET
    card_category: SessionCardInfoMetadataCardCategory | Unset = UNSET
    issuer_name: str | Unset = UNSET
    issuer_country: str | Unset = UNSET
    product_id: str | Unset = UNSET
    product_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_type: str | Unset = UNSET
        if not isinstance(self.card_type, Unset):
            card_type = self.card_type.value

        card_category: str | Unset = UNSET
        if not isinstance(self.card_category, Unset):
            card_category = self.card_category.value

        issuer_name = self.issuer_name

        issuer_country = self.issuer_country

        product_id = self.product_id

        product_type = self.product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if card_category is not UNSET:
            field_dict["card_category"] = card_category
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if issuer_country is not UNSET:
            field_dict["issuer_country"] = issuer_country
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _card_type = d.pop("card_type", UNSET)
        card_type: SessionCardInfoMetadataCardType | Unset
        if isinstance(_card_type, Unset):
            card_type = UNSET
        else:
            card_type = SessionCardInfoMetadataCardType(_card_type)

        _card_category = d.pop("card_category", UNSET)
        card_category: SessionCardInfoMetadataCardCategory | Unset
        if isinstance(_card_category, Unset):
            card_category = UNSET
        else:
            card_category = SessionCardInfoMetadataCardCategory(_card_category)

        issuer_name = d.pop("issuer_name", UNSET)
        if not isinstance(issuer_name, Unset) and not (isinstance(issuer_name, str)):
            raise TypeError("issuer_name: expected a string, got " + type(issuer_name).__name__)

        issuer_country = d.pop("issuer_country", UNSET)
        if not isinstance(issuer_country, Unset) and not (isinstance(issuer_country, str)):
            raise TypeError("issuer_country: expected a string, got " + type(issuer_country).__name__)

        product_id = d.pop("product_id", UNSET)
        if not isinstance(product_id, Unset) and not (isinstance(product_id, str)):
            raise TypeError("product_id: expected a string, got " + type(product_id).__name__)

        product_type = d.pop("product_type", UNSET)
        if not isinstance(product_type, Unset) and not (isinstance(product_type, str)):
            raise TypeError("product_type: expected a string, got " + type(product_type).__name__)

        session_card_info_metadata = cls(
            card_type=card_type,
            card_category=card_category,
            issuer_name=issuer_name,
            issuer_country=issuer_country,
            product_id=product_id,
            product_type=product_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_card_info_metadata.additional_properties = additional_properties
        return session_card_info_metadata

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
