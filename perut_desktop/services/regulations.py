"""The village's register of regulations (Perdes, Perkades, Peraturan Bersama)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import (
    REGULATION_DATE_FIELDS,
    ApbdesEvaluator,
    ChangeReasonKind,
    RegulationKind,
    RegulationTopic,
)
from perut_desktop.errors import ValidationError
from perut_desktop.models import Village, VillageRegulation
from perut_desktop.services.common import clean, get_or_404, require_master, subdistrict

DATE_FIELDS = REGULATION_DATE_FIELDS
TEXT_FIELDS = ("number", "title", "topic", "kind", "extraordinary_note", "change_reason_kind", "change_reason", "notes")
INT_FIELDS = ("year", "budget_year")

STEP_LABELS = {
    "bpd_agreed_on": "disepakati BPD",
    "handed_to_kades_on": "diserahkan kepada Kepala Desa",
    "enacted_on": "ditetapkan",
    "promulgated_on": "diundangkan",
}


@dataclass(frozen=True)
class RegulationInfo:
    id: str
    village_id: str
    village_name: str
    kind: str
    number: str | None
    year: int | None
    title: str
    topic: str
    budget_year: int | None
    bpd_agreed_on: dt.date | None
    handed_to_kades_on: dt.date | None
    enacted_on: dt.date | None
    promulgated_on: dt.date | None
    sent_to_bupati_on: dt.date | None
    evaluation_submitted_on: dt.date | None
    evaluation_returned_on: dt.date | None
    corrected_on: dt.date | None
    consultation_on: dt.date | None
    musyawarah_on: dt.date | None
    extraordinary_note: str | None
    change_reason_kind: str | None
    change_reason: str | None
    notes: str


def _info(r: VillageRegulation, village_name: str) -> RegulationInfo:
    values = {f.name: getattr(r, f.name) for f in fields(RegulationInfo) if f.name not in ("village_name",)}
    return RegulationInfo(village_name=village_name, **values)


def _validate(r: VillageRegulation) -> None:
    if r.kind not in {k.value for k in RegulationKind}:
        raise ValidationError("Jenis peraturan harus perdes, perkades atau perber.")
    if r.topic not in {t.value for t in RegulationTopic}:
        raise ValidationError(f"Topik peraturan '{r.topic}' tidak dikenal.")
    if not r.title:
        raise ValidationError("Judul peraturan wajib diisi.")
    if r.change_reason_kind is not None and r.change_reason_kind not in {k.value for k in ChangeReasonKind}:
        raise ValidationError(f"Jenis alasan perubahan '{r.change_reason_kind}' tidak dikenal; pilih "
                              f"{' atau '.join(k.value for k in ChangeReasonKind)}.")
    for name in ("year", "budget_year"):
        value = getattr(r, name)
        if value is not None and not 1990 <= value <= 2100:
            raise ValidationError(f"Tahun {value} tidak masuk akal.")
    steps = [(n, getattr(r, n)) for n in ("bpd_agreed_on", "handed_to_kades_on", "enacted_on", "promulgated_on")]
    present = [(n, d) for n, d in steps if d is not None]
    for (n1, d1), (n2, d2) in zip(present, present[1:]):
        if d2 < d1:
            raise ValidationError(
                f"Urutan tanggal tidak mungkin: {STEP_LABELS[n2]} ({d2:%d-%m-%Y}) "
                f"sebelum {STEP_LABELS[n1]} ({d1:%d-%m-%Y})."
            )


def add_regulation(session: Session, village_id: str, **values: object) -> RegulationInfo:
    """Add a regulation to a village's register (master or any field device)."""
    village = get_or_404(session, Village, village_id, "Desa")
    unknown = set(values) - set(DATE_FIELDS) - set(TEXT_FIELDS) - set(INT_FIELDS)
    if unknown:
        raise ValidationError(f"Kolom peraturan tidak dikenal: {', '.join(sorted(unknown))}.")
    r = VillageRegulation(village_id=village_id, kind=values.get("kind", "perdes"), topic=values.get("topic", "lainnya"),
                          title=clean(str(values.get("title", ""))), notes="")
    for key, value in values.items():
        if key not in ("kind", "topic", "title"):
            setattr(r, key, value)
    _validate(r)
    session.add(r)
    session.flush()
    return _info(r, village.name)


def edit_regulation(session: Session, regulation_id: str, **values: object) -> RegulationInfo:
    r = get_or_404(session, VillageRegulation, regulation_id, "Peraturan")
    unknown = set(values) - set(DATE_FIELDS) - set(TEXT_FIELDS) - set(INT_FIELDS)
    if unknown:
        raise ValidationError(f"Kolom peraturan tidak dikenal: {', '.join(sorted(unknown))}.")
    for key, value in values.items():
        setattr(r, key, value)
    _validate(r)
    session.flush()
    return _info(r, session.get(Village, r.village_id).name)  # type: ignore[union-attr]


def list_regulations(session: Session, village_id: str | None = None) -> list[RegulationInfo]:
    stmt = select(VillageRegulation, Village.name).join(Village, Village.id == VillageRegulation.village_id)
    if village_id:
        stmt = stmt.where(VillageRegulation.village_id == village_id)
    stmt = stmt.order_by(Village.code, VillageRegulation.year, VillageRegulation.number, VillageRegulation.id)
    return [_info(r, name) for r, name in session.execute(stmt).all()]


# --- who evaluates the APB Desa ----------------------------------------------------------------


@dataclass(frozen=True)
class ApbdesEvaluation:
    """Who evaluates the villages' draft APB Desa: the Bupati, or, from ``effective_from``
    on, the Camat by the delegation of the Peraturan Bupati named in ``source``
    (Permendagri 20/2018 lets the Bupati delegate it). A setting of the kecamatan."""

    evaluator: ApbdesEvaluator
    source: str
    effective_from: dt.date | None

    def delegated_on(self, day: dt.date) -> bool:
        """Did the Camat evaluate a draft received on ``day``?"""
        return (self.evaluator is ApbdesEvaluator.CAMAT and self.effective_from is not None
                and day >= self.effective_from)


def apbdes_evaluation(session: Session) -> ApbdesEvaluation:
    s = subdistrict(session)
    return ApbdesEvaluation(ApbdesEvaluator(s.apbdes_evaluator or ApbdesEvaluator.BUPATI.value),
                            s.apbdes_delegation_source, s.apbdes_delegation_from)


def set_apbdes_evaluation(session: Session, *, evaluator: str, source: str = "",
                          effective_from: dt.date | None = None) -> ApbdesEvaluation:
    """Record who evaluates the APB Desa (master). A delegation to the Camat needs the
    Peraturan Bupati that makes it and the date it took effect; back to the Bupati clears
    both."""
    require_master(session, "Mengubah pengevaluasi APB Desa")
    try:
        chosen = ApbdesEvaluator(evaluator.strip().lower())
    except ValueError:
        raise ValidationError(f"Pengevaluasi APB Desa '{evaluator}' tidak dikenal; pilih bupati atau camat.") from None
    source = clean(source)
    if chosen is ApbdesEvaluator.CAMAT and (not source or effective_from is None):
        raise ValidationError("Pelimpahan evaluasi APB Desa kepada Camat perlu dasar hukumnya (Peraturan Bupati) "
                              "dan tanggal mulai berlakunya.")
    s = subdistrict(session)
    s.apbdes_evaluator = chosen.value
    s.apbdes_delegation_source = source if chosen is ApbdesEvaluator.CAMAT else ""
    s.apbdes_delegation_from = effective_from if chosen is ApbdesEvaluator.CAMAT else None
    session.flush()
    return apbdes_evaluation(session)
