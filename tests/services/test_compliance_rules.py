"""The pure compliance rules engine: boundaries of every rule, as-of dates, parameters.

Working-day tests use past years only (2023, 2024) and the pinned ``holidays`` library.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from perut_desktop.services import compliance as c
from perut_desktop.services import workdays
from perut_desktop.services.compliance import params as P
from perut_desktop.services.compliance.dates import add_months, deadline
from perut_desktop.services.compliance.wording import format_date

D = dt.date
SHIPPED = json.loads(P.default_path().read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _shipped_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(P.ENV_VAR, raising=False)


def reg(id: str = "r1", **kw: object) -> c.RegulationFacts:
    values: dict[str, object] = {"kind": "perdes", "title": "Pungutan Desa", "topic": "lainnya",
                                 "number": "3", "year": 2024}
    values.update(kw)
    return c.RegulationFacts(id=id, **values)  # type: ignore[arg-type]


def village(*regs: c.RegulationFacts, profile: c.ProfileFacts | None = None) -> c.VillageFacts:
    return c.VillageFacts(village_id="v-awayan", village_name="Awayan", profile=profile, regulations=regs)


def kades(**kw: object) -> c.ProfileFacts:
    values: dict[str, object] = {"kades_name": "H. Ahmad", "kades_term_number": 1}
    values.update(kw)
    return c.ProfileFacts(**values)  # type: ignore[arg-type]


def found(facts: c.VillageFacts, on: dt.date, code: str | None = None,
          params: P.Parameters | None = None) -> list[c.Finding]:
    out = c.evaluate(facts, on, params)
    return [f for f in out if code is None or f.rule_code == code]


def codes(facts: c.VillageFacts, on: dt.date) -> set[str]:
    return {f.rule_code for f in c.evaluate(facts, on)}


def with_versions(*extra: dict[str, object], drop: tuple[tuple[str, str], ...] = ()) -> P.Parameters:
    """The shipped parameters plus extra versions (and without versions named in drop)."""
    data = copy.deepcopy(SHIPPED)
    data["parameters"] = [p for p in data["parameters"] if (p["name"], p["effective_from"]) not in drop]
    data["parameters"].extend(extra)
    return P.Parameters.from_mapping(data, origin="test")


# --------------------------------------------------------------------------------------
# Every rule
# --------------------------------------------------------------------------------------

def _everything() -> c.VillageFacts:
    """Facts that trip every rule at least once as of 2027-01-10."""
    return village(
        reg("late-hand", bpd_agreed_on=D(2024, 1, 2), handed_to_kades_on=D(2024, 1, 11)),
        reg("late-sign", handed_to_kades_on=D(2024, 2, 1), enacted_on=D(2024, 3, 1)),
        reg("late-send", promulgated_on=D(2024, 3, 1), sent_to_bupati_on=D(2024, 3, 20)),
        reg("no-eval", topic="pungutan", enacted_on=D(2024, 4, 1)),
        reg("late-fix", topic="tata_ruang", evaluation_submitted_on=D(2024, 4, 1),
            evaluation_returned_on=D(2024, 4, 10), corrected_on=D(2024, 5, 20)),
        reg("bupati-late", topic="organisasi", evaluation_submitted_on=D(2024, 2, 7)),
        reg("apb-1", topic="perubahan_apbdes", budget_year=2024, enacted_on=D(2024, 6, 1),
            evaluation_submitted_on=D(2024, 5, 1), evaluation_returned_on=D(2024, 5, 10)),
        reg("apb-2", topic="perubahan_apbdes", budget_year=2024, enacted_on=D(2024, 9, 1),
            evaluation_submitted_on=D(2024, 8, 1), evaluation_returned_on=D(2024, 8, 10)),
        reg("rpjm", topic="perubahan_rpjmdes", enacted_on=D(2024, 5, 5)),
        reg("apb-late", topic="apbdes", budget_year=2025, evaluation_submitted_on=D(2024, 11, 1),
            evaluation_returned_on=D(2024, 11, 20), enacted_on=D(2025, 1, 6)),
        profile=kades(classification="swadaya", sotk_urusan=4, sotk_seksi=3,
                      kades_inaugurated_on=D(2019, 3, 15), kades_term_number=4),
    )


def test_every_rule_has_code_title_message_source_and_severity() -> None:
    prm = P.load()
    assert len({r.code for r in c.RULES}) == len(c.RULES) >= 13
    for rule in c.RULES:
        assert re.fullmatch(r"[A-Z][A-Z_]+", rule.code), rule.code
        assert rule.title.strip() and rule.message.strip(), rule.code
        assert re.search(r"\b(UU|PP|Permendagri) \d+/\d{4}", rule.source), rule.code
        assert rule.severity in c.SEVERITIES, rule.code
        for name in rule.parameters:
            assert prm.history(name), (rule.code, name)
        assert c.RULES_BY_CODE[rule.code] is rule


def test_every_rule_fires_and_its_findings_carry_message_source_and_version() -> None:
    facts = _everything()
    on = D(2027, 1, 10)
    by_code: dict[str, list[c.Finding]] = {}
    for f in c.evaluate(facts, on):
        by_code.setdefault(f.rule_code, []).append(f)
    # KADES_PERIODE_PERALIHAN, KADES_JABATAN_BERAKHIR and KADES_AKHIR_JABATAN_TIDAK_SAH need
    # other profiles; they are covered below, and checked here through single profiles.
    others = [
        kades(kades_inaugurated_on=D(2024, 5, 1), kades_term_number=3),
        kades(kades_inaugurated_on=D(2017, 6, 1)),
        kades(kades_inaugurated_on=D(2018, 3, 10), kades_term_ends_on=D(2030, 1, 1)),
        # the BPD told the head late; an election whose every step is late; a head who died
        kades(kades_inaugurated_on=D(2019, 3, 1), bpd_term_notice_on=D(2026, 11, 1)),
        kades(kades_name=None, kades_term_number=None, election_elected_on=D(2026, 1, 5),
              election_to_bpd_on=D(2026, 1, 20), election_to_bupati_on=D(2026, 2, 5),
              election_decided_on=D(2026, 4, 1)),
        kades(kades_acting=True, kades_term_number=None, previous_head_left="meninggal_dunia",
              previous_head_left_on=D(2025, 6, 1)),
    ]
    for profile in others:
        for f in c.evaluate(village(profile=profile), on):
            by_code.setdefault(f.rule_code, []).append(f)
    assert set(by_code) == {r.code for r in c.RULES}
    for code, findings in by_code.items():
        rule = c.RULES_BY_CODE[code]
        for f in findings:
            assert f.message.strip() and f.message.endswith("."), f
            assert f.source == rule.source and f.severity == rule.severity
            assert f.village_id == "v-awayan" and f.as_of == on
            assert f.rule_version == (
                "tanpa parameter angka" if not f.parameters else "; ".join(v.cite() for v in dict.fromkeys(f.parameters)))
            for v in f.parameters:
                assert v.name in f.rule_version and v.source in f.rule_version
                assert f"berlaku sejak {v.effective_from:%d-%m-%Y}" in f.rule_version


def test_findings_are_sorted_by_severity_then_rule_order() -> None:
    out = c.evaluate(_everything(), D(2027, 1, 10))
    ranks = [c.SEVERITIES.index(f.severity) for f in out]
    assert ranks == sorted(ranks)
    order = [r.code for r in c.RULES]
    same = [order.index(f.rule_code) for f in out if f.severity == c.PELANGGARAN]
    assert same == sorted(same)


# --------------------------------------------------------------------------------------
# Perdes steps in calendar days
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("days", "late"), [(6, False), (7, False), (8, True), (9, True)])
def test_handover_to_kades_day_7_is_on_time_day_8_is_late(days: int, late: bool) -> None:
    agreed = D(2024, 3, 1)
    facts = village(reg(bpd_agreed_on=agreed, handed_to_kades_on=agreed + dt.timedelta(days=days)))
    out = found(facts, D(2024, 12, 31), "PERDES_SERAH_KADES")
    assert bool(out) is late
    if late:
        (f,) = out
        assert f.message.startswith(f"Rancangan Perdes No. 3/2024 tentang Pungutan Desa diserahkan ke "
                                    f"Kepala Desa {days} hari setelah disepakati BPD")
        assert "batas 7 hari, paling lambat 8 Maret 2024" in f.message
        assert f.severity == c.PELANGGARAN and f.regulation_id == "r1"
        assert f.due_on == D(2024, 3, 8)
        assert "perdes_serah_kades_hari = 7 hari (berlaku sejak 30-05-2014" in f.rule_version


def test_handover_not_yet_made_is_a_finding_once_overdue() -> None:
    agreed = D(2024, 3, 1)
    facts = village(reg(bpd_agreed_on=agreed))
    assert found(facts, agreed + dt.timedelta(days=7), "PERDES_SERAH_KADES") == []
    (f,) = found(facts, agreed + dt.timedelta(days=10), "PERDES_SERAH_KADES")
    assert "sampai 11 Maret 2024 belum tercatat diserahkan ke Kepala Desa (10 hari" in f.message


def test_a_later_step_without_the_handover_date_says_nothing() -> None:
    facts = village(reg(bpd_agreed_on=D(2024, 3, 1), enacted_on=D(2024, 3, 20)))
    assert found(facts, D(2024, 12, 1), "PERDES_SERAH_KADES") == []


def test_perdes_steps_apply_only_to_perdes() -> None:
    facts = village(reg(kind="perkades", bpd_agreed_on=D(2024, 3, 1), promulgated_on=D(2024, 3, 2)))
    assert codes(facts, D(2024, 12, 1)) == set()


@pytest.mark.parametrize(("days", "late"), [(15, False), (16, True)])
def test_kades_signs_within_15_days(days: int, late: bool) -> None:
    handed = D(2024, 5, 1)
    facts = village(reg(handed_to_kades_on=handed, enacted_on=handed + dt.timedelta(days=days)))
    out = found(facts, D(2024, 12, 31), "PERDES_TETAP_KADES")
    assert bool(out) is late
    if late:
        assert f"{days} hari setelah diterima Kepala Desa dari BPD" in out[0].message
        assert "batas 15 hari, paling lambat 16 Mei 2024" in out[0].message
    pending = village(reg(handed_to_kades_on=handed))
    assert bool(found(pending, handed + dt.timedelta(days=days), "PERDES_TETAP_KADES")) is late


@pytest.mark.parametrize(("days", "late"), [(7, False), (8, True)])
def test_perdes_sent_to_bupati_within_7_days_of_promulgation(days: int, late: bool) -> None:
    promulgated = D(2024, 7, 1)
    facts = village(reg(promulgated_on=promulgated, sent_to_bupati_on=promulgated + dt.timedelta(days=days)))
    out = found(facts, D(2024, 12, 31), "PERDES_KIRIM_BUPATI")
    assert bool(out) is late
    if late:
        assert out[0].message.startswith(f"Perdes No. 3/2024 tentang Pungutan Desa disampaikan kepada "
                                         f"Bupati {days} hari setelah diundangkan")
    pending = village(reg(promulgated_on=promulgated))
    assert bool(found(pending, promulgated + dt.timedelta(days=days), "PERDES_KIRIM_BUPATI")) is late


def test_a_late_step_names_the_day_the_clock_started_and_the_day_of_the_step() -> None:
    facts = village(reg(bpd_agreed_on=D(2024, 3, 1), handed_to_kades_on=D(2024, 3, 9), enacted_on=D(2024, 3, 30),
                        promulgated_on=D(2024, 3, 30), sent_to_bupati_on=D(2024, 4, 8)))
    by_code = {f.rule_code: f for f in found(facts, D(2024, 12, 31))}
    assert by_code["PERDES_SERAH_KADES"].message.endswith(
        "(disepakati 1 Maret 2024, diserahkan 9 Maret 2024; batas 7 hari, paling lambat 8 Maret 2024).")
    assert by_code["PERDES_TETAP_KADES"].message == (
        "Rancangan Perdes No. 3/2024 tentang Pungutan Desa ditetapkan Kepala Desa 30 Maret 2024, 21 hari setelah "
        "diterima Kepala Desa dari BPD (9 Maret 2024; batas 15 hari, paling lambat 24 Maret 2024).")
    assert "(diundangkan 30 Maret 2024, disampaikan 8 April 2024; batas 7 hari" in by_code["PERDES_KIRIM_BUPATI"].message
    assert by_code["PERDES_TETAP_KADES"].due_on == D(2024, 3, 24) and by_code["PERDES_TETAP_KADES"].regulation_id == "r1"


def test_a_perdes_agreed_before_pp_43_2014_took_effect_has_no_handover_deadline() -> None:
    # perdes_serah_kades_hari is in force from 30 May 2014: no limit to measure the handover against
    facts = village(reg(bpd_agreed_on=D(2014, 5, 20)))
    assert found(facts, D(2015, 1, 1), "PERDES_SERAH_KADES") == []
    (f,) = found(village(reg(bpd_agreed_on=D(2014, 5, 30))), D(2015, 1, 1), "PERDES_SERAH_KADES")
    assert f.due_on == D(2014, 6, 6)


# --------------------------------------------------------------------------------------
# Working days and the Bupati's evaluation
# --------------------------------------------------------------------------------------

def test_working_days_skip_public_holiday_cuti_bersama_and_weekend() -> None:
    # Wed 7 Feb 2024 → Thu 8 Isra Mikraj (public), Fri 9 cuti bersama Imlek (government
    # category), Sat 10 Imlek, Sun 11 → first working day Mon 12 Feb.
    assert workdays.holiday_name(D(2024, 2, 8)) is not None
    assert "Cuti Bersama" in (workdays.holiday_name(D(2024, 2, 9)) or "")
    assert D(2024, 2, 9).weekday() == 4 and not workdays.is_working_day(D(2024, 2, 9))
    assert not workdays.is_working_day(D(2024, 2, 11))
    assert workdays.is_working_day(D(2024, 2, 12))
    assert workdays.add_working_days(D(2024, 2, 7), 1) == D(2024, 2, 12)
    # 20 working days also skip the election day (14 Feb) and Nyepi + its cuti bersama (11–12 Mar).
    assert workdays.add_working_days(D(2024, 2, 7), 20) == D(2024, 3, 13)
    assert workdays.working_days_between(D(2024, 2, 7), D(2024, 3, 13)) == 20
    # Idul Fitri 2023: cuti bersama 19–21 and 24–25 April around the weekend holiday.
    assert workdays.add_working_days(D(2023, 4, 18), 1) == D(2023, 4, 26)
    assert workdays.non_working_reason(D(2023, 4, 24)) == "Cuti Bersama Hari Raya Idul Fitri"
    assert workdays.non_working_reason(D(2024, 2, 17)) == "Sabtu"
    assert workdays.add_working_days(D(2024, 2, 7), 0) == D(2024, 2, 7)
    assert workdays.has_cuti_bersama(2024)
    with pytest.raises(TypeError, match=r"^expected a datetime\.date, got datetime$"):
        workdays.is_working_day(dt.datetime(2024, 2, 9, 8, 0))


@pytest.mark.parametrize(("returned", "late"), [(D(2024, 3, 13), False), (D(2024, 3, 14), True)])
def test_bupati_evaluation_after_20_working_days_is_information(returned: dt.date, late: bool) -> None:
    facts = village(reg(topic="apbdes", title="APB Desa 2024", evaluation_submitted_on=D(2024, 2, 7),
                        evaluation_returned_on=returned, corrected_on=returned + dt.timedelta(days=3)))
    out = found(facts, D(2024, 12, 31), "EVALUASI_BUPATI_TERLAMBAT")
    assert bool(out) is late
    if late:
        (f,) = out
        assert f.severity == c.INFORMASI
        assert "21 hari kerja setelah diajukan 7 Februari 2024" in f.message
        assert "paling lambat 13 Maret 2024" in f.message and "bukan pelanggaran desa" in f.message
    assert not [f for f in c.evaluate(facts, D(2024, 12, 31)) if f.severity != c.INFORMASI]


def test_outstanding_evaluation_is_information_from_the_21st_working_day() -> None:
    facts = village(reg(topic="apbdes", evaluation_submitted_on=D(2024, 2, 7)))
    assert found(facts, D(2024, 3, 13), "EVALUASI_BUPATI_TERLAMBAT") == []
    (f,) = found(facts, D(2024, 3, 14), "EVALUASI_BUPATI_TERLAMBAT")
    assert "belum tercatat diterima (21 hari kerja" in f.message
    assert "Perdes berlaku dengan sendirinya" in f.message
    assert codes(facts, D(2024, 3, 14)) == {"EVALUASI_BUPATI_TERLAMBAT"}


@pytest.mark.parametrize(("kw", "breach"), [
    ({}, True),                                                                 # never submitted
    ({"evaluation_submitted_on": D(2024, 3, 20)}, True),                        # submitted after enactment
    ({"evaluation_submitted_on": D(2024, 2, 7)}, True),                         # enacted on the 20th working day
    ({"evaluation_submitted_on": D(2024, 2, 7), "evaluation_returned_on": D(2024, 3, 1)}, False),
    ({"evaluation_submitted_on": D(2024, 2, 7), "evaluation_returned_on": D(2024, 3, 14)}, True),
])
def test_enacted_without_evaluation(kw: dict[str, dt.date], breach: bool) -> None:
    facts = village(reg(topic="pungutan", enacted_on=D(2024, 3, 13), **kw))
    out = found(facts, D(2024, 12, 31), "EVALUASI_TIDAK_ADA")
    assert bool(out) is breach
    if breach:
        assert out[0].severity == c.PELANGGARAN and "ditetapkan 13 Maret 2024" in out[0].message


def test_enacted_after_the_bupatis_time_ran_out_is_not_the_villages_breach() -> None:
    facts = village(reg(topic="organisasi", consultation_on=D(2024, 1, 20), evaluation_submitted_on=D(2024, 2, 7),
                        enacted_on=D(2024, 3, 14), promulgated_on=D(2024, 3, 14), sent_to_bupati_on=D(2024, 3, 15)))
    on = D(2024, 12, 31)
    assert found(facts, on, "EVALUASI_TIDAK_ADA") == []
    assert [f.severity for f in found(facts, on)] == [c.INFORMASI]


def test_topics_outside_the_four_need_no_evaluation() -> None:
    promulgated = {"promulgated_on": D(2024, 3, 13), "sent_to_bupati_on": D(2024, 3, 14),
                   "consultation_on": D(2024, 2, 1)}
    facts = village(reg(topic="lainnya", enacted_on=D(2024, 3, 13), **promulgated),
                    reg("r2", topic="rkpdes", enacted_on=D(2024, 3, 1), **promulgated))
    assert codes(facts, D(2024, 12, 31)) == set()


@pytest.mark.parametrize(("days", "late"), [(20, False), (21, True)])
def test_correction_within_20_days_of_the_evaluation(days: int, late: bool) -> None:
    returned = D(2024, 4, 1)
    base = {"topic": "tata_ruang", "evaluation_submitted_on": D(2024, 3, 4), "evaluation_returned_on": returned}
    facts = village(reg(corrected_on=returned + dt.timedelta(days=days), **base))
    out = found(facts, D(2024, 12, 31), "EVALUASI_PERBAIKAN")
    assert bool(out) is late
    if late:
        assert f"{days} hari setelah hasil evaluasi Bupati diterima 1 April 2024" in out[0].message
    pending = village(reg(**base))
    assert bool(found(pending, returned + dt.timedelta(days=days), "EVALUASI_PERBAIKAN")) is late
    enacted_only = village(reg(enacted_on=returned + dt.timedelta(days=days), **base))
    assert found(enacted_only, D(2024, 12, 31), "EVALUASI_PERBAIKAN") == []


def test_the_correction_messages_name_the_draft_and_both_dates() -> None:
    base: dict[str, Any] = {"topic": "tata_ruang", "evaluation_submitted_on": D(2024, 3, 4), "evaluation_returned_on": D(2024, 4, 1)}
    (late,) = found(village(reg(corrected_on=D(2024, 4, 25), **base)), D(2024, 12, 31), "EVALUASI_PERBAIKAN")
    assert late.message.startswith("Rancangan Perdes No. 3/2024 tentang Pungutan Desa diperbaiki 25 April 2024, "
                                   "24 hari setelah hasil evaluasi Bupati diterima 1 April 2024")
    (overdue,) = found(village(reg(**base)), D(2024, 4, 25), "EVALUASI_PERBAIKAN")
    assert overdue.message.startswith("Hasil evaluasi Bupati atas rancangan Perdes No. 3/2024 tentang Pungutan Desa "
                                      "diterima 1 April 2024; sampai 25 April 2024 belum tercatat perbaikan")


def test_a_regulation_a_deadline_does_not_apply_to_does_not_hide_the_next_one() -> None:
    """The correction applies to evaluated topics only, the 15 days to sign to the others: a
    Perdes listed first that a rule skips does not end that rule's look at the village."""
    facts = village(reg("a", handed_to_kades_on=D(2024, 3, 1)),
                    reg("b", topic="tata_ruang", handed_to_kades_on=D(2024, 3, 1), evaluation_submitted_on=D(2024, 3, 4),
                        evaluation_returned_on=D(2024, 4, 1)),
                    reg("c", handed_to_kades_on=D(2024, 3, 1)))
    assert [f.regulation_id for f in found(facts, D(2024, 4, 25), "EVALUASI_PERBAIKAN")] == ["b"]
    assert [f.regulation_id for f in found(facts, D(2024, 4, 25), "PERDES_TETAP_KADES")] == ["a", "c"]


@pytest.mark.parametrize("days", [15, 16, 40])
def test_the_15_days_to_sign_are_not_restarted_at_the_evaluation(days: int) -> None:
    """PP 43/2014 Pasal 84 ayat (2) counts from receipt from the BPD; nothing we can read
    restarts it at the evaluation result, so an evaluated draft gets no such finding."""
    returned = D(2024, 2, 1)
    facts = village(reg(topic="pungutan", handed_to_kades_on=D(2024, 1, 10), evaluation_submitted_on=D(2024, 1, 12),
                        evaluation_returned_on=returned, enacted_on=returned + dt.timedelta(days=days)))
    assert found(facts, D(2024, 12, 31), "PERDES_TETAP_KADES") == []
    waiting = village(reg(topic="apbdes", handed_to_kades_on=D(2024, 1, 10)))
    assert found(waiting, D(2024, 6, 1), "PERDES_TETAP_KADES") == []
    assert "tidak berlaku untuk rancangan yang harus dievaluasi" in c.RULES_BY_CODE["PERDES_TETAP_KADES"].message


@pytest.mark.parametrize(("corrected", "late"), [(D(2024, 3, 13), False), (D(2024, 3, 14), True)])
def test_apbdes_correction_counts_20_working_days_across_the_february_holidays(corrected: dt.date, late: bool) -> None:
    """Evaluation received Wednesday 7 February 2024; 8 February (Isra Mi'raj) and 9 February
    (cuti bersama) are not working days: working day 20 is 13 March, 21 is 14 March."""
    facts = village(reg(topic="apbdes", title="APB Desa 2024", budget_year=2024, evaluation_submitted_on=D(2024, 1, 20),
                        evaluation_returned_on=D(2024, 2, 7), corrected_on=corrected))
    out = found(facts, D(2024, 6, 1), "EVALUASI_PERBAIKAN")
    assert bool(out) is late
    if late:
        assert "apbdes_penyempurnaan_hari_kerja = 20 hari kerja" in out[0].rule_version
        assert "21 hari kerja" in out[0].message and "13 Maret 2024" in out[0].message
    other = village(reg(topic="pungutan", evaluation_submitted_on=D(2024, 1, 20),
                        evaluation_returned_on=D(2024, 2, 7), corrected_on=corrected))
    (g,) = found(other, D(2024, 6, 1), "EVALUASI_PERBAIKAN")  # 20 calendar days: 27 February
    assert "evaluasi_perbaikan_hari = 20 hari" in g.rule_version and "27 Februari 2024" in g.message


@pytest.mark.parametrize(("enacted", "late"), [(D(2024, 12, 31), False), (D(2025, 1, 1), True), (None, True)])
def test_apbdes_is_enacted_by_31_december_of_the_year_before(enacted: dt.date | None, late: bool) -> None:
    facts = village(reg(topic="apbdes", title="APB Desa 2025", budget_year=2025,
                        evaluation_submitted_on=D(2024, 11, 1), evaluation_returned_on=D(2024, 11, 20),
                        enacted_on=enacted))
    out = found(facts, D(2025, 1, 10), "APBDES_TETAP_AKHIR_TAHUN")
    assert bool(out) is late
    assert found(facts, D(2024, 12, 31), "APBDES_TETAP_AKHIR_TAHUN") == []
    if late:
        assert "31 Desember 2024" in out[0].message and out[0].severity == c.PERINGATAN
        assert "belum diverifikasi" in out[0].source


# --------------------------------------------------------------------------------------
# APB Desa changes and plan changes
# --------------------------------------------------------------------------------------

def _change(id: str, enacted: dt.date, budget_year: int | None = 2024, note: str | None = None) -> c.RegulationFacts:
    return reg(id, number=id, topic="perubahan_apbdes", title="Perubahan APB Desa", budget_year=budget_year,
               enacted_on=enacted, extraordinary_note=note, evaluation_submitted_on=enacted - dt.timedelta(days=30),
               evaluation_returned_on=enacted - dt.timedelta(days=20))


def test_second_apbdes_change_in_a_budget_year_without_extraordinary_note() -> None:
    facts = village(_change("5", D(2024, 6, 3)), _change("9", D(2024, 10, 1)))
    (f,) = found(facts, D(2024, 12, 31), "APBDES_PERUBAHAN_BERULANG")
    assert f.regulation_id == "9" and f.severity == c.PELANGGARAN
    assert "perubahan APB Desa ke-2 untuk tahun anggaran 2024" in f.message
    assert "Perdes No. 5/2024" in f.message and "Batas 1 kali" in f.message
    # As of a date between the two changes there is only one.
    assert found(facts, D(2024, 9, 30), "APBDES_PERUBAHAN_BERULANG") == []


def test_apbdes_changes_allowed_with_note_or_in_different_years() -> None:
    noted = village(_change("5", D(2024, 6, 3)), _change("9", D(2024, 10, 1), note="Banjir bandang, Perbup 12/2024"))
    assert found(noted, D(2024, 12, 31), "APBDES_PERUBAHAN_BERULANG") == []
    years = village(_change("5", D(2024, 6, 3)), _change("9", D(2024, 10, 1), budget_year=2025))
    assert found(years, D(2025, 12, 31), "APBDES_PERUBAHAN_BERULANG") == []
    fallback = village(_change("5", D(2024, 6, 3), budget_year=None), _change("9", D(2024, 10, 1), budget_year=None))
    assert len(found(fallback, D(2024, 12, 31), "APBDES_PERUBAHAN_BERULANG")) == 1
    unenacted = village(_change("5", D(2024, 6, 3)), reg("x", topic="perubahan_apbdes", budget_year=2024,
                                                         bpd_agreed_on=D(2024, 9, 1)))
    assert found(unenacted, D(2024, 12, 31), "APBDES_PERUBAHAN_BERULANG") == []


@pytest.mark.parametrize("topic", ["perubahan_rpjmdes", "perubahan_rkpdes"])
def test_plan_change_needs_one_of_the_two_reasons(topic: str) -> None:
    on = D(2024, 12, 31)
    missing = village(reg(topic=topic, title="Perubahan", bpd_agreed_on=D(2024, 5, 1)))
    (f,) = found(missing, on, "RENCANA_PERUBAHAN_ALASAN")
    assert "tidak mencatat alasan perubahan" in f.message and "peristiwa khusus" in f.message
    for kind in c.CHANGE_REASON_KINDS:
        ok = village(reg(topic=topic, bpd_agreed_on=D(2024, 5, 1), change_reason_kind=kind, change_reason="Banjir"))
        assert found(ok, on, "RENCANA_PERUBAHAN_ALASAN") == []
    odd = village(reg(topic=topic, bpd_agreed_on=D(2024, 5, 1), change_reason_kind="keinginan_kades"))
    assert "'keinginan_kades'" in found(odd, on, "RENCANA_PERUBAHAN_ALASAN")[0].message
    not_yet = village(reg(topic=topic, bpd_agreed_on=D(2025, 5, 1)))
    assert found(not_yet, on, "RENCANA_PERUBAHAN_ALASAN") == []
    assert set(c.CHANGE_REASON_KINDS) == {c.CHANGE_REASON_PERISTIWA_KHUSUS, c.CHANGE_REASON_KEBIJAKAN_PEMERINTAH}


# --------------------------------------------------------------------------------------
# SOTK
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("classification", "urusan", "seksi", "expected"), [
    ("swadaya", 2, 2, set()),
    ("swadaya", 3, 2, {"SOTK_KLASIFIKASI"}),
    ("swadaya", 2, 3, {"SOTK_KLASIFIKASI"}),
    ("swasembada", 3, 3, set()),
    ("swasembada", 2, 3, {"SOTK_KLASIFIKASI"}),
    ("swakarya", 2, 2, set()),
    ("swakarya", 3, 2, set()),
    ("swakarya", 3, 3, set()),
    ("swakarya", 4, 3, {"SOTK_BATAS"}),
    ("swadaya", 4, 2, {"SOTK_BATAS"}),
    ("swasembada", 3, 1, {"SOTK_BATAS"}),
    (None, 3, 4, {"SOTK_BATAS"}),
    (None, 2, 3, set()),
    ("swadaya", None, None, set()),
])
def test_sotk_against_classification_and_bounds(classification: str | None, urusan: int | None,
                                                 seksi: int | None, expected: set[str]) -> None:
    facts = village(profile=c.ProfileFacts(classification=classification, sotk_urusan=urusan, sotk_seksi=seksi))
    assert codes(facts, D(2025, 1, 1)) == expected


def test_sotk_messages_name_the_counts() -> None:
    (f,) = c.evaluate(village(profile=c.ProfileFacts("swadaya", 3, 2)), D(2025, 1, 1))
    assert f.message == ("Desa Awayan berklasifikasi swadaya dan mencatat 3 urusan; desa swadaya hanya "
                         "memiliki 2 urusan dan 2 seksi.")
    (g,) = c.evaluate(village(profile=c.ProfileFacts("swakarya", 2, 4)), D(2025, 1, 1))
    assert "4 seksi pada pelaksana teknis, lebih dari 3 seksi" in g.message


# --------------------------------------------------------------------------------------
# Kepala Desa
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("on", "expected"), [
    (D(2026, 9, 14), set()),
    (D(2026, 9, 15), {"KADES_JABATAN_SEGERA_BERAKHIR"}),
    (D(2027, 3, 14), {"KADES_JABATAN_SEGERA_BERAKHIR"}),
    (D(2027, 3, 15), {"KADES_JABATAN_BERAKHIR"}),
])
def test_six_month_notice_window(on: dt.date, expected: set[str]) -> None:
    # Inaugurated 2019 for 6 years, still in office on 25 April 2024: 8 years (Pasal 118) → 15 March 2027.
    facts = village(profile=kades(kades_inaugurated_on=D(2019, 3, 15), kades_term_number=2))
    assert codes(facts, on) == expected


def test_notice_message_and_versions() -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2019, 3, 15), kades_term_number=2))
    (f,) = found(facts, D(2026, 10, 1), "KADES_JABATAN_SEGERA_BERAKHIR")
    assert f.severity == c.PERINGATAN and f.due_on == D(2026, 9, 15)
    assert "Kepala Desa H. Ahmad (periode ke-2, dilantik 15 Maret 2019) berakhir 15 Maret 2027" in f.message
    assert "165 hari lagi" in f.message and "pada 15 September 2026" in f.message
    assert "kades_masa_jabatan_tahun = 6 tahun (berlaku sejak 15-01-2014" in f.rule_version
    assert "kades_masa_jabatan_tahun = 8 tahun (berlaku sejak 25-04-2024" in f.rule_version
    assert "kades_pemberitahuan_bulan = 6 bulan" in f.rule_version


def test_notice_window_uses_a_recorded_end_and_clamps_the_month() -> None:
    recorded = village(profile=kades(kades_inaugurated_on=D(2019, 8, 31), kades_term_ends_on=D(2025, 8, 31)))
    assert codes(recorded, D(2025, 2, 27)) == set()
    (f,) = found(recorded, D(2025, 2, 28), "KADES_JABATAN_SEGERA_BERAKHIR")
    assert "tanggal akhir tercatat di profil desa" in f.message
    assert add_months(D(2024, 8, 31), -6) == D(2024, 2, 29)


@pytest.mark.parametrize(("inaugurated", "end", "versions"), [
    (D(2024, 4, 25), D(2032, 4, 25), [8]),        # begun under UU 3/2024
    (D(2024, 4, 24), D(2032, 4, 24), [6, 8]),     # begun under UU 6/2014, running on 25 April 2024
    (D(2019, 3, 15), D(2027, 3, 15), [6, 8]),
    (D(2017, 6, 1), D(2023, 6, 1), [6]),          # ended before UU 3/2024
    (D(2018, 3, 10), D(2024, 3, 10), [6]),        # ended in the Pasal 118 huruf e window
])
def test_term_length_by_the_law_in_force_when_the_term_began(inaugurated: dt.date, end: dt.date,
                                                             versions: list[int]) -> None:
    term = c.village_head_term(kades(kades_inaugurated_on=inaugurated), P.load())
    assert term is not None and not term.recorded
    assert term.end == end
    assert [v.value for v in term.parameters] == versions
    assert (term.extension_hint is not None) is (inaugurated == D(2018, 3, 10))


def test_ended_term_in_the_extension_window_hints_at_pasal_118_e() -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2018, 3, 10)))
    (f,) = found(facts, D(2024, 6, 1), "KADES_JABATAN_BERAKHIR")
    assert "berakhir 10 Maret 2024" in f.message and "Pasal 118 huruf e" in f.message
    extended = village(profile=kades(kades_inaugurated_on=D(2018, 3, 10), kades_term_ends_on=D(2026, 3, 10)))
    assert codes(extended, D(2024, 6, 1)) == set()
    too_long = village(profile=kades(kades_inaugurated_on=D(2018, 3, 10), kades_term_ends_on=D(2027, 3, 10)))
    (g,) = found(too_long, D(2024, 6, 1), "KADES_AKHIR_JABATAN_TIDAK_SAH")
    assert "melewati akhir yang dibolehkan 10 Maret 2026" in g.message


@pytest.mark.parametrize(("recorded", "flagged"), [
    (D(2027, 3, 15), False), (D(2027, 3, 16), True), (D(2019, 3, 15), True),
])
def test_recorded_end_is_checked_against_the_law(recorded: dt.date, flagged: bool) -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2019, 3, 15), kades_term_ends_on=recorded))
    assert bool(found(facts, D(2024, 6, 1), "KADES_AKHIR_JABATAN_TIDAK_SAH")) is flagged


def test_term_ended_before_uu_3_2024_is_not_extended() -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2017, 6, 1)))
    (f,) = found(facts, D(2024, 6, 1), "KADES_JABATAN_BERAKHIR")
    assert "berakhir 1 Juni 2023" in f.message and "huruf e" not in f.message


def test_transition_follows_the_parameter_file() -> None:
    data = copy.deepcopy(SHIPPED)
    for p in data["parameters"]:
        p.pop("applies_to_running", None)
    prm = P.Parameters.from_mapping(data)
    term = c.village_head_term(kades(kades_inaugurated_on=D(2019, 3, 15)), prm)
    assert term is not None and term.end == D(2025, 3, 15)


@pytest.mark.parametrize(("inaugurated", "term", "expected"), [
    (D(2024, 4, 24), 3, set()),
    (D(2024, 4, 25), 3, {"KADES_PERIODE_PERALIHAN"}),
    (D(2024, 4, 25), 2, set()),
    (D(2024, 4, 24), 4, {"KADES_PERIODE_MELEBIHI"}),
    (D(2024, 4, 25), 4, {"KADES_PERIODE_MELEBIHI"}),
    (D(2015, 1, 5), 4, {"KADES_PERIODE_MELEBIHI"}),
])
def test_maximum_terms_as_of_the_start_of_the_term(inaugurated: dt.date, term: int, expected: set[str]) -> None:
    facts = village(profile=kades(kades_inaugurated_on=inaugurated, kades_term_number=term,
                                  kades_term_ends_on=D(2040, 1, 1) if inaugurated.year == 2015 else None))
    got = codes(facts, D(2025, 1, 1)) & {"KADES_PERIODE_PERALIHAN", "KADES_PERIODE_MELEBIHI"}
    assert got == expected


def test_term_number_messages_cite_the_law_of_the_start_date() -> None:
    after = village(profile=kades(kades_inaugurated_on=D(2024, 6, 1), kades_term_number=3))
    (f,) = found(after, D(2025, 1, 1), "KADES_PERIODE_PERALIHAN")
    assert "melebihi 2 periode menurut UU 3/2024 Pasal 39 ayat (2)" in f.message
    assert "Pasal 118 huruf a" in f.message and f.severity == c.PERINGATAN
    before = village(profile=kades(kades_inaugurated_on=D(2020, 6, 1), kades_term_number=4))
    (g,) = found(before, D(2025, 1, 1), "KADES_PERIODE_MELEBIHI")
    assert "batasnya 3 periode (UU 6/2014 Pasal 39 ayat (2))" in g.message
    # the term number is said once, after the name, not in the parentheses too
    assert g.message.startswith("Kepala Desa H. Ahmad (dilantik 1 Juni 2020) menjabat periode ke-4;")


def test_term_limits_not_in_force_on_the_inauguration_date_are_not_checked() -> None:
    """An office file whose transitional extra starts only on 25 April 2024: a 2020 term has
    a maximum (3) but no extra in force, and no term-limit finding (rather than a failure)."""
    prm = with_versions(drop=((P.KADES_TAMBAHAN_PERIODE_PERALIHAN, "2014-01-15"),))
    facts = village(profile=kades(kades_inaugurated_on=D(2020, 6, 1), kades_term_number=4))
    assert found(facts, D(2025, 1, 1), "KADES_PERIODE_MELEBIHI", prm) == []
    assert found(facts, D(2025, 1, 1), "KADES_PERIODE_MELEBIHI")  # with the shipped file


def test_the_term_messages_say_which_law_set_the_end() -> None:
    (ended,) = found(village(profile=kades(kades_inaugurated_on=D(2017, 6, 1))), D(2024, 6, 1), "KADES_JABATAN_BERAKHIR")
    assert "berakhir 1 Juni 2023 (6 tahun sejak pelantikan, UU 6/2014 Pasal 39 ayat (1));" in ended.message
    (soon,) = found(village(profile=kades(kades_inaugurated_on=D(2019, 3, 15))), D(2026, 10, 1),
                    "KADES_JABATAN_SEGERA_BERAKHIR")
    assert ("berakhir 15 Maret 2027 (8 tahun sejak pelantikan, karena masa jabatan masih berjalan saat ketentuan "
            "baru berlaku 25 April 2024: UU 3/2024 Pasal 39 ayat (1); peralihan Pasal 118 huruf b dan c)") in soon.message


def test_a_recorded_end_beyond_the_law_says_what_the_law_allows_and_cites_it() -> None:
    running = village(profile=kades(kades_inaugurated_on=D(2019, 3, 15), kades_term_ends_on=D(2027, 3, 16)))
    (f,) = found(running, D(2024, 6, 1), "KADES_AKHIR_JABATAN_TIDAK_SAH")
    assert f.message.endswith("melewati akhir yang dibolehkan 15 Maret 2027 (8 tahun sejak pelantikan, karena masa "
                              "jabatan masih berjalan saat ketentuan baru berlaku 25 April 2024: UU 3/2024 Pasal 39 "
                              "ayat (1); peralihan Pasal 118 huruf b dan c).")
    extended = village(profile=kades(kades_inaugurated_on=D(2018, 3, 10), kades_term_ends_on=D(2027, 3, 10)))
    (g,) = found(extended, D(2024, 6, 1), "KADES_AKHIR_JABATAN_TIDAK_SAH")
    assert g.message.endswith("melewati akhir yang dibolehkan 10 Maret 2026 (perpanjangan menurut UU 3/2024 Pasal "
                              "118 huruf e sampai 8 tahun sejak pelantikan).")
    for finding in (f, g):
        assert [v.value for v in finding.parameters] == [6, 8]
        assert "kades_masa_jabatan_tahun = 8 tahun (berlaku sejak 25-04-2024" in finding.rule_version


@pytest.mark.parametrize(("inaugurated", "hint"), [(D(2018, 1, 31), False), (D(2018, 2, 1), True)])
def test_the_pasal_118_e_extension_starts_with_terms_ending_on_1_february_2024(inaugurated: dt.date,
                                                                              hint: bool) -> None:
    (f,) = found(village(profile=kades(kades_inaugurated_on=inaugurated)), D(2024, 6, 1), "KADES_JABATAN_BERAKHIR")
    assert ("Pasal 118 huruf e" in f.message) is hint


def test_no_extension_when_the_eight_years_do_not_reach_running_terms() -> None:
    """An office file without applies_to_running: the 8 years are for new terms only, so a
    term that ended in March 2024 is neither lengthened nor offered the huruf e extension."""
    data = copy.deepcopy(SHIPPED)
    for p in data["parameters"]:
        p.pop("applies_to_running", None)
    prm = P.Parameters.from_mapping(data)
    term = c.village_head_term(kades(kades_inaugurated_on=D(2018, 3, 10)), prm)
    assert term is not None and term.extension_hint is None and term.allowed_end == D(2024, 3, 10)
    (f,) = found(village(profile=kades(kades_inaugurated_on=D(2018, 3, 10))), D(2024, 6, 1),
                 "KADES_JABATAN_BERAKHIR", prm)
    assert "huruf e" not in f.message


def test_a_recorded_end_without_an_inauguration_date_is_still_followed() -> None:
    facts = village(profile=kades(kades_term_ends_on=D(2027, 1, 1)))
    assert codes(facts, D(2026, 12, 31)) == {"KADES_JABATAN_SEGERA_BERAKHIR"}
    (f,) = found(facts, D(2027, 1, 2))
    assert f.rule_code == "KADES_JABATAN_BERAKHIR"
    assert f.message.startswith("Masa jabatan Kepala Desa H. Ahmad (periode ke-1) berakhir 1 Januari 2027 "
                                "(tanggal akhir tercatat di profil desa);")


def test_a_head_without_a_recorded_name_is_named_by_the_post() -> None:
    facts = village(profile=kades(kades_name=None, kades_inaugurated_on=D(2017, 6, 1)))
    (f,) = found(facts, D(2024, 6, 1), "KADES_JABATAN_BERAKHIR")
    assert f.message.startswith("Masa jabatan Kepala Desa (periode ke-1, dilantik 1 Juni 2017) berakhir")


def test_kades_inaugurated_after_the_date_is_ignored() -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2024, 6, 1), kades_term_number=4))
    assert codes(facts, D(2024, 5, 31)) == set()


# --------------------------------------------------------------------------------------
# As of a date
# --------------------------------------------------------------------------------------

def test_events_after_the_date_are_ignored() -> None:
    facts = village(reg(bpd_agreed_on=D(2025, 12, 1), handed_to_kades_on=D(2026, 1, 15)))
    # A 2025 report sees an overdue handover, not the 2026 one.
    (f2025,) = found(facts, D(2025, 12, 31), "PERDES_SERAH_KADES")
    assert "belum tercatat diserahkan" in f2025.message and "2026" not in f2025.message
    (f2026,) = found(facts, D(2026, 2, 1), "PERDES_SERAH_KADES")
    assert "diserahkan ke Kepala Desa 45 hari setelah" in f2026.message
    # Before the deadline nothing is due yet.
    assert found(facts, D(2025, 12, 8), "PERDES_SERAH_KADES") == []
    # Nothing about a regulation agreed after the date.
    assert c.evaluate(facts, D(2025, 11, 30)) == []


def test_as_of_masks_future_dates() -> None:
    facts = village(reg(bpd_agreed_on=D(2024, 1, 1), enacted_on=D(2024, 3, 1), evaluation_returned_on=D(2024, 2, 1)))
    (r,) = c.as_of(facts, D(2024, 2, 1)).regulations
    assert r.bpd_agreed_on == D(2024, 1, 1) and r.evaluation_returned_on == D(2024, 2, 1) and r.enacted_on is None
    assert facts.regulations[0].enacted_on == D(2024, 3, 1)


def test_evaluation_returned_after_the_date_is_still_outstanding() -> None:
    facts = village(reg(topic="apbdes", evaluation_submitted_on=D(2024, 2, 7), evaluation_returned_on=D(2024, 3, 1)))
    assert found(facts, D(2024, 12, 1), "EVALUASI_BUPATI_TERLAMBAT") == []
    assert found(facts, D(2024, 2, 28)) == []


# --------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------

def test_shipped_parameters_switch_at_effective_from() -> None:
    prm = P.load()
    assert set(P.REQUIRED) <= set(prm.names())
    assert prm.value(P.KADES_MASA_JABATAN, D(2024, 4, 24)) == 6
    assert prm.value(P.KADES_MASA_JABATAN, D(2024, 4, 25)) == 8
    assert prm.value(P.KADES_MAKS_PERIODE, D(2024, 4, 24)) == 3
    assert prm.value(P.KADES_MAKS_PERIODE, D(2024, 4, 25)) == 2
    assert P.value(P.PERDES_SERAH_KADES, D(2024, 1, 1)) == 7
    assert P.version(P.EVALUASI_BUPATI, D(2024, 1, 1)).unit == "hari_kerja"
    assert prm.find(P.PERDES_SERAH_KADES, D(2014, 5, 29)) is None
    with pytest.raises(P.ParameterError, match=r"^Parameter perdes_serah_kades_hari belum berlaku pada 2014-05-29 "):
        prm.version(P.PERDES_SERAH_KADES, D(2014, 5, 29))
    for name in prm.names():
        for v in prm.history(name):
            assert v.source and v.unit in P.UNITS


def test_a_new_version_applies_from_its_date_and_findings_cite_it() -> None:
    prm = with_versions({"name": P.PERDES_SERAH_KADES, "value": 10, "unit": "hari", "effective_from": "2025-01-01",
                         "source": "PP 99/2024 Pasal 1 (contoh)", "note": ""})
    old = village(reg(bpd_agreed_on=D(2024, 12, 20), handed_to_kades_on=D(2024, 12, 29)))
    (f,) = found(old, D(2025, 6, 1), "PERDES_SERAH_KADES", prm)
    assert "batas 7 hari" in f.message and "berlaku sejak 30-05-2014" in f.rule_version
    on_time = village(reg(bpd_agreed_on=D(2025, 1, 1), handed_to_kades_on=D(2025, 1, 10)))
    assert found(on_time, D(2025, 6, 1), "PERDES_SERAH_KADES", prm) == []
    late = village(reg(bpd_agreed_on=D(2025, 1, 1), handed_to_kades_on=D(2025, 1, 12)))
    (g,) = found(late, D(2025, 6, 1), "PERDES_SERAH_KADES", prm)
    assert "batas 10 hari" in g.message
    assert g.rule_version == ("perdes_serah_kades_hari = 10 hari (berlaku sejak 01-01-2025; "
                              "PP 99/2024 Pasal 1 (contoh))")


def test_a_deadline_can_switch_to_working_days() -> None:
    prm = with_versions({"name": P.PERDES_SERAH_KADES, "value": 7, "unit": "hari_kerja",
                         "effective_from": "2024-01-01", "source": "tafsir 'Hari' = hari kerja", "note": ""})
    # Agreed Wed 3 April 2024: 4, 5 April count; Idul Fitri with its cuti bersama (8–12 and 15
    # April) and two weekends do not; 16–19 and 22 April do → day 7 is Monday 22 April.
    v = prm.version(P.PERDES_SERAH_KADES, D(2024, 4, 3))
    assert deadline(D(2024, 4, 3), v) == D(2024, 4, 22)
    facts = village(reg(bpd_agreed_on=D(2024, 4, 3), handed_to_kades_on=D(2024, 4, 22)))
    assert found(facts, D(2024, 12, 1), "PERDES_SERAH_KADES", prm) == []
    facts = village(reg(bpd_agreed_on=D(2024, 4, 3), handed_to_kades_on=D(2024, 4, 23)))
    (f,) = found(facts, D(2024, 12, 1), "PERDES_SERAH_KADES", prm)
    assert "8 hari kerja setelah" in f.message and "batas 7 hari kerja (tanpa Sabtu/Minggu" in f.message


def _item(**kw: object) -> dict[str, object]:
    item: dict[str, object] = {"name": "perdes_serah_kades_hari", "value": 7, "unit": "hari",
                               "effective_from": "2030-01-01", "source": "X", "note": ""}
    item.update(kw)
    return item


@pytest.mark.parametrize(("item", "needle"), [
    ({k: v for k, v in _item().items() if k != "source"}, "kolom source tidak ada"),
    (_item(unit="minggu"), "Satuan"),
    (_item(unit="tahun"), "bersatuan 'tahun'"),
    (_item(value=-1), "bilangan bulat"),
    (_item(value=True), "bilangan bulat"),
    (_item(value=7.5), "bilangan bulat"),
    (_item(effective_from="30-05-2014"), "tanggal ISO"),
    (_item(effective_from="2014-05-30"), "dua versi"),
    (_item(source="  "), "Sumber hukum"),
    (_item(name="Perdes Serah"), "nama"),
    (_item(applies_to_running="ya"), "applies_to_running"),
    (_item(extra=1), "tidak dikenal"),
])
def test_invalid_parameter_versions_are_refused(item: dict[str, object], needle: str) -> None:
    data = copy.deepcopy(SHIPPED)
    data["parameters"].append(item)
    with pytest.raises(P.ParameterError, match=re.escape(needle)):
        P.Parameters.from_mapping(data)


def test_invalid_parameter_files_are_refused(tmp_path: Path) -> None:
    data = copy.deepcopy(SHIPPED)
    data["parameters"] = [p for p in data["parameters"] if p["name"] != P.SOTK_SEKSI_MAKS]
    with pytest.raises(P.ParameterError, match="sotk_seksi_maks tidak ada"):
        P.Parameters.from_mapping(data)
    with pytest.raises(P.ParameterError, match="format"):
        P.Parameters.from_mapping({**SHIPPED, "format": 2})
    with pytest.raises(P.ParameterError, match="parameters"):
        P.Parameters.from_mapping([])
    bad = tmp_path / "p.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(P.ParameterError, match="bukan JSON"):
        P.load(bad)
    with pytest.raises(P.ParameterError, match="tidak ditemukan"):
        P.load(tmp_path / "missing.json")


def test_office_file_via_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy.deepcopy(SHIPPED)
    data["parameters"].append(_item(value=9))
    path = tmp_path / "kantor.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(P.ENV_VAR, str(path))
    assert P.value(P.PERDES_SERAH_KADES, D(2030, 1, 1)) == 9
    facts = village(reg(bpd_agreed_on=D(2030, 1, 1), handed_to_kades_on=D(2030, 1, 10)))
    assert found(facts, D(2030, 6, 1), "PERDES_SERAH_KADES") == []


# --------------------------------------------------------------------------------------
# Input facts
# --------------------------------------------------------------------------------------

def test_facts_reject_unknown_values_and_datetimes() -> None:
    with pytest.raises(ValueError, match=r"^RegulationFacts\.kind 'perbup' not in "):
        reg(kind="perbup")
    with pytest.raises(ValueError, match=r"^RegulationFacts\.topic 'anggaran' not in "):
        reg(topic="anggaran")
    with pytest.raises(ValueError, match=r"^ProfileFacts\.classification 'maju' not in \('swadaya', 'swakarya', 'swasembada'\)$"):
        c.ProfileFacts(classification="maju")
    with pytest.raises(TypeError, match=r"^RegulationFacts\.enacted_on must be a datetime\.date or None, not datetime$"):
        reg(enacted_on=dt.datetime(2024, 1, 1, 9, 0))
    with pytest.raises(TypeError, match=r"^ProfileFacts\.sotk_urusan must be an int or None, not str$"):
        c.ProfileFacts(sotk_urusan="3")  # type: ignore[arg-type]
    facts = c.VillageFacts("v", "V", None, [reg()])  # type: ignore[arg-type]
    assert isinstance(facts.regulations, tuple)


def test_labels_and_dates_in_indonesian() -> None:
    assert format_date(D(2024, 1, 9)) == "9 Januari 2024"
    facts = village(reg(number=None, title="Desa Wisata", bpd_agreed_on=D(2024, 8, 1)))
    (f,) = found(facts, D(2024, 8, 20), "PERDES_SERAH_KADES")
    assert f.message.startswith('Rancangan Perdes "Desa Wisata" disepakati BPD 1 Agustus 2024')


@pytest.mark.parametrize(("unit", "value", "start", "due"), [
    ("hari", 7, D(2024, 1, 31), D(2024, 2, 7)),
    ("bulan", 1, D(2024, 1, 31), D(2024, 2, 29)),  # clamped to the month's end
    ("bulan", 14, D(2023, 11, 30), D(2025, 1, 30)),
    ("tahun", 1, D(2024, 2, 29), D(2025, 2, 28)),
    ("tahun", 6, D(2019, 3, 15), D(2025, 3, 15)),
])
def test_a_deadline_in_days_months_or_years(unit: str, value: int, start: dt.date, due: dt.date) -> None:
    version = P.ParameterVersion("uji", D(2014, 1, 1), value, unit, "Uji")
    assert deadline(start, version) == due


def test_a_parameter_that_is_not_a_period_has_no_deadline() -> None:
    version = P.ParameterVersion("kades_maks_periode", D(2014, 1, 1), 3, "kali", "UU 6/2014")
    with pytest.raises(ValueError, match=r"^parameter kades_maks_periode with unit 'kali' is not a period$"):
        deadline(D(2024, 1, 1), version)


@pytest.mark.parametrize(("inaugurated", "end", "hint"), [
    (D(2018, 4, 24), D(2024, 4, 24), True),    # ended the day before UU 3/2024: huruf e
    (D(2018, 4, 25), D(2024, 4, 25), True),    # ended on the day itself, not running on it: huruf e
    (D(2018, 4, 26), D(2026, 4, 26), False),   # still running on 25 April 2024: 8 years
])
def test_a_term_ending_around_25_april_2024_gets_either_the_extension_or_the_transition(
        inaugurated: dt.date, end: dt.date, hint: bool) -> None:
    term = c.village_head_term(kades(kades_inaugurated_on=inaugurated), P.load())
    assert term is not None and term.end == end
    assert (term.extension_hint is not None) is hint
    assert [v.value for v in term.parameters] == ([6] if hint else [6, 8])
    if hint:
        assert term.allowed_end == D(2026, inaugurated.month, inaugurated.day)
        (f,) = found(village(profile=kades(kades_inaugurated_on=inaugurated)), D(2024, 6, 1),
                     "KADES_JABATAN_BERAKHIR")
        assert "Pasal 118 huruf e" in f.message
    else:
        assert found(village(profile=kades(kades_inaugurated_on=inaugurated)), D(2024, 6, 1)) == []


def test_the_third_term_message_counts_a_second_term_running_on_25_april_2024() -> None:
    facts = village(profile=kades(kades_inaugurated_on=D(2024, 6, 1), kades_term_number=3))
    (f,) = found(facts, D(2025, 1, 1), "KADES_PERIODE_PERALIHAN")
    assert ("sah hanya bila periode ke-2 telah dijalani, atau masih berjalan, pada 25 April 2024 saat "
            "ketentuan itu berlaku (UU 3/2024 Pasal 118 huruf a dan b)") in f.message
    rule = c.RULES_BY_CODE["KADES_PERIODE_PERALIHAN"]
    assert "periode kedua telah dijalani, atau masih berjalan, pada saat UU 3/2024 berlaku" in rule.message
