from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..models.create_payment_session_request_product_scene import CreatePaymentSessionRequestProductScene
from ..models.product_code_type import ProductCodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount import Amount
    from ..models.available_payment_method import AvailablePaymentMethod
    from ..models.env import Env
    from ..models.order import Order
    from ..models.payment_factor import PaymentFactor
    from ..models.payment_method import PaymentMethod
    from ..models.settlement_strategy import SettlementStrategy


T = TypeVar("T", bound="CreatePaymentSessionRequest")


@_attrs_define
class CreatePaymentSessionRequest:
    """Body of createPaymentSession (One-time Payments)."""

    product_code: ProductCodeType
    """ Product the payment belongs to: CASHIER_PAYMENT (One-time Payments, used for cards here), AGREEMENT_PAYMENT
    (tokenized/auto debit), IN_STORE_PAYMENT. """
    payment_request_id: str
    order: Order
    """ The merchant's order the payment belongs to. """
    payment_amount: Amount
    """ An amount of money in minor units of the currency. """
    payment_redirect_url: str
    product_scene: CreatePaymentSessionRequestProductScene | Unset = UNSET
    """ CHECKOUT_PAYMENT — hosted Checkout Page; ELEMENT_PAYMENT — Payment Element; absent — classic client SDK. """
    payment_method: PaymentMethod | Unset = UNSET
    """ The payment method to charge. """
    available_payment_method: AvailablePaymentMethod | Unset = UNSET
    """ Which payment methods a session offers, and the card options (3DS flags) for them. """
    payment_notify_url: str | Unset = UNSET
    payment_session_expiry_time: str | Unset = UNSET
    """ When the session expires, ISO 8601 with offset; by default one hour after creation. """
    payment_expiry_time: str | Unset = UNSET
    """ When the payment expires, ISO 8601 with offset. """
    settlement_strategy: SettlementStrategy | Unset = UNSET
    """ Settlement preferences. """
    payment_factor: PaymentFactor | Unset = UNSET
    """ Payment options. """
    env: Env | Unset = UNSET
    """ The buyer's environment. For CARD Antom asks for clientIp; the browser fields feed 3DS 2 and make a
    frictionless outcome more likely. """
    merchant_region: str | Unset = UNSET
    user_region: str | Unset = UNSET
    allowed_payment_method_regions: list[str] | Unset = UNSET
    """ ISO 3166 codes or GLOBAL; limits the payment methods offered. """
    locale: str | Unset = UNSET
    """ Language of the Checkout Page; empty means the browser's. """
    enable_installment_collection: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    merchant_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_code = self.product_code.value

        payment_request_id = self.payment_request_id

        order = self.order.to_dict()

        payment_amount = self.payment_amount.to_dict()

        payment_redirect_url = self.payment_redirect_url

        product_scene: str | Unset = UNSET
        if not isinstance(self.product_scene, Unset):
            product_scene = self.product_scene.value

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        available_payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_payment_method, Unset):
            available_payment_method = self.available_payment_method.to_dict()

        payment_notify_url = self.payment_notify_url

        payment_session_expiry_time = self.payment_session_expiry_time

        payment_expiry_time = self.payment_expiry_time

        settlement_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_strategy, Unset):
            settlement_strategy = self.settlement_strategy.to_dict()

        payment_factor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_factor, Unset):
            payment_factor = self.payment_factor.to_dict()

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        merchant_region = self.merchant_region

        user_region = self.user_region

        allowed_payment_method_regions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_payment_method_regions, Unset):
            allowed_payment_method_regions = self.allowed_payment_method_regions

        locale = self.locale

        enable_installment_collection: bool | str | Unset
        if isinstance(self.enable_installment_collection, Unset):
            enable_installment_collection = UNSET
        elif isinstance(self.enable_installment_collection, AntomBooleanString):
            enable_installment_collection = self.enable_installment_collection.value
        else:
            enable_installment_collection = self.enable_installment_collection

        merchant_account_id = self.merchant_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productCode": product_code,
                "paymentRequestId": payment_request_id,
                "order": order,
                "paymentAmount": payment_amount,
                "paymentRedirectUrl": payment_redirect_url,
            }
        )
        if product_scene is not UNSET:
            field_dict["productScene"] = product_scene
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if available_payment_method is not UNSET:
            field_dict["availablePaymentMethod"] = available_payment_method
        if payment_notify_url is not UNSET:
            field_dict["paymentNotifyUrl"] = payment_notify_url
        if payment_session_expiry_time is not UNSET:
            field_dict["paymentSessionExpiryTime"] = payment_session_expiry_time
        if payment_expiry_time is not UNSET:
            field_dict["paymentExpiryTime"] = payment_expiry_time
        if settlement_strategy is not UNSET:
            field_dict["settlementStrategy"] = settlement_strategy
        if payment_factor is not UNSET:
            field_dict["paymentFactor"] = payment_factor
        if env is not UNSET:
            field_dict["env"] = env
        if merchant_region is not UNSET:
            field_dict["merchantRegion"] = merchant_region
        if user_region is not UNSET:
            field_dict["userRegion"] = user_region
        if allowed_payment_method_regions is not UNSET:
            field_dict["allowedPaymentMethodRegions"] = allowed_payment_method_regions
        if locale is not UNSET:
            field_dict["locale"] = locale
        if enable_installment_collection is not UNSET:
            field_dict["enableInstallmentCollection"] = enable_installment_collection
        if merchant_account_id is not UNSET:
            field_dict["merchantAccountId"] = merchant_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount import Amount  # noqa: PLC0415
        from ..models.available_payment_method import AvailablePaymentMethod  # noqa: PLC0415
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

        payment_redirect_url = d.pop("paymentRedirectUrl")
        if not (isinstance(payment_redirect_url, str)):
            raise TypeError("paymentRedirectUrl: expected a string, got " + type(payment_redirect_url).__name__)

        _product_scene = d.pop("productScene", UNSET)
        product_scene: CreatePaymentSessionRequestProductScene | Unset
        if isinstance(_product_scene, Unset):
            product_scene = UNSET
        else:
            product_scene = CreatePaymentSessionRequestProductScene(_product_scene)

        _payment_method = d.pop("paymentMethod", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(_payment_method)

        _available_payment_method = d.pop("availablePaymentMethod", UNSET)
        available_payment_method: AvailablePaymentMethod | Unset
        if isinstance(_available_payment_method, Unset):
            available_payment_method = UNSET
        else:
            available_payment_method = AvailablePaymentMethod.from_dict(_available_payment_method)

        payment_notify_url = d.pop("paymentNotifyUrl", UNSET)
        if not isinstance(payment_notify_url, Unset) and not (isinstance(payment_notify_url, str)):
            raise TypeError("paymentNotifyUrl: expected a string, got " + type(payment_notify_url).__name__)

        payment_session_expiry_time = d.pop("paymentSessionExpiryTime", UNSET)
        if not isinstance(payment_session_expiry_time, Unset) and not (isinstance(payment_session_expiry_time, str)):
            raise TypeError(
                "paymentSessionExpiryTime: expected a string, got " + type(payment_session_expiry_time).__name__
            )

        payment_expiry_time = d.pop("paymentExpiryTime", UNSET)
        if not isinstance(payment_expiry_time, Unset) and not (isinstance(payment_expiry_time, str)):
            raise TypeError("paymentExpiryTime: expected a string, got " + type(payment_expiry_time).__name__)

        _settlement_strategy = d.pop("settlementStrategy", UNSET)
        settlement_strategy: SettlementStrategy | Unset
        if isinstance(_settlement_strategy, Unset):
            settlement_strategy = UNSET
        else:
            settlement_strategy = SettlementStrategy.from_dict(_settlement_strategy)

        _payment_factor = d.pop("paymentFactor", UNSET)
        payment_factor: PaymentFactor | Unset
        if isinstance(_payment_factor, Unset):
            payment_factor = UNSET
        else:
            payment_factor = PaymentFactor.from_dict(_payment_factor)

        _env = d.pop("env", UNSET)
        env: Env | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = Env.from_dict(_env)

        merchant_region = d.pop("merchantRegion", UNSET)
        if not isinstance(merchant_region, Unset) and not (isinstance(merchant_region, str)):
            raise TypeError("merchantRegion: expected a string, got " + type(merchant_region).__name__)

        user_region = d.pop("userRegion", UNSET)
        if not isinstance(user_region, Unset) and not (isinstance(user_region, str)):
            raise TypeError("userRegion: expected a string, got " + type(user_region).__name__)

        _allowed_payment_method_regions = d.pop("allowedPaymentMethodRegions", UNSET)
        allowed_payment_method_regions: list[str] | Unset = UNSET
        if _allowed_payment_method_regions is not UNSET:
            allowed_payment_method_regions = []
            for allowed_payment_method_regions_item_data in _allowed_payment_method_regions:
                allowed_payment_method_regions_item = allowed_payment_method_regions_item_data
                if not (isinstance(allowed_payment_method_regions_item, str)):
                    raise TypeError(
                        "allowedPaymentMethodRegions_item: expected a string, got "
                        + type(allowed_payment_method_regions_item).__name__
                    )

                allowed_payment_method_regions.append(allowed_payment_method_regions_item)

        locale = d.pop("locale", UNSET)
        if not isinstance(locale, Unset) and not (isinstance(locale, str)):
            raise TypeError("locale: expected a string, got " + type(locale).__name__)

        def _parse_enable_installment_collection(data: object) -> AntomBooleanString | bool | Unset:
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

        enable_installment_collection = _parse_enable_installment_collection(
            d.pop("enableInstallmentCollection", UNSET)
        )

        merchant_account_id = d.pop("merchantAccountId", UNSET)
        if not isinstance(merchant_account_id, Unset) and not (isinstance(merchant_account_id, str)):
            raise TypeError("merchantAccountId: expected a string, got " + type(merchant_account_id).__name__)

        create_payment_session_request = cls(
            product_code=product_code,
            payment_request_id=payment_request_id,
            order=order,
            payment_amount=payment_amount,
            payment_redirect_url=payment_redirect_url,
            product_scene=product_scene,
            payment_method=payment_method,
            available_payment_method=available_payment_method,
            payment_notify_url=payment_notify_url,
            payment_session_expiry_time=payment_session_expiry_time,
            payment_expiry_time=payment_expiry_time,
            settlement_strategy=settlement_strategy,
            payment_factor=payment_factor,
            env=env,
            merchant_region=merchant_region,
            user_region=user_region,
            allowed_payment_method_regions=allowed_payment_method_regions,
            locale=locale,
            enable_installment_collection=enable_installment_collection,
            merchant_account_id=merchant_account_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_payment_session_request.additional_properties = additional_properties
        return create_payment_session_request

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
