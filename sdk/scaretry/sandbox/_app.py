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

from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from scaretry.sandbox._admin import admin_routes
from scaretry.sandbox._middleware import AbsoluteFormTargets, LastResortErrors
from scaretry.sandbox._sandbox import Sandbox, locate

__all__ = ["create_app"]


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
