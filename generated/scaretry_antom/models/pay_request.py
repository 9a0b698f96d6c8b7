from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_code_type import ProductCodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.env import Env
    from ..models.order import Order
    from ..models.payment_factor import PaymentFactor
    from ..models.payment_method import PaymentMethod
    from ..models.settlement_strategy import SettlementStrategy


T = TypeVar("T", bound="PayRequest")


@_attrs_define
class PayRequest:
    """Body of pay (One-time Payments)."""

    product_code: ProductCodeType
    """ Product the payment belongs to: CASHIER_PAYMENT (One-time Payments, used for cards here), AGREEMENT_PAYMENT
    (tokenized/auto debit), IN_STORE_PAYMENT. """
    payment_request_id: str
    """ The merchant's unique id for this payment request and Antom's idempotency key: once a request with this id
    reached a final S or F, resending it returns the same result; after a transient error or a time-out a retry
    completes the action once; reusing it with a different body is rejected (REPEAT_REQ_INCONSISTENT). Resending it
    while the payment waits for the buyer returns U PAYMENT_IN_PROCESS with the same redirect: the only way back to
    a redirect whose pay answer was lost (inquiryPayment has no normalUrl). """
    order: Order
    """ The merchant's order the payment belongs to. """
    payment_amount: Amount
    """ An amount of money in minor units of the currency. """
    payment_method: PaymentMethod
    """ The payment method to charge. """
    payment_redirect_url: str | Unset = UNSET
    """ Where the buyer lands after a redirect (3DS challenge, 3DS-Retry upgrade, hosted page). Needed for any card
    payment that may involve 3DS. """
    payment_notify_url: str | Unset = UNSET
    """ Where Antom sends notifyPayment; overrides the URL set in Antom Dashboard. """
    payment_expiry_time: str | Unset = UNSET
    """ When the payment expires, ISO 8601 with offset. If absent, usually 14 minutes after the request (48 hours
    for bank transfers); a value you set must be less than 10 minutes after the request (less than 48 hours for bank
    transfers). """
    settlement_strategy: SettlementStrategy | Unset = UNSET
    """ Settlement preferences. """
    env: Env | Unset = UNSET
    """ The buyer's environment. For CARD Antom asks for clientIp; the browser fields feed 3DS 2 and make a
    frictionless outcome more likely. """
    payment_factor: PaymentFactor | Unset = UNSET
    """ Payment options. """
    merchant_region: str | Unset = UNSET
    """ ISO 3166 code of the country or region where the merchant operates. """
    user_region: str | Unset = UNSET
    merchant_account_id: str | Unset = UNSET
    """ Merchant account id, when one client id serves several locations. """
    extend_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code.value

        payment_request_id = self.payment_request_id

        order = self.order.to_dict()

        payment_amount = self.payment_amount.to_dict()

        payment_method = self.payment_method.to_dict()

        payment_redirect_url = self.payment_redirect_url

        payment_notify_url = self.payment_notify_url

        payment_expiry_time = self.payment_expiry_time

        settlement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_strategy, Unset):
            settlement_strategy = self.settlement_strategy.to_dict()

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        payment_factor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_factor, Unset):
            payment_factor = self.payment_factor.to_dict()

        merchant_region = self.merchant_region

        user_region = self.user_region

        merchant_account_id = self.merchant_account_id

        extend_info = self.extend_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productCode": product_code,
                "paymentRequestId": payment_request_id,
                "order": order,
                "paymentAmount": payment_amount,
                "paymentMethod": payment_method,
            }
        )
        if payment_redirect_url is not UNSET:
            field_dict["paymentRedirectUrl"] = payment_redirect_url
        if payment_notify_url is not UNSET:
            field_dict["paymentNotifyUrl"] = payment_notify_url
        if payment_expiry_time is not UNSET:
            field_dict["paymentExpiryTime"] = payment_expiry_time
        if settlement_strategy is not UNSET:
            field_dict["settlementStrategy"] = settlement_strategy
        if env is not UNSET:
            field_dict["env"] = env
        if payment_factor is not UNSET:
            field_dict["paymentFactor"] = payment_factor
        if merchant_region is not UNSET:
            field_dict["merchantRegion"] = merchant_region
        if user_region is not UNSET:
            field_dict["userRegion"] = user_region
        if merchant_account_id is not UNSET:
            field_dict["merchantAccountId"] = merchant_account_id
        if extend_info is not UNSET:
            field_dict["extendInfo"] = extend_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.env import Env  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.payment_factor import PaymentFactor  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.settlement_strategy import SettlementStrategy  # noqa: PLC0415

        d = dict(src_dict)
        product_code = ProductCodeType(d.pop("productCode"))

        payment_request_id = d.pop("paymentRequestId")
        if not (isinstance(payment_request_id, str)):
            raise TypeError("paymentRequestId: expected a string, got " + type(payment_request_id).__name__)

        order = Order.from_dict(d.pop("order"))

        payment_amount = Amount.from_dict(d.pop("paymentAmount"))

        payment_method = PaymentMethod.from_dict(d.pop("paymentMethod"))

        payment_redirect_url = d.pop("paymentRedirectUrl", UNSET)
        if not isinstance(payment_redirect_url, Unset) and not (isinstance(payment_redirect_url, str)):
            raise TypeError("paymentRedirectUrl: expected a string, got " + type(payment_redirect_url).__name__)

        payment_notify_url = d.pop("paymentNotifyUrl", UNSET)
        if not isinstance(payment_notify_url, Unset) and not (isinstance(payment_notify_url, str)):
            raise TypeError("paymentNotifyUrl: expected a string, got " + type(payment_notify_url).__name__)

        payment_expiry_time = d.pop("paymentExpiryTime", UNSET)
        if not isinstance(payment_expiry_time, Unset) and not (isinstance(payment_expiry_time, str)):
            raise TypeError("paymentExpiryTime: expected a string, got " + type(payment_expiry_time).__name__)

        _settlement_strategy = d.pop("settlementStrategy", UNSET)
        settlement_strategy: SettlementStrategy | Unset
        if isinstance(_settlement_strategy, Unset):
            settlement_strategy = UNSET
        else:
            settlement_strategy = SettlementStrategy.from_dict(_settlement_strategy)

        _env = d.pop("env", UNSET)
        env: Env | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = Env.from_dict(_env)

        _payment_factor = d.pop("paymentFactor", UNSET)
        payment_factor: PaymentFactor | Unset
        if isinstance(_payment_factor, Unset):
            payment_factor = UNSET
        else:
            payment_factor = PaymentFactor.from_dict(_payment_factor)

        merchant_region = d.pop("merchantRegion", UNSET)
        if not isinstance(merchant_region, Unset) and not (isinstance(merchant_region, str)):
            raise TypeError("merchantRegion: expected a string, got " + type(merchant_region).__name__)

        user_region = d.pop("userRegion", UNSET)
        if not isinstance(user_region, Unset) and not (isinstance(user_region, str)):
            raise TypeError("userRegion: expected a string, got " + type(user_region).__name__)

        merchant_account_id = d.pop("merchantAccountId", UNSET)
        if not isinstance(merchant_account_id, Unset) and not (isinstance(merchant_account_id, str)):
            raise TypeError("merchantAccountId: expected a string, got " + type(merchant_account_id).__name__)

        extend_info = d.pop("extendInfo", UNSET)
        if not isinstance(extend_info, Unset) and not (isinstance(extend_info, str)):
            raise TypeError("extendInfo: expected a string, got " + type(extend_info).__name__)

        pay_request = cls(
            product_code=product_code,
            payment_request_id=payment_request_id,
            order=order,
            payment_amount=payment_amount,
            payment_method=payment_method,
            payment_redirect_url=payment_redirect_url,
            payment_notify_url=payment_notify_url,
            payment_expiry_time=payment_expiry_time,
            settlement_strategy=settlement_strategy,
            env=env,
            payment_factor=payment_factor,
            merchant_region=merchant_region,
            user_region=user_region,
            merchant_account_id=merchant_account_id,
            extend_info=extend_info,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pay_request.additional_properties = additional_properties
        return pay_request

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
