"""``python -m tests.reliability …``: the instruments of ``make reliability`` from the command line.

- ``trials``: the fault trials. Prints the seed, every failing trial with its reproduction, the
  counts (trials, duplicates, lost, wrong), what the merchant's recovery did, and which operations
  each kind of fault hit. ``--only N`` runs trial N alone (with ``--provider`` and ``--mode``): the
  line a failing trial prints.
- ``schemathesis``: requests generated from the specs against the sandbox (5xx, hangs).
- ``all``: the trials, the fuzzer (``tests/fuzz`` at a large count) and Schemathesis, then the
  figures of the README's reliability table.

Each exits 1 if its instrument found a failure (``all``: if any did).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.reliability import schemathesis_run
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
    if hasattr(args, "json_figures"):
        names = {"trials": "fault trials", "seconds": "fault trials seconds"}
        args.json_figures.update({"seed": args.seed, **{names.get(k, k): v for k, v in figures.items()}})
    elif args.json:
        Path(args.json).write_text(json.dumps({"seed": args.seed, **figures}, indent=2) + "\n")
    return 0 if all(r.ok for r in results) else 1


def sandbox_fuzz(args: argparse.Namespace) -> dict[str, object]:
    findings = schemathesis_run.run(args.schemathesis_examples)
    print(
        f"\nschemathesis: {findings.requests} requests in {findings.seconds:.0f}s; statuses {dict(findings.statuses)}"
    )
    for line in findings.server_errors[:20] + findings.hangs[:20] + findings.dropped[:20]:
        print(f"  {line}")
    return {
        "schemathesis requests": findings.requests,
        "schemathesis 5xx": len(findings.server_errors),
        "schemathesis hangs": len(findings.hangs),
        "schemathesis dropped connections": len([d for d in findings.dropped if "not sendable" not in d]),
    }


def answers_fuzz(args: argparse.Namespace) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "fuzz.json"
        environment = {
            **os.environ,
            "SCARETRY_FUZZ_PROFILE": "reliability",
            "SCARETRY_FUZZ_EXAMPLES": str(args.fuzz_examples),
            "SCARETRY_FUZZ_REPORT": str(report),
        }
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/fuzz"]
        failed = subprocess.run(command, env=environment, check=False).returncode
        cases = json.loads(report.read_text()) if report.exists() else {}
    return {
        "fuzz cases": cases.get("cases", 0),
        "undocumented exceptions": cases.get("undocumented exceptions", 0),
        "false AUTHORIZED": cases.get("false AUTHORIZED", 0),
        "fuzz tests failed": failed != 0,
    }


def everything(args: argparse.Namespace) -> int:
    started = time.monotonic()
    figures: dict[str, object] = {}
    args.json_figures = figures
    trials_failed = trials(args)
    figures.update(answers_fuzz(args))
    figures.update(sandbox_fuzz(args))
    figures["minutes"] = round((time.monotonic() - started) / 60, 1)
    print("\n| figure | value |\n| --- | --- |")
    for name, value in figures.items():
        print(f"| {name} | {value} |")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    failed = figures["fuzz tests failed"] or figures["schemathesis 5xx"] or figures["schemathesis hangs"]
    return 1 if trials_failed or failed else 0


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
    run.add_argument("--fuzz-examples", type=int, default=4000, help="per fuzz test (all)")
    run.add_argument("--schemathesis-examples", type=int, default=500, help="per operation and mode")
    sandbox = commands.add_parser("schemathesis", help="requests generated from the specs against the sandbox")
    sandbox.add_argument("--schemathesis-examples", type=int, default=500, help="per operation and mode")
    commands.add_parser("all", parents=[run], add_help=False, help="trials, fuzzer and Schemathesis: the figures")
    args = parser.parse_args(argv)
    if args.command == "schemathesis":
        figures = sandbox_fuzz(args)
        return 1 if figures["schemathesis 5xx"] or figures["schemathesis hangs"] else 0
    if args.command == "all":
        return everything(args)
    return trials(args)


if __name__ == "__main__":
    sys.exit(main())
