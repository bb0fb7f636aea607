"""Build the 5-year demo (DESIGN.md §8 reference data) and report its size and build time.

    python benchmarks/build_demo.py [--years 5] [--seed 1] [--today 2026-11-20] [--keep DIR]

Prints a Markdown table row; ``--keep`` leaves the replica for the other benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import tempfile
import time
from pathlib import Path

from perut_desktop.db import database_path, open_replica
from perut_desktop.services import demo, setup
from perut_desktop.services.overview import row_counts

#: The benchmarks' "today": every figure in benchmarks/README.md is for this demo.
TODAY = dt.date(2026, 11, 20)


def build_demo(folder: Path, years: int = 5, *, seed: int = 1, today: dt.date = TODAY) -> demo.DemoResult:
    """A master replica in ``folder`` with ``years`` of demo history, as ``perut init`` and
    ``perut demo`` make it (the other benchmarks build theirs with this too)."""
    setup.init_master(folder, kecamatan="Awayan")
    replica = open_replica(folder)
    try:
        return demo.generate(replica, years=years, seed=seed, today=today)
    finally:
        replica.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--years", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", type=dt.date.fromisoformat, default=TODAY)
    p.add_argument("--keep", type=Path)
    args = p.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="perut-bench-"))
    if folder.exists() and any(folder.iterdir()):
        raise SystemExit(f"{folder} is not empty")
    t0 = time.perf_counter()
    result = build_demo(folder, args.years, seed=args.seed, today=args.today)
    elapsed = time.perf_counter() - t0
    replica = open_replica(folder)
    try:
        with replica.begin() as s:
            counts = row_counts(s)
    finally:
        replica.close()
    total = sum(c["rows"] for c in counts.values())
    size_mb = database_path(folder).stat().st_size / 1_048_576
    print(f"| {dt.date.today()} | {platform.python_version()} | {args.years} | {result.visits} | {total} | "
          f"{size_mb:.1f} MB | {elapsed:.1f} s |")
    for table, c in counts.items():
        print(f"|   | {table} | {c['rows']} |")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
