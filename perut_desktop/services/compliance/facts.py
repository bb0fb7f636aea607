"""From the database to the rules engine: a village's facts and its findings on a date."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import ApbdesEvaluator
from perut_desktop.errors import NotFound
from perut_desktop.models import Village
from perut_desktop.services import regulations, villages

from .cache import FindingsCache
from .engine import evaluate
from .findings import Finding
from .inputs import DATE_FIELDS, EvaluationDelegation, ProfileFacts, RegulationFacts, VillageFacts

_REG_FIELDS = (
    "kind", "title", "topic", "number", "year", "budget_year", *DATE_FIELDS,
    "extraordinary_note", "change_reason_kind", "change_reason",
)


# Permendagri 84/2015: the Sekretariat's units are led by a Kepala Urusan (Kaur), the
# pelaksana teknis's by a Kepala Seksi (Kasi).
_URUSAN = re.compile(r"^\s*(kaur|kepala\s+urusan)\b", re.IGNORECASE)
_SEKSI = re.compile(r"^\s*(kasi|kepala\s+seksi)\b", re.IGNORECASE)


def sotk_from_officials(positions: list[str]) -> tuple[int, int]:
    """(urusan, seksi) in place according to the officials' positions: each distinct
    *Kaur …* / *Kepala Urusan …* post is one urusan, each *Kasi …* / *Kepala Seksi …* one
    seksi (two people on the same post count once; a *Plt.* is not a post of its own)."""
    def post(text: str) -> str:
        text = re.sub(r"^\s*(plt\.?|pj\.?)\s+", "", text, flags=re.IGNORECASE)
        return " ".join(text.lower().split())

    posts = {post(p) for p in positions}
    return (sum(1 for p in posts if _URUSAN.match(p)), sum(1 for p in posts if _SEKSI.match(p)))


@dataclass(frozen=True)
class VillageFindings:
    village_id: str
    village_code: str
    village_name: str
    findings: tuple[Finding, ...]


def village_facts(session: Session, village_id: str) -> VillageFacts:
    """The facts the rules need about one village, as stored now."""
    found = all_village_facts(session, village_id)
    if not found:
        raise NotFound(f"Desa dengan id {village_id} tidak ditemukan.")
    return found[0]


def all_village_facts(session: Session, village_id: str | None = None) -> list[VillageFacts]:
    """The facts of every village (or of one), by code: a handful of queries for all of
    them rather than a few per village."""
    stmt = select(Village.id, Village.name).order_by(Village.code)
    if village_id:
        stmt = stmt.where(Village.id == village_id)
    rows = session.execute(stmt).all()
    if not rows:
        return []
    if village_id:
        profiles = {village_id: villages.get_profile(session, village_id)}
    else:
        profiles = villages.all_profiles(session)
    positions: dict[str, list[str]] = defaultdict(list)
    for official in villages.list_officials(session, village_id, active_only=True):
        positions[official.village_id].append(official.position)
    regs: dict[str, list[RegulationFacts]] = defaultdict(list)
    for r in regulations.list_regulations(session, village_id):
        regs[r.village_id].append(RegulationFacts(id=r.id, **{name: getattr(r, name) for name in _REG_FIELDS}))
    evaluation = regulations.apbdes_evaluation(session)
    delegation = (EvaluationDelegation(evaluation.source, evaluation.effective_from)
                  if evaluation.evaluator is ApbdesEvaluator.CAMAT and evaluation.effective_from else None)
    return [VillageFacts(village_id=vid, village_name=name, profile=_profile_facts(profiles[vid], positions[vid]),
                         regulations=tuple(regs[vid]), apbdes_delegation=delegation)
            for vid, name in rows]


def _profile_facts(p: villages.ProfileInfo, active_positions: list[str]) -> ProfileFacts:
    urusan, seksi, source = p.sotk_urusan, p.sotk_seksi, "profil"
    if urusan is None and seksi is None:
        # Not entered in the profile: counted from the village's active officials, when
        # the list names any Kaur or Kasi at all (an empty list says nothing).
        counted = sotk_from_officials(active_positions)
        if any(counted):
            (urusan, seksi), source = counted, "aparatur"
    return ProfileFacts(
        classification=p.classification, sotk_urusan=urusan, sotk_seksi=seksi,
        kades_name=p.kades_name, kades_inaugurated_on=p.kades_inaugurated_on,
        kades_term_number=p.kades_term_number, kades_term_ends_on=p.kades_term_ends_on,
        sotk_source=source, **{name: getattr(p, name) for name in villages.HEAD_FIELDS},
    )


def findings_for_village(session: Session, village_id: str, on: dt.date) -> list[Finding]:
    """Findings of one village as of ``on`` (a visit report uses the visit's date)."""
    return evaluate(village_facts(session, village_id), on)


def findings(session: Session, on: dt.date, village_id: str | None = None) -> list[VillageFindings]:
    """Findings per village as of ``on`` (all villages, or one), by village code.

    When the unit of work carries a :class:`~.cache.FindingsCache` (the window's
    workspace puts one in), the findings of every village are taken from it while the
    replica has not changed since they were computed."""
    cache = FindingsCache.of(session)
    if cache is not None:
        every = cache.findings(session, on, lambda: _findings(session, on))
        return [v for v in every if v.village_id == village_id] if village_id else list(every)
    return _findings(session, on, village_id)


def _findings(session: Session, on: dt.date, village_id: str | None = None) -> list[VillageFindings]:
    codes = {vid: code for vid, code in session.execute(select(Village.id, Village.code))}
    return [VillageFindings(f.village_id, codes[f.village_id], f.village_name, tuple(evaluate(f, on)))
            for f in all_village_facts(session, village_id)]
