"""A measuring worker: ``python -m bench.worker``, one client per process, driven over stdin.

Messages (one JSON object a line; one answer a line):

- ``{"variant": "scaretry" | "raw" | "official", "provider": …, "operation": "pay" | "poll",
  "base_url": …, "credentials": {…}}`` builds the client and makes one call to check it works;
- ``{"n": N}`` makes N calls and answers the process's CPU seconds and the wall seconds they took.

CPU time is ``time.process_time()``: this process only, so the server (another process) never
counts. The garbage collector runs as usual (it is part of what a client costs), after a collection
made before each batch so that one batch does not pay for the garbage of the previous one.
"""

from __future__ import annotations

import gc
import importlib
import json
import platform
import sys
import time
from collections.abc import Callable
from typing import Any

__all__ = ["main"]

_MODULES = {"scaretry": "bench._clients_scaretry", "raw": "bench._clients_raw", "official": "bench._clients_official"}


def _build(message: dict[str, Any]) -> Callable[[], Any]:
    module = importlib.import_module(_MODULES[message["variant"]])
    call: Callable[[], Any] = module.build(
        message["provider"], message["operation"], message["base_url"], message["credentials"]
    )
    return call


def _batch(call: Callable[[], Any], count: int) -> dict[str, float]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        call()
    return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, "n": count}


def main() -> None:
    call: Callable[[], Any] | None = None
    for line in sys.stdin:
        message = json.loads(line)
        try:
            if "variant" in message:
                call = _build(message)
                answer: dict[str, Any] = {"ready": repr(call())[:120], "python": platform.python_version()}
            else:
                assert call is not None, "set the worker up first"
                answer = _batch(call, int(message["n"]))
        except Exception as exc:  # the orchestrator reports it and carries on with the next case
            answer = {"error": f"{type(exc).__name__}: {exc}"[:2000]}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
