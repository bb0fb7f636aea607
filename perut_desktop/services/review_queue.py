"""The office's queue: visits waiting for verification (*Diajukan*) or approval
(*Diverifikasi*), oldest first, with how long each has waited; and the signatory titles
the acting staff member may approve with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.models import Officer, Village, Visit, VisitStatusEvent
from perut_desktop.services import approval, scores
from perut_desktop.services.common import acting_user, zone
from perut_desktop.services.common import today as replica_today

__all__ = ["QueueRow", "SigningChoice", "review_queue", "signing_choice", "waiting_count"]

WAITING = (VisitStatus.DIAJUKAN.value, VisitStatus.DIVERIFIKASI.value)


@dataclass(frozen=True)
class QueueRow:
    id: str
    village_code: str
    village_name: str
    officer_name: str
    visit_date: dt.date
    status: VisitStatus
    waiting_since: dt.date  # the day of the step that put it in the queue
    days_waiting: int
    score: float | None


@dataclass(frozen=True)
class SigningChoice:
    """What an approval by the acting staff member needs: the titles they may sign with
    today (most senior first) and whether their profile asks for a PIN."""

    user_name: str
    titles: tuple[SignatoryTitle, ...]
    needs_pin: bool


def _latest_events():  # type: ignore[no-untyped-def]
    ranked = (
        select(VisitStatusEvent.visit_id, VisitStatusEvent.to_status, VisitStatusEvent.occurred_at,
               func.row_number().over(partition_by=VisitStatusEvent.visit_id,
                                      order_by=VisitStatusEvent.recorded_hlc.desc()).label("rn"))
        .where(VisitStatusEvent.deleted.is_(False))
        .subquery()
    )
    return select(ranked.c.visit_id, ranked.c.to_status, ranked.c.occurred_at).where(ranked.c.rn == 1).subquery()


def review_queue(session: Session, today: dt.date | None = None) -> tuple[QueueRow, ...]:
    """Visits *Diajukan* or *Diverifikasi*, the longest waiting first."""
    day = today or replica_today(session)
    local = zone(session)
    latest = _latest_events()
    rows = session.execute(
        select(Visit.id, Village.code, Village.name, Officer.name, Visit.visit_date, latest.c.to_status,
               latest.c.occurred_at)
        .join(latest, latest.c.visit_id == Visit.id)
        .join(Village, Village.id == Visit.village_id)
        .join(Officer, Officer.id == Visit.officer_id)
        .where(Visit.deleted.is_(False), latest.c.to_status.in_(WAITING))
    ).all()
    sc = scores.scores_for_visits(session, [r[0] for r in rows])
    out = []
    for vid, code, vname, oname, vdate, status, occurred in rows:
        since = local.local(occurred).date() if occurred is not None else vdate
        out.append(QueueRow(vid, code, vname, oname, vdate, VisitStatus(status), since, max((day - since).days, 0),
                            sc[vid].overall if vid in sc else None))
    out.sort(key=lambda r: (r.waiting_since, r.visit_date, r.village_code))
    return tuple(out)


def waiting_count(session: Session) -> int:
    """How many visits wait for the office (the navigation's badge)."""
    latest = _latest_events()
    return session.scalar(select(func.count()).select_from(latest).join(Visit, Visit.id == latest.c.visit_id)
                          .where(Visit.deleted.is_(False), latest.c.to_status.in_(WAITING))) or 0


def signing_choice(session: Session) -> SigningChoice:
    """The titles the acting staff member may approve with today, and whether a PIN is asked."""
    user = acting_user(session)
    titles = tuple(t for t in SignatoryTitle if approval.may_sign_as(session, user, t))
    return SigningChoice(user.name, titles, bool(user.pin_hash))
