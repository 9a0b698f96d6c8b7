"""Run the sandbox: in the foreground (``python -m scaretry.sandbox``) or in a background thread
on a free loopback port (tests, the demo, cassette recording)."""

from __future__ import annotations

import socket
import threading
from types import TracebackType

import uvicorn

from scaretry.sandbox._app import create_app
from scaretry.sandbox._provider import SandboxSettings
from scaretry.sandbox._sandbox import Sandbox
from scaretry.sandbox._tls import TLSListener, serve_in_background

__all__ = ["SandboxServer"]


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class SandboxServer:
    """``with SandboxServer() as server: server.url_for("checkout")`` — a live sandbox on loopback."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, settings: SandboxSettings | None = None) -> None:
        self.host = host
        self.port = port or _free_port(host)
        self.sandbox = Sandbox(settings)
        self.app = create_app(self.sandbox)
        config = uvicorn.Config(self.app, host=host, port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self._tls: TLSListener | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url_for(self, provider: str) -> str:
        """The base URL a client of ``provider`` configured with only the sandbox's host uses: the
        root URL and the path of the provider's (sandbox) server URL — ``http://127.0.0.1:PORT`` for
        Checkout.com and Payments AI, ``…/ams/sandbox`` for Antom, ``…/api`` for PXP."""
        return self.url + self.sandbox.providers[provider].server_paths[0]

    def serve_tls(self, port: int = 443) -> TLSListener:
        """The same sandbox (same app, same state) over HTTPS too, on ``port`` of a free loopback
        address, with a certificate from a CA made for this run: ``.url`` (``https://127.A.B.C``)
        and ``.ca_file`` (trust it). For clients that only speak TLS to port 443, such as Antom's
        official Python SDK. Started on first use, stopped with the sandbox."""
        if self._tls is None:
            self._tls = TLSListener(self.app, port).start()
        return self._tls

    def start(self) -> SandboxServer:
        self._thread = serve_in_background(self._server, "scaretry-sandbox", self.url)
        return self

    def stop(self) -> None:
        if self._tls is not None:
            self._tls.stop()
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.sandbox.notifier.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
