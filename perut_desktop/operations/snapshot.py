"""The dashboard's last state, kept as a small JSON file in the data folder.

The window shows it at start-up while SQLAlchemy and the models load, marked as loading,
and replaces it with fresh data as soon as that has loaded (DESIGN.md §8). Writing and
reading it needs neither SQLAlchemy nor the models; a missing, old or damaged snapshot is
simply not shown.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Any

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.services.overview_rows import Overview, VillageRow

log = logging.getLogger(__name__)

SNAPSHOT_FILE = "dasbor-terakhir.json"
_FORMAT = 1

__all__ = ["SNAPSHOT_FILE", "discard_snapshot", "read_snapshot", "write_snapshot"]


def _path(data_dir: Path) -> Path:
    return data_dir / SNAPSHOT_FILE


def write_snapshot(data_dir: Path, overview: Overview) -> None:
    """Replace the snapshot atomically (a crash leaves the old one or the new one)."""
    data: dict[str, Any] = {
        "format": _FORMAT, "kecamatan": overview.kecamatan, "role": overview.role.value,
        "device_id": overview.device_id, "villages": overview.villages, "visits": overview.visits,
        "rows": [[r.code, r.name, r.last_visit.isoformat() if r.last_visit else None,
                  r.last_status.value if r.last_status else None, r.last_score, r.open_follow_ups]
                 for r in overview.rows],
    }
    target = _path(data_dir)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:  # a snapshot is a convenience: never let it stop real work
        log.warning("dashboard snapshot not written: %s", exc)


def read_snapshot(data_dir: Path) -> Overview | None:
    """The last dashboard written in ``data_dir``, or None."""
    try:
        data = json.loads(_path(data_dir).read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            return None
        rows = tuple(
            VillageRow(code, name, dt.date.fromisoformat(day) if day else None,
                       VisitStatus(status) if status else None, score, int(follow_ups))
            for code, name, day, status, score, follow_ups in data["rows"])
        return Overview(data["kecamatan"], Role(data["role"]), data["device_id"], int(data["villages"]),
                        int(data["visits"]), rows)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("dashboard snapshot ignored: %s", exc)
        return None


def discard_snapshot(data_dir: Path) -> None:
    _path(data_dir).unlink(missing_ok=True)
