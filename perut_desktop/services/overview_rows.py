"""The dashboard's rows as plain data, in a module light enough to import without
SQLAlchemy: the window reads its start-up snapshot into these before the database layer
has loaded (DESIGN.md §8). :mod:`.overview` fills them from a replica."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from perut_desktop.enums import Role, VisitStatus

__all__ = ["Overview", "VillageRow"]


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    last_visit: dt.date | None
    last_status: VisitStatus | None
    last_score: float | None
    open_follow_ups: int


@dataclass(frozen=True)
class Overview:
    kecamatan: str
    role: Role
    device_id: str
    villages: int
    visits: int
    rows: tuple[VillageRow, ...]
