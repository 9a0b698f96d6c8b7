"""A client library for accessing Payments AI Public API (card payments with 3-D Secure)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
