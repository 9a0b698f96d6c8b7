from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..models.capture_mode import CaptureMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentFactor")


@_attrs_define
class PaymentFactor:
    """Payment options."""

    is_authorization: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    capture_mode: CaptureMode | Unset = UNSET
    """ AUTOMATIC (the default) — Antom captures right after authorisation; MANUAL — the merchant captures. """
    is_payment_evaluation: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_authorization: bool | str | Unset
        if isinstance(self.is_authorization, Unset):
            is_authorization = UNSET
        elif isinstance(self.is_authorization, AntomBooleanString):
            is_authorization = self.is_authorization.value
        else:
            is_authorization = self.is_authorization

        capture_mode: str | Unset = UNSET
        if not isinstance(self.capture_mode, Unset):
            capture_mode = self.capture_mode.value

        is_payment_evaluation: bool | str | Unset
        if isinstance(self.is_payment_evaluation, Unset):
            is_payment_evaluation = UNSET
        elif isinstance(self.is_payment_evaluation, AntomBooleanString):
            is_payment_evaluation = self.is_payment_evaluation.value
        else:
            is_payment_evaluation = self.is_payment_evaluation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_authorization is not UNSET:
            field_dict["isAuthorization"] = is_authorization
        if capture_mode is not UNSET:
            field_dict["captureMode"] = capture_mode
        if is_payment_evaluation is not UNSET:
            field_dict["isPaymentEvaluation"] = is_payment_evaluation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_is_authorization(data: object) -> AntomBooleanString | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_boolean_type_0 = data
                if not (isinstance(componentsschemas_antom_boolean_type_0, bool)):
                    raise TypeError(
                        "/components/schemas/AntomBoolean_type_0: expected a boolean, got "
                        + type(componentsschemas_antom_boolean_type_0).__name__
                    )

                return componentsschemas_antom_boolean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_boolean_type_1 = AntomBooleanString(data)

            return componentsschemas_antom_boolean_type_1

        is_authorization = _parse_is_authorization(d.pop("isAuthorization", UNSET))

        _capture_mode = d.pop("captureMode", UNSET)
        capture_mode: CaptureMode | Unset
        if isinstance(_capture_mode, Unset):
            capture_mode = UNSET
        else:
            capture_mode = CaptureMode(_capture_mode)

        def _parse_is_payment_evaluation(data: object) -> AntomBooleanString | bool | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_boolean_type_0 = data
                if not (isinstance(componentsschemas_antom_boolean_type_0, bool)):
                    raise TypeError(
                        "/components/schemas/AntomBoolean_type_0: expected a boolean, got "
                        + type(componentsschemas_antom_boolean_type_0).__name__
                    )

                return componentsschemas_antom_boolean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_boolean_type_1 = AntomBooleanString(data)

            return componentsschemas_antom_boolean_type_1

        is_payment_evaluation = _parse_is_payment_evaluation(d.pop("isPaymentEvaluation", UNSET))

        payment_factor = cls(
            is_authorization=is_authorization,
            capture_mode=capture_mode,
            is_payment_evaluation=is_payment_evaluation,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_factor.additional_properties = additional_properties
        return payment_factor

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
