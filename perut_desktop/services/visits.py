"""Visits: create, checklist results, attendance, minutes, follow-ups, attachments, reads.

Ownership and the edit-only-while-Draf/Dikembalikan rule are enforced for every write by
the replication hook (:mod:`perut_desktop.models.replication`); the functions here add the
checks a person entering data needs (dates, required fields) with clear messages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from perut_desktop.enums import (
    AttendeeGroup,
    FollowUpStatus,
    Gender,
    ResultStatus,
    VisitStatus,
)
from perut_desktop.errors import Hint, NotFound, ValidationError
from perut_desktop.models import (
    Attachment,
    Attendance,
    ChecklistItem,
    ChecklistResult,
    Device,
    FollowUp,
    FollowUpUpdate,
    Minutes,
    Officer,
    Village,
    VillageOfficial,
    Visit,
    VisitStatusEvent,
    derived_id,
)
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.services.common import clean, ctx, get_or_404, now, subdistrict, today
from perut_desktop.wording import sentence

# --- DTOs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitSummary:
    id: str
    village_id: str
    village_code: str
    village_name: str
    officer_id: str
    officer_name: str
    visit_date: dt.date
    agenda: str
    status: str
    device_id: str

    @property
    def status_label(self) -> str:
        return VisitStatus(self.status).label


@dataclass(frozen=True)
class ResultInfo:
    id: str
    item_code: str
    category_code: str
    category: str
    title: str
    guidance: str
    status: str | None
    last_entry_on: dt.date | None
    notes: str


@dataclass(frozen=True)
class AttendeeInfo:
    id: str
    name: str
    position: str
    group: str
    gender: str | None
    present: bool
    official_id: str | None


@dataclass(frozen=True)
class MinutesInfo:
    chair: str
    note_taker: str
    opening: str
    discussion: str
    decisions: str
    closing: str


@dataclass(frozen=True)
class FollowUpInfo:
    id: str
    visit_id: str
    visit_date: dt.date
    task: str
    responsible: str
    due_on: dt.date
    status: str
    last_note: str
    last_update_on: dt.date | None


@dataclass(frozen=True)
class ProgressInfo:
    id: str
    follow_up_id: str
    task: str
    status: str
    note: str
    recorded_on: dt.date


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    caption: str
    owner_table: str
    owner_id: str


# --- reads ---------------------------------------------------------------------------------


def latest_status_subquery():  # type: ignore[no-untyped-def]
    """A subquery (visit_id, status) of each visit's latest status event."""
    e2 = aliased(VisitStatusEvent)
    latest = (
        select(func.max(e2.recorded_hlc))
        .where(e2.visit_id == VisitStatusEvent.visit_id, e2.deleted.is_(False))
        .scalar_subquery()
    )
    return (
        select(VisitStatusEvent.visit_id.label("visit_id"), VisitStatusEvent.to_status.label("status"))
        .where(VisitStatusEvent.deleted.is_(False), VisitStatusEvent.recorded_hlc == latest)
        .subquery()
    )


def status_of(session: Session, visit_id: str) -> VisitStatus:
    value = session.scalar(
        select(VisitStatusEvent.to_status)
        .where(VisitStatusEvent.visit_id == visit_id)
        .order_by(VisitStatusEvent.recorded_hlc.desc())
        .limit(1)
    )
    return VisitStatus(value or VisitStatus.DRAF)


def list_visits(
    session: Session,
    *,
    village_id: str | None = None,
    status: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    ids: Iterable[str] | None = None,
) -> list[VisitSummary]:
    """Visits, newest first, with their current status."""
    st = latest_status_subquery()
    stmt = (
        select(Visit, Village.code, Village.name, Officer.name, st.c.status)
        .join(Village, Village.id == Visit.village_id)
        .join(Officer, Officer.id == Visit.officer_id)
        .outerjoin(st, st.c.visit_id == Visit.id)
    )
    if village_id:
        stmt = stmt.where(Visit.village_id == village_id)
    if status:
        stmt = stmt.where(st.c.status == status)
    if date_from:
        stmt = stmt.where(Visit.visit_date >= date_from)
    if date_to:
        stmt = stmt.where(Visit.visit_date <= date_to)
    if ids is not None:
        stmt = stmt.where(Visit.id.in_(list(ids)))
    stmt = stmt.order_by(Visit.visit_date.desc(), Village.code)
    return [
        VisitSummary(v.id, v.village_id, code, vname, v.officer_id, oname, v.visit_date, v.agenda,
                     s or VisitStatus.DRAF.value, v.device_id)
        for v, code, vname, oname, s in session.execute(stmt).all()
    ]


def visit_summary(session: Session, visit_id: str) -> VisitSummary:
    rows = list_visits(session, ids=[visit_id])
    if not rows:
        raise NotFound(f"Kunjungan dengan id {visit_id} tidak ditemukan.", hint=Hint.LIST_VISITS, record=visit_id)
    return rows[0]


def results(session: Session, visit_id: str) -> list[ResultInfo]:
    stmt = (
        select(ChecklistResult, ChecklistItem)
        .join(ChecklistItem, ChecklistItem.id == ChecklistResult.item_id)
        .where(ChecklistResult.visit_id == visit_id)
        .order_by(ChecklistItem.sort_order)
    )
    return [
        ResultInfo(r.id, r.item_code, i.category_code, i.category, i.title, i.guidance, r.status,
                   r.last_entry_on, r.notes)
        for r, i in session.execute(stmt).all()
    ]


def attendees(session: Session, visit_id: str) -> list[AttendeeInfo]:
    rows = session.scalars(
        select(Attendance).where(Attendance.visit_id == visit_id).order_by(Attendance.sort_order, Attendance.name)
    ).all()
    return [AttendeeInfo(a.id, a.name, a.position, a.group, a.gender, a.present, a.official_id) for a in rows]


def minutes_of(session: Session, visit_id: str) -> MinutesInfo:
    m = session.get(Minutes, derived_id("minutes", visit_id))
    if m is None:
        return MinutesInfo("", "", "", "", "", "")
    return MinutesInfo(m.chair, m.note_taker, m.opening, m.discussion, m.decisions, m.closing)


def _follow_up_infos(session: Session, follow_ups: list[tuple[FollowUp, dt.date]], as_of: dt.date | None) -> list[FollowUpInfo]:
    if not follow_ups:
        return []
    ids = [f.id for f, _ in follow_ups]
    stmt = (
        select(FollowUpUpdate, Visit.visit_date)
        .join(Visit, Visit.id == FollowUpUpdate.visit_id)
        .where(FollowUpUpdate.follow_up_id.in_(ids))
        .order_by(FollowUpUpdate.recorded_on, FollowUpUpdate.version)
    )
    latest: dict[str, FollowUpUpdate] = {}
    for upd, vdate in session.execute(stmt).all():
        if as_of is None or upd.recorded_on <= as_of:
            latest[upd.follow_up_id] = upd
    out = []
    for f, vdate in follow_ups:
        u = latest.get(f.id)
        out.append(FollowUpInfo(f.id, f.visit_id, vdate, f.task, f.responsible, f.due_on,
                                u.status if u else FollowUpStatus.BELUM.value, u.note if u else "",
                                u.recorded_on if u else None))
    return out


def follow_ups_created_in(session: Session, visit_id: str) -> list[FollowUpInfo]:
    rows = session.execute(
        select(FollowUp, Visit.visit_date).join(Visit, Visit.id == FollowUp.visit_id)
        .where(FollowUp.visit_id == visit_id).order_by(FollowUp.due_on, FollowUp.task)
    ).all()
    return _follow_up_infos(session, [(f, d) for f, d in rows], None)


def follow_ups_of_village(session: Session, village_id: str, *, before: dt.date | None = None,
                          as_of: dt.date | None = None, open_only: bool = True,
                          exclude_visit_id: str | None = None) -> list[FollowUpInfo]:
    """Follow-ups of a village's visits (before a date), with their status as of a date."""
    stmt = (select(FollowUp, Visit.visit_date).join(Visit, Visit.id == FollowUp.visit_id)
            .where(FollowUp.village_id == village_id))
    if before is not None:
        stmt = stmt.where(Visit.visit_date < before)
    if exclude_visit_id:
        stmt = stmt.where(FollowUp.visit_id != exclude_visit_id)
    rows = session.execute(stmt.order_by(Visit.visit_date, FollowUp.due_on)).all()
    infos = _follow_up_infos(session, [(f, d) for f, d in rows], as_of)
    if open_only:
        infos = [i for i in infos if i.status == FollowUpStatus.BELUM.value]
    return infos


def ranked_follow_up_updates():  # type: ignore[no-untyped-def]
    """A subquery of every live follow-up update ranked per follow-up, newest first
    (``rn`` 1 is the one that gives the follow-up its status)."""
    return (
        select(FollowUpUpdate.follow_up_id, FollowUpUpdate.status,
               func.row_number().over(partition_by=FollowUpUpdate.follow_up_id,
                                      order_by=(FollowUpUpdate.recorded_on.desc(),
                                                FollowUpUpdate.version.desc())).label("rn"))
        .join(Visit, Visit.id == FollowUpUpdate.visit_id)
        .where(FollowUpUpdate.deleted.is_(False), Visit.deleted.is_(False))
        .subquery()
    )


def open_follow_up_counts(session: Session) -> dict[str, int]:
    """Open follow-ups per village id, in one query: a follow-up is open while its latest
    update (as ``follow_ups_of_village`` orders them) is "belum", or it has none."""
    ranked = ranked_follow_up_updates()
    stmt = (
        select(FollowUp.village_id, func.count())
        .join(Visit, Visit.id == FollowUp.visit_id)
        .outerjoin(ranked, and_(ranked.c.follow_up_id == FollowUp.id, ranked.c.rn == 1))
        .where(FollowUp.deleted.is_(False), Visit.deleted.is_(False),
               func.coalesce(ranked.c.status, FollowUpStatus.BELUM.value) == FollowUpStatus.BELUM.value)
        .group_by(FollowUp.village_id)
    )
    return {village_id: n for village_id, n in session.execute(stmt).all()}


def earlier_follow_ups(session: Session, visit_id: str) -> list[FollowUpInfo]:
    """Follow-ups of the village's earlier visits still open at this visit, plus those this
    visit closed: what the pendamping checks again (Pedoman B.3)."""
    visit = get_or_404(session, Visit, visit_id, "Kunjungan")
    all_before = follow_ups_of_village(session, visit.village_id, before=visit.visit_date, open_only=False,
                                       exclude_visit_id=visit_id)
    updated_here = set(session.scalars(select(FollowUpUpdate.follow_up_id).where(FollowUpUpdate.visit_id == visit_id)))
    day_before = visit.visit_date - dt.timedelta(days=1)
    open_then = {i.id for i in follow_ups_of_village(session, visit.village_id, before=visit.visit_date,
                                                     as_of=day_before, exclude_visit_id=visit_id)}
    return [i for i in all_before if i.id in open_then or i.id in updated_here]


def progress_recorded_in(session: Session, visit_id: str) -> list[ProgressInfo]:
    rows = session.execute(
        select(FollowUpUpdate, FollowUp.task).join(FollowUp, FollowUp.id == FollowUpUpdate.follow_up_id)
        .where(FollowUpUpdate.visit_id == visit_id).order_by(FollowUpUpdate.recorded_on)
    ).all()
    return [ProgressInfo(u.id, u.follow_up_id, task, u.status, u.note, u.recorded_on) for u, task in rows]


def attachments_of(session: Session, visit_id: str) -> list[AttachmentInfo]:
    rows = session.scalars(select(Attachment).where(Attachment.visit_id == visit_id).order_by(Attachment.filename)).all()
    return [AttachmentInfo(a.id, a.sha256, a.filename, a.media_type, a.size, a.caption, a.owner_table, a.owner_id)
            for a in rows]


# --- writes --------------------------------------------------------------------------------


_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")


def clock_time(value: str, what: str) -> str:
    """A time of day as the documents write it ("09.00"), from "9.00", "09:00" or "";
    anything else is refused. ``what`` names the field in the message ("mulai")."""
    text = value.strip()
    if not text:
        return ""
    try:
        parsed = dt.datetime.strptime(text.replace(":", "."), "%H.%M").time() if _CLOCK.fullmatch(text) else None
    except ValueError:  # 24.00, 12.60
        parsed = None
    if parsed is None:
        raise ValidationError(f"Jam {what} '{text}' tidak valid; tulis jam dan menit, mis. 09.00.")
    return f"{parsed:%H.%M}"


def _times_in_order(start: str, end: str) -> None:
    # "HH.MM" text sorts as the times do; a value stored before times were checked is let be
    if _CLOCK.fullmatch(start) and _CLOCK.fullmatch(end) and end < start:
        raise ValidationError(f"Jam selesai {end} lebih awal dari jam mulai {start}.")


def _editable_visit(session: Session, visit_id: str) -> Visit:
    return get_or_404(session, Visit, visit_id, "Kunjungan")


def create_visit(
    session: Session,
    *,
    village_id: str,
    officer_id: str,
    visit_date: dt.date,
    agenda: str = "Pendampingan rutin administrasi desa",
    place: str = "",
    start_time: str = "",
    end_time: str = "",
) -> VisitSummary:
    """Create a visit, owned by this device, pre-filled with the current template's books,
    the village's active officials as expected attendees and an empty notulen."""
    village = get_or_404(session, Village, village_id, "Desa")
    officer = get_or_404(session, Officer, officer_id, "Pendamping")
    if not officer.active:
        raise ValidationError(f"Pendamping {officer.name} tidak aktif.")
    if visit_date > today(session):
        raise ValidationError(
            f"Tanggal kunjungan {visit_date:%d-%m-%Y} belum terjadi; kunjungan dicatat setelah dilaksanakan."
        )
    if visit_date.year < 2000:
        raise ValidationError(f"Tanggal kunjungan {visit_date:%d-%m-%Y} tidak masuk akal.")
    start_time, end_time = clock_time(start_time, "mulai"), clock_time(end_time, "selesai")
    _times_in_order(start_time, end_time)
    template_id = subdistrict(session).current_template_id
    if template_id is None:
        raise NotFound("Belum ada daftar periksa yang diterbitkan.")
    me = ctx(session).device_id
    if not ctx(session).is_master and session.scalar(select(Device.officer_id).where(Device.id == me)) not in (
            None, officer.id):
        raise ValidationError(sentence(f"Perangkat ini mencatat kunjungan pendampingnya sendiri, bukan {officer.name}"))
    visit = Visit(village_id=village.id, officer_id=officer.id, device_id=me, template_id=template_id,
                  visit_date=visit_date, agenda=clean(agenda), place=clean(place) or f"Kantor Desa {village.name}",
                  start_time=start_time, end_time=end_time, summary="")
    session.add(visit)
    session.flush()
    session.add(VisitStatusEvent(visit_id=visit.id, from_status=None, to_status=VisitStatus.DRAF.value,
                                 device_id=me, actor_name=officer.name, actor_nip=officer.nip,
                                 occurred_at=now(session), note=""))
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id)
                            .order_by(ChecklistItem.sort_order)).all()
    for item in items:
        session.add(ChecklistResult(id=derived_id("checklist_result", visit.id, item.code), visit_id=visit.id,
                                    item_id=item.id, item_code=item.code, status=None, notes=""))
    # Expected attendees: the officials in office on the visit date (active, term not over).
    officials = session.scalars(select(VillageOfficial).where(
        VillageOfficial.village_id == village.id, VillageOfficial.active.is_(True),
        or_(VillageOfficial.term_start.is_(None), VillageOfficial.term_start <= visit_date),
        or_(VillageOfficial.term_end.is_(None), VillageOfficial.term_end >= visit_date),
    ).order_by(VillageOfficial.sort_order, VillageOfficial.name)).all()
    for n, o in enumerate(officials, start=1):
        session.add(Attendance(visit_id=visit.id, official_id=o.id, name=o.name, position=o.position,
                               group=o.body, gender=o.gender, present=False, sort_order=n))
    session.add(Minutes(id=derived_id("minutes", visit.id), visit_id=visit.id, chair="", note_taker="",
                        opening="", discussion="", decisions="", closing=""))
    session.flush()
    return visit_summary(session, visit.id)


def edit_visit(session: Session, visit_id: str, **changes: object) -> VisitSummary:
    """Change the agenda, place, times, summary or date of a visit."""
    visit = _editable_visit(session, visit_id)
    allowed = {"agenda", "place", "start_time", "end_time", "summary", "visit_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Kolom kunjungan tidak dikenal: {', '.join(sorted(unknown))}.")
    new_date = changes.get("visit_date")
    if isinstance(new_date, dt.date) and new_date > today(session):
        raise ValidationError(f"Tanggal kunjungan {new_date:%d-%m-%Y} belum terjadi.")
    for key, what in (("start_time", "mulai"), ("end_time", "selesai")):
        if isinstance(changes.get(key), str):
            changes[key] = clock_time(changes[key], what)  # type: ignore[arg-type]
    if "start_time" in changes or "end_time" in changes:
        start = changes.get("start_time")
        end = changes.get("end_time")
        _times_in_order(visit.start_time if start is None else str(start), visit.end_time if end is None else str(end))
    for key, value in changes.items():
        if value is not None:
            setattr(visit, key, value)
    if isinstance(new_date, dt.date):
        # progress recorded at this visit is dated by it: it moves with the visit's date
        for upd in session.scalars(select(FollowUpUpdate).where(FollowUpUpdate.visit_id == visit.id)):
            if upd.recorded_on != new_date:
                upd.recorded_on = new_date
    session.flush()
    return visit_summary(session, visit_id)


def delete_visit(session: Session, visit_id: str) -> None:
    """Delete a draft visit (a tombstone, which syncs)."""
    visit = _editable_visit(session, visit_id)
    if status_of(session, visit_id) is not VisitStatus.DRAF:
        raise ValidationError("Hanya kunjungan berstatus Draf yang dapat dihapus.")
    session.delete(visit)
    session.flush()


def set_result(session: Session, visit_id: str, item_code: str, *, status: str | None,
               last_entry_on: dt.date | None = None, notes: str | None = None) -> ResultInfo:
    """Record the state of one book at a visit."""
    visit = _editable_visit(session, visit_id)
    result = session.get(ChecklistResult, derived_id("checklist_result", visit_id, item_code))
    if result is None:
        raise NotFound(f"Buku dengan kode {item_code} tidak ada dalam daftar periksa kunjungan ini.")
    if status is not None and status not in {s.value for s in ResultStatus}:
        raise ValidationError(f"Status buku '{status}' tidak dikenal.")
    if last_entry_on is not None and last_entry_on > visit.visit_date:
        raise ValidationError(
            f"Tanggal entri terakhir {last_entry_on:%d-%m-%Y} sesudah tanggal kunjungan {visit.visit_date:%d-%m-%Y}."
        )
    result.status = status
    result.last_entry_on = last_entry_on
    if notes is not None:
        result.notes = notes.strip()
    session.flush()
    item = session.get(ChecklistItem, result.item_id)
    assert item is not None
    return ResultInfo(result.id, result.item_code, item.category_code, item.category, item.title, item.guidance,
                      result.status, result.last_entry_on, result.notes)


def _check_attendee(name: str, group: str, gender: str | None) -> None:
    if not name:
        raise ValidationError("Nama peserta daftar hadir wajib diisi.")
    if group not in {g.value for g in AttendeeGroup}:
        raise ValidationError(f"Unsur '{group}' tidak dikenal; pilih pemdes, bpd, lkd, masyarakat, kecamatan atau lainnya.")
    if gender is not None and gender not in {g.value for g in Gender}:
        raise ValidationError("Jenis kelamin harus L atau P.")


def add_attendee(session: Session, visit_id: str, *, name: str, position: str = "", group: str = "masyarakat",
                 gender: str | None = None, present: bool = True) -> AttendeeInfo:
    """Add a person to the attendance list."""
    _editable_visit(session, visit_id)
    name, position = clean(name), clean(position)
    gender = gender.upper() if gender else None
    _check_attendee(name, group, gender)
    count = session.scalar(select(func.count()).select_from(Attendance).where(Attendance.visit_id == visit_id)) or 0
    a = Attendance(visit_id=visit_id, name=name, position=position, group=group, gender=gender, present=present,
                   sort_order=count + 1)
    session.add(a)
    session.flush()
    return AttendeeInfo(a.id, a.name, a.position, a.group, a.gender, a.present, None)


def edit_attendee(session: Session, attendee_id: str, **changes: object) -> AttendeeInfo:
    a = get_or_404(session, Attendance, attendee_id, "Peserta daftar hadir")
    allowed = {"name", "position", "group", "gender", "present"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Kolom daftar hadir tidak dikenal: {', '.join(sorted(unknown))}.")
    new: dict[str, object] = {}
    for key, value in changes.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = clean(value).upper() if key == "gender" else clean(value)
        new[key] = value
    # check first, so a refused edit leaves the row as it was
    _check_attendee(str(new.get("name", a.name)), str(new.get("group", a.group)),
                    new.get("gender", a.gender))  # type: ignore[arg-type]
    for key, value in new.items():
        setattr(a, key, value)
    session.flush()
    return AttendeeInfo(a.id, a.name, a.position, a.group, a.gender, a.present, a.official_id)


def remove_attendee(session: Session, attendee_id: str) -> None:
    a = get_or_404(session, Attendance, attendee_id, "Peserta daftar hadir")
    session.delete(a)
    session.flush()


def set_minutes(session: Session, visit_id: str, **fields: str) -> MinutesInfo:
    """Write the notulen (chair, note-taker, opening, discussion, decisions, closing)."""
    _editable_visit(session, visit_id)
    allowed = {"chair", "note_taker", "opening", "discussion", "decisions", "closing"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(f"Kolom notulen tidak dikenal: {', '.join(sorted(unknown))}.")
    mid = derived_id("minutes", visit_id)
    m = session.get(Minutes, mid)
    if m is None:
        m = Minutes(id=mid, visit_id=visit_id, chair="", note_taker="", opening="", discussion="", decisions="",
                    closing="")
        session.add(m)
    for key, value in fields.items():
        if value is not None:
            setattr(m, key, value.strip())
    session.flush()
    return minutes_of(session, visit_id)


def add_follow_up(session: Session, visit_id: str, *, task: str, responsible: str = "",
                  due_on: dt.date | None) -> FollowUpInfo:
    """Create a follow-up (tindak lanjut) in a visit."""
    visit = _editable_visit(session, visit_id)
    task = task.strip()
    _check_follow_up(visit, task, due_on)
    f = FollowUp(visit_id=visit_id, village_id=visit.village_id, task=task, responsible=clean(responsible), due_on=due_on)
    session.add(f)
    session.flush()
    return next(i for i in follow_ups_created_in(session, visit_id) if i.id == f.id)


def remove_follow_up(session: Session, follow_up_id: str) -> None:
    f = get_or_404(session, FollowUp, follow_up_id, "Tindak lanjut")
    _editable_visit(session, f.visit_id)
    session.delete(f)
    session.flush()


def _check_follow_up(visit: Visit, task: str, due_on: dt.date | None) -> None:
    if not task:
        raise ValidationError("Tindak lanjut memerlukan uraian tugas.")
    if due_on is None:
        raise ValidationError("Tindak lanjut memerlukan batas waktu.")
    if due_on < visit.visit_date:
        raise ValidationError(
            f"Batas waktu {due_on:%d-%m-%Y} tidak boleh sebelum tanggal kunjungan {visit.visit_date:%d-%m-%Y}."
        )


def edit_follow_up(session: Session, follow_up_id: str, *, task: str | None = None, responsible: str | None = None,
                   due_on: dt.date | None = None) -> FollowUpInfo:
    """Change the task, the person responsible or the due date of a follow-up, in the visit
    that created it; the due date is never before that visit (as when it was added)."""
    f = get_or_404(session, FollowUp, follow_up_id, "Tindak lanjut")
    visit = _editable_visit(session, f.visit_id)
    new_task = f.task if task is None else task.strip()
    new_due = f.due_on if due_on is None else due_on
    _check_follow_up(visit, new_task, new_due)  # first, so a refused edit leaves the row as it was
    f.task, f.due_on = new_task, new_due
    if responsible is not None:
        f.responsible = clean(responsible)
    session.flush()
    return next(i for i in follow_ups_created_in(session, f.visit_id) if i.id == f.id)


def restore_follow_up(session: Session, follow_up_id: str) -> FollowUpInfo:
    """Bring back a follow-up removed from its visit: the same record (its tombstone made
    live again), so progress recorded on it elsewhere stays attached to it."""
    f = session.get(FollowUp, follow_up_id, execution_options={"include_deleted": True})
    if f is None:
        raise NotFound(f"Tindak lanjut dengan id {follow_up_id} tidak ditemukan.")
    _editable_visit(session, f.visit_id)
    f.deleted = False
    session.flush()
    return next(i for i in follow_ups_created_in(session, f.visit_id) if i.id == f.id)


def record_progress(session: Session, visit_id: str, follow_up_id: str, *, status: str, note: str = "") -> ProgressInfo:
    """Record, in this visit, the progress or closure of a follow-up from an earlier visit."""
    visit = _editable_visit(session, visit_id)
    f = get_or_404(session, FollowUp, follow_up_id, "Tindak lanjut")
    origin = get_or_404(session, Visit, f.visit_id, "Kunjungan asal")
    if f.village_id != visit.village_id:
        raise ValidationError("Tindak lanjut ini milik desa lain.")
    if origin.id == visit.id or origin.visit_date > visit.visit_date:
        raise ValidationError("Perkembangan dicatat pada kunjungan sesudah kunjungan yang membuat tindak lanjut.")
    if status not in {s.value for s in FollowUpStatus}:
        raise ValidationError("Status perkembangan harus selesai, belum atau dibatalkan.")
    upd_id = derived_id("follow_up_update", follow_up_id, visit_id)
    # a withdrawn record keeps its id (derived), so recording again revives its tombstone
    upd = session.get(FollowUpUpdate, upd_id, execution_options={"include_deleted": True})
    if upd is None:
        upd = FollowUpUpdate(id=upd_id, follow_up_id=follow_up_id, visit_id=visit_id, status=status,
                             note=note.strip(), recorded_on=visit.visit_date)
        session.add(upd)
    else:
        upd.status, upd.note, upd.deleted = status, note.strip(), False
        if upd.recorded_on != visit.visit_date:  # (withdrawn before the visit's date was changed)
            upd.recorded_on = visit.visit_date
    session.flush()
    return ProgressInfo(upd.id, f.id, f.task, upd.status, upd.note, upd.recorded_on)


def withdraw_progress(session: Session, visit_id: str, follow_up_id: str) -> None:
    """Withdraw the progress this visit recorded on an earlier follow-up: the follow-up's
    status is again what the visits before this one made it."""
    _editable_visit(session, visit_id)
    upd = get_or_404(session, FollowUpUpdate, derived_id("follow_up_update", follow_up_id, visit_id),
                     "Perkembangan tindak lanjut")
    session.delete(upd)
    session.flush()


def attach_file(session: Session, store: AttachmentStore, visit_id: str, source: Path, *, caption: str = "",
                owner_table: str = "visit", owner_id: str | None = None, keep_original: bool = False) -> AttachmentInfo:
    """Attach a file (photo evidence, scan) to a visit or one of its records."""
    _editable_visit(session, visit_id)
    stored = store.put_file(source, keep_original=keep_original)
    name = source.name if not stored.media_type == "image/jpeg" or source.suffix.lower() in (".jpg", ".jpeg") \
        else source.with_suffix(".jpg").name
    a = Attachment(visit_id=visit_id, owner_table=owner_table, owner_id=owner_id or visit_id, sha256=stored.sha256,
                   filename=name, media_type=stored.media_type, size=stored.size, width=stored.width,
                   height=stored.height, caption=clean(caption))
    session.add(a)
    session.flush()
    return AttachmentInfo(a.id, a.sha256, a.filename, a.media_type, a.size, a.caption, a.owner_table, a.owner_id)


def attach_files(session: Session, store: AttachmentStore, visit_id: str, sources: Iterable[Path], *,
                 progress: Callable[[int, int, str], None] | None = None) -> list[AttachmentInfo]:
    """Attach several files to a visit in one unit of work: all of them, or none when one is
    refused (its message names it). ``progress(done, total, name)`` is called before each."""
    paths = list(sources)
    attached = []
    for n, path in enumerate(paths):
        if progress is not None:
            progress(n, len(paths), path.name)
        attached.append(attach_file(session, store, visit_id, path))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return attached


def _attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(a.id, a.sha256, a.filename, a.media_type, a.size, a.caption, a.owner_table, a.owner_id)


def set_attachment_caption(session: Session, attachment_id: str, caption: str) -> AttachmentInfo:
    """Change the caption of an attachment (what the photo or scan shows)."""
    a = get_or_404(session, Attachment, attachment_id, "Lampiran")
    a.caption = clean(caption)
    session.flush()
    return _attachment_info(a)


def restore_attachment(session: Session, attachment_id: str) -> AttachmentInfo:
    """Bring back an attachment removed from its visit (its tombstone made live again; the
    stored file stayed, see :func:`remove_attachment`)."""
    a = session.get(Attachment, attachment_id, execution_options={"include_deleted": True})
    if a is None:
        raise NotFound(f"Lampiran dengan id {attachment_id} tidak ditemukan.")
    a.deleted = False
    session.flush()
    return _attachment_info(a)


def remove_attachment(session: Session, attachment_id: str) -> None:
    """Remove an attachment from its visit (the owning device, while the visit is *Draf* or
    *Dikembalikan*; the flush hook refuses anything else).

    The row becomes a replicated tombstone. The stored file stays: files are
    content-addressed, so other attachments may share it, and a removal racing an edit
    elsewhere is kept as a conflict that can be restored."""
    a = get_or_404(session, Attachment, attachment_id, "Lampiran")
    session.delete(a)
    session.flush()


__all__ = [
    "AttachmentInfo", "AttendeeInfo", "FollowUpInfo", "MinutesInfo", "ProgressInfo", "ResultInfo",
    "VisitSummary", "add_attendee", "add_follow_up", "attach_file", "attach_files", "attachments_of", "attendees",
    "create_visit", "delete_visit", "earlier_follow_ups", "edit_attendee", "edit_follow_up", "edit_visit",
    "follow_ups_created_in", "follow_ups_of_village", "latest_status_subquery", "list_visits",
    "minutes_of", "open_follow_up_counts",
    "ranked_follow_up_updates", "progress_recorded_in", "record_progress",
    "remove_attachment", "remove_attendee", "remove_follow_up", "restore_attachment", "restore_follow_up",
    "results", "set_attachment_caption", "set_minutes",
    "set_result", "status_of", "visit_summary", "withdraw_progress",
]
