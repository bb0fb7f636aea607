"""Excel recap benchmark (DESIGN.md §8: "Excel recap of 5 years … in seconds, not minutes").

    python benchmarks/excel_bench.py [--five-year DIR] [--repeat 3]

Times the recap of all years of the 5-year demo, as ``perut export excel`` makes it:
gathering the data (the set-based queries of ``services/recap.py``) and writing the
streamed workbook (``reports/excel.py``), then the whole command in a fresh process.

``--five-year`` names an existing 5-year demo replica (``build_demo.py --keep DIR``; it is
copied, never changed); without it the script builds one (about two minutes). Prints
Markdown rows; nothing is written outside a temp folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_demo import TODAY, build_demo  # benchmarks/ is on sys.path when run as a script

from perut_desktop.db import open_replica
from perut_desktop.reports import excel
from perut_desktop.services import recap


def one_run(data_dir: Path, out: Path) -> tuple[float, float, recap.Recap]:
    replica = open_replica(data_dir)
    try:
        t0 = time.perf_counter()
        with replica.begin() as s:
            data = recap.build_recap(s, recap.resolve_period(s, date_to=TODAY))
        t1 = time.perf_counter()
    finally:
        replica.close()
    excel.write_recap(data, out)
    return t1 - t0, time.perf_counter() - t1, data


def cli_run(data_dir: Path, out: Path) -> float:
    exe = Path(sys.executable).with_name("perut")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--data-dir", str(data_dir), "export", "excel", "--out", str(out), "--to",
                    TODAY.isoformat()], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, help="an existing 5-year demo replica (copied)")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-excel-bench-") as tmp:
        work = Path(tmp)
        data_dir = work / "demo5"
        if args.five_year:
            shutil.copytree(args.five_year, data_dir)
        else:
            build_demo(data_dir)
        out = work / "rekap.xlsx"
        one_run(data_dir, out)  # warm-up: schema check, imports, page cache
        gather, write, cli = [], [], []
        data = None
        for _ in range(args.repeat):
            g, w, data = one_run(data_dir, out)
            gather.append(g)
            write.append(w)
            cli.append(cli_run(data_dir, work / "rekap-cli.xlsx"))
        assert data is not None
        size_kb = out.stat().st_size / 1024
        print("| run on | Python | visits | open follow-ups | officials | findings | months | file | "
              "gather data | write workbook | `perut export excel` |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        print(f"| {dt.date.today()} | {platform.python_version()} | {len(data.visits.rows)} | "
              f"{len(data.follow_ups)} | {len(data.officials)} | {len(data.findings)} | "
              f"{len(data.coverage.months)} | {size_kb:.0f} KB | {statistics.median(gather):.2f} s | "
              f"{statistics.median(write):.2f} s | {statistics.median(cli):.2f} s |")


if __name__ == "__main__":
    main()
