"""Compliance rules: pure functions from a village's facts and a date to findings.

No database, no Qt, no printing. The caller maps its rows to :class:`VillageFacts`
(with :class:`ProfileFacts` and :class:`RegulationFacts`) and calls :func:`evaluate`.

**As of a date.** Every rule sees the village *as it was known on* ``on``: a step dated
after ``on`` is treated as not having happened yet (a visit report of 2025 must not show
what happened in 2026), and a step that is overdue on ``on`` and has not happened is a
finding too. The profile has no history: classification and SOTK are taken as they are
now; a Kepala Desa inaugurated after ``on`` is ignored.

**Deadlines.** A deadline of N days counts from the day after the starting event (that day
is day 0), so a step on day N is on time and on day N+1 is late; a missing step is
overdue from day N+1 on. "Hari" in PP 43/2014 is read as calendar days (unit ``hari`` in the
parameter file); working days (unit ``hari_kerja``) skip Saturdays, Sundays, national
holidays and *cuti bersama* (:mod:`.workdays`). Every number comes from the parameter
file (:mod:`.params`) in the version in force on the date the clock started, and each
finding cites those versions (:attr:`Finding.rule_version`).

**Severities** (:data:`SEVERITIES`, most serious first):

* ``pelanggaran`` — the register shows that the village (Kepala Desa, BPD, Pemerintah
  Desa) missed a legal obligation or deadline;
* ``peringatan`` — something needs action soon, or is allowed only under a condition the
  register cannot show (to be verified at the visit);
* ``informasi`` — worth knowing but not the village's breach (e.g. the Bupati's evaluation
  is late and the Perdes took effect by itself).

Each rule has one severity; every finding of a rule carries it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from perut_desktop.enums import ChangeReasonKind
from perut_desktop.services import workdays

from . import params as P
from .params import Parameters, ParameterVersion

# --------------------------------------------------------------------------------------
# Closed value sets
# --------------------------------------------------------------------------------------

PELANGGARAN = "pelanggaran"
PERINGATAN = "peringatan"
INFORMASI = "informasi"
#: Most serious first; findings are sorted in this order.
SEVERITIES: tuple[str, ...] = (PELANGGARAN, PERINGATAN, INFORMASI)
SEVERITY_LABELS: Mapping[str, str] = {
    PELANGGARAN: "Pelanggaran", PERINGATAN: "Peringatan", INFORMASI: "Informasi",
}

KINDS: tuple[str, ...] = ("perdes", "perkades", "perber")
TOPICS: tuple[str, ...] = (
    "apbdes", "perubahan_apbdes", "rkpdes", "perubahan_rkpdes", "rpjmdes", "perubahan_rpjmdes",
    "tata_ruang", "pungutan", "organisasi", "lainnya",
)
TOPIC_LABELS: Mapping[str, str] = {
    "apbdes": "APB Desa", "perubahan_apbdes": "Perubahan APB Desa", "rkpdes": "RKP Desa",
    "perubahan_rkpdes": "Perubahan RKP Desa", "rpjmdes": "RPJM Desa",
    "perubahan_rpjmdes": "Perubahan RPJM Desa", "tata_ruang": "tata ruang",
    "pungutan": "pungutan", "organisasi": "organisasi Pemerintah Desa", "lainnya": "lainnya",
}
CLASSIFICATIONS: tuple[str, ...] = ("swadaya", "swakarya", "swasembada")

#: Drafts that the Bupati/Walikota must evaluate before they are enacted (UU 6/2014 Pasal 69
#: ayat (4)); a change of the APB Desa follows the APB Desa procedure mutatis mutandis
#: (Permendagri 20/2018 Pasal 42).
TOPICS_EVALUATED = frozenset({"apbdes", "perubahan_apbdes", "tata_ruang", "pungutan", "organisasi"})
#: Changes of the development plans that need one of the reasons below.
PLAN_CHANGE_TOPICS = frozenset({"perubahan_rpjmdes", "perubahan_rkpdes"})

#: The two kinds of reason for changing the RPJM Desa or RKP Desa (PP 43/2014 Pasal 120;
#: Permendagri 114/2014 Pasal 28 and 49): a special event, or a fundamental change of
#: Government policy. Stored in ``change_reason_kind``; the details in ``change_reason``.
CHANGE_REASON_PERISTIWA_KHUSUS = ChangeReasonKind.PERISTIWA_KHUSUS.value
CHANGE_REASON_KEBIJAKAN_PEMERINTAH = ChangeReasonKind.PERUBAHAN_KEBIJAKAN_PEMERINTAH.value
CHANGE_REASON_KINDS: Mapping[str, str] = {
    CHANGE_REASON_PERISTIWA_KHUSUS:
        "peristiwa khusus (bencana alam, krisis ekonomi, krisis politik, dan/atau kerusuhan "
        "sosial yang berkepanjangan)",
    CHANGE_REASON_KEBIJAKAN_PEMERINTAH: "perubahan mendasar atas kebijakan Pemerintah",
}

#: UU 3/2024 Pasal 118 huruf e: terms that ended "sampai dengan bulan Februari 2024" *may* be
#: extended (a decision of the Bupati, not automatic). Kemendagri's reading, as reported by
#: the regions, applies it to terms ending from 1 February up to 24 April 2024.
EXTENSION_118E_FROM = dt.date(2024, 2, 1)
EXTENSION_118E_UNTIL = dt.date(2024, 4, 24)

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


# --------------------------------------------------------------------------------------
# Input facts (the database rows, mapped by the caller)
# --------------------------------------------------------------------------------------

def _check_date(owner: str, name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"{owner}.{name} must be a datetime.date or None, not {type(value).__name__}")


def _check_int(owner: str, name: str, value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{owner}.{name} must be an int or None, not {type(value).__name__}")


@dataclass(frozen=True)
class RegulationFacts:
    """One row of the village's register of regulations (``VillageRegulation``).

    ``kind``: ``perdes`` | ``perkades`` | ``perber``. ``topic``: one of :data:`TOPICS`.
    Dates, each optional: ``bpd_agreed_on`` (disepakati bersama BPD), ``handed_to_kades_on``
    (diterima Kepala Desa dari pimpinan BPD), ``enacted_on`` (ditetapkan/ditandatangani),
    ``promulgated_on`` (diundangkan dalam Lembaran/Berita Desa), ``sent_to_bupati_on``
    (disampaikan kepada Bupati/Walikota), ``evaluation_submitted_on`` (rancangan diterima
    Bupati untuk evaluasi), ``evaluation_returned_on`` (hasil evaluasi diterima desa),
    ``corrected_on`` (rancangan diperbaiki sesuai evaluasi), ``consultation_on``
    (dikonsultasikan kepada masyarakat). ``change_reason_kind``: one of
    :data:`CHANGE_REASON_KINDS` or None.
    """

    id: str
    kind: str
    title: str
    topic: str = "lainnya"
    number: str | None = None
    year: int | None = None
    budget_year: int | None = None
    bpd_agreed_on: dt.date | None = None
    handed_to_kades_on: dt.date | None = None
    enacted_on: dt.date | None = None
    promulgated_on: dt.date | None = None
    sent_to_bupati_on: dt.date | None = None
    evaluation_submitted_on: dt.date | None = None
    evaluation_returned_on: dt.date | None = None
    corrected_on: dt.date | None = None
    consultation_on: dt.date | None = None
    extraordinary_note: str | None = None
    change_reason_kind: str | None = None
    change_reason: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"RegulationFacts.kind {self.kind!r} not in {KINDS}")
        if self.topic not in TOPICS:
            raise ValueError(f"RegulationFacts.topic {self.topic!r} not in {TOPICS}")
        for name in DATE_FIELDS:
            _check_date("RegulationFacts", name, getattr(self, name))
        for name in ("year", "budget_year"):
            _check_int("RegulationFacts", name, getattr(self, name))

    def dates(self) -> dict[str, dt.date]:
        """The recorded dates by field name."""
        return {n: d for n in DATE_FIELDS if (d := getattr(self, n)) is not None}


DATE_FIELDS: tuple[str, ...] = (
    "bpd_agreed_on", "handed_to_kades_on", "enacted_on", "promulgated_on", "sent_to_bupati_on",
    "evaluation_submitted_on", "evaluation_returned_on", "corrected_on", "consultation_on",
)


@dataclass(frozen=True)
class ProfileFacts:
    """The village profile (``VillageProfile``).

    ``classification``: ``swadaya`` | ``swakarya`` | ``swasembada`` | None.
    ``sotk_urusan`` / ``sotk_seksi``: units in place in the Sekretariat / Pelaksana Teknis;
    ``sotk_source`` says where the counts come from: ``profil`` (entered in the village
    profile) or ``aparatur`` (counted from the active officials, when none were entered).
    ``kades_term_ends_on``: a recorded end of the current term (e.g. after an extension
    under UU 3/2024 Pasal 118); when None the end is computed from ``kades_inaugurated_on``
    and the term length that applied (see :func:`kades_term`).
    """

    classification: str | None = None
    sotk_urusan: int | None = None
    sotk_seksi: int | None = None
    kades_name: str | None = None
    kades_inaugurated_on: dt.date | None = None
    kades_term_number: int | None = None
    kades_term_ends_on: dt.date | None = None
    sotk_source: str = "profil"

    def __post_init__(self) -> None:
        if self.sotk_source not in SOTK_SOURCES:
            raise ValueError(f"ProfileFacts.sotk_source {self.sotk_source!r} not in {tuple(SOTK_SOURCES)}")
        if self.classification is not None and self.classification not in CLASSIFICATIONS:
            raise ValueError(f"ProfileFacts.classification {self.classification!r} not in {CLASSIFICATIONS}")
        for name in ("sotk_urusan", "sotk_seksi", "kades_term_number"):
            _check_int("ProfileFacts", name, getattr(self, name))
        for name in ("kades_inaugurated_on", "kades_term_ends_on"):
            _check_date("ProfileFacts", name, getattr(self, name))


@dataclass(frozen=True)
class VillageFacts:
    """Everything the rules look at for one village."""

    village_id: str
    village_name: str
    profile: ProfileFacts | None = None
    regulations: tuple[RegulationFacts, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.regulations, tuple):
            object.__setattr__(self, "regulations", tuple(self.regulations))


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One result of one rule for one village (and possibly one regulation).

    ``message`` is concrete Indonesian text with the dates and day counts involved.
    ``rule_version`` cites the parameter versions used, with the dates they took effect
    ("tanpa parameter angka" when the rule uses none); ``parameters`` holds them as data.
    ``as_of`` is the date the rules were evaluated for; ``due_on`` the deadline or date the
    finding is about, when there is one.
    """

    rule_code: str
    severity: str
    message: str
    source: str
    rule_version: str
    village_id: str
    regulation_id: str | None = None
    parameters: tuple[ParameterVersion, ...] = ()
    as_of: dt.date | None = None
    due_on: dt.date | None = None


@dataclass(frozen=True)
class _Hit:
    message: str
    regulation_id: str | None = None
    parameters: tuple[ParameterVersion, ...] = ()
    due_on: dt.date | None = None


CheckFn = Callable[[VillageFacts, dt.date, Parameters], Iterable[_Hit]]


@dataclass(frozen=True)
class Rule:
    """A compliance rule.

    ``code`` is stable (stored and compared); ``title`` a short Indonesian name;
    ``message`` states in Indonesian what the law requires; ``source`` the legal citation;
    ``severity`` one of :data:`SEVERITIES`; ``parameters`` the parameter names it reads.
    :meth:`check` is the pure function from facts and a date to findings.

    ``message`` words the rule as its source does when written; the numbers a finding
    applies always come from the parameter file, in the version in force on its date.
    """

    code: str
    title: str
    message: str
    source: str
    severity: str
    parameters: tuple[str, ...]
    _check: CheckFn = field(repr=False, compare=False)

    def check(self, facts: VillageFacts, on: dt.date, params: Parameters | None = None) -> list[Finding]:
        """Findings of this rule for ``facts`` as known on ``on``."""
        _check_date("check", "on", on)
        prm = params if params is not None else P.load()
        view = as_of(facts, on)
        return [
            Finding(
                rule_code=self.code, severity=self.severity, message=hit.message,
                source=self.source, rule_version=cite(hit.parameters),
                village_id=facts.village_id, regulation_id=hit.regulation_id,
                parameters=hit.parameters, as_of=on, due_on=hit.due_on,
            )
            for hit in self._check(view, on, prm)
        ]


def cite(versions: Iterable[ParameterVersion]) -> str:
    """The rule version text of a finding: the parameter versions used, in order."""
    seen: list[ParameterVersion] = []
    for v in versions:
        if v not in seen:
            seen.append(v)
    return "; ".join(v.cite() for v in seen) if seen else "tanpa parameter angka"


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------

def as_of(facts: VillageFacts, on: dt.date) -> VillageFacts:
    """``facts`` as known on ``on``: dates after ``on`` become None; a Kepala Desa
    inaugurated after ``on`` is left out (who held office then is not known)."""
    regs = []
    for r in facts.regulations:
        future = {n: None for n, d in r.dates().items() if d > on}
        regs.append(replace(r, **future) if future else r)
    profile = facts.profile
    if profile is not None and profile.kades_inaugurated_on is not None and profile.kades_inaugurated_on > on:
        profile = replace(profile, kades_name=None, kades_inaugurated_on=None,
                          kades_term_number=None, kades_term_ends_on=None)
    return replace(facts, regulations=tuple(regs), profile=profile)


def tgl(d: dt.date) -> str:
    """Indonesian date: 9 Januari 2024."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` plus ``months`` calendar months; the day is clamped to the month's end."""
    y, m0 = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m0 + 1
    return d.replace(year=year, month=month, day=min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: dt.date, years: int) -> dt.date:
    """``d`` plus ``years``; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def deadline(start: dt.date, version: ParameterVersion) -> dt.date:
    """The last day that is on time for a step ``version`` after ``start``."""
    unit, n = version.unit, version.value
    if unit == "hari":
        return start + dt.timedelta(days=n)
    if unit == "hari_kerja":
        return workdays.add_working_days(start, n)
    if unit == "bulan":
        return add_months(start, n)
    if unit == "tahun":
        return add_years(start, n)
    raise ValueError(f"parameter {version.name} with unit {unit!r} is not a period")


def elapsed(start: dt.date, end: dt.date, unit: str) -> str:
    """How long from ``start`` to ``end`` in the unit of a deadline: "9 hari", "23 hari kerja"."""
    if unit == "hari_kerja":
        return f"{workdays.working_days_between(start, end)} hari kerja"
    return f"{(end - start).days} hari"


def _limit(v: ParameterVersion, due: dt.date) -> str:
    extra = " (tanpa Sabtu/Minggu, libur nasional dan cuti bersama)" if v.unit == "hari_kerja" else ""
    return f"batas {v.amount}{extra}, paling lambat {tgl(due)}"


_KIND_LABELS = {"perdes": "Perdes", "perkades": "Perkades", "perber": "Peraturan Bersama Kepala Desa"}


def label(r: RegulationFacts, *, draft: bool = False) -> str:
    """'Perdes No. 3/2024 tentang APB Desa 2024' or 'Rancangan Perdes "APB Desa 2024"'."""
    kind = _KIND_LABELS[r.kind]
    prefix = "Rancangan " if draft else ""
    if r.number:
        number = r.number.strip()
        if r.year and str(r.year) not in number:
            number = f"{number}/{r.year}"
        title = r.title.strip()
        if title and not title.lower().startswith("tentang"):
            title = f"tentang {title}"
        return f"{prefix}{kind} No. {number}" + (f" {title}" if title else "")
    return f'{prefix}{kind} "{r.title.strip()}"'


def _topic(r: RegulationFacts) -> str:
    """" (Perubahan RKP Desa)" unless the title already says it."""
    name = TOPIC_LABELS[r.topic]
    return "" if name.lower() in r.title.lower() else f" ({name})"


def _perdes(facts: VillageFacts) -> Iterator[RegulationFacts]:
    return (r for r in facts.regulations if r.kind == "perdes")


def _late(start: dt.date, done: dt.date | None, later: Iterable[dt.date | None],
          v: ParameterVersion, on: dt.date) -> dt.date | None:
    """The deadline if the step was late or is overdue on ``on``, else None.

    When the step has no date but a later step has one, the step happened on an unknown
    date and nothing can be said.
    """
    due = deadline(start, v)
    if done is not None:
        return due if done > due else None
    if any(d is not None for d in later):
        return None
    return due if on > due else None


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------

_REGISTRY: list[Rule] = []


def _rule(code: str, *, title: str, message: str, source: str, severity: str,
          parameters: tuple[str, ...] = ()) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        _REGISTRY.append(Rule(code=code, title=title, message=message, source=source,
                               severity=severity, parameters=parameters, _check=fn))
        return fn
    return register


@_rule(
    "PERDES_SERAH_KADES",
    title="Penyerahan rancangan Perdes dari BPD ke Kepala Desa",
    message="Rancangan Perdes yang telah disepakati bersama disampaikan pimpinan BPD kepada "
            "Kepala Desa paling lambat 7 hari sejak tanggal kesepakatan.",
    source="PP 43/2014 Pasal 84 ayat (1); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameters=(P.PERDES_SERAH_KADES,),
)
def _perdes_serah_kades(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Clock: from ``bpd_agreed_on`` (version in force that day) to ``handed_to_kades_on``."""
    for r in _perdes(facts):
        start = r.bpd_agreed_on
        v = prm.find(P.PERDES_SERAH_KADES, start) if start else None
        if start is None or v is None:
            continue
        later = (r.enacted_on, r.promulgated_on, r.sent_to_bupati_on)
        due = _late(start, r.handed_to_kades_on, later, v, on)
        if due is None:
            continue
        what = label(r, draft=True)
        if r.handed_to_kades_on is not None:
            msg = (f"{what} diserahkan ke Kepala Desa {elapsed(start, r.handed_to_kades_on, v.unit)} "
                   f"setelah disepakati BPD (disepakati {tgl(start)}, diserahkan "
                   f"{tgl(r.handed_to_kades_on)}; {_limit(v, due)}).")
        else:
            msg = (f"{what} disepakati BPD {tgl(start)} dan sampai {tgl(on)} belum tercatat "
                   f"diserahkan ke Kepala Desa ({elapsed(start, on, v.unit)}; {_limit(v, due)}).")
        yield _Hit(msg, r.id, (v,), due)


def _evaluation_outcome(r: RegulationFacts, on: dt.date, prm: Parameters
                        ) -> tuple[dt.date, str, tuple[ParameterVersion, ...]] | None:
    """When the evaluation step of an evaluated draft was over, as known on ``on``."""
    if r.corrected_on is not None:
        return r.corrected_on, "diperbaiki sesuai hasil evaluasi Bupati", ()
    if r.evaluation_returned_on is not None:
        return r.evaluation_returned_on, "hasil evaluasi Bupati diterima", ()
    if r.evaluation_submitted_on is not None:
        v = prm.find(P.EVALUASI_BUPATI, r.evaluation_submitted_on)
        if v is not None:
            lapse = deadline(r.evaluation_submitted_on, v)
            if lapse < on:
                return lapse, "batas waktu evaluasi Bupati berakhir", (v,)
    return None


@_rule(
    "PERDES_TETAP_KADES",
    title="Penetapan Perdes oleh Kepala Desa",
    message="Kepala Desa wajib menetapkan rancangan Perdes dengan membubuhkan tanda tangan "
            "paling lambat 15 hari sejak rancangan diterima dari pimpinan BPD.",
    source="PP 43/2014 Pasal 84 ayat (2); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameters=(P.PERDES_PENETAPAN, P.EVALUASI_BUPATI),
)
def _perdes_tetap_kades(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Clock: from ``handed_to_kades_on`` to ``enacted_on``.

    A draft that the Bupati must evaluate cannot be signed before the evaluation (UU 6/2014
    Pasal 69 ayat (4)); for those the 15 days count from the end of the evaluation step —
    the correction, else the evaluation received, else the day the Bupati's 20 working
    days ran out — and not before an evaluation was asked for (that is
    EVALUASI_TIDAK_ADA's business).
    """
    for r in _perdes(facts):
        start = r.handed_to_kades_on
        if start is None:
            continue
        after, extra = "diterima Kepala Desa dari BPD", ()
        if r.topic in TOPICS_EVALUATED:
            outcome = _evaluation_outcome(r, on, prm)
            if outcome is None:
                continue
            if outcome[0] > start:
                start, after, extra = outcome
        v = prm.find(P.PERDES_PENETAPAN, start)
        if v is None:
            continue
        due = _late(start, r.enacted_on, (r.promulgated_on, r.sent_to_bupati_on), v, on)
        if due is None:
            continue
        what = label(r, draft=True)
        if r.enacted_on is not None:
            msg = (f"{what} ditetapkan Kepala Desa {tgl(r.enacted_on)}, "
                   f"{elapsed(start, r.enacted_on, v.unit)} setelah {after} ({tgl(start)}; "
                   f"{_limit(v, due)}).")
        else:
            msg = (f"{what}: {after} {tgl(start)}, dan sampai {tgl(on)} belum tercatat ditetapkan "
                   f"Kepala Desa ({elapsed(start, on, v.unit)}; {_limit(v, due)}).")
        yield _Hit(msg, r.id, (*extra, v), due)


@_rule(
    "PERDES_KIRIM_BUPATI",
    title="Penyampaian Perdes kepada Bupati/Walikota",
    message="Perdes yang telah diundangkan disampaikan Kepala Desa kepada Bupati/Walikota "
            "sebagai bahan pembinaan dan pengawasan paling lambat 7 hari setelah diundangkan.",
    source="PP 43/2014 Pasal 84 ayat (4); Permendagri 111/2014",
    severity=PELANGGARAN,
    parameters=(P.PERDES_KIRIM_BUPATI,),
)
def _perdes_kirim_bupati(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Clock: from ``promulgated_on`` (diundangkan) to ``sent_to_bupati_on``."""
    for r in _perdes(facts):
        start = r.promulgated_on
        v = prm.find(P.PERDES_KIRIM_BUPATI, start) if start else None
        if start is None or v is None:
            continue
        due = _late(start, r.sent_to_bupati_on, (), v, on)
        if due is None:
            continue
        what = label(r)
        if r.sent_to_bupati_on is not None:
            msg = (f"{what} disampaikan kepada Bupati {elapsed(start, r.sent_to_bupati_on, v.unit)} "
                   f"setelah diundangkan (diundangkan {tgl(start)}, disampaikan "
                   f"{tgl(r.sent_to_bupati_on)}; {_limit(v, due)}).")
        else:
            msg = (f"{what} diundangkan {tgl(start)} dan sampai {tgl(on)} belum tercatat "
                   f"disampaikan kepada Bupati ({elapsed(start, on, v.unit)}; {_limit(v, due)}).")
        yield _Hit(msg, r.id, (v,), due)


@_rule(
    "EVALUASI_TIDAK_ADA",
    title="Perdes ditetapkan tanpa evaluasi Bupati/Walikota",
    message="Rancangan Perdes tentang APB Desa, pungutan, tata ruang dan organisasi Pemerintah "
            "Desa harus dievaluasi Bupati/Walikota sebelum ditetapkan, kecuali hasil evaluasi "
            "tidak diberikan dalam 20 hari kerja (Perdes lalu berlaku dengan sendirinya).",
    source="UU 6/2014 Pasal 69 ayat (4), (5) dan (8); Permendagri 111/2014; Permendagri 20/2018",
    severity=PELANGGARAN,
    parameters=(P.EVALUASI_BUPATI,),
)
def _evaluasi_tidak_ada(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """An enacted draft of an evaluated topic whose evaluation was never asked for, was
    asked for only after enactment, or had neither come back nor run out of time
    (20 working days from receipt by the Bupati) on the day it was enacted."""
    for r in _perdes(facts):
        if r.topic not in TOPICS_EVALUATED or r.enacted_on is None:
            continue
        what, topic = label(r), _topic(r)
        sub, ret, enacted = r.evaluation_submitted_on, r.evaluation_returned_on, r.enacted_on
        if sub is None:
            yield _Hit(f"{what}{topic} ditetapkan {tgl(enacted)} tanpa tercatat diajukan untuk "
                       f"evaluasi Bupati/Walikota.", r.id, (), enacted)
            continue
        if sub > enacted:
            yield _Hit(f"{what}{topic} ditetapkan {tgl(enacted)}, sebelum diajukan untuk "
                       f"evaluasi Bupati/Walikota ({tgl(sub)}).", r.id, (), enacted)
            continue
        if ret is not None and ret <= enacted:
            continue
        v = prm.find(P.EVALUASI_BUPATI, sub)
        if v is None:
            continue
        lapse = deadline(sub, v)
        if enacted > lapse:
            continue  # the Bupati's time had run out: the Perdes took effect by itself
        result = f"hasil evaluasi baru diterima {tgl(ret)}" if ret else "hasil evaluasi belum tercatat diterima"
        yield _Hit(f"{what}{topic} ditetapkan {tgl(enacted)} sebelum hasil evaluasi Bupati "
                   f"diterima (diajukan {tgl(sub)}; {result}; batas evaluasi {v.amount} baru "
                   f"berakhir {tgl(lapse)}).", r.id, (v,), enacted)


@_rule(
    "EVALUASI_PERBAIKAN",
    title="Perbaikan rancangan Perdes sesuai hasil evaluasi",
    message="Kepala Desa wajib memperbaiki rancangan Perdes paling lama 20 hari sejak hasil "
            "evaluasi Bupati/Walikota diterima.",
    source="UU 6/2014 Pasal 69 ayat (6) dan (7)",
    severity=PELANGGARAN,
    parameters=(P.EVALUASI_PERBAIKAN,),
)
def _evaluasi_perbaikan(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Clock: from ``evaluation_returned_on`` to ``corrected_on``. When no correction date is
    recorded but the Perdes was enacted, the evaluation may have asked for none: nothing
    is said. When neither is recorded after the deadline, the correction is overdue."""
    for r in _perdes(facts):
        start = r.evaluation_returned_on
        if r.topic not in TOPICS_EVALUATED or start is None:
            continue
        v = prm.find(P.EVALUASI_PERBAIKAN, start)
        if v is None:
            continue
        due = _late(start, r.corrected_on, (r.enacted_on, r.promulgated_on), v, on)
        if due is None:
            continue
        what = label(r, draft=True)
        if r.corrected_on is not None:
            msg = (f"{what} diperbaiki {tgl(r.corrected_on)}, "
                   f"{elapsed(start, r.corrected_on, v.unit)} setelah hasil evaluasi Bupati "
                   f"diterima {tgl(start)} ({_limit(v, due)}).")
        else:
            msg = (f"Hasil evaluasi Bupati atas {what[0].lower()}{what[1:]} diterima {tgl(start)}; "
                   f"sampai {tgl(on)} belum tercatat perbaikan maupun penetapan "
                   f"({elapsed(start, on, v.unit)}; {_limit(v, due)}).")
        yield _Hit(msg, r.id, (v,), due)


@_rule(
    "EVALUASI_BUPATI_TERLAMBAT",
    title="Hasil evaluasi Bupati/Walikota melewati 20 hari kerja",
    message="Bupati/Walikota menyerahkan hasil evaluasi paling lama 20 hari kerja sejak "
            "rancangan diterima; bila tidak, Perdes berlaku dengan sendirinya. Keterlambatan ini "
            "bukan pelanggaran desa.",
    source="UU 6/2014 Pasal 69 ayat (5) dan (8)",
    severity=INFORMASI,
    parameters=(P.EVALUASI_BUPATI,),
)
def _evaluasi_bupati_terlambat(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Clock: from ``evaluation_submitted_on`` (received by the Bupati) to
    ``evaluation_returned_on``, in working days."""
    for r in _perdes(facts):
        sub = r.evaluation_submitted_on
        if r.topic not in TOPICS_EVALUATED or sub is None:
            continue
        v = prm.find(P.EVALUASI_BUPATI, sub)
        if v is None:
            continue
        due = _late(sub, r.evaluation_returned_on, (), v, on)
        if due is None:
            continue
        what = label(r, draft=True)
        what = what[0].lower() + what[1:]
        if r.evaluation_returned_on is not None:
            msg = (f"Hasil evaluasi Bupati atas {what} diterima {tgl(r.evaluation_returned_on)}, "
                   f"{elapsed(sub, r.evaluation_returned_on, v.unit)} setelah diajukan "
                   f"{tgl(sub)} ({_limit(v, due)}). Keterlambatan Bupati/Walikota, bukan "
                   f"pelanggaran desa; sejak batas itu lewat Perdes berlaku dengan sendirinya.")
        else:
            msg = (f"Hasil evaluasi Bupati atas {what} (diajukan {tgl(sub)}) sampai {tgl(on)} "
                   f"belum tercatat diterima ({elapsed(sub, on, v.unit)}; {_limit(v, due)}). "
                   f"Keterlambatan Bupati/Walikota, bukan pelanggaran desa: Perdes berlaku "
                   f"dengan sendirinya.")
        yield _Hit(msg, r.id, (v,), due)


@_rule(
    "APBDES_PERUBAHAN_BERULANG",
    title="Perubahan APB Desa lebih dari sekali setahun",
    message="Perubahan APB Desa hanya dapat dilakukan 1 kali dalam 1 tahun anggaran, kecuali "
            "dalam keadaan luar biasa (kriterianya diatur Peraturan Bupati/Walikota).",
    source="Permendagri 20/2018 Pasal 40",
    severity=PELANGGARAN,
    parameters=(P.APBDES_PERUBAHAN_MAKS,),
)
def _apbdes_perubahan_berulang(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Counts enacted Perdes on ``perubahan_apbdes`` per budget year (``budget_year``, else
    the year of enactment) in order of enactment; each one beyond the limit in force on
    its enactment date without an ``extraordinary_note`` is a finding."""
    by_year: dict[int, list[RegulationFacts]] = {}
    for r in _perdes(facts):
        if r.topic == "perubahan_apbdes" and r.enacted_on is not None:
            by_year.setdefault(r.budget_year or r.enacted_on.year, []).append(r)
    for year in sorted(by_year):
        changes = sorted(by_year[year], key=lambda r: (r.enacted_on, r.id))
        for i, r in enumerate(changes):
            assert r.enacted_on is not None
            v = prm.find(P.APBDES_PERUBAHAN_MAKS, r.enacted_on)
            if v is None or i < v.value or (r.extraordinary_note or "").strip():
                continue
            before = ", ".join(f"{label(p)} (ditetapkan {tgl(p.enacted_on)})"  # type: ignore[arg-type]
                               for p in changes[:i])
            yield _Hit(f"{label(r)} adalah perubahan APB Desa ke-{i + 1} untuk tahun anggaran {year} "
                       f"(ditetapkan {tgl(r.enacted_on)}) tanpa catatan keadaan luar biasa; "
                       f"sebelumnya: {before}. Batas {v.amount} per tahun anggaran.",
                       r.id, (v,), r.enacted_on)


@_rule(
    "RENCANA_PERUBAHAN_ALASAN",
    title="Perubahan RPJM Desa/RKP Desa tanpa alasan yang dibolehkan",
    message="RPJM Desa dan RKP Desa hanya dapat diubah bila terjadi peristiwa khusus (bencana "
            "alam, krisis ekonomi, krisis politik, kerusuhan sosial berkepanjangan) atau "
            "perubahan mendasar atas kebijakan Pemerintah, dibahas dalam musyawarah "
            "perencanaan pembangunan Desa dan ditetapkan dengan Perdes.",
    source="PP 43/2014 Pasal 120; Permendagri 114/2014 Pasal 28 (RPJM Desa) dan Pasal 49 (RKP Desa)",
    severity=PELANGGARAN,
)
def _rencana_perubahan_alasan(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """A change of RPJM/RKP Desa with any step recorded by ``on`` must state a
    ``change_reason_kind`` from :data:`CHANGE_REASON_KINDS`."""
    allowed = " atau ".join(CHANGE_REASON_KINDS.values())
    for r in _perdes(facts):
        if r.topic not in PLAN_CHANGE_TOPICS or not r.dates():
            continue
        kind = (r.change_reason_kind or "").strip()
        if kind in CHANGE_REASON_KINDS:
            continue
        stated = f"mencatat alasan '{kind}' yang tidak dikenal" if kind else "tidak mencatat alasan perubahan"
        yield _Hit(f"{label(r)}{_topic(r)} {stated}; yang dibolehkan: {allowed}.",
                   r.id, (), None)


#: Where SOTK counts come from, as the findings say it.
SOTK_SOURCES = {"profil": "Profil desa mencatat", "aparatur": "Daftar aparatur desa yang aktif memuat"}


def _sotk(on: dt.date, prm: Parameters, *names: str) -> tuple[ParameterVersion, ...] | None:
    found = tuple(prm.find(n, on) for n in names)
    return None if any(v is None for v in found) else found  # type: ignore[return-value]


@_rule(
    "SOTK_BATAS",
    title="Jumlah urusan/seksi di luar batas",
    message="Sekretariat Desa terdiri atas paling sedikit 2 dan paling banyak 3 urusan; "
            "pelaksana teknis paling sedikit 2 dan paling banyak 3 seksi.",
    source="Permendagri 84/2015",
    severity=PELANGGARAN,
    parameters=(P.SOTK_URUSAN_MIN, P.SOTK_URUSAN_MAKS, P.SOTK_SEKSI_MIN, P.SOTK_SEKSI_MAKS),
)
def _sotk_batas(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """The profile's counts against the general bounds in force on ``on``."""
    p = facts.profile
    if p is None:
        return
    for count, unit, lo_name, hi_name, body in (
        (p.sotk_urusan, "urusan", P.SOTK_URUSAN_MIN, P.SOTK_URUSAN_MAKS, "Sekretariat Desa"),
        (p.sotk_seksi, "seksi", P.SOTK_SEKSI_MIN, P.SOTK_SEKSI_MAKS, "pelaksana teknis"),
    ):
        vs = _sotk(on, prm, lo_name, hi_name)
        if count is None or vs is None:
            continue
        lo, hi = vs
        if lo.value <= count <= hi.value:
            continue
        side = f"lebih dari {hi.value}" if count > hi.value else f"kurang dari {lo.value}"
        yield _Hit(f"{SOTK_SOURCES[p.sotk_source]} {count} {unit} pada {body}, {side} {unit} "
                   f"(batas {lo.value}–{hi.value} {unit}).", None, vs, None)


@_rule(
    "SOTK_KLASIFIKASI",
    title="SOTK tidak sesuai klasifikasi desa",
    message="Susunan organisasi disesuaikan dengan tingkat perkembangan desa: desa swadaya "
            "hanya 2 urusan dan 2 seksi, desa swasembada 3 urusan dan 3 seksi, desa swakarya "
            "2 atau 3.",
    source="Permendagri 84/2015",
    severity=PELANGGARAN,
    parameters=(P.SOTK_SWADAYA_URUSAN, P.SOTK_SWADAYA_SEKSI, P.SOTK_SWASEMBADA_URUSAN,
                P.SOTK_SWASEMBADA_SEKSI, P.SOTK_URUSAN_MIN, P.SOTK_URUSAN_MAKS,
                P.SOTK_SEKSI_MIN, P.SOTK_SEKSI_MAKS),
)
def _sotk_klasifikasi(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Swadaya must have exactly the swadaya counts, swasembada exactly the swasembada
    counts; swakarya anything within the general bounds. Counts outside the general
    bounds are SOTK_BATAS's finding and are not repeated here."""
    p = facts.profile
    if p is None or p.classification not in ("swadaya", "swasembada"):
        return
    if p.classification == "swadaya":
        want = _sotk(on, prm, P.SOTK_SWADAYA_URUSAN, P.SOTK_SWADAYA_SEKSI)
    else:
        want = _sotk(on, prm, P.SOTK_SWASEMBADA_URUSAN, P.SOTK_SWASEMBADA_SEKSI)
    bounds = _sotk(on, prm, P.SOTK_URUSAN_MIN, P.SOTK_URUSAN_MAKS, P.SOTK_SEKSI_MIN, P.SOTK_SEKSI_MAKS)
    if want is None or bounds is None:
        return
    u_lo, u_hi, s_lo, s_hi = (v.value for v in bounds)
    wrong = []
    if p.sotk_urusan is not None and u_lo <= p.sotk_urusan <= u_hi and p.sotk_urusan != want[0].value:
        wrong.append(f"{p.sotk_urusan} urusan")
    if p.sotk_seksi is not None and s_lo <= p.sotk_seksi <= s_hi and p.sotk_seksi != want[1].value:
        wrong.append(f"{p.sotk_seksi} seksi")
    if not wrong:
        return
    only = "hanya memiliki" if p.classification == "swadaya" else "memiliki"
    counted = "mencatat" if p.sotk_source == "profil" else "menurut daftar aparatur yang aktif memiliki"
    yield _Hit(f"Desa {facts.village_name} berklasifikasi {p.classification} dan {counted} "
               f"{' dan '.join(wrong)}; desa {p.classification} {only} {want[0].value} urusan "
               f"dan {want[1].value} seksi.", None, want, None)


@dataclass(frozen=True)
class KadesTerm:
    """The current Kepala Desa's term as the rules see it."""

    start: dt.date | None
    end: dt.date
    basis: str
    parameters: tuple[ParameterVersion, ...]
    recorded: bool
    #: The longest end the law allows, when it can be computed (for checking a recorded end),
    #: and why.
    allowed_end: dt.date | None = None
    allowed_basis: str = ""
    allowed_parameters: tuple[ParameterVersion, ...] = ()
    #: A hint when a UU 3/2024 Pasal 118 huruf e extension was possible.
    extension_hint: str | None = None


def kades_term(profile: ProfileFacts | None, prm: Parameters) -> KadesTerm | None:
    """The current term: the recorded end if any, else computed.

    Computed end = inauguration + the term length in force on the inauguration date
    (UU 6/2014 Pasal 39: 6 years; UU 3/2024 Pasal 39: 8 years from 25 April 2024). A later
    version marked ``applies_to_running`` that took effect while the term was running
    replaces the length (UU 3/2024 Pasal 118 huruf b and c: heads in their first, second or
    third term on 25 April 2024 finish it under the new law, i.e. 8 years). A term that had
    already ended is not touched, except that one ending between
    :data:`EXTENSION_118E_FROM` and :data:`EXTENSION_118E_UNTIL` *could* be extended (huruf
    e) — by a decision the profile must record in ``kades_term_ends_on``.
    """
    if profile is None:
        return None
    inaug = profile.kades_inaugurated_on
    computed: KadesTerm | None = None
    if inaug is not None:
        base = prm.find(P.KADES_MASA_JABATAN, inaug)
        if base is not None:
            end, used = add_years(inaug, base.value), [base]
            basis = f"{base.amount} sejak pelantikan, {base.source}"
            for v in prm.later(P.KADES_MASA_JABATAN, base):
                if v.applies_to_running and v.effective_from < end:
                    end = add_years(inaug, v.value)
                    used.append(v)
                    basis = (f"{v.amount} sejak pelantikan, karena masa jabatan masih berjalan saat "
                             f"ketentuan baru berlaku {tgl(v.effective_from)}: {v.source}")
            allowed, allowed_basis, allowed_used, hint = end, basis, tuple(used), None
            if len(used) == 1 and EXTENSION_118E_FROM <= end <= EXTENSION_118E_UNTIL:
                newer = [v for v in prm.later(P.KADES_MASA_JABATAN, base) if v.applies_to_running]
                if newer:
                    allowed = add_years(inaug, newer[0].value)
                    allowed_used = (*used, newer[0])
                    allowed_basis = (f"perpanjangan menurut UU 3/2024 Pasal 118 huruf e sampai "
                                     f"{newer[0].amount} sejak pelantikan")
                    hint = ("Masa jabatan yang berakhir sampai Februari 2024 dapat diperpanjang "
                            "(UU 3/2024 Pasal 118 huruf e); bila Bupati telah memperpanjangnya, "
                            "catat tanggal akhir masa jabatan yang baru di profil desa.")
            computed = KadesTerm(inaug, end, basis, tuple(used), False, allowed, allowed_basis,
                                 allowed_used, hint)
    if profile.kades_term_ends_on is not None:
        return KadesTerm(inaug, profile.kades_term_ends_on, "tanggal akhir tercatat di profil desa",
                         (), True, computed.allowed_end if computed else None,
                         computed.allowed_basis if computed else "",
                         computed.allowed_parameters if computed else (), None)
    return computed


def _kades_name(p: ProfileFacts, *, term: bool = True) -> str:
    parts = [f"Kepala Desa {p.kades_name}" if p.kades_name else "Kepala Desa"]
    extra = []
    if term and p.kades_term_number:
        extra.append(f"periode ke-{p.kades_term_number}")
    if p.kades_inaugurated_on:
        extra.append(f"dilantik {tgl(p.kades_inaugurated_on)}")
    if extra:
        parts.append(f"({', '.join(extra)})")
    return " ".join(parts)


@_rule(
    "KADES_JABATAN_SEGERA_BERAKHIR",
    title="Masa jabatan Kepala Desa berakhir dalam 6 bulan",
    message="BPD memberitahukan kepada Kepala Desa secara tertulis mengenai akan berakhirnya "
            "masa jabatan 6 bulan sebelum masa jabatan berakhir, lalu membentuk panitia "
            "pemilihan Kepala Desa.",
    source="UU 6/2014 Pasal 32 ayat (1); masa jabatan: UU 6/2014 Pasal 39 dan UU 3/2024 Pasal 39 dan 118",
    severity=PERINGATAN,
    parameters=(P.KADES_PEMBERITAHUAN, P.KADES_MASA_JABATAN),
)
def _kades_segera_berakhir(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """From (end − notice months) up to the day before the end."""
    term = kades_term(facts.profile, prm)
    notice = prm.find(P.KADES_PEMBERITAHUAN, on)
    if term is None or notice is None or facts.profile is None:
        return
    window = add_months(term.end, -notice.value)
    if not window <= on < term.end:
        return
    days = (term.end - on).days
    yield _Hit(f"Masa jabatan {_kades_name(facts.profile)} berakhir {tgl(term.end)} "
               f"({term.basis}), {days} hari lagi. BPD wajib memberitahukan secara tertulis "
               f"{notice.amount} sebelumnya, yaitu pada {tgl(window)}, dan membentuk panitia "
               f"pemilihan.", None, (*term.parameters, notice), window)


@_rule(
    "KADES_JABATAN_BERAKHIR",
    title="Masa jabatan Kepala Desa telah berakhir",
    message="Kepala Desa diberhentikan karena berakhir masa jabatannya; profil desa harus "
            "mencatat Kepala Desa atau penjabat yang baru, atau perpanjangan yang sah.",
    source="UU 6/2014 Pasal 39 dan 40; UU 3/2024 Pasal 39 dan 118",
    severity=PERINGATAN,
    parameters=(P.KADES_MASA_JABATAN,),
)
def _kades_berakhir(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    term = kades_term(facts.profile, prm)
    if term is None or facts.profile is None or on < term.end:
        return
    hint = f" {term.extension_hint}" if term.extension_hint else ""
    yield _Hit(f"Masa jabatan {_kades_name(facts.profile)} berakhir {tgl(term.end)} ({term.basis}); "
               f"sampai {tgl(on)} profil desa belum mencatat Kepala Desa atau penjabat yang baru.{hint}",
               None, term.parameters, term.end)


@_rule(
    "KADES_AKHIR_JABATAN_TIDAK_SAH",
    title="Tanggal akhir masa jabatan tercatat melebihi ketentuan",
    message="Masa jabatan Kepala Desa 6 tahun (UU 6/2014) atau 8 tahun (UU 3/2024) sejak "
            "pelantikan, termasuk perpanjangan menurut ketentuan peralihan UU 3/2024 Pasal 118.",
    source="UU 6/2014 Pasal 39 ayat (1); UU 3/2024 Pasal 39 ayat (1) dan Pasal 118",
    severity=PERINGATAN,
    parameters=(P.KADES_MASA_JABATAN,),
)
def _kades_akhir_tidak_sah(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """A recorded end later than the longest end the law allows for that inauguration date,
    or not after the inauguration."""
    p = facts.profile
    term = kades_term(p, prm)
    if p is None or term is None or not term.recorded or p.kades_inaugurated_on is None:
        return
    if term.end <= p.kades_inaugurated_on:
        yield _Hit(f"Tanggal akhir masa jabatan {_kades_name(p)} tercatat {tgl(term.end)}, tidak "
                   f"sesudah tanggal pelantikan.", None, (), term.end)
    elif term.allowed_end is not None and term.end > term.allowed_end:
        yield _Hit(f"Tanggal akhir masa jabatan {_kades_name(p)} tercatat {tgl(term.end)}, melewati "
                   f"akhir yang dibolehkan {tgl(term.allowed_end)} ({term.allowed_basis}).",
                   None, term.allowed_parameters, term.end)


def _term_limits(p: ProfileFacts, prm: Parameters
                 ) -> tuple[int, ParameterVersion, ParameterVersion] | None:
    if p.kades_term_number is None or p.kades_inaugurated_on is None:
        return None
    mx = prm.find(P.KADES_MAKS_PERIODE, p.kades_inaugurated_on)
    extra = prm.find(P.KADES_TAMBAHAN_PERIODE_PERALIHAN, p.kades_inaugurated_on)
    if mx is None or extra is None:
        return None
    return p.kades_term_number, mx, extra


@_rule(
    "KADES_PERIODE_MELEBIHI",
    title="Kepala Desa melebihi batas periode",
    message="Kepala Desa dapat menjabat paling banyak 3 kali masa jabatan (UU 6/2014) atau "
            "2 kali (UU 3/2024, ditambah 1 periode bagi yang telah menjabat 2 periode "
            "sebelumnya), menurut ketentuan yang berlaku saat masa jabatan dimulai.",
    source="UU 6/2014 Pasal 39 ayat (2); UU 3/2024 Pasal 39 ayat (2) dan Pasal 118 huruf a",
    severity=PELANGGARAN,
    parameters=(P.KADES_MAKS_PERIODE, P.KADES_TAMBAHAN_PERIODE_PERALIHAN),
)
def _kades_periode_melebihi(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Term number above max + transitional extra, as in force on the inauguration date."""
    p = facts.profile
    limits = _term_limits(p, prm) if p else None
    if p is None or limits is None:
        return
    n, mx, extra = limits
    if n <= mx.value + extra.value:
        return
    allowed = f"{mx.amount}" + (f" ditambah {extra.amount} peralihan" if extra.value else "")
    yield _Hit(f"{_kades_name(p, term=False)} menjabat periode ke-{n}; untuk masa jabatan yang dimulai "
               f"{tgl(p.kades_inaugurated_on)} batasnya {allowed} ({mx.source}).",  # type: ignore[arg-type]
               None, (mx, extra) if extra.value else (mx,), p.kades_inaugurated_on)


@_rule(
    "KADES_PERIODE_PERALIHAN",
    title="Periode Kepala Desa hanya sah menurut ketentuan peralihan",
    message="Sejak UU 3/2024 Kepala Desa paling banyak menjabat 2 periode; periode ke-3 hanya "
            "sah bila dua periode sebelumnya dijalani sebelum UU 3/2024 berlaku (Pasal 118 "
            "huruf a). Perlu diperiksa.",
    source="UU 3/2024 Pasal 39 ayat (2) dan Pasal 118 huruf a",
    severity=PERINGATAN,
    parameters=(P.KADES_MAKS_PERIODE, P.KADES_TAMBAHAN_PERIODE_PERALIHAN),
)
def _kades_periode_peralihan(facts: VillageFacts, on: dt.date, prm: Parameters) -> Iterator[_Hit]:
    """Term number above the max but within the transitional extra."""
    p = facts.profile
    limits = _term_limits(p, prm) if p else None
    if p is None or limits is None:
        return
    n, mx, extra = limits
    if not mx.value < n <= mx.value + extra.value:
        return
    yield _Hit(f"{_kades_name(p, term=False)} menjabat periode ke-{n}, melebihi {mx.amount} menurut "
               f"{mx.source} yang berlaku saat masa jabatan dimulai; sah hanya bila "
               f"{mx.value} periode sebelumnya dijalani sebelum {tgl(extra.effective_from)} "
               f"({extra.source}).", None, (mx, extra), p.kades_inaugurated_on)


RULES: tuple[Rule, ...] = tuple(_REGISTRY)
RULES_BY_CODE: Mapping[str, Rule] = {r.code: r for r in RULES}
assert len(RULES_BY_CODE) == len(RULES), "duplicate rule code"


def evaluate(facts: VillageFacts, on: dt.date, params: Parameters | None = None) -> list[Finding]:
    """All findings for ``facts`` as known on ``on``.

    ``params`` defaults to the shipped parameter file (:func:`params.load`). Findings are
    sorted by severity (pelanggaran first), then by rule in :data:`RULES` order, then in
    the order each rule produced them.
    """
    prm = params if params is not None else P.load()
    out = [f for rule in RULES for f in rule.check(facts, on, prm)]
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(out, key=lambda f: rank[f.severity])  # stable: keeps rule order within severity


__all__ = [
    "CHANGE_REASON_KEBIJAKAN_PEMERINTAH", "CHANGE_REASON_KINDS", "CHANGE_REASON_PERISTIWA_KHUSUS",
    "CLASSIFICATIONS", "DATE_FIELDS", "INFORMASI", "KINDS", "PELANGGARAN", "PERINGATAN",
    "PLAN_CHANGE_TOPICS", "RULES", "RULES_BY_CODE", "SEVERITIES", "SEVERITY_LABELS", "TOPICS",
    "TOPICS_EVALUATED", "TOPIC_LABELS", "Finding", "KadesTerm", "ProfileFacts", "RegulationFacts",
    "Rule", "VillageFacts", "as_of", "evaluate", "kades_term",
]
