"""The HTML the customer's browser sees in the sandbox: the issuer's challenge page, and the
auto-submitting forms that carry a result back to the merchant.

Every provider uses these two shapes, so a browser, a person, or ``scaretry.testing.Customer``
can complete any provider's challenge the same way: the challenge page is one ``<form
method="post">`` with hidden fields and one ``<button name="choice">`` per outcome
(``approve``, ``reject``, ``abandon``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from starlette.responses import HTMLResponse

__all__ = ["CHOICES", "auto_post", "challenge_page", "message_page"]

CHOICES = ("approve", "reject", "abandon")
_LABELS = {"approve": "Approve (correct code)", "reject": "Reject (wrong code)", "abandon": "Close the window"}


def _hidden(fields: Mapping[str, str]) -> str:
    return "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">' for k, v in fields.items())


def challenge_page(
    *, title: str, action: str, fields: Mapping[str, str], details: str = "", choices: Sequence[str] = CHOICES
) -> HTMLResponse:
    buttons = "".join(
        f'<button type="submit" name="choice" value="{c}">{html.escape(_LABELS.get(c, c))}</button> ' for c in choices
    )
    body = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(details)}</p>"
        f'<form id="challenge" method="post" action="{html.escape(action)}">{_hidden(fields)}{buttons}</form>'
        "<p><small>scaretry sandbox: no real bank is involved.</small></p></body></html>"
    )
    return HTMLResponse(body)


def auto_post(*, action: str, fields: Mapping[str, str], title: str = "Returning to the merchant") -> HTMLResponse:
    """A form that POSTs ``fields`` to ``action`` as soon as it loads (3DS2 ``cres``, 3DS Method)."""
    body = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head>"
        '<body onload="document.forms[0].submit()">'
        f'<form id="return" method="post" action="{html.escape(action)}">{_hidden(fields)}'
        '<noscript><button type="submit">Continue</button></noscript></form></body></html>'
    )
    return HTMLResponse(body)


def message_page(title: str, text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>",
        status_code=status,
    )
