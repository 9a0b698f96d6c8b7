from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_instrument_instruction import PaymentInstrumentInstruction
    from ..models.risk_metadata import RiskMetadata
    from ..models.token_instruction import TokenInstruction
    from ..models.transaction_request_metadata import TransactionRequestMetadata


T = TypeVar("T", bound="TransactionRequest")


@_attrs_define
class TransactionRequest:
    """Body of createTransaction. There is no 3DS switch; 3DS is configured per gateway connection."""

    type_: TransactionType
    """ sale: authorise and capture; authorize: reserve only (capture later with a second
    transaction of type sale); the others are follow-ups or special kinds. """
    currency: str
    """ ISO 4217 code, e.g. USD. """
    amount: float
    """ Decimal amount in major units (65.10 = 65 dollars 10 cents). """
    payment_instruction: PaymentInstrumentInstruction | TokenInstruction
    """ What to charge: exactly one of `paymentInstrumentId` (saved card) or `token` (one-off). The
    variants have no discriminator value; each requires its own property, so a body with only
    one of them matches exactly one variant. """
    customer_id: str | Unset = UNSET
    """ Customer to charge; optional for a guest charge with a token. """
    idempotency_key: str | Unset = UNSET
    """ Replaying a key returns the original transaction instead of creating a new one. """
    is_merchant_initiated: bool | Unset = UNSET
    """ true for a merchant-initiated (MIT) charge on a stored card; the platform is reported not to check that the
    originating customer-initiated charge was approved. """
    redirect_url: str | Unset = UNSET
    """ Where Payments AI sends the customer's browser after the offsite step (3DS challenge).
    The placeholders `{id}` (transaction id) and `{result}` (approved, declined, abandoned,
    ...) are filled in, e.g. https://yoursite.com/{id}/{result}. """
    risk_metadata: RiskMetadata | Unset = UNSET
    """ Customer and device signals the issuer uses to decide between frictionless and challenge. """
    metadata: TransactionRequestMetadata | Unset = UNSET
    """ Flat string map; keys not registered for the organization are reported to be dropped silently. """
    website_id: str | Unset = UNSET
    """ Merchant website the transaction belongs to (reported not to be enforced on stage). """
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_instrument_instruction import PaymentInstrumentInstruction  # noqa: PLC0415

        type_ = self.type_.value

        currency = self.currency

        amount = self.amount

        payment_instruction: dict[str, Any]
        if isinstance(self.payment_instruction, PaymentInstrumentInstruction):
            payment_instruction = self.payment_instruction.to_dict()
        else:
            payment_instruction = self.payment_instruction.to_dict()

        customer_id = self.customer_id

        idempotency_key = self.idempotency_key

        is_merchant_initiated = self.is_merchant_initiated

        redirect_url = self.redirect_url

        risk_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_metadata, Unset):
            risk_metadata = self.risk_metadata.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        website_id = self.website_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "currency": currency,
                "amount": amount,
                "paymentInstruction": payment_instruction,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if is_merchant_initiated is not UNSET:
            field_dict["isMerchantInitiated"] = is_merchant_initiated
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if risk_metadata is not UNSET:
            field_dict["riskMetadata"] = risk_metadata
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if website_id is not UNSET:
            field_dict["websiteId"] = website_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_instrument_instruction import PaymentInstrumentInstruction  # noqa: PLC0415
        from ..models.risk_metadata import RiskMetadata  # noqa: PLC0415
        from ..models.token_instruction import TokenInstruction  # noqa: PLC0415
        from ..models.transaction_request_metadata import TransactionRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        type_ = TransactionType(d.pop("type"))

        currency = d.pop("currency")
        if not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        amount = d.pop("amount")
        if not (isinstance(amount, (int, float)) and not isinstance(amount, bool)):
            raise TypeError("amount: expected a number, got " + type(amount).__name__)

        def _parse_payment_instruction(data: object) -> PaymentInstrumentInstruction | TokenInstruction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_instruction_type_0 = PaymentInstrumentInstruction.from_dict(data)

                return componentsschemas_payment_instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_payment_instruction_type_1 = TokenInstruction.from_dict(data)

            return componentsschemas_payment_instruction_type_1

        payment_instruction = _parse_payment_instruction(d.pop("paymentInstruction"))

        customer_id = d.pop("customerId", UNSET)
        if not isinstance(customer_id, Unset) and not (isinstance(customer_id, str)):
            raise TypeError("customerId: expected a string, got " + type(customer_id).__name__)

        idempotency_key = d.pop("idempotencyKey", UNSET)
        if not isinstance(idempotency_key, Unset) and not (isinstance(idempotency_key, str)):
            raise TypeError("idempotencyKey: expected a string, got " + type(idempotency_key).__name__)

        is_merchant_initiated = d.pop("isMerchantInitiated", UNSET)
        if not isinstance(is_merchant_initiated, Unset) and not (isinstance(is_merchant_initiated, bool)):
            raise TypeError("isMerchantInitiated: expected a boolean, got " + type(is_merchant_initiated).__name__)

        redirect_url = d.pop("redirectUrl", UNSET)
        if not isinstance(redirect_url, Unset) and not (isinstance(redirect_url, str)):
            raise TypeError("redirectUrl: expected a string, got " + type(redirect_url).__name__)

        _risk_metadata = d.pop("riskMetadata", UNSET)
        risk_metadata: RiskMetadata | Unset
        if isinstance(_risk_metadata, Unset):
            risk_metadata = UNSET
        else:
            risk_metadata = RiskMetadata.from_dict(_risk_metadata)

        _metadata = d.pop("metadata", UNSET)
        metadata: TransactionRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TransactionRequestMetadata.from_dict(_metadata)

        website_id = d.pop("websiteId", UNSET)
        if not isinstance(website_id, Unset) and not (isinstance(website_id, str)):
            raise TypeError("websiteId: expected a string, got " + type(website_id).__name__)

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError("description: expected a string, got " + type(description).__name__)

        transaction_request = cls(
            type_=type_,
            currency=currency,
            amount=amount,
            payment_instruction=payment_instruction,
            customer_id=customer_id,
            idempotency_key=idempotency_key,
            is_merchant_initiated=is_merchant_initiated,
            redirect_url=redirect_url,
            risk_metadata=risk_metadata,
            metadata=metadata,
            website_id=website_id,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transaction_request.additional_properties = additional_properties
        return transaction_request

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
