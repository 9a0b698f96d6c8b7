"""The command line of ``make mutation`` (see :mod:`mutation`)."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Mapping

import attrs

from mutation._baseline import Comparison, Entry, compare, entry_text, read
from mutation._config import Target, load
from mutation._identity import sample
from mutation._mutmut import KILLED, ROOT, SURVIVED, WORK, MutmutFailed, generate, prepare, run

CONFIG = ROOT / "mutation" / "targets.toml"
BASELINE = ROOT / "mutation-baseline"


@attrs.frozen
class Row:
    target: Target
    generated: int
    run: int
    killed: int
    seconds: float
    comparison: Comparison

    @property
    def score(self) -> float:
        return self.killed / self.run if self.run else 1.0

    @property
    def ok(self) -> bool:
        return self.comparison.ok and self.score >= self.target.min_score

    def markdown(self) -> str:
        sampled = f" (sampled from {self.generated:,})" if self.run < self.generated else " (all)"
        return (
            f"| `{self.target.name}` | {self.run}{sampled} | {self.killed} | {self.score:.0%} | {self.seconds:.0f} s |"
        )


def _run_target(target: Target, seed: str, processes: int, baseline: Mapping[str, Entry]) -> Row:
    started = time.monotonic()
    folder = prepare(target)
    generated = generate(folder, processes)
    selected = sample(generated, target.sample, seed)
    verdicts = run(folder, selected, processes)
    alive = {m: verdict in SURVIVED for m, verdict in verdicts.items()}
    comparison = compare(generated, alive, baseline)
    killed = sum(verdict in KILLED for verdict in verdicts.values())
    return Row(target, len(generated), len(selected), killed, time.monotonic() - started, comparison)


def _report(row: Row) -> list[str]:
    lines = [f"{row.target.name}: {row.killed}/{row.run} killed ({row.score:.0%}), {row.seconds:.0f} s"]
    comparison = row.comparison
    if row.score < row.target.min_score:
        lines.append(f"  FAIL: below the target's min_score of {row.target.min_score:.0%}")
    for mutant in comparison.new:
        lines.append(f"  NEW SURVIVOR {mutant.id} ({mutant.name})")
        lines += [f"      {line}" for line in mutant.change]
    lines += [f"  now killed, delete its baseline entry: {entry.id}" for entry in comparison.now_killed]
    lines += [f"  stale baseline entry (no such mutant any more): {entry.id}" for entry in comparison.stale]
    if comparison.kept:
        lines.append(f"  {len(comparison.kept)} survivor(s) listed in the baseline")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation", description=__doc__)
    parser.add_argument("targets", nargs="*", help="targets of mutation/targets.toml (default: the default ones)")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2, help="parallel mutants")
    args = parser.parse_args(argv)
    settings = load(CONFIG)
    baseline = read(BASELINE)  # a malformed baseline fails before anything runs
    rows = []
    broken = []
    for target in settings.chosen(args.targets):
        try:
            row = _run_target(target, settings.seed, args.max_children, baseline)
        except MutmutFailed as exc:
            print(f"{target.name}: FAILED TO RUN\n{exc}", flush=True)
            broken.append(target.name)
            continue
        print("\n".join(_report(row)), flush=True)
        rows.append(row)
    table = [
        "| module | mutants run | killed | score | time |",
        "|---|---|---|---|---|",
        *(row.markdown() for row in rows),
    ]
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "summary.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    new = [mutant for row in rows for mutant in row.comparison.new]
    (WORK / "new-survivors.txt").unlink(missing_ok=True)
    if new:
        (WORK / "new-survivors.txt").write_text("\n".join(entry_text(m) for m in new) + "\n", encoding="utf-8")
    print("\n" + "\n".join(table))
    failed = broken + [row.target.name for row in rows if not row.ok]
    if failed:
        print(f"\nmutation: FAILED ({', '.join(failed)})", end="")
        print(f"; new survivors' entries are in {WORK / 'new-survivors.txt'}" if new else "")
        return 1
    print("\nmutation: every survivor is in the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
