from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transaction_card import TransactionCard
    from ..models.transaction_gateway_token import TransactionGatewayToken
    from ..models.transaction_scheme_token import TransactionSchemeToken


T = TypeVar("T", bound="FundingData")


@_attrs_define
class FundingData:
    card: TransactionCard | TransactionGatewayToken | TransactionSchemeToken
    """ The card to charge; each variant requires a property only it has (primaryAccountNumber, schemeTokenNumber,
    gatewayTokenId). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_card import TransactionCard  # noqa: PLC0415
        from ..models.transaction_scheme_token import TransactionSchemeToken  # noqa: PLC0415

        card: dict[str, Any]
        if isinstance(self.card, TransactionCard):
            card = self.card.to_dict()
        elif isinstance(self.card, TransactionSchemeToken):
            card = self.card.to_dict()
        else:
            card = self.card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card": card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_card import TransactionCard  # noqa: PLC0415
        from ..models.transaction_gateway_token import TransactionGatewayToken  # noqa: PLC0415
        from ..models.transaction_scheme_token import TransactionSchemeToken  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_card(data: object) -> TransactionCard | TransactionGatewayToken | TransactionSchemeToken:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_0 = TransactionCard.from_dict(data)

                return card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                card_type_1 = TransactionSchemeToken.from_dict(data)

                return card_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            card_type_2 = TransactionGatewayToken.from_dict(data)

            return card_type_2

        card = _parse_card(d.pop("card"))

        funding_data = cls(
            card=card,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        funding_data.additional_properties = additional_properties
        return funding_data

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
