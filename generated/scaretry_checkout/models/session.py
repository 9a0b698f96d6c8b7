from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_authentication_category import SessionAuthenticationCategory
from ..models.session_authentication_type import SessionAuthenticationType
from ..models.session_challenge_indicator import SessionChallengeIndicator
from ..models.session_flow_type import SessionFlowType
from ..models.session_next_action import SessionNextAction
from ..models.session_response_code import SessionResponseCode
from ..models.session_scheme import SessionScheme
from ..models.session_status import SessionStatus
from ..models.session_status_reason import SessionStatusReason
from ..models.session_transaction_type import SessionTransactionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_acs import SessionAcs
    from ..models.session_card_info import SessionCardInfo
    from ..models.session_ds import SessionDs
    from ..models.session_exemption import SessionExemption
    from ..models.session_links import SessionLinks
    from ..models.session_scheme_info import SessionSchemeInfo


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A 3DS authentication session (GET, update responses, and the 201 of requestSession, which
    also carries `session_secret`).

    """

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
    """ 3DS server transaction id. """
    scheme: SessionScheme | Unset = UNSET
    """ Card scheme to authenticate against (co-badged cards) or that the session used. """
    amount: int | Unset = UNSET
    currency: str | Unset = UNSET
    completed: bool | Unset = UNSET
    """ Whether `complete` has been called. """
    challenged: bool | Unset = UNSET
    """ Whether a challenge took place (set once the scheme exchange is over). """
    authentication_type: SessionAuthenticationType | Unset = UNSET
    """ What the authentication is for. Defaults to `regular`. """
    authentication_category: SessionAuthenticationCategory | Unset = UNSET
    """ Payment or non-payment authentication. Defaults to `payment`. """
    status_reason: SessionStatusReason | Unset = UNSET
    """ Which 3DS message set the status, when the session is unavailable or declined. """
    approved: bool | Unset = UNSET
    """ Whether the authentication succeeded; set only in a final state. """
    protocol_version: str | Unset = UNSET
    """ 3DS protocol version, e.g. `2.2.0` (`1.0.2` means a 3DS1 fallback). """
    reference: str | Unset = UNSET
    transaction_type: SessionTransactionType | Unset = UNSET
    """ Type of transaction authenticated. Defaults to `goods_service`. """
    next_actions: list[SessionNextAction] | Unset = UNSET
    ds: SessionDs | Unset = UNSET
    """ Directory server (scheme) data. """
    acs: SessionAcs | Unset = UNSET
    """ Access control server (issuer) data; present once channel data and fingerprint result are in. """
    response_code: SessionResponseCode | Unset = UNSET
    """ EMV 3DS2 transStatus - Y authenticated, N not authenticated, U could not be performed, A attempted, C
    challenge required, D decoupled challenge, R rejected, I informational. """
    response_status_reason: str | Unset = UNSET
    """ EMV 3DS transStatusReason (`01` card authentication failed … `14` ACS timed out …); present when
    response_code is not Y. """
    pareq: str | Unset = UNSET
    """ 3DS1 payer authentication request. """
    cryptogram: str | Unset = UNSET
    """ Authentication value; only returned to OAuth callers. """
    eci: str | Unset = UNSET
    """ ECI; only returned to OAuth callers. """
    xid: str | Unset = UNSET
    cardholder_info: str | Unset = UNSET
    """ Text from the DS to show to the cardholder. """
    card: SessionCardInfo | Unset = UNSET
    """ Details of the session's card. """
    authentication_date: str | Unset = UNSET
    """ ISO 8601 timestamp of the authentication. """
    exemption: SessionExemption | Unset = UNSET
    """ Exemption requested and applied. """
    flow_type: SessionFlowType | Unset = UNSET
    challenge_indicator: SessionChallengeIndicator | Unset = UNSET
    scheme_info: SessionSchemeInfo | Unset = UNSET
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

        completed = self.completed

        challenged = self.challenged

        authentication_type: str | Unset = UNSET
        if not isinstance(self.authentication_type, Unset):
            authentication_type = self.authentication_type.value

        authentication_category: str | Unset = UNSET
        if not isinstance(self.authentication_category, Unset):
            authentication_category = self.authentication_category.value

        status_reason: str | Unset = UNSET
        if not isinstance(self.status_reason, Unset):
            status_reason = self.status_reason.value

        approved = self.approved

        protocol_version = self.protocol_version

        reference = self.reference

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        next_actions: list[str] | Unset = UNSET
        if not isinstance(self.next_actions, Unset):
            next_actions = []
            for next_actions_item_data in self.next_actions:
                next_actions_item = next_actions_item_data.value
                next_actions.append(next_actions_item)

        ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ds, Unset):
            ds = self.ds.to_dict()

        acs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acs, Unset):
            acs = self.acs.to_dict()

        response_code: str | Unset = UNSET
        if not isinstance(self.response_code, Unset):
            response_code = self.response_code.value

        response_status_reason = self.response_status_reason

        pareq = self.pareq

        cryptogram = self.cryptogram

        eci = self.eci

        xid = self.xid

        cardholder_info = self.cardholder_info

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        authentication_date = self.authentication_date

        exemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exemption, Unset):
            exemption = self.exemption.to_dict()

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        challenge_indicator: str | Unset = UNSET
        if not isinstance(self.challenge_indicator, Unset):
            challenge_indicator = self.challenge_indicator.value

        scheme_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheme_info, Unset):
            scheme_info = self.scheme_info.to_dict()

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
        if completed is not UNSET:
            field_dict["completed"] = completed
        if challenged is not UNSET:
            field_dict["challenged"] = challenged
        if authentication_type is not UNSET:
            field_dict["authentication_type"] = authentication_type
        if authentication_category is not UNSET:
            field_dict["authentication_category"] = authentication_category
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if approved is not UNSET:
            field_dict["approved"] = approved
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if reference is not UNSET:
            field_dict["reference"] = reference
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type
        if next_actions is not UNSET:
            field_dict["next_actions"] = next_actions
        if ds is not UNSET:
            field_dict["ds"] = ds
        if acs is not UNSET:
            field_dict["acs"] = acs
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if response_status_reason is not UNSET:
            field_dict["response_status_reason"] = response_status_reason
        if pareq is not UNSET:
            field_dict["pareq"] = pareq
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if eci is not UNSET:
            field_dict["eci"] = eci
        if xid is not UNSET:
            field_dict["xid"] = xid
        if cardholder_info is not UNSET:
            field_dict["cardholder_info"] = cardholder_info
        if card is not UNSET:
            field_dict["card"] = card
        if authentication_date is not UNSET:
            field_dict["authentication_date"] = authentication_date
        if exemption is not UNSET:
            field_dict["exemption"] = exemption
        if flow_type is not UNSET:
            field_dict["flow_type"] = flow_type
        if challenge_indicator is not UNSET:
            field_dict["challenge_indicator"] = challenge_indicator
        if scheme_info is not UNSET:
            field_dict["scheme_info"] = scheme_info
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_acs import SessionAcs  # noqa: PLC0415
        from ..models.session_card_info import SessionCardInfo  # noqa: PLC0415
        from ..models.session_ds import SessionDs  # noqa: PLC0415
        from ..models.session_exemption import SessionExemption  # noqa: PLC0415
        from ..models.session_links import SessionLinks  # noqa: PLC0415
        from ..models.session_scheme_info import SessionSchemeInfo  # noqa: PLC0415

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

        completed = d.pop("completed", UNSET)
        if not isinstance(completed, Unset) and not (isinstance(completed, bool)):
            raise TypeError("completed: expected a boolean, got " + type(completed).__name__)

        challenged = d.pop("challenged", UNSET)
        if not isinstance(challenged, Unset) and not (isinstance(challenged, bool)):
            raise TypeError("challenged: expected a boolean, got " + type(challenged).__name__)

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

        approved = d.pop("approved", UNSET)
        if not isinstance(approved, Unset) and not (isinstance(approved, bool)):
            raise TypeError("approved: expected a boolean, got " + type(approved).__name__)

        protocol_version = d.pop("protocol_version", UNSET)
        if not isinstance(protocol_version, Unset) and not (isinstance(protocol_version, str)):
            raise TypeError("protocol_version: expected a string, got " + type(protocol_version).__name__)

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: SessionTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = SessionTransactionType(_transaction_type)

        _next_actions = d.pop("next_actions", UNSET)
        next_actions: list[SessionNextAction] | Unset = UNSET
        if _next_actions is not UNSET:
            next_actions = []
            for next_actions_item_data in _next_actions:
                next_actions_item = SessionNextAction(next_actions_item_data)

                next_actions.append(next_actions_item)

        _ds = d.pop("ds", UNSET)
        ds: SessionDs | Unset
        if isinstance(_ds, Unset):
            ds = UNSET
        else:
            ds = SessionDs.from_dict(_ds)

        _acs = d.pop("acs", UNSET)
        acs: SessionAcs | Unset
        if isinstance(_acs, Unset):
            acs = UNSET
        else:
            acs = SessionAcs.from_dict(_acs)

        _response_code = d.pop("response_code", UNSET)
        response_code: SessionResponseCode | Unset
        if isinstance(_response_code, Unset):
            response_code = UNSET
        else:
            response_code = SessionResponseCode(_response_code)

        response_status_reason = d.pop("response_status_reason", UNSET)
        if not isinstance(response_status_reason, Unset) and not (isinstance(response_status_reason, str)):
            raise TypeError("response_status_reason: expected a string, got " + type(response_status_reason).__name__)

        pareq = d.pop("pareq", UNSET)
        if not isinstance(pareq, Unset) and not (isinstance(pareq, str)):
            raise TypeError("pareq: expected a string, got " + type(pareq).__name__)

        cryptogram = d.pop("cryptogram", UNSET)
        if not isinstance(cryptogram, Unset) and not (isinstance(cryptogram, str)):
            raise TypeError("cryptogram: expected a string, got " + type(cryptogram).__name__)

        eci = d.pop("eci", UNSET)
        if not isinstance(eci, Unset) and not (isinstance(eci, str)):
            raise TypeError("eci: expected a string, got " + type(eci).__name__)

        xid = d.pop("xid", UNSET)
        if not isinstance(xid, Unset) and not (isinstance(xid, str)):
            raise TypeError("xid: expected a string, got " + type(xid).__name__)

        cardholder_info = d.pop("cardholder_info", UNSET)
        if not isinstance(cardholder_info, Unset) and not (isinstance(cardholder_info, str)):
            raise TypeError("cardholder_info: expected a string, got " + type(cardholder_info).__name__)

        _card = d.pop("card", UNSET)
        card: SessionCardInfo | Unset
        if isinstance(_card, Unset):
            card = UNSET
        else:
            card = SessionCardInfo.from_dict(_card)

        authentication_date = d.pop("authentication_date", UNSET)
        if not isinstance(authentication_date, Unset) and not (isinstance(authentication_date, str)):
            raise TypeError("authentication_date: expected a string, got " + type(authentication_date).__name__)

        _exemption = d.pop("exemption", UNSET)
        exemption: SessionExemption | Unset
        if isinstance(_exemption, Unset):
            exemption = UNSET
        else:
            exemption = SessionExemption.from_dict(_exemption)

        _flow_type = d.pop("flow_type", UNSET)
        flow_type: SessionFlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = SessionFlowType(_flow_type)

        _challenge_indicator = d.pop("challenge_indicator", UNSET)
        challenge_indicator: SessionChallengeIndicator | Unset
        if isinstance(_challenge_indicator, Unset):
            challenge_indicator = UNSET
        else:
            challenge_indicator = SessionChallengeIndicator(_challenge_indicator)

        _scheme_info = d.pop("scheme_info", UNSET)
        scheme_info: SessionSchemeInfo | Unset
        if isinstance(_scheme_info, Unset):
            scheme_info = UNSET
        else:
            scheme_info = SessionSchemeInfo.from_dict(_scheme_info)

        _field_links = d.pop("_links", UNSET)
        field_links: SessionLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = SessionLinks.from_dict(_field_links)

        session = cls(
            id=id,
            status=status,
            session_secret=session_secret,
            transaction_id=transaction_id,
            scheme=scheme,
            amount=amount,
            currency=currency,
            completed=completed,
            challenged=challenged,
            authentication_type=authentication_type,
            authentication_category=authentication_category,
            status_reason=status_reason,
            approved=approved,
            protocol_version=protocol_version,
            reference=reference,
            transaction_type=transaction_type,
            next_actions=next_actions,
            ds=ds,
            acs=acs,
            response_code=response_code,
            response_status_reason=response_status_reason,
            pareq=pareq,
            cryptogram=cryptogram,
            eci=eci,
            xid=xid,
            cardholder_info=cardholder_info,
            card=card,
            authentication_date=authentication_date,
            exemption=exemption,
            flow_type=flow_type,
            challenge_indicator=challenge_indicator,
            scheme_info=scheme_info,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session.additional_properties = additional_properties
        return session

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
