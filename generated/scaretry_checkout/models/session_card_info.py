from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_card_info_metadata import SessionCardInfoMetadata


T = TypeVar("T", bound="SessionCardInfo")


@_attrs_define
class SessionCardInfo:
    """Details of the session's card."""

    instrument_id: str
    fingerprint: str
    metadata: SessionCardInfoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument_id = self.instrument_id

        fingerprint = self.fingerprint

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instrument_id": instrument_id,
                "fingerprint": fingerprint,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_card_info_metadata import SessionCardInfoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        instrument_id = d.pop("instrument_id")
        if not (isinstance(instrument_id, str)):
            raise TypeError("instrument_id: expected a string, got " + type(instrument_id).__name__)

        fingerprint = d.pop("fingerprint")
        if not (isinstance(fingerprint, str)):
            raise TypeError("fingerprint: expected a string, got " + type(fingerprint).__name__)

        _metadata = d.pop("metadata", UNSET)
        metadata: SessionCardInfoMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SessionCardInfoMetadata.from_dict(_metadata)

        session_card_info = cls(
            instrument_id=instrument_id,
            fingerprint=fingerprint,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_card_info.additional_properties = additional_properties
        return session_card_info

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
