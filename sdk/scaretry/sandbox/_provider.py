"""What one emulated provider is, and the request pipeline every provider shares.

The pipeline, in order: fault injection, operation lookup in the provider's spec, body size limit,
JSON parsing (nesting and numbers bounded), the provider's authentication, request validation
against the spec and of the URLs the sandbox will later use, the provider's handler, response
validation against the spec. Every failure answers in the provider's own error shape
(``ProviderApp.error``), never a bare 500, a handler's unexpected exception included; a handler
commits state only after the request passed every check, so a rejected request leaves nothing
half-created behind.
"""

from __future__ import annotations

import abc
import json
import logging
import secrets
import threading
from collections.abc import Callable, Hashable, Mapping
from typing import Any, ClassVar, TypeVar

import anyio
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute

from scaretry.sandbox._bodies import BodyError, is_web_url, parse_json
from scaretry.sandbox._clock import Clock
from scaretry.sandbox._faults import DELIVERY_HEADER, DeliveryFault, Faults, parse_delivery_fault
from scaretry.sandbox._notify import Notifier, Stale
from scaretry.sandbox._openapi import Operation, Problem, Spec

__all__ = ["MAX_BODY", "Context", "ErrorKind", "Handler", "ProviderApp", "SandboxSettings", "json_response"]

log = logging.getLogger("scaretry.sandbox")

MAX_BODY = 64 * 1024  # no card payment request comes near this; a bigger body is an attack or a bug

E = TypeVar("E", bound=Exception)


class SandboxSettings:
    """Knobs shared by all providers; changed at run time through ``/_sandbox/settings``."""

    def __init__(self, *, settle_seconds: float = 0.3, strict: bool = True) -> None:
        #: how long an asynchronous step (issuer answer after a challenge) takes to settle
        self.settle_seconds = settle_seconds
        #: a response that does not fit the spec is a sandbox bug: fail loudly (500 + log) if True
        self.strict = strict
        #: provider name → the merchant's webhook URL (set through ``/_sandbox/webhooks/<provider>``;
        #: Antom also takes ``paymentNotifyUrl`` per request)
        self.webhook_urls: dict[str, str] = {}


class ErrorKind:
    """Why the pipeline refused a request; each provider maps these onto its own error shape."""

    MALFORMED = "malformed"  # not JSON, or not a JSON object
    INVALID = "invalid"  # does not fit the spec
    UNAUTHORIZED = "unauthorized"  # missing or wrong credentials / signature
    NOT_FOUND = "not_found"  # unknown path or unknown object id
    TOO_LARGE = "too_large"  # body over MAX_BODY
    CONFLICT = "conflict"  # a concurrent duplicate, or a reused key with another body
    RATE_LIMITED = "rate_limited"  # fault injection: 429
    UNAVAILABLE = "unavailable"  # fault injection: 5xx
    INTERNAL = "internal"  # a sandbox bug: the handler raised (answered 500, logged)


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


class Context:
    """One validated request as a handler sees it."""

    def __init__(self, request: Request, operation: Operation, raw: bytes, body: Any) -> None:
        self.request = request
        self.operation = operation
        self.raw = raw
        self.body = body
        self.path_params: dict[str, str] = {}
        #: the request's ``X-Sandbox-Delivery-Fault``, for the notifications of what it creates
        self.delivery_fault: DeliveryFault | None = None

    @property
    def headers(self) -> Mapping[str, str]:
        return self.request.headers


#: What answers one operation of a provider's API.
Handler = Callable[[Context], Response]


class ProviderApp(abc.ABC):
    """One emulated provider, served at the paths of its real API on the sandbox's host.

    A request reaches it at ``<server path><API path>`` (Antom's sandbox ``/ams/sandbox`` +
    ``/api/v1/payments/pay``), or under the alias prefix ``/<name>`` (``/antom/ams/sandbox/…``).
    """

    name: str
    #: The path part of each of the provider's server URLs (the spec's ``servers``), relative to the
    #: host; the first is the one a client configured with only a host uses (``url_for``).
    server_paths: tuple[str, ...] = ("",)
    #: The path prefixes, relative to the host, that belong to this provider's API: a request under
    #: one is answered by this provider, in its own error shape when no operation matches.
    api_roots: tuple[str, ...] = ()
    #: operationId → the request fields (dotted paths) holding a URL the sandbox later sends the
    #: customer's browser to, or calls back: each must be an absolute http(s) URL.
    callback_urls: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    #: The provider's documented "still pending" notification, which the ``reorder`` delivery fault
    #: sends stale after a payment's final one; None where the provider documents none.
    pending_notification: str | None = None

    def __init__(self, *, clock: Clock, settings: SandboxSettings, notifier: Notifier, faults: Faults) -> None:
        self.spec = Spec.for_provider(self.name)
        self.clock = clock
        self.settings = settings
        self.notifier = notifier
        self.faults = faults
        self.lock = threading.RLock()  # handlers run in a thread pool; state changes take this lock
        #: the keys (:meth:`in_flight_key`) of the requests being processed now
        self.in_flight: set[Hashable] = set()

    # -- what each provider writes ------------------------------------------------------------

    @abc.abstractmethod
    def error(self, kind: str, status: int, message: str, problems: list[Problem] | None = None) -> Response:
        """The provider's own error response for ``kind`` (see :class:`ErrorKind`)."""

    @abc.abstractmethod
    def authenticate(self, request: Request, raw: bytes) -> Response | None:
        """None if the request's credentials are right, else the provider's auth error response."""

    @abc.abstractmethod
    def handlers(self) -> Mapping[str, Handler]:
        """operationId → handler. Every operation of the spec must have one."""

    def pages(self) -> list[BaseRoute]:
        """The sandbox's own pages for this provider (challenge, 3DS Method), under ``/<name>/_pages``."""
        return []

    def in_flight_key(self, context: Context) -> Hashable | None:
        """The key of a request that must not be processed twice at once (a write with its
        idempotency key): a second one while the first is in flight gets :meth:`in_flight_answer`.
        None, the default: requests never wait for each other."""
        return None

    def in_flight_answer(self, context: Context) -> Response:
        """The provider's answer to a duplicate of a request still being processed."""
        return self.error(ErrorKind.CONFLICT, 409, "a request with this key is being processed")

    def begin(self, context: Context) -> Response | None:
        """Called before the handler, while the request is "in flight"; a response here answers
        instead of the handler (a duplicate of a request still being processed)."""
        key = self.in_flight_key(context)
        if key is None:
            return None
        with self.lock:
            if key in self.in_flight:
                return self.in_flight_answer(context)
            self.in_flight.add(key)
        return None

    def end(self, context: Context) -> None:
        """Called after the handler, whatever happened (never after a :meth:`begin` that answered)."""
        key = self.in_flight_key(context)
        if key is not None:
            with self.lock:
                self.in_flight.discard(key)

    def sign_response(self, request: Request, response: Response) -> Response:
        """Hook for providers that sign their responses (Antom)."""
        return response

    def snapshot(self) -> dict[str, Any]:
        """Counts of what the provider holds, for tests: ``{"payments": 1, …}``."""
        return {}

    # -- the shared pipeline ------------------------------------------------------------------

    def note_delivery_fault(self, context: Context, subject: str) -> None:
        """The request in ``context`` created ``subject`` (a payment): its notifications get the
        request's ``X-Sandbox-Delivery-Fault``, if it had one."""
        if context.delivery_fault is not None:
            self.notifier.faults.remember(self.name, subject, context.delivery_fault)

    def deliver(
        self, url: str, headers: Mapping[str, str], body: bytes, *, subject: str, stale: Stale | None = None
    ) -> None:
        """Send a signed notification about ``subject`` to ``url``, on the provider's retry schedule;
        ``stale`` builds the provider's pending notification, for the reorder fault."""
        self.notifier.send(self.name, url, headers, body, subject=subject, stale=stale)

    def locked(self, handler: Handler, refusal: type[E], answer: Callable[[Context, E], Response]) -> Handler:
        """``handler`` run under the provider's lock (it reads and changes state in one go); a
        ``refusal`` it raises is answered with ``answer(context, refusal)``, the provider's error."""

        def run(context: Context) -> Response:
            try:
                with self.lock:
                    return handler(context)
            except refusal as refused:
                return answer(context, refused)

        return run

    def new_id(self, prefix: str = "", length: int = 26) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyz234567"
        return prefix + "".join(secrets.choice(alphabet) for _ in range(length))

    @classmethod
    def locate(cls, path: str) -> tuple[str, str] | None:
        """``(base, API path)`` if ``path`` belongs to this provider's API, else None. ``base`` is
        what stands for the server URL in this request (``/ams/sandbox``, ``/antom/ams/sandbox``, ``""``)."""
        alias = f"/{cls.name}"
        prefix = alias if path == alias or path.startswith(alias + "/") else ""
        rest = path[len(prefix) :]
        if rest.startswith("/_pages/") and prefix:
            return None  # the sandbox's own pages, no part of the API
        if not prefix and not any(rest == root or rest.startswith(root + "/") for root in cls.api_roots):
            return None
        for server in sorted(cls.server_paths, key=len, reverse=True):
            if rest == server or rest.startswith(server + "/"):
                return prefix + server, rest[len(server) :] or "/"
        return prefix, rest or "/"

    async def dispatch(self, request: Request, base: str, api_path: str) -> Response:
        """Answer ``request``, whose path is ``base`` + ``api_path`` (see :meth:`locate`)."""
        request.state.api_base, request.state.api_path = base, api_path
        try:
            return await self._answer(request, api_path)
        except Exception:  # a sandbox bug: still the provider's error shape, and the connection lives
            log.exception("sandbox %s: %s %s failed", self.name, request.method, api_path)
            return self.error(ErrorKind.INTERNAL, 500, "internal error")

    async def _answer(self, request: Request, api_path: str) -> Response:
        try:
            fault = self.faults.for_request(request.headers)
            delivery_fault = self._delivery_fault(request.headers)
        except ValueError as exc:
            return self.error(ErrorKind.MALFORMED, 400, str(exc))
        if fault.status:
            kind = ErrorKind.RATE_LIMITED if fault.status == 429 else ErrorKind.UNAVAILABLE
            response = self.error(kind, fault.status, f"HTTP {fault.status} (fault injection)")
            if fault.retry_after is not None:
                response.headers["Retry-After"] = f"{fault.retry_after:g}"
            return response
        operation = self.spec.find(request.method, api_path)
        if operation is None:
            if self.spec.path_allows(api_path):
                return self.error(ErrorKind.NOT_FOUND, 405, f"{request.method} is not allowed on {api_path}")
            return self.error(ErrorKind.NOT_FOUND, 404, f"no such path {api_path}")
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return self.error(ErrorKind.TOO_LARGE, 413, f"request body over {MAX_BODY} bytes")
        body: Any = None
        if raw:
            try:
                body = parse_json(raw)
            except BodyError as exc:
                return self.error(ErrorKind.MALFORMED, 400, f"request body: {exc}")
        denied = self.authenticate(request, raw)
        if denied is not None:
            return denied
        if "requestBody" in operation.definition and not isinstance(body, dict):
            return self.error(ErrorKind.MALFORMED, 400, "request body must be a JSON object")
        problems = self.spec.validate_request(operation, body) or self._url_problems(operation, body)
        if problems:
            return self.error(ErrorKind.INVALID, 422, "request does not fit the spec", problems)
        context = Context(request, operation, raw, body)
        context.path_params = _path_params(operation.template, api_path)
        context.delivery_fault = delivery_fault
        handler = self.handlers()[operation.operation_id]
        early = self.begin(context)
        if early is not None:
            return early
        try:
            if fault.latency:  # the provider is "processing": a concurrent duplicate sees it in flight
                await anyio.sleep(fault.latency)
            response = handler(context)
        finally:
            self.end(context)
        self._check_response(operation, response)
        response = self.sign_response(request, response)
        if fault.drop_after_commit:
            return _Dropped(response)
        return response

    def _delivery_fault(self, headers: Mapping[str, str]) -> DeliveryFault | None:
        header = headers.get(DELIVERY_HEADER)
        if not header:
            return None
        try:
            fault = parse_delivery_fault(header)
        except ValueError as exc:
            raise ValueError(f"X-Sandbox-Delivery-Fault: {exc}") from None
        if fault.reorder and self.pending_notification is None:
            raise ValueError(f"X-Sandbox-Delivery-Fault: reorder: {self.name} documents no pending notification")
        return fault

    def _url_problems(self, operation: Operation, body: Any) -> list[Problem]:
        """A callback or return URL that is not absolute http(s) (``javascript:…``, a relative
        reference): refused now, as the provider would, rather than sent to a browser later."""
        problems = []
        for dotted in self.callback_urls.get(operation.operation_id, ()):
            value: Any = body
            for key in dotted.split("."):
                value = value.get(key) if isinstance(value, dict) else None
            if value is not None and not is_web_url(value):
                problems.append(Problem(f"$.{dotted}", "must be an absolute http or https URL"))
        return problems

    def _check_response(self, operation: Operation, response: Response) -> None:
        if isinstance(response, HTMLResponse) or not response.headers.get("content-type", "").startswith(
            "application/json"
        ):
            body: Any = None if not response.body else response.body
        else:
            body = json.loads(bytes(response.body)) if response.body else None
        problems = self.spec.validate_response(operation, response.status_code, body)
        if problems:
            message = "; ".join(str(p) for p in problems[:5])
            log.error("sandbox %s %s response does not fit the spec: %s", self.name, operation.operation_id, message)
            if self.settings.strict:
                raise AssertionError(f"sandbox bug: {operation.operation_id} response does not fit the spec: {message}")


class _Dropped(Response):
    """Starts the response, then drops the connection: the client sees the request fail although
    the provider committed it (the case idempotency keys exist for)."""

    def __init__(self, committed: Response) -> None:
        super().__init__(status_code=committed.status_code)
        self.committed = committed

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": self.committed.status_code,
                "headers": [(b"content-length", b"1000000"), (b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise ConnectionAbortedError("sandbox fault injection: connection dropped after commit")


def _path_params(template: str, path: str) -> dict[str, str]:
    names = template.strip("/").split("/")
    values = path.strip("/").split("/")
    return {n[1:-1]: v for n, v in zip(names, values, strict=False) if n.startswith("{") and n.endswith("}")}
