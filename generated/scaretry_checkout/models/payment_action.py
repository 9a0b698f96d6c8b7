from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_action_authorization_type import PaymentActionAuthorizationType
from ..models.payment_action_type import PaymentActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.payment_action_processing import PaymentActionProcessing


T = TypeVar("T", bound="PaymentAction")


@_attrs_define
class PaymentAction:
    """One action of a payment (GET payment actions)."""

    id: str
    """ Action identifier, `act_` followed by 26 characters. """
    type_: PaymentActionType
    processed_on: str
    """ ISO 8601 timestamp. """
    amount: int
    response_code: str
    approved: bool | Unset = UNSET
    auth_code: str | Unset = UNSET
    response_summary: str | Unset = UNSET
    authorization_type: PaymentActionAuthorizationType | Unset = UNSET
    reference: str | Unset = UNSET
    processing: PaymentActionProcessing | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    """ Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are
    reporting fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        processed_on = self.processed_on

        amount = self.amount

        response_code = self.response_code

        approved = self.approved

        auth_code = self.auth_code

        response_summary = self.response_summary

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        reference = self.reference

        processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "processed_on": processed_on,
                "amount": amount,
                "response_code": response_code,
            }
        )
        if approved is not UNSET:
            field_dict["approved"] = approved
        if auth_code is not UNSET:
            field_dict["auth_code"] = auth_code
        if response_summary is not UNSET:
            field_dict["response_summary"] = response_summary
        if authorization_type is not UNSET:
            field_dict["authorization_type"] = authorization_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if processing is not UNSET:
            field_dict["processing"] = processing
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_action_processing import PaymentActionProcessing  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        type_ = PaymentActionType(d.pop("type"))

        processed_on = d.pop("processed_on")
        if not (isinstance(processed_on, str)):
            raise TypeError("processed_on: expected a string, got " + type(processed_on).__name__)

        amount = d.pop("amount")
        if not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        response_code = d.pop("response_code")
        if not (isinstance(response_code, str)):
            raise TypeError("response_code: expected a string, got " + type(response_code).__name__)

        approved = d.pop("approved", UNSET)
        if not isinstance(approved, Unset) and not (isinstance(approved, bool)):
            raise TypeError("approved: expected a boolean, got " + type(approved).__name__)

        auth_code = d.pop("auth_code", UNSET)
        if not isinstance(auth_code, Unset) and not (isinstance(auth_code, str)):
            raise TypeError("auth_code: expected a string, got " + type(auth_code).__name__)

        response_summary = d.pop("response_summary", UNSET)
        if not isinstance(response_summary, Unset) and not (isinstance(response_summary, str)):
            raise TypeError("response_summary: expected a string, got " + type(response_summary).__name__)

        _authorization_type = d.pop("authorization_type", UNSET)
        authorization_type: PaymentActionAuthorizationType | Unset
        if isinstance(_authorization_type, Unset):
            authorization_type = UNSET
        else:
            authorization_type = PaymentActionAuthorizationType(_authorization_type)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _processing = d.pop("processing", UNSET)
        processing: PaymentActionProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = PaymentActionProcessing.from_dict(_processing)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        payment_action = cls(
            id=id,
            type_=type_,
            processed_on=processed_on,
            amount=amount,
            response_code=response_code,
            approved=approved,
            auth_code=auth_code,
            response_summary=response_summary,
            authorization_type=authorization_type,
            reference=reference,
            processing=processing,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_action.additional_properties = additional_properties
        return payment_action

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
