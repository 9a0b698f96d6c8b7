from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_details_payment_type import PaymentDetailsPaymentType
from ..models.payment_details_status import PaymentDetailsStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_descriptor import BillingDescriptor
    from ..models.customer_response import CustomerResponse
    from ..models.metadata import Metadata
    from ..models.payment_action_summary import PaymentActionSummary
    from ..models.payment_balances import PaymentBalances
    from ..models.payment_links import PaymentLinks
    from ..models.payment_processing import PaymentProcessing
    from ..models.payment_response_card_source import PaymentResponseCardSource
    from ..models.risk_result import RiskResult
    from ..models.three_ds_data import ThreeDSData


T = TypeVar("T", bound="PaymentDetails")


@_attrs_define
class PaymentDetails:
    """GET payment details. After a 3DS redirect (integrated or SCA retry) poll this until `status`
    is final. A payment that ends `Declined` after a challenge has no top-level response code: the
    decline code is `response_code` of the latest `Authorization` entry in `actions`.

    """

    id: str
    """ Payment identifier, `pay_` followed by 26 characters. """
    approved: bool
    """ Whether the payment was successful. """
    status: PaymentDetailsStatus
    """ Payment status. `Pending` while waiting for 3DS; then `Authorized`, `Card Verified`,
    `Captured`, `Declined`, or `Expired`/`Canceled` when the cardholder never completed 3DS.
     """
    requested_on: str | Unset = UNSET
    """ ISO 8601 timestamp of the payment request. """
    source: PaymentResponseCardSource | Unset = UNSET
    """ The card that was charged (token and id sources also come back as `card`). """
    amount: int | Unset = UNSET
    """ Original amount in minor units. """
    amount_requested: int | Unset = UNSET
    currency: str | Unset = UNSET
    payment_type: PaymentDetailsPaymentType | Unset = UNSET
    reference: str | Unset = UNSET
    description: str | Unset = UNSET
    expires_on: str | Unset = UNSET
    """ ISO 8601 timestamp at which the authorization expires. """
    balances: PaymentBalances | Unset = UNSET
    """ Running balances of the payment, in minor units. """
    field_3ds: ThreeDSData | Unset = UNSET
    """ 3DS information of a payment after (or during) authentication. """
    risk: RiskResult | Unset = UNSET
    """ Risk assessment result. """
    customer: CustomerResponse | Unset = UNSET
    """ The customer linked to the payment. """
    billing_descriptor: BillingDescriptor | Unset = UNSET
    """ Text shown on the cardholder's statement. """
    payment_ip: str | Unset = UNSET
    processing_channel_id: str | Unset = UNSET
    authentication_id: str | Unset = UNSET
    """ Session id of the 3DS authentication used by the payment. """
    processing: PaymentProcessing | Unset = UNSET
    """ Processing details from the acquirer and scheme. """
    metadata: Metadata | Unset = UNSET
    """ Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are
    reporting fields. """
    eci: str | Unset = UNSET
    scheme_id: str | Unset = UNSET
    actions: list[PaymentActionSummary] | Unset = UNSET
    """ Summary of the payment's actions; the latest `Authorization` entry holds the gateway response code of the
    final authorization attempt. """
    field_links: PaymentLinks | Unset = UNSET
    """ Links of a processed payment; which optional links appear depends on what can be done next. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        approved = self.approved

        status = self.status.value

        requested_on = self.requested_on

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        amount = self.amount

        amount_requested = self.amount_requested

        currency = self.currency

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        reference = self.reference

        description = self.description

        expires_on = self.expires_on

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        field_3ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_3ds, Unset):
            field_3ds = self.field_3ds.to_dict()

        risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        billing_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_descriptor, Unset):
            billing_descriptor = self.billing_descriptor.to_dict()

        payment_ip = self.payment_ip

        processing_channel_id = self.processing_channel_id

        authentication_id = self.authentication_id

        processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        eci = self.eci

        scheme_id = self.scheme_id

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

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
        if requested_on is not UNSET:
            field_dict["requested_on"] = requested_on
        if source is not UNSET:
            field_dict["source"] = source
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_requested is not UNSET:
            field_dict["amount_requested"] = amount_requested
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if balances is not UNSET:
            field_dict["balances"] = balances
        if field_3ds is not UNSET:
            field_dict["3ds"] = field_3ds
        if risk is not UNSET:
            field_dict["risk"] = risk
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_descriptor is not UNSET:
            field_dict["billing_descriptor"] = billing_descriptor
        if payment_ip is not UNSET:
            field_dict["payment_ip"] = payment_ip
        if processing_channel_id is not UNSET:
            field_dict["processing_channel_id"] = processing_channel_id
        if authentication_id is not UNSET:
            field_dict["authentication_id"] = authentication_id
        if processing is not UNSET:
            field_dict["processing"] = processing
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if eci is not UNSET:
            field_dict["eci"] = eci
        if scheme_id is not UNSET:
            field_dict["scheme_id"] = scheme_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_descriptor import BillingDescriptor  # noqa: PLC0415
        from ..models.customer_response import CustomerResponse  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_action_summary import PaymentActionSummary  # noqa: PLC0415
        from ..models.payment_balances import PaymentBalances  # noqa: PLC0415
        from ..models.payment_links import PaymentLinks  # noqa: PLC0415
        from ..models.payment_processing import PaymentProcessing  # noqa: PLC0415
        from ..models.payment_response_card_source import PaymentResponseCardSource  # noqa: PLC0415
        from ..models.risk_result import RiskResult  # noqa: PLC0415
        from ..models.three_ds_data import ThreeDSData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        approved = d.pop("approved")
        if not (isinstance(approved, bool)):
            raise TypeError("approved: expected a boolean, got " + type(approved).__name__)

        status = PaymentDetailsStatus(d.pop("status"))

        requested_on = d.pop("requested_on", UNSET)
        if not isinstance(requested_on, Unset) and not (isinstance(requested_on, str)):
            raise TypeError("requested_on: expected a string, got " + type(requested_on).__name__)

        _source = d.pop("source", UNSET)
        source: PaymentResponseCardSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PaymentResponseCardSource.from_dict(_source)

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

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: PaymentDetailsPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = PaymentDetailsPaymentType(_payment_type)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        expires_on = d.pop("expires_on", UNSET)
        if not isinstance(expires_on, Unset) and not (isinstance(expires_on, str)):
            raise TypeError("expires_on: expected a string, got " + type(expires_on).__name__)

        _balances = d.pop("balances", UNSET)
        balances: PaymentBalances | Unset
        if isinstance(_balances, Unset):
            balances = UNSET
        else:
            balances = PaymentBalances.from_dict(_balances)

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

        _customer = d.pop("customer", UNSET)
        customer: CustomerResponse | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerResponse.from_dict(_customer)

        _billing_descriptor = d.pop("billing_descriptor", UNSET)
        billing_descriptor: BillingDescriptor | Unset
        if isinstance(_billing_descriptor, Unset):
            billing_descriptor = UNSET
        else:
            billing_descriptor = BillingDescriptor.from_dict(_billing_descriptor)

        payment_ip = d.pop("payment_ip", UNSET)
        if not isinstance(payment_ip, Unset) and not (isinstance(payment_ip, str)):
            raise TypeError("payment_ip: expected a string, got " + type(payment_ip).__name__)

        processing_channel_id = d.pop("processing_channel_id", UNSET)
        if not isinstance(processing_channel_id, Unset) and not (isinstance(processing_channel_id, str)):
            raise TypeError("processing_channel_id: expected a string, got " + type(processing_channel_id).__name__)

        authentication_id = d.pop("authentication_id", UNSET)
        if not isinstance(authentication_id, Unset) and not (isinstance(authentication_id, str)):
            raise TypeError("authentication_id: expected a string, got " + type(authentication_id).__name__)

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

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        scheme_id = d.pop("scheme_id", UNSET)
        if not isinstance(scheme_id, Unset) and not (isinstance(scheme_id, str)):
            raise TypeError("scheme_id: expected a string, got " + type(scheme_id).__name__)

        _actions = d.pop("actions", UNSET)
        actions: list[PaymentActionSummary] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = PaymentActionSummary.from_dict(actions_item_data)

                actions.append(actions_item)

        _field_links = d.pop("_links", UNSET)
        field_links: PaymentLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = PaymentLinks.from_dict(_field_links)

        payment_details = cls(
            id=id,
            approved=approved,
            status=status,
            requested_on=requested_on,
            source=source,
            amount=amount,
            amount_requested=amount_requested,
            currency=currency,
            payment_type=payment_type,
            reference=reference,
            description=description,
            expires_on=expires_on,
            balances=balances,
            field_3ds=field_3ds,
            risk=risk,
            customer=customer,
            billing_descriptor=billing_descriptor,
            payment_ip=payment_ip,
            processing_channel_id=processing_channel_id,
            authentication_id=authentication_id,
            processing=processing,
            metadata=metadata,
            eci=eci,
            scheme_id=scheme_id,
            actions=actions,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_details.additional_properties = additional_properties
        return payment_details

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
