"""Start-up of the ``perut`` command: ``--version``, ``--help`` and a sub-command's help, each
in a fresh process, against a bare ``python -c pass`` taken in the same run.

    python benchmarks/cli_bench.py [--against CHECKOUT] [--repeat 15]

``--against`` names another checkout (e.g. ``git worktree add /tmp/old REV``) whose
``perut_desktop`` is timed in the same run, so the two are measured side by side. Prints
Markdown rows: best and median of the repeats.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (["--version"], ["--help"], ["sync", "import", "--help"])


def _times(cmd: list[str], env: dict[str, str], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="another checkout to time in the same run")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    trees = [("this checkout", ROOT)] + ([(f"{args.against}", args.against.resolve())] if args.against else [])
    bare = _times([sys.executable, "-c", "pass"], dict(os.environ), args.repeat)
    print("| run on | tree | command | best | median |")
    print("|---|---|---|---|---|")
    today = dt.date.today().isoformat()
    print(f"| {today} | (bare `python -c pass`) | | {min(bare) * 1000:.0f} ms | {statistics.median(bare) * 1000:.0f} ms |")
    for label, tree in trees:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        for command in COMMANDS:
            t = _times([sys.executable, "-m", "perut_desktop.cli", *command], env, args.repeat)
            print(f"| {today} | {label} | `perut {' '.join(command)}` | {min(t) * 1000:.0f} ms | "
                  f"{statistics.median(t) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
