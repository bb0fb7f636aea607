"""The full import through ``perut sync import`` against the plain floor (DESIGN.md §8).

    python benchmarks/sync_cli_bench.py --five-year DIR [--repeat 5]

``DIR`` is the 5-year demo (``build_demo.py --keep DIR``; copied, never changed). The
master enrols a laptop whose replica is empty; the master's full bundle to it is written
once. Measured, best of ``--repeat``:

* the **plain floor**: ``INSERT … SELECT`` of every replicated row of the demo into an empty
  database of the same schema with its indexes (made by the migrations), one transaction,
  SQLite's default pragmas (no WAL, no foreign keys) — what a new user would take as the
  floor; the floor of ``sync_bench.py`` runs with WAL, ``synchronous=NORMAL`` and foreign
  keys on, as the replica does;
* the same statement with WAL and ``synchronous=NORMAL``, and with foreign keys on as well
  (the replica's pragmas): what the floor's own work costs where the import has to do it;
* ``perut sync import FILE`` on a fresh copy of the empty laptop replica, as a process;
* ``perut stats`` on another fresh copy (process start-up, opening the replica and a
  query): the import's net time is the difference.

Prints Markdown table rows for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from perut_desktop import db
from perut_desktop.models import REPLICATED_MODELS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_bench import full_bundle_for_new_laptop  # noqa: E402

#: The floor's pragmas: SQLite's defaults (the plain floor), and the same statement under the
#: replica's own settings (``db.py``: WAL, ``synchronous=NORMAL``, foreign keys), which the
#: import cannot leave. With foreign keys on, SQLite no longer copies records whole (its
#: transfer optimisation) but inserts them column by column, checking each parent.
FLOOR_PRAGMAS = {
    "plain": ("PRAGMA journal_mode=DELETE",),
    "wal": ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"),
    "replica": ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"),
}


def plain_floor_seconds(source: Path, work: Path, pragmas: str = "plain") -> tuple[float, float, int]:
    target = work / "plain-floor.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    engine_ = db.create_db_engine(f"sqlite:///{target}")
    db.upgrade_schema(engine_)
    engine_.dispose()
    con = sqlite3.connect(target, isolation_level=None)
    for pragma in FLOOR_PRAGMAS[pragmas]:
        con.execute(pragma)
    con.execute("ATTACH DATABASE ? AS src", (str(source),))
    rows = 0
    t0, c0 = time.perf_counter(), time.process_time()
    con.execute("BEGIN")
    for m in REPLICATED_MODELS:
        name = m.__tablename__  # type: ignore[attr-defined]
        rows += con.execute(f'INSERT INTO main."{name}" SELECT * FROM src."{name}"').rowcount
    con.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    con.close()
    return elapsed, cpu, rows


def perut(data_dir: Path, *args: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one ``perut`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "perut"), "--data-dir", str(data_dir), *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, required=True)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-cli-bench-") as tmp:
        work = Path(tmp)
        field_template, _device, out = full_bundle_for_new_laptop(args.five_year, work)
        source = db.database_path(args.five_year)
        floors = [plain_floor_seconds(source, work) for _ in range(args.repeat)]
        rows = floors[0][2]
        others = {name: [plain_floor_seconds(source, work, name) for _ in range(args.repeat)]
                  for name in ("wal", "replica")}
        imports, stats = [], []
        for n in range(args.repeat):
            a, b = work / f"imp-{n}", work / f"stats-{n}"
            shutil.copytree(field_template, a)
            shutil.copytree(field_template, b)
            stats.append(perut(b, "stats"))
            imports.append(perut(a, "sync", "import", str(out)))
            shutil.rmtree(a)
            shutil.rmtree(b)
        today = dt.date.today()
        size = out.stat().st_size / 1e6
        for k, clock in ((0, "wall"), (1, "CPU")):
            floor = min(f[k] for f in floors)
            imp, st = min(i[k] for i in imports), min(x[k] for x in stats)
            net = imp - st
            print(f"| {today} | plain floor ({clock}): `INSERT … SELECT`, default pragmas | {rows:,} | "
                  f"{floor:.3f} | 1.0 | |")
            for name, label in (("wal", "WAL and `synchronous=NORMAL`"),
                                ("replica", "the replica's pragmas (WAL, `synchronous=NORMAL`, foreign keys)")):
                other = min(f[k] for f in others[name])
                print(f"| {today} | the same `INSERT … SELECT` with {label} ({clock}) | {rows:,} | {other:.3f} | "
                      f"{other / floor:.2f} × floor | |")
            print(f"| {today} | `perut stats` on the empty laptop replica ({clock}) | | {st:.3f} | | |")
            print(f"| {today} | `perut sync import` of the full bundle, {size:.1f} MB ({clock}) | {rows:,} | "
                  f"{imp:.3f} | | |")
            print(f"| {today} | **full import, net of start-up** ({clock}) | {rows:,} | {net:.3f} | "
                  f"{net / floor:.2f} × floor | ≤ 3 |")


if __name__ == "__main__":
    main()
