"""The ```python blocks of the README and ``docs/``, as the tests run them.

A block that is deliberately not runnable says so on the line just above its fence, with the
reason: ``<!-- not-run: needs a real PXP terminal -->``. Such marks should be rare: every other
block runs against the sandbox.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import attrs

__all__ = ["CodeBlock", "code_blocks"]

_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")
_NOT_RUN = re.compile(r"^<!--\s*not-run:\s*(.+?)\s*-->$")


@attrs.frozen
class CodeBlock:
    path: Path
    line: int  # of the opening fence, 1-based
    source: str
    not_run: str | None  # the reason, when the Markdown marks the block as not runnable

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}"


def _blocks_in(path: Path) -> Iterator[CodeBlock]:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, language = opening.groups()
        end = next((i for i in range(index + 1, len(lines)) if lines[i].startswith(fence)), len(lines))
        if language == "python":
            mark = _NOT_RUN.match(lines[index - 1].strip()) if index else None
            reason = mark.group(1) if mark else None
            yield CodeBlock(path, index + 1, "\n".join(lines[index + 1 : end]) + "\n", reason)
        index = end + 1


def code_blocks(root: Path) -> list[CodeBlock]:
    """Every ```python block of ``root/README.md`` and ``root/docs/**/*.md``, in file order."""
    paths = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    return [block for path in paths for block in _blocks_in(path)]
