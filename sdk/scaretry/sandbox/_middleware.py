"""The sandbox's two ASGI middlewares: absolute-form request targets, and last-resort errors.

A request target in absolute form (``POST http://host:port/path HTTP/1.1``) must be accepted
(RFC 9112 §3.2.2), and Antom's official SDK sends it; uvicorn hands it to the application as is, so
``path`` would be the whole URL. :class:`AbsoluteFormTargets` puts the path where ASGI expects it
and, as the RFC requires, takes the host from the target instead of the ``Host`` header.

:class:`LastResortErrors` answers an exception no handler caught with a 500 of the sandbox's own
(an HTML page under ``/<provider>/_pages``, JSON elsewhere) instead of letting it reach the server,
which would also drop the client's keep-alive connection. Provider API errors never get here: the
request pipeline answers them in the provider's shape.
"""

from __future__ import annotations

import logging
from urllib.parse import unquote

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scaretry.sandbox._pages import message_page

__all__ = ["AbsoluteFormTargets", "LastResortErrors"]

log = logging.getLogger("scaretry.sandbox")

_SCHEMES = (b"http://", b"https://")


def _origin_form(raw: bytes) -> tuple[bytes, bytes]:
    """``(authority, path)`` of an absolute-form target (without its query)."""
    rest = raw.split(b"://", 1)[1]
    authority, slash, path = rest.partition(b"/")
    return authority, slash + path if slash else b"/"


class AbsoluteFormTargets:
    """ASGI middleware: an absolute-form request target becomes its origin form."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") or b""
        if scope["type"] == "http" and raw[:8].lower().startswith(_SCHEMES):
            authority, path = _origin_form(raw)
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"host"]
            scope = {
                **scope,
                "raw_path": path,
                "path": scope.get("root_path", "") + unquote(path.decode("ascii")),
                "headers": [(b"host", authority), *headers],
            }
        await self.app(scope, receive, send)


class LastResortErrors:
    """ASGI middleware: an uncaught exception before the answer started becomes a 500 answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:
            if started:  # too late for an answer (the drop-after-commit fault ends here on purpose)
                raise
            log.exception("sandbox: %s %s failed", scope.get("method"), scope.get("path"))
            response: Response
            if "/_pages/" in scope.get("path", ""):
                response = message_page("Something went wrong", "The sandbox failed on this page.", 500)
            else:
                response = JSONResponse({"error": "internal error", "field": None}, status_code=500)
            await response(scope, receive, send)
