from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_response_status import PaymentResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_response import CustomerResponse
    from ..models.metadata import Metadata
    from ..models.payment_balances import PaymentBalances
    from ..models.payment_links import PaymentLinks
    from ..models.payment_processing import PaymentProcessing
    from ..models.payment_response_card_source import PaymentResponseCardSource
    from ..models.risk_result import RiskResult
    from ..models.three_ds_enrollment_data import ThreeDSEnrollmentData


T = TypeVar("T", bound="PaymentResponse")


@_attrs_define
class PaymentResponse:
    """201 body - the payment was processed synchronously (approved, declined or card verified)."""

    id: str
    """ Payment identifier, `pay_` followed by 26 characters. """
    approved: bool
    """ Whether the authorization (or capture) succeeded. """
    status: PaymentResponseStatus
    """ Payment status. A decline is `Declined` with `approved` false; an auto-captured payment may show `Captured`.
    """
    action_id: str | Unset = UNSET
    """ Action identifier, `act_` followed by 26 characters. """
    amount: int | Unset = UNSET
    """ Amount in minor units. """
    amount_requested: int | Unset = UNSET
    """ Amount originally requested, when a partial authorization was approved. """
    currency: str | Unset = UNSET
    auth_code: str | Unset = UNSET
    """ Acquirer authorization code, when authorized. """
    response_code: str | Unset = UNSET
    """ Gateway response code - `10xxx` approved, `20xxx` soft decline (`20154` 3DS authentication required),
    `30xxx` hard decline, `40xxx` risk. """
    response_summary: str | Unset = UNSET
    """ Text of the response code, e.g. `Insufficient Funds`. """
    expires_on: str | Unset = UNSET
    """ ISO 8601 timestamp at which the authorization expires. """
    field_3ds: ThreeDSEnrollmentData | Unset = UNSET
    """ 3DS enrollment information returned by the payment request. """
    risk: RiskResult | Unset = UNSET
    """ Risk assessment result. """
    source: PaymentResponseCardSource | Unset = UNSET
    """ The card that was charged (token and id sources also come back as `card`). """
    customer: CustomerResponse | Unset = UNSET
    """ The customer linked to the payment. """
    balances: PaymentBalances | Unset = UNSET
    """ Running balances of the payment, in minor units. """
    processed_on: str | Unset = UNSET
    """ ISO 8601 timestamp at which the payment was processed. """
    reference: str | Unset = UNSET
    processing: PaymentProcessing | Unset = UNSET
    """ Processing details from the acquirer and scheme. """
    eci: str | Unset = UNSET
    """ Final ECI used for the authorization (3DS and network tokens). """
    scheme_id: str | Unset = UNSET
    """ Scheme transaction id (use as `previous_payment_id` for later MITs). """
    metadata: Metadata | Unset = UNSET
    """ Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are
    reporting fields. """
    field_links: PaymentLinks | Unset = UNSET
    """ Links of a processed payment; which optional links appear depends on what can be done next. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        approved = self.approved

        status = self.status.value

        action_id = self.action_id

        amount = self.amount

        amount_requested = self.amount_requested

        currency = self.currency

        auth_code = self.auth_code

        response_code = self.response_code

        response_summary = self.response_summary

        expires_on = self.expires_on

        field_3ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_3ds, Unset):
            field_3ds = self.field_3ds.to_dict()

        risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        processed_on = self.processed_on

        reference = self.reference

        processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.to_dict()

        eci = self.eci

        scheme_id = self.scheme_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "approved": approved,
                "status": status,
            }
        )
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_requested is not UNSET:
            field_dict["amount_requested"] = amount_requested
        if currency is not UNSET:
            field_dict["currency"] = currency
        if auth_code is not UNSET:
            field_dict["auth_code"] = auth_code
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_summary is not UNSET:
            field_dict["response_summary"] = response_summary
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if field_3ds is not UNSET:
            field_dict["3ds"] = field_3ds
        if risk is not UNSET:
            field_dict["risk"] = risk
        if source is not UNSET:
            field_dict["source"] = source
        if customer is not UNSET:
            field_dict["customer"] = customer
        if balances is not UNSET:
            field_dict["balances"] = balances
        if processed_on is not UNSET:
            field_dict["processed_on"] = processed_on
        if reference is not UNSET:
            field_dict["reference"] = reference
        if processing is not UNSET:
            field_dict["processing"] = processing
        if eci is not UNSET:
            field_dict["eci"] = eci
        if scheme_id is not UNSET:
            field_dict["scheme_id"] = scheme_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_response import CustomerResponse  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_balances import PaymentBalances  # noqa: PLC0415
        from ..models.payment_links import PaymentLinks  # noqa: PLC0415
        from ..models.payment_processing import PaymentProcessing  # noqa: PLC0415
        from ..models.payment_response_card_source import PaymentResponseCardSource  # noqa: PLC0415
        from ..models.risk_result import RiskResult  # noqa: PLC0415
        from ..models.three_ds_enrollment_data import ThreeDSEnrollmentData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        approved = d.pop("approved")
        if not (isinstance(approved, bool)):
            raise TypeError("approved: expected a boolean, got " + type(approved).__name__)

        status = PaymentResponseStatus(d.pop("status"))

        action_id = d.pop("action_id", UNSET)
        if not isinstance(action_id, Unset) and not (isinstance(action_id, str)):
            raise TypeError("action_id: expected a string, got " + type(action_id).__name__)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        amount_requested = d.pop("amount_requested", UNSET)
        if not isinstance(amount_requested, Unset) and not (
            isinstance(amount_requested, int) and not isinstance(amount_requested, bool)
        ):
            raise TypeError("amount_requested: expected an integer, got " + type(amount_requested).__name__)

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

        expires_on = d.pop("expires_on", UNSET)
        if not isinstance(expires_on, Unset) and not (isinstance(expires_on, str)):
            raise TypeError("expires_on: expected a string, got " + type(expires_on).__name__)

        _field_3ds = d.pop("3ds", UNSET)
        field_3ds: ThreeDSEnrollmentData | Unset
        if isinstance(_field_3ds, Unset):
            field_3ds = UNSET
        else:
            field_3ds = ThreeDSEnrollmentData.from_dict(_field_3ds)

        _risk = d.pop("risk", UNSET)
        risk: RiskResult | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = RiskResult.from_dict(_risk)

        _source = d.pop("source", UNSET)
        source: PaymentResponseCardSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PaymentResponseCardSource.from_dict(_source)

        _customer = d.pop("customer", UNSET)
        customer: CustomerResponse | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerResponse.from_dict(_customer)

        _balances = d.pop("balances", UNSET)
        balances: PaymentBalances | Unset
        if isinstance(_balances, Unset):
            balances = UNSET
        else:
            balances = PaymentBalances.from_dict(_balances)

        processed_on = d.pop("processed_on", UNSET)
        if not isinstance(processed_on, Unset) and not (isinstance(processed_on, str)):
            raise TypeError("processed_on: expected a string, got " + type(processed_on).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _processing = d.pop("processing", UNSET)
        processing: PaymentProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = PaymentProcessing.from_dict(_processing)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        scheme_id = d.pop("scheme_id", UNSET)
        if not isinstance(scheme_id, Unset) and not (isinstance(scheme_id, str)):
            raise TypeError("scheme_id: expected a string, got " + type(scheme_id).__name__)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _field_links = d.pop("_links", UNSET)
        field_links: PaymentLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = PaymentLinks.from_dict(_field_links)

        payment_response = cls(
            id=id,
            approved=approved,
            status=status,
            action_id=action_id,
            amount=amount,
            amount_requested=amount_requested,
            currency=currency,
            auth_code=auth_code,
            response_code=response_code,
            response_summary=response_summary,
            expires_on=expires_on,
            field_3ds=field_3ds,
            risk=risk,
            source=source,
            customer=customer,
            balances=balances,
            processed_on=processed_on,
            reference=reference,
            processing=processing,
            eci=eci,
            scheme_id=scheme_id,
            metadata=metadata,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_response.additional_properties = additional_properties
        return payment_response

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
