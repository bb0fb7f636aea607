"""Time the schema upgrade of a 5-year replica, as next year's program does it at open.

    python benchmarks/upgrade_bench.py [--five-year DIR] [--repeat 3]

The 5-year demo (``build_demo.py``; ``--five-year`` reuses one kept with ``--keep``) is
copied and taken back one migration (to the schema the previous release left); then
``open_replica`` is timed on the copy: the copy of the database into ``backups/`` and the
migration, each measured, against opening the same replica when it is already current (the
floor). Medians of ``--repeat`` runs. Prints Markdown rows for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from perut_desktop import db

from build_demo import build_demo  # benchmarks/ is on sys.path when run as a script


def _one_back(folder: Path) -> str:
    previous = ScriptDirectory.from_config(db.alembic_config()).get_revision(db.SCHEMA_REVISION).down_revision
    engine = create_engine(db.database_url(folder))
    with engine.begin() as conn:
        cfg = db.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, str(previous))
    engine.dispose()
    return str(previous)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--five-year", type=Path)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="perut-upgrade-"))
    try:
        source = args.five_year
        if source is None:
            source = work / "five-year"
            build_demo(source, 5)
        old = work / "old"
        shutil.copytree(source, old)
        previous = _one_back(old)
        size_mb = db.database_path(old).stat().st_size / 1_048_576
        upgrade, backup, floor = [], [], []
        for n in range(args.repeat):
            copy = work / f"run-{n}"
            shutil.copytree(old, copy)
            engine = db.create_db_engine(db.database_url(copy))
            t0 = time.perf_counter()
            db.backup_database(engine, work / f"copy-{n}.sqlite")
            backup.append(time.perf_counter() - t0)
            engine.dispose()
            t0 = time.perf_counter()
            replica = db.open_replica(copy)
            upgrade.append(time.perf_counter() - t0)
            assert replica.upgraded is not None and replica.upgraded.backup is not None
            replica.close()
            t0 = time.perf_counter()
            db.open_replica(copy).close()
            floor.append(time.perf_counter() - t0)
            shutil.rmtree(copy)
        print("| run on | Python | database | upgrade | open (copy + migrate) | of which the copy | open when current |")
        print("|---|---|---|---|---|---|---|")
        print(f"| {dt.date.today()} | {platform.python_version()} | {size_mb:.1f} MB | {previous} → "
              f"{db.SCHEMA_REVISION} | {statistics.median(upgrade):.2f} s | {statistics.median(backup):.2f} s | "
              f"{statistics.median(floor):.3f} s |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
