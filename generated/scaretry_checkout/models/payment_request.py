from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_request_authorization_type import PaymentRequestAuthorizationType
from ..models.payment_request_payment_type import PaymentRequestPaymentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_descriptor import BillingDescriptor
    from ..models.customer_request import CustomerRequest
    from ..models.metadata import Metadata
    from ..models.payment_request_card_source import PaymentRequestCardSource
    from ..models.payment_request_id_source import PaymentRequestIdSource
    from ..models.payment_request_token_source import PaymentRequestTokenSource
    from ..models.risk_request import RiskRequest
    from ..models.three_ds_request import ThreeDSRequest
    from ..models.three_ds_request_standalone import ThreeDSRequestStandalone
    from ..models.three_ds_request_third_party import ThreeDSRequestThirdParty


T = TypeVar("T", bound="PaymentRequest")


@_attrs_define
class PaymentRequest:
    """A card payment request."""

    currency: str
    """ ISO 4217 currency code. """
    source: PaymentRequestCardSource | PaymentRequestIdSource | PaymentRequestTokenSource | Unset = UNSET
    """ The card, token or stored source to charge. """
    amount: int | Unset = UNSET
    """ Amount in minor units. Omit or send 0 for a card verification (status `Card Verified`). """
    payment_type: PaymentRequestPaymentType | Unset = UNSET
    """ Type of payment; must be set for cardholder-not-present payments. Defaults to `Regular`. """
    merchant_initiated: bool | Unset = UNSET
    """ Marks a merchant-initiated transaction (MIT). MITs are never upgraded by the SCA retry. """
    reference: str | Unset = UNSET
    """ Your reference, e.g. an order number. """
    description: str | Unset = UNSET
    authorization_type: PaymentRequestAuthorizationType | Unset = UNSET
    """ Defaults to `Final`; `Incremental` increments an earlier authorization. """
    capture: bool | Unset = UNSET
    """ Capture automatically after authorization. Defaults to true. """
    capture_on: str | Unset = UNSET
    """ ISO 8601 timestamp at which to capture; setting it implies `capture`. """
    customer: CustomerRequest | Unset = UNSET
    """ The customer; an existing `cus_` id or new details. """
    billing_descriptor: BillingDescriptor | Unset = UNSET
    """ Text shown on the cardholder's statement. """
    field_3ds: ThreeDSRequest | ThreeDSRequestStandalone | ThreeDSRequestThirdParty | Unset = UNSET
    """ 3DS settings. Variants are tried in order; the standalone and third-party variants need fields the
    integrated one lacks. """
    processing_channel_id: str | Unset = UNSET
    """ The processing channel to use. """
    previous_payment_id: str | Unset = UNSET
    """ For stored-credential (MIT) series - a previous payment id or the scheme transaction id. """
    risk: RiskRequest | Unset = UNSET
    """ Risk assessment settings. """
    success_url: str | Unset = UNSET
    """ Where the cardholder returns after a successful redirect (3DS); overrides the account default. Checkout.com
    appends `cko-session-id=sid_…`. """
    failure_url: str | Unset = UNSET
    """ Where the cardholder returns after a failed redirect; overrides the account default. """
    payment_ip: str | Unset = UNSET
    """ Customer's IPv4 address, used by the risk engine. """
    metadata: Metadata | Unset = UNSET
    """ Flat key-value pairs attached to the payment (one level only; values are primitives). `udf1`…`udf5` are
    reporting fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_request_card_source import PaymentRequestCardSource  # noqa: PLC0415
        from ..models.payment_request_token_source import PaymentRequestTokenSource  # noqa: PLC0415
        from ..models.three_ds_request_standalone import ThreeDSRequestStandalone  # noqa: PLC0415
        from ..models.three_ds_request_third_party import ThreeDSRequestThirdParty  # noqa: PLC0415

        currency = self.currency

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, PaymentRequestCardSource):
            source = self.source.to_dict()
        elif isinstance(self.source, PaymentRequestTokenSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        amount = self.amount

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        merchant_initiated = self.merchant_initiated

        reference = self.reference

        description = self.description

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        capture = self.capture

        capture_on = self.capture_on

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        billing_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_descriptor, Unset):
            billing_descriptor = self.billing_descriptor.to_dict()

        field_3ds: dict[str, Any] | Unset
        if isinstance(self.field_3ds, Unset):
            field_3ds = UNSET
        elif isinstance(self.field_3ds, ThreeDSRequestStandalone):
            field_3ds = self.field_3ds.to_dict()
        elif isinstance(self.field_3ds, ThreeDSRequestThirdParty):
            field_3ds = self.field_3ds.to_dict()
        else:
            field_3ds = self.field_3ds.to_dict()

        processing_channel_id = self.processing_channel_id

        previous_payment_id = self.previous_payment_id

        risk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.to_dict()

        success_url = self.success_url

        failure_url = self.failure_url

        payment_ip = self.payment_ip

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if merchant_initiated is not UNSET:
            field_dict["merchant_initiated"] = merchant_initiated
        if reference is not UNSET:
            field_dict["reference"] = reference
        if description is not UNSET:
            field_dict["description"] = description
        if authorization_type is not UNSET:
            field_dict["authorization_type"] = authorization_type
        if capture is not UNSET:
            field_dict["capture"] = capture
        if capture_on is not UNSET:
            field_dict["capture_on"] = capture_on
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_descriptor is not UNSET:
            field_dict["billing_descriptor"] = billing_descriptor
        if field_3ds is not UNSET:
            field_dict["3ds"] = field_3ds
        if processing_channel_id is not UNSET:
            field_dict["processing_channel_id"] = processing_channel_id
        if previous_payment_id is not UNSET:
            field_dict["previous_payment_id"] = previous_payment_id
        if risk is not UNSET:
            field_dict["risk"] = risk
        if success_url is not UNSET:
            field_dict["success_url"] = success_url
        if failure_url is not UNSET:
            field_dict["failure_url"] = failure_url
        if payment_ip is not UNSET:
            field_dict["payment_ip"] = payment_ip
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_descriptor import BillingDescriptor  # noqa: PLC0415
        from ..models.customer_request import CustomerRequest  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_request_card_source import PaymentRequestCardSource  # noqa: PLC0415
        from ..models.payment_request_id_source import PaymentRequestIdSource  # noqa: PLC0415
        from ..models.payment_request_token_source import PaymentRequestTokenSource  # noqa: PLC0415
        from ..models.risk_request import RiskRequest  # noqa: PLC0415
        from ..models.three_ds_request import ThreeDSRequest  # noqa: PLC0415
        from ..models.three_ds_request_standalone import ThreeDSRequestStandalone  # noqa: PLC0415
        from ..models.three_ds_request_third_party import ThreeDSRequestThirdParty  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency")
        if not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        def _parse_source(
            data: object,
        ) -> PaymentRequestCardSource | PaymentRequestIdSource | PaymentRequestTokenSource | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = PaymentRequestCardSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = PaymentRequestTokenSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_2 = PaymentRequestIdSource.from_dict(data)

            return source_type_2

        source = _parse_source(d.pop("source", UNSET))

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: PaymentRequestPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = PaymentRequestPaymentType(_payment_type)

        merchant_initiated = d.pop("merchant_initiated", UNSET)
        if not isinstance(merchant_initiated, Unset) and not (isinstance(merchant_initiated, bool)):
            raise TypeError("merchant_initiated: expected a boolean, got " + type(merchant_initiated).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        _authorization_type = d.pop("authorization_type", UNSET)
        authorization_type: PaymentRequestAuthorizationType | Unset
        if isinstance(_authorization_type, Unset):
            authorization_type = UNSET
        else:
            authorization_type = PaymentRequestAuthorizationType(_authorization_type)

        capture = d.pop("capture", UNSET)
        if not isinstance(capture, Unset) and not (isinstance(capture, bool)):
            raise TypeError("capture: expected a boolean, got " + type(capture).__name__)

        capture_on = d.pop("capture_on", UNSET)
        if not isinstance(capture_on, Unset) and not (isinstance(capture_on, str)):
            raise TypeError("capture_on: expected a string, got " + type(capture_on).__name__)

        _customer = d.pop("customer", UNSET)
        customer: CustomerRequest | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerRequest.from_dict(_customer)

        _billing_descriptor = d.pop("billing_descriptor", UNSET)
        billing_descriptor: BillingDescriptor | Unset
        if isinstance(_billing_descriptor, Unset):
            billing_descriptor = UNSET
        else:
            billing_descriptor = BillingDescriptor.from_dict(_billing_descriptor)

        def _parse_field_3ds(
            data: object,
        ) -> ThreeDSRequest | ThreeDSRequestStandalone | ThreeDSRequestThirdParty | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_3ds_type_0 = ThreeDSRequestStandalone.from_dict(data)

                return field_3ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_3ds_type_1 = ThreeDSRequestThirdParty.from_dict(data)

                return field_3ds_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            field_3ds_type_2 = ThreeDSRequest.from_dict(data)

            return field_3ds_type_2

        field_3ds = _parse_field_3ds(d.pop("3ds", UNSET))

        processing_channel_id = d.pop("processing_channel_id", UNSET)
        if not isinstance(processing_channel_id, Unset) and not (isinstance(processing_channel_id, str)):
            raise TypeError("processing_channel_id: expected a string, got " + type(processing_channel_id).__name__)

        previous_payment_id = d.pop("previous_payment_id", UNSET)
        if not isinstance(previous_payment_id, Unset) and not (isinstance(previous_payment_id, str)):
            raise TypeError("previous_payment_id: expected a string, got " + type(previous_payment_id).__name__)

        _risk = d.pop("risk", UNSET)
        risk: RiskRequest | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = RiskRequest.from_dict(_risk)

        success_url = d.pop("success_url", UNSET)
        if not isinstance(success_url, Unset) and not (isinstance(success_url, str)):
            raise TypeError("success_url: expected a string, got " + type(success_url).__name__)

        failure_url = d.pop("failure_url", UNSET)
        if not isinstance(failure_url, Unset) and not (isinstance(failure_url, str)):
            raise TypeError("failure_url: expected a string, got " + type(failure_url).__name__)

        payment_ip = d.pop("payment_ip", UNSET)
        if not isinstance(payment_ip, Unset) and not (isinstance(payment_ip, str)):
            raise TypeError("payment_ip: expected a string, got " + type(payment_ip).__name__)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        payment_request = cls(
            currency=currency,
            source=source,
            amount=amount,
            payment_type=payment_type,
            merchant_initiated=merchant_initiated,
            reference=reference,
            description=description,
            authorization_type=authorization_type,
            capture=capture,
            capture_on=capture_on,
            customer=customer,
            billing_descriptor=billing_descriptor,
            field_3ds=field_3ds,
            processing_channel_id=processing_channel_id,
            previous_payment_id=previous_payment_id,
            risk=risk,
            success_url=success_url,
            failure_url=failure_url,
            payment_ip=payment_ip,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_request.additional_properties = additional_properties
        return payment_request

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
