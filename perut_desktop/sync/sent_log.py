"""The record of bundles this installation wrote, for the window's history of exchanges.

Local to the installation (a ``setting`` row, never replicated): what was sent, to whom,
when, how many records and files, and where the file went. The import log already
records every bundle received; together they are the history of bundles sent and
received. Bounded to the newest :data:`KEEP` entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.db import Replica
from perut_desktop.models import Setting

KEY = "sync.sent_bundles"
KEEP = 500


@dataclass(frozen=True)
class SentBundle:
    """One bundle written by this installation (the first file of a split bundle)."""

    bundle_id: str
    recipient: str  # device id
    sent_at: dt.datetime  # UTC
    rows: int
    attachments: int
    bytes: int
    files: int  # how many files the bundle was split into
    path: str  # where the first file was written


def record_sent(replica: Replica, *, bundle_id: str, recipient: str, rows: int, attachments: int, size: int,
                paths: Iterable[Path], now: dt.datetime | None = None) -> None:
    """Add one written bundle to the record (its own small transaction)."""
    paths = list(paths)
    entry = {"bundle_id": bundle_id, "recipient": recipient,
             "sent_at": (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds"),
             "rows": rows, "attachments": attachments, "bytes": size, "files": len(paths),
             "path": str(paths[0]) if paths else ""}
    with replica.engine.begin() as conn:
        current = conn.execute(select(Setting.value).where(Setting.key == KEY)).scalar_one_or_none()
        entries = [*list(current or [])[-(KEEP - 1):], entry]
        if current is None:
            conn.execute(Setting.__table__.insert().values(key=KEY, value=entries))
        else:
            conn.execute(Setting.__table__.update().where(Setting.key == KEY).values(value=entries))


def _entry(raw: dict[str, Any]) -> SentBundle | None:
    try:
        moment = dt.datetime.fromisoformat(str(raw["sent_at"]))
        return SentBundle(str(raw["bundle_id"]), str(raw["recipient"]),
                          moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC), int(raw.get("rows", 0)),
                          int(raw.get("attachments", 0)), int(raw.get("bytes", 0)), int(raw.get("files", 1)),
                          str(raw.get("path", "")))
    except (KeyError, TypeError, ValueError):
        return None


def sent_bundles(session: Session) -> tuple[SentBundle, ...]:
    """The bundles this installation wrote, newest first."""
    row = session.get(Setting, KEY)
    entries = [_entry(raw) for raw in (row.value if row is not None and isinstance(row.value, list) else [])
               if isinstance(raw, dict)]
    return tuple(sorted((e for e in entries if e is not None), key=lambda e: e.sent_at, reverse=True))


__all__ = ["KEEP", "SentBundle", "record_sent", "sent_bundles"]
