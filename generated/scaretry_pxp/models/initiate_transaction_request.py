from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exemption_type import ExemptionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amounts import Amounts
    from ..models.funding_data import FundingData
    from ..models.three_d_secure_data import ThreeDSecureData
    from ..models.transaction_method import TransactionMethod
    from ..models.transaction_recurring import TransactionRecurring


T = TypeVar("T", bound="InitiateTransactionRequest")


@_attrs_define
class InitiateTransactionRequest:
    merchant: str
    """ Merchant identifier assigned by PXP. """
    site: str
    """ Site identifier assigned by PXP. """
    merchant_transaction_id: str
    """ The merchant's unique reference for this transaction; also our idempotency key (see the operation). """
    merchant_transaction_date: str
    """ When the merchant initiated the transaction, ISO 8601; PXP's examples use the form "2025-01-27
    08:51:02.826445+00:00". """
    transaction_method: TransactionMethod
    amounts: Amounts
    funding_data: FundingData | Unset = UNSET
    three_d_secure_data: ThreeDSecureData | Unset = UNSET
    """ 3DS for the transaction. Integrated mode: send only `authenticationId` and PXP uses that
    authentication's card and result. Standalone or external 3DS: send the result fields.
     """
    sca_exemption: ExemptionType | Unset = UNSET
    """ `LVP` low-value payment, `TRA` transaction risk analysis. """
    recurring: TransactionRecurring | Unset = UNSET
    """ Stored-credential data; the one field scaretry uses to tell CIT from MIT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant = self.merchant

        site = self.site

        merchant_transaction_id = self.merchant_transaction_id

        merchant_transaction_date = self.merchant_transaction_date

        transaction_method = self.transaction_method.to_dict()

        amounts = self.amounts.to_dict()

        funding_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_data, Unset):
            funding_data = self.funding_data.to_dict()

        three_d_secure_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_d_secure_data, Unset):
            three_d_secure_data = self.three_d_secure_data.to_dict()

        sca_exemption: str | Unset = UNSET
        if not isinstance(self.sca_exemption, Unset):
            sca_exemption = self.sca_exemption.value

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchant": merchant,
                "site": site,
                "merchantTransactionId": merchant_transaction_id,
                "merchantTransactionDate": merchant_transaction_date,
                "transactionMethod": transaction_method,
                "amounts": amounts,
            }
        )
        if funding_data is not UNSET:
            field_dict["fundingData"] = funding_data
        if three_d_secure_data is not UNSET:
            field_dict["threeDSecureData"] = three_d_secure_data
        if sca_exemption is not UNSET:
            field_dict["scaExemption"] = sca_exemption
        if recurring is not UNSET:
            field_dict["recurring"] = recurring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amounts import Amounts  # noqa: PLC0415
        from ..models.funding_data import FundingData  # noqa: PLC0415
        from ..models.three_d_secure_data import ThreeDSecureData  # noqa: PLC0415
        from ..models.transaction_method import TransactionMethod  # noqa: PLC0415
        from ..models.transaction_recurring import TransactionRecurring  # noqa: PLC0415

        d = dict(src_dict)
        merchant = d.pop("merchant")
        if not (isinstance(merchant, str)):
            raise TypeError("merchant: expected a string, got " + type(merchant).__name__)

        site = d.pop("site")
        if not (isinstance(site, str)):
            raise TypeError("site: expected a string, got " + type(site).__name__)

        merchant_transaction_id = d.pop("merchantTransactionId")
        if not (isinstance(merchant_transaction_id, str)):
            raise TypeError("merchantTransactionId: expected a string, got " + type(merchant_transaction_id).__name__)

        merchant_transaction_date = d.pop("merchantTransactionDate")
        if not (isinstance(merchant_transaction_date, str)):
            raise TypeError(
                "merchantTransactionDate: expected a string, got " + type(merchant_transaction_date).__name__
            )

        transaction_method = TransactionMethod.from_dict(d.pop("transactionMethod"))

        amounts = Amounts.from_dict(d.pop("amounts"))

        _funding_data = d.pop("fundingData", UNSET)
        funding_data: FundingData | Unset
        if isinstance(_funding_data, Unset):
            funding_data = UNSET
        else:
            funding_data = FundingData.from_dict(_funding_data)

        _three_d_secure_data = d.pop("threeDSecureData", UNSET)
        three_d_secure_data: ThreeDSecureData | Unset
        if isinstance(_three_d_secure_data, Unset):
            three_d_secure_data = UNSET
        else:
            three_d_secure_data = ThreeDSecureData.from_dict(_three_d_secure_data)

        _sca_exemption = d.pop("scaExemption", UNSET)
        sca_exemption: ExemptionType | Unset
        if isinstance(_sca_exemption, Unset):
            sca_exemption = UNSET
        else:
            sca_exemption = ExemptionType(_sca_exemption)

        _recurring = d.pop("recurring", UNSET)
        recurring: TransactionRecurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = TransactionRecurring.from_dict(_recurring)

        initiate_transaction_request = cls(
            merchant=merchant,
            site=site,
            merchant_transaction_id=merchant_transaction_id,
            merchant_transaction_date=merchant_transaction_date,
            transaction_method=transaction_method,
            amounts=amounts,
            funding_data=funding_data,
            three_d_secure_data=three_d_secure_data,
            sca_exemption=sca_exemption,
            recurring=recurring,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        initiate_transaction_request.additional_properties = additional_properties
        return initiate_transaction_request

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
