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


T = TypeVar("T", bound="SessionTokenSource")


@_attrs_define
class SessionTokenSource:
    """A Checkout.com card token."""

    type_: Literal["token"]
    token: str
    scheme: SessionScheme | Unset = UNSET
    """ Card scheme to authenticate against (co-badged cards) or that the session used. """
    billing_address: SessionAddress | Unset = UNSET
    """ Address for 3DS (special characters are replaced). """
    mobile_phone: SessionPhone | Unset = UNSET
    """ ITU-E.164 phone number split into country code and number. """
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        mobile_phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile_phone, Unset):
            mobile_phone = self.mobile_phone.to_dict()

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_address import SessionAddress  # noqa: PLC0415
        from ..models.session_phone import SessionPhone  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["token"], d.pop("type"))
        if type_ != "token":
            raise ValueError(f"type must match const 'token', got '{type_}'")

        token = d.pop("token")
        if not (isinstance(token, str)):
            raise TypeError("token: expected a string, got " + type(token).__name__)

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

        _mobile_phone = d.pop("mobile_phone", UNSET)
        mobile_phone: SessionPhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = SessionPhone.from_dict(_mobile_phone)

        email = d.pop("email", UNSET)
        if not isinstance(email, Unset) and not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        session_token_source = cls(
            type_=type_,
            token=token,
            scheme=scheme,
            billing_address=billing_address,
            mobile_phone=mobile_phone,
            email=email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        session_token_source.additional_properties = additional_properties
        return session_token_source

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
