from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.antom_boolean_string import AntomBooleanString
from ..models.pa_res_status import PaResStatus
from ..models.three_ds_result_challenge_cancel import ThreeDSResultChallengeCancel
from ..models.three_ds_result_eci import ThreeDSResultEci
from ..models.three_ds_result_exemption_type import ThreeDSResultExemptionType
from ..models.three_ds_result_three_ds_version import ThreeDSResultThreeDSVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSResult")


@_attrs_define
class ThreeDSResult:
    """Outcome of 3DS for a card payment."""

    three_ds_version: ThreeDSResultThreeDSVersion | Unset = UNSET
    """ 3DS protocol version. """
    eci: ThreeDSResultEci | Unset = UNSET
    """ Electronic Commerce Indicator from the scheme: 02/05 fully authenticated, 01/06 attempted, 00/07 no 3DS, 04
    data-only (Mastercard). """
    cavv: str | Unset = UNSET
    """ CAVV/AAV; present when authentication passed. """
    ds_transaction_id: str | Unset = UNSET
    """ 3DS 2 directory-server transaction id. """
    xid: str | Unset = UNSET
    """ 3DS 1 transaction id. """
    three_d_stransaction_status_reason: str | Unset = UNSET
    """ EMVCo transaction status reason (two digits, e.g. 01 card authentication failed) when 3DS did not succeed.
    The odd lower-case "t" is Antom's wire name. """
    challenge_cancel: ThreeDSResultChallengeCancel | Unset = UNSET
    """ Why a challenge was cancelled (EMVCo): 01 cardholder cancelled, 02 requestor cancelled, 03 abandoned, 04 ACS
    timeout, 05 ACS timeout before the first request, 06 error, 07 unknown, 08 SDK timeout. """
    challenged: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    exemption_type: ThreeDSResultExemptionType | Unset = UNSET
    """ Exemption Antom requested during 3DS. """
    three_ds_offered: AntomBooleanString | bool | Unset = UNSET
    """ A boolean as Antom accepts it: a native JSON boolean (what the official SDK sends) or the string
    "true"/"false" (what Antom's pages ask for). """
    pa_res_status: None | PaResStatus | Unset = UNSET
    """ The issuer's authentication status (EMV 3DS transStatus): Y authenticated, N failed or denied, U unable, A
    attempted, C challenge required, R rejected, D decoupled challenge confirmed, I informational. Only with
    threeDSOffered true; null when the channel gives no value. paymentStatus and resultCode, not this, decide the
    payment. """
    liability_shift: int | str | Unset = UNSET
    """ An integer as Antom accepts it: a native JSON integer or a string of digits (optionally negative), the form
    Antom's pages ask for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        three_ds_version: str | Unset = UNSET
        if not isinstance(self.three_ds_version, Unset):
            three_ds_version = self.three_ds_version.value

        eci: str | Unset = UNSET
        if not isinstance(self.eci, Unset):
            eci = self.eci.value

        cavv = self.cavv

        ds_transaction_id = self.ds_transaction_id

        xid = self.xid

        three_d_stransaction_status_reason = self.three_d_stransaction_status_reason

        challenge_cancel: str | Unset = UNSET
        if not isinstance(self.challenge_cancel, Unset):
            challenge_cancel = self.challenge_cancel.value

        challenged: bool | str | Unset
        if isinstance(self.challenged, Unset):
            challenged = UNSET
        elif isinstance(self.challenged, AntomBooleanString):
            challenged = self.challenged.value
        else:
            challenged = self.challenged

        exemption_type: str | Unset = UNSET
        if not isinstance(self.exemption_type, Unset):
            exemption_type = self.exemption_type.value

        three_ds_offered: bool | str | Unset
        if isinstance(self.three_ds_offered, Unset):
            three_ds_offered = UNSET
        elif isinstance(self.three_ds_offered, AntomBooleanString):
            three_ds_offered = self.three_ds_offered.value
        else:
            three_ds_offered = self.three_ds_offered

        pa_res_status: None | str | Unset
        if isinstance(self.pa_res_status, Unset):
            pa_res_status = UNSET
        elif isinstance(self.pa_res_status, PaResStatus):
            pa_res_status = self.pa_res_status.value
        else:
            pa_res_status = self.pa_res_status

        liability_shift: int | str | Unset
        if isinstance(self.liability_shift, Unset):
            liability_shift = UNSET
        else:
            liability_shift = self.liability_shift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if three_ds_version is not UNSET:
            field_dict["threeDSVersion"] = three_ds_version
        if eci is not UNSET:
            field_dict["eci"] = eci
        if cavv is not UNSET:
            field_dict["cavv"] = cavv
        if ds_transaction_id is not UNSET:
            field_dict["dsTransactionId"] = ds_transaction_id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if three_d_stransaction_status_reason is not UNSET:
            field_dict["threeDStransactionStatusReason"] = three_d_stransaction_status_reason
        if challenge_cancel is not UNSET:
            field_dict["challengeCancel"] = challenge_cancel
        if challenged is not UNSET:
            field_dict["challenged"] = challenged
        if exemption_type is not UNSET:
            field_dict["exemptionType"] = exemption_type
        if three_ds_offered is not UNSET:
            field_dict["threeDSOffered"] = three_ds_offered
        if pa_res_status is not UNSET:
            field_dict["paResStatus"] = pa_res_status
        if liability_shift is not UNSET:
            field_dict["liabilityShift"] = liability_shift

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _three_ds_version = d.pop("threeDSVersion", UNSET)
        three_ds_version: ThreeDSResultThreeDSVersion | Unset
        if isinstance(_three_ds_version, Unset):
            three_ds_version = UNSET
        else:
            three_ds_version = ThreeDSResultThreeDSVersion(_three_ds_version)

        _eci = d.pop("eci", UNSET)
        eci: ThreeDSResultEci | Unset
        if isinstance(_eci, Unset):
            eci = UNSET
        else:
            eci = ThreeDSResultEci(_eci)

        cavv = d.pop("cavv", UNSET)
        if not isinstance(cavv, Unset) and not (isinstance(cavv, str)):
            raise TypeError("cavv: expected a string, got " + type(cavv).__name__)

        ds_transaction_id = d.pop("dsTransactionId", UNSET)
        if not isinstance(ds_transaction_id, Unset) and not (isinstance(ds_transaction_id, str)):
            raise TypeError("dsTransactionId: expected a string, got " + type(ds_transaction_id).__name__)

        xid = d.pop("xid", UNSET)
        if not isinstance(xid, Unset) and not (isinstance(xid, str)):
            raise TypeError("xid: expected a string, got " + type(xid).__name__)

        three_d_stransaction_status_reason = d.pop("threeDStransactionStatusReason", UNSET)
        if not isinstance(three_d_stransaction_status_reason, Unset) and not (
            isinstance(three_d_stransaction_status_reason, str)
        ):
            raise TypeError(
                "threeDStransactionStatusReason: expected a string, got "
                + type(three_d_stransaction_status_reason).__name__
            )

        _challenge_cancel = d.pop("challengeCancel", UNSET)
        challenge_cancel: ThreeDSResultChallengeCancel | Unset
        if isinstance(_challenge_cancel, Unset):
            challenge_cancel = UNSET
        else:
            challenge_cancel = ThreeDSResultChallengeCancel(_challenge_cancel)

        def _parse_challenged(data: object) -> AntomBooleanString | bool | Unset:
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

        challenged = _parse_challenged(d.pop("challenged", UNSET))

        _exemption_type = d.pop("exemptionType", UNSET)
        exemption_type: ThreeDSResultExemptionType | Unset
        if isinstance(_exemption_type, Unset):
            exemption_type = UNSET
        else:
            exemption_type = ThreeDSResultExemptionType(_exemption_type)

        def _parse_three_ds_offered(data: object) -> AntomBooleanString | bool | Unset:
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

        three_ds_offered = _parse_three_ds_offered(d.pop("threeDSOffered", UNSET))

        def _parse_pa_res_status(data: object) -> None | PaResStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pa_res_status_type_0 = PaResStatus(data)

                return pa_res_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            pa_res_status_type_1 = data

            return pa_res_status_type_1

        pa_res_status = _parse_pa_res_status(d.pop("paResStatus", UNSET))

        def _parse_liability_shift(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int) and not isinstance(data, bool):
                    raise TypeError()
                componentsschemas_antom_integer_type_0 = data
                if not (
                    isinstance(componentsschemas_antom_integer_type_0, int)
                    and not isinstance(componentsschemas_antom_integer_type_0, bool)
                ):
                    raise TypeError(
                        "/components/schemas/AntomInteger_type_0: expected an integer, got "
                        + type(componentsschemas_antom_integer_type_0).__name__
                    )

                return componentsschemas_antom_integer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_antom_integer_type_1 = data
            if not (isinstance(componentsschemas_antom_integer_type_1, str)):
                raise TypeError(
                    "/components/schemas/AntomInteger_type_1: expected a string, got "
                    + type(componentsschemas_antom_integer_type_1).__name__
                )

            return componentsschemas_antom_integer_type_1

        liability_shift = _parse_liability_shift(d.pop("liabilityShift", UNSET))

        three_ds_result = cls(
            three_ds_version=three_ds_version,
            eci=eci,
            cavv=cavv,
            ds_transaction_id=ds_transaction_id,
            xid=xid,
            three_d_stransaction_status_reason=three_d_stransaction_status_reason,
            challenge_cancel=challenge_cancel,
            challenged=challenged,
            exemption_type=exemption_type,
            three_ds_offered=three_ds_offered,
            pa_res_status=pa_res_status,
            liability_shift=liability_shift,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        three_ds_result.additional_properties = additional_properties
        return three_ds_result

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
