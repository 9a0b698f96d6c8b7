"""A client library for accessing Antom (Ant International) — card payments with 3-D Secure"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
