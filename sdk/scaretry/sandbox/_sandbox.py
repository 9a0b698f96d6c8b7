"""The sandbox's state: one emulator per provider, the services they share, and where each
provider's API is found (the app in :mod:`._app` serves it; the admin API in :mod:`._admin` acts on it)."""

from __future__ import annotations

import importlib
from typing import Any

from scaretry.sandbox._clock import Clock
from scaretry.sandbox._faults import DeliveryFaults, Faults
from scaretry.sandbox._notify import Notifier
from scaretry.sandbox._provider import ProviderApp, SandboxSettings

__all__ = ["PROVIDERS", "Sandbox", "locate", "provider_class"]

PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")


def provider_class(name: str) -> type[ProviderApp]:
    """The emulator class of provider ``name`` (one of :data:`PROVIDERS`)."""
    app: type[ProviderApp] = importlib.import_module(f"scaretry.sandbox.providers.{name}").App
    return app


def locate(path: str) -> tuple[str, str, str] | None:
    """``(provider, base, API path)`` of a request path the sandbox serves as a provider's API
    (a real path such as ``/ams/sandbox/api/v1/payments/pay``, or its ``/antom/…`` alias), else None."""
    for name in PROVIDERS:
        located = provider_class(name).locate(path)
        if located is not None:
            return name, *located
    return None


class Sandbox:
    """The sandbox's state: one object per provider, and the services they share."""

    def __init__(self, settings: SandboxSettings | None = None) -> None:
        self.settings = settings or SandboxSettings()
        self.clock = Clock()
        self.faults = Faults()
        self.delivery_faults = DeliveryFaults()
        self.notifier = Notifier(self.clock, self.delivery_faults)
        self.providers: dict[str, ProviderApp] = {
            name: provider_class(name)(
                clock=self.clock, settings=self.settings, notifier=self.notifier, faults=self.faults
            )
            for name in PROVIDERS
        }

    def snapshot(self) -> dict[str, Any]:
        return {name: provider.snapshot() for name, provider in self.providers.items()}
