"""The fixed-response server: ``python -m bench.server`` (its configuration as JSON on stdin).

A minimal HTTP/1.1 server on loopback, in its own process, so its CPU time never counts as the
client's. It answers each provider at its real API paths with the canned answers of
:mod:`bench._answers` and keeps no state except, in *settle* mode, when each Checkout.com payment
becomes final: ``POST /payments`` answers ``202 Pending`` and ``GET /payments/{id}`` answers
Pending until the payment's settle time, then Authorized; optionally the ``payment_approved``
webhook is POSTed to a receiver at that moment (some deliveries dropped on purpose).

Standard library only (and ``cryptography`` to sign Antom's answers), so it runs in any of the
bench's environments. It prints ``listening <port>`` once it accepts connections.

Configuration keys: ``antom_private`` (PEM, signs Antom answers), ``customers`` (settle mode's
other model: :func:`customer_and_settle`), ``settle`` ([low, high] seconds,
or null for fixed answers), ``seed``, ``notify`` (``http://host:port/path`` or null), ``drop``
(share of notifications not sent), ``webhook_key`` (Checkout.com's ``Cko-Signature`` key).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import random
import re
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, quote_plus, unquote, urlsplit

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from bench import _answers

__all__ = ["Server", "settle_seconds"]

Answer = tuple[int, list[tuple[str, str]], bytes]
_REASONS = {200: "OK", 201: "Created", 202: "Accepted", 400: "Bad Request", 404: "Not Found", 501: "Not Implemented"}
_JSON = ("Content-Type", "application/json")
_ANTOM = re.compile(r"^/ams(?:/sandbox)?/api/v1/payments/(pay|inquiryPayment)$")
_PAI = re.compile(r"^/v1/public-api/organizations/([^/]+)/transactions(?:/([^/]+))?$")
_PXP_GET = re.compile(r"^/api/v1/transactions/([^/]+)/([^/]+)$")
_CKO_ID = re.compile(r"^/payments/(pay_\w{26})$")
_CKO_FIXED_ID = "pay_bjpyl4ra63lynwd5ee47vxwjpf"
_PAI_ID = "62c78288-6274-40e8-93eb-f3c06bc89f5a"


def settle_seconds(seed: int, index: int, low: float, high: float) -> float:
    """When payment ``index`` settles, after its creation: the same for every variant of one run."""
    return low + (high - low) * random.Random(f"{seed}:{index}").random()


def _antom_id(request_id: str) -> str:
    """An Antom paymentId (digits) for a paymentRequestId."""
    return "2026" + str(int(hashlib.sha256(request_id.encode()).hexdigest()[:24], 16)).zfill(30)[:30]


def _fill(template: bytes, **values: str) -> bytes:
    for name, value in values.items():
        template = template.replace(b"{" + name.encode() + b"}", json.dumps(value)[1:-1].encode())
    return template


def _field(body: bytes, name: str) -> str:
    try:
        value = json.loads(body).get(name)
    except (ValueError, AttributeError):
        return ""
    return value if isinstance(value, str) else ""


class _Payment:
    __slots__ = ("customer_at", "final_at", "index", "notified", "reference", "requests")

    def __init__(self, index: int, reference: str, final_at: float, customer_at: float = 0.0) -> None:
        self.index, self.reference, self.final_at, self.customer_at = index, reference, final_at, customer_at
        self.requests = 1
        self.notified: bool | None = None


def customer_and_settle(seed: int, index: int) -> tuple[float, float]:
    """(when the customer acts, when the payment is final), after its creation, for the *customers*
    model of settle mode: an even payment was paid by a customer who already came back from their
    bank (the issuer answers 0.3–2 s later), an odd one by a customer still at their bank (acting
    after 2–8 s, the issuer answering 0.3–2 s after that)."""
    draw = random.Random(f"{seed}:{index}:customer")
    acts = 0.0 if index % 2 == 0 else draw.uniform(2.0, 8.0)
    return acts, acts + draw.uniform(0.3, 2.0)


class Server:
    """Routing and the little state settle mode needs; :class:`_Connection` does the HTTP."""

    def __init__(self, config: dict[str, Any]) -> None:
        key = serialization.load_pem_private_key(config["antom_private"].encode(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        self._antom_key = key
        self._signatures: dict[tuple[str, str, bytes], tuple[str, str]] = {}
        settle = config.get("settle")
        self._settle: tuple[float, float] | None = (float(settle[0]), float(settle[1])) if settle else None
        self._customers = bool(config.get("customers"))
        self._seed = int(config.get("seed", 0))
        self._notify = config.get("notify")
        self._drop = float(config.get("drop", 0.0))
        self._webhook_key = str(config.get("webhook_key", "")).encode()
        self.payments: dict[str, _Payment] = {}
        self._antom_requests: dict[str, str] = {}
        self._served = 0

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        self._served += 1
        path, _, query = target.partition("?")
        if path == "/payments" and method == "POST":
            return self._checkout_pay(body)
        if (match := _CKO_ID.match(path)) and method == "GET":
            return self._checkout_details(match.group(1))
        if (match := _ANTOM.match(path)) and method == "POST":
            return self._antom(path, match.group(1), headers, body)
        if match := _PAI.match(path):
            if match.group(2) is None and method == "POST":
                return (
                    201,
                    [_JSON, ("X-Request-Id", str(self._served))],
                    _fill(_answers.PAYMENTSAI_TRANSACTION_APPROVED, id=_PAI_ID),
                )
            if match.group(2) is not None and method == "GET":
                answer = _fill(_answers.PAYMENTSAI_TRANSACTION_APPROVED, id=unquote(match.group(2)))
                return 200, [_JSON, ("X-Request-Id", str(self._served))], answer
        if path == "/api/v1/transactions" and method == "POST":
            txn = _field(body, "merchantTransactionId")
            return 200, [_JSON], _fill(_answers.PXP_TRANSACTION_AUTHORISED, merchantTransactionId=txn)
        if _PXP_GET.match(path) and method == "GET":
            txn = parse_qs(query).get("merchantTransactionId", [""])[0]
            return 200, [_JSON], _fill(_answers.PXP_TRANSACTION_AUTHORISED, merchantTransactionId=txn)
        if path == "/_bench/payments" and method == "GET":
            return 200, [_JSON], json.dumps(self.report()).encode()
        if path == "/_bench/stats" and method == "GET":
            return 200, [_JSON], json.dumps({"requests": self._served, "cpu": time.process_time()}).encode()
        return 404, [_JSON], b'{"error":"not served by the bench server"}'

    # -- Checkout.com -----------------------------------------------------------------------

    def _cko_headers(self) -> list[tuple[str, str]]:
        return [_JSON, ("Cko-Request-Id", f"bench-{self._served}"), ("Cko-Version", "2026.11.0")]

    def _checkout_pay(self, body: bytes) -> Answer:
        reference = _field(body, "reference")
        if self._settle is None:
            return (
                201,
                self._cko_headers(),
                _fill(_answers.CHECKOUT_PAY_AUTHORIZED, id=_CKO_FIXED_ID, reference=reference),
            )
        index = int(reference.rsplit("-", 1)[-1]) if reference[-1:].isdigit() else len(self.payments)
        payment_id = f"pay_{len(self.payments):026d}"
        now = time.monotonic()
        acts, delay = (
            customer_and_settle(self._seed, index)
            if self._customers
            else (0.0, settle_seconds(self._seed, index, *self._settle))
        )
        payment = _Payment(index, reference, now + delay, now + acts)
        self.payments[payment_id] = payment
        if self._notify:
            asyncio.get_running_loop().call_later(delay, self._send_notification, payment_id, payment)
        template = _answers.CHECKOUT_PAY_PENDING_AT_BANK if acts > 0 else _answers.CHECKOUT_PAY_PENDING
        return 202, self._cko_headers(), _fill(template, id=payment_id, reference=reference)

    def _checkout_details(self, payment_id: str) -> Answer:
        payment = self.payments.get(payment_id)
        if self._settle is None or payment is None:
            if self._settle is not None:
                return 404, self._cko_headers(), b""
            answer = _fill(_answers.CHECKOUT_DETAILS_AUTHORIZED, id=payment_id, reference="ORD-BENCH-1")
            return 200, self._cko_headers(), answer
        payment.requests += 1
        now = time.monotonic()
        if now >= payment.final_at:
            template = _answers.CHECKOUT_DETAILS_AUTHORIZED
        elif now < payment.customer_at:
            template = _answers.CHECKOUT_DETAILS_PENDING_AT_BANK
        else:
            template = _answers.CHECKOUT_DETAILS_PENDING
        return 200, self._cko_headers(), _fill(template, id=payment_id, reference=payment.reference)

    def _send_notification(self, payment_id: str, payment: _Payment) -> None:
        dropped = random.Random(f"{self._seed}:{payment.index}:drop").random() < self._drop
        payment.notified = not dropped
        if not dropped:
            body = _fill(
                _answers.CHECKOUT_WEBHOOK_APPROVED,
                event=f"evt_{payment_id.removeprefix('pay_')}",  # one event per payment: the inbox dedupes by id
                id=payment_id,
                reference=payment.reference,
            )
            signature = hmac.new(self._webhook_key, body, hashlib.sha256).hexdigest()
            asyncio.get_running_loop().create_task(self._post(body, {"Cko-Signature": signature}))

    async def _post(self, body: bytes, headers: dict[str, str]) -> None:
        url = urlsplit(str(self._notify))
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        lines = [f"POST {url.path or '/'} HTTP/1.1", f"Host: {url.netloc}", "Content-Type: application/json"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
        writer.write("\r\n".join(lines).encode() + body)
        await writer.drain()
        await reader.read()  # the receiver's answer; the bench reads nothing from it
        writer.close()

    def report(self) -> dict[str, Any]:
        """Settle mode: per payment, when it became final (``time.monotonic()``, shared by every
        process of the machine), how many requests it took, and whether it was notified."""
        return {
            pid: {
                "index": p.index,
                "reference": p.reference,
                "final_at": p.final_at,
                "requests": p.requests,
                "notified": p.notified,
            }
            for pid, p in self.payments.items()
        }

    # -- Antom --------------------------------------------------------------------------------

    def _antom(self, path: str, operation: str, headers: dict[str, str], body: bytes) -> Answer:
        # Antom's answers name the payment they are about, and the client checks it: a payment's id
        # is derived from its paymentRequestId, so an inquiry by either finds both again.
        if operation == "pay":
            request_id = _field(body, "paymentRequestId")
            answer = _fill(_answers.ANTOM_PAY_SUCCESS, paymentRequestId=request_id, paymentId=_antom_id(request_id))
        else:
            request_id = _field(body, "paymentRequestId") or self._antom_requests.get(_field(body, "paymentId"), "")
            payment_id = _field(body, "paymentId") or _antom_id(request_id)
            answer = _fill(_answers.ANTOM_INQUIRY_SUCCESS, paymentId=payment_id, paymentRequestId=request_id)
        if operation == "pay":
            self._antom_requests[_antom_id(request_id)] = request_id
        client_id = headers.get("client-id", "")
        when, signature = self._antom_signature(path, client_id, answer)
        signed = [("Client-Id", client_id), ("Response-Time", when), ("Signature", signature)]
        return 200, [_JSON, *signed], answer

    def _antom_signature(self, path: str, client_id: str, answer: bytes) -> tuple[str, str]:
        """Antom's RSA256 over ``POST <path>\\n<Client-Id>.<Response-Time>.<body>`` (docs.antom.com,
        "Sign a request and verify the signature"); a repeated answer reuses its signature."""
        cached = self._signatures.get((path, client_id, answer))
        if cached is not None:
            return cached
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        content = f"POST {path}\n{client_id}.{when}.".encode() + answer
        raw = self._antom_key.sign(content, padding.PKCS1v15(), hashes.SHA256())
        value = f"algorithm=RSA256,keyVersion=1,signature={quote_plus(base64.b64encode(raw).decode())}"
        if len(self._signatures) < 1024:
            self._signatures[(path, client_id, answer)] = (when, value)
        return when, value


class _Connection(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and Content-Length bodies (what every client here sends); an
    absolute-form request target (``POST http://host/path``, sent by Antom's SDK) is served too."""

    def __init__(self, answer: Callable[[str, str, dict[str, str], bytes], Answer]) -> None:
        self._answer = answer
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end].decode("latin-1").split("\r\n")
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            if "chunked" in headers.get("transfer-encoding", ""):
                self._respond((501, [_JSON], b'{"error":"chunked bodies are not served"}'), close=True)
                return
            length = int(headers.get("content-length") or 0)
            if len(self._buffer) < end + 4 + length:
                return
            body = self._buffer[end + 4 : end + 4 + length]
            self._buffer = self._buffer[end + 4 + length :]
            method, target, version = [*head[0].split(" "), "", ""][:3]
            if "://" in target:  # absolute form: keep the path
                _, slash, rest = target.split("://", 1)[1].partition("/")
                target = slash + rest
            keep_alive = headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
            self._respond(self._answer(method, target, headers, body), close=not keep_alive)

    def _respond(self, answer: Answer, *, close: bool) -> None:
        status, headers, body = answer
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}"]
        # Lower-case names, as Antom's gateway sends them (its official SDK matches them case-sensitively).
        lines += [f"{name.lower()}: {value}" for name, value in headers]
        lines += [f"content-length: {len(body)}", "connection: close" if close else "connection: keep-alive", "", ""]
        assert self._transport is not None
        self._transport.write("\r\n".join(lines).encode("latin-1") + body)
        if close:
            self._transport.close()
            self._transport = None


async def serve(config: dict[str, Any]) -> None:
    server = Server(config)
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(
        lambda: _Connection(server.answer), "127.0.0.1", int(config.get("port", 0)), backlog=4096
    )
    port = listener.sockets[0].getsockname()[1]
    print(f"listening {port}", flush=True)
    async with listener:
        await listener.serve_forever()


def main() -> None:
    config = json.loads(sys.stdin.readline())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(config))


if __name__ == "__main__":
    main()
