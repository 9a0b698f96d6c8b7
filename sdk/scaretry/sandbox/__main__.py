"""``python -m scaretry.sandbox --port 8080``: the four providers on one loopback port."""

from __future__ import annotations

import argparse

from scaretry.sandbox._provider import SandboxSettings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scaretry.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--settle", type=float, default=0.3, help="seconds an asynchronous step takes")
    args = parser.parse_args(argv)
    try:
        import uvicorn

        from scaretry.sandbox._app import Sandbox, create_app
    except ImportError as exc:  # the sandbox extra is optional
        raise SystemExit(f"the sandbox needs its extra: pip install 'scaretry[sandbox]' ({exc})") from None
    app = create_app(Sandbox(SandboxSettings(settle_seconds=args.settle)))
    print(f"scaretry sandbox on http://{args.host}:{args.port}/{{antom,checkout,paymentsai,pxp}}")
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
