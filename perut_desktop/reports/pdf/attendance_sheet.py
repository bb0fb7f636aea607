"""The Daftar Hadir: pre-filled rows for the expected attendees, then blank rows.

The signature column is split in two halves and the numbered signature lines alternate
between them ("1. ……" left, "2. ……" right), as Indonesian attendance lists do, so that
neighbouring signatures do not run into each other.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from perut_desktop.reports.pdf.base import (
    COND,
    GRID_COLOR,
    DocumentSpec,
    SignatureCell,
    attach_block,
    field_table,
    format_day_date,
    format_long_date,
    frame_width,
    grid_table,
    markup,
    para,
    place_and_date,
    render,
    signature_block,
    styles,
)
from perut_desktop.reports.pdf.viewmodels import (
    GROUP_LABELS,
    AttendanceSheetData,
    Attendee,
    label,
)

LANDSCAPE = False
ROW_HEIGHT = 24.0  # room for a signature
SIGN_LINE = "." * 22


def build_attendance_sheet(
    data: AttendanceSheetData, out_path: Path | str, paper: str = "A4"
) -> int:
    """Write the daftar hadir of ``data`` to ``out_path``; returns the page count."""
    width = frame_width(paper, LANDSCAPE)
    story: list[Flowable] = [*_heading(data, width), Spacer(1, 8), _table(data, width)]
    attach_block(story, _signatures(data, width), keep_rows=3)
    when = f", {format_long_date(data.date)}" if data.date else ""
    spec = DocumentSpec(
        title=f"Daftar Hadir {data.event} Desa {data.village}",
        running_header=f"Daftar Hadir · {data.event} · Desa {data.village}{when}",
        letterhead=data.letterhead, paper=paper, landscape=LANDSCAPE, draft=data.draft,
        subject="Pendampingan Rutin (PERUT)",
    )
    return render(spec, story, out_path)


def _heading(data: AttendanceSheetData, width: float) -> list[Flowable]:
    st = styles()
    dots = "." * 60
    return [
        markup("DAFTAR HADIR", st.title),
        markup("PENDAMPINGAN RUTIN (PERUT) ADMINISTRASI PEMERINTAHAN DESA", st.subtitle),
        Spacer(1, 10),
        field_table([
            ("Acara", data.event or dots),
            ("Desa", data.village),
            ("Hari/Tanggal", format_day_date(data.date) if data.date else dots),
            ("Waktu", data.time or dots),
            ("Tempat", data.venue or dots),
        ], width, 30 * mm),
    ]


def _col_widths(width: float) -> list[float]:
    sign = 66.0
    rest = width - 24 - 26 - 2 * sign
    return [24, rest * 0.55, rest * 0.45, 26, sign, sign]


def _row(number: int, attendee: Attendee | None) -> list[object]:
    st = styles()
    line = f"{number}. {SIGN_LINE}"
    # Odd numbers sign in the left half, even numbers in the right half.
    sign = [line, ""] if number % 2 else ["", line]
    if attendee is None:
        return [str(number), "", "", "", *sign]
    position = attendee.position or label(GROUP_LABELS, attendee.group, "")
    return [str(number), para(attendee.name, st.cell), para(position, st.cell),
            attendee.gender.upper(), *sign]


def _table(data: AttendanceSheetData, width: float) -> Table:
    st = styles()
    header = [markup(h, st.head) for h in ("No", "Nama", "Jabatan/Unsur", "L/P")]
    rows: list[list[object]] = [[*header, markup("Tanda Tangan", st.head), ""]]
    rows += [_row(n, a) for n, a in enumerate(data.attendees, start=1)]
    first_empty = len(data.attendees) + 1
    rows += [_row(n, None) for n in range(first_empty, first_empty + max(data.empty_rows, 0))]
    extra = [
        ("SPAN", (4, 0), (5, 0)),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("VALIGN", (4, 1), (5, -1), "BOTTOM"),
        ("FONT", (0, 1), (-1, -1), COND, 8.5),
        ("FONT", (4, 1), (5, -1), COND, 7.5),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        # Every rule except the one between the two halves of "Tanda Tangan".
        ("INNERGRID", (0, 0), (4, -1), 0.5, GRID_COLOR),
        ("LINEBELOW", (4, 0), (-1, -1), 0.5, GRID_COLOR),
    ]
    return grid_table(rows, _col_widths(width), extra=extra, grid=False,
                      row_heights=[None] + [ROW_HEIGHT] * (len(rows) - 1))


def _signatures(data: AttendanceSheetData, width: float) -> Table:
    place = data.place or data.village
    right = SignatureCell((place_and_date(place, data.date),), data.officer)
    left = SignatureCell(("Mengetahui,",), data.acknowledged_by) if data.acknowledged_by else None
    return signature_block([[left, right]], width)
