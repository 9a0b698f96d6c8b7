"""``python -m codegen {generate,check,validate}``.

- ``generate``: regenerate ``generated/`` from ``specs/`` (``make regen``).
- ``check``: regenerate into a temporary folder and fail, listing the files, if ``generated/`` differs.
- ``validate``: every spec is valid OpenAPI 3.1 and every example in it fits its schema.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from codegen._generate import PROVIDERS, ROOT, GenerationError, diff_trees, generate_to_temp
from codegen._validate import validate_spec


def _validate(specs: Path) -> int:
    failed = 0
    for provider in PROVIDERS:
        problems = validate_spec(specs / f"{provider}.yaml")
        for problem in problems:
            print(problem, file=sys.stderr)
        failed += bool(problems)
        print(f"{provider}.yaml: {'valid' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if failed else 0


def _generate(specs: Path, generated: Path) -> int:
    if _validate(specs):
        return 1
    with generate_to_temp(specs) as tmp:
        for provider in PROVIDERS:
            package = f"scaretry_{provider}"
            shutil.rmtree(generated / package, ignore_errors=True)
            shutil.copytree(Path(tmp) / package, generated / package)
            print(f"{package}: regenerated from {provider}.yaml")
    return 0


def _check(specs: Path, generated: Path) -> int:
    with generate_to_temp(specs) as tmp:
        problems = diff_trees(Path(tmp), generated)
    if problems:
        print(f"{generated} does not match {specs} (run `make regen` and commit the result):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"generated/ matches specs/ ({len(PROVIDERS)} packages)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("command", choices=["generate", "check", "validate"])
    parser.add_argument("--specs", type=Path, default=ROOT / "specs", help="folder of the specs (default specs/)")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated", help="default generated/")
    args = parser.parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.specs)
        if args.command == "generate":
            return _generate(args.specs, args.generated)
        return _check(args.specs, args.generated)
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
