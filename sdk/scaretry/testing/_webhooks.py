"""A merchant's webhook endpoint, minus the merchant: records what the sandbox (or anyone) POSTs."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

import attrs

__all__ = ["Received", "WebhookReceiver"]


@attrs.frozen
class Received:
    """One POST as it arrived: header names lower-cased, the body as the raw bytes (what a
    signature covers), and the request target (path and query; Antom signs over the path)."""

    headers: Mapping[str, str]
    body: bytes
    path: str = "/"


# Antom counts a notification as received only on this fixed result (notifyPayment, "Result
# process logic"); every other provider takes any 200, so one answer serves all four.
_ACKNOWLEDGED = b'{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}'


class _Server(http.server.ThreadingHTTPServer):
    def __init__(self, record: Callable[[Received], None]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.record = record


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.server.record(Received(headers, body, self.path))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(_ACKNOWLEDGED)))
        self.end_headers()
        self.wfile.write(_ACKNOWLEDGED)

    def log_message(self, format: str, *args: Any) -> None:
        return


class WebhookReceiver:
    """A webhook endpoint on loopback for testing your code against the sandbox.

    ``with WebhookReceiver() as receiver:`` serves on ``127.0.0.1`` on a free port until the block
    ends, answers every POST with 200 (and the result body Antom needs to count it received) and
    records it. Give the sandbox ``receiver.url`` (or any path under it) as the provider's webhook
    URL (``PUT /_sandbox/webhooks/<provider>`` with ``{"url": receiver.url}``, or a per-payment
    notify URL), then ``receiver.wait(1)`` returns what arrived, ready for your
    ``client.parse_webhook(hook.headers, hook.body)``. The plugin's ``webhook_receiver`` fixture is
    one, started for the test.
    """

    def __init__(self) -> None:
        self._received: list[Received] = []
        self._arrived = threading.Condition()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, without a trailing slash."""
        if self._server is None:
            raise RuntimeError("the webhook receiver is not running: use it as a context manager")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def received(self) -> list[Received]:
        """Everything POSTed so far, oldest first (a copy)."""
        with self._arrived:
            return list(self._received)

    def wait(self, n: int, timeout: float = 5.0, *, where: Callable[[Received], bool] | None = None) -> list[Received]:
        """Block until at least ``n`` POSTs (only those for which ``where`` is true, if given) have
        arrived, and return them all, oldest first. Raises :class:`TimeoutError` after ``timeout``
        seconds. The sandbox sends webhooks in the background, so this is how a test waits for one;
        ``where`` picks out one payment's when other tests' payments may also be delivered here."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                matching = [hook for hook in self._received if where is None or where(hook)]
                if len(matching) >= n:
                    return matching
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"only {len(matching)} of {n} webhook(s) arrived within {timeout} s")
                self._arrived.wait(remaining)

    def _record(self, hook: Received) -> None:
        with self._arrived:
            self._received.append(hook)
            self._arrived.notify_all()

    def start(self) -> WebhookReceiver:
        self._server = _Server(self._record)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="scaretry-webhooks", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
