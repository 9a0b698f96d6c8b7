"""Payments AI's authentication: ``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``."""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["PaymentsAIAuth"]


class PaymentsAIAuth(httpx.Auth):
    """``Authorization: ApiKey <accountId>_<apiKey>_<apiKeyId>``, sent as-is (no base64, no
    URL-encoding), per Payments AI's "Authentication" page
    (https://api-docs.payments.ai/docs/api/authentication)."""

    def __init__(self, api_key: str) -> None:
        self._header = f"ApiKey {api_key}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "PaymentsAIAuth(ApiKey ***)"
