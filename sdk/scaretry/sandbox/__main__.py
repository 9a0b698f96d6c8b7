"""``python -m scaretry.sandbox --port 8080``: the four providers on one loopback port, each at the
paths of its real API."""

from __future__ import annotations

import argparse
import atexit

import uvicorn

from scaretry.sandbox._app import create_app
from scaretry.sandbox._provider import SandboxSettings
from scaretry.sandbox._sandbox import PROVIDERS, Sandbox, provider_class
from scaretry.sandbox._tls import TLSListener


def base_urls(root: str) -> dict[str, str]:
    """Provider → the base URL a client configured with only the sandbox's host uses."""
    return {name: root + provider_class(name).server_paths[0] for name in PROVIDERS}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scaretry.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--settle", type=float, default=0.3, help="seconds an asynchronous step takes")
    parser.add_argument(
        "--tls-port",
        type=int,
        default=None,
        help="also serve HTTPS on this port of a free loopback address (443 for Antom's official SDK, "
        "which speaks only TLS to port 443), with a CA made for this run",
    )
    args = parser.parse_args(argv)
    app = create_app(Sandbox(SandboxSettings(settle_seconds=args.settle)))
    root = f"http://{args.host}:{args.port}"
    print(f"scaretry sandbox on {root} (admin API: {root}/_sandbox)", flush=True)
    for name, url in base_urls(root).items():
        print(f"  {name:<11} {url}", flush=True)
    if args.tls_port is not None:
        tls = TLSListener(app, args.tls_port).start()
        atexit.register(tls.stop)
        print(f"and over HTTPS on {tls.url} (trust its CA: SSL_CERT_FILE={tls.ca_file})", flush=True)
        for name, url in base_urls(tls.url).items():
            print(f"  {name:<11} {url}", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
