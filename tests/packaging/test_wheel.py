"""A built wheel carries the facade, the four generated clients, the specs the sandbox validates
against, the decline tables and ``py.typed`` in every package: an installed scaretry needs nothing
from this repo."""

from __future__ import annotations

import zipfile
from pathlib import Path

from codegen._generate import PROVIDERS


def test_wheel_contains_generated_clients_specs_and_tables(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "scaretry/py.typed" in names
    assert "scaretry/testing/plugin.py" in names
    for provider in PROVIDERS:
        assert f"scaretry_{provider}/client.py" in names
        assert f"scaretry_{provider}/py.typed" in names  # else mypy calls the package untyped
        assert f"scaretry_{provider}/errors.py" in names
        assert f"scaretry/sandbox/specs/{provider}.yaml" in names
        assert f"scaretry/sandbox/providers/{provider}/__init__.py" in names
        # a provider's adapter is a module or a package of modules
        assert {f"scaretry/providers/{provider}.py", f"scaretry/providers/{provider}/__init__.py"} & names
        assert f"scaretry/data/{provider}.json" in names
    assert not any(name.startswith(("tests/", "codegen/", "specs/")) for name in names)


def test_wheel_metadata_declares_ranges_and_no_dev_extra(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode().splitlines()
    requires = [line for line in lines if line.startswith("Requires-Dist:")]
    assert any(line.startswith("Requires-Dist: anyio") for line in requires)
    pinned = [line for line in requires if "==" in line.split(";")[0]]
    assert not pinned, "exact pins make scaretry uninstallable beside anything else"
    assert "Provides-Extra: dev" not in lines
