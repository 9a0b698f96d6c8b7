"""The sandbox over HTTPS, for clients that speak nothing else.

Antom's official Python SDK connects with TLS to port 443 of the gateway's host whatever the URL
says, and verifies the certificate against the default trust store. So the sandbox can serve the
same app a second time: on port 443 (or another) of a free loopback address ``127.A.B.C`` (the
whole of 127/8 is loopback on Linux, so parallel sandboxes never collide on the port), with a
certificate from a certificate authority made for this run. A client trusts that CA
(``SSL_CERT_FILE=<ca_file>`` for Python's ``ssl.create_default_context()``, ``verify=ca_file`` for
httpx) and nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["TLSListener", "serve_in_background"]


def serve_in_background(server: uvicorn.Server, name: str, url: str) -> threading.Thread:
    """Run ``server`` in a daemon thread; return once it accepts connections (at most 10 s)."""
    thread = threading.Thread(target=server.run, name=name, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the sandbox did not start on {url}")
        time.sleep(0.01)
    return thread


def _free_loopback_address(port: int) -> str:
    """A loopback address on which ``port`` is free (bind-probed)."""
    for _ in range(50):
        host = f"127.{secrets.randbelow(254) + 1}.{secrets.randbelow(254) + 1}.{secrets.randbelow(254) + 1}"
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, port))
            except PermissionError:
                raise PermissionError(
                    f"the sandbox cannot listen on port {port}: ports below 1024 need root, CAP_NET_BIND_SERVICE "
                    "or net.ipv4.ip_unprivileged_port_start <= the port (or choose another port)"
                ) from None
            except OSError:
                continue
        return host
    raise OSError(f"no free loopback address found for port {port}")


def _certificates(host: str, folder: Path) -> tuple[Path, Path, Path]:
    """A fresh CA and a leaf for ``host`` (and ``localhost``), valid from 5 minutes ago for a day:
    (CA certificate, leaf certificate, leaf key), PEM files in ``folder``."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "scaretry sandbox test CA (this run only)")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return ca_file, cert_file, key_file


class TLSListener:
    """The sandbox's app over HTTPS on ``port`` of a free loopback address, in a background thread.

    ``url`` is ``https://127.A.B.C`` (the port is left out when it is 443); ``ca_file`` is the PEM
    of the CA that signed the listener's certificate: give it to the client to trust.
    """

    def __init__(self, app: Any, port: int = 443) -> None:
        self.host = _free_loopback_address(port)
        self.port = port
        self._folder = Path(tempfile.mkdtemp(prefix="scaretry-sandbox-tls-"))
        self.ca_file, cert_file, key_file = _certificates(self.host, self._folder)
        config = uvicorn.Config(
            app,
            host=self.host,
            port=port,
            log_level="warning",
            lifespan="off",
            ssl_certfile=str(cert_file),
            ssl_keyfile=str(key_file),
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"https://{self.host}" + ("" if self.port == 443 else f":{self.port}")

    def start(self) -> TLSListener:
        self._thread = serve_in_background(self._server, "scaretry-sandbox-tls", self.url)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        shutil.rmtree(self._folder, ignore_errors=True)
