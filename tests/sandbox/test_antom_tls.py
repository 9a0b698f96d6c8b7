"""The sandbox over HTTPS (``serve_tls``, ``--tls-port``): what Antom's official SDK needs, since it
speaks only TLS to port 443 of the gateway host."""

from __future__ import annotations

import ipaddress
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from scaretry.sandbox import SandboxServer


def test_serve_tls_is_the_same_sandbox_over_https_on_a_loopback_address(scaretry_sandbox: SandboxServer) -> None:
    endpoint = scaretry_sandbox.serve_tls()
    assert scaretry_sandbox.serve_tls() is endpoint  # started once
    parts = urlsplit(endpoint.url)
    assert parts.scheme == "https"
    assert parts.port is None  # 443, left out as a browser would
    assert parts.hostname is not None
    assert ipaddress.ip_address(parts.hostname).is_loopback
    trusted = ssl.create_default_context(cafile=str(endpoint.ca_file))
    with httpx.Client(verify=trusted, timeout=10) as https, httpx.Client(timeout=10) as http:
        assert (
            https.get(f"{endpoint.url}/_sandbox/state").json()
            == http.get(f"{scaretry_sandbox.url}/_sandbox/state").json()
        )
        key = https.get(f"{endpoint.url}/antom/_pages/public-key")
        assert key.status_code == 200
        assert "BEGIN PUBLIC KEY" in key.text
    with httpx.Client(timeout=10) as untrusting, pytest.raises(httpx.ConnectError):
        untrusting.get(f"{endpoint.url}/_sandbox/state")  # only its own CA vouches for it


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_command_offers_the_tls_listener() -> None:
    port, tls_port = _free_port(), _free_port()
    command = [sys.executable, "-m", "scaretry.sandbox", "--port", str(port), "--tls-port", str(tls_port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any("SSL_CERT_FILE=" in line for line in lines):
            lines.append(process.stdout.readline())
        announced = next(line for line in lines if "SSL_CERT_FILE=" in line)
        url = announced.split(" on ", 1)[1].split(" ", 1)[0]
        ca_file = announced.split("SSL_CERT_FILE=", 1)[1].rstrip(")\n")
        assert url.startswith("https://127.")
        assert url.endswith(f":{tls_port}")
        assert Path(ca_file).is_file()
        for _ in range(50):
            try:
                answer = httpx.get(f"{url}/_sandbox/state", verify=ssl.create_default_context(cafile=ca_file))
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert answer.status_code == 200
        assert "antom" in answer.json()
    finally:
        process.terminate()
        process.wait(timeout=10)
