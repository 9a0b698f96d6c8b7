"""The wheel as users get it: built once per session, installed in fresh virtualenvs.

Each venv is made without pip (fast) and filled by this environment's pip (``--python``), with
``constraints.txt`` so that the versions are the tested ones and the wheels come from pip's cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import attrs
import pytest

from codegen._generate import ROOT


@attrs.frozen
class Venv:
    """A virtualenv holding the scaretry wheel and what a test installed beside it."""

    path: Path

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    def run(
        self, *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``args[0]`` is a program of the venv (``python``, ``pytest``, ``mypy``); never raises on failure."""
        command = [str(self.bin / str(args[0])), *map(str, args[1:])]
        return subprocess.run(command, capture_output=True, text=True, env=env or clean_env(), cwd=cwd, check=False)


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without anything that would change how the venv behaves."""
    drop = {"PYTHONPATH", "VIRTUAL_ENV", "PYTEST_ADDOPTS", "PYTEST_PLUGINS", "MYPYPATH"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.lower().endswith("_proxy")}
    return env | extra


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy of what goes into it: an in-tree build would leave build/ behind, whose stale
    # modules setuptools would put in the next wheel.
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("sdk", "generated"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    _checked([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)])
    (built,) = out.glob("scaretry-*.whl")
    return built


def _checked(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}", pytrace=False)


def _venv(root: Path, *requirements: str) -> Venv:
    venv.EnvBuilder(with_pip=False).create(root)
    pip = [sys.executable, "-m", "pip", "--python", str(root / "bin" / "python"), "--disable-pip-version-check"]
    _checked([*pip, "install", "-q", "-c", str(ROOT / "constraints.txt"), *requirements])
    return Venv(root)


@pytest.fixture(scope="session")
def bare_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Venv:
    """scaretry without extras, and the tools a user may have beside it: pytest and mypy."""
    return _venv(tmp_path_factory.mktemp("bare"), str(wheel), "pytest", "mypy")


@pytest.fixture(scope="session")
def testing_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Venv:
    """``pip install 'scaretry[testing]'``."""
    return _venv(tmp_path_factory.mktemp("testing"), f"{wheel}[testing]")
