"""What the *Desa* page shows: the list of villages with their state, and one village's
profile, officials (active and former, with their terms), register of regulations,
compliance findings as of today, and visit history with its score trend."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.models import ReplicaState, Village, VillageOfficial
from perut_desktop.services import regulations, scores, villages, visits
from perut_desktop.services.common import get_or_404
from perut_desktop.services.common import today as replica_today
from perut_desktop.services.compliance.facts import findings, findings_for_village
from perut_desktop.services.dashboard import last_visits
from perut_desktop.services.regulations import RegulationInfo
from perut_desktop.services.scores import ScorePoint
from perut_desktop.services.villages import ProfileInfo

__all__ = ["FindingRow", "HistoryRow", "OfficialRow", "VillageDetail", "VillageListRow", "village_detail",
           "village_list"]


@dataclass(frozen=True)
class VillageListRow:
    id: str
    code: str
    name: str
    classification: str | None
    last_visit: dt.date | None
    last_score: float | None
    open_follow_ups: int
    findings: int


@dataclass(frozen=True)
class OfficialRow:
    id: str
    name: str
    position: str
    body: str
    gender: str | None
    phone: str
    nip: str
    term_start: dt.date | None
    term_end: dt.date | None
    active: bool


@dataclass(frozen=True)
class FindingRow:
    rule_code: str
    severity: str
    message: str
    source: str
    rule_version: str
    office_task: bool = False  # the late step is the kecamatan's own (a delegated evaluation)


@dataclass(frozen=True)
class HistoryRow:
    id: str
    visit_date: dt.date
    officer_name: str
    status: VisitStatus
    score: float | None


@dataclass(frozen=True)
class VillageDetail:
    id: str
    code: str
    name: str
    today: dt.date
    master: bool  # this replica is the office's: the village's name and code are its own
    profile: ProfileInfo
    officials: tuple[OfficialRow, ...]
    regulations: tuple[RegulationInfo, ...]
    findings: tuple[FindingRow, ...]
    history: tuple[HistoryRow, ...]  # newest first
    trend: tuple[ScorePoint, ...]  # oldest first
    apbdes_evaluation: regulations.ApbdesEvaluation | None = None  # who evaluates the APB Desa


def village_list(session: Session, today: dt.date | None = None) -> tuple[VillageListRow, ...]:
    """Every village with its classification, last visit and score, open follow-ups and
    the compliance findings as of today."""
    day = today or replica_today(session)
    last = last_visits(session)
    sc = scores.scores_for_visits(session, [visit_id for visit_id, _d in last.values()])
    open_counts = visits.open_follow_up_counts(session)
    found = {v.village_id: len(v.findings) for v in findings(session, day)}
    profiles = villages.all_profiles(session)
    rows = []
    for vid, code, name in session.execute(select(Village.id, Village.code, Village.name).order_by(Village.code)):
        visit = last.get(vid)
        rows.append(VillageListRow(vid, code, name, profiles[vid].classification, visit[1] if visit else None,
                                   sc[visit[0]].overall if visit and visit[0] in sc else None,
                                   open_counts.get(vid, 0), found.get(vid, 0)))
    return tuple(rows)


def village_detail(session: Session, village_id: str, today: dt.date | None = None) -> VillageDetail:
    """One village's page as of today."""
    day = today or replica_today(session)
    village = get_or_404(session, Village, village_id, "Desa")
    state = session.scalars(select(ReplicaState)).one()
    officials = tuple(OfficialRow(o.id, o.name, o.position, o.body, o.gender, o.phone, o.nip, o.term_start,
                                  o.term_end, o.active)
                      for o in session.scalars(select(VillageOfficial).where(VillageOfficial.village_id == village_id)
                                               .order_by(VillageOfficial.active.desc(), VillageOfficial.sort_order,
                                                         VillageOfficial.name)))
    found = tuple(FindingRow(f.rule_code, f.severity, f.message, f.source, f.rule_version, f.office_task)
                  for f in findings_for_village(session, village_id, day))
    listed = visits.list_visits(session, village_id=village_id)
    sc = scores.scores_for_visits(session, [v.id for v in listed])
    history = tuple(HistoryRow(v.id, v.visit_date, v.officer_name, VisitStatus(v.status),
                               sc[v.id].overall if v.id in sc else None) for v in listed)
    return VillageDetail(village.id, village.code, village.name, day, Role(state.role) is Role.MASTER,
                         villages.get_profile(session, village_id), officials,
                         tuple(regulations.list_regulations(session, village_id)), found, history,
                         tuple(scores.village_trend(session, village_id)), regulations.apbdes_evaluation(session))
