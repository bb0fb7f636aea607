"""What the review of a visit looks at (Pedoman B.3): what submission requires, the
reviewer's checklist, the automatic warnings, the office's review settings, and the record
of each step (status events and reviews) as read back.

The workflow (:mod:`.workflow`) refuses a submission while :func:`submission_problems`
lists anything and records the checklist and the warnings on every review; the window's
editor and ``visit show`` list the same problems and warnings.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop import ownership
from perut_desktop.enums import (
    ResultStatus,
    ReviewWarning,
    SubmissionProblem,
    VerificationCheck,
)
from perut_desktop.errors import ValidationError
from perut_desktop.models import (
    Attachment,
    Attendance,
    ChecklistResult,
    Review,
    ScheduleEntry,
    Setting,
    Visit,
    VisitStatusEvent,
)
from perut_desktop.services import scores
from perut_desktop.services.common import get_or_404, require_master
from perut_desktop.services.visits import minutes_of

# --- the record of each step -----------------------------------------------------------------


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
    reviewer_id: str | None = None
    #: The verification checklist as ticked (check code → ticked), every check listed.
    checklist: tuple[tuple[str, bool], ...] = ()
    #: The warnings shown at that step, as (code, text).
    warnings: tuple[tuple[str, str], ...] = ()
    same_person: bool = False
    has_snapshot: bool = False


def history(session: Session, visit_id: str) -> list[StatusEventInfo]:
    """The status events of a visit, oldest first (in clock order)."""
    rows = session.scalars(select(VisitStatusEvent).where(VisitStatusEvent.visit_id == visit_id)
                           .order_by(VisitStatusEvent.recorded_hlc)).all()
    return [StatusEventInfo(e.from_status, e.to_status, e.actor_name, e.actor_nip, e.device_id, e.occurred_at, e.note)
            for e in rows]


def reviews(session: Session, visit_id: str) -> list[ReviewInfo]:
    """The reviews of a visit (verifications, returns, approvals), oldest first."""
    rows = session.scalars(select(Review).where(Review.visit_id == visit_id).order_by(Review.version)).all()
    return [ReviewInfo(r.verdict, r.notes, r.reviewer_name, r.reviewer_nip, r.signatory_name, r.signatory_title,
                       r.signatory_position, r.signatory_nip, r.reviewed_at, r.reviewer_id,
                       tuple((c.value, bool((r.checklist or {}).get(c.value))) for c in VerificationCheck),
                       tuple((w[0], w[1]) for w in r.warnings or ()), r.same_person, r.snapshot is not None)
            for r in rows]


# --- the office's settings ---------------------------------------------------------------------

SAME_PERSON_KEY = "review.same_person_may_approve"
SCORE_DROP_KEY = "review.score_drop"
#: A fall of the overall score by more than this many percentage points is a warning.
DEFAULT_SCORE_DROP = 20


@dataclass(frozen=True)
class ReviewSettings:
    """May the verifier of a visit also approve it; how large a score fall is a warning
    (percentage points). Settings of the office's installation (local, not replicated)."""

    same_person_may_approve: bool
    score_drop: int


def review_settings(session: Session) -> ReviewSettings:
    same = session.get(Setting, SAME_PERSON_KEY)
    drop = session.get(Setting, SCORE_DROP_KEY)
    return ReviewSettings(same is not None and same.value is True,
                          drop.value if drop is not None and isinstance(drop.value, int) else DEFAULT_SCORE_DROP)


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def update_review_settings(session: Session, *, same_person_may_approve: bool | None = None,
                           score_drop: int | None = None) -> ReviewSettings:
    """Change the review settings (master only); ``None`` keeps a setting."""
    require_master(session, "Pengaturan verifikasi")
    if score_drop is not None and not 1 <= score_drop <= 100:
        raise ValidationError(f"Batas penurunan nilai {score_drop} tidak masuk akal; isi 1 sampai 100 poin persen.")
    if same_person_may_approve is not None:
        _put(session, SAME_PERSON_KEY, same_person_may_approve)
    if score_drop is not None:
        _put(session, SCORE_DROP_KEY, score_drop)
    session.flush()
    return review_settings(session)


# --- the checklist ---------------------------------------------------------------------------


def checklist_record(checked: Iterable[str] | None = None) -> dict[str, bool]:
    """The checklist as stored on a review: every check, ticked or not. Unknown codes are
    refused with the list of known ones."""
    ticked = {c.strip().casefold() for c in checked or () if c.strip()}
    known = {c.value for c in VerificationCheck}
    unknown = sorted(ticked - known)
    if unknown:
        raise ValidationError(f"Butir verifikasi '{unknown[0]}' tidak dikenal; pilih dari {', '.join(sorted(known))}.")
    return {c.value: c.value in ticked for c in VerificationCheck}


# --- what submission requires -------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something missing from a visit (``code`` a :class:`SubmissionProblem`) or something
    the reviewer is warned of (a :class:`ReviewWarning`), in Indonesian."""

    code: str
    text: str


def _unchecked(session: Session, visit_id: str) -> list[str]:
    return list(session.scalars(select(ChecklistResult.item_code).where(
        ChecklistResult.visit_id == visit_id, ChecklistResult.status.is_(None)).order_by(ChecklistResult.item_code)))


def _present(session: Session, visit_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Attendance).where(
        Attendance.visit_id == visit_id, Attendance.present.is_(True))) or 0


def submission_problems(session: Session, visit_id: str) -> list[Problem]:
    """What keeps a visit from being submitted: books not checked, nobody marked present,
    notulen without discussion or without decisions. Empty when it may be submitted."""
    get_or_404(session, Visit, visit_id, "Kunjungan")
    out = []
    unchecked = _unchecked(session, visit_id)
    if unchecked:
        shown = ", ".join(unchecked[:5]) + (", …" if len(unchecked) > 5 else "")
        out.append(Problem(SubmissionProblem.BOOKS_UNCHECKED, f"{len(unchecked)} buku belum diperiksa ({shown})"))
    if not _present(session, visit_id):
        out.append(Problem(SubmissionProblem.NOBODY_PRESENT, "belum ada peserta yang ditandai hadir"))
    minutes = minutes_of(session, visit_id)
    if not minutes.discussion.strip():
        out.append(Problem(SubmissionProblem.NO_DISCUSSION, "notulen belum berisi pembahasan"))
    if not minutes.decisions.strip():
        out.append(Problem(SubmissionProblem.NO_DECISIONS, "notulen belum berisi keputusan"))
    return out


# --- the automatic warnings --------------------------------------------------------------------


def _previous_visit(session: Session, visit: Visit) -> Visit | None:
    return session.scalars(select(Visit).where(Visit.village_id == visit.village_id,
                                               Visit.visit_date < visit.visit_date)
                           .order_by(Visit.visit_date.desc())).first()


def _statuses(session: Session, visit_id: str) -> dict[str, str | None]:
    rows = session.execute(select(ChecklistResult.item_code, ChecklistResult.status)
                           .where(ChecklistResult.visit_id == visit_id))
    return {code: status for code, status in rows}


def _percent(score: float) -> str:
    return f"{round(score * 100)}%"


def review_warnings(session: Session, visit_id: str) -> list[Problem]:
    """What the reviewer should look at: nobody present, empty notulen, no photo evidence, a
    book that went from *Ada, lengkap* to *Tidak ada* since the village's previous visit, an
    overall score that fell by more than the office's limit, a visit outside the plan."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    out = []
    if not _present(session, visit_id):
        out.append(Problem(ReviewWarning.NOBODY_PRESENT, "Tidak ada peserta yang hadir."))
    minutes = minutes_of(session, visit_id)
    if not any(t.strip() for t in (minutes.opening, minutes.discussion, minutes.decisions, minutes.closing)):
        out.append(Problem(ReviewWarning.EMPTY_MINUTES, "Notulen kosong."))
    photos = session.scalar(select(func.count()).select_from(Attachment).where(
        Attachment.visit_id == visit_id, Attachment.media_type.like("image/%"),
        Attachment.owner_table != ownership.SIGNED_REPORT)) or 0
    if not photos:
        out.append(Problem(ReviewWarning.NO_PHOTO, "Tidak ada foto bukti."))
    previous = _previous_visit(session, visit)
    if previous is not None:
        before, now = _statuses(session, previous.id), _statuses(session, visit_id)
        lost = sorted(code for code, status in now.items()
                      if status == ResultStatus.TIDAK_ADA.value and before.get(code) == ResultStatus.LENGKAP.value)
        for code in lost:
            out.append(Problem(ReviewWarning.BOOK_LOST,
                               f"Buku {code} tercatat Ada, lengkap pada kunjungan {previous.visit_date:%d-%m-%Y}, "
                               "kini Tidak ada."))
        limit = review_settings(session).score_drop
        was = scores.visit_score(session, previous.id).overall
        is_ = scores.visit_score(session, visit_id).overall
        if was is not None and is_ is not None and round((was - is_) * 100, 6) > limit:
            out.append(Problem(ReviewWarning.SCORE_DROP,
                               f"Nilai turun dari {_percent(was)} ({previous.visit_date:%d-%m-%Y}) ke {_percent(is_)}, "
                               f"lebih dari {limit} poin."))
    day = visit.visit_date
    first, last = day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    planned = session.scalar(select(func.count()).select_from(ScheduleEntry).where(
        ScheduleEntry.village_id == visit.village_id, ScheduleEntry.planned_date >= first,
        ScheduleEntry.planned_date <= last)) or 0
    if not planned:
        out.append(Problem(ReviewWarning.OUTSIDE_PLAN,
                           f"Kunjungan tidak ada dalam jadwal pendampingan bulan {visit.visit_date:%m-%Y}."))
    return out
