"""Run openapi-python-client over every spec, with our configs and templates."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = [
    "PROVIDERS",
    "ROOT",
    "GenerationError",
    "diff_trees",
    "generate_all",
    "generate_one",
    "generate_to_temp",
]

ROOT = Path(__file__).resolve().parent.parent
PROVIDERS = ("antom", "checkout", "paymentsai", "pxp")
_HERE = Path(__file__).resolve().parent


class GenerationError(Exception):
    """The generator rejected a spec, or warned that it skipped part of it."""


def _env() -> dict[str, str]:
    # The post hooks call `ruff`; make it the pinned one from this environment, whatever PATH says.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate_one(provider: str, output: Path, specs: Path = ROOT / "specs") -> None:
    """Generate ``scaretry_<provider>`` from ``<specs>/<provider>.yaml`` into ``output`` (replaced)."""
    spec = specs / f"{provider}.yaml"
    if output.exists():
        shutil.rmtree(output)
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--config",
        str(_HERE / "config" / f"{provider}.yaml"),
        "--custom-template-path",
        str(_HERE / "templates"),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=ROOT, check=False)  # noqa: S603
    text = (done.stdout + done.stderr).strip()
    # A warning means an endpoint or a model was skipped: the client would silently lack it.
    if done.returncode != 0 or "encountered" in text or not output.is_dir():
        lines = [line for line in text.splitlines() if line.strip() and "Generating" not in line]
        raise GenerationError(f"{spec}: openapi-python-client refused it:\n  " + "\n  ".join(lines))
    # `--meta none` writes the bare package, without the PEP 561 marker: without it, mypy treats the
    # package as untyped for anyone who installed it (an `import-untyped` error in their code).
    (output / "py.typed").touch()


def generate_all(target: Path, specs: Path = ROOT / "specs") -> None:
    """Generate every provider's package under ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for provider in PROVIDERS:
        generate_one(provider, target / f"scaretry_{provider}", specs)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ, are missing, or are extra in ``actual`` compared with ``expected``."""

    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    want, have = files(expected), files(actual)
    out = [f"missing: {p}" for p in sorted(want - have)]
    out += [f"extra: {p}" for p in sorted(have - want)]
    out += [f"differs: {p}" for p in sorted(want & have) if not filecmp.cmp(expected / p, actual / p, shallow=False)]
    return out


def generate_to_temp(specs: Path = ROOT / "specs") -> tempfile.TemporaryDirectory[str]:
    tmp = tempfile.TemporaryDirectory(prefix="scaretry-regen-")
    try:
        generate_all(Path(tmp.name), specs)
    except BaseException:
        tmp.cleanup()
        raise
    return tmp
