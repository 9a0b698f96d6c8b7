from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..models.credential_type import CredentialType
from ..models.funding_type import FundingType
from ..models.payment_result_info_card_category import PaymentResultInfoCardCategory
from ..models.payment_result_info_exemption_requested import PaymentResultInfoExemptionRequested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.three_ds_result import ThreeDSResult


T = TypeVar("T", bound="PaymentResultInfo")


@_attrs_define
class PaymentResultInfo:
    """Card details and processing results of a payment (pay, inquiryPayment, notifyPayment)."""

    card_no: str | Unset = UNSET
    """ Masked card number, for display. """
    card_brand: str | Unset = UNSET
    """ Card brand, for display (VISA, MASTERCARD, ...). """
    card_token: str | Unset = UNSET
    """ Token for the card; pass it as paymentMethod.paymentMethodId in later payments. """
    issuing_country: str | Unset = UNSET
    """ Issuing country of the card (ISO 3166 code). """
    funding: FundingType | Unset = UNSET
    """ Funding type of a card. """
    payment_method_region: str | Unset = UNSET
    """ Region code of the payment method (ISO 3166 code or GLOBAL). """
    cardholder_name: str | Unset = UNSET
    card_bin: str | Unset = UNSET
    last_four: str | Unset = UNSET
    expiry_month: str | Unset = UNSET
    expiry_year: str | Unset = UNSET
    card_category: PaymentResultInfoCardCategory | Unset = UNSET
    issuer_name: str | Unset = UNSET
    avs_result_raw: str | Unset = UNSET
    cvv_result_raw: str | Unset = UNSET
    network_transaction_id: str | Unset = UNSET
    """ Scheme transaction id; send it as paymentMethodMetaData.networkTransactionId on later merchant-initiated
    payments. """
    authorization_code: str | Unset = UNSET
    rrn: str | Unset = UNSET
    """ Retrieval reference number. """
    refusal_code_raw: str | Unset = UNSET
    """ The issuer's or scheme's raw decline code, when the card payment failed. """
    refusal_reason_raw: str | Unset = UNSET
    """ The issuer's or scheme's raw decline reason, when the card payment failed. """
    merchant_advice_code: str | Unset = UNSET
    """ Scheme merchant advice code for the decline. """
    exemption_requested: PaymentResultInfoExemptionRequested | Unset = UNSET
    """ SCA exemption Antom requested in the authorisation. """
    credential_type_used: CredentialType | Unset = UNSET
    """ Whether the card credential is the PAN or a network token. """
    incremental_authorization_available: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    extended_authorization_available: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    refund_on_authorization_available: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    three_ds_result: ThreeDSResult | Unset = UNSET
    """ Outcome of 3DS for a card payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_no = self.card_no

        card_brand = self.card_brand

        card_token = self.card_token

        issuing_country = self.issuing_country

        funding: str | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.value

        payment_method_region = self.payment_method_region

        cardholder_name = self.cardholder_name

        card_bin = self.card_bin

        last_four = self.last_four

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        card_category: str | Unset = UNSET
        if not isinstance(self.card_category, Unset):
            card_category = self.card_category.value

        issuer_name = self.issuer_name

        avs_result_raw = self.avs_result_raw

        cvv_result_raw = self.cvv_result_raw

        network_transaction_id = self.network_transaction_id

        authorization_code = self.authorization_code

        rrn = self.rrn

        refusal_code_raw = self.refusal_code_raw

        refusal_reason_raw = self.refusal_reason_raw

        merchant_advice_code = self.merchant_advice_code

        exemption_requested: str | Unset = UNSET
        if not isinstance(self.exemption_requested, Unset):
            exemption_requested = self.exemption_requested.value

        credential_type_used: str | Unset = UNSET
        if not isinstance(self.credential_type_used, Unset):
            credential_type_used = self.credential_type_used.value

        incremental_authorization_available: bool | str | Unset
        if isinstance(self.incremental_authorization_available, Unset):
            incremental_authorization_available = UNSET
        elif isinstance(self.incremental_authorization_available, AntomBooleanString):
            incremental_authorization_available = self.incremental_authorization_available.value
        else:
            incremental_authorization_available = self.incremental_authorization_available

        extended_authorization_available: bool | str | Unset
        if isinstance(self.extended_authorization_available, Unset):
            extended_authorization_available = UNSET
        elif isinstance(self.extended_authorization_available, AntomBooleanString):
            extended_authorization_available = self.extended_authorization_available.value
        else:
            extended_authorization_available = self.extended_authorization_available

        refund_on_authorization_available: bool | str | Unset
        if isinstance(self.refund_on_authorization_available, Unset):
            refund_on_authorization_available = UNSET
        elif isinstance(self.refund_on_authorization_available, AntomBooleanString):
            refund_on_authorization_available = self.refund_on_authorization_available.value
        else:
            refund_on_authorization_available = self.refund_on_authorization_available

        three_ds_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_ds_result, Unset):
            three_ds_result = self.three_ds_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_no is not UNSET:
            field_dict["cardNo"] = card_no
        if card_brand is not UNSET:
            field_dict["cardBrand"] = card_brand
        if card_token is not UNSET:
            field_dict["cardToken"] = card_token
        if issuing_country is not UNSET:
            field_dict["issuingCountry"] = issuing_country
        if funding is not UNSET:
            field_dict["funding"] = funding
        if payment_method_region is not UNSET:
            field_dict["paymentMethodRegion"] = payment_method_region
        if cardholder_name is not UNSET:
            field_dict["cardholderName"] = cardholder_name
        if card_bin is not UNSET:
            field_dict["cardBin"] = card_bin
        if last_four is not UNSET:
            field_dict["lastFour"] = last_four
        if expiry_month is not UNSET:
            field_dict["expiryMonth"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiryYear"] = expiry_year
        if card_category is not UNSET:
            field_dict["cardCategory"] = card_category
        if issuer_name is not UNSET:
            field_dict["issuerName"] = issuer_name
        if avs_result_raw is not UNSET:
            field_dict["avsResultRaw"] = avs_result_raw
        if cvv_result_raw is not UNSET:
            field_dict["cvvResultRaw"] = cvv_result_raw
        if network_transaction_id is not UNSET:
            field_dict["networkTransactionId"] = network_transaction_id
        if authorization_code is not UNSET:
            field_dict["authorizationCode"] = authorization_code
        if rrn is not UNSET:
            field_dict["rrn"] = rrn
        if refusal_code_raw is not UNSET:
            field_dict["refusalCodeRaw"] = refusal_code_raw
        if refusal_reason_raw is not UNSET:
            field_dict["refusalReasonRaw"] = refusal_reason_raw
        if merchant_advice_code is not UNSET:
            field_dict["merchantAdviceCode"] = merchant_advice_code
        if exemption_requested is not UNSET:
            field_dict["exemptionRequested"] = exemption_requested
        if credential_type_used is not UNSET:
            field_dict["credentialTypeUsed"] = credential_type_used
        if incremental_authorization_available is not UNSET:
            field_dict["incrementalAuthorizationAvailable"] = incremental_authorization_available
        if extended_authorization_available is not UNSET:
            field_dict["extendedAuthorizationAvailable"] = extended_authorization_available
        if refund_on_authorization_available is not UNSET:
            field_dict["refundOnAuthorizationAvailable"] = refund_on_authorization_available
        if three_ds_result is not UNSET:
            field_dict["threeDSResult"] = three_ds_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.three_ds_result import ThreeDSResult  # noqa: PLC0415

        d = dict(src_dict)
        card_no = d.pop("cardNo", UNSET)
        if not isinstance(card_no, Unset) and not (isinstance(card_no, str)):
            raise TypeError("cardNo: expected a string, got " + type(card_no).__name__)

        card_brand = d.pop("cardBrand", UNSET)
        if not isinstance(card_brand, Unset) and not (isinstance(card_brand, str)):
            raise TypeError("cardBrand: expected a string, got " + type(card_brand).__name__)

        card_token = d.pop("cardToken", UNSET)
        if not isinstance(card_token, Unset) and not (isinstance(card_token, str)):
            raise TypeError("cardToken: expected a string, got " + type(card_token).__name__)

        issuing_country = d.pop("issuingCountry", UNSET)
        if not isinstance(issuing_country, Unset) and not (isinstance(issuing_country, str)):
            raise TypeError("issuingCountry: expected a string, got " + type(issuing_country).__name__)

        _funding = d.pop("funding", UNSET)
        funding: FundingType | Unset
        if isinstance(_funding, Unset):
            funding = UNSET
        else:
            funding = FundingType(_funding)

        payment_method_region = d.pop("paymentMethodRegion", UNSET)
        if not isinstance(payment_method_region, Unset) and not (isinstance(payment_method_region, str)):
            raise TypeError("paymentMethodRegion: expected a string, got " + type(payment_method_region).__name__)

        cardholder_name = d.pop("cardholderName", UNSET)
        if not isinstance(cardholder_name, Unset) and not (isinstance(cardholder_name, str)):
            raise TypeError("cardholderName: expected a string, got " + type(cardholder_name).__name__)

        card_bin = d.pop("cardBin", UNSET)
        if not isinstance(card_bin, Unset) and not (isinstance(card_bin, str)):
            raise TypeError("cardBin: expected a string, got " + type(card_bin).__name__)

        last_four = d.pop("lastFour", UNSET)
        if not isinstance(last_four, Unset) and not (isinstance(last_four, str)):
            raise TypeError("lastFour: expected a string, got " + type(last_four).__name__)

        expiry_month = d.pop("expiryMonth", UNSET)
        if not isinstance(expiry_month, Unset) and not (isinstance(expiry_month, str)):
            raise TypeError("expiryMonth: expected a string, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiryYear", UNSET)
        if not isinstance(expiry_year, Unset) and not (isinstance(expiry_year, str)):
            raise TypeError("expiryYear: expected a string, got " + type(expiry_year).__name__)

        _card_category = d.pop("cardCategory", UNSET)
        card_category: PaymentResultInfoCardCategory | Unset
        if isinstance(_card_category, Unset):
            card_category = UNSET
        else:
            card_category = PaymentResultInfoCardCategory(_card_category)

        issuer_name = d.pop("issuerName", UNSET)
        if not isinstance(issuer_name, Unset) and not (isinstance(issuer_name, str)):
            raise TypeError("issuerName: expected a string, got " + type(issuer_name).__name__)

        avs_result_raw = d.pop("avsResultRaw", UNSET)
        if not isinstance(avs_result_raw, Unset) and not (isinstance(avs_result_raw, str)):
            raise TypeError("avsResultRaw: expected a string, got " + type(avs_result_raw).__name__)

        cvv_result_raw = d.pop("cvvResultRaw", UNSET)
        if not isinstance(cvv_result_raw, Unset) and not (isinstance(cvv_result_raw, str)):
            raise TypeError("cvvResultRaw: expected a string, got " + type(cvv_result_raw).__name__)

        network_transaction_id = d.pop("networkTransactionId", UNSET)
        if not isinstance(network_transaction_id, Unset) and not (isinstance(network_transaction_id, str)):
            raise TypeError("networkTransactionId: expected a string, got " + type(network_transaction_id).__name__)

        authorization_code = d.pop("authorizationCode", UNSET)
        if not isinstance(authorization_code, Unset) and not (isinstance(authorization_code, str)):
            raise TypeError("authorizationCode: expected a string, got " + type(authorization_code).__name__)

        rrn = d.pop("rrn", UNSET)
        if not isinstance(rrn, Unset) and not (isinstance(rrn, str)):
            raise TypeError("rrn: expected a string, got " + type(rrn).__name__)

        refusal_code_raw = d.pop("refusalCodeRaw", UNSET)
        if not isinstance(refusal_code_raw, Unset) and not (isinstance(refusal_code_raw, str)):
            raise TypeError("refusalCodeRaw: expected a string, got " + type(refusal_code_raw).__name__)

        refusal_reason_raw = d.pop("refusalReasonRaw", UNSET)
        if not isinstance(refusal_reason_raw, Unset) and not (isinstance(refusal_reason_raw, str)):
            raise TypeError("refusalReasonRaw: expected a string, got " + type(refusal_reason_raw).__name__)

        merchant_advice_code = d.pop("merchantAdviceCode", UNSET)
        if not isinstance(merchant_advice_code, Unset) and not (isinstance(merchant_advice_code, str)):
            raise TypeError("merchantAdviceCode: expected a string, got " + type(merchant_advice_code).__name__)

        _exemption_requested = d.pop("exemptionRequested", UNSET)
        exemption_requested: PaymentResultInfoExemptionRequested | Unset
        if isinstance(_exemption_requested, Unset):
            exemption_requested = UNSET
        else:
            exemption_requested = PaymentResultInfoExemptionRequested(_exemption_requested)

        _credential_type_used = d.pop("credentialTypeUsed", UNSET)
        credential_type_used: CredentialType | Unset
        if isinstance(_credential_type_used, Unset):
            credential_type_used = UNSET
        else:
            credential_type_used = CredentialType(_credential_type_used)

        def _parse_incremental_authorization_available(data: object) -> AntomBooleanString | bool | Unset:
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

        incremental_authorization_available = _parse_incremental_authorization_available(
            d.pop("incrementalAuthorizationAvailable", UNSET)
        )

        def _parse_extended_authorization_available(data: object) -> AntomBooleanString | bool | Unset:
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

        extended_authorization_available = _parse_extended_authorization_available(
            d.pop("extendedAuthorizationAvailable", UNSET)
        )

        def _parse_refund_on_authorization_available(data: object) -> AntomBooleanString | bool | Unset:
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

        refund_on_authorization_available = _parse_refund_on_authorization_available(
            d.pop("refundOnAuthorizationAvailable", UNSET)
        )

        _three_ds_result = d.pop("threeDSResult", UNSET)
        three_ds_result: ThreeDSResult | Unset
        if isinstance(_three_ds_result, Unset):
            three_ds_result = UNSET
        else:
            three_ds_result = ThreeDSResult.from_dict(_three_ds_result)

        payment_result_info = cls(
            card_no=card_no,
            card_brand=card_brand,
            card_token=card_token,
            issuing_country=issuing_country,
            funding=funding,
            payment_method_region=payment_method_region,
            cardholder_name=cardholder_name,
            card_bin=card_bin,
            last_four=last_four,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            card_category=card_category,
            issuer_name=issuer_name,
            avs_result_raw=avs_result_raw,
            cvv_result_raw=cvv_result_raw,
            network_transaction_id=network_transaction_id,
            authorization_code=authorization_code,
            rrn=rrn,
            refusal_code_raw=refusal_code_raw,
            refusal_reason_raw=refusal_reason_raw,
            merchant_advice_code=merchant_advice_code,
            exemption_requested=exemption_requested,
            credential_type_used=credential_type_used,
            incremental_authorization_available=incremental_authorization_available,
            extended_authorization_available=extended_authorization_available,
            refund_on_authorization_available=refund_on_authorization_available,
            three_ds_result=three_ds_result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_result_info.additional_properties = additional_properties
        return payment_result_info

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
