"""The sandbox's own API under ``/_sandbox``: health, settings, faults, the clock, state,
webhook URLs, delivery faults and deliveries.

Every input is checked (type, finite, in range, no unknown field) and refused with 400 and
``{"error": …, "field": …}`` naming the field: a 500 would also drop the client's keep-alive
connection.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from scaretry.sandbox._bodies import BodyError, is_web_url, parse_json
from scaretry.sandbox._faults import parse_delivery_fault, parse_fault

if TYPE_CHECKING:
    from scaretry.sandbox._sandbox import Sandbox

__all__ = ["AdminError", "admin_routes"]

#: The longest a settle step may take (an hour), and the furthest the clock moves in one call (ten years).
MAX_SETTLE_SECONDS = 3600.0
MAX_CLOCK_STEP = 10 * 365.25 * 86_400


class AdminError(Exception):
    """A refused admin request: ``field`` is the JSON field at fault (None: the body itself)."""

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


async def body_of(request: Request, allowed: tuple[str, ...]) -> dict[str, Any]:
    """The request's JSON object (an empty body is ``{}``), with no field outside ``allowed``."""
    raw = await request.body()
    try:
        body = parse_json(raw) if raw.strip() else {}
    except BodyError as exc:
        raise AdminError(None, f"body: {exc}") from None
    if not isinstance(body, dict):
        raise AdminError(None, "body must be a JSON object")
    for field in body:
        if field not in allowed:
            raise AdminError(str(field), f"unknown field; expected one of {', '.join(allowed)}")
    return body


def seconds(body: dict[str, Any], field: str, maximum: float) -> float:
    """A finite number in ``[0, maximum]`` at ``body[field]``."""
    value = body.get(field)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AdminError(field, f"must be a number of seconds, not {json_type(value)}")
    if not math.isfinite(value) or not 0 <= value <= maximum:
        raise AdminError(field, f"must be between 0 and {maximum:g}")
    return float(value)


def flag(body: dict[str, Any], field: str) -> bool:
    value = body.get(field)
    if not isinstance(value, bool):
        raise AdminError(field, f"must be true or false, not {json_type(value)}")
    return value


def text(body: dict[str, Any], field: str) -> str:
    value = body.get(field)
    if not isinstance(value, str):
        raise AdminError(field, f"must be a string, not {json_type(value)}")
    return value


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", str: "a string", dict: "an object", list: "an array"}.get(type(value), "a number")


Handler = Callable[[Request], Awaitable[Response]]


def _checked(handler: Handler) -> Handler:
    async def run(request: Request) -> Response:
        try:
            return await handler(request)
        except AdminError as exc:
            return JSONResponse({"error": exc.message, "field": exc.field}, status_code=400)

    return run


def admin_routes(sandbox: Sandbox) -> list[Route]:
    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "providers": list(sandbox.providers)})

    async def settings(request: Request) -> Response:
        current = sandbox.settings
        if request.method == "PUT":
            body = await body_of(request, ("settle_seconds", "strict"))
            settle = seconds(body, "settle_seconds", MAX_SETTLE_SECONDS) if "settle_seconds" in body else None
            strict = flag(body, "strict") if "strict" in body else None
            if settle is not None:
                current.settle_seconds = settle
            if strict is not None:
                current.strict = strict
        return JSONResponse({"settle_seconds": current.settle_seconds, "strict": current.strict})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.faults.clear()
            return JSONResponse({"fault": None})
        body = await body_of(request, ("fault",))
        spec = text(body, "fault")
        try:
            sandbox.faults.set(parse_fault(spec))
        except ValueError as exc:
            raise AdminError("fault", str(exc)) from None
        return JSONResponse({"fault": spec})

    async def advance(request: Request) -> Response:
        body = await body_of(request, ("seconds",))
        step = seconds(body, "seconds", MAX_CLOCK_STEP)
        sandbox.clock.advance(step)
        return JSONResponse({"advanced": step})

    async def state(request: Request) -> Response:
        return JSONResponse(sandbox.snapshot())

    async def webhooks(request: Request) -> Response:
        provider = request.path_params["provider"]
        if provider not in sandbox.providers:
            return JSONResponse({"error": f"unknown provider {provider}", "field": None}, status_code=404)
        if request.method == "DELETE":
            sandbox.settings.webhook_urls.pop(provider, None)
        else:
            url = text(await body_of(request, ("url",)), "url")
            if not is_web_url(url):
                raise AdminError("url", "must be an absolute http or https URL")
            sandbox.settings.webhook_urls[provider] = url
        return JSONResponse({"provider": provider, "url": sandbox.settings.webhook_urls.get(provider)})

    async def delivery_faults(request: Request) -> Response:
        provider = request.path_params.get("provider")
        if provider is not None and provider not in sandbox.providers:
            return JSONResponse({"error": f"unknown provider {provider}", "field": None}, status_code=404)
        supported = [name for name, app in sandbox.providers.items() if app.pending_notification]
        if request.method == "DELETE":
            sandbox.delivery_faults.clear(provider)
        elif request.method == "PUT":
            spec = text(await body_of(request, ("fault",)), "fault")
            try:
                fault = parse_delivery_fault(spec)
            except ValueError as exc:
                raise AdminError("fault", str(exc)) from None
            if fault.reorder and provider is not None and provider not in supported:
                raise AdminError("fault", f"reorder: {provider} documents no pending notification")
            sandbox.delivery_faults.set(fault, provider)
        return JSONResponse({"faults": sandbox.delivery_faults.describe(), "reorder_applies_to": supported})

    async def deliveries(request: Request) -> Response:
        sandbox.notifier.wait_idle()
        return JSONResponse([d.to_dict() for d in sandbox.notifier.deliveries])

    endpoints: list[tuple[str, Handler, list[str]]] = [
        ("/_sandbox/health", health, ["GET"]),
        ("/_sandbox/settings", settings, ["GET", "PUT"]),
        ("/_sandbox/faults", faults, ["PUT", "DELETE"]),
        ("/_sandbox/clock/advance", advance, ["POST"]),
        ("/_sandbox/state", state, ["GET"]),
        ("/_sandbox/webhooks/{provider}", webhooks, ["PUT", "DELETE"]),
        ("/_sandbox/delivery-faults", delivery_faults, ["GET", "PUT", "DELETE"]),
        ("/_sandbox/delivery-faults/{provider}", delivery_faults, ["PUT", "DELETE"]),
        ("/_sandbox/deliveries", deliveries, ["GET"]),
    ]
    return [Route(path, _checked(handler), methods=methods) for path, handler, methods in endpoints]
