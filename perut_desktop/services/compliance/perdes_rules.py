"""Rules on making a Perdes: the deadlines between its steps and the Bupati's evaluation.

The five deadline rules are one table (:data:`DEADLINES`) of :class:`DeadlineSpec` read by
one function (:func:`check_deadline`); :data:`RULES` lists this module's rules in the order
findings of one severity are reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from .dates import deadline, missed_deadline
from .findings import INFORMASI, PELANGGARAN, PERINGATAN, Hit, Rule, rule
from .inputs import (
    APBDES_TOPICS,
    TOPICS_EVALUATED,
    EvaluationDelegation,
    RegulationFacts,
    VillageFacts,
    perdes_of,
)
from .params import (
    APBDES_PENYEMPURNAAN,
    EVALUASI_BUPATI,
    EVALUASI_PERBAIKAN,
    PERDES_KIRIM_BUPATI,
    PERDES_PENETAPAN,
    PERDES_SERAH_KADES,
    Parameters,
    ParameterVersion,
)
from .wording import (
    elapsed,
    format_date,
    limit_text,
    lowercase_first,
    regulation_label,
    topic_suffix,
)


@dataclass(frozen=True)
class DeadlineSpec:
    """One deadline between two recorded steps of a Perdes, and the rule that checks it.

    The clock starts on the date in field ``start`` (day 0) and the step in field ``end``
    must follow within the parameter ``parameter`` in the version in force that day; its
    unit (``hari`` or ``hari_kerja``) is the day kind. When ``end`` has no date but one of
    the fields in ``later`` has, the step happened on an unknown date and nothing is said.

    The finding's text is ``late_message`` when ``end`` came too late and
    ``overdue_message`` when it is still missing after the deadline. Their placeholders:
    ``{what}`` (the regulation, as a draft when ``draft``), ``{what_lower}`` (the same,
    first letter in lower case), ``{start}``, ``{end}`` and ``{on}`` (dates),
    ``{elapsed}`` (days from the start to the step or to ``on``), ``{limit}`` (the limit
    and the last day on time), ``{start_step}`` (what started the clock), ``{evaluator}``
    (Bupati, or Camat when the evaluation is delegated) and ``{delegation}`` (the
    Peraturan Bupati that delegates it).

    ``apbdes_parameter``: for an APB Desa draft (:data:`APBDES_TOPICS`) the parameter that
    replaces ``parameter`` (its unit may differ: Permendagri 20/2018 counts working days),
    cited as ``apbdes_source``.

    ``evaluated_only``: only for topics the Bupati evaluates (:data:`TOPICS_EVALUATED`);
    ``not_evaluated``: only for the other topics.
    """

    code: str
    title: str
    law: str
    source: str
    severity: str
    parameter: str
    start: str
    end: str
    later: tuple[str, ...]
    late_message: str
    overdue_message: str
    draft: bool = True
    start_step: str = ""
    evaluated_only: bool = False
    not_evaluated: bool = False
    apbdes_parameter: str = ""
    apbdes_source: str = ""
    #: The texts used instead when the Camat evaluates by delegation
    #: (:class:`.inputs.EvaluationDelegation`): the late step is then the kecamatan's own.
    delegated_late_message: str = ""
    delegated_overdue_message: str = ""


HANDOVER_TO_HEAD = DeadlineSpec(
    code="PERDES_SERAH_KADES",
    title="Penyerahan rancangan Perdes dari BPD ke Kepala Desa",
    law="Rancangan Perdes yang telah disepakati bersama disampaikan pimpinan BPD kepada "
        "Kepala Desa paling lambat 7 hari sejak tanggal kesepakatan.",
    source="PP 43/2014 Pasal 84 ayat (1); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameter=PERDES_SERAH_KADES,
    start="bpd_agreed_on",
    end="handed_to_kades_on",
    later=("enacted_on", "promulgated_on", "sent_to_bupati_on"),
    late_message="{what} diserahkan ke Kepala Desa {elapsed} setelah disepakati BPD "
                 "(disepakati {start}, diserahkan {end}; {limit}).",
    overdue_message="{what} disepakati BPD {start} dan sampai {on} belum tercatat diserahkan "
                    "ke Kepala Desa ({elapsed}; {limit}).",
)

# PP 43/2014 Pasal 84 ayat (2) counts the 15 days from receipt from the BPD. A draft the
# Bupati must evaluate cannot be signed before the evaluation (UU 6/2014 Pasal 69 ayat (4)),
# and no regulation we can read restarts the 15 days at the evaluation result: this rule
# leaves those drafts alone (their calendar is EVALUASI_TIDAK_ADA, EVALUASI_PERBAIKAN and,
# for the APB Desa, APBDES_TETAP_AKHIR_TAHUN).
ENACTMENT = DeadlineSpec(
    code="PERDES_TETAP_KADES",
    title="Penetapan Perdes oleh Kepala Desa",
    law="Kepala Desa wajib menetapkan rancangan Perdes dengan membubuhkan tanda tangan "
        "paling lambat 15 hari sejak rancangan diterima dari pimpinan BPD (tidak berlaku "
        "untuk rancangan yang harus dievaluasi Bupati/Walikota).",
    source="PP 43/2014 Pasal 84 ayat (2); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameter=PERDES_PENETAPAN,
    start="handed_to_kades_on",
    end="enacted_on",
    later=("promulgated_on", "sent_to_bupati_on"),
    late_message="{what} ditetapkan Kepala Desa {end}, {elapsed} setelah {start_step} "
                 "({start}; {limit}).",
    overdue_message="{what}: {start_step} {start}, dan sampai {on} belum tercatat ditetapkan "
                    "Kepala Desa ({elapsed}; {limit}).",
    start_step="diterima Kepala Desa dari BPD",
    not_evaluated=True,
)

SENDING_TO_BUPATI = DeadlineSpec(
    code="PERDES_KIRIM_BUPATI",
    title="Penyampaian Perdes kepada Bupati/Walikota",
    law="Perdes yang telah diundangkan disampaikan Kepala Desa kepada Bupati/Walikota "
        "sebagai bahan pembinaan dan pengawasan paling lambat 7 hari setelah diundangkan.",
    source="PP 43/2014 Pasal 84 ayat (4); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameter=PERDES_KIRIM_BUPATI,
    start="promulgated_on",
    end="sent_to_bupati_on",
    later=(),
    late_message="{what} disampaikan kepada Bupati {elapsed} setelah diundangkan "
                 "(diundangkan {start}, disampaikan {end}; {limit}).",
    overdue_message="{what} diundangkan {start} dan sampai {on} belum tercatat disampaikan "
                    "kepada Bupati ({elapsed}; {limit}).",
    draft=False,
)

# No correction date but an enacted Perdes: the evaluation may have asked for none.
CORRECTION = DeadlineSpec(
    code="EVALUASI_PERBAIKAN",
    title="Perbaikan rancangan Perdes sesuai hasil evaluasi",
    law="Kepala Desa wajib memperbaiki rancangan Perdes paling lama 20 hari sejak hasil "
        "evaluasi Bupati/Walikota diterima; rancangan APB Desa paling lama 20 hari kerja.",
    source="UU 6/2014 Pasal 69 (ayat belum diverifikasi); APB Desa: Permendagri 20/2018 "
           "Pasal 35 ayat (5) (belum diverifikasi)",
    severity=PELANGGARAN,
    parameter=EVALUASI_PERBAIKAN,
    apbdes_parameter=APBDES_PENYEMPURNAAN,
    start="evaluation_returned_on",
    end="corrected_on",
    later=("enacted_on", "promulgated_on"),
    late_message="{what} diperbaiki {end}, {elapsed} setelah hasil evaluasi {evaluator} diterima "
                 "{start} ({limit}).",
    overdue_message="Hasil evaluasi {evaluator} atas {what_lower} diterima {start}; sampai {on} "
                    "belum tercatat perbaikan maupun penetapan ({elapsed}; {limit}).",
    evaluated_only=True,
)

BUPATI_EVALUATION = DeadlineSpec(
    code="EVALUASI_BUPATI_TERLAMBAT",
    title="Hasil evaluasi Bupati/Walikota melewati 20 hari kerja",
    law="Bupati/Walikota menyerahkan hasil evaluasi paling lama 20 hari kerja sejak "
        "rancangan diterima; bila tidak, Perdes berlaku dengan sendirinya. Keterlambatan ini "
        "bukan pelanggaran desa.",
    source="UU 6/2014 Pasal 69 ayat (5) dan (8)",
    severity=INFORMASI,
    parameter=EVALUASI_BUPATI,
    start="evaluation_submitted_on",
    end="evaluation_returned_on",
    later=(),
    late_message="Hasil evaluasi Bupati atas {what_lower} diterima {end}, {elapsed} setelah "
                 "diajukan {start} ({limit}). Keterlambatan Bupati/Walikota, bukan "
                 "pelanggaran desa; sejak batas itu lewat Perdes berlaku dengan sendirinya.",
    overdue_message="Hasil evaluasi Bupati atas {what_lower} (diajukan {start}) sampai {on} "
                    "belum tercatat diterima ({elapsed}; {limit}). Keterlambatan "
                    "Bupati/Walikota, bukan pelanggaran desa: Perdes berlaku dengan sendirinya.",
    delegated_late_message="Hasil evaluasi Camat atas {what_lower} diserahkan {end}, {elapsed} "
                           "setelah diajukan {start} ({limit}). Evaluasi APB Desa dilimpahkan "
                           "kepada Camat ({delegation}): keterlambatan kantor kecamatan sendiri, "
                           "bukan pelanggaran desa.",
    delegated_overdue_message="Hasil evaluasi Camat atas {what_lower} (diajukan {start}) sampai "
                              "{on} belum tercatat diserahkan ({elapsed}; {limit}). Evaluasi APB "
                              "Desa dilimpahkan kepada Camat ({delegation}): tugas kantor "
                              "kecamatan sendiri yang terlambat, bukan pelanggaran desa; segera "
                              "serahkan hasil evaluasinya.",
    evaluated_only=True,
)

#: Every deadline between two steps of a Perdes, in the order of the steps.
DEADLINES: tuple[DeadlineSpec, ...] = (
    HANDOVER_TO_HEAD, ENACTMENT, SENDING_TO_BUPATI, CORRECTION, BUPATI_EVALUATION,
)


@dataclass(frozen=True)
class ClockStart:
    """When a deadline's clock started, and what started it."""

    started_on: dt.date
    step: str


def _clock_start(spec: DeadlineSpec, regulation: RegulationFacts) -> ClockStart | None:
    start: dt.date | None = getattr(regulation, spec.start)
    return ClockStart(start, spec.start_step) if start is not None else None


def _delegation(facts: VillageFacts, regulation: RegulationFacts) -> EvaluationDelegation | None:
    """The delegation to the Camat that covers this draft's evaluation, if any."""
    delegation = facts.apbdes_delegation
    return delegation if delegation is not None and delegation.covers(regulation) else None


def evaluator_name(facts: VillageFacts, regulation: RegulationFacts) -> str:
    """Who evaluates this draft, as the findings name them."""
    return "Camat" if _delegation(facts, regulation) else "Bupati"


def _deadline_message(spec: DeadlineSpec, facts: VillageFacts, regulation: RegulationFacts,
                      clock: ClockStart, done: dt.date | None, version: ParameterVersion,
                      due: dt.date, on: dt.date) -> tuple[str, bool]:
    """The finding's text, and whether the late step is the office's own."""
    what = regulation_label(regulation, draft=spec.draft)
    delegation = _delegation(facts, regulation)
    office = delegation is not None and bool(spec.delegated_late_message)
    if office:
        template = spec.delegated_late_message if done is not None else spec.delegated_overdue_message
    else:
        template = spec.late_message if done is not None else spec.overdue_message
    text = template.format(
        what=what, what_lower=lowercase_first(what), start_step=clock.step,
        start=format_date(clock.started_on), end=format_date(done) if done else "",
        on=format_date(on), elapsed=elapsed(clock.started_on, done or on, version.unit),
        limit=limit_text(version, due), evaluator=evaluator_name(facts, regulation),
        delegation=delegation.source if delegation else "",
    )
    return text, office


def check_deadline(spec: DeadlineSpec, facts: VillageFacts, on: dt.date,
                   parameters: Parameters) -> Iterator[Hit]:
    """The Perdes whose step ``spec.end`` came after its deadline or is overdue on ``on``."""
    for regulation in perdes_of(facts):
        if spec.evaluated_only and regulation.topic not in TOPICS_EVALUATED:
            continue
        if spec.not_evaluated and regulation.topic in TOPICS_EVALUATED:
            continue
        name = (spec.apbdes_parameter if spec.apbdes_parameter and regulation.topic in APBDES_TOPICS
                else spec.parameter)
        clock = _clock_start(spec, regulation)
        version = parameters.find(name, clock.started_on) if clock is not None else None
        if clock is None or version is None:
            continue
        done: dt.date | None = getattr(regulation, spec.end)
        later = (getattr(regulation, name) for name in spec.later)
        due = missed_deadline(clock.started_on, done, later, version, on)
        if due is None:
            continue
        text, office = _deadline_message(spec, facts, regulation, clock, done, version, due, on)
        yield Hit(text, regulation_id=regulation.id, parameters=(version,), due_on=due,
                  office_task=office)


def deadline_rule(spec: DeadlineSpec) -> Rule:
    """The rule that checks ``spec``."""
    reads = (spec.parameter, *((spec.apbdes_parameter,) if spec.apbdes_parameter else ()))
    return Rule(code=spec.code, title=spec.title, message=spec.law, source=spec.source,
                severity=spec.severity, parameters=reads, _check=partial(check_deadline, spec))


@rule(
    "EVALUASI_TIDAK_ADA",
    title="Perdes ditetapkan tanpa evaluasi Bupati/Walikota",
    message="Rancangan Perdes tentang APB Desa, pungutan, tata ruang dan organisasi Pemerintah "
            "Desa harus dievaluasi Bupati/Walikota sebelum ditetapkan, kecuali hasil evaluasi "
            "tidak diberikan dalam 20 hari kerja (Perdes lalu berlaku dengan sendirinya).",
    source="UU 6/2014 Pasal 69 ayat (4), (5) dan (8); Permendagri 111/2014; Permendagri 20/2018",
    severity=PELANGGARAN,
    parameters=(EVALUASI_BUPATI,),
)
def evaluation_missing(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """An enacted draft of an evaluated topic whose evaluation was never asked for, was
    asked for only after enactment, or had neither come back nor run out of time
    (20 working days from receipt by the Bupati) on the day it was enacted."""
    for regulation in perdes_of(facts):
        enacted = regulation.enacted_on
        if regulation.topic not in TOPICS_EVALUATED or enacted is None:
            continue
        what = regulation_label(regulation) + topic_suffix(regulation)
        evaluator = ("Camat (pelimpahan Bupati)" if _delegation(facts, regulation)
                     else "Bupati/Walikota")
        submitted, returned = regulation.evaluation_submitted_on, regulation.evaluation_returned_on
        if submitted is None:
            yield Hit(f"{what} ditetapkan {format_date(enacted)} tanpa tercatat diajukan untuk "
                      f"evaluasi {evaluator}.", regulation.id, (), enacted)
            continue
        if submitted > enacted:
            yield Hit(f"{what} ditetapkan {format_date(enacted)}, sebelum diajukan untuk "
                      f"evaluasi {evaluator} ({format_date(submitted)}).",
                      regulation.id, (), enacted)
            continue
        if returned is not None and returned <= enacted:
            continue
        version = parameters.find(EVALUASI_BUPATI, submitted)
        if version is None:
            continue
        lapse = deadline(submitted, version)
        if enacted > lapse:
            continue  # the Bupati's time had run out: the Perdes took effect by itself
        result = (f"hasil evaluasi baru diterima {format_date(returned)}" if returned
                  else "hasil evaluasi belum tercatat diterima")
        yield Hit(f"{what} ditetapkan {format_date(enacted)} sebelum hasil evaluasi "
                  f"{evaluator_name(facts, regulation)} diterima (diajukan {format_date(submitted)}; {result}; batas evaluasi "
                  f"{version.amount} baru berakhir {format_date(lapse)}).",
                  regulation.id, (version,), enacted)


@rule(
    "PERDES_BELUM_DIUNDANGKAN",
    title="Perdes ditetapkan tetapi belum diundangkan",
    message="Peraturan Desa diundangkan dalam Lembaran Desa dan Berita Desa oleh Sekretaris "
            "Desa, dan baru berlaku serta mempunyai kekuatan hukum mengikat sejak diundangkan.",
    source="PP 43/2014 (pasal belum diverifikasi); Permendagri 111/2014 (pasal belum diverifikasi)",
    severity=PERINGATAN,
)
def not_promulgated(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """An enacted Perdes with no promulgation recorded by ``on`` (and no later step that
    shows it happened on an unknown date)."""
    for regulation in perdes_of(facts):
        enacted = regulation.enacted_on
        if enacted is None or regulation.promulgated_on is not None or regulation.sent_to_bupati_on:
            continue
        what = regulation_label(regulation) + topic_suffix(regulation)
        yield Hit(f"{what} ditetapkan {format_date(enacted)}; sampai {format_date(on)} belum tercatat "
                  f"diundangkan dalam Lembaran Desa, sehingga belum mempunyai kekuatan hukum mengikat.",
                  regulation.id, (), enacted)


@rule(
    "PERDES_TANPA_KONSULTASI",
    title="Rancangan Perdes tanpa konsultasi masyarakat tercatat",
    message="Rancangan Peraturan Desa wajib dikonsultasikan kepada masyarakat Desa untuk "
            "mendapatkan masukan sebelum dibahas dan disepakati bersama BPD.",
    source="UU 6/2014 Pasal 69 (ayat belum diverifikasi); PP 43/2014 (pasal belum diverifikasi); "
           "Permendagri 111/2014 Pasal 6 (belum diverifikasi)",
    severity=PERINGATAN,
)
def without_consultation(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """A Perdes agreed with the BPD (or, with no agreement date, enacted) by ``on`` with no
    public consultation recorded, or one recorded only after that step."""
    for regulation in perdes_of(facts):
        hit = step_before_agreement(regulation, regulation.consultation_on,
                                    missing="tanpa tercatat dikonsultasikan kepada masyarakat Desa; periksa "
                                            "berita acara konsultasinya",
                                    after="sebelum konsultasi masyarakat yang tercatat")
        if hit is not None:
            yield hit


def step_before_agreement(regulation: RegulationFacts, held: dt.date | None, *, missing: str,
                          after: str) -> Hit | None:
    """A step that must come before the draft is agreed with the BPD (or, with no agreement
    date, enacted): missing (``missing``), or dated after it (``after`` its date)."""
    step, label = ((regulation.bpd_agreed_on, "disepakati BPD") if regulation.bpd_agreed_on
                   else (regulation.enacted_on, "ditetapkan"))
    if step is None or (held is not None and held <= step):
        return None
    what = f"{regulation_label(regulation)}{topic_suffix(regulation)} {label} {format_date(step)}"
    text = f"{what} {missing}." if held is None else f"{what}, {after} {format_date(held)}."
    return Hit(text, regulation.id, (), step)


#: This module's rules, in report order.
RULES: tuple[Rule, ...] = (
    deadline_rule(HANDOVER_TO_HEAD),
    deadline_rule(ENACTMENT),
    deadline_rule(SENDING_TO_BUPATI),
    evaluation_missing,
    deadline_rule(CORRECTION),
    deadline_rule(BUPATI_EVALUATION),
    not_promulgated,
    without_consultation,
)
