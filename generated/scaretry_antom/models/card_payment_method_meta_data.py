from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..models.card_brand import CardBrand
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.mpi_data import MpiData
    from ..models.user_name import UserName


T = TypeVar("T", bound="CardPaymentMethodMetaData")


@_attrs_define
class CardPaymentMethodMetaData:
    """The card part of paymentMethod.paymentMethodMetaData (and of availablePaymentMethod.paymentMethodMetaData in
    createPaymentSession). Antom types the metadata as an open map; these are the card keys. Other payment methods put
    other keys here.

    """

    card_no: str | Unset = UNSET
    """ Card number (server-to-server mode; requires PCI DSS attestation). """
    cvv: str | Unset = UNSET
    """ Card security code. """
    expiry_year: str | Unset = UNSET
    """ Last two digits of the expiry year (2029 is "29"). """
    expiry_month: str | Unset = UNSET
    """ Two-digit expiry month (February is "02"). """
    cardholder_name: UserName | Unset = UNSET
    """ A person's name. """
    billing_address: Address | Unset = UNSET
    """ A postal address (billing or shipping). """
    is_3ds_authentication: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    enable_authentication_upgrade: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    selected_card_brand: CardBrand | Unset = UNSET
    """ Card brand (scheme or Korean issuer brand) as Antom names it. """
    network_transaction_id: str | Unset = UNSET
    """ The scheme's transaction id from an earlier payment (paymentResultInfo.networkTransactionId), sent on
    subsequent merchant-initiated payments. scaretry expresses a merchant-initiated card payment with this field,
    and the scaretry sandbox treats a payment carrying it as merchant-initiated: never upgraded to 3DS. """
    is_card_on_file: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    recurring_type: str | Unset = UNSET
    """ Kind of recurring stored-credential payment (third-party code sends SCHEDULED). """
    mpi_data: MpiData | Unset = UNSET
    """ Result of 3DS run by the merchant's own MPI (external 3DS), passed to Antom for authorisation. """
    cpf: str | Unset = UNSET
    """ Brazilian individual tax id, for cards issued in Brazil. """
    payer_email: str | Unset = UNSET
    """ Payer's email, for cards issued in Brazil, Chile, Mexico or Peru. """
    date_of_birth: str | Unset = UNSET
    """ Cardholder's date of birth, YYYY-MM-DD, for Korean cards. """
    business_no: str | Unset = UNSET
    """ Ten-digit business number, for Korean corporate cards. """
    card_password_digest: str | Unset = UNSET
    """ First two digits of the card password, for Korean cards. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_no = self.card_no

        cvv = self.cvv

        expiry_year = self.expiry_year

        expiry_month = self.expiry_month

        cardholder_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cardholder_name, Unset):
            cardholder_name = self.cardholder_name.to_dict()

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        is_3ds_authentication: bool | str | Unset
        if isinstance(self.is_3ds_authentication, Unset):
            is_3ds_authentication = UNSET
        elif isinstance(self.is_3ds_authentication, AntomBooleanString):
            is_3ds_authentication = self.is_3ds_authentication.value
        else:
            is_3ds_authentication = self.is_3ds_authentication

        enable_authentication_upgrade: bool | str | Unset
        if isinstance(self.enable_authentication_upgrade, Unset):
            enable_authentication_upgrade = UNSET
        elif isinstance(self.enable_authentication_upgrade, AntomBooleanString):
            enable_authentication_upgrade = self.enable_authentication_upgrade.value
        else:
            enable_authentication_upgrade = self.enable_authentication_upgrade

        selected_card_brand: str | Unset = UNSET
        if not isinstance(self.selected_card_brand, Unset):
            selected_card_brand = self.selected_card_brand.value

        network_transaction_id = self.network_transaction_id

        is_card_on_file: bool | str | Unset
        if isinstance(self.is_card_on_file, Unset):
            is_card_on_file = UNSET
        elif isinstance(self.is_card_on_file, AntomBooleanString):
            is_card_on_file = self.is_card_on_file.value
        else:
            is_card_on_file = self.is_card_on_file

        recurring_type = self.recurring_type

        mpi_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mpi_data, Unset):
            mpi_data = self.mpi_data.to_dict()

        cpf = self.cpf

        payer_email = self.payer_email

        date_of_birth = self.date_of_birth

        business_no = self.business_no

        card_password_digest = self.card_password_digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_no is not UNSET:
            field_dict["cardNo"] = card_no
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if expiry_year is not UNSET:
            field_dict["expiryYear"] = expiry_year
        if expiry_month is not UNSET:
            field_dict["expiryMonth"] = expiry_month
        if cardholder_name is not UNSET:
            field_dict["cardholderName"] = cardholder_name
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if is_3ds_authentication is not UNSET:
            field_dict["is3DSAuthentication"] = is_3ds_authentication
        if enable_authentication_upgrade is not UNSET:
            field_dict["enableAuthenticationUpgrade"] = enable_authentication_upgrade
        if selected_card_brand is not UNSET:
            field_dict["selectedCardBrand"] = selected_card_brand
        if network_transaction_id is not UNSET:
            field_dict["networkTransactionId"] = network_transaction_id
        if is_card_on_file is not UNSET:
            field_dict["isCardOnFile"] = is_card_on_file
        if recurring_type is not UNSET:
            field_dict["recurringType"] = recurring_type
        if mpi_data is not UNSET:
            field_dict["mpiData"] = mpi_data
        if cpf is not UNSET:
            field_dict["cpf"] = cpf
        if payer_email is not UNSET:
            field_dict["payerEmail"] = payer_email
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if business_no is not UNSET:
            field_dict["businessNo"] = business_no
        if card_password_digest is not UNSET:
            field_dict["cardPasswordDigest"] = card_password_digest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.mpi_data import MpiData  # noqa: PLC0415
        from ..models.user_name import UserName  # noqa: PLC0415

        d = dict(src_dict)
        card_no = d.pop("cardNo", UNSET)
        if not isinstance(card_no, Unset) and not (isinstance(card_no, str)):
            raise TypeError("cardNo: expected a string, got " + type(card_no).__name__)

        cvv = d.pop("cvv", UNSET)
        if not isinstance(cvv, Unset) and not (isinstance(cvv, str)):
            raise TypeError("cvv: expected a string, got " + type(cvv).__name__)

        expiry_year = d.pop("expiryYear", UNSET)
        if not isinstance(expiry_year, Unset) and not (isinstance(expiry_year, str)):
            raise TypeError("expiryYear: expected a string, got " + type(expiry_year).__name__)

        expiry_month = d.pop("expiryMonth", UNSET)
        if not isinstance(expiry_month, Unset) and not (isinstance(expiry_month, str)):
            raise TypeError("expiryMonth: expected a string, got " + type(expiry_month).__name__)

        _cardholder_name = d.pop("cardholderName", UNSET)
        cardholder_name: UserName | Unset
        if isinstance(_cardholder_name, Unset):
            cardholder_name = UNSET
        else:
            cardholder_name = UserName.from_dict(_cardholder_name)

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        def _parse_is_3ds_authentication(data: object) -> AntomBooleanString | bool | Unset:
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

        is_3ds_authentication = _parse_is_3ds_authentication(d.pop("is3DSAuthentication", UNSET))

        def _parse_enable_authentication_upgrade(data: object) -> AntomBooleanString | bool | Unset:
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

        enable_authentication_upgrade = _parse_enable_authentication_upgrade(
            d.pop("enableAuthenticationUpgrade", UNSET)
        )

        _selected_card_brand = d.pop("selectedCardBrand", UNSET)
        selected_card_brand: CardBrand | Unset
        if isinstance(_selected_card_brand, Unset):
            selected_card_brand = UNSET
        else:
            selected_card_brand = CardBrand(_selected_card_brand)

        network_transaction_id = d.pop("networkTransactionId", UNSET)
        if not isinstance(network_transaction_id, Unset) and not (isinstance(network_transaction_id, str)):
            raise TypeError("networkTransactionId: expected a string, got " + type(network_transaction_id).__name__)

        def _parse_is_card_on_file(data: object) -> AntomBooleanString | bool | Unset:
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

        is_card_on_file = _parse_is_card_on_file(d.pop("isCardOnFile", UNSET))

        recurring_type = d.pop("recurringType", UNSET)
        if not isinstance(recurring_type, Unset) and not (isinstance(recurring_type, str)):
            raise TypeError("recurringType: expected a string, got " + type(recurring_type).__name__)

        _mpi_data = d.pop("mpiData", UNSET)
        mpi_data: MpiData | Unset
        if isinstance(_mpi_data, Unset):
            mpi_data = UNSET
        else:
            mpi_data = MpiData.from_dict(_mpi_data)

        cpf = d.pop("cpf", UNSET)
        if not isinstance(cpf, Unset) and not (isinstance(cpf, str)):
            raise TypeError("cpf: expected a string, got " + type(cpf).__name__)

        payer_email = d.pop("payerEmail", UNSET)
        if not isinstance(payer_email, Unset) and not (isinstance(payer_email, str)):
            raise TypeError("payerEmail: expected a string, got " + type(payer_email).__name__)

        date_of_birth = d.pop("dateOfBirth", UNSET)
        if not isinstance(date_of_birth, Unset) and not (isinstance(date_of_birth, str)):
            raise TypeError("dateOfBirth: expected a string, got " + type(date_of_birth).__name__)

        business_no = d.pop("businessNo", UNSET)
        if not isinstance(business_no, Unset) and not (isinstance(business_no, str)):
            raise TypeError("businessNo: expected a string, got " + type(business_no).__name__)

        card_password_digest = d.pop("cardPasswordDigest", UNSET)
        if not isinstance(card_password_digest, Unset) and not (isinstance(card_password_digest, str)):
            raise TypeError("cardPasswordDigest: expected a string, got " + type(card_password_digest).__name__)

        card_payment_method_meta_data = cls(
            card_no=card_no,
            cvv=cvv,
            expiry_year=expiry_year,
            expiry_month=expiry_month,
            cardholder_name=cardholder_name,
            billing_address=billing_address,
            is_3ds_authentication=is_3ds_authentication,
            enable_authentication_upgrade=enable_authentication_upgrade,
            selected_card_brand=selected_card_brand,
            network_transaction_id=network_transaction_id,
            is_card_on_file=is_card_on_file,
            recurring_type=recurring_type,
            mpi_data=mpi_data,
            cpf=cpf,
            payer_email=payer_email,
            date_of_birth=date_of_birth,
            business_no=business_no,
            card_password_digest=card_password_digest,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        card_payment_method_meta_data.additional_properties = additional_properties
        return card_payment_method_meta_data

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
