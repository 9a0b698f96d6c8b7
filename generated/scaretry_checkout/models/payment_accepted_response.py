from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_accepted_response_status import PaymentAcceptedResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_response import CustomerResponse
    from ..models.payment_accepted_links import PaymentAcceptedLinks
    from ..models.payment_accepted_response_processing import PaymentAcceptedResponseProcessing
    from ..models.three_ds_enrollment_data import ThreeDSEnrollmentData


T = TypeVar("T", bound="PaymentAcceptedResponse")


@_attrs_define
class PaymentAcceptedResponse:
    """202 body - the payment is `Pending` and the cardholder must be sent to `_links.redirect.href`.
    This happens when 3DS was requested, and also when Checkout.com upgraded a payment that the
    issuer soft-declined with 20154; then `3ds.upgrade_reason` is `sca_retry`.

    """

    id: str
    """ Payment identifier, `pay_` followed by 26 characters. """
    status: PaymentAcceptedResponseStatus
    reference: str | Unset = UNSET
    customer: CustomerResponse | Unset = UNSET
    """ The customer linked to the payment. """
    field_3ds: ThreeDSEnrollmentData | Unset = UNSET
    """ 3DS enrollment information returned by the payment request. """
    processing: PaymentAcceptedResponseProcessing | Unset = UNSET
    """ Redirect-flow processing data (used by alternative payment methods). """
    field_links: PaymentAcceptedLinks | Unset = UNSET
    """ Links of a pending payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        reference = self.reference

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_3ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_3ds, Unset):
            field_3ds = self.field_3ds.to_dict()

        processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processing, Unset):
            processing = self.processing.to_dict()

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
        if reference is not UNSET:
            field_dict["reference"] = reference
        if customer is not UNSET:
            field_dict["customer"] = customer
        if field_3ds is not UNSET:
            field_dict["3ds"] = field_3ds
        if processing is not UNSET:
            field_dict["processing"] = processing
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_response import CustomerResponse  # noqa: PLC0415
        from ..models.payment_accepted_links import PaymentAcceptedLinks  # noqa: PLC0415
        from ..models.payment_accepted_response_processing import PaymentAcceptedResponseProcessing  # noqa: PLC0415
        from ..models.three_ds_enrollment_data import ThreeDSEnrollmentData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError("id: expected a string, got " + type(id).__name__)

        status = PaymentAcceptedResponseStatus(d.pop("status"))

        reference = d.pop("reference", UNSET)
        if not isinstance(reference, Unset) and not (isinstance(reference, str)):
            raise TypeError("reference: expected a string, got " + type(reference).__name__)

        _customer = d.pop("customer", UNSET)
        customer: CustomerResponse | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerResponse.from_dict(_customer)

        _field_3ds = d.pop("3ds", UNSET)
        field_3ds: ThreeDSEnrollmentData | Unset
        if isinstance(_field_3ds, Unset):
            field_3ds = UNSET
        else:
            field_3ds = ThreeDSEnrollmentData.from_dict(_field_3ds)

        _processing = d.pop("processing", UNSET)
        processing: PaymentAcceptedResponseProcessing | Unset
        if isinstance(_processing, Unset):
            processing = UNSET
        else:
            processing = PaymentAcceptedResponseProcessing.from_dict(_processing)

        _field_links = d.pop("_links", UNSET)
        field_links: PaymentAcceptedLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = PaymentAcceptedLinks.from_dict(_field_links)

        payment_accepted_response = cls(
            id=id,
            status=status,
            reference=reference,
            customer=customer,
            field_3ds=field_3ds,
            processing=processing,
            field_links=field_links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        payment_accepted_response.additional_properties = additional_properties
        return payment_accepted_response

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
