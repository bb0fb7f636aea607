"""Indonesian words the findings share: dates, elapsed time, limits, regulation names."""

from __future__ import annotations

import datetime as dt

from perut_desktop.services import workdays

from .inputs import TOPIC_LABELS, RegulationFacts
from .params import ParameterVersion

_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")

_KIND_LABELS = {"perdes": "Perdes", "perkades": "Perkades",
                "perber": "Peraturan Bersama Kepala Desa"}


def format_date(date: dt.date) -> str:
    """Indonesian date: 9 Januari 2024."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def elapsed(start: dt.date, end: dt.date, unit: str) -> str:
    """How long from ``start`` to ``end`` in the unit of a deadline: "9 hari", "23 hari kerja"."""
    if unit == "hari_kerja":
        return f"{workdays.working_days_between(start, end)} hari kerja"
    return f"{(end - start).days} hari"


def limit_text(version: ParameterVersion, due: dt.date) -> str:
    """"batas 7 hari, paling lambat 9 Januari 2024" (working days say what they skip)."""
    skipped = (" (tanpa Sabtu/Minggu, libur nasional dan cuti bersama)"
               if version.unit == "hari_kerja" else "")
    return f"batas {version.amount}{skipped}, paling lambat {format_date(due)}"


def regulation_label(regulation: RegulationFacts, *, draft: bool = False) -> str:
    """'Perdes No. 3/2024 tentang APB Desa 2024' or 'Rancangan Perdes "APB Desa 2024"'."""
    kind = _KIND_LABELS[regulation.kind]
    prefix = "Rancangan " if draft else ""
    if regulation.number:
        number = regulation.number.strip()
        if regulation.year and str(regulation.year) not in number:
            number = f"{number}/{regulation.year}"
        title = regulation.title.strip()
        if title and not title.lower().startswith("tentang"):
            title = f"tentang {title}"
        return f"{prefix}{kind} No. {number}" + (f" {title}" if title else "")
    return f'{prefix}{kind} "{regulation.title.strip()}"'


def topic_suffix(regulation: RegulationFacts) -> str:
    """" (Perubahan RKP Desa)" unless the title already says it."""
    name = TOPIC_LABELS[regulation.topic]
    return "" if name.lower() in regulation.title.lower() else f" ({name})"


def lowercase_first(text: str) -> str:
    """The text with its first letter in lower case, to go inside a sentence."""
    return text[0].lower() + text[1:]
