"""Who may write what (DESIGN.md §3), as data.

One table used by the session hook that stamps every local write and by the sync importer
that checks every incoming field version. A rule names the writer of a record:

* ``MASTER`` — only the master device;
* ``ANY`` — the master or any enrolled field device;
* ``VISIT_OWNER`` — the device that owns the visit the record belongs to, while the visit
  is *Draf* or *Dikembalikan* (the master may also hand ownership of an open visit over,
  which is an edit of ``visit.device_id``);
* ``ANYONE`` — conflict records (deterministic ids, so any replica may write them).

``SELF_FIELDS`` lists fields an officer's own device may write on the officer's record.
Status events have their own table of transitions in :data:`TRANSITIONS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from perut_desktop.enums import VisitStatus


class Writer(Enum):
    MASTER = "master"
    ANY = "any"
    VISIT_OWNER = "visit_owner"
    ANYONE = "anyone"


#: Table name → who may write it.
WRITERS: dict[str, Writer] = {
    "subdistrict": Writer.MASTER,
    "village": Writer.MASTER,
    "officer": Writer.MASTER,
    "officer_assignment": Writer.MASTER,
    "device": Writer.MASTER,
    "user_profile": Writer.MASTER,
    "checklist_template": Writer.MASTER,
    "checklist_item": Writer.MASTER,
    "schedule_entry": Writer.MASTER,
    "review": Writer.MASTER,
    "village_profile": Writer.ANY,
    "village_official": Writer.ANY,
    "village_regulation": Writer.ANY,
    "visit": Writer.VISIT_OWNER,
    "visit_status_event": Writer.VISIT_OWNER,
    "checklist_result": Writer.VISIT_OWNER,
    "attendance": Writer.VISIT_OWNER,
    "minutes": Writer.VISIT_OWNER,
    "follow_up": Writer.VISIT_OWNER,
    "follow_up_update": Writer.VISIT_OWNER,
    "attachment": Writer.VISIT_OWNER,
    "conflict": Writer.ANYONE,
}

#: Fields of ``officer`` that the officer's own device may write besides the master.
SELF_FIELDS: dict[str, frozenset[str]] = {"officer": frozenset({"phone", "email"})}

#: Fields of ``visit`` the master may write on a visit it does not own (reassignment).
MASTER_VISIT_FIELDS = frozenset({"device_id", "officer_id"})

#: Columns naming the record a visit's row belongs to: set when the row is made, never
#: changed afterwards (the services never move a row to another visit or follow-up).
PARENT_KEYS: dict[str, tuple[str, ...]] = {
    "visit_status_event": ("visit_id",),
    "checklist_result": ("visit_id", "item_id", "item_code"),
    "attendance": ("visit_id",),
    "minutes": ("visit_id",),
    "follow_up": ("visit_id", "village_id"),
    "follow_up_update": ("visit_id", "follow_up_id"),
    "attachment": ("visit_id", "owner_table", "owner_id"),
}


#: ``owner_table`` of the one record added to an approved visit: the scan of the signed
#: report, attached by the master.
SIGNED_REPORT = "signed_report"

#: Table → a field written only when a row is created: on an approved visit the master may
#: create such a row (the scan of the signed report; the services make sure it is one) and
#: change nothing else.
AFTER_APPROVAL: dict[str, str] = {"attachment": "sha256"}

#: Tables whose rows are never edited after insert.
APPEND_ONLY = frozenset({"visit_status_event", "review"})

#: Allowed status changes: (from, to) → who may record it (the visit's owning device or
#: the master).
TRANSITIONS: dict[tuple[VisitStatus | None, VisitStatus], Writer] = {
    (None, VisitStatus.DRAF): Writer.VISIT_OWNER,
    (VisitStatus.DRAF, VisitStatus.DIAJUKAN): Writer.VISIT_OWNER,
    (VisitStatus.DIKEMBALIKAN, VisitStatus.DRAF): Writer.VISIT_OWNER,
    (VisitStatus.DIAJUKAN, VisitStatus.DIVERIFIKASI): Writer.MASTER,
    (VisitStatus.DIAJUKAN, VisitStatus.DIKEMBALIKAN): Writer.MASTER,
    (VisitStatus.DIVERIFIKASI, VisitStatus.DISETUJUI): Writer.MASTER,
    (VisitStatus.DIVERIFIKASI, VisitStatus.DIKEMBALIKAN): Writer.MASTER,
}

TABLE_LABELS: dict[str, str] = {
    "subdistrict": "data kecamatan",
    "village": "data desa",
    "officer": "data pendamping",
    "officer_assignment": "penugasan pendamping",
    "device": "data perangkat",
    "user_profile": "profil petugas kecamatan",
    "checklist_template": "daftar periksa",
    "checklist_item": "butir daftar periksa",
    "schedule_entry": "jadwal pendampingan",
    "review": "verifikasi/persetujuan",
    "visit": "kunjungan",
    "visit_status_event": "status kunjungan",
    "checklist_result": "hasil pemeriksaan buku",
    "attendance": "daftar hadir",
    "minutes": "notulen",
    "follow_up": "tindak lanjut",
    "follow_up_update": "perkembangan tindak lanjut",
    "attachment": "lampiran",
}


@dataclass(frozen=True)
class WriteContext:
    """What the check needs to know about the writer and, for visit records, the visit."""

    device_id: str
    is_master: bool
    officer_device_ids: frozenset[str] = frozenset()  # devices of the officer being edited
    visit_owner: str | None = None
    visit_status: VisitStatus | None = None


def denial(table: str, fields: frozenset[str], ctx: WriteContext) -> str | None:
    """Why ``ctx.device_id`` may not write ``fields`` of a ``table`` record, or None.

    The message is Indonesian and names what to do.
    """
    writer = WRITERS.get(table)
    label = TABLE_LABELS.get(table, table)
    if writer is None:
        return f"Tabel {table} tidak dikenal."
    if writer in (Writer.ANY, Writer.ANYONE):
        return None
    if writer is Writer.MASTER:
        if ctx.is_master:
            return None
        own = SELF_FIELDS.get(table, frozenset())
        if fields and fields <= own and ctx.device_id in ctx.officer_device_ids:
            return None
        return f"Perubahan {label} hanya dapat dilakukan di kantor kecamatan (master)."
    # VISIT_OWNER
    if ctx.is_master and ctx.visit_status is VisitStatus.DISETUJUI and AFTER_APPROVAL.get(table) in fields:
        return None
    if ctx.visit_owner is not None and ctx.device_id != ctx.visit_owner:
        if ctx.is_master and table == "visit" and fields and fields <= MASTER_VISIT_FIELDS:
            return None
        if ctx.is_master and table == "visit_status_event":
            return None  # transition rules decide (see TRANSITIONS)
        return (
            f"Kunjungan ini milik perangkat lain; {label} hanya dapat diubah di perangkat "
            "pemiliknya (atau minta kantor kecamatan mengalihkannya)."
        )
    if table != "visit_status_event" and ctx.visit_status not in (
        None,
        VisitStatus.DRAF,
        VisitStatus.DIKEMBALIKAN,
    ):
        return (
            f"Kunjungan berstatus {ctx.visit_status.label} tidak dapat diubah; "
            "hanya kunjungan Draf atau Dikembalikan yang dapat diubah."
        )
    return None


def transition_denial(
    current: VisitStatus | None, target: VisitStatus, *, is_master: bool, is_owner: bool
) -> str | None:
    """Why a status change is not allowed, or None."""
    who = TRANSITIONS.get((current, target))
    now = current.label if current else "(baru)"
    if who is None:
        return f"Status kunjungan tidak dapat diubah dari {now} ke {target.label}."
    if who is Writer.MASTER and not is_master:
        return f"Hanya kantor kecamatan (master) yang dapat mengubah status ke {target.label}."
    if who is Writer.VISIT_OWNER and not is_owner:
        return (
            f"Hanya perangkat pemilik kunjungan yang dapat mengubah status ke {target.label}."
        )
    return None
