"""A built wheel carries the facade, the four generated clients, the specs the sandbox validates
against, the decline tables and ``py.typed``: an installed scaretry needs nothing from this repo."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from codegen._generate import PROVIDERS, ROOT


def test_wheel_contains_generated_clients_specs_and_tables(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("scaretry-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "scaretry/py.typed" in names
    assert "scaretry/testing/plugin.py" in names
    for provider in PROVIDERS:
        assert f"scaretry_{provider}/client.py" in names
        assert f"scaretry_{provider}/errors.py" in names
        assert f"scaretry/sandbox/specs/{provider}.yaml" in names
        assert f"scaretry/sandbox/providers/{provider}.py" in names
        assert f"scaretry/providers/{provider}.py" in names
        assert f"scaretry/data/{provider}.json" in names
    assert not any(name.startswith(("tests/", "codegen/", "specs/")) for name in names)
