"""What the window's visit editor reads besides the visit's own records: the header with
whether this replica may change the visit, the village's previous finding for each book,
and the signatory titles the acting staff member may use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import EDITABLE_STATUSES, Role, SignatoryTitle, VisitStatus
from perut_desktop.errors import PerutError
from perut_desktop.models import ChecklistResult, Device, Officer, ReplicaState, Visit
from perut_desktop.services import approval, people, scores
from perut_desktop.services.common import acting_user, get_or_404
from perut_desktop.services.review import Problem, review_warnings
from perut_desktop.services.templates import book_identities
from perut_desktop.services.visits import status_of, visit_summary
from perut_desktop.services.workflow import history

__all__ = ["EditorVisit", "PreviousResult", "ReviewContext", "editor_visit", "previous_results", "review_context",
           "signing_titles"]


@dataclass(frozen=True)
class EditorVisit:
    """A visit as its editor's header shows it, with what this replica may do with it."""

    id: str
    village_id: str
    village_code: str
    village_name: str
    visit_date: dt.date
    officer_id: str
    officer_name: str
    agenda: str
    place: str
    start_time: str
    end_time: str
    summary: str
    status: VisitStatus
    score: float | None
    #: Owned by this device (only the owner changes a visit's records).
    own: bool
    #: This replica is the office's master.
    is_master: bool
    #: The officer of the laptop that owns the visit (the reason it is read-only elsewhere).
    owner_officer: str
    #: The office's note of the latest return, while the visit is *Dikembalikan*.
    returned_note: str

    @property
    def editable(self) -> bool:
        """Whether this replica may change the visit's records now."""
        return self.own and self.status in EDITABLE_STATUSES


def editor_visit(session: Session, visit_id: str) -> EditorVisit:
    """The header of ``visit_id`` for the editor (reads only)."""
    summary = visit_summary(session, visit_id)
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    state = session.scalars(select(ReplicaState)).one()
    status = status_of(session, visit_id)
    owner_officer = session.scalar(select(Officer.name).join(Device, Device.officer_id == Officer.id)
                                   .where(Device.id == visit.device_id)) or ""
    note = ""
    if status is VisitStatus.DIKEMBALIKAN:
        returns = [e for e in history(session, visit_id) if e.to_status == VisitStatus.DIKEMBALIKAN.value]
        note = returns[-1].note if returns else ""
    return EditorVisit(
        id=visit.id, village_id=visit.village_id, village_code=summary.village_code,
        village_name=summary.village_name, visit_date=visit.visit_date, officer_id=visit.officer_id,
        officer_name=summary.officer_name, agenda=visit.agenda, place=visit.place, start_time=visit.start_time,
        end_time=visit.end_time, summary=visit.summary, status=status,
        score=scores.visit_score(session, visit_id).overall, own=visit.device_id == state.device_id,
        is_master=Role(state.role) is Role.MASTER, owner_officer=owner_officer, returned_note=note)


@dataclass(frozen=True)
class PreviousResult:
    """What the village's previous visit found for one book."""

    visit_date: dt.date
    status: str | None
    last_entry_on: dt.date | None
    notes: str


def previous_results(session: Session, visit_id: str) -> dict[str, PreviousResult]:
    """For each book of ``visit_id`` (by its item code), what the latest earlier visit to the
    same village found for the same book (books compared by identity across template
    versions, DESIGN.md §3). Books the previous visit did not have are left out; empty when
    the village had no earlier visit."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    previous = session.scalars(select(Visit).where(
        Visit.village_id == visit.village_id, Visit.id != visit.id,
        Visit.visit_date < visit.visit_date).order_by(Visit.visit_date.desc(), Visit.id)).first()
    if previous is None:
        return {}
    identity = book_identities(session)
    earlier = {identity.get(r.item_code, r.item_code): r for r in session.scalars(
        select(ChecklistResult).where(ChecklistResult.visit_id == previous.id))}
    out: dict[str, PreviousResult] = {}
    for code in session.scalars(select(ChecklistResult.item_code).where(ChecklistResult.visit_id == visit_id)):
        found = earlier.get(identity.get(code, code))
        if found is not None:
            out[code] = PreviousResult(previous.visit_date, found.status, found.last_entry_on, found.notes)
    return out


def signing_titles(session: Session) -> tuple[SignatoryTitle, ...]:
    """The signatory titles the acting staff member may approve with today (Camat, Plt.
    Camat, a.n. Camat), in that order; empty when none or nobody is acting."""
    try:
        user = acting_user(session)
    except PerutError:
        return ()
    return tuple(title for title in SignatoryTitle if approval.may_sign_as(session, user, title))


@dataclass(frozen=True)
class ReviewContext:
    """What the office's review panel shows beside a visit: the automatic warnings, the
    acting staff member, the titles they may sign with and whether they give a PIN."""

    warnings: tuple[Problem, ...]
    actor_name: str
    titles: tuple[SignatoryTitle, ...]
    actor_has_pin: bool


def review_context(session: Session, visit_id: str) -> ReviewContext:
    """The review panel's data for ``visit_id`` on the master (reads only)."""
    warnings = tuple(review_warnings(session, visit_id))
    try:
        user = acting_user(session)
    except PerutError:
        return ReviewContext(warnings, "", (), False)
    return ReviewContext(warnings, user.name, signing_titles(session), people.user_info(session, user.id).has_pin)
