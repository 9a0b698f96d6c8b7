from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_payment_type import TransactionPaymentType
from ..models.transaction_result import TransactionResult
from ..models.transaction_result_status_combined import TransactionResultStatusCombined
from ..models.transaction_status import TransactionStatus
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.gateway_check_response import GatewayCheckResponse
    from ..models.payment_instrument import PaymentInstrument
    from ..models.permission_bundle import PermissionBundle
    from ..models.three_ds_data import ThreeDSData
    from ..models.transaction_invoice import TransactionInvoice
    from ..models.transaction_metadata import TransactionMetadata


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A transaction. The outcome is `status` plus `result`. For declines Payments AI exposes
    `avsResponse`, `cvvResponse` and `data3ds`, but not the gateway's raw issuer decline code
    (that is visible only in the Payments AI panel), so a soft decline for missing SCA cannot be
    told apart from other declines through the API.

    """

    id: str
    """ Transaction id. """
    status: TransactionStatus
    """ Where the transaction is. waiting: an action is pending, e.g. the 3DS challenge (send the
    customer to approvalLink); sending: being sent to the gateway; offsite: the customer is on
    the bank's (or an APM's) page; completed: finished, read `result`; timeout: the gateway or
    issuer did not answer in time; not-sent: never sent to the gateway; the rest follow refunds,
    voids, disputes and suspensions. """
    result: TransactionResult
    """ How it turned out: approved, declined, canceled (voided), abandoned (the customer left the
    offsite step), unknown (not known yet; poll or wait for the webhook). The same values are
    substituted for `{result}` in redirectUrl. """
    amount: float | Unset = UNSET
    """ Decimal amount in major units. """
    refund_amount: float | Unset = UNSET
    refundable_amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    combined_status: TransactionResultStatusCombined | Unset = UNSET
    """ status and result merged for display; the status values plus abandoned. """
    type_: TransactionType | Unset = UNSET
    """ sale: authorise and capture; authorize: reserve only (capture later with a second
    transaction of type sale); the others are follow-ups or special kinds. """
    payment_type: TransactionPaymentType | Unset = UNSET
    date: str | Unset = UNSET
    """ ISO 8601 timestamp of the transaction (JavaScript Date JSON, e.g. 2026-11-03T09:15:02.871Z). """
    created_at: str | Unset = UNSET
    """ ISO 8601 creation timestamp. """
    customer_id: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    """ A customer, as returned by createCustomer and embedded in a Transaction. """
    payment_instrument_id: str | Unset = UNSET
    payment_instrument: None | PaymentInstrument | Unset = UNSET
    invoices: list[TransactionInvoice] | Unset = UNSET
    gateway_name: str | Unset = UNSET
    gateway_slug: None | str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    payment_link: str | Unset = UNSET
    approval_link: None | str | Unset = UNSET
    """ Where to send the customer when `status` is `waiting` (3DS challenge at the bank). """
    redirect_url: None | str | Unset = UNSET
    """ The return URL given on creation, placeholders unexpanded. """
    is_merchant_initiated: bool | Unset = UNSET
    parent_transaction_id: None | str | Unset = UNSET
    """ The transaction this one follows (e.g. the sale a refund reverses). """
    permission_bundle: PermissionBundle | Unset = UNSET
    """ What the merchant may do next with the transaction. """
    is_processed_outside: bool | Unset = UNSET
    refunded_at: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    metadata: TransactionMetadata | Unset = UNSET
    """ Flat string map given on creation (unregistered keys are dropped). """
    avs_response: GatewayCheckResponse | None | Unset = UNSET
    cvv_response: GatewayCheckResponse | None | Unset = UNSET
    data3ds: None | ThreeDSData | Unset = UNSET
    """ 3DS data; null when no authentication ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gateway_check_response import GatewayCheckResponse  # noqa: PLC0415
        from ..models.payment_instrument import PaymentInstrument  # noqa: PLC0415
        from ..models.three_ds_data import ThreeDSData  # noqa: PLC0415

        id = self.id

        status = self.status.value

        result = self.result.value

        amount = self.amount

        refund_amount = self.refund_amount

        refundable_amount = self.refundable_amount

        currency = self.currency

        combined_status: str | Unset = UNSET
        if not isinstance(self.combined_status, Unset):
            combined_status = self.combined_status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        date = self.date

        created_at = self.created_at

        customer_id = self.customer_id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        payment_instrument_id = self.payment_instrument_id

        payment_instrument: dict[str, Any] | None | Unset
        if isinstance(self.payment_instrument, Unset):
            payment_instrument = UNSET
        elif isinstance(self.payment_instrument, PaymentInstrument):
            payment_instrument = self.payment_instrument.to_dict()
        else:
            payment_instrument = self.payment_instrument

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        gateway_name = self.gateway_name

        gateway_slug: None | str | Unset
        if isinstance(self.gateway_slug, Unset):
            gateway_slug = UNSET
        else:
            gateway_slug = self.gateway_slug

        subscription_id = self.subscription_id

        payment_link = self.payment_link

        approval_link: None | str | Unset
        if isinstance(self.approval_link, Unset):
            approval_link = UNSET
        else:
            approval_link = self.approval_link

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        is_merchant_initiated = self.is_merchant_initiated

        parent_transaction_id: None | str | Unset
        if isinstance(self.parent_transaction_id, Unset):
            parent_transaction_id = UNSET
        else:
            parent_transaction_id = self.parent_transaction_id

        permission_bundle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission_bundle, Unset):
            permission_bundle = self.permission_bundle.to_dict()

        is_processed_outside = self.is_processed_outside

        refunded_at = self.refunded_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        avs_response: dict[str, Any] | None | Unset
        if isinstance(self.avs_response, Unset):
            avs_response = UNSET
        elif isinstance(self.avs_response, GatewayCheckResponse):
            avs_response = self.avs_response.to_dict()
        else:
            avs_response = self.avs_response

        cvv_response: dict[str, Any] | None | Unset
        if isinstance(self.cvv_response, Unset):
            cvv_response = UNSET
        elif isinstance(self.cvv_response, GatewayCheckResponse):
            cvv_response = self.cvv_response.to_dict()
        else:
            cvv_response = self.cvv_response

        data3ds: dict[str, Any] | None | Unset
        if isinstance(self.data3ds, Unset):
            data3ds = UNSET
        elif isinstance(self.data3ds, ThreeDSData):
            data3ds = self.data3ds.to_dict()
        else:
            data3ds = self.data3ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "result": result,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refundable_amount is not UNSET:
            field_dict["refundableAmount"] = refundable_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if combined_status is not UNSET:
            field_dict["combinedStatus"] = combined_status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payment_instrument_id is not UNSET:
            field_dict["paymentInstrumentId"] = payment_instrument_id
        if payment_instrument is not UNSET:
            field_dict["paymentInstrument"] = payment_instrument
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if gateway_name is not UNSET:
            field_dict["gatewayName"] = gateway_name
        if gateway_slug is not UNSET:
            field_dict["gatewaySlug"] = gateway_slug
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if payment_link is not UNSET:
            field_dict["paymentLink"] = payment_link
        if approval_link is not UNSET:
            field_dict["approvalLink"] = approval_link
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if is_merchant_initiated is not UNSET:
            field_dict["isMerchantInitiated"] = is_merchant_initiated
        if parent_transaction_id is not UNSET:
            field_dict["parentTransactionId"] = parent_transaction_id
        if permission_bundle is not UNSET:
            field_dict["permissionBundle"] = permission_bundle
        if is_processed_outside is not UNSET:
            field_dict["isProcessedOutside"] = is_processed_outside
        if refunded_at is not UNSET:
            field_dict["refundedAt"] = refunded_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if avs_response is not UNSET:
            field_dict["avsResponse"] = avs_response
        if cvv_response is not UNSET:
            field_dict["cvvResponse"] = cvv_response
        if data3ds is not UNSET:
            field_dict["data3ds"] = data3ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.gateway_check_response import GatewayCheckResponse  # noqa: PLC0415
        from ..models.payment_instrument import PaymentInstrument  # noqa: PLC0415
        from ..models.permission_bundle import PermissionBundle  # noqa: PLC0415
        from ..models.three_ds_data import ThreeDSData  # noqa: PLC0415
        from ..models.transaction_invoice import TransactionInvoice  # noqa: PLC0415
        from ..models.transaction_metadata import TransactionMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        status = TransactionStatus(d.pop("status"))

        result = TransactionResult(d.pop("result"))

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        refund_amount = d.pop("refundAmount", UNSET)
        if not isinstance(refund_amount, Unset) and not (
            isinstance(refund_amount, (int, float)) and not isinstance(refund_amount, bool)
        ):
            raise TypeError("refundAmount: expected a number, got " + type(refund_amount).__name__)

        refundable_amount = d.pop("refundableAmount", UNSET)
        if not isinstance(refundable_amount, Unset) and not (
            isinstance(refundable_amount, (int, float)) and not isinstance(refundable_amount, bool)
        ):
            raise TypeError("refundableAmount: expected a number, got " + type(refundable_amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _combined_status = d.pop("combinedStatus", UNSET)
        combined_status: TransactionResultStatusCombined | Unset
        if isinstance(_combined_status, Unset):
            combined_status = UNSET
        else:
            combined_status = TransactionResultStatusCombined(_combined_status)

        _type_ = d.pop("type", UNSET)
        type_: TransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransactionType(_type_)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: TransactionPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = TransactionPaymentType(_payment_type)

        date = d.pop("date", UNSET)
        if not isinstance(date, Unset) and not (isinstance(date, str)):
            raise TypeError("date: expected a string, got " + type(date).__name__)

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, Unset) and not (isinstance(created_at, str)):
            raise TypeError("createdAt: expected a string, got " + type(created_at).__name__)

        customer_id = d.pop("customerId", UNSET)
        if not isinstance(customer_id, Unset) and not (isinstance(customer_id, str)):
            raise TypeError("customerId: expected a string, got " + type(customer_id).__name__)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        payment_instrument_id = d.pop("paymentInstrumentId", UNSET)
        if not isinstance(payment_instrument_id, Unset) and not (isinstance(payment_instrument_id, str)):
            raise TypeError("paymentInstrumentId: expected a string, got " + type(payment_instrument_id).__name__)

        def _parse_payment_instrument(data: object) -> None | PaymentInstrument | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_instrument_type_0 = PaymentInstrument.from_dict(data)

                return payment_instrument_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            payment_instrument_type_1 = data

            return payment_instrument_type_1

        payment_instrument = _parse_payment_instrument(d.pop("paymentInstrument", UNSET))

        _invoices = d.pop("invoices", UNSET)
        invoices: list[TransactionInvoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = TransactionInvoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        gateway_name = d.pop("gatewayName", UNSET)
        if not isinstance(gateway_name, Unset) and not (isinstance(gateway_name, str)):
            raise TypeError("gatewayName: expected a string, got " + type(gateway_name).__name__)

        def _parse_gateway_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gateway_slug_type_0 = data
                if not (isinstance(gateway_slug_type_0, str)):
                    raise TypeError("gatewaySlug_type_0: expected a string, got " + type(gateway_slug_type_0).__name__)

                return gateway_slug_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            gateway_slug_type_1 = data

            return gateway_slug_type_1

        gateway_slug = _parse_gateway_slug(d.pop("gatewaySlug", UNSET))

        subscription_id = d.pop("subscriptionId", UNSET)
        if not isinstance(subscription_id, Unset) and not (isinstance(subscription_id, str)):
            raise TypeError("subscriptionId: expected a string, got " + type(subscription_id).__name__)

        payment_link = d.pop("paymentLink", UNSET)
        if not isinstance(payment_link, Unset) and not (isinstance(payment_link, str)):
            raise TypeError("paymentLink: expected a string, got " + type(payment_link).__name__)

        def _parse_approval_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_link_type_0 = data
                if not (isinstance(approval_link_type_0, str)):
                    raise TypeError(
                        "approvalLink_type_0: expected a string, got " + type(approval_link_type_0).__name__
                    )

                return approval_link_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            approval_link_type_1 = data

            return approval_link_type_1

        approval_link = _parse_approval_link(d.pop("approvalLink", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redirect_url_type_0 = data
                if not (isinstance(redirect_url_type_0, str)):
                    raise TypeError("redirectUrl_type_0: expected a string, got " + type(redirect_url_type_0).__name__)

                return redirect_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            redirect_url_type_1 = data

            return redirect_url_type_1

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        is_merchant_initiated = d.pop("isMerchantInitiated", UNSET)
        if not isinstance(is_merchant_initiated, Unset) and not (isinstance(is_merchant_initiated, bool)):
            raise TypeError("isMerchantInitiated: expected a boolean, got " + type(is_merchant_initiated).__name__)

        def _parse_parent_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_transaction_id_type_0 = data
                if not (isinstance(parent_transaction_id_type_0, str)):
                    raise TypeError(
                        "parentTransactionId_type_0: expected a string, got "
                        + type(parent_transaction_id_type_0).__name__
                    )

                return parent_transaction_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            parent_transaction_id_type_1 = data

            return parent_transaction_id_type_1

        parent_transaction_id = _parse_parent_transaction_id(d.pop("parentTransactionId", UNSET))

        _permission_bundle = d.pop("permissionBundle", UNSET)
        permission_bundle: PermissionBundle | Unset
        if isinstance(_permission_bundle, Unset):
            permission_bundle = UNSET
        else:
            permission_bundle = PermissionBundle.from_dict(_permission_bundle)

        is_processed_outside = d.pop("isProcessedOutside", UNSET)
        if not isinstance(is_processed_outside, Unset) and not (isinstance(is_processed_outside, bool)):
            raise TypeError("isProcessedOutside: expected a boolean, got " + type(is_processed_outside).__name__)

        refunded_at = d.pop("refundedAt", UNSET)
        if not isinstance(refunded_at, Unset) and not (isinstance(refunded_at, str)):
            raise TypeError("refundedAt: expected a string, got " + type(refunded_at).__name__)

        _metadata = d.pop("metadata", UNSET)
        metadata: TransactionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TransactionMetadata.from_dict(_metadata)

        def _parse_avs_response(data: object) -> GatewayCheckResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avs_response_type_0 = GatewayCheckResponse.from_dict(data)

                return avs_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            avs_response_type_1 = data

            return avs_response_type_1

        avs_response = _parse_avs_response(d.pop("avsResponse", UNSET))

        def _parse_cvv_response(data: object) -> GatewayCheckResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cvv_response_type_0 = GatewayCheckResponse.from_dict(data)

                return cvv_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cvv_response_type_1 = data

            return cvv_response_type_1

        cvv_response = _parse_cvv_response(d.pop("cvvResponse", UNSET))

        def _parse_data3ds(data: object) -> None | ThreeDSData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data3ds_type_0 = ThreeDSData.from_dict(data)

                return data3ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            data3ds_type_1 = data

            return data3ds_type_1

        data3ds = _parse_data3ds(d.pop("data3ds", UNSET))

        transaction = cls(
            id=id,
            status=status,
            result=result,
            amount=amount,
            refund_amount=refund_amount,
            refundable_amount=refundable_amount,
            currency=currency,
            combined_status=combined_status,
            type_=type_,
            payment_type=payment_type,
            date=date,
            created_at=created_at,
            customer_id=customer_id,
            customer=customer,
            payment_instrument_id=payment_instrument_id,
            payment_instrument=payment_instrument,
            invoices=invoices,
            gateway_name=gateway_name,
            gateway_slug=gateway_slug,
            subscription_id=subscription_id,
            payment_link=payment_link,
            approval_link=approval_link,
            redirect_url=redirect_url,
            is_merchant_initiated=is_merchant_initiated,
            parent_transaction_id=parent_transaction_id,
            permission_bundle=permission_bundle,
            is_processed_outside=is_processed_outside,
            refunded_at=refunded_at,
            metadata=metadata,
            avs_response=avs_response,
            cvv_response=cvv_response,
            data3ds=data3ds,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction.additional_properties = additional_properties
        return transaction

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
