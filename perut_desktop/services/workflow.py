"""The visit workflow: Draf → Diajukan → Diverifikasi → Disetujui, or Dikembalikan → Draf.

Every change is an append-only status event (device, person, time, note); the status is
the latest event. Who may make which change is the ownership module's transition table,
enforced for every write by the replication hook; this module adds the content checks
(a visit is submitted only when every book was checked) and the reviews.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop import ownership
from perut_desktop.errors import Hint, ValidationError, WorkflowError
from perut_desktop.models import ChecklistResult, Device, Officer, Review, Visit, VisitStatusEvent
from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.services.common import (
    acting_user,
    ctx,
    get_or_404,
    now,
    require_master,
    subdistrict,
)
from perut_desktop.services.visits import status_of


@dataclass(frozen=True)
class StatusEventInfo:
    from_status: str | None
    to_status: str
    actor_name: str
    actor_nip: str
    device_id: str
    occurred_at: dt.datetime
    note: str


@dataclass(frozen=True)
class ReviewInfo:
    verdict: str
    notes: str
    reviewer_name: str
    reviewer_nip: str
    signatory_name: str
    signatory_title: str
    signatory_position: str
    signatory_nip: str
    reviewed_at: dt.datetime


def _transition(session: Session, visit: Visit, target: VisitStatus, note: str, actor: tuple[str, str, str | None]) -> None:
    current = status_of(session, visit.id)
    c = ctx(session)
    reason = ownership.transition_denial(current, target, is_master=c.is_master, is_owner=visit.device_id == c.device_id)
    if reason:
        raise WorkflowError(reason)
    name, nip, user_id = actor
    session.add(VisitStatusEvent(visit_id=visit.id, from_status=current.value, to_status=target.value,
                                 device_id=c.device_id, user_profile_id=user_id, actor_name=name, actor_nip=nip,
                                 occurred_at=now(session), note=note.strip()))
    session.flush()


def _officer_actor(session: Session, visit: Visit) -> tuple[str, str, str | None]:
    """The pendamping acting on this device: the device's own officer (after a reassignment
    without a change of officer that is not the visit's), else the visit's officer. The
    office checks received events against the sending device's officer."""
    device = session.get(Device, ctx(session).device_id)
    officer = session.get(Officer, device.officer_id if device and device.officer_id else visit.officer_id)
    return (officer.name, officer.nip, None) if officer else ("", "", None)


def _master_actor(session: Session) -> tuple[str, str, str | None]:
    user = acting_user(session)
    return user.name, user.nip, user.id


def submit_visit(session: Session, visit_id: str, note: str = "") -> VisitStatus:
    """Submit a draft for verification (the owning device). Every book must be checked."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    unchecked = session.scalars(select(ChecklistResult.item_code).where(
        ChecklistResult.visit_id == visit_id, ChecklistResult.status.is_(None)).order_by(ChecklistResult.item_code)).all()
    if unchecked and status_of(session, visit_id) is VisitStatus.DRAF:
        raise ValidationError(f"Masih ada {len(unchecked)} buku yang belum diperiksa ({', '.join(unchecked[:5])}"
                              f"{', …' if len(unchecked) > 5 else ''}); lengkapi sebelum diajukan.")
    _transition(session, visit, VisitStatus.DIAJUKAN, note, _officer_actor(session, visit))
    return VisitStatus.DIAJUKAN


def reopen_visit(session: Session, visit_id: str, note: str = "") -> VisitStatus:
    """Take a returned visit back to Draf for correction (the owning device)."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    _transition(session, visit, VisitStatus.DRAF, note, _officer_actor(session, visit))
    return VisitStatus.DRAF


def _review(session: Session, visit: Visit, verdict: VisitStatus, notes: str, signatory: dict[str, str] | None = None) -> None:
    user = acting_user(session)
    sig = signatory or {}
    session.add(Review(visit_id=visit.id, verdict=verdict.value, notes=notes.strip(), reviewer_id=user.id,
                       reviewer_name=user.name, reviewer_nip=user.nip, signatory_name=sig.get("name", ""),
                       signatory_title=sig.get("title", ""), signatory_position=sig.get("position", ""),
                       signatory_nip=sig.get("nip", ""), reviewed_at=now(session)))
    session.flush()


def verify_visit(session: Session, visit_id: str, note: str = "") -> VisitStatus:
    """Mark a submitted visit verified (master; records the acting staff member)."""
    require_master(session, "Verifikasi kunjungan")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    _transition(session, visit, VisitStatus.DIVERIFIKASI, note, _master_actor(session))
    _review(session, visit, VisitStatus.DIVERIFIKASI, note)
    return VisitStatus.DIVERIFIKASI


def return_visit(session: Session, visit_id: str, note: str) -> VisitStatus:
    """Return a visit for correction, with a note saying what to correct (master)."""
    require_master(session, "Pengembalian kunjungan")
    if not note.strip():
        raise ValidationError("Tuliskan catatan perbaikan saat mengembalikan kunjungan.")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    _transition(session, visit, VisitStatus.DIKEMBALIKAN, note, _master_actor(session))
    _review(session, visit, VisitStatus.DIKEMBALIKAN, note)
    return VisitStatus.DIKEMBALIKAN


def approve_visit(session: Session, visit_id: str, *, title: str = SignatoryTitle.CAMAT.value, note: str = "",
                  signatory_name: str | None = None, signatory_nip: str | None = None) -> VisitStatus:
    """Approve a verified visit (master). The signatory (Camat, Plt. or a.n. Camat) is
    recorded with name, title and NIP as they are now, so a later print shows who signed."""
    require_master(session, "Persetujuan kunjungan")
    if title not in {t.value for t in SignatoryTitle}:
        raise ValidationError("Jabatan penanda tangan harus camat, plt atau an.")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    sub = subdistrict(session)
    user = acting_user(session)
    if title == SignatoryTitle.AN.value:
        name, nip = signatory_name or user.name, signatory_nip or user.nip
        position = f"a.n. Camat {sub.name}\n{user.title or 'Sekretaris Kecamatan'}"
    else:
        name, nip = signatory_name or sub.camat_name, signatory_nip or sub.camat_nip
        position = f"{'Plt. ' if title == SignatoryTitle.PLT.value else ''}Camat {sub.name}"
    if not name:
        raise ValidationError("Nama Camat belum diisi.", hint=Hint.SET_CAMAT)
    _transition(session, visit, VisitStatus.DISETUJUI, note, (user.name, user.nip, user.id))
    _review(session, visit, VisitStatus.DISETUJUI, note, {"name": name, "nip": nip, "title": title, "position": position})
    return VisitStatus.DISETUJUI


def history(session: Session, visit_id: str) -> list[StatusEventInfo]:
    rows = session.scalars(select(VisitStatusEvent).where(VisitStatusEvent.visit_id == visit_id)
                           .order_by(VisitStatusEvent.recorded_hlc)).all()
    return [StatusEventInfo(e.from_status, e.to_status, e.actor_name, e.actor_nip, e.device_id, e.occurred_at, e.note)
            for e in rows]


def reviews(session: Session, visit_id: str) -> list[ReviewInfo]:
    rows = session.scalars(select(Review).where(Review.visit_id == visit_id).order_by(Review.reviewed_at, Review.version)).all()
    return [ReviewInfo(r.verdict, r.notes, r.reviewer_name, r.reviewer_nip, r.signatory_name, r.signatory_title,
                       r.signatory_position, r.signatory_nip, r.reviewed_at) for r in rows]


def reassign_visit(session: Session, visit_id: str, device_id: str, officer_id: str | None = None) -> None:
    """Hand an open visit to another device (master): a lost laptop, a transferred officer."""
    require_master(session, "Pengalihan kunjungan")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    if status_of(session, visit_id) not in (VisitStatus.DRAF, VisitStatus.DIKEMBALIKAN):
        raise WorkflowError("Hanya kunjungan Draf atau Dikembalikan yang dapat dialihkan.")
    visit.device_id = device_id
    if officer_id:
        visit.officer_id = officer_id
    session.flush()
