"""The visit workflow: Draf → Diajukan → Diverifikasi → Disetujui, or Dikembalikan → Draf.

Every change is an append-only status event (device, person, time, note); the status is
the latest event. Who may make which change is the ownership module's transition table,
enforced for every write by the replication hook; this module adds the content checks (a
visit is submitted only when nothing is missing, :func:`.review.submission_problems`), the
reviews (with the reviewer's checklist and the warnings shown then), who may approve
(:mod:`.approval`), and the approval's snapshot of the report as signed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from perut_desktop import ownership
from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.errors import InputRejected, StateError, ValidationError, WorkflowError
from perut_desktop.models import Device, Officer, Review, Village, Visit, VisitStatusEvent
from perut_desktop.services import approval, report_data
from perut_desktop.services.common import acting_user, ctx, get_or_404, now, require_master
from perut_desktop.services.review import (
    ReviewInfo,
    StatusEventInfo,
    checklist_record,
    history,
    review_warnings,
    reviews,
    submission_problems,
)
from perut_desktop.services.visits import status_of

__all__ = [
    "ReviewInfo", "StatusEventInfo", "approve_visit", "approve_visits", "history", "reassign_visit", "reopen_visit", "return_visit",
    "reviews", "submit_visit", "verify_visit",
]


def _check_transition(session: Session, visit: Visit, target: VisitStatus) -> VisitStatus:
    current = status_of(session, visit.id)
    c = ctx(session)
    reason = ownership.transition_denial(current, target, is_master=c.is_master, is_owner=visit.device_id == c.device_id)
    if reason:
        raise WorkflowError(reason)
    return current


def _transition(session: Session, visit: Visit, target: VisitStatus, note: str, actor: tuple[str, str, str | None]) -> None:
    current = _check_transition(session, visit, target)
    name, nip, user_id = actor
    session.add(VisitStatusEvent(visit_id=visit.id, from_status=current.value, to_status=target.value,
                                 device_id=ctx(session).device_id, user_profile_id=user_id, actor_name=name, actor_nip=nip,
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
    """Submit a draft for verification (the owning device). Refused, with the list, while
    anything is missing (:func:`.review.submission_problems`)."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    _check_transition(session, visit, VisitStatus.DIAJUKAN)
    problems = submission_problems(session, visit_id)
    if problems:
        raise ValidationError(f"Kunjungan belum dapat diajukan: {'; '.join(p.text for p in problems)}.")
    _transition(session, visit, VisitStatus.DIAJUKAN, note, _officer_actor(session, visit))
    return VisitStatus.DIAJUKAN


def reopen_visit(session: Session, visit_id: str, note: str = "") -> VisitStatus:
    """Take a returned visit back to Draf for correction (the owning device)."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    _transition(session, visit, VisitStatus.DRAF, note, _officer_actor(session, visit))
    return VisitStatus.DRAF


def _review(session: Session, visit: Visit, verdict: VisitStatus, notes: str, *,
            checklist: dict[str, bool], signatory: approval.Signatory | None = None,
            snapshot: dict[str, Any] | None = None) -> None:
    user = acting_user(session)
    sig = signatory or approval.Signatory("", "", "", "")
    warnings = [[w.code, w.text] for w in review_warnings(session, visit.id)]
    session.add(Review(visit_id=visit.id, verdict=verdict.value, notes=notes.strip(), reviewer_id=user.id,
                       reviewer_name=user.name, reviewer_nip=user.nip, signatory_name=sig.name,
                       signatory_title=sig.title, signatory_position=sig.position, signatory_nip=sig.nip,
                       reviewed_at=now(session), checklist=checklist, warnings=warnings,
                       same_person=sig.same_person, snapshot=snapshot))
    session.flush()


def verify_visit(session: Session, visit_id: str, note: str = "", *, checklist: Iterable[str] | None = None) -> VisitStatus:
    """Mark a submitted visit verified (master; records the acting staff member, the
    checklist items ticked — :class:`~perut_desktop.enums.VerificationCheck` codes — and
    the warnings shown)."""
    require_master(session, "Verifikasi kunjungan")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    record = checklist_record(checklist)
    _transition(session, visit, VisitStatus.DIVERIFIKASI, note, _master_actor(session))
    _review(session, visit, VisitStatus.DIVERIFIKASI, note, checklist=record)
    return VisitStatus.DIVERIFIKASI


def return_visit(session: Session, visit_id: str, note: str, *, checklist: Iterable[str] | None = None) -> VisitStatus:
    """Return a visit for correction, with a note saying what to correct (master)."""
    require_master(session, "Pengembalian kunjungan")
    if not note.strip():
        raise ValidationError("Tuliskan catatan perbaikan saat mengembalikan kunjungan.")
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    record = checklist_record(checklist)
    _transition(session, visit, VisitStatus.DIKEMBALIKAN, note, _master_actor(session))
    _review(session, visit, VisitStatus.DIKEMBALIKAN, note, checklist=record)
    return VisitStatus.DIKEMBALIKAN


def approve_visit(session: Session, visit_id: str, *, title: str = SignatoryTitle.CAMAT.value, note: str = "",
                  pin: str | None = None) -> VisitStatus:
    """Approve a verified visit (master) in the name of the acting staff member, who must be
    allowed the title (:mod:`.approval`), must not be its verifier unless the office allows
    it, and gives the profile's PIN when it has one. The signatory is recorded with name,
    title and NIP as they are now, and the report as it shows now is kept with the approval,
    so a later print shows what was signed. A refusal changes nothing."""
    require_master(session, "Persetujuan kunjungan")
    chosen = approval.parse_title(title)
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    user = acting_user(session)
    _check_transition(session, visit, VisitStatus.DISETUJUI)
    signatory = approval.signatory_for(session, user, visit_id, chosen, pin)
    _transition(session, visit, VisitStatus.DISETUJUI, note, (user.name, user.nip, user.id))
    _review(session, visit, VisitStatus.DISETUJUI, note, checklist=checklist_record(), signatory=signatory,
            snapshot=report_data.approval_snapshot(session, visit_id))
    return VisitStatus.DISETUJUI


def approve_visits(session: Session, visit_ids: Iterable[str], *, title: str = SignatoryTitle.CAMAT.value,
                   note: str = "", pin: str | None = None) -> int:
    """Approve several verified visits at once, each through :func:`approve_visit` with the
    same title, note and PIN, in the caller's one unit of work: all or nothing. A refusal
    names the visit refused (village and date) and, raised out of the unit of work,
    leaves every visit as it was. Returns how many were approved."""
    ids = list(dict.fromkeys(visit_ids))
    if not ids:
        raise ValidationError("Pilih kunjungan yang akan disetujui.")
    for visit_id in ids:
        try:
            approve_visit(session, visit_id, title=title, note=note, pin=pin)
        except (InputRejected, StateError) as exc:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise
            village_row = session.get(Village, visit.village_id)
            village = village_row.name if village_row is not None else visit.village_id
            raise type(exc)(f"Kunjungan {village} tanggal {visit.visit_date:%d-%m-%Y} tidak dapat disetujui: "
                            f"{exc}; tidak ada kunjungan yang disetujui.", hint=getattr(exc, "hint", None)) from exc
    return len(ids)


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
