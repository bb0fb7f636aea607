"""The Excel recap workbook (DESIGN.md §6) and the reader of its officials sheet.

Sheets: *Rekap Kunjungan*, *Kelengkapan Buku*, *Tindak Lanjut*, *Cakupan*, *Kepatuhan*,
*Aparatur Desa*. Each has a title block (kecamatan, kabupaten, period), a styled header
under it with frozen panes, an auto-filter, real date and number cells (scores are
fractions shown with a % format), and an A4 landscape, fit-to-width print set-up that
repeats the header rows on every page. The workbook is streamed (openpyxl write-only
mode), so every sheet setting is made before its first row is written.

*Aparatur Desa* can be edited and read back (``perut import officials``): it carries each
official's row id in a hidden first column; :func:`read_officials` finds the sheet and its
header row by the header names.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.dates import format_date
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from perut_desktop.errors import Hint, InputRejected, os_reason
from perut_desktop.enums import ResultStatus, VisitStatus
from perut_desktop.reports.output import cannot_write, check_output_path, check_writable, unused_name
from perut_desktop.services.compliance import SEVERITY_LABELS
from perut_desktop.services.officials_import import (
    BODY_LABELS,
    FIELD_LABELS,
    NO,
    REQUIRED_FIELDS,
    YES,
    SheetRow,
)
from perut_desktop.services.recap import Recap

ProgressFn = Callable[[int, int, str], None]

SHEET_VISITS = "Rekap Kunjungan"
SHEET_BOOKS = "Kelengkapan Buku"
SHEET_FOLLOW_UPS = "Tindak Lanjut"
SHEET_COVERAGE = "Cakupan"
SHEET_COMPLIANCE = "Kepatuhan"
SHEET_OFFICIALS = "Aparatur Desa"
SHEETS = (SHEET_VISITS, SHEET_BOOKS, SHEET_FOLLOW_UPS, SHEET_COVERAGE, SHEET_COMPLIANCE, SHEET_OFFICIALS)

LOCALE = "id"
DATE_FORMAT = "dd/mm/yyyy"
#: Fills (Excel's own conditional-format palette, readable in black and white print too).
GREEN, YELLOW, RED, GREY, BLUE = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9", "DDEBF7"
HEADER_FILL = "BDD7EE"
RESULT_FILLS = {ResultStatus.LENGKAP.value: GREEN, ResultStatus.BELUM_LENGKAP.value: YELLOW,
                ResultStatus.TIDAK_ADA.value: RED, ResultStatus.TIDAK_BERLAKU.value: GREY}
RESULT_SHORT = {ResultStatus.LENGKAP.value: "Lengkap", ResultStatus.BELUM_LENGKAP.value: "Belum lengkap",
                ResultStatus.TIDAK_ADA.value: "Tidak ada", ResultStatus.TIDAK_BERLAKU.value: "Tidak berlaku"}
SEVERITY_FILLS = {"pelanggaran": RED, "peringatan": YELLOW, "informasi": BLUE}
#: Coverage cell states: fill and legend text.
COVERAGE_STATES = {
    "done": (GREEN, "Direncanakan dan terlaksana (angka: jumlah kunjungan)"),
    "missed": (RED, "Direncanakan, belum terlaksana"),
    "scheduled": (BLUE, "Direncanakan, belum jatuh tempo"),
    "extra": (YELLOW, "Terlaksana tanpa rencana"),
}
TITLE_ROWS = 5  # title, kecamatan, period, note, blank
MAX_OFFICIAL_ROWS = 20_000
_HEADER_SCAN_ROWS = 30
_BLANK_ROWS_VALIDATED = 300  # rows below the officials list that keep the drop-down lists


# --- styles ----------------------------------------------------------------------------------


#: Our cell styles are named "perut …" so that none clashes with Excel's built-in "Title" or "Note".
_STYLE_PREFIX = "perut "
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _named(name: str, *, fill: str | None = None, fmt: str = "General", horizontal: str | None = None,
           wrap: bool = False, bold: bool = False, border: bool = True, size: float = 10,
           italic: bool = False) -> NamedStyle:
    style = NamedStyle(name=_STYLE_PREFIX + name)
    style.font = Font(name="Calibri", size=size, bold=bold, italic=italic)
    style.alignment = Alignment(horizontal=horizontal, vertical="center" if border else "top",
                                wrap_text=wrap)
    style.number_format = fmt
    if border:
        style.border = _BORDER
    if fill:
        style.fill = PatternFill("solid", start_color=fill, end_color=fill)
    return style


def _add_styles(wb: Workbook) -> None:
    wb.add_named_style(_named("title", bold=True, size=14, border=False))
    wb.add_named_style(_named("subtitle", bold=True, size=11, border=False))
    wb.add_named_style(_named("note", italic=True, size=9, border=False))
    wb.add_named_style(_named("header", fill=HEADER_FILL, bold=True, horizontal="center", wrap=True))
    wb.add_named_style(_named("legend", size=9, border=False))
    plain = {"text": {}, "wrap": {"wrap": True}, "code": {"fmt": "@"}, "date": {"fmt": DATE_FORMAT,
             "horizontal": "center"}, "int": {"fmt": "0"}, "pct": {"fmt": "0%"}, "mark": {"horizontal": "center"}}
    fills = {"": None, "green": GREEN, "yellow": YELLOW, "red": RED, "grey": GREY, "blue": BLUE}
    for kind, opts in plain.items():
        for fname, colour in fills.items():
            wb.add_named_style(_named(f"{kind}{'_' + fname if fname else ''}", fill=colour, **opts))


_FILL_NAMES = {GREEN: "green", YELLOW: "yellow", RED: "red", GREY: "grey", BLUE: "blue"}


def _filled(kind: str, colour: str | None) -> str:
    return f"{kind}_{_FILL_NAMES[colour]}" if colour else kind


# --- a streamed sheet -----------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text, wrap, code, date, int, pct, mark
    group: str | None = None  # a label over several columns (a second header row)
    hidden: bool = False


def _long_date(day: dt.date) -> str:
    return format_date(day, "d MMMM y", locale=LOCALE)


class _Sheet:
    """A write-only sheet with the house layout. Settings first, then rows, then finish."""

    def __init__(self, wb: Workbook, recap: Recap, title: str, heading: str, columns: Sequence[Column], *,
                 note: str = "", freeze_cols: int = 0, header_height: float | None = None) -> None:
        self.ws: Any = wb.create_sheet(title)  # a write-only sheet (openpyxl has no public type for it)
        self.columns = list(columns)
        self.grouped = any(c.group for c in self.columns)
        self.header_row = TITLE_ROWS + 1
        self.first_data_row = self.header_row + (2 if self.grouped else 1)
        self.row_number = 0
        ws = self.ws
        for n, col in enumerate(self.columns, start=1):
            dim = ws.column_dimensions[get_column_letter(n)]
            dim.width = col.width
            dim.hidden = col.hidden
            if col.kind == "code":
                dim.number_format = "@"  # typed-in NIP and phone numbers stay text
        ws.freeze_panes = f"{get_column_letter(freeze_cols + 1)}{self.first_data_row}"
        ws.print_title_rows = f"{self.header_row}:{self.first_data_row - 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.oddFooter.left.text = f"PERUT — Kecamatan {recap.kecamatan}: {title}"
        ws.oddFooter.center.text = "Halaman &P dari &N"
        ws.oddFooter.right.text = f"Dibuat {_long_date(recap.made_on)}"
        if header_height:
            ws.row_dimensions[self.first_data_row - 1].height = header_height
        self._title_block(recap, heading, note)
        self._header()

    def _cells(self, values: Iterable[tuple[Any, str | None]], start: int = 1) -> list[Any]:
        row: list[Any] = [None] * (start - 1)
        for value, style in values:
            if style is None:
                row.append(value)
                continue
            cell = WriteOnlyCell(self.ws, value=value)
            cell.style = _STYLE_PREFIX + style
            row.append(cell)
        return row

    def _title_block(self, recap: Recap, heading: str, note: str) -> None:
        at = next(n for n, c in enumerate(self.columns, start=1) if not c.hidden)
        p = recap.period
        place = f"KECAMATAN {recap.kecamatan.upper()}"
        if recap.kabupaten:
            place += f" — KABUPATEN {recap.kabupaten.upper()}"
        if recap.province:
            place += f" — PROVINSI {recap.province.upper()}"
        period = f"Periode: {_long_date(p.date_from)} s.d. {_long_date(p.date_to)}"
        if p.village_name:
            period += f" — Desa {p.village_name}"
        for text, style in ((heading.upper(), "title"), (place, "subtitle"), (period, "subtitle"), (note, "note")):
            self.ws.append(self._cells([(text, style)], start=at))
        self.ws.append([])

    def _header(self) -> None:
        top = self.header_row
        if self.grouped:
            upper: list[tuple[Any, str | None]] = []
            n = 1
            while n <= len(self.columns):
                col = self.columns[n - 1]
                if col.group is None:
                    upper.append((col.header, "header"))
                    self.ws.merged_cells.add(CellRange(min_col=n, max_col=n, min_row=top, max_row=top + 1))
                    n += 1
                    continue
                span = 1
                while n + span <= len(self.columns) and self.columns[n + span - 1].group == col.group:
                    span += 1
                upper += [(col.group, "header")] + [(None, "header")] * (span - 1)
                if span > 1:
                    self.ws.merged_cells.add(CellRange(min_col=n, max_col=n + span - 1, min_row=top, max_row=top))
                n += span
            self.ws.append(self._cells(upper))
            lower = [(None if c.group is None else c.header, "header") for c in self.columns]
            self.ws.append(self._cells(lower))
        else:
            self.ws.append(self._cells((c.header, "header") for c in self.columns))

    def row(self, values: Sequence[Any], fills: dict[int, str | None] | None = None, *,
            fill_all: str | None = None) -> None:
        """One data row; ``fills`` colours single columns (0-based), ``fill_all`` the row."""
        fills = fills or {}
        styled = []
        for n, (value, col) in enumerate(zip(values, self.columns)):
            colour = fills.get(n, fill_all)
            styled.append((value, _filled(col.kind, colour)))
        self.ws.append(self._cells(styled))
        self.row_number += 1

    def finish(self, legend: Sequence[tuple[str | None, str]] = ()) -> None:
        last_row = self.first_data_row + self.row_number - 1
        self.ws.auto_filter.ref = (f"A{self.first_data_row - 1}:"
                                   f"{get_column_letter(len(self.columns))}{max(last_row, self.first_data_row - 1)}")
        if legend:
            at = next(n for n, c in enumerate(self.columns, start=1) if not c.hidden)
            self.ws.append([])
            self.ws.append(self._cells([("Keterangan:", "legend")], start=at))
            for colour, text in legend:
                swatch = _filled("mark", colour) if colour else "mark"
                self.ws.append(self._cells([(None, swatch), (text, "legend")], start=at))


# --- the sheets -----------------------------------------------------------------------------


def _visits_sheet(wb: Workbook, recap: Recap) -> None:
    vr = recap.visits
    cols = [Column("No", 5, "int"), Column("Tanggal", 11, "date"), Column("Kode Desa", 14),
            Column("Desa", 16), Column("Pendamping", 24, "wrap"), Column("Status", 13)]
    cols += [Column(f"{c.code}. {c.name}", 13, "pct", "Nilai Kelengkapan") for c in vr.categories]
    cols += [Column("Keseluruhan", 12, "pct", "Nilai Kelengkapan")]
    cols += [Column(g.label, 10, "int", "Hadir") for g in vr.groups]
    cols += [Column("Laki-laki", 9, "int", "Hadir"), Column("Perempuan", 10, "int", "Hadir"),
             Column("Jumlah", 8, "int", "Hadir")]
    cols += [Column("Baru", 8, "int", "Tindak Lanjut"), Column("Selesai / Batal", 9, "int", "Tindak Lanjut"),
             Column("Masih Terbuka", 9, "int", "Tindak Lanjut"), Column("Id Kunjungan", 38, hidden=True)]
    sheet = _Sheet(wb, recap, SHEET_VISITS, "Rekapitulasi Kunjungan Pendampingan Rutin (PERUT)", cols,
                   note=f"{len(vr.rows)} kunjungan. Nilai = (lengkap + ½ × belum lengkap) ÷ "
                        "(buku − tidak berlaku); tindak lanjut masih terbuka = milik desa itu sesudah kunjungan."
                        + _scope_note(recap),
                   freeze_cols=4, header_height=45)
    for n, r in enumerate(vr.rows, start=1):
        status, fill = _status_cell(r.status)
        sheet.row([n, r.visit_date, r.village_code, r.village_name, r.officer_name, status,
                   *r.scores, r.overall, *r.present_by_group, r.present_men, r.present_women, r.present_total,
                   r.follow_ups_opened, r.follow_ups_closed, r.follow_ups_open, r.visit_id], {5: fill})
    sheet.finish()
    _acknowledgement(sheet, recap)


#: The fill of the status of a visit not yet approved, where such visits are included.
UNAPPROVED = YELLOW


def _status_cell(status: str | None) -> tuple[str, str | None]:
    """A visit status as the recap shows it, with the fill that marks it not yet approved."""
    if status is None:
        return "Belum dikunjungi", None
    if status == VisitStatus.DISETUJUI.value:
        return VisitStatus(status).label, None
    return f"{VisitStatus(status).label} (belum disetujui)", UNAPPROVED


def _scope_note(recap: Recap) -> str:
    return (" Hanya kunjungan yang sudah disetujui." if recap.approved_only
            else " Kunjungan yang belum disetujui ditandai kuning pada kolom status.")


def _acknowledgement(sheet: _Sheet, recap: Recap) -> None:
    """The "Mengetahui, Camat" block under the first sheet, with the Camat recorded for the
    kecamatan (blank lines to sign by hand when none is recorded)."""
    at = next(n for n, c in enumerate(sheet.columns, start=1) if not c.hidden) + 1
    ws = sheet.ws
    ws.append([])
    for text, style in (("Mengetahui,", "legend"), (f"Camat {recap.kecamatan}", "subtitle")):
        ws.append(sheet._cells([(text, style)], start=at))
    for _ in range(3):
        ws.append([])
    ws.append(sheet._cells([(recap.camat_name or "(.................................)", "subtitle")], start=at))
    ws.append(sheet._cells([(f"NIP. {recap.camat_nip or '..............................'}", "legend")], start=at))


def _books_sheet(wb: Workbook, recap: Recap) -> None:
    bm = recap.books
    cols = [Column("No", 5, "int"), Column("Kode Desa", 14), Column("Desa", 16),
            Column("Kunjungan Terakhir", 12, "date"), Column("Status Kunjungan", 13)]
    cols += [Column(f"{b.code} {b.title}", 13, "mark", f"{b.category_code}. {b.category}") for b in bm.books]
    cols += [Column("Nilai", 9, "pct")]
    sheet = _Sheet(wb, recap, SHEET_BOOKS, "Kelengkapan Buku Administrasi Desa", cols,
                   note=f"Keadaan buku pada kunjungan terakhir tiap desa sampai {_long_date(recap.period.date_to)}."
                        + _scope_note(recap),
                   freeze_cols=3, header_height=110)
    first_book = 5
    for n, v in enumerate(bm.villages, start=1):
        status, fill = _status_cell(v.visit_status)
        cells: list[Any] = [n, v.village_code, v.village_name, v.visit_date, status]
        fills: dict[int, str | None] = {4: fill}
        for i, b in enumerate(bm.books):
            status = v.statuses.get(b.code)
            cells.append(RESULT_SHORT.get(status, "") if status else "")
            fills[first_book + i] = RESULT_FILLS.get(status) if status else None
        sheet.row([*cells, v.overall], fills)
    legend: list[tuple[str | None, str]] = [(RESULT_FILLS[s.value], s.label) for s in ResultStatus]
    legend.append((None, "Kosong: belum diperiksa, atau buku itu tidak ada dalam daftar periksa kunjungan itu"))
    sheet.finish(legend)


def _follow_ups_sheet(wb: Workbook, recap: Recap) -> None:
    rows = recap.follow_ups
    overdue = sum(1 for f in rows if f.overdue)
    cols = [Column("No", 5, "int"), Column("Kode Desa", 14), Column("Desa", 16),
            Column("Tanggal Kunjungan", 12, "date"), Column("Uraian Tindak Lanjut", 45, "wrap"),
            Column("Penanggung Jawab", 20, "wrap"), Column("Batas Waktu", 12, "date"),
            Column("Umur (hari)", 8, "int"), Column("Terlambat (hari)", 10, "int"), Column("Keterangan", 16),
            Column("Perkembangan Terakhir", 30, "wrap"), Column("Tanggal Perkembangan", 13, "date")]
    sheet = _Sheet(wb, recap, SHEET_FOLLOW_UPS, "Tindak Lanjut yang Belum Selesai", cols,
                   note=f"Keadaan per {_long_date(recap.period.date_to)}: {len(rows)} tindak lanjut terbuka, "
                        f"{overdue} melewati batas waktu (baris merah).",
                   freeze_cols=3, header_height=32)
    for n, f in enumerate(rows, start=1):
        sheet.row([n, f.village_code, f.village_name, f.visit_date, f.task, f.responsible, f.due_on, f.age_days,
                   f.days_overdue, "Melewati batas waktu" if f.overdue else "Belum jatuh tempo", f.last_note or None,
                   f.last_update_on], fill_all=RED if f.overdue else None)
    sheet.finish([(RED, "Melewati batas waktu")])


def _coverage_state(planned: int, done: int, first_planned: dt.date | None, as_of: dt.date) -> str | None:
    if planned and done:
        return "done"
    if planned:
        return "missed" if first_planned and first_planned <= as_of else "scheduled"
    return "extra" if done else None


def _coverage_sheet(wb: Workbook, recap: Recap) -> None:
    cov = recap.coverage
    cols = [Column("No", 5, "int"), Column("Kode Desa", 14), Column("Desa", 16)]
    cols += [Column(format_date(m, "LLL", locale=LOCALE), 5.5, "int", str(m.year)) for m in cov.months]
    cols += [Column(f"Rencana s.d. {cov.as_of:%d/%m/%Y}", 11, "int"), Column("Terlaksana", 10, "int"),
             Column("Cakupan", 9, "pct"), Column("Jumlah Kunjungan", 10, "int")]
    sheet = _Sheet(wb, recap, SHEET_COVERAGE, "Cakupan Pendampingan per Desa per Bulan", cols,
                   note="Rencana dari jadwal pendampingan; terlaksana bila ada kunjungan ke desa itu pada bulannya.",
                   freeze_cols=3, header_height=30)
    first_month = 3
    for n, r in enumerate(cov.rows, start=1):
        values: list[Any] = [n, r.village_code, r.village_name]
        fills: dict[int, str | None] = {}
        for i, c in enumerate(r.cells):
            state = _coverage_state(c.planned, c.done, c.first_planned, cov.as_of)
            values.append(c.done if state else None)
            fills[first_month + i] = COVERAGE_STATES[state][0] if state else None
        sheet.row([*values, r.planned_due, r.done_as_planned, r.ratio, r.visits], fills)
    sheet.finish([(fill, text) for fill, text in COVERAGE_STATES.values()])


def _compliance_sheet(wb: Workbook, recap: Recap) -> None:
    rows = recap.findings
    cols = [Column("No", 5, "int"), Column("Kode Desa", 14), Column("Desa", 16), Column("Kode Aturan", 22),
            Column("Aturan", 28, "wrap"), Column("Tingkat", 12), Column("Uraian Temuan", 60, "wrap"),
            Column("Dasar Hukum", 30, "wrap"), Column("Versi Aturan", 40, "wrap"),
            Column("Tanggal Pemeriksaan", 12, "date"), Column("Tanggal Terkait", 12, "date")]
    note = (f"Temuan per {_long_date(recap.period.date_to)}: {len(rows)}." if rows
            else f"Tidak ada temuan kepatuhan regulasi per {_long_date(recap.period.date_to)}.")
    sheet = _Sheet(wb, recap, SHEET_COMPLIANCE, "Catatan Kepatuhan Regulasi Desa", cols, note=note,
                   freeze_cols=3, header_height=30)
    for n, f in enumerate(rows, start=1):
        sheet.row([n, f.village_code, f.village_name, f.rule_code, f.rule_title,
                   SEVERITY_LABELS.get(f.severity, f.severity), f.message, f.source, f.rule_version, f.as_of,
                   f.due_on], {5: SEVERITY_FILLS.get(f.severity)})
    sheet.finish([(SEVERITY_FILLS[s], label) for s, label in SEVERITY_LABELS.items()])


def _officials_sheet(wb: Workbook, recap: Recap) -> None:
    rows = recap.officials
    f = FIELD_LABELS
    cols = [Column(f["id"], 38, hidden=True), Column("No", 5, "int"), Column(f["village_code"], 14),
            Column(f["village_name"], 16), Column(f["name"], 28), Column(f["position"], 26),
            Column(f["body"], 16), Column(f["gender"], 5, "mark"), Column(f["nip"], 20, "code"),
            Column(f["phone"], 16, "code"), Column(f["term_start"], 12, "date"), Column(f["term_end"], 12, "date"),
            Column(f["active"], 7, "mark")]
    sheet = _Sheet(wb, recap, SHEET_OFFICIALS, "Daftar Aparatur Desa, BPD dan LKD", cols,
                   note="Dapat diubah lalu diimpor kembali: perut import officials BERKAS.xlsx. Aparatur baru: isi "
                        "baris kosong di bawah tabel. Jangan mengubah kolom Id Baris yang tersembunyi.",
                   freeze_cols=5, header_height=30)
    first, last = sheet.first_data_row, sheet.first_data_row + len(rows) + _BLANK_ROWS_VALIDATED

    def cells_of(field: str) -> str:
        letter = get_column_letter(next(n for n, c in enumerate(cols, start=1) if c.header == f[field]))
        return f"{letter}{first}:{letter}{last}"

    for field, choices in (("body", tuple(BODY_LABELS.values())), ("gender", ("L", "P")), ("active", (YES, NO))):
        dv = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True, showErrorMessage=True,
                            errorTitle="Isian tidak dikenal", error=f"Pilih salah satu: {', '.join(choices)}.")
        dv.add(cells_of(field))
        sheet.ws.data_validations.append(dv)
    dates = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                           showErrorMessage=True, errorTitle="Bukan tanggal", error="Isi tanggal, mis. 22/11/2026.")
    dates.add(cells_of("term_start"))
    dates.add(cells_of("term_end"))
    sheet.ws.data_validations.append(dates)
    for n, o in enumerate(rows, start=1):
        sheet.row([o.id, n, o.village_code, o.village_name, o.name, o.position, BODY_LABELS.get(o.body, o.body),
                   o.gender, o.nip or None, o.phone or None, o.term_start, o.term_end, YES if o.active else NO])
    sheet.finish()


# --- the workbook ---------------------------------------------------------------------------

_SHEET_WRITERS: tuple[tuple[str, Callable[[Workbook, Recap], None]], ...] = (
    (SHEET_VISITS, _visits_sheet), (SHEET_BOOKS, _books_sheet), (SHEET_FOLLOW_UPS, _follow_ups_sheet),
    (SHEET_COVERAGE, _coverage_sheet), (SHEET_COMPLIANCE, _compliance_sheet), (SHEET_OFFICIALS, _officials_sheet),
)
#: How many progress steps :func:`write_recap` reports (one per sheet, one for saving).
WRITE_STEPS = len(_SHEET_WRITERS) + 1


def _temp_beside(out: Path) -> Path:
    return unused_name(out.parent, out.name)


def _cannot_write(out: Path, exc: OSError) -> InputRejected:
    return cannot_write(out, exc, app="Excel")


def check_output(out: Path) -> None:
    """Refuse an output path that cannot be written, before any work is done (exit 3)."""
    if out.is_dir():
        raise InputRejected(f"{out} adalah folder; sebutkan nama berkas, mis. {out / 'rekap.xlsx'}.")
    check_output_path(out)
    if not out.parent.is_dir():
        raise InputRejected(f"Folder {out.parent} tidak ada; rekap tidak dibuat.")
    check_writable(_temp_beside(out), out, app="Excel")


def build_workbook(recap: Recap, progress: ProgressFn | None = None) -> Workbook:
    """The recap workbook in memory (rows are streamed into it when it is saved)."""
    wb = Workbook(write_only=True)
    _add_styles(wb)
    wb.properties.title = f"Rekap PERUT Kecamatan {recap.kecamatan}"
    wb.properties.creator = f"PERUT Desktop — Kecamatan {recap.kecamatan}"
    wb.properties.language = "id-ID"
    for n, (name, write) in enumerate(_SHEET_WRITERS):
        if progress:
            progress(n, WRITE_STEPS, name)
        write(wb, recap)
    return wb


def write_recap(recap: Recap, out: Path, progress: ProgressFn | None = None) -> None:
    """Write the workbook to ``out`` atomically: a temporary file in the same folder,
    renamed over ``out`` once complete, so a failure never leaves half a file."""
    wb = build_workbook(recap, progress)
    if progress:
        progress(WRITE_STEPS - 1, WRITE_STEPS, "Menyimpan")
    tmp = _temp_beside(out)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(WRITE_STEPS, WRITE_STEPS, "Selesai")


# --- reading the officials sheet back --------------------------------------------------------


_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "id aparatur"),
    "village_code": ("kode",),
    "village_name": ("nama desa",),
    "name": ("nama lengkap", "nama aparatur"),
    "position": (),
    "body": ("lembaga",),
    "gender": ("jenis kelamin", "jk"),
    "nip": ("nipd", "niap"),
    "phone": ("hp", "no hp", "no. hp", "nomor hp", "nomor telepon", "telp"),
    "term_start": ("awal masa jabatan", "tmt"),
    "term_end": ("akhir menjabat",),
    "active": ("status aktif",),
}


def _header_key(value: Any) -> str:
    text = str(value or "")
    while "(" in text and ")" in text.split("(", 1)[1]:
        head, rest = text.split("(", 1)
        text = head + rest.split(")", 1)[1]
    return " ".join(text.replace("*", " ").casefold().split())


_FIELD_OF_HEADER = {_header_key(label): name for name, label in FIELD_LABELS.items()}
_FIELD_OF_HEADER.update({alias: name for name, aliases in _HEADER_ALIASES.items() for alias in aliases})


@dataclass(frozen=True)
class OfficialsSheet:
    sheet: str
    header_row: int
    rows: tuple[SheetRow, ...]


def _header_columns(cells: Sequence[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(cells):
        name = _FIELD_OF_HEADER.get(_header_key(value))
        if name and name not in found:
            found[name] = index
    return found


#: What openpyxl raises on a file that is not a readable .xlsx (also while streaming rows).
_UNREADABLE = (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, SyntaxError, EOFError,
               OSError)


def _unreadable(path: Path, exc: Exception) -> InputRejected:
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile) and exc.errno is not None:
        return InputRejected(f"Berkas {path.name} tidak dapat dibaca: {os_reason(exc)}.")
    if path.suffix.lower() == ".xls":
        return InputRejected(f"Berkas {path.name} berformat Excel lama (.xls); buka di Excel, simpan sebagai "
                             "Buku Kerja Excel (.xlsx), lalu coba lagi.")
    return InputRejected(f"Berkas {path.name} bukan buku kerja Excel (.xlsx) yang dapat dibaca; "
                         "simpan sebagai .xlsx lalu coba lagi.")


def _find_header(wb: Any, path: Path) -> tuple[str, int, dict[str, int]]:
    """The sheet, header row and field → column index of the officials table."""
    names = sorted(wb.sheetnames, key=lambda n: _header_key(n) != _header_key(SHEET_OFFICIALS))
    best: tuple[int, str, int, dict[str, int]] | None = None
    for sheet_name in names:
        rows = wb[sheet_name].iter_rows(max_row=_HEADER_SCAN_ROWS, values_only=True)
        for number, cells in enumerate(rows, start=1):
            cols = _header_columns(cells)
            if best is None or len(cols) > best[0]:
                best = (len(cols), sheet_name, number, cols)
        if best and best[0] and _header_key(sheet_name) == _header_key(SHEET_OFFICIALS):
            break  # the officials sheet itself decides the layout
    if best is None or best[0] == 0:
        raise InputRejected(f"Lembar '{SHEET_OFFICIALS}' dengan judul kolom "
                            f"{', '.join(FIELD_LABELS[f] for f in REQUIRED_FIELDS)} tidak ditemukan di "
                            f"{path.name}.", hint=Hint.USE_EXPORTED_WORKBOOK)
    _, sheet_name, header_row, cols = best
    missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if f not in cols]
    if missing:
        raise InputRejected(f"Lembar '{sheet_name}' di {path.name} tidak memiliki kolom: {', '.join(missing)} "
                            f"(baris judul {header_row}).", hint=Hint.USE_EXPORTED_WORKBOOK)
    return sheet_name, header_row, cols


def read_officials(path: Path) -> OfficialsSheet:
    """The rows of the *Aparatur Desa* sheet of ``path`` (another sheet is used only when
    that one is missing and has the columns). A file that is not a workbook, or a wrong
    layout — named by its missing column — is refused (exit 3)."""
    if not path.is_file():
        raise InputRejected(f"Berkas {path} tidak ditemukan.")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as exc:
        raise _unreadable(path, exc) from exc
    try:
        sheet_name, header_row, cols = _find_header(wb, path)
        rows = []
        cells_of = wb[sheet_name].iter_rows(min_row=header_row + 1, values_only=True)
        for number, cells in enumerate(cells_of, start=header_row + 1):
            values = {name: cells[i] if i < len(cells) else None for name, i in cols.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                continue
            if len(rows) >= MAX_OFFICIAL_ROWS:
                raise InputRejected(f"Lembar '{sheet_name}' memuat lebih dari {MAX_OFFICIAL_ROWS} baris; "
                                    "bagi berkasnya per desa.")
            rows.append(SheetRow(number, values))
        return OfficialsSheet(sheet_name, header_row, tuple(rows))
    except _UNREADABLE as exc:
        raise _unreadable(path, exc) from exc
    finally:
        wb.close()
