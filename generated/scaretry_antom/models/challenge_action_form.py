from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.challenge_action_form_challenge_type import ChallengeActionFormChallengeType
from ..models.challenge_action_form_trigger_source import ChallengeActionFormTriggerSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChallengeActionForm")


@_attrs_define
class ChallengeActionForm:
    """A non-3DS challenge (OTP and similar) the buyer must answer."""

    challenge_type: ChallengeActionFormChallengeType | Unset = UNSET
    challenge_render_value: str | Unset = UNSET
    trigger_source: ChallengeActionFormTriggerSource | Unset = UNSET
    extend_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge_type: str | Unset = UNSET
        if not isinstance(self.challenge_type, Unset):
            challenge_type = self.challenge_type.value

        challenge_render_value = self.challenge_render_value

        trigger_source: str | Unset = UNSET
        if not isinstance(self.trigger_source, Unset):
            trigger_source = self.trigger_source.value

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if challenge_type is not UNSET:
            field_dict["challengeType"] = challenge_type
        if challenge_render_value is not UNSET:
            field_dict["challengeRenderValue"] = challenge_render_value
        if trigger_source is not UNSET:
            field_dict["triggerSource"] = trigger_source
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _challenge_type = d.pop("challengeType", UNSET)
        challenge_type: ChallengeActionFormChallengeType | Unset
        if isinstance(_challenge_type, Unset):
            challenge_type = UNSET
        else:
            challenge_type = ChallengeActionFormChallengeType(_challenge_type)

        challenge_render_value = d.pop("challengeRenderValue", UNSET)
        if not isinstance(challenge_render_value, Unset) and not (isinstance(challenge_render_value, str)):
            raise TypeError("challengeRenderValue: expected a string, got " + type(challenge_render_value).__name__)

        _trigger_source = d.pop("triggerSource", UNSET)
        trigger_source: ChallengeActionFormTriggerSource | Unset
        if isinstance(_trigger_source, Unset):
            trigger_source = UNSET
        else:
            trigger_source = ChallengeActionFormTriggerSource(_trigger_source)

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        challenge_action_form = cls(
            challenge_type=challenge_type,
            challenge_render_value=challenge_render_value,
            trigger_source=trigger_source,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        challenge_action_form.additional_properties = additional_properties
        return challenge_action_form

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
