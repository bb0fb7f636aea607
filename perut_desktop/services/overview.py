"""The dashboard's view of a replica: each village's last visit, score and open follow-ups.

The rows carry domain enums (a visit's :class:`VisitStatus`, the replica's :class:`Role`);
each front end turns them into words itself.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop.models import MODEL_BY_TABLE, ReplicaState, Village, Visit
from perut_desktop.enums import Role, VisitStatus
from perut_desktop.services import scores, visits
from perut_desktop.services.common import subdistrict
from perut_desktop.services.overview_rows import Overview, VillageRow

__all__ = ["Overview", "VillageRow", "replica_overview", "row_counts"]


def replica_overview(session: Session) -> Overview:
    """What the dashboard shows, in a handful of queries."""
    state = session.scalars(select(ReplicaState)).one()
    sub = subdistrict(session)
    all_villages = session.scalars(select(Village).order_by(Village.code)).all()
    newest = (
        select(Visit.id, func.row_number().over(partition_by=Visit.village_id,
                                                order_by=(Visit.visit_date.desc(), Visit.id)).label("rn"))
        .where(Visit.deleted.is_(False))
        .subquery()
    )
    last_ids = session.scalars(select(newest.c.id).where(newest.c.rn == 1)).all()
    latest = {v.village_id: v for v in visits.list_visits(session, ids=last_ids)}
    sc = scores.scores_for_visits(session, [v.id for v in latest.values()])
    open_counts = visits.open_follow_up_counts(session)
    rows = []
    for village in all_villages:
        last = latest.get(village.id)
        rows.append(VillageRow(
            village.code, village.name, last.visit_date if last else None,
            VisitStatus(last.status) if last else None,
            sc[last.id].overall if last and last.id in sc else None, open_counts.get(village.id, 0)))
    total = session.scalar(select(func.count()).select_from(Visit)) or 0
    return Overview(sub.name, Role(state.role), state.device_id, len(all_villages), total, tuple(rows))


def row_counts(session: Session) -> dict[str, dict[str, int]]:
    """Rows per replicated table: live and tombstones."""
    out: dict[str, dict[str, int]] = {}
    for table, model in MODEL_BY_TABLE.items():
        live = session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0
        dead = session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(True))) or 0
        out[table] = {"rows": live, "deleted": dead}
    return out
