"""The replicated domain records (DESIGN.md §3). Data and invariants only.

Relationships are declared only where services navigate them; the sync layer works on the
tables directly. Dates are ``date``; instants are naive UTC ``datetime``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from perut_desktop.models.base import Base, Replicated

# --- Master data -----------------------------------------------------------------------


class Subdistrict(Replicated, Base):
    """Kecamatan: the letterhead and the Camat."""

    __tablename__ = "subdistrict"

    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    kabupaten: Mapped[str] = mapped_column(String(100), default="")
    province: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    camat_name: Mapped[str] = mapped_column(String(150), default="")
    camat_nip: Mapped[str] = mapped_column(String(30), default="")
    #: Who evaluates the draft APB Desa from ``apbdes_delegation_from`` on (``bupati`` or
    #: ``camat`` by delegation), and the Peraturan Bupati that delegates it.
    apbdes_evaluator: Mapped[str] = mapped_column(String(10), default="bupati")
    apbdes_delegation_source: Mapped[str] = mapped_column(String(200), default="")
    apbdes_delegation_from: Mapped[dt.date | None] = mapped_column(Date)
    logo_sha256: Mapped[str | None] = mapped_column(String(64))
    current_template_id: Mapped[str | None] = mapped_column(String(36))


class Village(Replicated, Base):
    """Desa, keyed by its Kemendagri code."""

    __tablename__ = "village"

    subdistrict_id: Mapped[str] = mapped_column(ForeignKey("subdistrict.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    other_spellings: Mapped[str] = mapped_column(String(200), default="")


class VillageProfile(Replicated, Base):
    """Profil desa; its id derives from the village so every replica names it alike."""

    __tablename__ = "village_profile"

    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), unique=True)
    classification: Mapped[str | None] = mapped_column(String(20))
    sotk_urusan: Mapped[int | None] = mapped_column(Integer)
    sotk_seksi: Mapped[int | None] = mapped_column(Integer)
    kades_name: Mapped[str | None] = mapped_column(String(150))
    kades_inaugurated_on: Mapped[dt.date | None] = mapped_column(Date)
    kades_term_number: Mapped[int | None] = mapped_column(Integer)
    kades_term_ends_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The head in office is a *Penjabat* (Pj. Kepala Desa), appointed by the Bupati's SK:
    #: ``kades_name`` is the Pj.'s name, and no elected term runs.
    kades_acting: Mapped[bool] = mapped_column(Boolean, default=False)
    kades_acting_sk: Mapped[str] = mapped_column(String(100), default="")
    kades_acting_sk_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Why and when the last elected head left office (:class:`~perut_desktop.enums.HeadLeftReason`).
    previous_head_left: Mapped[str | None] = mapped_column(String(30))
    previous_head_left_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The BPD's written notice to the head that the term is ending (UU 6/2014 Pasal 32).
    bpd_term_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The election of the next head: the committee's decision on the elected candidate, its
    #: report received by the BPD, the BPD's report to the Bupati, the Bupati's decision.
    election_elected_on: Mapped[dt.date | None] = mapped_column(Date)
    election_to_bpd_on: Mapped[dt.date | None] = mapped_column(Date)
    election_to_bupati_on: Mapped[dt.date | None] = mapped_column(Date)
    election_decided_on: Mapped[dt.date | None] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class VillageOfficial(Replicated, Base):
    """Aparatur desa, anggota BPD or pengurus LKD."""

    __tablename__ = "village_official"

    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    position: Mapped[str] = mapped_column(String(150))
    body: Mapped[str] = mapped_column(String(10), default="pemdes")
    gender: Mapped[str | None] = mapped_column(String(1))
    phone: Mapped[str] = mapped_column(String(50), default="")
    nip: Mapped[str] = mapped_column(String(30), default="")
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Officer(Replicated, Base):
    """Pendamping: a member of the kecamatan staff who visits villages."""

    __tablename__ = "officer"

    name: Mapped[str] = mapped_column(String(150))
    nip: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[str] = mapped_column(String(150), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OfficerAssignment(Replicated, Base):
    """A village assigned to an officer; id derived from the pair."""

    __tablename__ = "officer_assignment"

    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)


class UserProfile(Replicated, Base):
    """A staff member acting on the master installation (recorded on every master action)."""

    __tablename__ = "user_profile"

    name: Mapped[str] = mapped_column(String(150))
    nip: Mapped[str] = mapped_column(String(30), default="")
    title: Mapped[str] = mapped_column(String(150), default="")
    can_sign: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The dates of an assignment as acting Camat (Plt.), both or neither.
    plt_from: Mapped[dt.date | None] = mapped_column(Date)
    plt_to: Mapped[dt.date | None] = mapped_column(Date)
    #: The signing PIN as a KDF hash (``scrypt$n$r$p$salt$hash``), "" when none is set.
    pin_hash: Mapped[str] = mapped_column(String(200), default="")


class Device(Replicated, Base):
    """Perangkat: one installation. The id equals the device id used in versions."""

    __tablename__ = "device"

    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(150), default="")
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"))
    sign_public_key: Mapped[str] = mapped_column(Text, default="")
    enc_public_key: Mapped[str] = mapped_column(Text, default="")
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str] = mapped_column(String(300), default="")


class ChecklistTemplate(Replicated, Base):
    """A published version of the list of administration books."""

    __tablename__ = "checklist_template"

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    version_number: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300), default="")


class ChecklistItem(Replicated, Base):
    """One book of a template. A code names one book in every template (later versions of a
    template repeat it); ``continues_code`` is the explicit mapping: the code of the book of an
    earlier template that this item continues (None: a book of its own, no equivalent)."""

    __tablename__ = "checklist_item"
    __table_args__ = (UniqueConstraint("template_id", "code"),)

    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    category_code: Mapped[str] = mapped_column(String(5))
    category: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    continues_code: Mapped[str | None] = mapped_column(String(20))


class ScheduleEntry(Replicated, Base):
    """Jadwal pendampingan: a planned visit of one officer to one village in a month."""

    __tablename__ = "schedule_entry"

    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), index=True)
    planned_date: Mapped[dt.date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(300), default="")


# --- Visits ------------------------------------------------------------------------------


class Visit(Replicated, Base):
    """Kunjungan pendampingan. ``device_id`` is the owning device; the status is derived
    from the latest :class:`VisitStatusEvent`."""

    __tablename__ = "visit"

    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    officer_id: Mapped[str] = mapped_column(ForeignKey("officer.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(40), index=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("checklist_template.id"))
    visit_date: Mapped[dt.date] = mapped_column(Date, index=True)
    agenda: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class VisitStatusEvent(Replicated, Base):
    """One status change of a visit. Append-only: never edited, so it cannot conflict.
    Ordered by ``recorded_hlc`` (the clock at creation), which follows causality across
    devices even when their wall clocks disagree."""

    __tablename__ = "visit_status_event"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(40))
    user_profile_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    actor_name: Mapped[str] = mapped_column(String(150), default="")
    actor_nip: Mapped[str] = mapped_column(String(30), default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_hlc: Mapped[str] = mapped_column(String(64), default="", index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ChecklistResult(Replicated, Base):
    """Hasil pemeriksaan buku; id derived from (visit, item code)."""

    __tablename__ = "checklist_result"
    __table_args__ = (UniqueConstraint("visit_id", "item_code"),)

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("checklist_item.id"))
    item_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20))
    last_entry_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(Replicated, Base):
    """Daftar hadir: one person invited to or present at a visit."""

    __tablename__ = "attendance"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    official_id: Mapped[str | None] = mapped_column(ForeignKey("village_official.id"))
    name: Mapped[str] = mapped_column(String(150))
    position: Mapped[str] = mapped_column(String(150), default="")
    group: Mapped[str] = mapped_column(String(15), default="pemdes")
    gender: Mapped[str | None] = mapped_column(String(1))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Minutes(Replicated, Base):
    """Notulen of a visit; one per visit, id derived from the visit."""

    __tablename__ = "minutes"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), unique=True)
    chair: Mapped[str] = mapped_column(String(150), default="")
    note_taker: Mapped[str] = mapped_column(String(150), default="")
    opening: Mapped[str] = mapped_column(Text, default="")
    discussion: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Replicated, Base):
    """Tindak lanjut created in a visit; its status is its latest update."""

    __tablename__ = "follow_up"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    task: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(150), default="")
    due_on: Mapped[dt.date] = mapped_column(Date)


class FollowUpUpdate(Replicated, Base):
    """Perkembangan tindak lanjut, recorded in (and owned by) a later visit."""

    __tablename__ = "follow_up_update"

    follow_up_id: Mapped[str] = mapped_column(ForeignKey("follow_up.id"), index=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    status: Mapped[str] = mapped_column(String(15))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date)


class Review(Replicated, Base):
    """Verifikasi / persetujuan by the master, with the signatory as at that moment.

    ``checklist`` is the reviewer's verification checklist (item code → checked),
    ``warnings`` the automatic warnings shown then, ``same_person`` whether the approver
    also verified (only where the office allows it), and ``snapshot`` — on an approval —
    what the report shows as signed, from which approved visits are printed."""

    __tablename__ = "review"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("user_profile.id"))
    reviewer_name: Mapped[str] = mapped_column(String(150), default="")
    reviewer_nip: Mapped[str] = mapped_column(String(30), default="")
    signatory_name: Mapped[str] = mapped_column(String(150), default="")
    signatory_title: Mapped[str] = mapped_column(String(10), default="")
    signatory_position: Mapped[str] = mapped_column(String(150), default="")
    signatory_nip: Mapped[str] = mapped_column(String(30), default="")
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    checklist: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    same_person: Mapped[bool] = mapped_column(Boolean, default=False)
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class Attachment(Replicated, Base):
    """Lampiran: a file in the content-addressed store, attached to a record of a visit."""

    __tablename__ = "attachment"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    owner_table: Mapped[str] = mapped_column(String(40), default="visit")
    owner_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(String(300), default="")


# --- Regulation and conflicts ------------------------------------------------------------


class VillageRegulation(Replicated, Base):
    """A regulation in the village's register with the dates of each step (seed 003)."""

    __tablename__ = "village_regulation"

    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    number: Mapped[str | None] = mapped_column(String(30))
    year: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(30), default="lainnya")
    budget_year: Mapped[int | None] = mapped_column(Integer)
    bpd_agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    handed_to_kades_on: Mapped[dt.date | None] = mapped_column(Date)
    enacted_on: Mapped[dt.date | None] = mapped_column(Date)
    promulgated_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_to_bupati_on: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_returned_on: Mapped[dt.date | None] = mapped_column(Date)
    corrected_on: Mapped[dt.date | None] = mapped_column(Date)
    consultation_on: Mapped[dt.date | None] = mapped_column(Date)
    #: The musyawarah (Musrenbangdes / Musdes) that discussed and agreed the draft.
    musyawarah_on: Mapped[dt.date | None] = mapped_column(Date)
    extraordinary_note: Mapped[str | None] = mapped_column(Text)
    change_reason_kind: Mapped[str | None] = mapped_column(String(40))
    change_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")


class Conflict(Replicated, Base):
    """A losing value of a concurrent same-field edit, kept so nothing is silently lost.
    The id derives from (table, row id, field, loser's field version), and every content
    field is a function of the two edits, so replicas that detect the same conflict
    create identical rows."""

    __tablename__ = "conflict"

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    winner_version: Mapped[str] = mapped_column(String(64))
    loser_version: Mapped[str] = mapped_column(String(64))
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_device_id: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(15), default="open")
    resolved_note: Mapped[str] = mapped_column(Text, default="")
