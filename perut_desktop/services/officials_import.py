"""Importing village officials from a workbook: a preview first, then one transaction.

The rows come from the *Aparatur Desa* sheet the Excel recap writes (read by
``reports.excel``). A row is matched by its hidden row id; a row without one by village
(code, else name) and the official's name. Each row is planned as added, updated (with the
fields that change), unchanged or rejected (with the reason); nothing is written until
:func:`apply_import`, which goes through the villages service so that validation, ownership
and sync stamping apply as for any other edit. Kecamatan master only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import InputRejected, NotFound
from perut_desktop.models import Village, VillageOfficial
from perut_desktop.enums import Gender, OfficialBody
from perut_desktop.services import villages
from perut_desktop.services.common import clean, require_master

#: The columns of the officials sheet: field → Indonesian header, in the sheet's order.
FIELD_LABELS: dict[str, str] = {
    "id": "Id Baris",
    "village_code": "Kode Desa",
    "village_name": "Desa",
    "name": "Nama",
    "position": "Jabatan",
    "body": "Unsur",
    "gender": "L/P",
    "nip": "NIP",
    "phone": "Telepon",
    "term_start": "Mulai Menjabat",
    "term_end": "Akhir Masa Jabatan",
    "active": "Aktif",
}
#: Columns a sheet must have to be read at all.
REQUIRED_FIELDS: tuple[str, ...] = ("village_code", "village_name", "name", "position")
#: The fields of an official the import may set.
OFFICIAL_FIELDS: tuple[str, ...] = ("name", "position", "body", "gender", "nip", "phone", "term_start",
                                    "term_end", "active")
BODY_LABELS: dict[str, str] = {
    OfficialBody.PEMDES.value: "Pemerintah Desa",
    OfficialBody.BPD.value: "BPD",
    OfficialBody.LKD.value: "LKD",
}
YES, NO = "Ya", "Tidak"

_OPTIONAL = frozenset({"gender", "term_start", "term_end"})
_YES_WORDS = frozenset({"ya", "y", "aktif", "true", "1", "benar"})
_NO_WORDS = frozenset({"tidak", "t", "n", "tidak aktif", "nonaktif", "false", "0", "salah"})
_DATE_TEXT = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


@dataclass(frozen=True)
class SheetRow:
    """One data row of the sheet: its row number and the raw cell values by field (only
    the fields whose column the sheet has)."""

    row_number: int
    values: Mapping[str, Any]


class Action(StrEnum):
    ADD = "tambah"
    UPDATE = "ubah"
    UNCHANGED = "tetap"
    REJECT = "tolak"


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]


@dataclass(frozen=True)
class PlannedRow:
    """What the import will do with one sheet row. For an addition ``changes`` holds every
    field set; for an update the fields that change."""

    row_number: int
    action: Action
    village_id: str | None
    village_name: str
    name: str
    official_id: str | None
    changes: tuple[Change, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]

    def of(self, action: Action) -> list[PlannedRow]:
        return [r for r in self.rows if r.action is action]

    @property
    def has_changes(self) -> bool:
        return any(r.action in (Action.ADD, Action.UPDATE) for r in self.rows)

    @property
    def rejected(self) -> list[PlannedRow]:
        return self.of(Action.REJECT)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


class _Bad(Exception):
    """A cell value that cannot be accepted; the message names the row's problem."""


def display(field: str, value: Any) -> str:
    """A value as the preview shows it."""
    if value is None or value == "":
        return "–"
    if field == "body":
        return BODY_LABELS.get(value, str(value))
    if field == "active":
        return YES if value else NO
    if isinstance(value, dt.date):
        return f"{value:%d-%m-%Y}"
    return str(value)


# --- cell values -------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean(str(value))


def _date(value: Any, label: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        match = _DATE_TEXT.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{label} '{text}' bukan tanggal (isi sebagai tanggal, mis. 22-11-2026).") from None


def _gender(value: Any) -> str | None:
    text = _text(value).casefold()
    if not text:
        return None
    if text in ("l", "laki-laki", "laki laki", "pria"):
        return Gender.L.value
    if text in ("p", "perempuan", "wanita"):
        return Gender.P.value
    raise _Bad(f"L/P '{_text(value)}' tidak dikenal; isi L atau P.")


def _body(value: Any) -> str | None:
    text = _text(value).casefold()
    if not text:
        return None
    for code, label in BODY_LABELS.items():
        if text in (code, label.casefold()):
            return code
    if text in ("perangkat desa", "aparatur desa", "pemerintahan desa"):
        return OfficialBody.PEMDES.value
    raise _Bad(f"Unsur '{_text(value)}' tidak dikenal; isi {', '.join(BODY_LABELS.values())}.")


def _active(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if not text:
        return None
    if text in _YES_WORDS:
        return True
    if text in _NO_WORDS:
        return False
    raise _Bad(f"Aktif '{_text(value)}' tidak dikenal; isi {YES} atau {NO}.")


def _wanted(values: Mapping[str, Any], *, new: bool) -> dict[str, Any]:
    """The official's fields a row asks for. Columns the sheet lacks are left out; an
    empty Unsur or Aktif keeps what is stored (a new row: guessed from the position, and
    active)."""
    out: dict[str, Any] = {}
    for name in ("name", "position", "nip", "phone"):
        if name in values:
            out[name] = _text(values[name])
    if not out.get("name"):
        raise _Bad("Nama kosong.")
    if not out.get("position") and ("position" in values or new):
        raise _Bad("Jabatan kosong.")
    if "gender" in values:
        out["gender"] = _gender(values["gender"])
    for name in ("term_start", "term_end"):
        if name in values:
            out[name] = _date(values[name], FIELD_LABELS[name])
    if out.get("term_start") and out.get("term_end") and out["term_end"] < out["term_start"]:
        raise _Bad("Akhir masa jabatan sebelum mulai menjabat.")
    body = _body(values.get("body"))
    if body is not None:
        out["body"] = body
    elif new:
        out["body"] = villages.guess_body(out["position"])
    active = _active(values.get("active"))
    if active is not None:
        out["active"] = active
    elif new:
        out["active"] = True
    return out


# --- the plan ------------------------------------------------------------------------------


def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


class _Villages:
    """Village lookup by code, else by any accepted name (through the villages service)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.by_code = {code: (vid, name) for vid, code, name in session.execute(
            select(Village.id, Village.code, Village.name))}
        self._by_text: dict[str, tuple[str, str] | None] = {}

    def by_name(self, text: str) -> tuple[str, str] | None:
        key = _name_key(text)
        if key not in self._by_text:
            try:
                v = villages.find_village(self._session, text)
                self._by_text[key] = (v.id, v.name)
            except NotFound:
                self._by_text[key] = None
        return self._by_text[key]

    def resolve(self, values: Mapping[str, Any]) -> tuple[str, str]:
        code, name = _text(values.get("village_code")), _text(values.get("village_name"))
        if code:
            found = self.by_code.get(code)
            if found is None:
                raise _Bad(f"Kode desa {code} tidak dikenal.")
            if name and self.by_name(name) != found:
                raise _Bad(f"Kode desa {code} adalah Desa {found[1]}, bukan '{name}'.")
            return found
        if not name:
            raise _Bad("Kode desa dan nama desa kosong.")
        by_name = self.by_name(name)
        if by_name is None:
            raise _Bad(f"Desa '{name}' tidak dikenal.")
        return by_name


def plan_import(session: Session, rows: Iterable[SheetRow]) -> ImportPlan:
    """What importing ``rows`` would change, row by row; writes nothing. Master only."""
    require_master(session, "Impor aparatur desa")
    stored = {o.id: o for o in session.scalars(select(VillageOfficial))}
    by_name: dict[tuple[str, str], list[VillageOfficial]] = {}
    for o in stored.values():
        by_name.setdefault((o.village_id, _name_key(o.name)), []).append(o)
    lookup = _Villages(session)
    claimed: dict[str, int] = {}  # official id or "village/name" of a new row → its sheet row
    out: list[PlannedRow] = []
    for row in rows:
        values = row.values
        if all(_text(v) == "" for v in values.values()):
            continue
        name = _text(values.get("name"))
        village_label = _text(values.get("village_name")) or _text(values.get("village_code"))
        try:
            village_id, village_name = lookup.resolve(values)
            village_label = village_name
            official = _match(values, village_id, name, stored, by_name)
            key = official.id if official else f"{village_id}/{_name_key(name)}"
            if key in claimed:
                raise _Bad(f"Aparatur yang sama sudah ada di baris {claimed[key]}.")
            wanted = _wanted(values, new=official is None)
        except _Bad as exc:
            out.append(PlannedRow(row.row_number, Action.REJECT, None, village_label, name, None, (), str(exc)))
            continue
        claimed[key] = row.row_number
        if official is None:
            changes = tuple(Change(f, None, wanted[f]) for f in OFFICIAL_FIELDS if f in wanted)
            out.append(PlannedRow(row.row_number, Action.ADD, village_id, village_name, wanted["name"], None, changes))
            continue
        changes = tuple(Change(f, getattr(official, f), wanted[f]) for f in OFFICIAL_FIELDS
                        if f in wanted and getattr(official, f) != wanted[f])
        action = Action.UPDATE if changes else Action.UNCHANGED
        out.append(PlannedRow(row.row_number, action, village_id, village_name, wanted["name"], official.id, changes))
    return ImportPlan(tuple(out))


def _match(values: Mapping[str, Any], village_id: str, name: str, stored: dict[str, VillageOfficial],
           by_name: dict[tuple[str, str], list[VillageOfficial]]) -> VillageOfficial | None:
    """The stored official a row is about: by its row id, else by village and name."""
    row_id = _text(values.get("id"))
    if row_id:
        official = stored.get(row_id)
        if official is None:
            raise _Bad("Id baris tidak dikenal (mungkin aparatur itu sudah dihapus); "
                       "kosongkan kolom Id Baris untuk menambahkannya sebagai aparatur baru.")
        if official.village_id != village_id:
            raise _Bad("Kode desa berbeda dengan desa aparatur ini; memindahkan aparatur ke desa lain "
                       "dilakukan dengan baris baru tanpa Id Baris.")
        return official
    if not name:
        return None
    same = by_name.get((village_id, _name_key(name)), [])
    if len(same) > 1:
        raise _Bad(f"Ada {len(same)} aparatur bernama {name} di desa ini; salin Id Baris-nya dari hasil ekspor.")
    return same[0] if same else None


def apply_import(session: Session, plan: ImportPlan) -> ImportResult:
    """Write a plan through the villages service, in the caller's transaction. A plan with
    rejected rows is refused whole (nothing changed). Master only."""
    require_master(session, "Impor aparatur desa")
    if plan.rejected:
        first = plan.rejected[0]
        raise InputRejected(f"{len(plan.rejected)} baris ditolak (mis. baris {first.row_number}: {first.reason}); "
                            "perbaiki berkasnya lalu impor lagi. Tidak ada yang diubah.")
    for row in plan.rows:
        fields = {c.field: c.new for c in row.changes}
        if row.action is Action.ADD:
            assert row.village_id is not None
            villages.add_official(
                session, row.village_id, name=fields["name"], position=fields["position"],
                phone=fields.get("phone", ""), gender=fields.get("gender"), body=fields.get("body"),
                term_start=fields.get("term_start"), term_end=fields.get("term_end"),
                nip=fields.get("nip", ""), active=fields.get("active", True))
        elif row.action is Action.UPDATE:
            assert row.official_id is not None
            clear = [f for f, v in fields.items() if v is None and f in _OPTIONAL]
            villages.edit_official(session, row.official_id, clear=clear,
                                   **{f: v for f, v in fields.items() if v is not None})
    return ImportResult(len(plan.of(Action.ADD)), len(plan.of(Action.UPDATE)), len(plan.of(Action.UNCHANGED)))
