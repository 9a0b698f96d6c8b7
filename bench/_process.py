"""The bench's other processes: the fixed-response server and the measuring workers.

Every measured client runs in a process of its own (its CPU time is the process's, its peak memory
the process's), started from one of the bench's Python environments and spoken to in JSON lines
over its stdin/stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["ROOT", "Worker", "WorkerError", "run_json", "server"]

#: The repository's root: every process starts there, so ``python -m bench.…`` imports this package.
ROOT = Path(__file__).resolve().parent.parent


class WorkerError(RuntimeError):
    """A worker process failed; carries what it printed on stderr."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONHASHSEED", "0")
    return env


@contextlib.contextmanager
def server(config: dict[str, Any], python: str = sys.executable) -> Iterator[str]:
    """Start ``bench.server`` with ``config``; yields its base URL (``http://127.0.0.1:<port>``)."""
    process = subprocess.Popen(  # noqa: S603 - one of the bench's own interpreters
        [python, "-m", "bench.server"],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        process.stdin.write(json.dumps(config) + "\n")
        process.stdin.flush()
        line = process.stdout.readline().split()
        if len(line) != 2 or line[0] != "listening":
            raise WorkerError(f"the bench server did not start (it printed {line!r})")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        process.terminate()
        process.wait(timeout=10)


class Worker:
    """A ``python -m bench.worker`` process in the given environment (see :mod:`bench.worker`).

    ``call(message)`` sends one JSON object and returns the worker's JSON answer; an answer that
    reports an error raises :class:`WorkerError`, and so does a worker that died (``alive`` says).
    """

    def __init__(self, python: str) -> None:
        # A file, not a pipe: a chatty worker never blocks. Closed by close().
        self._stderr = tempfile.TemporaryFile("w+")  # noqa: SIM115
        self._process = subprocess.Popen(  # noqa: S603 - one of the bench's own interpreters
            [python, "-m", "bench.worker"],
            cwd=ROOT,
            env=_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def call(self, message: dict[str, Any]) -> dict[str, Any]:
        process = self._process
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            process.stdin.write(json.dumps(message) + "\n")
            process.stdin.flush()
            line = process.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            process.wait(timeout=10)
            self._stderr.seek(0)
            raise WorkerError(self._stderr.read().strip()[-2000:] or "the worker exited")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise WorkerError(answer["error"])
        return answer

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            self._process.wait(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._stderr.close()


def run_json(python: str, module: str, arguments: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run ``python -m <module>`` with ``arguments`` as JSON on stdin; its last stdout line is JSON."""
    done = subprocess.run(  # noqa: S603 - one of the bench's own interpreters
        [python, "-m", module],
        cwd=ROOT,
        env=_env(),
        input=json.dumps(arguments),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise WorkerError(f"{module} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result
