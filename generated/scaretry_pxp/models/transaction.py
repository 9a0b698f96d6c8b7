from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_state import TransactionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_response import ProviderResponse
    from ..models.transaction_amounts import TransactionAmounts
    from ..models.transaction_funding_data import TransactionFundingData
    from ..models.transaction_method import TransactionMethod
    from ..models.transaction_recurring import TransactionRecurring
    from ..models.transaction_shopper import TransactionShopper
    from ..models.transaction_state_data import TransactionStateData
    from ..models.transaction_three_d_secure_result import TransactionThreeDSecureResult


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A transaction, as answered by POST /v1/transactions and by GET."""

    system_transaction_id: str
    """ PXP's own id for the transaction. """
    merchant_transaction_id: str
    state: TransactionState
    """ The transaction's state, as listed by PXP's "Get transaction details" (read as an open enum: a
    value PXP adds later parses and reads PROCESSING). For a card authorisation or purchase:
    `Authorised` approved, funds reserved; `Captured` approved and the funds taken (a Purchase);
    `Refused` declined by the issuer or PXP (see stateData); `Rejected` refused by PXP before
    processing; `Error` a technical failure, nothing authorised; `Cancelled` voided; `Refunded` the
    funds returned; `Pending` not final yet. `Executed`, `Confirmed`, `Updated` and `Approved` are
    listed without a description: none of them says unambiguously that a card authorisation holds funds.
     """
    merchant: str | Unset = UNSET
    site: str | Unset = UNSET
    merchant_transaction_date: str | Unset = UNSET
    """ Echo of the request value. """
    state_message: str | Unset = UNSET
    """ The state in words, e.g. "Transaction Authorised". """
    state_data: None | TransactionStateData | Unset = UNSET
    transaction_method: TransactionMethod | Unset = UNSET
    amounts: TransactionAmounts | Unset = UNSET
    """ The transaction's amount as answered ("Get transaction details" prints amounts.transactionValue and
    currencyCode). """
    shopper: TransactionShopper | Unset = UNSET
    """ The shopper as sent (id, firstName, lastName, dateOfBirth, email ...); not read by scaretry. """
    funding_data: TransactionFundingData | Unset = UNSET
    provider_response: None | ProviderResponse | Unset = UNSET
    authorisation_code: None | str | Unset = UNSET
    """ Issuer authorisation code when approved. """
    three_d_secure_data: None | TransactionThreeDSecureResult | Unset = UNSET
    recurring: TransactionRecurring | Unset = UNSET
    """ Stored-credential data; the one field scaretry uses to tell CIT from MIT. """
    created_at: str | Unset = UNSET
    """ When PXP created the transaction, ISO 8601 UTC (e.g. 2025-01-27T08:51:03.512Z). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_response import ProviderResponse  # noqa: PLC0415
        from ..models.transaction_state_data import TransactionStateData  # noqa: PLC0415
        from ..models.transaction_three_d_secure_result import TransactionThreeDSecureResult  # noqa: PLC0415

        system_transaction_id = self.system_transaction_id

        merchant_transaction_id = self.merchant_transaction_id

        state = self.state.value

        merchant = self.merchant

        site = self.site

        merchant_transaction_date = self.merchant_transaction_date

        state_message = self.state_message

        state_data: dict[str, Any] | None | Unset
        if isinstance(self.state_data, Unset):
            state_data = UNSET
        elif isinstance(self.state_data, TransactionStateData):
            state_data = self.state_data.to_dict()
        else:
            state_data = self.state_data

        transaction_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_method, Unset):
            transaction_method = self.transaction_method.to_dict()

        amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = self.amounts.to_dict()

        shopper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shopper, Unset):
            shopper = self.shopper.to_dict()

        funding_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_data, Unset):
            funding_data = self.funding_data.to_dict()

        provider_response: dict[str, Any] | None | Unset
        if isinstance(self.provider_response, Unset):
            provider_response = UNSET
        elif isinstance(self.provider_response, ProviderResponse):
            provider_response = self.provider_response.to_dict()
        else:
            provider_response = self.provider_response

        authorisation_code: None | str | Unset
        if isinstance(self.authorisation_code, Unset):
            authorisation_code = UNSET
        else:
            authorisation_code = self.authorisation_code

        three_d_secure_data: dict[str, Any] | None | Unset
        if isinstance(self.three_d_secure_data, Unset):
            three_d_secure_data = UNSET
        elif isinstance(self.three_d_secure_data, TransactionThreeDSecureResult):
            three_d_secure_data = self.three_d_secure_data.to_dict()
        else:
            three_d_secure_data = self.three_d_secure_data

        recurring: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurring, Unset):
            recurring = self.recurring.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemTransactionId": system_transaction_id,
                "merchantTransactionId": merchant_transaction_id,
                "state": state,
            }
        )
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if site is not UNSET:
            field_dict["site"] = site
        if merchant_transaction_date is not UNSET:
            field_dict["merchantTransactionDate"] = merchant_transaction_date
        if state_message is not UNSET:
            field_dict["stateMessage"] = state_message
        if state_data is not UNSET:
            field_dict["stateData"] = state_data
        if transaction_method is not UNSET:
            field_dict["transactionMethod"] = transaction_method
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if shopper is not UNSET:
            field_dict["shopper"] = shopper
        if funding_data is not UNSET:
            field_dict["fundingData"] = funding_data
        if provider_response is not UNSET:
            field_dict["providerResponse"] = provider_response
        if authorisation_code is not UNSET:
            field_dict["authorisationCode"] = authorisation_code
        if three_d_secure_data is not UNSET:
            field_dict["threeDSecureData"] = three_d_secure_data
        if recurring is not UNSET:
            field_dict["recurring"] = recurring
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_response import ProviderResponse  # noqa: PLC0415
        from ..models.transaction_amounts import TransactionAmounts  # noqa: PLC0415
        from ..models.transaction_funding_data import TransactionFundingData  # noqa: PLC0415
        from ..models.transaction_method import TransactionMethod  # noqa: PLC0415
        from ..models.transaction_recurring import TransactionRecurring  # noqa: PLC0415
        from ..models.transaction_shopper import TransactionShopper  # noqa: PLC0415
        from ..models.transaction_state_data import TransactionStateData  # noqa: PLC0415
        from ..models.transaction_three_d_secure_result import TransactionThreeDSecureResult  # noqa: PLC0415

        d = dict(src_dict)
        system_transaction_id = d.pop("systemTransactionId")
        if not (isinstance(system_transaction_id, str)):
            raise TypeError("systemTransactionId: expected a string, got " + type(system_transaction_id).__name__)

        merchant_transaction_id = d.pop("merchantTransactionId")
        if not (isinstance(merchant_transaction_id, str)):
            raise TypeError("merchantTransactionId: expected a string, got " + type(merchant_transaction_id).__name__)

        state = TransactionState(d.pop("state"))

        merchant = d.pop("merchant", UNSET)
        if not isinstance(merchant, Unset) and not (isinstance(merchant, str)):
            raise TypeError("merchant: expected a string, got " + type(merchant).__name__)

        site = d.pop("site", UNSET)
        if not isinstance(site, Unset) and not (isinstance(site, str)):
            raise TypeError("site: expected a string, got " + type(site).__name__)

        merchant_transaction_date = d.pop("merchantTransactionDate", UNSET)
        if not isinstance(merchant_transaction_date, Unset) and not (isinstance(merchant_transaction_date, str)):
            raise TypeError(
                "merchantTransactionDate: expected a string, got " + type(merchant_transaction_date).__name__
            )

        state_message = d.pop("stateMessage", UNSET)
        if not isinstance(state_message, Unset) and not (isinstance(state_message, str)):
            raise TypeError("stateMessage: expected a string, got " + type(state_message).__name__)

        def _parse_state_data(data: object) -> None | TransactionStateData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_data_type_0 = TransactionStateData.from_dict(data)

                return state_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            state_data_type_1 = data

            return state_data_type_1

        state_data = _parse_state_data(d.pop("stateData", UNSET))

        _transaction_method = d.pop("transactionMethod", UNSET)
        transaction_method: TransactionMethod | Unset
        if isinstance(_transaction_method, Unset):
            transaction_method = UNSET
        else:
            transaction_method = TransactionMethod.from_dict(_transaction_method)

        _amounts = d.pop("amounts", UNSET)
        amounts: TransactionAmounts | Unset
        if isinstance(_amounts, Unset):
            amounts = UNSET
        else:
            amounts = TransactionAmounts.from_dict(_amounts)

        _shopper = d.pop("shopper", UNSET)
        shopper: TransactionShopper | Unset
        if isinstance(_shopper, Unset):
            shopper = UNSET
        else:
            shopper = TransactionShopper.from_dict(_shopper)

        _funding_data = d.pop("fundingData", UNSET)
        funding_data: TransactionFundingData | Unset
        if isinstance(_funding_data, Unset):
            funding_data = UNSET
        else:
            funding_data = TransactionFundingData.from_dict(_funding_data)

        def _parse_provider_response(data: object) -> None | ProviderResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_response_type_0 = ProviderResponse.from_dict(data)

                return provider_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            provider_response_type_1 = data

            return provider_response_type_1

        provider_response = _parse_provider_response(d.pop("providerResponse", UNSET))

        def _parse_authorisation_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authorisation_code_type_0 = data
                if not (isinstance(authorisation_code_type_0, str)):
                    raise TypeError(
                        "authorisationCode_type_0: expected a string, got " + type(authorisation_code_type_0).__name__
                    )

                return authorisation_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            authorisation_code_type_1 = data

            return authorisation_code_type_1

        authorisation_code = _parse_authorisation_code(d.pop("authorisationCode", UNSET))

        def _parse_three_d_secure_data(data: object) -> None | TransactionThreeDSecureResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                three_d_secure_data_type_0 = TransactionThreeDSecureResult.from_dict(data)

                return three_d_secure_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            three_d_secure_data_type_1 = data

            return three_d_secure_data_type_1

        three_d_secure_data = _parse_three_d_secure_data(d.pop("threeDSecureData", UNSET))

        _recurring = d.pop("recurring", UNSET)
        recurring: TransactionRecurring | Unset
        if isinstance(_recurring, Unset):
            recurring = UNSET
        else:
            recurring = TransactionRecurring.from_dict(_recurring)

        created_at = d.pop("createdAt", UNSET)
        if not isinstance(created_at, Unset) and not (isinstance(created_at, str)):
            raise TypeError("createdAt: expected a string, got " + type(created_at).__name__)

        transaction = cls(
            system_transaction_id=system_transaction_id,
            merchant_transaction_id=merchant_transaction_id,
            state=state,
            merchant=merchant,
            site=site,
            merchant_transaction_date=merchant_transaction_date,
            state_message=state_message,
            state_data=state_data,
            transaction_method=transaction_method,
            amounts=amounts,
            shopper=shopper,
            funding_data=funding_data,
            provider_response=provider_response,
            authorisation_code=authorisation_code,
            three_d_secure_data=three_d_secure_data,
            recurring=recurring,
            created_at=created_at,
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
