"""PDF benchmark (DESIGN.md §8: "PDFs for all villages … in seconds, not minutes").

    python benchmarks/reports_bench.py [--five-year DIR] [--repeat 3]

Times, on the 5-year demo, the blank checklists of all 23 villages and the report of one
visit (the newest approved one: the longest history behind it), each split into reading
the data (``services/report_data.py``) and drawing the PDFs (``reports/pdf``), then the
whole ``perut report`` command in a fresh process.

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

from build_demo import build_demo  # benchmarks/ is on sys.path when run as a script

from perut_desktop.db import Replica, open_replica
from perut_desktop.reports import documents
from perut_desktop.reports.pdf import build_checklist_form, build_visit_report
from perut_desktop.services import report_data, visits


def checklists_run(replica: Replica, out_dir: Path) -> tuple[float, float, int]:
    """(read, draw, pages) for the checklists of all villages."""
    t0 = time.perf_counter()
    with replica.begin() as s:
        forms = report_data.checklist_forms(s)
    t1 = time.perf_counter()
    pages = 0
    for facts in forms:
        out = out_dir / documents.checklist_filename(facts.village_code, facts.village_name)
        pages += build_checklist_form(documents.checklist_view(facts), out)
    return t1 - t0, time.perf_counter() - t1, pages


def visit_run(replica: Replica, visit_id: str, out: Path) -> tuple[float, float, int]:
    """(read, draw, pages) for one visit report."""
    t0 = time.perf_counter()
    with replica.begin() as s:
        facts = report_data.visit_report(s, visit_id, attachments_root=replica.data_dir / "attachments")
    t1 = time.perf_counter()
    pages = build_visit_report(documents.visit_view(facts), out)
    return t1 - t0, time.perf_counter() - t1, pages


def cli_run(data_dir: Path, *args: str) -> float:
    exe = Path(sys.executable).with_name("perut")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "--data-dir", str(data_dir), "report", *args], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, help="an existing 5-year demo replica (copied)")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-pdf-bench-") as tmp:
        work = Path(tmp)
        data_dir = work / "demo5"
        if args.five_year:
            shutil.copytree(args.five_year, data_dir)
        else:
            build_demo(data_dir)
        (work / "daftar").mkdir()
        (work / "daftar-cli").mkdir()
        replica = open_replica(data_dir)
        try:
            with replica.begin() as s:
                visit = visits.list_visits(s, status="disetujui")[0]
                total_visits = len(visits.list_visits(s))
            report = work / "laporan.pdf"
            checklists_run(replica, work / "daftar")  # warm-up: fonts, imports, page cache
            visit_run(replica, visit.id, report)
            c_read, c_draw, v_read, v_draw = [], [], [], []
            c_cli, v_cli = [], []
            c_pages = v_pages = 0
            for _ in range(args.repeat):
                r, d, c_pages = checklists_run(replica, work / "daftar")
                c_read.append(r)
                c_draw.append(d)
                r, d, v_pages = visit_run(replica, visit.id, report)
                v_read.append(r)
                v_draw.append(d)
                c_cli.append(cli_run(data_dir, "checklist", "--all", "--out", str(work / "daftar-cli")))
                v_cli.append(cli_run(data_dir, "visit", visit.id, "--out", str(work / "laporan-cli.pdf")))
        finally:
            replica.close()
        med = statistics.median
        print("| run on | Python | visits | checklists: files / pages | read | draw | "
              "`perut report checklist --all` | visit report: pages | read | draw | `perut report visit` |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        print(f"| {dt.date.today()} | {platform.python_version()} | {total_visits} | 23 / {c_pages} | "
              f"{med(c_read):.2f} s | {med(c_draw):.2f} s | {med(c_cli):.2f} s | {v_pages} | "
              f"{med(v_read):.2f} s | {med(v_draw):.2f} s | {med(v_cli):.2f} s |")
        print(f"\nvisit: {visit.id} ({visit.village_name}, {visit.visit_date}); "
              f"checklists {sum(f.stat().st_size for f in (work / 'daftar').iterdir()) / 1024:.0f} KB, "
              f"report {report.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
