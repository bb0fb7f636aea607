"""Rules on the Kepala Desa's term: when it ends (UU 6/2014, changed by UU 3/2024 and its
transitional provisions), whether a recorded end is lawful, and how many terms one person
may serve."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from .dates import add_months, add_years
from .findings import PELANGGARAN, PERINGATAN, Hit, Rule, rule
from .inputs import ProfileFacts, VillageFacts
from .params import (
    KADES_MAKS_PERIODE,
    KADES_MASA_JABATAN,
    KADES_PEMBERITAHUAN,
    KADES_TAMBAHAN_PERIODE_PERALIHAN,
    Parameters,
    ParameterVersion,
)
from .wording import format_date

#: UU 3/2024 Pasal 118 huruf e: terms that ended "sampai dengan bulan Februari 2024" *may* be
#: extended (a decision of the Bupati, not automatic). Kemendagri's reading, as reported by
#: the regions, applies it to terms ending from 1 February 2024 up to the law's entry into
#: force. The upper edge is not a date of its own: a term is either still running when the
#: 8-year version takes effect (its end is after that day, huruf b and c) or it ended by
#: then (its end is on or before that day, huruf e), so no end date falls between the two.
#: An end date is the first day the head is out of office (the inauguration's anniversary).
EXTENSION_118E_FROM = dt.date(2024, 2, 1)

_EXTENSION_HINT = ("Masa jabatan yang berakhir sampai Februari 2024 dapat diperpanjang "
                   "(UU 3/2024 Pasal 118 huruf e); bila Bupati telah memperpanjangnya, "
                   "catat tanggal akhir masa jabatan yang baru di profil desa.")


@dataclass(frozen=True)
class VillageHeadTerm:
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


def _computed_term(inaugurated: dt.date, parameters: Parameters) -> VillageHeadTerm | None:
    """The term that follows from the inauguration date and the term lengths in force."""
    base = parameters.find(KADES_MASA_JABATAN, inaugurated)
    if base is None:
        return None
    end, used = add_years(inaugurated, base.value), [base]
    basis = f"{base.amount} sejak pelantikan, {base.source}"
    for version in parameters.later(KADES_MASA_JABATAN, base):
        if version.applies_to_running and version.effective_from < end:
            end = add_years(inaugurated, version.value)
            used.append(version)
            basis = (f"{version.amount} sejak pelantikan, karena masa jabatan masih berjalan "
                     f"saat ketentuan baru berlaku {format_date(version.effective_from)}: "
                     f"{version.source}")
    term = VillageHeadTerm(inaugurated, end, basis, tuple(used), False,
                           allowed_end=end, allowed_basis=basis, allowed_parameters=tuple(used))
    if len(used) == 1 and EXTENSION_118E_FROM <= end:
        newer = [version for version in parameters.later(KADES_MASA_JABATAN, base)
                 if version.applies_to_running and end <= version.effective_from]
        if newer:
            term = replace(
                term, allowed_end=add_years(inaugurated, newer[0].value),
                allowed_basis=(f"perpanjangan menurut UU 3/2024 Pasal 118 huruf e sampai "
                               f"{newer[0].amount} sejak pelantikan"),
                allowed_parameters=(*used, newer[0]), extension_hint=_EXTENSION_HINT)
    return term


def village_head_term(profile: ProfileFacts | None,
                      parameters: Parameters) -> VillageHeadTerm | None:
    """The current term: the recorded end if any, else computed.

    Computed end = inauguration + the term length in force on the inauguration date
    (UU 6/2014 Pasal 39: 6 years; UU 3/2024 Pasal 39: 8 years from 25 April 2024). A later
    version marked ``applies_to_running`` that took effect while the term was running
    replaces the length (UU 3/2024 Pasal 118 huruf b and c: heads in their first, second or
    third term on 25 April 2024 finish it under the new law, i.e. 8 years). A term that had
    already ended is not touched, except that one ending from :data:`EXTENSION_118E_FROM` up
    to and including the day the new version took effect *could* be extended (huruf e) — by
    a decision the profile must record in ``kades_term_ends_on``.
    """
    if profile is None or profile.kades_acting:
        return None  # a Penjabat serves until a head is installed, not an elected term
    inaugurated = profile.kades_inaugurated_on
    computed = _computed_term(inaugurated, parameters) if inaugurated is not None else None
    if profile.kades_term_ends_on is None:
        return computed
    return VillageHeadTerm(
        inaugurated, profile.kades_term_ends_on, "tanggal akhir tercatat di profil desa", (),
        True, computed.allowed_end if computed else None,
        computed.allowed_basis if computed else "",
        computed.allowed_parameters if computed else (), None)


def _head_name(profile: ProfileFacts, *, with_term_number: bool = True) -> str:
    """"Kepala Desa H. Ahmad (periode ke-2, dilantik 15 Maret 2019)"."""
    parts = [f"Kepala Desa {profile.kades_name}" if profile.kades_name else "Kepala Desa"]
    details = []
    if with_term_number and profile.kades_term_number:
        details.append(f"periode ke-{profile.kades_term_number}")
    if profile.kades_inaugurated_on:
        details.append(f"dilantik {format_date(profile.kades_inaugurated_on)}")
    if details:
        parts.append(f"({', '.join(details)})")
    return " ".join(parts)


@rule(
    "KADES_JABATAN_SEGERA_BERAKHIR",
    title="Masa jabatan Kepala Desa berakhir dalam 6 bulan",
    message="BPD memberitahukan kepada Kepala Desa secara tertulis mengenai akan berakhirnya "
            "masa jabatan 6 bulan sebelum masa jabatan berakhir, lalu membentuk panitia "
            "pemilihan Kepala Desa.",
    source="UU 6/2014 Pasal 32 ayat (1); masa jabatan: UU 6/2014 Pasal 39 dan UU 3/2024 "
           "Pasal 39 dan 118",
    severity=PERINGATAN,
    parameters=(KADES_PEMBERITAHUAN, KADES_MASA_JABATAN),
)
def term_ending_soon(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """From (end − notice months) up to the day before the end."""
    term = village_head_term(facts.profile, parameters)
    notice = parameters.find(KADES_PEMBERITAHUAN, on)
    if term is None or notice is None or facts.profile is None:
        return
    notice_from = add_months(term.end, -notice.value)
    if not notice_from <= on < term.end:
        return
    days = (term.end - on).days
    told = facts.profile.bpd_term_notice_on
    notice_text = (f"Pemberitahuan tertulis BPD tercatat {format_date(told)}."
                   if told is not None else
                   f"BPD wajib memberitahukan secara tertulis {notice.amount} sebelumnya, yaitu pada "
                   f"{format_date(notice_from)}; pemberitahuan itu belum tercatat.")
    yield Hit(f"Masa jabatan {_head_name(facts.profile)} berakhir {format_date(term.end)} "
              f"({term.basis}), {days} hari lagi. {notice_text} BPD membentuk panitia pemilihan.",
              None, (*term.parameters, notice), notice_from)


@rule(
    "KADES_PEMBERITAHUAN_BPD_TERLAMBAT",
    title="Pemberitahuan BPD tentang berakhirnya masa jabatan terlambat",
    message="BPD memberitahukan kepada Kepala Desa secara tertulis mengenai akan berakhirnya "
            "masa jabatan 6 bulan sebelum masa jabatan berakhir.",
    source="UU 6/2014 Pasal 32 ayat (1)",
    severity=PELANGGARAN,
    parameters=(KADES_PEMBERITAHUAN, KADES_MASA_JABATAN),
)
def term_notice_late(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """A recorded notice dated after (end − notice months)."""
    profile = facts.profile
    term = village_head_term(profile, parameters)
    notice = parameters.find(KADES_PEMBERITAHUAN, on)
    if profile is None or term is None or notice is None or profile.bpd_term_notice_on is None:
        return
    due = add_months(term.end, -notice.value)
    if profile.bpd_term_notice_on <= due:
        return
    yield Hit(f"BPD memberitahukan berakhirnya masa jabatan {_head_name(profile)} secara tertulis "
              f"{format_date(profile.bpd_term_notice_on)}, sesudah batas {format_date(due)} "
              f"({notice.amount} sebelum akhir masa jabatan {format_date(term.end)}).",
              None, (*term.parameters, notice), due)


@rule(
    "KADES_JABATAN_BERAKHIR",
    title="Masa jabatan Kepala Desa telah berakhir",
    message="Kepala Desa diberhentikan karena berakhir masa jabatannya; profil desa harus "
            "mencatat Kepala Desa atau penjabat yang baru, atau perpanjangan yang sah.",
    source="UU 6/2014 Pasal 39 dan 40; UU 3/2024 Pasal 39 dan 118",
    severity=PERINGATAN,
    parameters=(KADES_MASA_JABATAN,),
)
def term_ended(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """On or after the end of the term, while the profile still shows the same head."""
    term = village_head_term(facts.profile, parameters)
    if term is None or facts.profile is None or on < term.end:
        return
    hint = f" {term.extension_hint}" if term.extension_hint else ""
    yield Hit(f"Masa jabatan {_head_name(facts.profile)} berakhir {format_date(term.end)} "
              f"({term.basis}); sampai {format_date(on)} profil desa belum mencatat Kepala Desa "
              f"atau penjabat yang baru.{hint}", None, term.parameters, term.end)


@rule(
    "KADES_AKHIR_JABATAN_TIDAK_SAH",
    title="Tanggal akhir masa jabatan tercatat melebihi ketentuan",
    message="Masa jabatan Kepala Desa 6 tahun (UU 6/2014) atau 8 tahun (UU 3/2024) sejak "
            "pelantikan, termasuk perpanjangan menurut ketentuan peralihan UU 3/2024 Pasal 118.",
    source="UU 6/2014 Pasal 39 ayat (1); UU 3/2024 Pasal 39 ayat (1) dan Pasal 118",
    severity=PERINGATAN,
    parameters=(KADES_MASA_JABATAN,),
)
def recorded_end_invalid(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """A recorded end later than the longest end the law allows for that inauguration date,
    or not after the inauguration."""
    profile = facts.profile
    term = village_head_term(profile, parameters)
    if profile is None or term is None or not term.recorded or profile.kades_inaugurated_on is None:
        return
    if term.end <= profile.kades_inaugurated_on:
        yield Hit(f"Tanggal akhir masa jabatan {_head_name(profile)} tercatat "
                  f"{format_date(term.end)}, tidak sesudah tanggal pelantikan.", None, (), term.end)
    elif term.allowed_end is not None and term.end > term.allowed_end:
        yield Hit(f"Tanggal akhir masa jabatan {_head_name(profile)} tercatat "
                  f"{format_date(term.end)}, melewati akhir yang dibolehkan "
                  f"{format_date(term.allowed_end)} ({term.allowed_basis}).",
                  None, term.allowed_parameters, term.end)


class _TermLimits(NamedTuple):
    number: int
    inaugurated: dt.date
    maximum: ParameterVersion
    transitional_extra: ParameterVersion


def _term_limits(profile: ProfileFacts | None, parameters: Parameters) -> _TermLimits | None:
    """The head's term number and the limits in force on the inauguration date."""
    if (profile is None or profile.kades_acting or profile.kades_term_number is None
            or profile.kades_inaugurated_on is None):
        return None
    maximum = parameters.find(KADES_MAKS_PERIODE, profile.kades_inaugurated_on)
    extra = parameters.find(KADES_TAMBAHAN_PERIODE_PERALIHAN, profile.kades_inaugurated_on)
    if maximum is None or extra is None:
        return None
    return _TermLimits(profile.kades_term_number, profile.kades_inaugurated_on, maximum, extra)


@rule(
    "KADES_PERIODE_MELEBIHI",
    title="Kepala Desa melebihi batas periode",
    message="Kepala Desa dapat menjabat paling banyak 3 kali masa jabatan (UU 6/2014) atau "
            "2 kali (UU 3/2024, ditambah 1 periode bagi yang telah menjabat 2 periode "
            "sebelumnya), menurut ketentuan yang berlaku saat masa jabatan dimulai.",
    source="UU 6/2014 Pasal 39 ayat (2); UU 3/2024 Pasal 39 ayat (2) dan Pasal 118 huruf a",
    severity=PELANGGARAN,
    parameters=(KADES_MAKS_PERIODE, KADES_TAMBAHAN_PERIODE_PERALIHAN),
)
def too_many_terms(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """Term number above max + transitional extra, as in force on the inauguration date."""
    limits = _term_limits(facts.profile, parameters)
    if facts.profile is None or limits is None:
        return
    number, inaugurated, maximum, extra = limits
    if number <= maximum.value + extra.value:
        return
    allowed = maximum.amount + (f" ditambah {extra.amount} peralihan" if extra.value else "")
    yield Hit(f"{_head_name(facts.profile, with_term_number=False)} menjabat periode "
              f"ke-{number}; untuk masa jabatan yang dimulai {format_date(inaugurated)} "
              f"batasnya {allowed} ({maximum.source}).",
              None, (maximum, extra) if extra.value else (maximum,), inaugurated)


@rule(
    "KADES_PERIODE_PERALIHAN",
    title="Periode Kepala Desa hanya sah menurut ketentuan peralihan",
    message="Sejak UU 3/2024 Kepala Desa paling banyak menjabat 2 periode; periode ke-3 hanya "
            "sah bila periode kedua telah dijalani, atau masih berjalan, pada saat UU 3/2024 "
            "berlaku (Pasal 118 huruf a). Perlu diperiksa.",
    source="UU 3/2024 Pasal 39 ayat (2) dan Pasal 118 huruf a",
    severity=PERINGATAN,
    parameters=(KADES_MAKS_PERIODE, KADES_TAMBAHAN_PERIODE_PERALIHAN),
)
def transitional_term(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """Term number above the max but within the transitional extra."""
    limits = _term_limits(facts.profile, parameters)
    if facts.profile is None or limits is None:
        return
    number, inaugurated, maximum, extra = limits
    if not maximum.value < number <= maximum.value + extra.value:
        return
    yield Hit(f"{_head_name(facts.profile, with_term_number=False)} menjabat periode "
              f"ke-{number}, melebihi {maximum.amount} menurut {maximum.source} yang berlaku "
              f"saat masa jabatan dimulai; sah hanya bila periode ke-{maximum.value} telah "
              f"dijalani, atau masih berjalan, pada {format_date(extra.effective_from)} saat "
              f"ketentuan itu berlaku ({extra.source}).",
              None, (maximum, extra), inaugurated)


#: This module's rules, in report order.
RULES: tuple[Rule, ...] = (
    term_ending_soon, term_notice_late, term_ended, recorded_end_invalid, too_many_terms,
    transitional_term,
)
