"""A stateful emulator of Antom, Checkout.com, Payments AI and PXP (install ``scaretry[sandbox]``).

``python -m scaretry.sandbox --port 8080`` serves all four; ``SandboxServer`` runs it in a
background thread for tests. Each provider lives in ``scaretry.sandbox.providers.<name>``; the
scenario tables (test cards) are in the README.

The rule of this package: the sandbox is the oracle the facade is tested against, so it never
imports facade code (anything in ``scaretry`` outside ``scaretry.sandbox``) and follows the
providers' documents, not the facade's convenience. Where both need the same small thing (a Luhn
check, the ISO 4217 minor units) the sandbox has its own copy, so that a bug in one cannot hide the
same bug in the other. ``tests/sandbox/test_independence.py`` enforces it.
"""

import sys

try:
    import jsonschema  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
    import yaml  # noqa: F401
except ModuleNotFoundError as missing:  # the sandbox is an optional extra
    _module = (missing.name or "").partition(".")[0]
    _package = {"yaml": "pyyaml"}.get(_module, _module)
    _hint = (
        f"scaretry.sandbox needs {_package}, which is not installed: pip install 'scaretry[sandbox]' "
        "(or 'scaretry[testing]', which includes it)"
    )
    if sys.argv[:1] == ["-m"]:  # `python -m scaretry.sandbox`: the hint alone, not a traceback
        raise SystemExit(_hint) from None
    raise ModuleNotFoundError(_hint, name=missing.name) from None

from scaretry.sandbox._app import create_app
from scaretry.sandbox._faults import Fault, parse_fault
from scaretry.sandbox._provider import SandboxSettings
from scaretry.sandbox._sandbox import PROVIDERS, Sandbox
from scaretry.sandbox._server import SandboxServer

__all__ = ["PROVIDERS", "Fault", "Sandbox", "SandboxServer", "SandboxSettings", "create_app", "parse_fault"]
