"""The rules on the Kepala Desa's office beyond the elected term (a Penjabat, the BPD's
notice, the election of the next head, the Musyawarah Desa after a death in office), the
steps every Perdes needs (promulgation, public consultation, the musyawarah of a plan
change) and an APB Desa evaluation delegated to the Camat — each at its boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from perut_desktop.services import compliance as c
from perut_desktop.services.compliance import params as P
from perut_desktop.services.compliance.inputs import EvaluationDelegation
from perut_desktop.services.workdays import add_working_days

D = dt.date


@pytest.fixture(autouse=True)
def _shipped_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(P.ENV_VAR, raising=False)


def village(*regs: c.RegulationFacts, profile: c.ProfileFacts | None = None,
            delegation: EvaluationDelegation | None = None) -> c.VillageFacts:
    return c.VillageFacts(village_id="v", village_name="Awayan", profile=profile, regulations=regs,
                          apbdes_delegation=delegation)


def reg(id: str = "r1", **kw: object) -> c.RegulationFacts:
    values: dict[str, object] = {"kind": "perdes", "title": "Pungutan Desa", "topic": "lainnya",
                                 "number": "3", "year": 2024}
    values.update(kw)
    return c.RegulationFacts(id=id, **values)  # type: ignore[arg-type]


def found(facts: c.VillageFacts, on: dt.date, code: str) -> list[c.Finding]:
    return [f for f in c.evaluate(facts, on) if f.rule_code == code]


# --- a Penjabat has no elected term ------------------------------------------------------------

TERM_RULES = {"KADES_JABATAN_SEGERA_BERAKHIR", "KADES_JABATAN_BERAKHIR", "KADES_AKHIR_JABATAN_TIDAK_SAH",
              "KADES_PERIODE_MELEBIHI", "KADES_PERIODE_PERALIHAN", "KADES_PEMBERITAHUAN_BPD_TERLAMBAT"}


def test_a_penjabat_entered_as_head_gets_no_term_finding() -> None:
    """Appointed in 2015 and still recorded: as an elected head that is a term ended long
    ago (and a fourth term); as a Pj. it is no term at all."""
    head = dict(kades_name="Drs. Rusdi", kades_inaugurated_on=D(2015, 2, 1), kades_term_number=4)
    elected = {f.rule_code for f in c.evaluate(village(profile=c.ProfileFacts(**head)), D(2026, 6, 1))}  # type: ignore[arg-type]
    acting = {f.rule_code for f in c.evaluate(village(profile=c.ProfileFacts(kades_acting=True, **head)),  # type: ignore[arg-type]
                                              D(2026, 6, 1))}
    assert {"KADES_JABATAN_BERAKHIR", "KADES_PERIODE_MELEBIHI"} <= elected
    assert not acting & TERM_RULES


# --- the BPD's written notice -------------------------------------------------------------------

def _head(**kw: object) -> c.ProfileFacts:
    # inaugurated 1 March 2019, running on 25 April 2024: 8 years, the term ends 1 March 2027;
    # the BPD's notice is due 6 months before, on 1 September 2026
    return c.ProfileFacts(kades_name="H. Ahmad", kades_inaugurated_on=D(2019, 3, 1), kades_term_number=1,
                          **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("told", "late"), [(D(2026, 9, 1), False), (D(2026, 9, 2), True)])
def test_the_bpd_notice_is_late_from_the_day_after_six_months_before_the_end(told: dt.date, late: bool) -> None:
    hits = found(village(profile=_head(bpd_term_notice_on=told)), D(2026, 10, 1), "KADES_PEMBERITAHUAN_BPD_TERLAMBAT")
    assert bool(hits) is late
    if late:
        assert "2 September 2026, sesudah batas 1 September 2026" in hits[0].message
        assert hits[0].severity == c.PELANGGARAN


def test_the_term_ending_soon_says_whether_the_notice_was_given() -> None:
    on = D(2026, 10, 1)
    (without,) = found(village(profile=_head()), on, "KADES_JABATAN_SEGERA_BERAKHIR")
    (with_notice,) = found(village(profile=_head(bpd_term_notice_on=D(2026, 8, 20))), on,
                           "KADES_JABATAN_SEGERA_BERAKHIR")
    assert "pemberitahuan itu belum tercatat" in without.message
    assert "Pemberitahuan tertulis BPD tercatat 20 Agustus 2026." in with_notice.message
    # a notice dated after the day of the check is not known yet
    (future,) = found(village(profile=_head(bpd_term_notice_on=D(2026, 10, 2))), on, "KADES_JABATAN_SEGERA_BERAKHIR")
    assert "belum tercatat" in future.message


# --- the election of the next head -------------------------------------------------------------

def _election(**kw: object) -> c.ProfileFacts:
    return c.ProfileFacts(**kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("reported", "late"), [(D(2026, 1, 12), False), (D(2026, 1, 13), True)])
def test_the_committee_reports_to_the_bpd_within_seven_days(reported: dt.date, late: bool) -> None:
    facts = village(profile=_election(election_elected_on=D(2026, 1, 5), election_to_bpd_on=reported))
    assert bool(found(facts, D(2026, 3, 1), "PILKADES_LAPORAN_PANITIA")) is late


def test_a_missing_report_is_overdue_from_day_eight_unless_a_later_step_shows_it_happened() -> None:
    facts = village(profile=_election(election_elected_on=D(2026, 1, 5)))
    assert found(facts, D(2026, 1, 12), "PILKADES_LAPORAN_PANITIA") == []
    (overdue,) = found(facts, D(2026, 1, 13), "PILKADES_LAPORAN_PANITIA")
    assert "belum tercatat disampaikan panitia kepada BPD" in overdue.message
    assert overdue.due_on == D(2026, 1, 12) and overdue.severity == c.PELANGGARAN
    later = village(profile=_election(election_elected_on=D(2026, 1, 5), election_to_bupati_on=D(2026, 1, 20)))
    assert found(later, D(2026, 3, 1), "PILKADES_LAPORAN_PANITIA") == []


@pytest.mark.parametrize(("sent", "late"), [(D(2026, 1, 27), False), (D(2026, 1, 28), True)])
def test_the_bpd_reports_to_the_bupati_within_seven_days(sent: dt.date, late: bool) -> None:
    facts = village(profile=_election(election_to_bpd_on=D(2026, 1, 20), election_to_bupati_on=sent))
    assert bool(found(facts, D(2026, 3, 1), "PILKADES_LAPORAN_BPD")) is late


@pytest.mark.parametrize(("decided", "late"), [(D(2026, 3, 3), False), (D(2026, 3, 4), True)])
def test_the_bupatis_decision_within_thirty_days_is_not_the_villages_breach(decided: dt.date, late: bool) -> None:
    facts = village(profile=_election(election_to_bupati_on=D(2026, 2, 1), election_decided_on=decided))
    hits = found(facts, D(2026, 6, 1), "PILKADES_PENGESAHAN")
    assert bool(hits) is late
    if late:
        assert hits[0].severity == c.INFORMASI


def test_the_inauguration_is_the_new_heads_not_the_penjabats() -> None:
    decided = D(2026, 3, 1)  # the inauguration is due by 31 March 2026
    waiting = _election(kades_acting=True, kades_name="Pj. Rusdi", kades_inaugurated_on=D(2025, 6, 1),
                        election_decided_on=decided)
    assert found(village(profile=waiting), D(2026, 3, 31), "PILKADES_PELANTIKAN") == []
    (overdue,) = found(village(profile=waiting), D(2026, 4, 1), "PILKADES_PELANTIKAN")
    assert "belum tercatat dilantik" in overdue.message
    on_time = _election(kades_name="H. Ahmad", kades_inaugurated_on=D(2026, 3, 31), election_decided_on=decided)
    late = _election(kades_name="H. Ahmad", kades_inaugurated_on=D(2026, 4, 1), election_decided_on=decided)
    assert found(village(profile=on_time), D(2026, 6, 1), "PILKADES_PELANTIKAN") == []
    assert found(village(profile=late), D(2026, 6, 1), "PILKADES_PELANTIKAN")
    same_day = _election(kades_name="H. Ahmad", kades_inaugurated_on=decided, election_decided_on=decided)
    assert found(village(profile=same_day), D(2026, 6, 1), "PILKADES_PELANTIKAN") == []
    # a Penjabat appointed after the decision is still no inauguration of the elected head
    later_pj = _election(kades_acting=True, kades_name="Pj. Rusdi", kades_inaugurated_on=D(2026, 3, 10),
                         election_decided_on=decided)
    assert found(village(profile=later_pj), D(2026, 4, 1), "PILKADES_PELANTIKAN")


# --- the Musyawarah Desa after a head left during the term -----------------------------------------

def _left(reason: str, **kw: object) -> c.ProfileFacts:
    return c.ProfileFacts(kades_acting=True, kades_name="Pj. Rusdi", previous_head_left=reason,  # type: ignore[arg-type]
                          previous_head_left_on=D(2025, 6, 10), **kw)


def test_the_successor_is_elected_within_six_months_of_a_death_in_office() -> None:
    facts = village(profile=_left("meninggal_dunia"))
    assert found(facts, D(2025, 12, 10), "KADES_MUSDES_PENGGANTI") == []
    (hit,) = found(facts, D(2025, 12, 11), "KADES_MUSDES_PENGGANTI")
    assert "meninggal dunia 10 Juni 2025" in hit.message and "Pj. Rusdi" in hit.message
    assert hit.due_on == D(2025, 12, 10) and hit.severity == c.PERINGATAN
    assert found(village(profile=_left("meninggal_dunia", election_elected_on=D(2025, 12, 10))),
                 D(2026, 3, 1), "KADES_MUSDES_PENGGANTI") == []
    (late,) = found(village(profile=_left("diberhentikan", election_elected_on=D(2025, 12, 11))),
                    D(2026, 3, 1), "KADES_MUSDES_PENGGANTI")
    assert "baru dipilih 11 Desember 2025" in late.message


def test_a_term_that_ended_needs_an_election_not_a_musyawarah() -> None:
    facts = village(profile=_left("berakhir_masa_jabatan"))
    assert found(facts, D(2026, 6, 1), "KADES_MUSDES_PENGGANTI") == []


# --- promulgation, consultation, the musyawarah of a plan change -------------------------------

def test_an_enacted_perdes_without_promulgation_has_no_legal_force() -> None:
    enacted = reg(enacted_on=D(2026, 3, 2), consultation_on=D(2026, 2, 1))
    assert found(village(enacted), D(2026, 3, 1), "PERDES_BELUM_DIUNDANGKAN") == []  # not enacted yet then
    (hit,) = found(village(enacted), D(2026, 3, 2), "PERDES_BELUM_DIUNDANGKAN")
    assert "belum mempunyai kekuatan hukum mengikat" in hit.message and hit.severity == c.PERINGATAN
    promulgated = reg(enacted_on=D(2026, 3, 2), promulgated_on=D(2026, 3, 2))
    sent = reg(enacted_on=D(2026, 3, 2), sent_to_bupati_on=D(2026, 3, 5))  # promulgated on a day not recorded
    assert found(village(promulgated, sent), D(2026, 6, 1), "PERDES_BELUM_DIUNDANGKAN") == []


def test_a_perdes_agreed_without_public_consultation() -> None:
    agreed = D(2026, 3, 2)
    (missing,) = found(village(reg(bpd_agreed_on=agreed)), agreed, "PERDES_TANPA_KONSULTASI")
    assert missing.message == ("Perdes No. 3/2024 tentang Pungutan Desa (lainnya) disepakati BPD 2 Maret 2026 tanpa "
                               "tercatat dikonsultasikan kepada masyarakat Desa; periksa berita acara konsultasinya.")
    assert missing.regulation_id == "r1" and missing.due_on == agreed
    assert found(village(reg(bpd_agreed_on=agreed, consultation_on=agreed)), agreed, "PERDES_TANPA_KONSULTASI") == []
    (after,) = found(village(reg(bpd_agreed_on=agreed, consultation_on=D(2026, 3, 3))), D(2026, 4, 1),
                     "PERDES_TANPA_KONSULTASI")
    assert "sebelum konsultasi masyarakat yang tercatat 3 Maret 2026" in after.message
    assert found(village(reg(consultation_on=D(2026, 1, 5))), D(2026, 4, 1), "PERDES_TANPA_KONSULTASI") == []
    # with no agreement date, the enactment is the step it must come before
    (enacted,) = found(village(reg(enacted_on=agreed, consultation_on=D(2026, 3, 5))), D(2026, 4, 1),
                       "PERDES_TANPA_KONSULTASI")
    assert enacted.message == ("Perdes No. 3/2024 tentang Pungutan Desa (lainnya) ditetapkan 2 Maret 2026, sebelum "
                               "konsultasi masyarakat yang tercatat 5 Maret 2026.")
    assert enacted.due_on == agreed


@pytest.mark.parametrize("topic", ["perubahan_rpjmdes", "perubahan_rkpdes"])
def test_a_plan_change_agreed_without_its_musyawarah(topic: str) -> None:
    agreed = D(2026, 8, 3)
    base = {"topic": topic, "change_reason_kind": "peristiwa_khusus", "bpd_agreed_on": agreed}
    assert found(village(reg(**base)), agreed, "RENCANA_PERUBAHAN_MUSYAWARAH")
    assert found(village(reg(musyawarah_on=agreed, **base)), agreed, "RENCANA_PERUBAHAN_MUSYAWARAH") == []
    assert found(village(reg(musyawarah_on=D(2026, 8, 4), **base)), D(2026, 9, 1), "RENCANA_PERUBAHAN_MUSYAWARAH")
    # the yearly RKP Desa itself is not a change
    assert found(village(reg(topic="rkpdes", bpd_agreed_on=agreed)), agreed, "RENCANA_PERUBAHAN_MUSYAWARAH") == []


# --- an APB Desa evaluation delegated to the Camat -------------------------------------------------

DELEGATION = EvaluationDelegation("Perbup Balangan tentang pelimpahan evaluasi APB Desa", D(2025, 1, 1))


def _waiting(topic: str, submitted: dt.date) -> c.RegulationFacts:
    return reg(topic=topic, budget_year=2026, evaluation_submitted_on=submitted)


def test_a_late_delegated_evaluation_is_the_kecamatans_own_task() -> None:
    submitted = D(2025, 11, 3)
    on = add_working_days(submitted, 21)
    (hit,) = found(village(_waiting("apbdes", submitted), delegation=DELEGATION), on, "EVALUASI_BUPATI_TERLAMBAT")
    assert hit.office_task and hit.severity == c.INFORMASI
    assert hit.message.startswith("Hasil evaluasi Camat atas")
    assert "dilimpahkan kepada Camat (Perbup Balangan tentang pelimpahan evaluasi APB Desa)" in hit.message
    assert "tugas kantor kecamatan sendiri" in hit.message
    assert found(village(_waiting("apbdes", submitted), delegation=DELEGATION), add_working_days(submitted, 20),
                 "EVALUASI_BUPATI_TERLAMBAT") == []


def test_a_delegated_evaluation_handed_over_late_says_when_the_kecamatan_handed_it_over() -> None:
    submitted = D(2025, 11, 3)
    returned = add_working_days(submitted, 22)  # 3 December 2025
    facts = village(reg(topic="apbdes", budget_year=2026, evaluation_submitted_on=submitted,
                        evaluation_returned_on=returned), delegation=DELEGATION)
    (hit,) = found(facts, D(2025, 12, 31), "EVALUASI_BUPATI_TERLAMBAT")
    assert hit.message.startswith("Hasil evaluasi Camat atas rancangan Perdes No. 3/2024 tentang Pungutan Desa "
                                  "diserahkan 3 Desember 2025, 22 hari kerja setelah diajukan 3 November 2025")
    assert "keterlambatan kantor kecamatan sendiri, bukan pelanggaran desa" in hit.message
    assert hit.office_task and hit.due_on == D(2025, 12, 1)


@pytest.mark.parametrize(("topic", "submitted"), [
    ("apbdes", D(2024, 12, 31)),  # received before the delegation took effect: still the Bupati's
    ("pungutan", D(2025, 11, 3)),  # only the APB Desa is delegated
])
def test_evaluations_the_delegation_does_not_cover_stay_the_bupatis(topic: str, submitted: dt.date) -> None:
    on = add_working_days(submitted, 25)
    (hit,) = found(village(_waiting(topic, submitted), delegation=DELEGATION), on, "EVALUASI_BUPATI_TERLAMBAT")
    assert not hit.office_task and hit.message.startswith("Hasil evaluasi Bupati atas")


def test_the_correction_after_a_delegated_evaluation_names_the_camat() -> None:
    returned = D(2025, 11, 20)
    facts = village(reg(topic="apbdes", budget_year=2026, evaluation_submitted_on=D(2025, 11, 3),
                        evaluation_returned_on=returned), delegation=DELEGATION)
    (hit,) = found(facts, add_working_days(returned, 21), "EVALUASI_PERBAIKAN")
    assert "Hasil evaluasi Camat atas" in hit.message and not hit.office_task
    enacted = village(reg(topic="apbdes", budget_year=2026, enacted_on=D(2025, 12, 20)), delegation=DELEGATION)
    (missing,) = found(enacted, D(2025, 12, 31), "EVALUASI_TIDAK_ADA")
    assert "evaluasi Camat (pelimpahan Bupati)" in missing.message
