"""A customer's browser, minus the browser: completes sandbox challenge pages over HTTP."""

from __future__ import annotations

import html.parser
from collections.abc import Iterator, Mapping
from typing import Literal
from urllib.parse import parse_qsl, urljoin, urlsplit

import attrs
import httpx

from scaretry._outcome import Action, FingerprintAction, FormPostAction, RedirectAction

__all__ = ["Customer", "Returned"]

Choice = Literal["approve", "reject", "abandon"]


@attrs.frozen
class Returned(Mapping[str, str]):
    """Where the customer's browser ended up: the merchant URL and what it carried (query string or
    form fields), i.e. what the merchant's return endpoint would pass to ``resume()``. ``url`` is
    None when the customer never came back (abandoned).

    It is itself the mapping of those fields, so ``client.resume(handle, customer.act(...))`` works
    as written; ``params`` is the same mapping.
    """

    url: str | None
    params: Mapping[str, str]
    method: str = "GET"

    def __getitem__(self, name: str) -> str:
        return self.params[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.params)

    def __len__(self) -> int:
        return len(self.params)


class _Forms(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, object]] = []

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs_}
        if tag == "form":
            self.forms.append(
                {"action": a.get("action", ""), "method": a.get("method", "get"), "fields": {}, "choices": []}
            )
        elif tag == "input" and self.forms and a.get("type") in ("hidden", "text"):
            self.forms[-1]["fields"][a.get("name", "")] = a.get("value", "")  # type: ignore[index]
        elif tag == "button" and self.forms and a.get("name") == "choice":
            self.forms[-1]["choices"].append(a.get("value", ""))  # type: ignore[attr-defined]


def _forms(text: str) -> list[dict[str, object]]:
    parser = _Forms()
    parser.feed(text)
    return parser.forms


class Customer:
    """Acts on an :class:`~scaretry.Outcome`'s action like a browser would, against the sandbox.

    ``Customer().act(outcome.action, "approve")`` follows the redirect or posts the form, presses
    the button on the challenge page, follows the sandbox's way back, and stops at the first URL
    outside the sandbox (the merchant's), returning what the merchant would have received.
    ``fields`` are typed into the pages' forms where a form has them (the card number on a page
    that collects the card: ``act(action, "approve", fields={"cardNo": "4000000000000044"})``).
    """

    def __init__(self, client: httpx.Client | None = None) -> None:
        self._http = client or httpx.Client(timeout=10.0)

    def act(self, action: Action, choice: Choice = "approve", *, fields: Mapping[str, str] | None = None) -> Returned:
        if isinstance(action, RedirectAction):
            response = self._http.get(action.url)
        elif isinstance(action, FormPostAction | FingerprintAction):
            response = self._http.post(action.url, data=dict(action.fields))
        else:  # pragma: no cover
            raise TypeError(f"unknown action {action!r}")
        return self._follow(response, choice, sandbox=urlsplit(str(response.request.url)).netloc, typed=fields or {})

    def _follow(self, response: httpx.Response, choice: Choice, sandbox: str, typed: Mapping[str, str]) -> Returned:
        for _ in range(10):
            if response.is_redirect:
                target = urljoin(str(response.request.url), response.headers["location"])
                if urlsplit(target).netloc != sandbox:
                    return Returned(target, dict(parse_qsl(urlsplit(target).query)))
                response = self._http.get(target)
                continue
            response.raise_for_status()
            forms = _forms(response.text)
            if not forms:
                return Returned(None, {})  # a page with nothing to press: the customer is stuck/gone
            form = forms[0]
            target = urljoin(str(response.request.url), str(form["action"]))
            data = dict(form["fields"])  # type: ignore[call-overload]
            data |= {name: value for name, value in typed.items() if name in data}
            if form["choices"]:
                if choice not in form["choices"]:  # type: ignore[operator]
                    raise ValueError(f"the page offers {form['choices']}, not {choice!r}")
                data["choice"] = choice
            if urlsplit(target).netloc != sandbox:
                return Returned(target, data, method="POST")
            response = self._http.post(target, data=data)
        raise RuntimeError("the sandbox kept redirecting; giving up after 10 steps")

    def close(self) -> None:
        self._http.close()
