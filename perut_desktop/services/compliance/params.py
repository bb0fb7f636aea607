"""Numeric parameters of the compliance rules, versioned by the date each took effect.

The law moves (UU 3/2024 changed the Kepala Desa's term from 6 to 8 years on 25 April
2024), so no day count, year count or limit is written into the rules. They live in
``resources/compliance_parameters.json``; the office adds a *new version* of a parameter
(same ``name``, later ``effective_from``, its legal ``source``) when a rule changes, and the
program follows without a new release. Old versions stay: a finding about an event in 2023
is judged by the version in force in 2023 and cites it.

File format (``"format": 1``)::

    {"format": 1,
     "parameters": [
        {"name": "perdes_serah_kades_hari", "value": 7, "unit": "hari",
         "effective_from": "2014-05-30", "source": "PP 43/2014 Pasal 84 ayat (1)",
         "note": "...", "applies_to_running": false},
        ...]}

* ``value`` — a whole number ≥ 0.
* ``unit`` — ``hari`` (calendar days), ``hari_kerja`` (Indonesian working days, see
  :mod:`.workdays`), ``bulan``, ``tahun``, ``kali``, ``periode`` or ``unit``. A deadline
  parameter may switch between ``hari`` and ``hari_kerja`` in a later version: that is how
  the office would follow a different reading of "Hari".
* ``effective_from`` — ISO date from which this version is in force (inclusive).
* ``source`` — the legal citation; ``note`` — free text (may be empty).
* ``applies_to_running`` (optional, default false) — the new version also governs what was
  already running on ``effective_from`` (a transitional provision, e.g. UU 3/2024 Pasal 118
  for Kepala Desa terms running on 25 April 2024).

:func:`value` / :meth:`Parameters.value` pick the version in force on a date.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from perut_desktop.errors import InputRejected, os_reason

FILE_NAME = "compliance_parameters.json"
#: Environment variable naming another parameter file (e.g. one the office maintains).
ENV_VAR = "PERUT_COMPLIANCE_PARAMETERS"
FORMAT = 1

UNITS = {
    "hari": "hari",
    "hari_kerja": "hari kerja",
    "bulan": "bulan",
    "tahun": "tahun",
    "kali": "kali",
    "periode": "periode",
    "unit": "unit",
}
DAY_UNITS = frozenset({"hari", "hari_kerja"})

# Parameter names used by the rules, with the units each may have.
PERDES_SERAH_KADES = "perdes_serah_kades_hari"
PERDES_PENETAPAN = "perdes_penetapan_hari"
PERDES_KIRIM_BUPATI = "perdes_kirim_bupati_hari"
EVALUASI_BUPATI = "evaluasi_bupati_hari_kerja"
EVALUASI_PERBAIKAN = "evaluasi_perbaikan_hari"
APBDES_PERUBAHAN_MAKS = "apbdes_perubahan_maks_per_tahun"
APBDES_PENYEMPURNAAN = "apbdes_penyempurnaan_hari_kerja"
APBDES_PENETAPAN = "apbdes_penetapan_bulan_tahun_sebelumnya"
KADES_MASA_JABATAN = "kades_masa_jabatan_tahun"
KADES_MAKS_PERIODE = "kades_maks_periode"
KADES_TAMBAHAN_PERIODE_PERALIHAN = "kades_tambahan_periode_peralihan"
KADES_PEMBERITAHUAN = "kades_pemberitahuan_bulan"
SOTK_URUSAN_MIN = "sotk_urusan_min"
SOTK_URUSAN_MAKS = "sotk_urusan_maks"
SOTK_SEKSI_MIN = "sotk_seksi_min"
SOTK_SEKSI_MAKS = "sotk_seksi_maks"
SOTK_SWADAYA_URUSAN = "sotk_swadaya_urusan"
SOTK_SWADAYA_SEKSI = "sotk_swadaya_seksi"
SOTK_SWASEMBADA_URUSAN = "sotk_swasembada_urusan"
SOTK_SWASEMBADA_SEKSI = "sotk_swasembada_seksi"
PILKADES_LAPORAN_PANITIA = "pilkades_laporan_panitia_hari"
PILKADES_LAPORAN_BPD = "pilkades_laporan_bpd_hari"
PILKADES_PENGESAHAN = "pilkades_pengesahan_hari"
PILKADES_PELANTIKAN = "pilkades_pelantikan_hari"
MUSDES_PENGGANTI = "musdes_pengganti_bulan"

REQUIRED: Mapping[str, frozenset[str]] = {
    PERDES_SERAH_KADES: DAY_UNITS,
    PERDES_PENETAPAN: DAY_UNITS,
    PERDES_KIRIM_BUPATI: DAY_UNITS,
    EVALUASI_BUPATI: DAY_UNITS,
    EVALUASI_PERBAIKAN: DAY_UNITS,
    APBDES_PERUBAHAN_MAKS: frozenset({"kali"}),
    APBDES_PENYEMPURNAAN: DAY_UNITS,
    APBDES_PENETAPAN: frozenset({"bulan"}),
    KADES_MASA_JABATAN: frozenset({"tahun"}),
    KADES_MAKS_PERIODE: frozenset({"periode"}),
    KADES_TAMBAHAN_PERIODE_PERALIHAN: frozenset({"periode"}),
    KADES_PEMBERITAHUAN: frozenset({"bulan"}),
    SOTK_URUSAN_MIN: frozenset({"unit"}),
    SOTK_URUSAN_MAKS: frozenset({"unit"}),
    SOTK_SEKSI_MIN: frozenset({"unit"}),
    SOTK_SEKSI_MAKS: frozenset({"unit"}),
    SOTK_SWADAYA_URUSAN: frozenset({"unit"}),
    SOTK_SWADAYA_SEKSI: frozenset({"unit"}),
    SOTK_SWASEMBADA_URUSAN: frozenset({"unit"}),
    SOTK_SWASEMBADA_SEKSI: frozenset({"unit"}),
    PILKADES_LAPORAN_PANITIA: DAY_UNITS,
    PILKADES_LAPORAN_BPD: DAY_UNITS,
    PILKADES_PENGESAHAN: DAY_UNITS,
    PILKADES_PELANTIKAN: DAY_UNITS,
    MUSDES_PENGGANTI: frozenset({"bulan"}),
}

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_KEYS = {"name", "value", "unit", "effective_from", "source", "note"}
_OPTIONAL_KEYS = {"applies_to_running"}


class ParameterError(InputRejected):
    """The parameter file is missing, malformed, or lacks a parameter the rules need."""


def _date_id(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


@dataclass(frozen=True, order=True)
class ParameterVersion:
    """One version of one parameter: in force from ``effective_from`` until the next one."""

    name: str
    effective_from: dt.date
    value: int
    unit: str
    source: str
    note: str = ""
    applies_to_running: bool = False

    @property
    def amount(self) -> str:
        """The value with its unit, in Indonesian: "7 hari", "20 hari kerja"."""
        return f"{self.value} {UNITS[self.unit]}"

    def cite(self) -> str:
        """"perdes_serah_kades_hari = 7 hari (berlaku sejak 30-05-2014; PP 43/2014 Pasal 84 ayat (1))"."""
        return (f"{self.name} = {self.amount} (berlaku sejak {_date_id(self.effective_from)}; "
                f"{self.source})")

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "value": self.value, "unit": self.unit,
            "effective_from": self.effective_from.isoformat(), "source": self.source,
            "note": self.note, "applies_to_running": self.applies_to_running,
        }


class Parameters:
    """A validated set of parameter versions. Immutable once built."""

    def __init__(self, versions: Iterable[ParameterVersion], *, origin: str = "<memori>",
                 required: Mapping[str, frozenset[str]] | None = REQUIRED) -> None:
        self.origin = origin
        by_name: dict[str, list[ParameterVersion]] = {}
        for v in versions:
            by_name.setdefault(v.name, []).append(v)
        for name, vs in by_name.items():
            vs.sort(key=lambda v: v.effective_from)
            for a, b in zip(vs, vs[1:]):
                if a.effective_from == b.effective_from:
                    raise ParameterError(
                        f"Parameter {name} punya dua versi yang berlaku sejak "
                        f"{a.effective_from.isoformat()} ({origin}).")
        for name, units in (required or {}).items():
            if name not in by_name:
                raise ParameterError(f"Parameter {name} tidak ada di {origin}.")
            for v in by_name[name]:
                if v.unit not in units:
                    raise ParameterError(
                        f"Parameter {name} (berlaku sejak {v.effective_from.isoformat()}) "
                        f"bersatuan '{v.unit}'; yang diterima: {', '.join(sorted(units))} ({origin}).")
        self._by_name = {name: tuple(vs) for name, vs in by_name.items()}

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_mapping(cls, data: Any, *, origin: str = "<memori>",
                     required: Mapping[str, frozenset[str]] | None = REQUIRED) -> Parameters:
        """Validate the decoded JSON document (see the module docstring)."""
        if not isinstance(data, dict) or not isinstance(data.get("parameters"), list):
            raise ParameterError(f"Berkas parameter {origin} harus berisi objek dengan daftar 'parameters'.")
        if data.get("format") != FORMAT:
            raise ParameterError(f"Berkas parameter {origin}: format {data.get('format')!r} tidak dikenal "
                                 f"(harus {FORMAT}).")
        return cls((_parse_item(i, item, origin) for i, item in enumerate(data["parameters"], 1)),
                   origin=origin, required=required)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *,
                  required: Mapping[str, frozenset[str]] | None = REQUIRED) -> Parameters:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise ParameterError(f"Berkas parameter {p} tidak dapat dibaca: {os_reason(exc)}.") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParameterError(f"Berkas parameter {p} bukan JSON yang sah (baris {exc.lineno}).") from exc
        return cls.from_mapping(data, origin=str(p), required=required)

    # -- queries --------------------------------------------------------------------------
    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_name))

    def history(self, name: str) -> tuple[ParameterVersion, ...]:
        """All versions of ``name``, oldest first."""
        try:
            return self._by_name[name]
        except KeyError:
            raise ParameterError(f"Parameter {name} tidak dikenal ({self.origin}).") from None

    def find(self, name: str, on_date: dt.date) -> ParameterVersion | None:
        """The version of ``name`` in force on ``on_date``, or None before the first one."""
        found = None
        for v in self.history(name):
            if v.effective_from <= on_date:
                found = v
            else:
                break
        return found

    def version(self, name: str, on_date: dt.date) -> ParameterVersion:
        """Like :meth:`find` but raises :class:`ParameterError` when none is in force."""
        v = self.find(name, on_date)
        if v is None:
            raise ParameterError(f"Parameter {name} belum berlaku pada {on_date.isoformat()} ({self.origin}).")
        return v

    def value(self, name: str, on_date: dt.date) -> int:
        """The value of ``name`` in force on ``on_date``."""
        return self.version(name, on_date).value

    def later(self, name: str, after: ParameterVersion) -> tuple[ParameterVersion, ...]:
        """The versions of ``name`` that took effect after ``after``."""
        return tuple(v for v in self.history(name) if v.effective_from > after.effective_from)

    def as_dict(self) -> dict[str, Any]:
        return {"format": FORMAT,
                "parameters": [v.as_dict() for n in self.names() for v in self._by_name[n]]}

    def __repr__(self) -> str:
        return f"Parameters({self.origin!r}, {len(self._by_name)} nama)"


def _parse_item(i: int, item: Any, origin: str) -> ParameterVersion:
    where = f"parameter ke-{i} di {origin}"
    if not isinstance(item, dict):
        raise ParameterError(f"{where.capitalize()} harus berupa objek.")
    missing = _KEYS - set(item)
    if missing:
        raise ParameterError(f"{where.capitalize()}: kolom {', '.join(sorted(missing))} tidak ada.")
    unknown = set(item) - _KEYS - _OPTIONAL_KEYS
    if unknown:
        raise ParameterError(f"{where.capitalize()}: kolom {', '.join(sorted(unknown))} tidak dikenal.")
    name = item["name"]
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise ParameterError(f"{where.capitalize()}: nama {name!r} tidak sah (huruf kecil, angka, garis bawah).")
    where = f"parameter {name} di {origin}"
    value = item["value"]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ParameterError(f"Nilai {where} harus bilangan bulat ≥ 0, bukan {value!r}.")
    unit = item["unit"]
    if unit not in UNITS:
        raise ParameterError(f"Satuan {where} '{unit}' tidak dikenal; pilih {', '.join(UNITS)}.")
    raw_date = item["effective_from"]
    try:
        if not isinstance(raw_date, str):
            raise ValueError
        effective = dt.date.fromisoformat(raw_date)
    except ValueError:
        raise ParameterError(f"Tanggal berlaku {where} harus tanggal ISO (YYYY-MM-DD), bukan {raw_date!r}.") from None
    source = item["source"]
    if not isinstance(source, str) or not source.strip():
        raise ParameterError(f"Sumber hukum {where} wajib diisi.")
    note = item["note"]
    if not isinstance(note, str):
        raise ParameterError(f"Catatan {where} harus teks.")
    running = item.get("applies_to_running", False)
    if not isinstance(running, bool):
        raise ParameterError(f"applies_to_running {where} harus true atau false.")
    return ParameterVersion(name=name, effective_from=effective, value=value, unit=unit,
                            source=source.strip(), note=note.strip(), applies_to_running=running)


def default_path() -> Path:
    """``$PERUT_COMPLIANCE_PARAMETERS`` if set, else the shipped resource file."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    from perut_desktop.paths import resource

    return resource(FILE_NAME)


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int) -> Parameters:
    return Parameters.from_file(path)


def load(path: str | os.PathLike[str] | None = None) -> Parameters:
    """Load and validate a parameter file (default: :func:`default_path`). Cached per file
    and modification time, so an edited file is read again."""
    p = Path(path) if path is not None else default_path()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise ParameterError(f"Berkas parameter {p} tidak ditemukan.") from exc
    return _load_cached(str(p), mtime)


def value(name: str, on_date: dt.date) -> int:
    """The value of ``name`` in force on ``on_date``, from the default parameter file."""
    return load().value(name, on_date)


def version(name: str, on_date: dt.date) -> ParameterVersion:
    """The version of ``name`` in force on ``on_date``, from the default parameter file."""
    return load().version(name, on_date)
