"""``python -m tests.reliability trials …``: the fault trials from the command line (``make reliability``).

Prints the seed, every failing trial with its reproduction, the counts (trials, duplicates, lost,
wrong), what the merchant's recovery did, and which operations each kind of fault hit. Exits 1 if
any trial failed. ``--only N`` runs trial N alone (with ``--provider`` and ``--mode``): the line a
failing trial prints.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from tests.reliability.faults import Kind
from tests.reliability.operations import Operations
from tests.reliability.trials import MODES, PROVIDERS, Result, Workers, run_trials


def summary(results: list[Result], seconds: float) -> dict[str, object]:
    return {
        "trials": len(results),
        "duplicates": sum(1 for r in results if r.duplicate),
        "lost": sum(1 for r in results if r.lost),
        "wrong": sum(1 for r in results if r.wrong),
        "seconds": round(seconds, 1),
    }


def coverage(results: list[Result], providers: list[str]) -> list[str]:
    """Per provider: each operation its flows used, and how many attempts each fault kind hit there."""
    lines = []
    for provider in providers:
        hits: Counter[tuple[str, Kind]] = Counter()
        for result in results:
            if result.provider == provider:
                hits.update(result.faulted)
        used = sorted({op for op, _ in hits})
        lines.append(f"  {provider}: " + ", ".join(f"{op} {sum(hits[op, k] for k in Kind)}" for op in used))
        missing = [f"{op}/{kind}" for op in used for kind in Kind if hits[op, kind] == 0]
        if missing:
            lines.append(f"    not hit: {', '.join(missing)}")
        unused = sorted(set(Operations(provider, "").ids()) - set(used))
        if unused:
            lines.append(f"    operations no flow of this run used: {', '.join(unused)}")
    return lines


def trials(args: argparse.Namespace) -> int:
    providers = [args.provider] if args.provider else list(PROVIDERS)
    modes = [args.mode] if args.mode else list(MODES)
    print(f"fault trials: seed {args.seed}, {args.trials} per provider and mode, {args.workers} workers", flush=True)
    started = time.monotonic()
    done = Counter[str]()

    def progress(result: Result) -> None:
        done[result.provider] += 1
        if not result.ok:
            print(result.report(), flush=True)
        elif args.verbose:
            print(
                f"ok {result.provider}/{result.mode} {result.index} {result.scenario} [{result.plan}] → {result.final}"
            )

    with Workers(args.workers) as workers:
        results, baselines = run_trials(workers, args.seed, args.trials, providers, modes, args.only, progress)
    seconds = time.monotonic() - started
    for provider, known in baselines.items():
        for baseline in known.values():
            if baseline.problem:
                print(f"scenario left out: {provider}/{baseline.scenario}: {baseline.problem}")
    figures = summary(results, seconds)
    print("\nper provider and mode (trials / duplicates / lost / wrong):")
    for provider in providers:
        for mode in modes:
            mine = [r for r in results if r.provider == provider and r.mode == mode]
            part = summary(mine, 0)
            print(
                f"  {provider:10} {mode:5} {part['trials']:5} {part['duplicates']:4} {part['lost']:4} {part['wrong']:4}"
            )
    recovery: Counter[str] = Counter()
    for result in results:
        recovery.update(result.stats)
    print("\nwhat the merchant's recovery did:")
    for name, count in sorted(recovery.items()):
        print(f"  {name}: {count}")
    print("\nfaulted attempts per operation:")
    print("\n".join(coverage(results, providers)))
    print(f"\nseed {args.seed}: " + ", ".join(f"{k} {v}" for k, v in figures.items()), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({"seed": args.seed, **figures}, indent=2) + "\n")
    return 0 if all(r.ok for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("trials", help="randomised fault trials against the sandbox")
    run.add_argument(
        "--seed", type=int, default=int(os.environ.get("SCARETRY_RELIABILITY_SEED", time.time_ns() % 10**6))
    )
    run.add_argument("--trials", type=int, default=1000, help="per provider and mode")
    run.add_argument("--provider", choices=PROVIDERS)
    run.add_argument("--mode", choices=MODES)
    run.add_argument("--only", type=int, help="run this trial alone")
    run.add_argument("--workers", type=int, default=8)
    run.add_argument("--json", help="write the figures to this file")
    run.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    return trials(args)


if __name__ == "__main__":
    sys.exit(main())
