"""Rules on the village government's organisation (SOTK, Permendagri 84/2015): the number
of urusan in the Sekretariat and of seksi in the pelaksana teknis, in general and for the
village's classification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from perut_desktop.enums import Classification

from .findings import PELANGGARAN, Hit, Rule, rule
from .inputs import SOTK_SOURCES, VillageFacts
from .params import (
    SOTK_SEKSI_MAKS,
    SOTK_SEKSI_MIN,
    SOTK_SWADAYA_SEKSI,
    SOTK_SWADAYA_URUSAN,
    SOTK_SWASEMBADA_SEKSI,
    SOTK_SWASEMBADA_URUSAN,
    SOTK_URUSAN_MAKS,
    SOTK_URUSAN_MIN,
    Parameters,
    ParameterVersion,
)


def _in_force(on: dt.date, parameters: Parameters,
              *names: str) -> tuple[ParameterVersion, ...] | None:
    """The versions of ``names`` in force on ``on``, or None when one of them is not."""
    versions = tuple(version for name in names
                     if (version := parameters.find(name, on)) is not None)
    return versions if len(versions) == len(names) else None


@rule(
    "SOTK_BATAS",
    title="Jumlah urusan/seksi di luar batas",
    message="Sekretariat Desa terdiri atas paling sedikit 2 dan paling banyak 3 urusan; "
            "pelaksana teknis paling sedikit 2 dan paling banyak 3 seksi.",
    source="Permendagri 84/2015",
    severity=PELANGGARAN,
    parameters=(SOTK_URUSAN_MIN, SOTK_URUSAN_MAKS, SOTK_SEKSI_MIN, SOTK_SEKSI_MAKS),
)
def unit_bounds(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """The profile's counts against the general bounds in force on ``on``."""
    profile = facts.profile
    if profile is None:
        return
    for count, unit, min_name, max_name, body in (
        (profile.sotk_urusan, "urusan", SOTK_URUSAN_MIN, SOTK_URUSAN_MAKS, "Sekretariat Desa"),
        (profile.sotk_seksi, "seksi", SOTK_SEKSI_MIN, SOTK_SEKSI_MAKS, "pelaksana teknis"),
    ):
        bounds = _in_force(on, parameters, min_name, max_name)
        if count is None or bounds is None:
            continue
        low, high = bounds
        if low.value <= count <= high.value:
            continue
        side = f"lebih dari {high.value}" if count > high.value else f"kurang dari {low.value}"
        yield Hit(f"{SOTK_SOURCES[profile.sotk_source]} {count} {unit} pada {body}, {side} {unit} "
                  f"(batas {low.value}–{high.value} {unit}).", None, bounds, None)


@rule(
    "SOTK_KLASIFIKASI",
    title="SOTK tidak sesuai klasifikasi desa",
    message="Susunan organisasi disesuaikan dengan tingkat perkembangan desa: desa swadaya "
            "hanya 2 urusan dan 2 seksi, desa swasembada 3 urusan dan 3 seksi, desa swakarya "
            "2 atau 3.",
    source="Permendagri 84/2015",
    severity=PELANGGARAN,
    parameters=(SOTK_SWADAYA_URUSAN, SOTK_SWADAYA_SEKSI, SOTK_SWASEMBADA_URUSAN,
                SOTK_SWASEMBADA_SEKSI, SOTK_URUSAN_MIN, SOTK_URUSAN_MAKS,
                SOTK_SEKSI_MIN, SOTK_SEKSI_MAKS),
)
def units_for_classification(facts: VillageFacts, on: dt.date,
                             parameters: Parameters) -> Iterator[Hit]:
    """Swadaya must have exactly the swadaya counts, swasembada exactly the swasembada
    counts; swakarya anything within the general bounds. Counts outside the general
    bounds are SOTK_BATAS's finding and are not repeated here."""
    profile = facts.profile
    if profile is None or profile.classification not in (Classification.SWADAYA,
                                                         Classification.SWASEMBADA):
        return
    if profile.classification == Classification.SWADAYA:
        want = _in_force(on, parameters, SOTK_SWADAYA_URUSAN, SOTK_SWADAYA_SEKSI)
    else:
        want = _in_force(on, parameters, SOTK_SWASEMBADA_URUSAN, SOTK_SWASEMBADA_SEKSI)
    bounds = _in_force(on, parameters, SOTK_URUSAN_MIN, SOTK_URUSAN_MAKS,
                       SOTK_SEKSI_MIN, SOTK_SEKSI_MAKS)
    if want is None or bounds is None:
        return
    urusan_min, urusan_max, seksi_min, seksi_max = (version.value for version in bounds)
    want_urusan, want_seksi = want[0].value, want[1].value
    wrong = []
    if (profile.sotk_urusan is not None and urusan_min <= profile.sotk_urusan <= urusan_max
            and profile.sotk_urusan != want_urusan):
        wrong.append(f"{profile.sotk_urusan} urusan")
    if (profile.sotk_seksi is not None and seksi_min <= profile.sotk_seksi <= seksi_max
            and profile.sotk_seksi != want_seksi):
        wrong.append(f"{profile.sotk_seksi} seksi")
    if not wrong:
        return
    only = "hanya memiliki" if profile.classification == Classification.SWADAYA else "memiliki"
    counted = ("mencatat" if profile.sotk_source == "profil"
               else "menurut daftar aparatur yang aktif memiliki")
    yield Hit(f"Desa {facts.village_name} berklasifikasi {profile.classification} dan {counted} "
              f"{' dan '.join(wrong)}; desa {profile.classification} {only} {want_urusan} urusan "
              f"dan {want_seksi} seksi.", None, want, None)


#: This module's rules, in report order.
RULES: tuple[Rule, ...] = (unit_bounds, units_for_classification)
