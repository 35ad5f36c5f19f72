"""`make bench-suite`: how the test suite's wall time grows with the spec (issue 17).

Times ``make test`` (each tree's own Makefile, this virtualenv) three ways, one after the
other, never concurrently, and prints the ratios to the one-operation time, by wall clock
and by CPU (``--one-process``: every suite in one pytest process, the same runner for all):

- ``one-op``: the repository at the commit that still had the one-operation spec
  (``--baseline``, default a423e66), exported with ``git archive`` into a temporary folder;
- ``vendored``: this checkout as it is (the 37 vendored operations);
- ``synthetic``: a temporary copy of this checkout whose openapi.json holds the vendored
  operations plus ``--copies`` more copies of each under other path prefixes
  (``/copy1/...``, tagged ``Copy1`` ... so names stay unique; ~150 operations with the
  default 3), regenerated with ``scripts/generate.py generate``.

Every copy runs with this virtualenv and its own ``client/`` first on PYTHONPATH (ahead of
the editable install). Targets (issue 17): vendored <= 1.5x one-op, synthetic <= 2.5x
one-op. Not run by CI: it takes three whole suite runs. ``--skip-baseline SECONDS`` reuses
a one-op time measured earlier in the same sitting.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TARGETS = {"vendored": 1.5, "synthetic": 2.5}


def synthetic_spec(spec: dict[str, Any], copies: int) -> dict[str, Any]:
    """``spec`` plus ``copies`` copies of each operation under ``/copy<n>`` (tag
    ``Copy<n>``, operationIds suffixed), so every generated name stays unique."""
    out = copy.deepcopy(spec)
    for n in range(1, copies + 1):
        for path, item in spec["paths"].items():
            clone = copy.deepcopy(item)
            for method, op in clone.items():
                if method not in HTTP_METHODS:
                    continue
                op["tags"] = [f"Copy{n}"]
                if "operationId" in op:
                    op["operationId"] = f"{op['operationId']}Copy{n}"
            out["paths"][f"/copy{n}{path}"] = clone
    return out


def operation_count(spec: dict[str, Any]) -> int:
    return sum(1 for item in spec["paths"].values() for m in item if m in HTTP_METHODS)


def export_commit(commit: str, dest: Path) -> None:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit],  # noqa: S607
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)  # noqa: S607


def copy_checkout(dest: Path) -> None:
    """A clone of this checkout (its history: ``make check-api`` compares with the last
    release) with the tracked files as they are on disk copied over it."""
    subprocess.run(
        ["git", "clone", "--quiet", "--shared", str(ROOT), str(dest)],  # noqa: S607
        check=True,
    )
    files = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"],  # noqa: S607
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def link_tools(dest: Path) -> None:
    """Prism (installed by `make setup` in .tools/) for the copy's conformance test."""
    if (ROOT / ".tools").exists() and not (dest / ".tools").exists():
        (dest / ".tools").symlink_to(ROOT / ".tools")


def time_suite(where: Path, label: str, *, one_process: bool = False) -> tuple[float, float, str]:
    """``make test`` in ``where`` as its own Makefile runs it (this virtualenv): (wall
    seconds, CPU seconds of all its processes, pytest's summary line). The CPU time
    barely moves when other work shares the machine; the wall time does, so both are
    reported. ``one_process``: pytest in one process whatever the Makefile says (the
    same runner for every tree: what the suite costs, not how it is spread)."""
    env = {**os.environ, "PYTHONPATH": str(where / "client")}
    env.pop("COVERAGE_PROCESS_START", None)
    print(f"[{label}] running make test in {where} ...", flush=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    venv = Path(sys.executable).parent.parent
    proc = subprocess.run(
        [  # noqa: S607 - make from PATH, as a user runs it
            "make",
            # never `make setup` from a copy: it would point this virtualenv's editable
            # install at a temporary folder
            "-o",
            str(venv / ".setup-done"),
            "test",
            f"VENV={venv}",
            "PYTEST_ARGS=-q -p no:cacheprovider",
            *(["XDIST=-n 0"] if one_process else []),
        ],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = next(
        (line for line in reversed(proc.stdout.splitlines()) if re.search(r" in [0-9.]+s", line)),
        proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else proc.stderr[-300:],
    )
    print(f"[{label}] {elapsed:.0f} s wall, {cpu:.0f} s CPU: {summary}", flush=True)
    return elapsed, cpu, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="a423e66", help="commit with the one-op spec")
    parser.add_argument(
        "--skip-baseline",
        type=float,
        nargs=2,
        metavar=("WALL", "CPU"),
        help="one-op wall and CPU seconds measured earlier in the same sitting",
    )
    parser.add_argument("--copies", type=int, default=3, help="copies of each operation")
    parser.add_argument("--skip-vendored", action="store_true", help="only the synthetic run")
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="run every suite in one pytest process (XDIST='-n 0'): the cost, not the wall",
    )
    args = parser.parse_args(argv)

    spec = json.loads((ROOT / "openapi.json").read_text("utf-8"))
    rows: list[tuple[str, int, float, float, str]] = []
    with tempfile.TemporaryDirectory(prefix="suite-scaling-") as scratch:
        base = Path(scratch)
        if args.skip_baseline is None:
            one = base / "one-op"
            one.mkdir()
            export_commit(args.baseline, one)
            link_tools(one)
            one_spec = json.loads((one / "openapi.json").read_text("utf-8"))
            wall, cpu, summary = time_suite(one, "one-op", one_process=args.one_process)
            rows.append(("one-op", operation_count(one_spec), wall, cpu, summary))
        else:
            rows.append(("one-op", 1, *args.skip_baseline, "(given)"))
        if not args.skip_vendored:
            wall, cpu, summary = time_suite(ROOT, "vendored", one_process=args.one_process)
            rows.append(("vendored", operation_count(spec), wall, cpu, summary))
        big = base / "synthetic"
        big.mkdir()
        copy_checkout(big)
        link_tools(big)
        grown = synthetic_spec(spec, args.copies)
        (big / "openapi.json").write_text(json.dumps(grown, indent=2), "utf-8")
        generated = subprocess.run(
            [sys.executable, "scripts/generate.py", "generate"],
            cwd=big,
            capture_output=True,
            text=True,
            check=False,
        )
        if generated.returncode != 0:
            print(generated.stdout[-2000:], generated.stderr[-2000:], file=sys.stderr)
            return 2
        wall, cpu, summary = time_suite(big, "synthetic", one_process=args.one_process)
        rows.append(("synthetic", operation_count(grown), wall, cpu, summary))

    one_wall, one_cpu = rows[0][2], rows[0][3]
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| suite | operations | wall | wall ratio | CPU | CPU ratio | target | pytest |")
    print("|---|---|---|---|---|---|---|---|")
    missed = False
    for label, ops, wall, cpu, summary in rows:
        ratio = wall / one_wall
        target = TARGETS.get(label)
        missed |= target is not None and ratio > target
        shown = f"<= {target}x" if target else ""
        print(
            f"| {label} | {ops} | {wall:.0f} s | {ratio:.2f}x | {cpu:.0f} s | "
            f"{cpu / one_cpu:.2f}x | {shown} | {summary} |"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
