"""Conflicts found by the merge: list, show, restore the losing value, dismiss.

A conflict row keeps the losing value of a concurrent same-field edit (or an edit a
concurrent delete hid, or a laptop's edit to a visit the master handed to another
laptop). Restoring writes the kept value back as a new local edit — through the ORM, so
the usual ownership rules apply (only the visit's owner restores a visit's data) — and
marks the conflict *restored*; dismissing marks it *dismissed*. Both replicate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, select
from sqlalchemy.orm import Session

from perut_desktop import ownership
from perut_desktop.errors import Hint, NotFound, OwnershipError, ValidationError
from perut_desktop.models import MODEL_BY_TABLE, Conflict, Device, content_fields
from perut_desktop.models.replication import context_of
from perut_desktop.enums import ConflictStatus
from perut_desktop.sync.merge import DELETED_MARKER, WHOLE_ROW
from perut_desktop.hlc import device_of

STATUS_LABELS = {"open": "terbuka", "restored": "dipulihkan", "dismissed": "diabaikan"}


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    table: str
    table_label: str
    row_id: str
    field: str
    kind: str  # "field" | "delete" | "row"
    winner_value: Any
    loser_value: Any
    winner_version: str
    loser_version: str
    winner_device_id: str
    loser_device_id: str
    status: str
    resolved_note: str

    @property
    def summary(self) -> str:
        if self.kind == "delete":
            return f"{self.field}: {self.loser_value!r} diubah, sementara catatan dihapus"
        if self.kind == "row":
            return "catatan baru pada kunjungan yang sudah dialihkan"
        return f"{self.field}: {self.winner_value!r} dipakai; {self.loser_value!r} tersimpan"


def _info(c: Conflict) -> ConflictInfo:
    kind = "row" if c.field == WHOLE_ROW else "delete" if c.winner_value == DELETED_MARKER else "field"
    return ConflictInfo(c.id, c.table_name, ownership.TABLE_LABELS.get(c.table_name, c.table_name), c.row_id, c.field,
                        kind, c.winner_value, c.loser_value, c.winner_version, c.loser_version,
                        device_of(c.winner_version) if c.winner_version else "", c.loser_device_id, c.status,
                        c.resolved_note)


def list_conflicts(session: Session, status: str | None = ConflictStatus.OPEN.value) -> list[ConflictInfo]:
    stmt = select(Conflict).order_by(Conflict.table_name, Conflict.row_id, Conflict.field, Conflict.loser_version)
    if status:
        stmt = stmt.where(Conflict.status == status)
    return [_info(c) for c in session.scalars(stmt).all()]


def _get(session: Session, ident: str) -> Conflict:
    c = session.get(Conflict, ident)
    if c is None and len(ident) >= 6:
        matches = session.scalars(select(Conflict).where(Conflict.id.startswith(ident))).all()
        if len(matches) == 1:
            c = matches[0]
    if c is None:
        raise NotFound(f"Konflik {ident} tidak ditemukan.", hint=Hint.LIST_CONFLICTS, record=ident)
    return c


def get_conflict(session: Session, ident: str) -> ConflictInfo:
    return _info(_get(session, ident))


def _to_python(model: type, name: str, raw: Any) -> Any:
    """A stored (raw SQLite) value back to the column's Python type."""
    if raw is None:
        return None
    col = model.__table__.c[name]  # type: ignore[attr-defined]
    if isinstance(col.type, DateTime):
        return dt.datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    if isinstance(col.type, Date):
        return dt.date.fromisoformat(raw) if isinstance(raw, str) else raw
    if isinstance(col.type, Boolean):
        return bool(raw)
    return raw


def _check_resolver(session: Session, c: Conflict) -> None:
    """Only the master restores or dismisses a conflict about a record only it may write."""
    if ownership.WRITERS.get(c.table_name) is ownership.Writer.MASTER and not context_of(session).is_master:
        raise OwnershipError(f"Konflik atas {ownership.TABLE_LABELS.get(c.table_name, c.table_name)} hanya dapat "
                             "diselesaikan di kantor kecamatan (master).")


def _loser_may_write(session: Session, c: Conflict, model: type, names: set[str]) -> None:
    """Restoring writes back only content fields that the losing version's device was
    allowed to write (a kept value is never a way around §3)."""
    content = set(content_fields(model))
    if not names or not names <= content | {"deleted"}:
        raise ValidationError("Konflik ini memuat kolom yang tidak dapat dipulihkan.")
    writer = ownership.WRITERS.get(c.table_name)
    if writer is not ownership.Writer.MASTER:
        return
    loser = device_of(c.loser_version) if c.loser_version else c.loser_device_id
    if loser == context_of(session).master_device_id:
        return
    device = session.get(Device, loser)
    own = ownership.SELF_FIELDS.get(c.table_name, frozenset())
    if device is None or device.officer_id != c.row_id or not names <= own:
        raise OwnershipError(f"Nilai yang tersimpan dalam konflik ini ditulis perangkat {loser}, yang tidak boleh "
                             f"mengubah {ownership.TABLE_LABELS.get(c.table_name, c.table_name)}; konflik tidak "
                             "dipulihkan.")


def restore_conflict(session: Session, ident: str, note: str = "") -> ConflictInfo:
    """Write the kept (losing) value back and mark the conflict restored. Refused for a
    conflict about a master-only record on a laptop, and for a kept value its device was
    not allowed to write."""
    c = _get(session, ident)
    if c.status != ConflictStatus.OPEN.value:
        raise ValidationError(f"Konflik ini sudah {STATUS_LABELS.get(c.status, c.status)}.")
    model = MODEL_BY_TABLE.get(c.table_name)
    if model is None or c.table_name == "conflict":
        raise ValidationError(f"Tabel {c.table_name} tidak dikenal.")
    _check_resolver(session, c)
    if c.field == WHOLE_ROW:
        if not isinstance(c.loser_value, dict):
            raise ValidationError("Konflik ini memuat kolom yang tidak dapat dipulihkan.")
        _loser_may_write(session, c, model, set(c.loser_value) - {"id"})
    else:
        _loser_may_write(session, c, model, {c.field})
    row = session.get(model, c.row_id, execution_options={"include_deleted": True})
    if c.field == WHOLE_ROW:
        values = {k: _to_python(model, k, v) for k, v in dict(c.loser_value or {}).items() if k != "id"}
        if row is None:
            session.add(model(id=c.row_id, deleted=False, **values))
        else:
            for k, v in values.items():
                setattr(row, k, v)
            row.deleted = False
    else:
        if row is None:
            raise NotFound(f"Catatan {c.row_id} tidak ditemukan di replika ini.")
        if c.field == "deleted":
            row.deleted = bool(c.loser_value)
        else:
            row.deleted = False  # a conflict on a deleted record brings it back
            setattr(row, c.field, _to_python(model, c.field, c.loser_value))
    session.flush()
    c.status = ConflictStatus.RESTORED.value
    c.resolved_note = note.strip()
    session.flush()
    return _info(c)


def dismiss_conflict(session: Session, ident: str, note: str = "") -> ConflictInfo:
    """Keep the current value; mark the conflict dismissed (on a laptop, not a conflict
    about a master-only record)."""
    c = _get(session, ident)
    if c.status != ConflictStatus.OPEN.value:
        raise ValidationError(f"Konflik ini sudah {STATUS_LABELS.get(c.status, c.status)}.")
    _check_resolver(session, c)
    c.status = ConflictStatus.DISMISSED.value
    c.resolved_note = note.strip()
    session.flush()
    return _info(c)
