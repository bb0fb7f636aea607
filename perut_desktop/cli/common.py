"""What every command needs: the data folder, the replica opened as one unit of work, and
output as tables, JSON or a progress line."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def data_dir(args: argparse.Namespace) -> Path:
    """The data folder the command works on (``--data-dir``, else ``PERUT_DATA_DIR``, else
    the platform's user data folder)."""
    from perut_desktop.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


@contextmanager
def replica(args: argparse.Namespace) -> Iterator[Any]:
    """The command's replica (a ``db.Replica``), open for the block and closed after it, for
    operations that frame their own transactions (bundles, backups, documents)."""
    from perut_desktop.operations.replica import opened_replica

    with opened_replica(data_dir(args), notify=notice) as opened:
        yield opened


@contextmanager
def unit_of_work(args: argparse.Namespace) -> Iterator[Any]:
    """One unit of work on the command's replica: a session in a transaction, committed when
    the block ends normally and rolled back (nothing changed) when it raises."""
    from perut_desktop.operations.replica import unit_of_work as replica_unit_of_work

    with replica_unit_of_work(data_dir(args), notify=notice) as session:
        yield session


def notice(message: str) -> None:
    """A one-line notice on stderr (stdout stays the command's output, JSON included)."""
    sys.stderr.write(f"perut: {message}\n")


def warn_if_not_private(folder: Path) -> None:
    """Say so where the data folder could not be made readable by this user alone (on
    Windows, a folder outside the profile that no user-only ACL could be set on)."""
    from perut_desktop.paths import make_private

    warning = make_private(folder)
    if warning:
        sys.stderr.write(f"perut: peringatan: {warning}\n")


def read_pin_file(path: str | None) -> str | None:
    """The PIN in the first line of a file (so that it never shows in the shell's history)."""
    from perut_desktop.errors import InputRejected, os_reason

    if path is None:
        return None
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(f"Berkas PIN {path} tidak dapat dibaca: {os_reason(exc)}.") from exc
    return lines[0].strip() if lines else ""


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types: dataclasses as objects, dates in ISO format."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    print(json.dumps(jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())


class Progress:
    """A progress line on a terminal; silent when stderr is not one."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:<40}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def stage(progress: Any, offset: int, total: int) -> Any:
    """A progress callback for one stage of a longer job shown as one line."""
    return lambda done, _n, label: progress(offset + done, total, label)
