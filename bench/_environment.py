"""Where the bench runs: the machine, and the Python environments it measures in.

- the development environment (``.venv``, the one running ``python -m bench``): the server, the
  scaretry and raw-httpx clients;
- ``.venv-bench-runtime``: scaretry installed as users install it (``pip install .``, no extras, not
  editable), for cold start;
- ``.venv-bench-sdks``: the providers' official SDKs, pinned in ``bench/requirements-sdks.txt``
  (Antom's SDK pins a ``cryptography`` older than scaretry's, so they cannot share an environment).

``make bench`` makes the last two; without them those figures say "not available".
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench._process import ROOT

__all__ = ["Environments", "machine"]


class Environments:
    """The interpreters of the bench's environments (None where one was not made)."""

    def __init__(self, root: Path = ROOT) -> None:
        self.dev = sys.executable
        self.runtime = self._python(root / ".venv-bench-runtime")
        self.sdks = self._python(root / ".venv-bench-sdks")

    @staticmethod
    def _python(venv: Path) -> str | None:
        python = venv / "bin" / "python"
        return str(python) if python.exists() else None

    def versions(self, python: str, *distributions: str) -> dict[str, str]:
        """Installed versions of ``distributions`` in that environment."""
        code = (
            "import importlib.metadata as m, json, sys\n"
            "def v(n):\n"
            "    try: return m.version(n)\n"
            "    except m.PackageNotFoundError: return None\n"
            "print(json.dumps({n: v(n) for n in sys.argv[1:]}))"
        )
        done = subprocess.run(  # noqa: S603 - one of the bench's own interpreters
            [python, "-c", code, *distributions], capture_output=True, text=True, check=True
        )
        found: dict[str, str] = {k: v for k, v in json.loads(done.stdout).items() if v}
        return found


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str:
    done = subprocess.run(
        ["git", "describe", "--always", "--dirty"],  # noqa: S607 - git from PATH, as make runs it
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def machine() -> dict[str, Any]:
    """CPU model, cores, Python, OS and the commit measured: printed with every set of figures."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "commit": _commit(),
    }
