"""``python -m scaretry.demo`` (``make demo``): the 3DS upgrade flows of all four providers, run
through the facade against the embedded sandbox, printed as a table.

Exits 0 only when every flow reached the outcome it should.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import textwrap
import time

from scaretry.sandbox import SandboxServer, SandboxSettings
from scaretry.testing import Customer
from scaretry.testing._scenario import Scenario, Trace

PROVIDERS = {"checkout": "Checkout.com", "antom": "Antom", "paymentsai": "Payments AI", "pxp": "PXP"}
# The flows that show the upgrade decision: upgraded, refused by the merchant, refused by rule
# (merchant-initiated), or refused because the provider cannot do it.
UPGRADE_FLOWS = (
    "soft_decline_upgrade_approved",
    "upgrade_unsupported",
    "upgrade_disabled_declined",
    "merchant_initiated_not_upgraded",
)


def _flows(provider: str) -> list[Scenario]:
    module = importlib.import_module(f"scaretry.testing.scenarios.{provider}")
    chosen = [s for s in module.SCENARIOS if s.upgrade or s.name in UPGRADE_FLOWS]
    return sorted(chosen, key=lambda s: (not s.upgrade, UPGRADE_FLOWS.index(s.name) if s.name in UPGRADE_FLOWS else 9))


def _run(server: SandboxServer, scenario: Scenario) -> tuple[bool, str, Trace, float]:
    module = importlib.import_module(f"scaretry.testing.scenarios.{scenario.provider}")
    trace = Trace()
    customer = Customer()
    started = time.perf_counter()
    try:
        with module.client_for(server.url_for(scenario.provider)) as client:
            outcome = scenario.run(client, customer, trace)
        state = outcome.state
        ok = state is scenario.expected
        result = state.value.upper()
    except Exception as exc:  # the demo reports every flow, whatever happens to one of them
        ok, result = False, f"{type(exc).__name__}: {exc}"
    finally:
        customer.close()
    return ok, result, trace, time.perf_counter() - started


def main() -> int:
    width = min(shutil.get_terminal_size((120, 20)).columns, 140)
    rows = []
    with SandboxServer(settings=SandboxSettings(settle_seconds=0.2)) as server:
        for provider, label in PROVIDERS.items():
            for scenario in _flows(provider):
                rows.append((label, scenario, *_run(server, scenario)))
    print("scaretry demo: retry with authentication upgrade, four providers, one embedded sandbox")
    print("(each flow runs through the facade; the indented line is the path it took)\n")
    indent = " " * 48
    print(f"{'provider':<13} {'outcome':<16} {'requests':>8} {'time':>6}  flow")
    print("─" * min(width, 110))
    for label, scenario, ok, result, trace, seconds in rows:
        mark = "✓" if ok else "✗"
        print(f"{label:<13} {mark} {result:<14} {trace.requests:>8} {seconds:>5.2f}s  {scenario.title}")
        path = trace.path or "(no step recorded)"
        print(textwrap.fill(path, width, initial_indent=indent, subsequent_indent=indent))
        if not ok:
            print(f"{indent}expected {scenario.expected.value.upper()}")
    failed = sum(1 for row in rows if not row[2])
    print(f"\n{len(rows) - failed} of {len(rows)} flows reached the outcome they should.")
    return 1 if failed or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
