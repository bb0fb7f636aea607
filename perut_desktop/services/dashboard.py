"""The dashboard's figures: this month's tiles and the charts of a period.

One call gathers what the *Dasbor* shows beyond each village's row
(:mod:`.overview`): visits done against the plan this month, villages whose planned
visit is overdue, open and overdue follow-ups, the average completeness of each village's
last visit, compliance findings by severity as of today, each village's last score (for
the sorted bars), and per month of the period the average completeness and the plan's
coverage (planned against done).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from perut_desktop.enums import FollowUpStatus
from perut_desktop.errors import ValidationError
from perut_desktop.models import FollowUp, ScheduleEntry, Village, Visit
from perut_desktop.services import schedule, scores
from perut_desktop.services.common import today as replica_today
from perut_desktop.services.compliance import SEVERITIES
from perut_desktop.services.compliance.facts import findings as compliance_findings
from perut_desktop.services.visits import ranked_follow_up_updates

__all__ = ["DashboardData", "MonthFigures", "VillageScore", "dashboard_data", "last_visits"]


@dataclass(frozen=True)
class VillageScore:
    """A village's last visit and its completeness (0..1, None when no book applied)."""

    village_id: str
    code: str
    name: str
    last_visit: dt.date | None
    score: float | None


@dataclass(frozen=True)
class MonthFigures:
    """One month of the period: visits made, their average completeness, the plan."""

    month: dt.date  # the first day
    visits: int
    average_score: float | None
    planned: int
    done: int  # planned entries with a visit to their village in their month


@dataclass(frozen=True)
class DashboardData:
    today: dt.date
    date_from: dt.date
    date_to: dt.date
    planned_this_month: int
    done_this_month: int
    visits_this_month: int
    overdue_village_codes: tuple[str, ...]
    open_follow_ups: int
    overdue_follow_ups: int
    overdue_follow_up_codes: tuple[str, ...]  # villages with a follow-up past its due date
    average_last_score: float | None
    findings_by_severity: tuple[tuple[str, int], ...]  # (severity, count), most serious first
    finding_village_codes: tuple[str, ...]
    villages: tuple[VillageScore, ...]  # sorted: lowest score first, never visited last
    months: tuple[MonthFigures, ...]
    #: Findings whose late step is the kecamatan's own (an APB Desa evaluation delegated to the Camat).
    office_tasks: int = 0

    @property
    def has_visits(self) -> bool:
        return any(v.last_visit is not None for v in self.villages)


def _month_starts(date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    out, day = [], date_from.replace(day=1)
    while day <= date_to:
        out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def last_visits(session: Session) -> dict[str, tuple[str, dt.date]]:
    """Each visited village's newest visit: village id -> (visit id, date)."""
    newest = (
        select(Visit.id, Visit.village_id, Visit.visit_date,
               func.row_number().over(partition_by=Visit.village_id,
                                      order_by=(Visit.visit_date.desc(), Visit.id)).label("rn"))
        .where(Visit.deleted.is_(False))
        .subquery()
    )
    rows = session.execute(select(newest.c.village_id, newest.c.id, newest.c.visit_date)
                           .where(newest.c.rn == 1)).all()
    return {vid: (visit_id, day) for vid, visit_id, day in rows}


def _open_follow_ups(session: Session, on: dt.date) -> tuple[int, int, set[str]]:
    ranked = ranked_follow_up_updates()
    rows = session.execute(
        select(FollowUp.village_id, FollowUp.due_on)
        .join(Visit, Visit.id == FollowUp.visit_id)
        .outerjoin(ranked, and_(ranked.c.follow_up_id == FollowUp.id, ranked.c.rn == 1))
        .where(FollowUp.deleted.is_(False), Visit.deleted.is_(False),
               func.coalesce(ranked.c.status, FollowUpStatus.BELUM.value) == FollowUpStatus.BELUM.value)
    ).all()
    late = {vid for vid, due in rows if due < on}
    return len(rows), sum(1 for _vid, due in rows if due < on), late


def dashboard_data(session: Session, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
                   today: dt.date | None = None) -> DashboardData:
    """The dashboard's figures as of ``today`` (the kecamatan's today by default), the
    monthly series over ``date_from``..``date_to`` (by default the twelve months up to
    today)."""
    day = today or replica_today(session)
    end = date_to or day
    start = date_from or dt.date(end.year - 1, end.month, 1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    if start > end:
        raise ValidationError("Awal periode dasbor jatuh setelah akhirnya.")
    villages = session.execute(select(Village.id, Village.code, Village.name).order_by(Village.code)).all()
    code_of = {vid: code for vid, code, _name in villages}
    last = last_visits(session)
    sc = scores.scores_for_visits(session, [visit_id for visit_id, _d in last.values()])
    rows = []
    for vid, code, name in villages:
        visit = last.get(vid)
        score = sc[visit[0]].overall if visit and visit[0] in sc else None
        rows.append(VillageScore(vid, code, name, visit[1] if visit else None, score))
    rows.sort(key=lambda r: (r.last_visit is None, r.score is None, r.score or 0.0, r.code))
    known = [r.score for r in rows if r.score is not None]

    # the period's visits and their scores, by month
    month_end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    period_visits = session.execute(select(Visit.id, Visit.visit_date).where(
        Visit.deleted.is_(False), Visit.visit_date.between(start, month_end))).all()
    period_scores = scores.scores_for_visits(session, [v for v, _d in period_visits])
    by_month: dict[dt.date, list[float]] = defaultdict(list)
    count_by_month: dict[dt.date, int] = defaultdict(int)
    for visit_id, vdate in period_visits:
        key = vdate.replace(day=1)
        count_by_month[key] += 1
        overall = period_scores[visit_id].overall if visit_id in period_scores else None
        if overall is not None:
            by_month[key].append(overall)
    plan = schedule.plan(session, date_from=start, date_to=month_end)
    planned: dict[dt.date, int] = defaultdict(int)
    done: dict[dt.date, int] = defaultdict(int)
    for entry in plan:
        key = entry.planned_date.replace(day=1)
        planned[key] += 1
        done[key] += entry.done
    months = tuple(MonthFigures(m, count_by_month[m], (sum(by_month[m]) / len(by_month[m])) if by_month[m] else None,
                                planned[m], done[m]) for m in _month_starts(start, end))

    this_month = day.replace(day=1)
    month_plan = schedule.plan(session, date_from=this_month,
                               date_to=day.replace(day=calendar.monthrange(day.year, day.month)[1]))
    visits_this_month = session.scalar(select(func.count()).select_from(Visit).where(
        Visit.deleted.is_(False), Visit.visit_date.between(this_month, day))) or 0
    overdue = {r.village_id for r in schedule.overdue(session, day)}
    open_count, late_count, late_villages = _open_follow_ups(session, day)
    severity_count = dict.fromkeys(SEVERITIES, 0)
    with_findings = []
    office_tasks = 0
    for village in compliance_findings(session, day):
        for finding in village.findings:
            severity_count[finding.severity] = severity_count.get(finding.severity, 0) + 1
            office_tasks += finding.office_task
        if village.findings:
            with_findings.append(village.village_code)
    planned_now = session.scalar(select(func.count()).select_from(ScheduleEntry).where(
        ScheduleEntry.deleted.is_(False), ScheduleEntry.planned_date.between(this_month, day.replace(
            day=calendar.monthrange(day.year, day.month)[1])))) or 0
    return DashboardData(
        today=day, date_from=start, date_to=end,
        planned_this_month=planned_now, done_this_month=sum(1 for r in month_plan if r.done),
        visits_this_month=visits_this_month,
        overdue_village_codes=tuple(sorted(code_of[v] for v in overdue if v in code_of)),
        open_follow_ups=open_count, overdue_follow_ups=late_count,
        overdue_follow_up_codes=tuple(sorted(code_of[v] for v in late_villages if v in code_of)),
        average_last_score=(sum(known) / len(known)) if known else None,
        findings_by_severity=tuple(severity_count.items()),
        finding_village_codes=tuple(with_findings),
        villages=tuple(rows), months=months, office_tasks=office_tasks,
    )
