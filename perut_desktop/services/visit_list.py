"""The window's list of visits and the choices of a new visit, as frozen rows.

One row per visit with what the list shows — village, date, officer, status, score, open
follow-ups created in it and whether the office has it — in a handful of set-based
queries, so ten thousand visits load in well under a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from perut_desktop.enums import Delivery, FollowUpStatus, Role, VisitStatus
from perut_desktop.models import (
    Attachment,
    Attendance,
    ChecklistResult,
    Device,
    FollowUp,
    FollowUpUpdate,
    Minutes,
    Officer,
    OfficerAssignment,
    Peer,
    ReplicaState,
    Village,
    Visit,
    VisitStatusEvent,
)
from perut_desktop.services import scores, visits
from perut_desktop.services.common import today
from perut_desktop.services.visits import (
    FollowUpInfo,
    ResultInfo,
    VisitSummary,
    latest_status_subquery,
    ranked_follow_up_updates,
)

__all__ = ["Choice", "NewVisitChoices", "VisitDetail", "VisitRow", "list_visit_rows", "new_visit_choices",
           "visit_detail"]


@dataclass(frozen=True)
class VisitRow:
    """One visit as the window's list shows it."""

    id: str
    village_id: str
    village_code: str
    village_name: str
    visit_date: dt.date
    officer_id: str
    officer_name: str
    status: VisitStatus
    score: float | None  # 0..1; None when no book applies or none is checked yet
    open_follow_ups: int  # follow-ups created in this visit and still open
    delivery: Delivery
    own: bool  # owned by this device (only its own drafts can be deleted here)


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


@dataclass(frozen=True)
class NewVisitChoices:
    """What a new visit may be: villages (this laptop's officer's own first), officers
    (this laptop's officer first), and the latest date allowed (today in the kecamatan)."""

    villages: tuple[Choice, ...]
    own_villages: int  # how many of ``villages``, from the start, are the officer's own
    officers: tuple[Choice, ...]
    today: dt.date
    agenda: str = "Pendampingan rutin administrasi desa"
    #: The villages each officer offered is assigned (officer id → village ids): the office,
    #: recording a visit for one, is offered that officer's villages first.
    assignments: dict[str, frozenset[str]] = field(default_factory=dict)


_VISIT_TABLES = (ChecklistResult, Attendance, Minutes, FollowUp, FollowUpUpdate, Attachment, VisitStatusEvent)


def _last_write_per_visit(session: Session) -> dict[str, int]:
    """The local write counter of the newest write to each visit or anything in it."""
    parts = [select(Visit.id.label("visit_id"), Visit.seq.label("seq"))]
    parts += [select(m.visit_id.label("visit_id"), m.seq.label("seq")) for m in _VISIT_TABLES]  # type: ignore[attr-defined]
    rows = union_all(*parts).subquery()
    stmt = select(rows.c.visit_id, func.max(rows.c.seq)).group_by(rows.c.visit_id)
    return {vid: seq or 0 for vid, seq in session.execute(stmt).all()}


def _open_follow_ups_per_visit(session: Session) -> dict[str, int]:
    ranked = ranked_follow_up_updates()
    stmt = (
        select(FollowUp.visit_id, func.count())
        .outerjoin(ranked, and_(ranked.c.follow_up_id == FollowUp.id, ranked.c.rn == 1))
        .where(FollowUp.deleted.is_(False),
               func.coalesce(ranked.c.status, literal(FollowUpStatus.BELUM.value)) == FollowUpStatus.BELUM.value)
        .group_by(FollowUp.visit_id)
    )
    return {vid: n for vid, n in session.execute(stmt).all()}


def list_visit_rows(session: Session) -> tuple[VisitRow, ...]:
    """Every visit of the replica, newest first, with what the window's list shows."""
    state = session.scalars(select(ReplicaState)).one()
    role = Role(state.role)
    st = latest_status_subquery()
    stmt = (
        select(Visit.id, Visit.village_id, Village.code, Village.name, Visit.visit_date, Visit.officer_id,
               Officer.name, st.c.status, Visit.device_id)
        .join(Village, Village.id == Visit.village_id)
        .join(Officer, Officer.id == Visit.officer_id)
        .outerjoin(st, st.c.visit_id == Visit.id)
        .where(Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Village.code)
    )
    rows = session.execute(stmt).all()
    sc = scores.scores_for_visits(session)
    open_counts = _open_follow_ups_per_visit(session)
    sent_seq = acked_seq = 0
    last_write: dict[str, int] = {}
    if role is Role.FIELD and state.master_device_id:
        peer = session.get(Peer, state.master_device_id)
        if peer is not None:
            sent_seq, acked_seq = peer.sent_seq, peer.acked_seq
        last_write = _last_write_per_visit(session)
    me = state.device_id
    out = []
    for vid, village_id, code, vname, day, officer_id, oname, status, device_id in rows:
        delivery = Delivery.ACKNOWLEDGED
        if role is Role.FIELD and device_id == me:
            seq = last_write.get(vid, 0)
            delivery = (Delivery.ACKNOWLEDGED if seq <= acked_seq
                        else Delivery.SENT if seq <= sent_seq else Delivery.UNSENT)
        score = sc[vid].overall if vid in sc else None
        out.append(VisitRow(vid, village_id, code, vname, day, officer_id, oname,
                            VisitStatus(status or VisitStatus.DRAF), score, open_counts.get(vid, 0),
                            delivery, device_id == me))
    return tuple(out)


def new_visit_choices(session: Session) -> NewVisitChoices:
    """The villages and officers a new visit may name, and today's date in the kecamatan.

    On a field laptop the villages assigned to its officer come first and its officer is
    the first officer offered."""
    state = session.scalars(select(ReplicaState)).one()
    officer_id = session.scalar(select(Device.officer_id).where(Device.id == state.device_id))
    own: set[str] = set()
    if officer_id:
        own = set(session.scalars(select(OfficerAssignment.village_id)
                                  .where(OfficerAssignment.officer_id == officer_id)))
    villages = session.execute(select(Village.id, Village.name, Village.code).order_by(Village.name)).all()
    ordered = sorted(villages, key=lambda v: (v.id not in own, v.name.casefold()))
    officers = session.execute(select(Officer.id, Officer.name).where(Officer.active.is_(True))
                               .order_by(Officer.name)).all()
    officers = sorted(officers, key=lambda o: (o.id != officer_id, o.name.casefold()))
    assigned: dict[str, set[str]] = {}
    for officer, village in session.execute(select(OfficerAssignment.officer_id, OfficerAssignment.village_id)):
        assigned.setdefault(officer, set()).add(village)
    return NewVisitChoices(
        villages=tuple(Choice(v.id, v.name) for v in ordered),
        own_villages=sum(1 for v in villages if v.id in own),
        officers=tuple(Choice(o.id, o.name) for o in officers),
        today=today(session),
        assignments={o.id: frozenset(assigned.get(o.id, ())) for o in officers},
    )


@dataclass(frozen=True)
class VisitDetail:
    """A visit read-only, as the window shows it until the editor comes."""

    summary: VisitSummary
    status: VisitStatus
    score: float | None
    place: str
    results: tuple[ResultInfo, ...]
    attendees: int
    present: int
    follow_ups: tuple[FollowUpInfo, ...]
    own: bool


def visit_detail(session: Session, visit_id: str) -> VisitDetail:
    """One visit with its books, attendance counts and follow-ups (reads only)."""
    summary = visits.visit_summary(session, visit_id)
    people = visits.attendees(session, visit_id)
    score = scores.visit_score(session, visit_id)
    place = session.scalar(select(Visit.place).where(Visit.id == visit_id)) or ""
    me = session.scalar(select(ReplicaState.device_id))
    return VisitDetail(
        summary=summary, status=VisitStatus(summary.status), score=score.overall, place=place,
        results=tuple(visits.results(session, visit_id)), attendees=len(people),
        present=sum(1 for p in people if p.present), follow_ups=tuple(visits.follow_ups_created_in(session, visit_id)),
        own=summary.device_id == me,
    )
