from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_accepted_challenge_indicator import SessionAcceptedChallengeIndicator
from ..models.session_authentication_category import SessionAuthenticationCategory
from ..models.session_authentication_type import SessionAuthenticationType
from ..models.session_next_action import SessionNextAction
from ..models.session_scheme import SessionScheme
from ..models.session_status import SessionStatus
from ..models.session_status_reason import SessionStatusReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_card_info import SessionCardInfo
    from ..models.session_links import SessionLinks


T = TypeVar("T", bound="SessionAccepted")


@_attrs_define
class SessionAccepted:
    """202 body of requestSession - the session needs further steps (`next_actions`); carries `session_secret`."""

    id: str
    """ Session id, `sid_` followed by 26 characters. """
    status: SessionStatus
    """ Session status. `approved` (Y) and `attempted` (A) are successful outcomes and can be used in
    a payment; `declined`, `rejected`, `unavailable`, `challenge_abandoned` and `expired` are
    failures; `pending`, `processing` and `challenged` are in progress.
     """
    session_secret: str | Unset = UNSET
    """ Secret (`sek_` + 44 base64 characters) authorising client-side calls on this one session. """
    transaction_id: str | Unset = UNSET
    scheme: SessionScheme | Unset = UNSET
    """ Card scheme to authenticate against (co-badged cards) or that the session used. """
    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    authentication_type: SessionAuthenticationType | Unset = UNSET
    """ What the authentication is for. Defaults to `regular`. """
    authentication_category: SessionAuthenticationCategory | Unset = UNSET
    """ Payment or non-payment authentication. Defaults to `payment`. """
    status_reason: SessionStatusReason | Unset = UNSET
    """ Which 3DS message set the status, when the session is unavailable or declined. """
    next_actions: list[SessionNextAction] | Unset = UNSET
    protocol_version: str | Unset = UNSET
    reference: str | Unset = UNSET
    card: SessionCardInfo | Unset = UNSET
    """ Details of the session's card. """
    authentication_date: str | Unset = UNSET
    challenge_indicator: SessionAcceptedChallengeIndicator | Unset = UNSET
    field_links: SessionLinks | Unset = UNSET
    """ Links of a session; which ones appear depends on `next_actions` and the completion type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        session_secret = self.session_secret

        transaction_id = self.transaction_id

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        amount = self.amount

        currency = self.currency

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        authentication_category: str | Unset = UNSET
        if not isinstance(self.authentication_category, Unset):
            authentication_category = self.authentication_category.value

        status_reason: str | Unset = UNSET
        if not isinstance(self.status_reason, Unset):
            status_reason = self.status_reason.value

        next_actions: list[str] | Unset = UNSET
        if not isinstance(self.next_actions, Unset):
            next_actions = []
            for next_actions_item_data in self.next_actions:
                next_actions_item = next_actions_item_data.value
                next_actions.append(next_actions_item)

        protocol_version = self.protocol_version

        reference = self.reference

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        authentication_date = self.authentication_date

        challenge_indicator: str | Unset = UNSET
        if not isinstance(self.challenge_indicator, Unset):
            challenge_indicator = self.challenge_indicator.value

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if session_secret is not UNSET:
            field_dict["session_secret"] = session_secret
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if authentication_category is not UNSET:
            field_dict["authentication_category"] = authentication_category
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if next_actions is not UNSET:
            field_dict["next_actions"] = next_actions
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if reference is not UNSET:
            field_dict["reference"] = reference
        if card is not UNSET:
            field_dict["card"] = card
        if authentication_date is not UNSET:
            field_dict["authentication_date"] = authentication_date
        if challenge_indicator is not UNSET:
            field_dict["challenge_indicator"] = challenge_indicator
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_card_info import SessionCardInfo  # noqa: PLC0415
        from ..models.session_links import SessionLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        status = SessionStatus(d.pop("status"))

        session_secret = d.pop("session_secret", UNSET)
        if not isinstance(session_secret, Unset) and not (isinstance(session_secret, str)):
            raise TypeError("session_secret: expected a string, got " + type(session_secret).__name__)

        transaction_id = d.pop("transaction_id", UNSET)
        if not isinstance(transaction_id, Unset) and not (isinstance(transaction_id, str)):
            raise TypeError("transaction_id: expected a string, got " + type(transaction_id).__name__)

        _scheme = d.pop("scheme", UNSET)
        scheme: SessionScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = SessionScheme(_scheme)

        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise TypeError("amount: expected an integer, got " + type(amount).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _authentication_type = d.pop("authentication_type", UNSET)
        authentication_type: SessionAuthenticationType | Unset
        if isinstance(_authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = SessionAuthenticationType(_authentication_type)

        _authentication_category = d.pop("authentication_category", UNSET)
        authentication_category: SessionAuthenticationCategory | Unset
        if isinstance(_authentication_category, Unset):
            authentication_category = UNSET
        else:
            authentication_category = SessionAuthenticationCategory(_authentication_category)

        _status_reason = d.pop("status_reason", UNSET)
        status_reason: SessionStatusReason | Unset
        if isinstance(_status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = SessionStatusReason(_status_reason)

        _next_actions = d.pop("next_actions", UNSET)
        next_actions: list[SessionNextAction] | Unset = UNSET
        if _next_actions is not UNSET:
            next_actions = []
            for next_actions_item_data in _next_actions:
                next_actions_item = SessionNextAction(next_actions_item_data)

                next_actions.append(next_actions_item)

        protocol_version = d.pop("protocol_version", UNSET)
        if not isinstance(protocol_version, Unset) and not (isinstance(protocol_version, str)):
            raise TypeError("protocol_version: expected a string, got " + type(protocol_version).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _card = d.pop("card", UNSET)
        card: SessionCardInfo | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = SessionCardInfo.from_dict(_card)

        authentication_date = d.pop("authentication_date", UNSET)
        if not isinstance(authentication_date, Unset) and not (isinstance(authentication_date, str)):
            raise TypeError("authentication_date: expected a string, got " + type(authentication_date).__name__)

        _challenge_indicator = d.pop("challenge_indicator", UNSET)
        challenge_indicator: SessionAcceptedChallengeIndicator | Unset
        if isinstance(_challenge_indicator, Unset):
            challenge_indicator = UNSET
        else:
            challenge_indicator = SessionAcceptedChallengeIndicator(_challenge_indicator)

        _field_links = d.pop("_links", UNSET)
        field_links: SessionLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = SessionLinks.from_dict(_field_links)

        session_accepted = cls(
            id=id,
            status=status,
            session_secret=session_secret,
            transaction_id=transaction_id,
            scheme=scheme,
            amount=amount,
            currency=currency,
            authentication_type=authentication_type,
            authentication_category=authentication_category,
            status_reason=status_reason,
            next_actions=next_actions,
            protocol_version=protocol_version,
            reference=reference,
            card=card,
            authentication_date=authentication_date,
            challenge_indicator=challenge_indicator,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_accepted.additional_properties = additional_properties
        return session_accepted

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
