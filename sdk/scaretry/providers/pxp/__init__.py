"""PXP Financial (Unity): the :class:`PXP` / :class:`AsyncPXP` clients, their configuration, the
``PXP-UST1`` auth and the adapter.

PXP has no native "retry with authentication upgrade": the adapter runs it client-side. One
upgrade, through the modules: :mod:`._flows` (``pay`` → transaction refused ``1A``/``65`` →
pre-initiate → 3DS Method → browser authentication → challenge → re-authorisation with the
authentication id), :mod:`._requests` (each request's generated body and whether it may be
repeated), :mod:`._outcomes` (each answer's outcome, status maps and the decline table),
:mod:`._handles` (what the handle carries between the customer's browser round trips),
:mod:`._notifications` (webhooks), :mod:`._auth`, :mod:`._config`, :mod:`._client`.
"""

from typing import TYPE_CHECKING

from scaretry._lazy import lazy_exports
from scaretry.providers.pxp._auth import PXPAuth
from scaretry.providers.pxp._client import PXP, AsyncPXP
from scaretry.providers.pxp._config import MerchantDetails, PXPConfig

if TYPE_CHECKING:
    from scaretry.providers.pxp._flows import PXPAdapter
    from scaretry.providers.pxp._models import PXPModel

__all__ = ["PXP", "AsyncPXP", "MerchantDetails", "PXPAdapter", "PXPAuth", "PXPConfig", "PXPModel"]


# The adapter and the generated models load on first use (a client loads them when made).
__getattr__ = lazy_exports(
    __name__,
    {
        "PXPAdapter": "._flows",
        "PXPModel": "._models",
    },
)
