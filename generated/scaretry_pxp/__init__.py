"""A client library for accessing PXP Financial Unity — 3-D Secure and Transactions (card payments)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
