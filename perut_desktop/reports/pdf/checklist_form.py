"""The blank Daftar Periksa Administrasi Desa: the paper form a pendamping fills at a visit.

Landscape, because a book's row needs its title and guidance, four status boxes, the date
of the last entry and room to write a note.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from perut_desktop.reports.pdf.base import (
    BOX,
    CATEGORY_BG,
    DocumentSpec,
    LongTexts,
    SignatureCell,
    attach_block,
    esc,
    field_table,
    format_day_date,
    format_short_date,
    frame_width,
    grid_table,
    keep_with_next_row,
    markup,
    para,
    place_and_date,
    render,
    signature_block,
    styles,
    table_style,
)
from perut_desktop.reports.pdf.viewmodels import (
    ChecklistCategory,
    ChecklistFormData,
    FollowUpItem,
    Signatory,
)

LANDSCAPE = True
STATUS_HEADERS = ("Ada, lengkap", "Ada, belum lengkap", "Tidak ada", "Tidak berlaku")
BOX_W = 40.0
NEW_FOLLOW_UP_ROWS = 4


def build_checklist_form(data: ChecklistFormData, out_path: Path | str, paper: str = "A4") -> int:
    """Write the blank checklist of ``data`` to ``out_path``; returns the page count."""
    width = frame_width(paper, LANDSCAPE)
    story: list[Flowable] = [*_heading(data, width), Spacer(1, 6)]
    story += [markup("I. PEMERIKSAAN BUKU ADMINISTRASI DESA", styles().section),
              *_books_table(data.categories, width)]
    story += [markup("II. TINDAK LANJUT KUNJUNGAN SEBELUMNYA", styles().section),
              *_open_follow_ups(data.open_follow_ups, width)]
    story += [markup("III. TINDAK LANJUT BARU DARI KUNJUNGAN INI", styles().section),
              _new_follow_ups_table(width)]
    attach_block(story, _signatures(data, width))
    spec = DocumentSpec(
        title=f"Daftar Periksa Administrasi Desa {data.village}",
        running_header=f"Daftar Periksa Administrasi Desa · Desa {data.village}",
        letterhead=data.letterhead, paper=paper, landscape=LANDSCAPE, draft=data.draft,
        subject="Pendampingan Rutin (PERUT)",
    )
    return render(spec, story, out_path)


def _heading(data: ChecklistFormData, width: float) -> list[Flowable]:
    st = styles()
    dots = "." * 60
    officer = data.officer
    left = field_table([
        ("Desa", data.village),
        ("Hari/Tanggal", format_day_date(data.visit_date) if data.visit_date else dots),
    ], width / 2 - 6 * mm, 28 * mm)
    right = field_table([
        ("Pendamping", officer.name if officer and officer.name else dots),
        ("NIP", (officer.nip or dots) if officer and officer.nip is not None else dots),
    ], width / 2 - 6 * mm, 28 * mm)
    ident = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    ident.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    guide = ("Petunjuk: beri tanda ✓ pada <b>satu</b> kotak keadaan untuk setiap buku, tulis "
             "tanggal entri terakhir yang tercatat di buku itu, dan catat kekurangannya pada "
             "kolom Catatan.")
    if data.template_name:
        guide += f" Daftar buku menurut {esc(data.template_name)}."
    return [
        markup("DAFTAR PERIKSA ADMINISTRASI DESA", st.title),
        markup("PENDAMPINGAN RUTIN (PERUT)", st.subtitle),
        Spacer(1, 8), ident, Spacer(1, 2), markup(guide, st.note),
    ]


def _book_col_widths(width: float) -> list[float]:
    fixed = 20 + 30 + 4 * BOX_W + 64
    flexible = width - fixed
    return [20, 30, flexible * 0.55, *([BOX_W] * 4), 64, flexible * 0.45]


def _books_table(categories: tuple[ChecklistCategory, ...], width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    head = [markup(h, st.head) for h in ("No", "Kode", "Nama Buku Administrasi")]
    rows: list[list[object]] = [
        [*head, markup("Keadaan Buku", st.head), "", "", "",
         markup("Tanggal Entri Terakhir", st.head), markup("Catatan", st.head)],
        ["", "", "", *(markup(h, st.head) for h in STATUS_HEADERS), "", ""],
    ]
    extra: list[tuple[object, ...]] = [
        ("SPAN", (3, 0), (6, 0)),
        *(("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 7, 8)),
    ]
    number = 0
    headings: list[int] = []
    for category in categories:
        r = len(rows)
        name = f"<b>{esc(category.code)}. {esc(category.name)}</b>"
        rows.append([markup(name, st.cell), *[""] * 8])
        extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG)]
        headings.append(r)
        for book in category.books:
            number += 1
            title: list[Paragraph] = [para(book.title, st.cell)]
            if book.guidance:
                title.append(long.cell(book.guidance, st.guidance))
            rows.append([para(str(number), st.cell_center), para(book.code, st.cell_center), title,
                         *(markup(BOX, st.box) for _ in STATUS_HEADERS), "", ""])
    extra += [("VALIGN", (3, 2), (6, -1), "MIDDLE")]
    widths = _book_col_widths(width)
    for r in headings:  # a category name never ends a page
        extra += keep_with_next_row(rows, r)
    return [grid_table(rows, widths, header_rows=2, extra=extra), *long.notes()]


def _open_follow_ups(items: tuple[FollowUpItem, ...], width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    if not items:
        return [markup("Tidak ada tindak lanjut yang masih terbuka dari kunjungan sebelumnya.",
                       st.body)]
    fixed = 20 + 62 + 62 + 70
    flexible = width - fixed
    widths = [20, flexible * 0.36, flexible * 0.2, 62, 62, flexible * 0.44, 70]
    rows: list[list[object]] = [[markup(h, st.head) for h in (
        "No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu", "Dari Kunjungan",
        "Perkembangan", "Keadaan")]]
    for n, item in enumerate(items, start=1):
        progress = long.cell(_progress_text(item), st.cell) if item.progress else ""
        rows.append([
            para(str(n), st.cell_center), long.cell(item.task, st.cell),
            para(item.responsible, st.cell),
            para(format_short_date(item.due_on), st.cell_center),
            para(format_short_date(item.created_on), st.cell_center), progress,
            markup(f"{BOX} Selesai<br/>{BOX} Belum", st.cell),
        ])
    return [grid_table(rows, widths), *long.notes()]


def _progress_text(item: FollowUpItem) -> str:
    if item.progress_on:
        return f"{format_short_date(item.progress_on)}: {item.progress}"
    return item.progress


def _new_follow_ups_table(width: float) -> Table:
    st = styles()
    fixed = 20 + 70
    flexible = width - fixed
    widths = [20, flexible * 0.62, flexible * 0.38, 70]
    rows: list[list[object]] = [[markup(h, st.head) for h in (
        "No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu")]]
    rows += [[para(str(n), st.cell_center), "", "", ""]
             for n in range(1, NEW_FOLLOW_UP_ROWS + 1)]
    return grid_table(rows, widths, row_heights=[None] + [22] * NEW_FOLLOW_UP_ROWS)


def _signatures(data: ChecklistFormData, width: float) -> Table:
    head = data.village_head or Signatory(title=f"Kepala Desa {data.village}")
    officer = data.officer or Signatory(title="Pendamping", nip="")
    place = data.place or data.village
    return signature_block([[
        SignatureCell(("Mengetahui,",), head),
        SignatureCell((place_and_date(place, data.visit_date),), officer),
    ]], width)
