"""Rules on changing the budget and the development plans: how often the APB Desa may be
changed in a budget year, and the reasons allowed for changing the RPJM Desa or RKP Desa."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from perut_desktop.enums import RegulationTopic

from .dates import add_months
from .findings import PELANGGARAN, PERINGATAN, Hit, Rule, rule
from .inputs import (
    CHANGE_REASON_KINDS,
    PLAN_CHANGE_TOPICS,
    RegulationFacts,
    VillageFacts,
    perdes_of,
)
from .params import (
    APBDES_PENETAPAN,
    APBDES_PERUBAHAN_MAKS,
    Parameters,
)
from .perdes_rules import step_before_agreement
from .wording import format_date, regulation_label, topic_suffix


@rule(
    "APBDES_PERUBAHAN_BERULANG",
    title="Perubahan APB Desa lebih dari sekali setahun",
    message="Perubahan APB Desa hanya dapat dilakukan 1 kali dalam 1 tahun anggaran, kecuali "
            "dalam keadaan luar biasa (kriterianya diatur Peraturan Bupati/Walikota).",
    source="Permendagri 20/2018 Pasal 40",
    severity=PELANGGARAN,
    parameters=(APBDES_PERUBAHAN_MAKS,),
)
def repeated_budget_change(facts: VillageFacts, on: dt.date,
                           parameters: Parameters) -> Iterator[Hit]:
    """Counts enacted Perdes on ``perubahan_apbdes`` per budget year (``budget_year``, else
    the year of enactment) in order of enactment; each one beyond the limit in force on
    its enactment date without an ``extraordinary_note`` is a finding."""
    by_year: dict[int, list[tuple[dt.date, RegulationFacts]]] = {}
    for regulation in perdes_of(facts):
        enacted = regulation.enacted_on
        if regulation.topic == RegulationTopic.PERUBAHAN_APBDES and enacted is not None:
            budget_year = regulation.budget_year or enacted.year
            by_year.setdefault(budget_year, []).append((enacted, regulation))
    for year in sorted(by_year):
        changes = sorted(by_year[year], key=lambda change: (change[0], change[1].id))
        for i, (enacted, regulation) in enumerate(changes):
            version = parameters.find(APBDES_PERUBAHAN_MAKS, enacted)
            if version is None or i < version.value:
                continue
            if (regulation.extraordinary_note or "").strip():
                continue
            before = ", ".join(f"{regulation_label(earlier)} (ditetapkan {format_date(day)})"
                               for day, earlier in changes[:i])
            yield Hit(f"{regulation_label(regulation)} adalah perubahan APB Desa ke-{i + 1} "
                      f"untuk tahun anggaran {year} (ditetapkan {format_date(enacted)}) tanpa "
                      f"catatan keadaan luar biasa; sebelumnya: {before}. Batas {version.amount} "
                      f"per tahun anggaran.", regulation.id, (version,), enacted)


@rule(
    "RENCANA_PERUBAHAN_ALASAN",
    title="Perubahan RPJM Desa/RKP Desa tanpa alasan yang dibolehkan",
    message="RPJM Desa dan RKP Desa hanya dapat diubah bila terjadi peristiwa khusus (bencana "
            "alam, krisis ekonomi, krisis politik, kerusuhan sosial berkepanjangan) atau "
            "perubahan mendasar atas kebijakan Pemerintah, dibahas dalam musyawarah "
            "perencanaan pembangunan Desa dan ditetapkan dengan Perdes.",
    source="PP 43/2014 Pasal 120; Permendagri 114/2014 Pasal 28 (RPJM Desa) dan Pasal 49 "
           "(RKP Desa)",
    severity=PELANGGARAN,
)
def plan_change_reason(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """A change of RPJM/RKP Desa with any step recorded by ``on`` must state a
    ``change_reason_kind`` from :data:`CHANGE_REASON_KINDS`."""
    allowed = " atau ".join(CHANGE_REASON_KINDS.values())
    for regulation in perdes_of(facts):
        if regulation.topic not in PLAN_CHANGE_TOPICS or not regulation.dates():
            continue
        kind = (regulation.change_reason_kind or "").strip()
        if kind in CHANGE_REASON_KINDS:
            continue
        stated = (f"mencatat alasan '{kind}' yang tidak dikenal" if kind
                  else "tidak mencatat alasan perubahan")
        what = regulation_label(regulation) + topic_suffix(regulation)
        yield Hit(f"{what} {stated}; yang dibolehkan: {allowed}.", regulation.id, (), None)


def budget_deadline(budget_year: int, months: int) -> dt.date:
    """The last day of month ``months`` of the year before ``budget_year`` (12: 31 December)."""
    return add_months(dt.date(budget_year - 1, 1, 31), months - 1)


@rule(
    "APBDES_TETAP_AKHIR_TAHUN",
    title="APB Desa ditetapkan sesudah 31 Desember tahun sebelumnya",
    message="Rancangan APB Desa yang disepakati bersama BPD disampaikan kepada Bupati/Walikota "
            "melalui Camat untuk dievaluasi, dan Perdes APB Desa ditetapkan paling lambat 31 "
            "Desember tahun anggaran sebelumnya.",
    source="Permendagri 20/2018 (pasal belum diverifikasi)",
    severity=PERINGATAN,
    parameters=(APBDES_PENETAPAN,),
)
def budget_enacted_late(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """An APB Desa (``apbdes`` with a ``budget_year``) enacted after the last day of the
    parameter's month in the year before its budget year, or not enacted by then."""
    for regulation in perdes_of(facts):
        year = regulation.budget_year
        if regulation.topic != RegulationTopic.APBDES or year is None:
            continue
        version = parameters.find(APBDES_PENETAPAN, dt.date(year - 1, 1, 1))
        if version is None:
            continue
        due = budget_deadline(year, version.value)
        enacted = regulation.enacted_on
        what = regulation_label(regulation) + topic_suffix(regulation)
        if enacted is not None and enacted > due:
            yield Hit(f"{what} untuk tahun anggaran {year} ditetapkan {format_date(enacted)}, "
                      f"{(enacted - due).days} hari sesudah batas {format_date(due)}.",
                      regulation.id, (version,), due)
        elif enacted is None and on > due:
            yield Hit(f"{what} untuk tahun anggaran {year} sampai {format_date(on)} belum "
                      f"tercatat ditetapkan; batasnya {format_date(due)}.", regulation.id, (version,), due)


#: This module's rules, in report order.
@rule(
    "RENCANA_PERUBAHAN_MUSYAWARAH",
    title="Perubahan RPJM Desa/RKP Desa tanpa musyawarah tercatat",
    message="Perubahan RPJM Desa dan RKP Desa terlebih dahulu dibahas dan disepakati dalam "
            "musyawarah perencanaan pembangunan Desa, lalu ditetapkan dengan Perdes.",
    source="PP 43/2014 Pasal 120; Permendagri 114/2014 Pasal 28 (RPJM Desa) dan Pasal 50 "
           "(RKP Desa)",
    severity=PELANGGARAN,
)
def plan_change_without_musyawarah(facts: VillageFacts, on: dt.date,
                                   parameters: Parameters) -> Iterator[Hit]:
    """A change of RPJM/RKP Desa agreed with the BPD or enacted by ``on`` with no
    ``musyawarah_on``, or with one dated after that step."""
    for regulation in perdes_of(facts):
        if regulation.topic not in PLAN_CHANGE_TOPICS:
            continue
        hit = step_before_agreement(regulation, regulation.musyawarah_on,
                                    missing="tanpa tercatat dibahas dan disepakati dalam musyawarah "
                                            "perencanaan pembangunan Desa",
                                    after="sebelum musyawarah perencanaan pembangunan Desa yang tercatat")
        if hit is not None:
            yield hit


RULES: tuple[Rule, ...] = (
    repeated_budget_change, budget_enacted_late, plan_change_reason, plan_change_without_musyawarah,
)
