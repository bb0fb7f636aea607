"""The common layer of the printed documents.

Embedded fonts, paper sizes, Indonesian dates, paragraph styles, the kop surat, the page
template ("Halaman X dari Y", running header, DRAF watermark), signature blocks, and a
flowable that keeps a signature block together with the last rows of a table.

Everything here is pure reportlab: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from perut_desktop.paths import resource
from perut_desktop.reports.pdf.viewmodels import Letterhead, Signatory
from perut_desktop.services.scores import percent

LOCALE = "id"

# --- fonts ------------------------------------------------------------------------------------

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
COND = "DejaVuSansCondensed"
COND_BOLD = "DejaVuSansCondensed-Bold"
COND_ITALIC = "DejaVuSansCondensed-Oblique"
COND_BOLD_ITALIC = "DejaVuSansCondensed-BoldOblique"

_FAMILIES = {
    FONT: (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC),
    COND: (COND, COND_BOLD, COND_ITALIC, COND_BOLD_ITALIC),
}

CHECK = "\u2713"  # ✓
BOX = "\u2610"  # ☐
DASH = "\u2013"  # –, printed where nothing applies


def fonts_dir() -> Path:
    """Where the shipped TrueType fonts are."""
    return resource("fonts")


@cache
def register_fonts() -> None:
    """Register the DejaVu families with reportlab, once per process.

    Embedded TrueType is what makes Indonesian text, ✓ and ☐ print the same on every
    machine; reportlab embeds only the glyphs used.
    """
    for family, faces in _FAMILIES.items():
        for face in faces:
            pdfmetrics.registerFont(TTFont(face, str(fonts_dir() / f"{face}.ttf")))
        normal, bold, italic, bold_italic = faces
        pdfmetrics.registerFontFamily(
            family, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic
        )


# --- paper ------------------------------------------------------------------------------------

#: Portrait sizes in points. F4 (Folio) is 215 × 330 mm, the other size Indonesian offices use.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "F4": (215 * mm, 330 * mm),
}
_PAPER_ALIASES = {"A4": "A4", "F4": "F4", "FOLIO": "F4"}


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """(width, height) in points of ``paper`` ("A4", "F4" or "Folio")."""
    key = _PAPER_ALIASES.get(paper.strip().upper())
    if key is None:
        raise ValueError(f"Ukuran kertas tidak dikenal: {paper!r} (pilih A4 atau F4)")
    width, height = PAPER_SIZES[key]
    return (height, width) if landscape else (width, height)


@dataclass(frozen=True)
class Margins:
    """Page margins in points; the left one is wider for binding."""

    left: float
    right: float
    top: float
    bottom: float
    kop_top: float  # distance of the kop surat from the top edge


#: Tata naskah dinas margins: 3 cm left for binding, 2 cm elsewhere.
PORTRAIT_MARGINS = Margins(left=30 * mm, right=20 * mm, top=20 * mm, bottom=20 * mm,
                           kop_top=12 * mm)
#: Landscape keeps the binding margin at the left but gives the width to the table.
LANDSCAPE_MARGINS = Margins(left=25 * mm, right=15 * mm, top=16 * mm, bottom=17 * mm,
                            kop_top=10 * mm)


# --- dates and numbers ------------------------------------------------------------------------


def format_long_date(day: dt.date) -> str:
    """"22 November 2026"."""
    return format_date(day, "d MMMM y", locale=LOCALE)


def format_day_name(day: dt.date) -> str:
    """"Minggu"."""
    return format_date(day, "EEEE", locale=LOCALE)


def format_day_date(day: dt.date) -> str:
    """"Minggu, 22 November 2026" — the "Hari/Tanggal" of Indonesian documents."""
    return f"{format_day_name(day)}, {format_long_date(day)}"


def format_short_date(day: dt.date | dt.datetime | None, empty: str = DASH) -> str:
    """"22 Nov 2026" for table cells; a datetime adds the time as "14.05"."""
    if day is None:
        return empty
    text = format_date(day, "d MMM y", locale=LOCALE)
    if isinstance(day, dt.datetime):
        text += f" {day:%H.%M}"
    return text


def format_score(score: float | None) -> str:
    """A completeness score as "78%", or "–" when no book applies."""
    return DASH if score is None else f"{percent(score)}%"


def place_and_date(place: str, day: dt.date | None) -> str:
    """"Awayan, 22 November 2026", with a dotted date when it is not known yet."""
    when = format_long_date(day) if day else "." * 28
    return f"{place}, {when}" if place else when


# --- styles and text --------------------------------------------------------------------------

GRID_COLOR = colors.black
HEADER_BG = colors.Color(0.87, 0.89, 0.92)
CATEGORY_BG = colors.Color(0.94, 0.95, 0.96)
MUTED = colors.Color(0.33, 0.33, 0.33)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of every document."""

    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_small: ParagraphStyle
    guidance: ParagraphStyle
    box: ParagraphStyle
    sign: ParagraphStyle
    kop_gov: ParagraphStyle
    kop_office: ParagraphStyle
    kop_address: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (fonts registered on first use)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontName=COND, fontSize=8.5, leading=10.5)
    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11),
        note=derive("note", fontName=FONT_ITALIC, fontSize=8, leading=10.5, textColor=MUTED),
        title=derive("title", fontName=FONT_BOLD, fontSize=12.5, leading=16, alignment=TA_CENTER),
        subtitle=derive("subtitle", fontName=FONT_BOLD, fontSize=10.5, leading=14,
                        alignment=TA_CENTER),
        section=derive("section", fontName=FONT_BOLD, fontSize=10, leading=13, spaceBefore=10,
                       spaceAfter=4, keepWithNext=True),
        subsection=derive("subsection", fontName=FONT_BOLD, fontSize=9, leading=12, spaceBefore=6,
                          spaceAfter=3, keepWithNext=True),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=COND_BOLD),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=ParagraphStyle("head", parent=cell, fontName=COND_BOLD, fontSize=8, leading=9.5,
                            alignment=TA_CENTER),
        head_small=ParagraphStyle("head_small", parent=cell, fontName=COND_BOLD, fontSize=7,
                                  leading=8.2, alignment=TA_CENTER),
        guidance=ParagraphStyle("guidance", parent=cell, fontName=COND_ITALIC, fontSize=6.8,
                                leading=8.2, textColor=MUTED),
        box=ParagraphStyle("box", parent=cell, fontName=FONT, fontSize=13, leading=14,
                           alignment=TA_CENTER),
        sign=derive("sign", fontSize=10, leading=13, alignment=TA_CENTER),
        kop_gov=derive("kop_gov", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        kop_office=derive("kop_office", fontName=FONT_BOLD, fontSize=17, leading=21,
                          alignment=TA_CENTER),
        kop_address=derive("kop_address", fontSize=8.3, leading=10.5, alignment=TA_CENTER),
    )


def esc(value: str | None) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    if not value:
        return ""
    return "<br/>".join(escape(line) for line in str(value).strip().splitlines())


def para(value: str | None, style: ParagraphStyle, empty: str = "") -> Paragraph:
    """A paragraph of plain ``value`` (escaped); ``empty`` when there is none."""
    return Paragraph(esc(value) or escape(empty), style)


def markup(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup (built here, never from user text)."""
    return Paragraph(value, style)


# --- tables -----------------------------------------------------------------------------------

def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells default to the embedded font.

    reportlab's cell default is Helvetica; even with every cell a Paragraph it would be
    named on each page, a font that is not embedded.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), COND, 8.5), *commands])


CELL_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def grid_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
    row_heights: Sequence[float | None] | None = None,
    grid: bool = True,
) -> Table:
    """A ruled table whose header rows repeat on every page it runs onto.

    ``grid=False`` leaves the rules to ``extra`` (for columns that must not be divided).
    """
    table = Table(list(rows), colWidths=list(col_widths), repeatRows=header_rows,
                  rowHeights=row_heights, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("GRID" if grid else "BOX", (0, 0), (-1, -1), 0.5, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *CELL_PADDING,
    ]
    if header_rows:
        style += [("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
                  ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE")]
    table.setStyle(table_style(style + list(extra)))
    return table


def keep_with_next_row(rows: Sequence[Sequence[Any]], index: int) -> list[tuple[Any, ...]]:
    """Table commands that keep row ``index`` (a group heading) with the row after it."""
    if index + 1 >= len(rows):
        return []
    return [("NOSPLIT", (0, index), (-1, index + 1))]


class LongTexts:
    """Texts too long for a table cell, moved under the table as numbered notes.

    A table row cannot be broken across pages (reportlab's in-row splitting is not
    reliable), so a cell keeps the start of a long text with a reference, and the whole
    text follows the table where paragraphs can flow from page to page.
    """

    LIMIT = 500  # characters: well under a page even in the narrowest column
    SHOWN = 160

    def __init__(self) -> None:
        self.items: list[str] = []

    def cell(self, value: str | None, style: ParagraphStyle, empty: str = "") -> Paragraph:
        """A cell paragraph for ``value``, shortened with a reference when too long."""
        value = (value or "").strip()
        if len(value) <= self.LIMIT:
            return para(value, style, empty)
        self.items.append(value)
        start = value[: self.SHOWN].rsplit(" ", 1)[0]
        return markup(f"{esc(start)} … <i>(selengkapnya pada catatan [{len(self.items)}] "
                      "di bawah tabel)</i>", style)

    def notes(self) -> list[Flowable]:
        """The full texts, to be placed right after the table."""
        st = styles()
        out: list[Flowable] = [Spacer(1, 3)] if self.items else []
        for number, value in enumerate(self.items, start=1):
            lines = [line.strip() for line in value.splitlines() if line.strip()]
            out.append(markup(f"[{number}] {esc(lines[0])}", st.small))
            out += [para(line, st.small) for line in lines[1:]]
        return out


def field_table(
    pairs: Sequence[tuple[str, Any]], width: float, label_width: float = 34 * mm
) -> Table:
    """"Label : value" lines, as the identity block of a letter."""
    st = styles()
    rows = [[markup(escape(lbl), st.body), markup(":", st.body),
             value if isinstance(value, Flowable) else para(value, st.body, DASH)]
            for lbl, value in pairs]
    table = Table(rows, colWidths=[label_width, 4 * mm, width - label_width - 4 * mm],
                  hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


# --- images -----------------------------------------------------------------------------------


def image_flowable(path: Path | str | None, max_width: float, max_height: float,
                   max_pixels: int = 600) -> Image | None:
    """``path`` as an image fitted in the box, or ``None`` when it is missing or unreadable.

    Photos are scaled down (and turned upright from their EXIF tag) before embedding, so a
    report with twenty 12-megapixel photos stays a small file.
    """
    if not path:
        return None
    try:
        with PILImage.open(path) as original:
            photo = original.format == "JPEG"
            img = ImageOps.exif_transpose(original)
            img.thumbnail((max_pixels, max_pixels))
            if img.mode in ("RGBA", "LA", "P"):
                # Transparency (a logo) goes onto white paper, not onto black.
                rgba = img.convert("RGBA")
                img = PILImage.new("RGB", rgba.size, "white")
                img.paste(rgba, mask=rgba.getchannel("A"))
            elif img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            buffer = io.BytesIO()
            if photo:
                img.save(buffer, format="JPEG", quality=85)
            else:
                img.save(buffer, format="PNG", optimize=True)
            width_px, height_px = img.size
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    scale = min(max_width / width_px, max_height / height_px)
    buffer.seek(0)
    return Image(buffer, width=width_px * scale, height=height_px * scale)


# --- kop surat --------------------------------------------------------------------------------

LOGO_BOX = 24 * mm
RULE_GAP = 3.0  # between the kop text and the double rule


def letterhead_flowable(letterhead: Letterhead, width: float) -> Table:
    """The kop text (and logo) as one table; the double rule is drawn under it."""
    st = styles()
    lines = [para(letterhead.government.upper(), st.kop_gov),
             para(letterhead.office.upper(), st.kop_office)]
    postal = f"Kode Pos {letterhead.postal_code}" if letterhead.postal_code else ""
    address = ", ".join(p for p in (letterhead.address, postal) if p)
    if address:
        lines.append(para(address, st.kop_address))
    contacts = [f"Telepon {letterhead.phone}" if letterhead.phone else "",
                f"Pos-el {letterhead.email}" if letterhead.email else "",
                f"Laman {letterhead.website}" if letterhead.website else ""]
    if any(contacts):
        lines.append(para(", ".join(c for c in contacts if c), st.kop_address))
    logo = image_flowable(letterhead.logo_path, LOGO_BOX - 2 * mm, LOGO_BOX)
    if logo is None:
        table = Table([[lines]], colWidths=[width])
    else:
        # The same width is kept free on the right so the text stays centred on the page.
        table = Table([[logo, lines, ""]], colWidths=[LOGO_BOX, width - 2 * LOGO_BOX, LOGO_BOX])
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def draw_double_rule(canvas: Canvas, x0: float, x1: float, y: float) -> None:
    """The thick-over-thin rule that closes an Indonesian kop surat."""
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(2.2)
    canvas.line(x0, y, x1, y)
    canvas.setLineWidth(0.7)
    canvas.line(x0, y - 3.2, x1, y - 3.2)
    canvas.restoreState()


# --- signature blocks -------------------------------------------------------------------------

SIGN_SPACE = 58  # points left blank for the signature and stamp (about 2 cm)


@dataclass(frozen=True)
class SignatureCell:
    """One signature: the lines above the jabatan ("Mengetahui," or "Awayan, 22 …"),
    then the signatory."""

    lead: tuple[str, ...]
    signatory: Signatory


def _dots(width: float, style: ParagraphStyle) -> str:
    """As many dots as fill ``width`` in ``style``: a line to write on."""
    return "." * max(int(width / pdfmetrics.stringWidth(".", style.fontName, style.fontSize)), 3)


def _name_lines(signatory: Signatory, width: float) -> list[Paragraph]:
    st = styles()
    if signatory.name.strip():
        out = [markup(f"<u><b>{escape(signatory.name.strip())}</b></u>", st.sign)]
    else:
        out = [markup(f"({_dots(min(width, 190) - 12, st.sign)})", st.sign)]
    if signatory.rank:
        out.append(para(signatory.rank, st.sign))
    if signatory.nip is not None:
        nip = signatory.nip.strip() or _dots(min(width, 190) - 36, st.sign)
        out.append(markup(f"NIP. {escape(nip)}", st.sign))
    return out


def _signature_cell(cell: SignatureCell, head_lines: int, width: float) -> list[Flowable]:
    st = styles()
    lines = [*cell.lead, *cell.signatory.title_lines]
    # Pad so that the names of one row line up even when one jabatan takes two lines.
    lines += [""] * (head_lines - len(lines))
    out: list[Flowable] = [markup(escape(line) or "&nbsp;", st.sign) for line in lines]
    out.append(Spacer(1, SIGN_SPACE))
    out.extend(_name_lines(cell.signatory, width - 8))
    return out


class _WholeTable(Table):
    """A table that is never split: it moves to the next page whole."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


def signature_block(rows: Sequence[Sequence[SignatureCell | None]], width: float) -> Table:
    """Rows of signatures, each row spread evenly across ``width``; ``None`` leaves a gap.

    Returned as one table so that callers can keep it whole (never split across pages).
    """
    inner: list[list[Any]] = []
    for row in rows:
        head = max((len(c.lead) + len(c.signatory.title_lines) for c in row if c), default=0)
        cells = [_signature_cell(c, head, width / len(row)) if c else "" for c in row]
        table = Table([cells], colWidths=[width / len(row)] * len(row))
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        inner.append([table])
    outer = _WholeTable(inner, colWidths=[width])
    outer.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    return outer


class TableWithTail(Flowable):
    """A table followed by a block (signatures) that never leaves the table's last rows.

    When table and block do not fit together, the table is split so that at least
    ``keep_rows`` of its rows go to the next page with the block; the block itself is
    never split. This is what stops a printout from ending with a lone signature block —
    or with a signatory's name cut off.
    """

    def __init__(self, table: Table, block: Flowable, keep_rows: int = 2, gap: float = 14) -> None:
        super().__init__()
        self.table, self.block, self.keep_rows, self.gap = table, block, keep_rows, gap
        self._table_h = self._block_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, self._table_h = self.table.wrapOn(self.canv, availWidth, availHeight)
        _, self._block_h = self.block.wrapOn(self.canv, availWidth, availHeight)
        self.width, self.height = availWidth, self._table_h + self.gap + self._block_h
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        heights: Sequence[float] = getattr(self.table, "_rowHeights", None) or []
        header = self.table.repeatRows if isinstance(self.table.repeatRows, int) else 0
        last_on_this_page = len(heights) - self.keep_rows
        if last_on_this_page <= header:
            return []  # too short to split: all of it moves to the next page
        limit = min(availHeight, sum(heights[:last_on_this_page]) + 0.01)
        parts = self.table.split(availWidth, limit)
        if len(parts) < 2:
            return []
        return [parts[0], TableWithTail(parts[1], self.block, self.keep_rows, self.gap)]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self._block_h + self.gap)
        self.block.drawOn(self.canv, 0, 0)


class _KeepWithNext(KeepTogether):
    """What a heading with ``keepWithNext`` forms with the flowable after it.

    reportlab's plain KeepTogether moves a heading and a long table to a new page even
    when most of this page is free. Here the table starts on this page whenever at least
    :attr:`MIN_SPACE` is left (room for the heading, the table header and a row or two);
    only with less does the heading move on with it.
    """

    MIN_SPACE = 110.0

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self.MIN_SPACE:
            return self._content[:]
        return super().split(aW, aH)


def attach_block(story: list[Flowable], block: Flowable, keep_rows: int = 2) -> None:
    """Append ``block`` to ``story``, kept on one page with what precedes it.

    After a table, with at least its last ``keep_rows`` rows; after text, with the last
    paragraphs back to their heading (at most a few), so a signature block never opens a
    page on its own.
    """
    while story and isinstance(story[-1], Spacer):
        story.pop()
    if not story:
        story.append(block)
        return
    if isinstance(story[-1], Table):
        story.append(TableWithTail(story.pop(), block, keep_rows))
        return
    tail = [story.pop()]
    while (story and len(tail) < 6 and not isinstance(story[-1], Table)
           and not tail[0].getKeepWithNext()):
        tail.insert(0, story.pop())
    story.append(KeepTogether([*tail, Spacer(1, 14), block]))


# --- page template ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentSpec:
    """What the page template needs to know about a document."""

    title: str  # PDF metadata and running header
    running_header: str  # printed at the top of pages 2 … n
    letterhead: Letterhead
    paper: str = "A4"
    landscape: bool = False
    draft: bool = False
    subject: str = ""


def _draw_watermark(canvas: Canvas, width: float, height: float) -> None:
    # Drawn over the content but translucent: table shading cannot hide it, text stays legible.
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
    canvas.setFont(FONT_BOLD, min(width, height) * 0.32)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35 if height > width else 25)
    canvas.drawCentredString(0, -min(width, height) * 0.11, "DRAF")
    canvas.restoreState()


def _footer_drawer(margins: Margins, width: float) -> Callable[[Canvas, int, int], None]:
    def draw(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - margins.right, margins.bottom / 2,
                               f"Halaman {page} dari {total}")
        canvas.restoreState()
    return draw


def _canvas_maker(footer: Callable[[Canvas, int, int], None], pages: list[int]) -> type[Canvas]:
    """A canvas that holds its pages back until it knows how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                Canvas.showPage(self)
            pages.append(total)
            Canvas.save(self)

    return NumberedCanvas


def _page_templates(spec: DocumentSpec) -> list[PageTemplate]:
    width, height = page_size(spec.paper, spec.landscape)
    margins = LANDSCAPE_MARGINS if spec.landscape else PORTRAIT_MARGINS
    frame_w = width - margins.left - margins.right
    kop = letterhead_flowable(spec.letterhead, frame_w)
    _, kop_h = kop.wrap(frame_w, height)
    rule_y = height - margins.kop_top - kop_h - RULE_GAP
    first_top = rule_y - 3.2 - 12

    def on_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        kop.drawOn(canvas, margins.left, height - margins.kop_top - kop_h)
        draw_double_rule(canvas, margins.left, width - margins.right, rule_y)

    def on_later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT_ITALIC, 7.5)
        canvas.setFillColor(MUTED)
        y = height - margins.top + 4 * mm
        canvas.drawString(margins.left, y + 2, spec.running_header)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.line(margins.left, y - 1.5, width - margins.right, y - 1.5)
        canvas.restoreState()

    def on_end(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if spec.draft:
            _draw_watermark(canvas, width, height)

    def frame(top: float, name: str) -> Frame:
        return Frame(margins.left, margins.bottom, frame_w, top - margins.bottom, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    return [
        PageTemplate("first", [frame(first_top, "f1")], onPage=on_first, onPageEnd=on_end,
                     pagesize=(width, height)),
        PageTemplate("later", [frame(height - margins.top, "f2")], onPage=on_later,
                     onPageEnd=on_end, pagesize=(width, height)),
    ]


def frame_width(paper: str, landscape: bool) -> float:
    """The width of the text area of a page."""
    margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
    return page_size(paper, landscape)[0] - margins.left - margins.right


def render(spec: DocumentSpec, story: list[Flowable], out_path: Path | str) -> int:
    """Lay out ``story`` on the document's pages and write ``out_path``; the page count.

    The file is written next to its destination and moved into place, so a failed build
    never leaves half a PDF where the last good one was.
    """
    register_fonts()
    out_path = Path(out_path)
    width, height = page_size(spec.paper, spec.landscape)
    margins = LANDSCAPE_MARGINS if spec.landscape else PORTRAIT_MARGINS
    pages: list[int] = []
    # Not mkstemp: its 0600 mode would stay on the finished file; this one gets the umask's.
    tmp_name = str(out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex[:12]}.tmp"))
    try:
        doc = BaseDocTemplate(
            tmp_name, pagesize=(width, height), title=spec.title, author=spec.letterhead.office,
            subject=spec.subject, creator="PERUT Desktop", lang="id-ID", invariant=True,
            leftMargin=margins.left, rightMargin=margins.right, topMargin=margins.top,
            bottomMargin=margins.bottom,
            # Else every page also names Helvetica, a font that is not embedded.
            initialFontName=FONT,
        )
        doc.keepTogetherClass = _KeepWithNext
        doc.addPageTemplates(_page_templates(spec))
        doc.build([NextPageTemplate("later"), *story],
                  canvasmaker=_canvas_maker(_footer_drawer(margins, width), pages))
        os.replace(tmp_name, out_path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return pages[-1]
