"""Where the full import's time goes, inside the process (DESIGN.md §8).

    python benchmarks/sync_import_profile.py --five-year DIR [--repeat 3] [--top 12]

``DIR`` is the 5-year demo (copied, never changed). As ``sync_cli_bench.py``: the master
enrols a laptop whose replica is empty and writes its full bundle once; then, ``--repeat``
times, ``bundle.import_bundle`` of that file into a fresh copy of the empty laptop. Printed
for the run with the least CPU: the import's CPU seconds, the SQL statements' CPU seconds
grouped by statement (table names folded, timed through SQLAlchemy's cursor events), and
the merge's inserts apart from the other statements. CPU time (``time.process_time``) is
the steadier measure on a shared machine. Then the import's phases in wall-clock seconds
(median over the runs): opening the container (verifying, decrypting, inflating and hashing
the payload), the automatic backup, attaching the payload with its ``quick_check``, the row
checks, the ownership check, the merge, the commit, and the rest.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from perut_desktop import db
from perut_desktop.sync import bundle, container, engine, ownership_check

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_bench import full_bundle_for_new_laptop  # noqa: E402


def _key(statement: str) -> str:
    text = re.sub(r'"[a-z_]+"', '"T"', statement)
    return re.sub(r"\s+", " ", text)[:110]


#: The import's phases: (label, module, function) timed by wrapping the function.
PHASES = (
    ("opening the container", container, "open_bundle"),
    ("automatic backup", bundle, "_backup_before"),
    ("attaching the payload, quick_check", engine, "attached"),
    ("row checks", engine, "_check_rows"),
    ("ownership check", ownership_check, "check"),
    ("merge", engine, "_merge"),
)


def _timed(fn: Callable[..., Any], label: str, wall: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wall[label] = wall.get(label, 0.0) + time.perf_counter() - t0
    return run


def _timed_context(fn: Callable[..., Any], label: str, wall: dict[str, float]) -> Callable[..., Any]:
    """A context manager's entering only (``attached``: ATTACH and the payload's quick_check)."""
    @contextmanager
    def run(*args: Any, **kwargs: Any) -> Iterator[Any]:
        t0 = time.perf_counter()
        with fn(*args, **kwargs) as value:
            wall[label] = wall.get(label, 0.0) + time.perf_counter() - t0
            yield value
    return run


@contextmanager
def phases_timed(replica: db.Replica, wall: dict[str, float]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for _label, module, name in PHASES]
    for label, module, name in PHASES:
        wrap = _timed_context if name == "attached" else _timed
        setattr(module, name, wrap(getattr(module, name), label, wall))
    dialect = replica.engine.dialect
    dialect.do_commit = _timed(dialect.do_commit, "commit", wall)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)


def profile_once(field_template: Path, bundle_path: Path, work: Path
                 ) -> tuple[float, dict[str, list[float]], dict[str, float]]:
    target = work / "import"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(field_template, target)
    replica = db.open_replica(target)
    spent: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    wall: dict[str, float] = {}

    @event.listens_for(replica.engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, _statement: str, *_: Any) -> None:
        conn.info["perut_cpu"] = time.process_time()

    @event.listens_for(replica.engine, "after_cursor_execute")
    def _after(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        entry = spent[_key(statement)]
        entry[0] += 1
        entry[1] += time.process_time() - conn.info.pop("perut_cpu")

    try:
        started, t0 = time.process_time(), time.perf_counter()
        with phases_timed(replica, wall):
            bundle.import_bundle(replica, bundle_path)
        wall["whole import"] = time.perf_counter() - t0
        return time.process_time() - started, dict(spent), wall
    finally:
        replica.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--five-year", type=Path, required=True)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--top", type=int, default=12)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="perut-import-profile-") as tmp:
        work = Path(tmp)
        field_template, _device, out = full_bundle_for_new_laptop(args.five_year, work)
        runs = [profile_once(field_template, out, work) for _ in range(args.repeat)]
    total, spent, _wall = min(runs, key=lambda r: r[0])
    inserts = sum(v[1] for k, v in spent.items() if k.startswith("INSERT INTO main"))
    statements = sum(v[1] for v in spent.values())
    print(f"import CPU {total:.3f} s; SQL statements {statements:.3f} s (the merge's inserts {inserts:.3f} s, "
          f"others {statements - inserts:.3f} s); outside SQL {total - statements:.3f} s")
    for key, (count, cpu) in sorted(spent.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"{cpu:7.3f} s {int(count):4d} × {key}")
    labels = [label for label, _m, _n in PHASES] + ["commit"]
    median = {label: statistics.median(r[2].get(label, 0.0) for r in runs) for label in [*labels, "whole import"]}
    print(f"\nphases, wall-clock seconds (median of {len(runs)}):")
    for label in labels:
        print(f"{median[label]:7.3f} s  {label}")
    rest = median["whole import"] - sum(median[label] for label in labels)
    print(f"{rest:7.3f} s  the rest\n{median['whole import']:7.3f} s  whole import")


if __name__ == "__main__":
    main()
