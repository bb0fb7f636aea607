"""Completeness scores (DESIGN.md §3).

score = (lengkap + 0.5 × belum lengkap) / (items − tidak berlaku), per category and overall;
None ("–") when no item applies. Unchecked books count as items that are not there yet.
Computed with one grouped query so recaps over years stay fast.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from perut_desktop.models import ChecklistItem, ChecklistResult, Visit
from perut_desktop.enums import ResultStatus
from perut_desktop.services.templates import book_identities


@dataclass(frozen=True)
class CategoryScore:
    category_code: str
    category: str
    items: int
    lengkap: int
    belum_lengkap: int
    tidak_ada: int
    tidak_berlaku: int
    unchecked: int

    @property
    def score(self) -> float | None:
        return _score(self.items, self.lengkap, self.belum_lengkap, self.tidak_berlaku)


@dataclass(frozen=True)
class VisitScore:
    visit_id: str
    categories: tuple[CategoryScore, ...]

    @property
    def items(self) -> int:
        return sum(c.items for c in self.categories)

    @property
    def overall(self) -> float | None:
        return _score(self.items, sum(c.lengkap for c in self.categories),
                      sum(c.belum_lengkap for c in self.categories), sum(c.tidak_berlaku for c in self.categories))

    def category(self, code: str) -> CategoryScore | None:
        return next((c for c in self.categories if c.category_code == code), None)


def _score(items: int, lengkap: int, belum: int, tidak_berlaku: int) -> float | None:
    applicable = items - tidak_berlaku
    if applicable <= 0:
        return None
    return (lengkap + 0.5 * belum) / applicable


def percent(score: float | None) -> int | None:
    """A score as a whole percentage, rounded half up: the Pedoman defines no rounding, and
    a reader expects 72.5 % to show as 73 %, not 72 (Python's round() goes to the even
    number). Every output that shows a score as a whole number uses this one function."""
    if score is None:
        return None
    return int((Decimal(repr(score)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_percent(score: float | None) -> str:
    """"73%", or "–" when no book applies."""
    value = percent(score)
    return "–" if value is None else f"{value}%"


def scores_for_visits(session: Session, visit_ids: Iterable[str] | None = None) -> dict[str, VisitScore]:
    """Scores of many visits (all when ``visit_ids`` is None) in one query."""
    def count(status: ResultStatus):  # type: ignore[no-untyped-def]
        return func.sum(case((ChecklistResult.status == status.value, 1), else_=0))

    stmt = (
        select(ChecklistResult.visit_id, ChecklistItem.category_code, ChecklistItem.category,
               func.count(), count(ResultStatus.LENGKAP), count(ResultStatus.BELUM_LENGKAP),
               count(ResultStatus.TIDAK_ADA), count(ResultStatus.TIDAK_BERLAKU),
               func.sum(case((ChecklistResult.status.is_(None), 1), else_=0)))
        .join(ChecklistItem, ChecklistItem.id == ChecklistResult.item_id)
        .where(ChecklistResult.deleted.is_(False))
        .group_by(ChecklistResult.visit_id, ChecklistItem.category_code, ChecklistItem.category)
        .order_by(ChecklistResult.visit_id, ChecklistItem.category_code)
    )
    if visit_ids is not None:
        ids = list(visit_ids)
        stmt = stmt.where(ChecklistResult.visit_id.in_(ids))
    grouped: dict[str, list[CategoryScore]] = defaultdict(list)
    for vid, ccode, cname, n, lk, bl, ta, tb, un in session.execute(stmt).all():
        grouped[vid].append(CategoryScore(ccode, cname, n, lk or 0, bl or 0, ta or 0, tb or 0, un or 0))
    return {vid: VisitScore(vid, tuple(cats)) for vid, cats in grouped.items()}


def visit_score(session: Session, visit_id: str) -> VisitScore:
    return scores_for_visits(session, [visit_id]).get(visit_id, VisitScore(visit_id, ()))


@dataclass(frozen=True)
class ScorePoint:
    """One visit in a village's trend. ``comparable`` is True when the visit checked the same
    books (by identity, DESIGN.md §3) as the point before it: a trend line joins only such
    points, so a template change starts a new line instead of comparing other books."""

    visit_id: str
    visit_date: dt.date
    overall: float | None
    template_id: str = ""
    comparable: bool = False


def village_trend(session: Session, village_id: str) -> list[ScorePoint]:
    """The overall score of each visit to a village, oldest first."""
    visits = session.execute(select(Visit.id, Visit.visit_date, Visit.template_id)
                             .where(Visit.village_id == village_id, Visit.deleted.is_(False))
                             .order_by(Visit.visit_date, Visit.id)).all()
    scores = scores_for_visits(session, [v for v, _, _ in visits])
    identity = book_identities(session)
    books: dict[str, frozenset[str]] = defaultdict(frozenset)
    for template_id, code in session.execute(select(ChecklistItem.template_id, ChecklistItem.code)
                                             .where(ChecklistItem.template_id.in_({t for _, _, t in visits}))):
        books[template_id] = books[template_id] | {identity.get(code, code)}
    out: list[ScorePoint] = []
    for v, d, t in visits:
        comparable = bool(out) and books[out[-1].template_id] == books[t]
        out.append(ScorePoint(v, d, scores[v].overall if v in scores else None, t, comparable))
    return out
