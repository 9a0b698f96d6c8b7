"""A stateful emulator of Antom, Checkout.com, Payments AI and PXP (install ``scaretry[sandbox]``).

``python -m scaretry.sandbox --port 8080`` serves all four; ``SandboxServer`` runs it in a
background thread for tests. Each provider lives in ``scaretry.sandbox.providers.<name>``; the
scenario tables (test cards) are in the README.
"""

from scaretry.sandbox._app import PROVIDERS, Sandbox, create_app
from scaretry.sandbox._faults import Fault, parse_fault
from scaretry.sandbox._provider import SandboxSettings
from scaretry.sandbox._server import SandboxServer

__all__ = ["PROVIDERS", "Fault", "Sandbox", "SandboxServer", "SandboxSettings", "create_app", "parse_fault"]
