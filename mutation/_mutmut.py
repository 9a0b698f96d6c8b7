"""Running mutmut for one target, in a working folder of its own under ``build/mutation/``.

mutmut reads its configuration from the ``pyproject.toml`` of the folder it runs in, and copies the
source it mutates to ``mutants/`` there. Each target gets a fresh folder: ``src`` and ``tests`` link
to the project's, and ``pyproject.toml`` is the project's own (so pytest runs with the same
options) with a ``[tool.mutmut]`` table for that target. A fresh folder also means nothing is
cached from an earlier run: every mutant selected is tested every time.

mutmut first runs the target's tests once to learn which tests execute which function; each mutant
then runs only the tests that execute the function it mutates.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from mutmut.stats import status_by_exit_code

from mutation._config import Target
from mutation._identity import Mutant, identify

__all__ = ["KILLED", "ROOT", "SURVIVED", "WORK", "MutmutFailed", "generate", "prepare", "run"]

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "mutation"

#: mutmut's verdicts, as this runner counts them. A timeout or a crash is a kill: the tests did not
#: pass. "no tests" is a survivor: no selected test even executes the mutated function.
KILLED = frozenset({"killed", "timeout", "segfault"})
SURVIVED = frozenset({"survived", "no tests"})


class MutmutFailed(RuntimeError):
    """mutmut could not run a target (its tests fail unmutated, or none executes the module)."""


def _mutmut_section(target: Target) -> str:
    # JSON string arrays are valid TOML arrays of basic strings.
    return "\n".join(
        [
            "",
            "[tool.mutmut]",
            'source_paths = ["src"]',
            f"only_mutate = {json.dumps(['src/' + glob for glob in target.mutate])}",
            f"pytest_add_cli_args_test_selection = {json.dumps(list(target.tests))}",
            'pytest_add_cli_args = ["-p", "mutation._fast_first"]',
            "use_git_change_detection = false",
            "",
        ]
    )


def prepare(target: Target) -> Path:
    """A fresh working folder for ``target``."""
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if "mutmut" in tomllib.loads(project).get("tool", {}):
        raise SystemExit("pyproject.toml has a [tool.mutmut] table: the targets belong in mutation/targets.toml")
    folder = WORK / target.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "src").symlink_to(ROOT / "sdk", target_is_directory=True)
    (folder / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
    (folder / "pyproject.toml").write_text(project + _mutmut_section(target), encoding="utf-8")
    return folder


def _call(folder: Path, command: list[str], log: str) -> None:
    with (folder / log).open("w", encoding="utf-8") as out:
        done = subprocess.run(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    if done.returncode != 0:
        tail = (folder / log).read_text(encoding="utf-8", errors="replace").replace("\r", "\n").splitlines()[-25:]
        raise MutmutFailed(f"{' '.join(command[:3])} failed in {folder} (exit {done.returncode}):\n" + "\n".join(tail))


def generate(folder: Path, processes: int) -> list[Mutant]:
    """Every mutant of the target, identified, in source order."""
    listing = folder / "mutants.jsonl"
    _call(
        folder,
        [sys.executable, str(Path(__file__).with_name("_generate.py")), str(listing), str(processes)],
        "generate.log",
    )
    rows = [json.loads(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    if not rows:  # a glob left behind by a move would otherwise pass with nothing tested
        raise MutmutFailed(f"no mutant in {folder.name}'s mutate globs: does the code still live there?")
    return identify((row["name"], row["path"], row["diff"]) for row in rows)


def run(folder: Path, mutants: list[Mutant], processes: int) -> dict[Mutant, str]:
    """mutmut's verdict on each of ``mutants``."""
    if not mutants:
        return {}
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    _call(folder, [mutmut, "run", "--max-children", str(processes), *(m.name for m in mutants)], "run.log")
    codes: dict[str, int | None] = {}
    for path in {m.path for m in mutants}:
        meta = json.loads((folder / "mutants" / f"{path}.meta").read_text(encoding="utf-8"))
        codes |= meta["exit_code_by_key"]
    verdicts = {m: status_by_exit_code[codes.get(m.name)] for m in mutants}
    broken = {m.id: v for m, v in verdicts.items() if v not in KILLED | SURVIVED}
    if broken:
        raise MutmutFailed(f"mutmut could not judge {len(broken)} mutant(s) (see {folder / 'run.log'}): {broken}")
    return verdicts
