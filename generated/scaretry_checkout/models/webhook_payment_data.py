from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_payment_data_payment_type import WebhookPaymentDataPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.payment_processing import PaymentProcessing
    from ..models.risk_result import RiskResult
    from ..models.three_ds_data import ThreeDSData
    from ..models.webhook_payment_data_customer import WebhookPaymentDataCustomer
    from ..models.webhook_payment_source import WebhookPaymentSource


T = TypeVar("T", bound="WebhookPaymentData")


@_attrs_define
class WebhookPaymentData:
    """The payment the event is about."""

    id: str
    """ Payment identifier, `pay_` followed by 26 characters. """
    action_id: str | Unset = UNSET
    """ Action identifier, `act_` followed by 26 characters. """
    reference: str | Unset = UNSET
    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    auth_code: str | Unset = UNSET
    response_code: str | Unset = UNSET
    """ Gateway response code of the action (e.g. 20152 when the upgraded 3DS was not completed in 15 minutes). """
    response_summary: str | Unset = UNSET
    processed_on: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    payment_type: WebhookPaymentDataPaymentType | Unset = UNSET
    customer: WebhookPaymentDataCustomer | Unset = UNSET
    field_3ds: ThreeDSData | Unset = UNSET
    """ 3DS information of a payment after (or during) authentication. """
    risk: RiskResult | Unset = UNSET
    """ Risk assessment result. """
    source: WebhookPaymentSource | Unset = UNSET
    """ The card as reported in webhooks (note `last_4` and upper-case card_type, unlike the API responses). """
    scheme_id: str | Unset = UNSET
    eci: str | Unset = UNSET
    processing: PaymentProcessing | Unset = UNSET
    """ Processing details from the acquirer and scheme. """
    metadata: Metadata | Unset = UNSET
    """ Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are
    reporting fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action_id = self.action_id

        reference = self.reference

        amount = self.amount

        currency = self.currency

        auth_code = self.auth_code

        response_code = self.response_code

        response_summary = self.response_summary

        processed_on = self.processed_on

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_3ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_3ds, Unset):
            field_3ds = self.field_3ds.to_dict()

        risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        scheme_id = self.scheme_id

        eci = self.eci

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
            }
        )
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if auth_code is not UNSET:
            field_dict["auth_code"] = auth_code
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_summary is not UNSET:
            field_dict["response_summary"] = response_summary
        if processed_on is not UNSET:
            field_dict["processed_on"] = processed_on
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if customer is not UNSET:
            field_dict["customer"] = customer
        if field_3ds is not UNSET:
            field_dict["3ds"] = field_3ds
        if risk is not UNSET:
            field_dict["risk"] = risk
        if source is not UNSET:
            field_dict["source"] = source
        if scheme_id is not UNSET:
            field_dict["scheme_id"] = scheme_id
        if eci is not UNSET:
            field_dict["eci"] = eci
        if processing is not UNSET:
            field_dict["processing"] = processing
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_processing import PaymentProcessing  # noqa: PLC0415
        from ..models.risk_result import RiskResult  # noqa: PLC0415
        from ..models.three_ds_data import ThreeDSData  # noqa: PLC0415
        from ..models.webhook_payment_data_customer import WebhookPaymentDataCustomer  # noqa: PLC0415
        from ..models.webhook_payment_source import WebhookPaymentSource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        action_id = d.pop("action_id", UNSET)
        if not isinstance(action_id, Unset) and not (isinstance(action_id, str)):
            raise TypeError("action_id: expected a string, got " + type(action_id).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        auth_code = d.pop("auth_code", UNSET)
        if not isinstance(auth_code, Unset) and not (isinstance(auth_code, str)):
            raise TypeError("auth_code: expected a string, got " + type(auth_code).__name__)

        response_code = d.pop("response_code", UNSET)
        if not isinstance(response_code, Unset) and not (isinstance(response_code, str)):
            raise TypeError("response_code: expected a string, got " + type(response_code).__name__)

        response_summary = d.pop("response_summary", UNSET)
        if not isinstance(response_summary, Unset) and not (isinstance(response_summary, str)):
            raise TypeError("response_summary: expected a string, got " + type(response_summary).__name__)

        processed_on = d.pop("processed_on", UNSET)
        if not isinstance(processed_on, Unset) and not (isinstance(processed_on, str)):
            raise TypeError("processed_on: expected a string, got " + type(processed_on).__name__)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: WebhookPaymentDataPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = WebhookPaymentDataPaymentType(_payment_type)

        _customer = d.pop("customer", UNSET)
        customer: WebhookPaymentDataCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = WebhookPaymentDataCustomer.from_dict(_customer)

        _field_3ds = d.pop("3ds", UNSET)
        field_3ds: ThreeDSData | Unset
        if isinstance(_field_3ds, Unset):
            field_3ds = UNSET
        else:
            field_3ds = ThreeDSData.from_dict(_field_3ds)

        _risk = d.pop("risk", UNSET)
        risk: RiskResult | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = RiskResult.from_dict(_risk)

        _source = d.pop("source", UNSET)
        source: WebhookPaymentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = WebhookPaymentSource.from_dict(_source)

        scheme_id = d.pop("scheme_id", UNSET)
        if not isinstance(scheme_id, Unset) and not (isinstance(scheme_id, str)):
            raise TypeError("scheme_id: expected a string, got " + type(scheme_id).__name__)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        _processing = d.pop("processing", UNSET)
        processing: PaymentProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = PaymentProcessing.from_dict(_processing)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        webhook_payment_data = cls(
            id=id,
            action_id=action_id,
            reference=reference,
            amount=amount,
            currency=currency,
            auth_code=auth_code,
            response_code=response_code,
            response_summary=response_summary,
            processed_on=processed_on,
            payment_type=payment_type,
            customer=customer,
            field_3ds=field_3ds,
            risk=risk,
            source=source,
            scheme_id=scheme_id,
            eci=eci,
            processing=processing,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        webhook_payment_data.additional_properties = additional_properties
        return webhook_payment_data

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
