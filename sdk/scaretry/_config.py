"""What every client is configured with: :class:`ClientOptions`, and each provider's credentials on
top of it (``CheckoutConfig``, ``AntomConfig`` …), read from keywords or from the environment.

Defaults, stated up front: the ``sandbox`` environment; 30 s to read and 5 s to connect; the
retry policy of :class:`~scaretry.RetryPolicy` and the poll policy of :class:`~scaretry.PollPolicy`;
environment proxies honoured (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``);
certificates verified; a pool of 100 connections. A base URL must be ``https`` except on loopback:
a card number and a key never travel in cleartext.

A provider's configuration is one attrs class: its fields are the client's keyword arguments, the
adapter reads them, and :meth:`ClientOptions.from_env` reads them from ``SCARETRY_<PROVIDER>_<FIELD>``.
Adding an option is one field.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Callable
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit

import attrs
import httpx

from scaretry._errors import ConfigurationError
from scaretry._polling import PollPolicy
from scaretry._retry import RetryPolicy

__all__ = ["DEFAULT_LIMITS", "DEFAULT_TIMEOUT", "FROM_ENV", "ClientOptions", "from_env", "validated"]

#: 30 s to read (payment APIs wait on issuers), 5 s to connect. Never unbounded.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: httpx's own default pool: 100 connections, 20 kept alive.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

_ENV = "scaretry_env"


#: ``metadata=FROM_ENV`` on a configuration field: :meth:`ClientOptions.from_env` reads it from
#: ``SCARETRY_<PROVIDER>_<FIELD NAME>``; ``metadata=from_env("NAME")`` reads ``SCARETRY_<PROVIDER>_NAME``.
FROM_ENV: dict[str, Any] = {_ENV: True}


def from_env(name: str) -> dict[str, Any]:
    """Field metadata: read the field from ``SCARETRY_<PROVIDER>_<name>``."""
    return {_ENV: name}


def _timeout(value: httpx.Timeout | float) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def is_loopback(host: str) -> bool:
    """``localhost``, ``127.0.0.0/8`` or ``::1``."""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_url(url: str, where: str) -> str:
    """``url`` if it is an absolute https URL, or http on loopback; else ConfigurationError."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{where} must be an absolute https URL, not {url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{where} must use https (card data and keys would travel in cleartext); plain http is "
            "accepted only on loopback, for a local sandbox"
        )
    return url.rstrip("/")


def environment_proxy(url: str) -> str | None:
    """The proxy the environment asks for ``url`` (``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``,
    ``NO_PROXY`` honoured), as httpx reads them when it builds its own transport."""
    import urllib.request  # with http.client under it: loaded only to read the environment

    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


@attrs.frozen(kw_only=True)
class ClientOptions:
    """Options every provider client takes besides its credentials (keyword arguments).

    - ``environment``: ``"sandbox"`` (default) or ``"production"`` (and the provider's regional
      names); ``base_url`` replaces it (a local sandbox, a proxy of your own).
    - ``timeout``: an ``httpx.Timeout`` or seconds; ``retry``: :class:`~scaretry.RetryPolicy`;
      ``poll``: :class:`~scaretry.PollPolicy`.
    - ``proxy``, ``verify``, ``limits``: as httpx takes them; ``trust_env`` (default True) reads
      proxies from the environment when ``proxy`` is not given.
    - ``max_in_flight``: at most this many requests at once (default: the pool's
      ``max_connections``, 100); the others wait their turn in order, never in the pool's queue, so
      a thousand payments started at once neither time out waiting nor overload the provider.
    - ``transport``: an httpx transport that replaces the network (a mock, a custom TLS stack). The
      provider's auth, response verification and the retries stay on top of it.
    - ``handle_key``: the key handles are signed with; by default one derived from the provider
      credentials, so every process holding them accepts the handles of the others.
    """

    provider: ClassVar[str]
    #: environment name → the provider's base URL
    urls: ClassVar[dict[str, str]] = {}

    environment: str = "sandbox"
    base_url: str | None = None
    timeout: httpx.Timeout = attrs.field(default=DEFAULT_TIMEOUT, converter=_timeout)
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    poll: PollPolicy = attrs.field(factory=PollPolicy)
    proxy: str | httpx.Proxy | None = None
    verify: ssl.SSLContext | str | bool = True
    trust_env: bool = True
    limits: httpx.Limits = DEFAULT_LIMITS
    max_in_flight: int | None = None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None
    handle_key: str | bytes | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_in_flight is not None and (type(self.max_in_flight) is not int or self.max_in_flight < 1):
            raise ConfigurationError(f"{self.provider}: max_in_flight must be a positive int")
        if self.transport is not None and self.proxy is not None:
            raise ConfigurationError(f"{self.provider}: give either transport= or proxy=, not both")
        self.resolved_url()  # fail at construction, not at the first payment

    def resolved_url(self) -> str:
        """The base URL requests go to: ``base_url``, or the ``environment``'s."""
        if self.base_url is not None:
            return checked_url(self.base_url, f"{self.provider}: base_url")
        try:
            return self.urls[self.environment]
        except KeyError:
            known = ", ".join(sorted(self.urls))
            raise ConfigurationError(f"{self.provider}: unknown environment {self.environment!r} ({known})") from None

    def in_flight_bound(self) -> int:
        """How many requests may be in flight at once."""
        if self.max_in_flight is not None:
            return self.max_in_flight
        return self.limits.max_connections or DEFAULT_LIMITS.max_connections or 100

    def resolved_proxy(self) -> str | httpx.Proxy | None:
        if self.proxy is not None or not self.trust_env:
            return self.proxy
        return environment_proxy(self.resolved_url())

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """The configuration from ``SCARETRY_<PROVIDER>_<FIELD>`` variables (``_BASE_URL`` and
        ``_ENVIRONMENT`` included); keyword ``overrides`` win. Raises ConfigurationError naming every
        required variable that is missing."""
        values: dict[str, Any] = {}
        missing: list[str] = []
        for field in attrs.fields(cls):
            env_name = field.metadata.get(_ENV)
            if field.name in ("base_url", "environment"):
                env_name = True
            if not env_name or field.name in overrides:
                continue
            variable = f"SCARETRY_{cls.provider.upper()}_{(field.name if env_name is True else env_name).upper()}"
            value = os.environ.get(variable)
            if value:
                values[field.name] = value
            elif field.default is attrs.NOTHING:
                missing.append(variable)
        if missing:
            raise ConfigurationError(f"{cls.provider}: set {', '.join(missing)}")
        return cls(**values, **overrides)


def validated(check: Callable[[Any], bool], message: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator raising ConfigurationError(``<provider>: message``) when ``check`` fails."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not check(value):
            raise ConfigurationError(f"{instance.provider}: {message}")

    return validate
