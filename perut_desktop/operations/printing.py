"""The *Laporan* page's documents: the same operations as ``perut report`` and ``perut
export excel``, writing into a folder the user chose under names that say what each is,
and the officials workbook read back with a preview before anything is saved."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perut_desktop.errors import Hint, UsageError
from perut_desktop.operations.changes import Changed, Changes
from perut_desktop.reports import documents, excel
from perut_desktop.services import officials_import, recap, villages

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from perut_desktop.db import Replica

Progress = Callable[[int, int, str], None]

__all__ = [
    "DocumentsMade", "OfficialsPreview", "apply_officials", "attendance_sheet", "blank_checklists", "excel_recap",
    "preview_officials", "visit_report",
]


@dataclass(frozen=True)
class DocumentsMade:
    paths: tuple[Path, ...]
    title: str  # what was made, for people ("Daftar periksa Desa Awayan")

    @property
    def folder(self) -> Path:
        return self.paths[0].parent


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "desa"


def blank_checklists(replica: Replica, folder: Path, village: str | None, paper: str | None = None,
                     progress: Progress | None = None, out: Path | None = None) -> DocumentsMade:
    """Operation: the blank checklist of one village, or of every village (``None``), one
    PDF each into ``folder``. ``village`` is a code or name, as everywhere. ``out`` (one
    village only): the file to write instead of the name made in ``folder``."""
    if village is None:
        written = documents.checklist_pdfs_all(replica, folder, paper, progress=progress)
        return DocumentsMade(tuple(w.path for w in written), f"Daftar periksa {len(written)} desa")
    with replica.begin() as s:
        v = villages.find_village(s, village)
        name = documents.checklist_filename(v.code, v.name)
    written_one = documents.checklist_pdf(replica, village, out or folder / name, paper)
    return DocumentsMade((written_one.path,), written_one.title)


def attendance_sheet(replica: Replica, folder: Path, village: str, on: dt.date | None,
                     paper: str | None = None, out: Path | None = None) -> DocumentsMade:
    """Operation: the *Daftar Hadir* of a village for a meeting date (or undated); ``out``:
    the file to write instead of the name made in ``folder``."""
    with replica.begin() as s:
        v = villages.find_village(s, village)
        name = f"daftar-hadir-{_slug(v.name)}{'-' + on.isoformat() if on else ''}.pdf"
    w = documents.attendance_pdf(replica, village, out or folder / name, on, paper)
    return DocumentsMade((w.path,), w.title)


def visit_report(replica: Replica, folder: Path, visit_id: str, paper: str | None = None,
                 out: Path | None = None) -> DocumentsMade:
    """Operation: the *Laporan Hasil Pendampingan* of one visit; ``out``: the file to write
    instead of the name made in ``folder``."""
    from perut_desktop.services.visit_list import visit_detail

    with replica.begin() as s:
        d = visit_detail(s, visit_id)
        name = f"laporan-{_slug(d.summary.village_name)}-{d.summary.visit_date.isoformat()}.pdf"
    w = documents.visit_pdf(replica, visit_id, out or folder / name, paper)
    return DocumentsMade((w.path,), w.title)


def excel_recap(replica: Replica, folder: Path, *, date_from: dt.date | None, date_to: dt.date | None,
                village: str | None, approved_only: bool, progress: Progress | None = None,
                out: Path | None = None) -> DocumentsMade:
    """Operation: the Excel recap of a period (and a village), as ``perut export excel``;
    ``out``: the file to write instead of the name made in ``folder``."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"Tanggal awal {date_from:%d-%m-%Y} sesudah tanggal akhir {date_to:%d-%m-%Y}.",
                         hint=Hint.CHECK_PERIOD)
    excel.check_output(out or folder / "rekap-pendampingan.xlsx")
    total = recap.RECAP_STEPS + excel.WRITE_STEPS

    def stage(offset: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, _total, label: progress(offset + done, total, label)

    with replica.begin() as s:
        period = recap.resolve_period(s, date_from=date_from, date_to=date_to, village=village)
        data = recap.build_recap(s, period, stage(0), approved_only=approved_only)
    where = f"-{_slug(period.village_name)}" if period.village_name else ""
    name = f"rekap-pendampingan{where}-{period.date_from:%Y%m%d}-{period.date_to:%Y%m%d}.xlsx"
    out = out or folder / name
    excel.check_output(out)
    excel.write_recap(data, out, stage(recap.RECAP_STEPS))
    return DocumentsMade((out,), "Rekap pendampingan (Excel)")


@dataclass(frozen=True)
class OfficialsPreview:
    path: Path
    plan: officials_import.ImportPlan


def preview_officials(session: Session, path: Path) -> OfficialsPreview:
    """What reading an edited *Aparatur Desa* sheet back would change; saves nothing."""
    sheet = excel.read_officials(path)
    return OfficialsPreview(path, officials_import.plan_import(session, sheet.rows))


def apply_officials(session: Session, path: Path) -> officials_import.ImportResult:
    """Save what the sheet changes (planned again in this unit of work)."""
    sheet = excel.read_officials(path)
    return officials_import.apply_import(session, officials_import.plan_import(session, sheet.rows))


def changed(value: Any) -> Changed[Any]:
    """A document operation changes no records."""
    return Changed(value, Changes())
