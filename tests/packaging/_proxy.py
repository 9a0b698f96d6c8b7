"""A recording HTTP proxy on loopback (forward for ``http://``, CONNECT tunnels for ``https://``), and
a TLS front that serves a plain-HTTP server over TLS with a throwaway self-signed certificate.

The proxy answers each forwarded request with ``Connection: close``, so every request a client
sends arrives on a new connection and is recorded.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import select
import socket
import socketserver
import ssl
import threading
from pathlib import Path
from types import TracebackType

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["RecordingProxy", "TLSFront", "self_signed_certificate"]

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "transfer-encoding"}


def _relay(a: socket.socket, b: socket.socket) -> None:
    sockets = [a, b]
    while True:
        readable, _, _ = select.select(sockets, [], [], 10)
        if not readable:
            return
        for source in readable:
            data = source.recv(65536)
            if not data:
                return
            (b if source is a else a).sendall(data)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _Context:
    """Start and stop a server thread; ``port`` is where it listens on 127.0.0.1."""

    server: _Server

    @property
    def port(self) -> int:
        port: int = self.server.server_address[1]
        return port

    def __enter__(self) -> _Context:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()


class RecordingProxy(_Context):
    """``seen`` holds ``(method, target)`` of every request: ``("CONNECT", "127.0.0.1:443")`` or
    ``("POST", "http://127.0.0.1:8080/checkout/payments")``."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                method, target, _ = self.rfile.readline().decode("latin-1").split(" ", 2)
                headers = http.client.parse_headers(self.rfile)
                proxy.seen.append((method, target))
                if method == "CONNECT":
                    host, port = target.rsplit(":", 1)
                    with socket.create_connection((host, int(port))) as upstream:
                        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                        _relay(self.connection, upstream)
                    return
                url = http.client.urlsplit(target)
                body = self.rfile.read(int(headers.get("content-length", 0)))
                forwarded = {k: v for k, v in headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream_connection = http.client.HTTPConnection(url.hostname or "", url.port or 80, timeout=30)
                path = url.path + (f"?{url.query}" if url.query else "")
                upstream_connection.request(method, path, body=body, headers=forwarded)
                response = upstream_connection.getresponse()
                content = response.read()
                head = [f"HTTP/1.1 {response.status} {response.reason}"]
                head += [
                    f"{k}: {v}" for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP | {"content-length"}
                ]
                head += [f"Content-Length: {len(content)}", "Connection: close"]
                self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + content)
                upstream_connection.close()

        self.server = _Server(("127.0.0.1", 0), Handler)


class TLSFront(_Context):
    """Terminates TLS on 127.0.0.1 and relays the plain bytes to ``127.0.0.1:<target_port>``."""

    def __init__(self, target_port: int, certificate: Path, key: Path) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with (
                    context.wrap_socket(self.request, server_side=True) as tls,
                    socket.create_connection(("127.0.0.1", target_port)) as upstream,
                ):
                    _relay(tls, upstream)

        self.server = _Server(("127.0.0.1", 0), Handler)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for ``127.0.0.1`` (its own CA) and its key, as PEM files in ``folder``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
