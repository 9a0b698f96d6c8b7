from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_scheme import SessionScheme
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_address import SessionAddress
    from ..models.session_phone import SessionPhone


T = TypeVar("T", bound="SessionCardSource")


@_attrs_define
class SessionCardSource:
    """Full card details."""

    type_: Literal["card"]
    number: str
    expiry_month: int
    expiry_year: int
    name: str | Unset = UNSET
    stored: bool | Unset = UNSET
    scheme: SessionScheme | Unset = UNSET
    """ Card scheme to authenticate against (co-badged cards) or that the session used. """
    billing_address: SessionAddress | Unset = UNSET
    """ Address for 3DS (special characters are replaced). """
    home_phone: SessionPhone | Unset = UNSET
    """ ITU-E.164 phone number split into country code and number. """
    mobile_phone: SessionPhone | Unset = UNSET
    """ ITU-E.164 phone number split into country code and number. """
    work_phone: SessionPhone | Unset = UNSET
    """ ITU-E.164 phone number split into country code and number. """
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        number = self.number

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        name = self.name

        stored = self.stored

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        home_phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_phone, Unset):
            home_phone = self.home_phone.to_dict()

        mobile_phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile_phone, Unset):
            mobile_phone = self.mobile_phone.to_dict()

        work_phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_phone, Unset):
            work_phone = self.work_phone.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if stored is not UNSET:
            field_dict["stored"] = stored
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if home_phone is not UNSET:
            field_dict["home_phone"] = home_phone
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if work_phone is not UNSET:
            field_dict["work_phone"] = work_phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_address import SessionAddress  # noqa: PLC0415
        from ..models.session_phone import SessionPhone  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["card"], d.pop("type"))
        if type_ != "card":
            raise ValueError(f"type must match const 'card', got '{type_}'")

        number = d.pop("number")
        if not (isinstance(number, str)):
            raise TypeError("number: expected a string, got " + type(number).__name__)

        expiry_month = d.pop("expiry_month")
        if not (isinstance(expiry_month, int) and not isinstance(expiry_month, bool)):
            raise TypeError("expiry_month: expected an integer, got " + type(expiry_month).__name__)

        expiry_year = d.pop("expiry_year")
        if not (isinstance(expiry_year, int) and not isinstance(expiry_year, bool)):
            raise TypeError("expiry_year: expected an integer, got " + type(expiry_year).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        stored = d.pop("stored", UNSET)
        if not isinstance(stored, Unset) and not (isinstance(stored, bool)):
            raise TypeError("stored: expected a boolean, got " + type(stored).__name__)

        _scheme = d.pop("scheme", UNSET)
        scheme: SessionScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = SessionScheme(_scheme)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: SessionAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = SessionAddress.from_dict(_billing_address)

        _home_phone = d.pop("home_phone", UNSET)
        home_phone: SessionPhone | Unset
        if isinstance(_home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = SessionPhone.from_dict(_home_phone)

        _mobile_phone = d.pop("mobile_phone", UNSET)
        mobile_phone: SessionPhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = SessionPhone.from_dict(_mobile_phone)

        _work_phone = d.pop("work_phone", UNSET)
        work_phone: SessionPhone | Unset
        if isinstance(_work_phone, Unset):
            work_phone = UNSET
        else:
            work_phone = SessionPhone.from_dict(_work_phone)

        email = d.pop("email", UNSET)
        if not isinstance(email, Unset) and not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        session_card_source = cls(
            type_=type_,
            number=number,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            name=name,
            stored=stored,
            scheme=scheme,
            billing_address=billing_address,
            home_phone=home_phone,
            mobile_phone=mobile_phone,
            work_phone=work_phone,
            email=email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_card_source.additional_properties = additional_properties
        return session_card_source

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
