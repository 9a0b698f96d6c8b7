from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status_type import TransactionStatusType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.result import Result


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A follow-up transaction (capture, refund, ...) on the payment."""

    transaction_result: Result | Unset = UNSET
    """ Outcome of a call (in responses) or of a payment (in notifications). Result codes seen in Antom's code
    lists, with their usual status: SUCCESS (S); PAYMENT_IN_PROCESS, UNKNOWN_EXCEPTION, REQUEST_TRAFFIC_EXCEED_LIMIT
    (U); PARAM_ILLEGAL, INVALID_PAYMENT_METHOD_META_DATA, REPEAT_REQ_INCONSISTENT, ACCESS_DENIED, INVALID_API,
    NO_INTERFACE_DEF, KEY_NOT_FOUND, INVALID_SIGNATURE, INVALID_CLIENT, INVALID_CONTRACT, INVALID_MERCHANT_STATUS,
    MERCHANT_KYB_NOT_QUALIFIED, MERCHANT_NOT_REGISTERED, PAYMENT_NOT_QUALIFIED, SETTLE_CONTRACT_NOT_MATCH,
    CURRENCY_NOT_SUPPORT, NO_PAY_OPTIONS, PAYMENT_AMOUNT_EXCEED_LIMIT, PAYMENT_COUNT_EXCEED_LIMIT,
    USER_AMOUNT_EXCEED_LIMIT, ORDER_IS_CLOSED, ORDER_IS_CANCELED, ORDER_STATUS_INVALID, ORDER_NOT_EXIST,
    RISK_REJECT, FRAUD_REJECT, SUSPECTED_CARD, PROCESS_FAIL, SYSTEM_ERROR, USER_BALANCE_NOT_ENOUGH, USER_NOT_EXIST,
    USER_STATUS_ABNORMAL, USER_KYC_NOT_QUALIFIED, INVALID_CARD_NUMBER, INVALID_CARD, CARD_BIN_QUERY_ERROR,
    INVALID_EXPIRATION_DATE, INVALID_EXPIRY_DATE_FORMAT, CARD_EXPIRED, INVALID_CVV, CARD_NOT_SUPPORTED,
    SELECTED_CARD_BRAND_NOT_AVAILABLE, ISSUER_REJECTS_TRANSACTION, DO_NOT_HONOR, PAYMENT_PROHIBITED,
    USER_PAYMENT_VERIFICATION_FAILED, AUTHENTICATION_REQUIRED, VERIFY_UNMATCHED, VERIFY_TIMES_EXCEED_LIMIT (F). The
    code is kept an open string: Antom adds codes and not every code applies to every method. """
    transaction_id: str | Unset = UNSET
    transaction_type: TransactionType | Unset = UNSET
    """ Kind of follow-up transaction on a payment. """
    transaction_status: TransactionStatusType | Unset = UNSET
    """ State of a payment or transaction. SUCCESS — paid/authorised (final); FAIL — failed (final); PROCESSING — in
    progress, e.g. the buyer is at the 3DS challenge; CANCELLED — cancelled (final); PENDING — the buyer finished
    and the final result is awaited. """
    transaction_amount: Amount | Unset = UNSET
    """ An amount of money in minor units of the currency. """
    transaction_request_id: str | Unset = UNSET
    transaction_time: str | Unset = UNSET
    """ ISO 8601 with offset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_result, Unset):
            transaction_result = self.transaction_result.to_dict()

        transaction_id = self.transaction_id

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        transaction_status: str | Unset = UNSET
        if not isinstance(self.transaction_status, Unset):
            transaction_status = self.transaction_status.value

        transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_amount, Unset):
            transaction_amount = self.transaction_amount.to_dict()

        transaction_request_id = self.transaction_request_id

        transaction_time = self.transaction_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_result is not UNSET:
            field_dict["transactionResult"] = transaction_result
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if transaction_amount is not UNSET:
            field_dict["transactionAmount"] = transaction_amount
        if transaction_request_id is not UNSET:
            field_dict["transactionRequestId"] = transaction_request_id
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        _transaction_result = d.pop("transactionResult", UNSET)
        transaction_result: Result | Unset
        if isinstance(_transaction_result, Unset):
            transaction_result = UNSET
        else:
            transaction_result = Result.from_dict(_transaction_result)

        transaction_id = d.pop("transactionId", UNSET)
        if not isinstance(transaction_id, Unset) and not (isinstance(transaction_id, str)):
            raise TypeError("transactionId: expected a string, got " + type(transaction_id).__name__)

        _transaction_type = d.pop("transactionType", UNSET)
        transaction_type: TransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = TransactionType(_transaction_type)

        _transaction_status = d.pop("transactionStatus", UNSET)
        transaction_status: TransactionStatusType | Unset
        if isinstance(_transaction_status, Unset):
            transaction_status = UNSET
        else:
            transaction_status = TransactionStatusType(_transaction_status)

        _transaction_amount = d.pop("transactionAmount", UNSET)
        transaction_amount: Amount | Unset
        if isinstance(_transaction_amount, Unset):
            transaction_amount = UNSET
        else:
            transaction_amount = Amount.from_dict(_transaction_amount)

        transaction_request_id = d.pop("transactionRequestId", UNSET)
        if not isinstance(transaction_request_id, Unset) and not (isinstance(transaction_request_id, str)):
            raise TypeError("transactionRequestId: expected a string, got " + type(transaction_request_id).__name__)

        transaction_time = d.pop("transactionTime", UNSET)
        if not isinstance(transaction_time, Unset) and not (isinstance(transaction_time, str)):
            raise TypeError("transactionTime: expected a string, got " + type(transaction_time).__name__)

        transaction = cls(
            transaction_result=transaction_result,
            transaction_id=transaction_id,
            transaction_type=transaction_type,
            transaction_status=transaction_status,
            transaction_amount=transaction_amount,
            transaction_request_id=transaction_request_id,
            transaction_time=transaction_time,
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
