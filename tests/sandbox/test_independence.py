"""The sandbox is the oracle the facade is tested against: it never imports facade code, and it
says what to install when its extra is missing."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import scaretry.sandbox

SANDBOX = Path(scaretry.sandbox.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(SANDBOX.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (relative imports resolved), with its line."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    return _imports_in(path.read_text(encoding="utf-8"), package)


def _imports_in(source: str, package: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found += [(node.lineno, f"{base}.{alias.name}" if base else alias.name) for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.JoinedStr):
                first = first.values[0] if first.values else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value))
    return found


def _facade(module: str) -> bool:
    return (module == "scaretry" or module.startswith("scaretry.")) and not (
        module == "scaretry.sandbox" or module.startswith("scaretry.sandbox.")
    )


MODULES = sorted(SANDBOX.rglob("*.py"))


def test_the_walk_sees_every_sandbox_module_and_its_imports() -> None:
    assert len(MODULES) > 30
    imported = {module for path in MODULES for _, module in _imported(path)}
    assert "scaretry.sandbox._provider.ProviderApp" in imported  # absolute imports are seen
    assert "scaretry.sandbox.providers." in imported  # so is the provider loader's import_module
    assert not _facade("scaretry.sandbox._cards.luhn_ok")


@pytest.mark.parametrize(
    "source",
    [
        "import scaretry",
        "from scaretry import _currency",
        "from scaretry._request import luhn_ok",
        "from .... import _outcome",  # relative, from scaretry.sandbox.providers.pxp
        "import importlib\nimportlib.import_module(f'scaretry.providers.{name}')",
    ],
)
def test_an_import_of_facade_code_is_caught(source: str) -> None:
    assert any(_facade(module) for _, module in _imports_in(source, "scaretry.sandbox.providers.pxp"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SANDBOX)))
def test_no_sandbox_module_imports_facade_code(path: Path) -> None:
    offending = [f"line {line}: {module}" for line, module in _imported(path) if _facade(module)]
    assert offending == [], f"{path.relative_to(SANDBOX)} imports facade code"


@pytest.fixture
def without_starlette(tmp_path: Path) -> dict[str, str]:
    """An environment in which ``import starlette`` fails as it does when it is not installed."""
    shadow = tmp_path / "starlette"
    shadow.mkdir()
    (shadow / "__init__.py").write_text(
        'raise ModuleNotFoundError("No module named \'starlette\'", name="starlette")\n'
    )
    return {"PYTHONPATH": str(tmp_path), "PATH": ""}


def test_a_missing_extra_names_what_to_install(without_starlette: dict[str, str]) -> None:
    imported = subprocess.run(
        [sys.executable, "-c", "import scaretry.sandbox"], env=without_starlette, capture_output=True, text=True
    )
    assert imported.returncode == 1
    assert imported.stderr.strip().splitlines()[-1] == (
        "ModuleNotFoundError: scaretry.sandbox needs starlette, which is not installed: "
        "pip install 'scaretry[sandbox]' (or 'scaretry[testing]', which includes it)"
    )
    served = subprocess.run(
        [sys.executable, "-m", "scaretry.sandbox"], env=without_starlette, capture_output=True, text=True
    )
    assert served.returncode == 1
    assert served.stderr.startswith("scaretry.sandbox needs starlette")
    assert "Traceback" not in served.stderr
