"""A client library for accessing Checkout.com payments and standalone 3DS sessions (scaretry subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
