"""Requests whose target is in absolute form (``POST http://host:port/path HTTP/1.1``).

A server must accept that form (RFC 9112 §3.2.2), and Antom's official SDK sends it; uvicorn hands
it to the application as is, so ``path`` would be the whole URL. This middleware puts the path
(and query) where ASGI expects them and, as the RFC requires, takes the host from the target
instead of the ``Host`` header.
"""

from __future__ import annotations

from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["AbsoluteFormTargets"]

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
