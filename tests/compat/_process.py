"""The test side of the compatibility suite: a merchant process running an official SDK.

The official SDKs cannot share scaretry's venv (global-open-sdk-python pins an older
``cryptography``), so each runs in ``.venv-compat`` (``make compat-venv``) as a long-lived child
process executing ``tests/compat/merchant/<provider>_merchant.py``; :meth:`MerchantProcess.call`
sends it one call and returns what the SDK returned, or raises :class:`SDKError` with what the
SDK raised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["COMPAT_PYTHON", "MerchantProcess", "SDKError", "until"]

ROOT = Path(__file__).resolve().parents[2]
MERCHANTS = Path(__file__).resolve().parent / "merchant"
#: The SDKs' interpreter; ``SCARETRY_COMPAT_PYTHON`` points elsewhere (e.g. a venv outside the clone).
COMPAT_PYTHON = Path(os.environ.get("SCARETRY_COMPAT_PYTHON", ROOT / ".venv-compat" / "bin" / "python"))

T = TypeVar("T")


class SDKError(Exception):
    """The official SDK raised: ``error`` holds its type, message and public attributes."""

    def __init__(self, error: Mapping[str, Any]) -> None:
        self.error = dict(error)
        self.type = str(error.get("type"))
        super().__init__(f"{self.type}: {error.get('message')} {self._details()}")

    def _details(self) -> str:
        shown = {k: v for k, v in self.error.items() if k not in ("type", "message", "traceback")}
        return json.dumps(shown) if shown else ""


class MerchantProcess:
    """``tests/compat/merchant/<name>_merchant.py`` running in the SDKs' venv with ``config``."""

    def __init__(self, name: str, config: Mapping[str, Any], env: Mapping[str, str] | None = None) -> None:
        if not COMPAT_PYTHON.exists():
            raise RuntimeError(
                f"{COMPAT_PYTHON} does not exist: the official SDKs are installed by `make compat-venv` "
                "(tests/compat/requirements.txt), which `make test` runs"
            )
        self.name = name
        self._process = subprocess.Popen(
            [str(COMPAT_PYTHON), str(MERCHANTS / f"{name}_merchant.py"), json.dumps(dict(config))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=sys.stderr,
            text=True,
            env={**os.environ, **(env or {}), "PYTHONDONTWRITEBYTECODE": "1"},
        )

    def call(self, function: str, **kwargs: Any) -> Any:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write(json.dumps({"call": function, "kwargs": kwargs}) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} merchant process died (exit code {self._process.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise SDKError(answer["error"])
        return answer["value"]

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


def until(read: Callable[[], T], done: Callable[[T], bool], *, timeout: float = 10.0, every: float = 0.1) -> T:
    """Poll ``read()`` until ``done(value)``, as a merchant polls a status read; the last value
    read is returned either way, for the test to assert on."""
    deadline = time.monotonic() + timeout
    value = read()
    while not done(value) and time.monotonic() < deadline:
        time.sleep(every)
        value = read()
    return value
