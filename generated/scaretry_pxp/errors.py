"""Errors raised by the generated API functions."""

import httpx


class UnexpectedStatus(Exception):
    """Raised when the API answers a status the spec does not document and
    ``Client.raise_on_unexpected_status`` is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of body)")


class UnparseableResponse(Exception):
    """Raised when a documented response cannot be parsed (not JSON, truncated, wrong shape).

    The raw response stays reachable: ``status_code``, ``headers`` and ``content`` (the body bytes
    exactly as received). The body is deliberately not part of the message: it may carry card data.
    """

    def __init__(self, status_code: int, headers: httpx.Headers, content: bytes, cause: BaseException):
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.cause = cause
        super().__init__(
            f"Could not parse the {status_code} response ({len(content)} bytes): {type(cause).__name__}: {cause}"
        )


__all__ = ["UnexpectedStatus", "UnparseableResponse"]
