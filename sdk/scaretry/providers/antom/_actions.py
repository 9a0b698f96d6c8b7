"""What the buyer must do for an Antom payment in process, and where scaretry keeps it.

pay answers U ``PAYMENT_IN_PROCESS`` with ``normalUrl`` (or ``schemeUrl``, ``applinkUrl``) or a
``redirectActionForm`` (docs.antom.com/ac/ams/payment_cashier). inquiryPayment lists
``redirectActionForm`` among its response parameters (docs.antom.com/ac/ams/paymentri_online), but
Antom does not say when it fills it, and it has no ``normalUrl``: the action pay gave is kept in the
handle, and a form an inquiry carries is read too.

Antom's answer does not say why it redirects; the request does, and the handle remembers its flags:
without a card, Antom's page collects one (hosted card integration); without 3DS in UPGRADE mode on
a customer-initiated payment it is Antom 3DS-Retry's upgrade (docs.antom.com/ac/pm/3ds_retry);
otherwise a challenge.
"""

from __future__ import annotations

import json
from typing import Any

from scaretry_antom.models import RedirectActionForm
from scaretry_antom.types import Unset

from scaretry._handle import Handle, Scalar
from scaretry._outcome import Action, ActionReason, FormPostAction, RedirectAction

__all__ = ["action_data", "action_of", "reason_for", "sent_for_upgrade", "stored_action"]


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def sent_for_upgrade(handle: Handle) -> bool:
    """Sent without 3DS, with Antom 3DS-Retry on (UPGRADE mode, customer-initiated)."""
    return handle.data.get("mode") == "upgrade" and handle.data.get("initiator") == "customer"


def reason_for(handle: Handle) -> tuple[ActionReason, bool]:
    """Why the buyer is redirected, and whether it is the upgrade, from the request's flags."""
    if handle.data.get("card_page") is True:
        return ActionReason.PAYMENT_PAGE, False
    if sent_for_upgrade(handle):
        return ActionReason.SCA_RETRY, True
    return ActionReason.CHALLENGE, False


def _form_fields(parameters: Any) -> dict[str, str]:
    """redirectActionForm.parameters: a JSON object serialised as a string (our reading of Antom)."""
    text = _text(parameters)
    if not text:
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def action_of(answer: Any, reason: ActionReason) -> Action | None:
    """The action in a pay or inquiryPayment answer: ``normalUrl`` first, then the
    ``redirectActionForm``, then an app's link; None when the answer carries none."""
    if url := _text(getattr(answer, "normal_url", None)):
        return RedirectAction(url=url, reason=reason)
    form = getattr(answer, "redirect_action_form", None)
    if isinstance(form, RedirectActionForm):
        if form.method.value == "POST":
            return FormPostAction(url=form.redirect_url, fields=_form_fields(form.parameters), reason=reason)
        return RedirectAction(url=form.redirect_url, reason=reason)
    for name in ("applink_url", "scheme_url"):
        if url := _text(getattr(answer, name, None)):
            return RedirectAction(url=url, reason=reason)
    return None


def action_data(action: Action) -> dict[str, Scalar]:
    """The action, kept in the handle: inquiryPayment has no ``normalUrl`` to give it back."""
    fields = dict(action.fields) if isinstance(action, FormPostAction) else None
    return {
        "action_url": action.url,
        "action_reason": action.reason.value,
        "action_fields": None if fields is None else json.dumps(fields, sort_keys=True),
    }


def stored_action(handle: Handle) -> Action | None:
    """The action :func:`action_data` kept in ``handle``, if any."""
    url, reason = handle.data.get("action_url"), handle.data.get("action_reason")
    if not isinstance(url, str) or not isinstance(reason, str):
        return None
    fields = handle.data.get("action_fields")
    if isinstance(fields, str):
        return FormPostAction(url=url, fields=_form_fields(fields), reason=ActionReason(reason))
    return RedirectAction(url=url, reason=ActionReason(reason))
