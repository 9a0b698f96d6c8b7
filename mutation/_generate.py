"""mutmut's generation step, run by :mod:`mutation._mutmut` inside a target's working folder.

Writes ``mutants.jsonl``: one line per mutant with mutmut's name for it, its file and its diff (the
lines ``mutmut show`` prints). The identity and the sample are computed from these before any test
runs, so only the sampled mutants are run. It uses mutmut's internals (the steps ``mutmut run``
begins with, and ``mutmut show``'s diff): their names are those of the version pinned in
constraints.txt. It imports nothing from the project, since it runs as a plain script.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import mutmut.__main__ as mutmut_cli
from mutmut.mutation.data import SourceFileMutationData
from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths, walk_mutatable_files


def link_folders(source: Path, copy: Path) -> None:
    """mutmut copies files, not a link to a folder (``sandbox/specs`` links to ``specs/``): link
    each such folder in the copy to what the original resolves to."""
    for root, folders, _ in os.walk(source):
        for name in folders:
            original = Path(root) / name
            if original.is_symlink():
                twin = copy / original.relative_to(source)
                twin.parent.mkdir(parents=True, exist_ok=True)
                twin.symlink_to(original.resolve(), target_is_directory=True)


def link_project(mutants: Path) -> None:
    """mutmut copies ``tests/`` into ``mutants/``, so a test that finds the project from its own
    path (``Path(__file__).parents[2] / "generated"``) looks in ``mutants/``: link there the
    project's other top-level folders and files (``src`` links to the project's ``sdk``)."""
    project = Path("src").resolve().parent
    for original in project.iterdir():
        twin = mutants / original.name
        if original.name.startswith(".") or original.suffix == ".egg-info" or original.name in {"sdk", "build"}:
            continue
        if not twin.exists():
            twin.symlink_to(original, target_is_directory=original.is_dir())


def main(out: Path, processes: int) -> None:
    Path("mutants").mkdir(exist_ok=True)
    copy_src_dir()
    link_folders(Path("src"), Path("mutants") / "src")
    copy_also_copy_files()
    link_project(Path("mutants"))
    setup_source_paths()
    mutmut_cli.create_mutants(processes)
    with out.open("w", encoding="utf-8") as lines:
        for path in sorted(walk_mutatable_files()):
            data = SourceFileMutationData(path=path)
            data.load()
            for name in data.exit_code_by_key:
                diff = get_diff_for_mutant(name, path=path)
                lines.write(json.dumps({"name": name, "path": str(path), "diff": diff}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
