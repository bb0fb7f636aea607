"""What the Excel recap shows (DESIGN.md §6): read-only, set-based queries.

Every function here reads a handful of grouped queries, whatever the number of visits: the
recap of five years must take seconds (DESIGN.md §8). Scores come from
:func:`perut_desktop.services.scores.scores_for_visits`, the one score formula; open
follow-ups follow the rule of :mod:`perut_desktop.services.visits` (a follow-up is open
while its latest update, by date recorded then version, is *belum*, or it has none).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from perut_desktop.errors import Hint, UsageError
from perut_desktop.models import (
    Attendance,
    ChecklistItem,
    ChecklistResult,
    ChecklistTemplate,
    FollowUp,
    FollowUpUpdate,
    ScheduleEntry,
    Village,
    VillageOfficial,
    Visit,
)
from perut_desktop.enums import AttendeeGroup, FollowUpStatus, Gender, VisitStatus
from perut_desktop.services import scores, templates, villages, visits
from perut_desktop.services.common import subdistrict, today
from perut_desktop.services.compliance import RULES_BY_CODE
from perut_desktop.services.compliance.facts import findings

ProgressFn = Callable[[int, int, str], None]

_CLOSING = (FollowUpStatus.SELESAI.value, FollowUpStatus.DIBATALKAN.value)


# --- the period ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """The span a recap covers, and the village it is limited to (if any)."""

    date_from: dt.date
    date_to: dt.date
    village_id: str | None = None
    village_name: str | None = None


def resolve_period(
    session: Session,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    village: str | None = None,
) -> Period:
    """The recap period: ``date_to`` defaults to today, ``date_from`` to the first visit
    (of the village, when one is named). An unknown village is rejected (exit 3)."""
    village_id = village_name = None
    if village:
        found = villages.find_village(session, village)
        village_id, village_name = found.id, found.name
    end = date_to or today(session)
    if date_from is None:
        stmt = select(func.min(Visit.visit_date))
        if village_id:
            stmt = stmt.where(Visit.village_id == village_id)
        first = session.scalar(stmt)
        start = min(first, end) if first else end.replace(month=1, day=1)
    else:
        start = date_from
    if start > end:
        raise UsageError(f"Tanggal awal {start:%d-%m-%Y} sesudah tanggal akhir {end:%d-%m-%Y}.",
                         hint=Hint.CHECK_PERIOD)
    return Period(start, end, village_id, village_name)


def _in_period(stmt: Select[Any], period: Period) -> Select[Any]:
    stmt = stmt.where(Visit.visit_date.between(period.date_from, period.date_to), Visit.deleted.is_(False))
    if period.village_id:
        stmt = stmt.where(Visit.village_id == period.village_id)
    return stmt


# --- follow-up ledger (shared by the visit rows and the open list) --------------------------


@dataclass(frozen=True)
class _FollowUp:
    id: str
    village_id: str
    visit_date: dt.date
    task: str
    responsible: str
    due_on: dt.date


@dataclass(frozen=True)
class _Update:
    follow_up_id: str
    status: str
    note: str
    recorded_on: dt.date


@dataclass(frozen=True)
class _Ledger:
    follow_ups: tuple[_FollowUp, ...]
    updates: tuple[_Update, ...]  # oldest first: recorded_on, then version


def _ledger(session: Session, until: dt.date, village_id: str | None) -> _Ledger:
    fstmt = (
        select(FollowUp.id, FollowUp.village_id, Visit.visit_date, FollowUp.task, FollowUp.responsible,
               FollowUp.due_on)
        .join(Visit, Visit.id == FollowUp.visit_id)
        .where(Visit.visit_date <= until, Visit.deleted.is_(False), FollowUp.deleted.is_(False))
        .order_by(Visit.visit_date, FollowUp.due_on, FollowUp.task)
    )
    ustmt = (
        select(FollowUpUpdate.follow_up_id, FollowUpUpdate.status, FollowUpUpdate.note, FollowUpUpdate.recorded_on)
        .join(Visit, Visit.id == FollowUpUpdate.visit_id)
        .join(FollowUp, FollowUp.id == FollowUpUpdate.follow_up_id)
        .where(FollowUpUpdate.recorded_on <= until, FollowUpUpdate.deleted.is_(False), Visit.deleted.is_(False))
        .order_by(FollowUpUpdate.recorded_on, FollowUpUpdate.version)
    )
    if village_id:
        fstmt = fstmt.where(FollowUp.village_id == village_id)
        ustmt = ustmt.where(FollowUp.village_id == village_id)
    return _Ledger(tuple(_FollowUp(*r) for r in session.execute(fstmt).all()),
                   tuple(_Update(*r) for r in session.execute(ustmt).all()))


def _open_after_visits(ledger: _Ledger, visit_days: Iterable[tuple[str, dt.date]]) -> dict[tuple[str, dt.date], int]:
    """Open follow-ups of each village at the end of each given day, by one sweep per village."""
    created: dict[str, list[_FollowUp]] = defaultdict(list)
    for f in ledger.follow_ups:
        created[f.village_id].append(f)
    village_of = {f.id: f.village_id for f in ledger.follow_ups}
    updates: dict[str, list[_Update]] = defaultdict(list)
    for u in ledger.updates:
        if u.follow_up_id in village_of:
            updates[village_of[u.follow_up_id]].append(u)
    days: dict[str, set[dt.date]] = defaultdict(set)
    for village_id, day in visit_days:
        days[village_id].add(day)
    out: dict[tuple[str, dt.date], int] = {}
    for village_id, wanted in days.items():
        fus, ups = created[village_id], updates[village_id]
        status: dict[str, str] = {}
        seen: set[str] = set()
        open_now = fi = ui = 0
        for day in sorted(wanted):
            while fi < len(fus) and fus[fi].visit_date <= day:
                fid = fus[fi].id
                seen.add(fid)
                open_now += status.get(fid, FollowUpStatus.BELUM.value) == FollowUpStatus.BELUM.value
                fi += 1
            while ui < len(ups) and ups[ui].recorded_on <= day:
                u = ups[ui]
                before = status.get(u.follow_up_id, FollowUpStatus.BELUM.value)
                status[u.follow_up_id] = u.status
                if u.follow_up_id in seen:
                    open_now += (u.status == FollowUpStatus.BELUM.value) - (before == FollowUpStatus.BELUM.value)
                ui += 1
            out[(village_id, day)] = open_now
    return out


# --- Rekap Kunjungan ------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    code: str
    name: str


@dataclass(frozen=True)
class VisitRecapRow:
    """One visit: scores per category (aligned with :attr:`VisitRecap.categories`),
    attendees present per group (aligned with :attr:`VisitRecap.groups`) and by gender,
    follow-ups opened and closed in the visit and still open in the village after it."""

    visit_id: str
    visit_date: dt.date
    village_code: str
    village_name: str
    officer_name: str
    status: str
    scores: tuple[float | None, ...]
    overall: float | None
    present_by_group: tuple[int, ...]
    present_men: int
    present_women: int
    present_total: int
    follow_ups_opened: int
    follow_ups_closed: int
    follow_ups_open: int

    @property
    def status_label(self) -> str:
        return VisitStatus(self.status).label


@dataclass(frozen=True)
class VisitRecap:
    categories: tuple[Category, ...]
    groups: tuple[AttendeeGroup, ...]
    rows: tuple[VisitRecapRow, ...]


def _category_score(score: scores.VisitScore | None, code: str) -> float | None:
    found = score.category(code) if score else None
    return found.score if found else None


def visit_recap(session: Session, period: Period, *, ledger: _Ledger | None = None,
                approved_only: bool = False) -> VisitRecap:
    """One row per visit in the period, oldest first (only *Disetujui* ones with
    ``approved_only``)."""
    summaries = sorted(visits.list_visits(session, village_id=period.village_id, date_from=period.date_from,
                                          date_to=period.date_to,
                                          status=VisitStatus.DISETUJUI.value if approved_only else None),
                       key=lambda v: (v.visit_date, v.village_code))
    ids = [v.id for v in summaries]
    score_of = scores.scores_for_visits(session, ids)
    categories = sorted({(c.category_code, c.category) for s in score_of.values() for c in s.categories})
    cats = tuple(Category(code, name) for code, name in dict(categories).items())

    present: dict[str, dict[tuple[str, str | None], int]] = defaultdict(dict)
    astmt = _in_period(select(Attendance.visit_id, Attendance.group, Attendance.gender, func.count())
                       .join(Visit, Visit.id == Attendance.visit_id)
                       .where(Attendance.present.is_(True), Attendance.deleted.is_(False)), period)
    for vid, group, gender, n in session.execute(astmt.group_by(Attendance.visit_id, Attendance.group,
                                                                Attendance.gender)).all():
        present[vid][(group, gender)] = n
    opened = dict(session.execute(_in_period(
        select(FollowUp.visit_id, func.count()).join(Visit, Visit.id == FollowUp.visit_id)
        .where(FollowUp.deleted.is_(False)), period).group_by(FollowUp.visit_id)).all())
    closed = dict(session.execute(_in_period(
        select(FollowUpUpdate.visit_id, func.count()).join(Visit, Visit.id == FollowUpUpdate.visit_id)
        .where(FollowUpUpdate.status.in_(_CLOSING), FollowUpUpdate.deleted.is_(False)), period)
        .group_by(FollowUpUpdate.visit_id)).all())
    ledger = ledger or _ledger(session, period.date_to, period.village_id)
    open_after = _open_after_visits(ledger, ((v.village_id, v.visit_date) for v in summaries))

    groups = tuple(AttendeeGroup)
    rows = []
    for v in summaries:
        sc = score_of.get(v.id)
        counts = present.get(v.id, {})
        by_group = tuple(sum(n for (g, _), n in counts.items() if g == grp.value) for grp in groups)
        rows.append(VisitRecapRow(
            visit_id=v.id, visit_date=v.visit_date, village_code=v.village_code, village_name=v.village_name,
            officer_name=v.officer_name, status=v.status,
            scores=tuple(_category_score(sc, cat.code) for cat in cats),
            overall=sc.overall if sc else None, present_by_group=by_group,
            present_men=sum(n for (_, gd), n in counts.items() if gd == Gender.L.value),
            present_women=sum(n for (_, gd), n in counts.items() if gd == Gender.P.value),
            present_total=sum(counts.values()), follow_ups_opened=opened.get(v.id, 0),
            follow_ups_closed=closed.get(v.id, 0), follow_ups_open=open_after.get((v.village_id, v.visit_date), 0),
        ))
    return VisitRecap(cats, groups, tuple(rows))


# --- Kelengkapan Buku -----------------------------------------------------------------------


@dataclass(frozen=True)
class Book:
    code: str
    category_code: str
    category: str
    title: str


@dataclass(frozen=True)
class VillageBooks:
    """The books of a village at its newest visit up to the period end. ``statuses`` maps
    a book's column code (:attr:`Book.code`) to its result status (``None``: not checked);
    a book missing from the map was not in that visit's checklist."""

    village_id: str
    village_code: str
    village_name: str
    visit_id: str | None
    visit_date: dt.date | None
    visit_status: str | None
    overall: float | None
    statuses: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class BookMatrix:
    books: tuple[Book, ...]
    villages: tuple[VillageBooks, ...]


def latest_books(session: Session, period: Period, *, approved_only: bool = False) -> BookMatrix:
    """Village × book: the result of each book at each village's newest visit on or before
    the period end (its newest *Disetujui* one with ``approved_only``). A column is one book (DESIGN.md §3): an item of another template shows
    in it only when the explicit mapping says it continues that book
    (:func:`perut_desktop.services.templates.book_identities`); a book without an
    equivalent has a column of its own. The column takes its code and title from the
    current template when the book is in it."""
    newest: Select[Any] = (
        select(Visit.id, Visit.village_id,
               func.row_number().over(partition_by=Visit.village_id,
                                      order_by=(Visit.visit_date.desc(), Visit.id)).label("rn"))
        .where(Visit.deleted.is_(False), Visit.visit_date <= period.date_to)
    )
    if approved_only:
        status = visits.latest_status_subquery()
        newest = newest.where(Visit.id.in_(select(status.c.visit_id)
                                           .where(status.c.status == VisitStatus.DISETUJUI.value)))
    if period.village_id:
        newest = newest.where(Visit.village_id == period.village_id)
    ranked = newest.subquery()
    last_ids = list(session.scalars(select(ranked.c.id).where(ranked.c.rn == 1)))
    last = {v.village_id: v for v in visits.list_visits(session, ids=last_ids)}
    score_of = scores.scores_for_visits(session, last_ids)
    rstmt = (
        select(ChecklistResult.visit_id, ChecklistResult.item_code, ChecklistResult.status,
               ChecklistItem.category_code, ChecklistItem.category, ChecklistItem.title, ChecklistItem.sort_order,
               ChecklistItem.template_id, ChecklistTemplate.version_number)
        .join(ChecklistItem, ChecklistItem.id == ChecklistResult.item_id)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistItem.template_id)
        .where(ChecklistResult.visit_id.in_(last_ids), ChecklistResult.deleted.is_(False))
    )
    current_template = subdistrict(session).current_template_id
    identity = templates.book_identities(session)
    # The column of each book: the current template's item when it has one, else the newest.
    shown: dict[str, tuple[tuple[bool, int, int], Book]] = {}
    by_book: dict[str, dict[str, str | None]] = defaultdict(dict)
    for vid, code, status, ccode, cname, title, order, template_id, version in session.execute(rstmt).all():
        key = identity.get(code, code)
        by_book[vid][key] = status
        rank = (template_id != current_template, -version, order)
        if key not in shown or rank < shown[key][0]:
            shown[key] = (rank, Book(code, ccode, cname, title))
    # A book the current template holds is shown under its code and title even when no visit
    # of this recap used that template (a one-village recap of a village last visited with
    # an older list), so that every recap names a book alike.
    current_items = select(ChecklistItem.code, ChecklistItem.category_code, ChecklistItem.category,
                           ChecklistItem.title, ChecklistItem.sort_order).where(
        ChecklistItem.template_id == current_template, ChecklistItem.deleted.is_(False))
    for code, ccode, cname, title, order in session.execute(current_items).all():
        key = identity.get(code, code)
        if key in shown and shown[key][0][0]:
            shown[key] = ((False, 0, order), Book(code, ccode, cname, title))
    ordered = tuple(b for _, b in sorted(shown.values(),
                                         key=lambda rb: (rb[1].category_code, rb[0][0], rb[0][2], rb[1].code)))
    column = {key: book.code for key, (_, book) in shown.items()}
    statuses = {vid: {column[key]: status for key, status in books.items()} for vid, books in by_book.items()}

    vstmt = select(Village.id, Village.code, Village.name).order_by(Village.code)
    if period.village_id:
        vstmt = vstmt.where(Village.id == period.village_id)
    rows = []
    for village_id, code, name in session.execute(vstmt).all():
        v = last.get(village_id)
        sc = score_of.get(v.id) if v else None
        rows.append(VillageBooks(village_id, code, name, v.id if v else None, v.visit_date if v else None,
                                 v.status if v else None, sc.overall if sc else None,
                                 dict(statuses.get(v.id, {})) if v else {}))
    if period.village_id:
        wanted = set(rows[0].statuses) if rows else set()
        ordered = tuple(b for b in ordered if b.code in wanted)
    return BookMatrix(ordered, tuple(rows))


# --- Tindak Lanjut --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenFollowUp:
    """A follow-up still open on ``as_of``; ``age_days`` counts from the visit that made it."""

    id: str
    village_code: str
    village_name: str
    visit_date: dt.date
    task: str
    responsible: str
    due_on: dt.date
    as_of: dt.date
    last_note: str
    last_update_on: dt.date | None

    @property
    def age_days(self) -> int:
        return (self.as_of - self.visit_date).days

    @property
    def overdue(self) -> bool:
        return self.due_on < self.as_of

    @property
    def days_overdue(self) -> int:
        return max(0, (self.as_of - self.due_on).days)


def open_follow_ups(session: Session, as_of: dt.date, village_id: str | None = None, *,
                    ledger: _Ledger | None = None) -> list[OpenFollowUp]:
    """Follow-ups open on ``as_of`` (made in a visit on or before it), oldest first."""
    ledger = ledger or _ledger(session, as_of, village_id)
    latest: dict[str, _Update] = {}
    for u in ledger.updates:
        if u.recorded_on <= as_of:
            latest[u.follow_up_id] = u
    names = {vid: (code, name) for vid, code, name in session.execute(select(Village.id, Village.code, Village.name))}
    out = []
    for f in ledger.follow_ups:
        u = latest.get(f.id)
        if f.visit_date > as_of or (u is not None and u.status != FollowUpStatus.BELUM.value):
            continue
        if village_id and f.village_id != village_id:
            continue
        code, name = names[f.village_id]
        out.append(OpenFollowUp(f.id, code, name, f.visit_date, f.task, f.responsible, f.due_on, as_of,
                                u.note if u else "", u.recorded_on if u else None))
    out.sort(key=lambda o: (o.village_code, o.visit_date, o.due_on, o.task))
    return out


# --- Cakupan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoverageCell:
    planned: int
    done: int
    first_planned: dt.date | None


@dataclass(frozen=True)
class VillageCoverage:
    """One village's months (aligned with :attr:`Coverage.months`) and totals."""

    village_id: str
    village_code: str
    village_name: str
    cells: tuple[CoverageCell, ...]
    planned_due: int
    done_as_planned: int
    visits: int

    @property
    def ratio(self) -> float | None:
        return self.done_as_planned / self.planned_due if self.planned_due else None


@dataclass(frozen=True)
class Coverage:
    months: tuple[dt.date, ...]  # the first day of each month
    as_of: dt.date
    rows: tuple[VillageCoverage, ...]


def _months(start: dt.date, end: dt.date) -> list[dt.date]:
    out, day = [], start.replace(day=1)
    while day <= end:
        out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def coverage(session: Session, period: Period) -> Coverage:
    """Village × month: visits planned (schedule) against visits done. A plan counts as
    due once its date is on or before the period end."""
    first = period.date_from.replace(day=1)
    year, month = extract("year", ScheduleEntry.planned_date), extract("month", ScheduleEntry.planned_date)
    pstmt = (select(ScheduleEntry.village_id, year, month, func.count(), func.min(ScheduleEntry.planned_date))
             .where(ScheduleEntry.planned_date.between(first, period.date_to), ScheduleEntry.deleted.is_(False))
             .group_by(ScheduleEntry.village_id, year, month))
    vyear, vmonth = extract("year", Visit.visit_date), extract("month", Visit.visit_date)
    dstmt = (select(Visit.village_id, vyear, vmonth, func.count())
             .where(Visit.visit_date.between(first, period.date_to), Visit.deleted.is_(False))
             .group_by(Visit.village_id, vyear, vmonth))
    if period.village_id:
        pstmt = pstmt.where(ScheduleEntry.village_id == period.village_id)
        dstmt = dstmt.where(Visit.village_id == period.village_id)
    planned = {(vid, int(y), int(m)): (n, d) for vid, y, m, n, d in session.execute(pstmt).all()}
    done = {(vid, int(y), int(m)): n for vid, y, m, n in session.execute(dstmt).all()}
    months = _months(first, period.date_to)
    vstmt = select(Village.id, Village.code, Village.name).order_by(Village.code)
    if period.village_id:
        vstmt = vstmt.where(Village.id == period.village_id)
    rows = []
    for village_id, code, name in session.execute(vstmt).all():
        cells = []
        for m in months:
            n_planned, first_planned = planned.get((village_id, m.year, m.month), (0, None))
            cells.append(CoverageCell(n_planned, done.get((village_id, m.year, m.month), 0), first_planned))
        due = [c for c in cells if c.planned and c.first_planned and c.first_planned <= period.date_to]
        rows.append(VillageCoverage(village_id, code, name, tuple(cells), len(due), sum(1 for c in due if c.done),
                                    sum(c.done for c in cells)))
    return Coverage(tuple(months), period.date_to, tuple(rows))


# --- Kepatuhan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplianceRow:
    village_code: str
    village_name: str
    rule_code: str
    rule_title: str
    severity: str
    message: str
    source: str
    rule_version: str
    as_of: dt.date
    due_on: dt.date | None


def compliance_rows(session: Session, period: Period) -> list[ComplianceRow]:
    """Compliance findings of each village as of the period end (DESIGN.md §7)."""
    out = []
    for v in findings(session, period.date_to, period.village_id):
        for f in v.findings:
            rule = RULES_BY_CODE.get(f.rule_code)
            out.append(ComplianceRow(v.village_code, v.village_name, f.rule_code, rule.title if rule else "",
                                     f.severity, f.message, f.source, f.rule_version, f.as_of or period.date_to,
                                     f.due_on))
    return out


# --- Aparatur Desa ------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialRow:
    id: str
    village_code: str
    village_name: str
    name: str
    position: str
    body: str
    gender: str | None
    nip: str
    phone: str
    term_start: dt.date | None
    term_end: dt.date | None
    active: bool


def official_rows(session: Session, village_id: str | None = None) -> list[OfficialRow]:
    """Village officials (active and not) with their row ids, in the villages' order."""
    stmt = (
        select(VillageOfficial.id, Village.code, Village.name, VillageOfficial.name, VillageOfficial.position,
               VillageOfficial.body, VillageOfficial.gender, VillageOfficial.nip, VillageOfficial.phone,
               VillageOfficial.term_start, VillageOfficial.term_end, VillageOfficial.active)
        .join(Village, Village.id == VillageOfficial.village_id)
        .where(VillageOfficial.deleted.is_(False))
        .order_by(Village.code, VillageOfficial.sort_order, VillageOfficial.name)
    )
    if village_id:
        stmt = stmt.where(VillageOfficial.village_id == village_id)
    return [OfficialRow(*r) for r in session.execute(stmt).all()]


# --- the whole recap ----------------------------------------------------------------------


@dataclass(frozen=True)
class Recap:
    """Everything the recap workbook shows."""

    kecamatan: str
    kabupaten: str
    province: str
    period: Period
    made_on: dt.date
    visits: VisitRecap
    books: BookMatrix
    follow_ups: tuple[OpenFollowUp, ...]
    coverage: Coverage
    findings: tuple[ComplianceRow, ...]
    officials: tuple[OfficialRow, ...]
    #: Only approved visits in the visit rows and the book matrix.
    approved_only: bool = False
    #: The Camat recorded for the kecamatan ("Mengetahui, Camat").
    camat_name: str = ""
    camat_nip: str = ""


#: How many progress steps :func:`build_recap` reports.
RECAP_STEPS = 6


def build_recap(session: Session, period: Period, progress: ProgressFn | None = None, *,
                approved_only: bool = False) -> Recap:
    """Gather the recap of ``period``; open follow-ups and findings are as of its end. With
    ``approved_only`` the visits and the books are those of *Disetujui* visits only."""
    def step(n: int, label: str) -> None:
        if progress:
            progress(n, RECAP_STEPS, label)

    sub = subdistrict(session)
    ledger = _ledger(session, period.date_to, period.village_id)
    step(0, "Rekap kunjungan")
    visit_part = visit_recap(session, period, ledger=ledger, approved_only=approved_only)
    step(1, "Kelengkapan buku")
    books = latest_books(session, period, approved_only=approved_only)
    step(2, "Tindak lanjut")
    follow = open_follow_ups(session, period.date_to, period.village_id, ledger=ledger)
    step(3, "Cakupan")
    cover = coverage(session, period)
    step(4, "Kepatuhan")
    comp = compliance_rows(session, period)
    step(5, "Aparatur desa")
    officials = official_rows(session, period.village_id)
    step(6, "Data terkumpul")
    return Recap(sub.name, sub.kabupaten, sub.province, period, today(session), visit_part, books, tuple(follow),
                 cover, tuple(comp), tuple(officials), approved_only, sub.camat_name, sub.camat_nip)
