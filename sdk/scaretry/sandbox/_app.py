"""The sandbox application: the four providers under one Starlette app, plus its admin API.

Each provider is served at the paths of its real API, relative to the host: Checkout.com
``/payments…`` and ``/sessions…``, Antom ``/ams/sandbox/api/v1/…`` (and production's
``/ams/api/v1/…``), Payments AI ``/v1/public-api/…``, PXP ``/api/v1/…``. The four sets do not
collide, so a client configured with only the sandbox's host reaches each provider where it expects
it. ``/<provider>/…`` (``/checkout/payments``) is an alias of the same API. What the sandbox adds
lives apart: the customer's pages under ``/<provider>/_pages/…`` and the admin API under
``/_sandbox`` (settings, faults, clock, state, deliveries).
"""

from __future__ import annotations

import importlib
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from scaretry.sandbox._admin import admin_routes
from scaretry.sandbox._clock import Clock
from scaretry.sandbox._faults import DeliveryFaults, Faults
from scaretry.sandbox._middleware import AbsoluteFormTargets, LastResortErrors
from scaretry.sandbox._notify import Notifier
from scaretry.sandbox._provider import ProviderApp, SandboxSettings

__all__ = ["PROVIDERS", "Sandbox", "create_app", "locate", "provider_class"]

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")


def provider_class(name: str) -> type[ProviderApp]:
    """The emulator class of provider ``name`` (one of :data:`PROVIDERS`)."""
    app: type[ProviderApp] = importlib.import_module(f"scaretry.sandbox.providers.{name}").App
    return app


def locate(path: str) -> tuple[str, str, str] | None:
    """``(provider, base, API path)`` of a request path the sandbox serves as a provider's API
    (a real path such as ``/ams/sandbox/api/v1/payments/pay``, or its ``/antom/…`` alias), else None."""
    for name in PROVIDERS:
        located = provider_class(name).locate(path)
        if located is not None:
            return name, *located
    return None


class Sandbox:
    """The sandbox's state: one object per provider, and the services they share."""

    def __init__(self, settings: SandboxSettings | None = None) -> None:
        self.settings = settings or SandboxSettings()
        self.clock = Clock()
        self.faults = Faults()
        self.delivery_faults = DeliveryFaults()
        self.notifier = Notifier(self.clock, self.delivery_faults)
        self.providers: dict[str, ProviderApp] = {
            name: provider_class(name)(
                clock=self.clock, settings=self.settings, notifier=self.notifier, faults=self.faults
            )
            for name in PROVIDERS
        }

    def snapshot(self) -> dict[str, Any]:
        return {name: provider.snapshot() for name, provider in self.providers.items()}


def create_app(sandbox: Sandbox | None = None) -> Starlette:
    """The ASGI app. ``app.state.sandbox`` is the :class:`Sandbox` behind it."""
    sandbox = sandbox or Sandbox()
    routes: list[Any] = admin_routes(sandbox)
    for name, provider in sandbox.providers.items():
        pages = provider.pages()
        if pages:
            routes.append(Mount(f"/{name}/_pages", routes=pages))

    async def provider_api(request: Request) -> Response:
        located = locate(request.url.path)
        if located is None:
            return await unknown(request, None)
        name, base, api_path = located
        return await sandbox.providers[name].dispatch(request, base, api_path)

    async def unknown(request: Request, exc: Exception | None) -> Response:
        return JSONResponse({"error": "not found", "path": request.url.path}, status_code=404)

    routes.append(Route("/{path:path}", provider_api, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]))
    app = Starlette(
        routes=routes,
        exception_handlers={404: unknown},
        middleware=[Middleware(LastResortErrors), Middleware(AbsoluteFormTargets)],
    )
    app.state.sandbox = sandbox
    return app
