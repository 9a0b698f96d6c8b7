from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_instrument_token import PaymentInstrumentToken


T = TypeVar("T", bound="TokenEnvelope")


@_attrs_define
class TokenEnvelope:
    """Answer of the stage tokeniser. Only `data` is required of an answer."""

    data: PaymentInstrumentToken
    """ A short-lived card token. Only its id is required of an answer (it is what the transaction consumes). """
    type_: str | Unset = UNSET
    """ Kind of token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_instrument_token import PaymentInstrumentToken  # noqa: PLC0415

        d = dict(src_dict)
        data = PaymentInstrumentToken.from_dict(d.pop("data"))

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, str)):
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        token_envelope = cls(
            data=data,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        token_envelope.additional_properties = additional_properties
        return token_envelope

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
