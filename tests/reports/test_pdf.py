"""The PDF documents, built from view models and read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_date
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from perut_desktop.reports.pdf import (
    Approval,
    AttachmentItem,
    AttendanceSheetData,
    Attendee,
    BookResult,
    ChecklistBook,
    ChecklistCategory,
    ChecklistFormData,
    ComplianceNote,
    FollowUpItem,
    Letterhead,
    MinutesData,
    ResultCategory,
    ReviewNote,
    Signatory,
    StatusEvent,
    VisitReportData,
    build_attendance_sheet,
    build_checklist_form,
    build_visit_report,
    page_size,
)
from perut_desktop.reports.pdf.base import (
    BOX,
    CHECK,
    FONT,
    LANDSCAPE_MARGINS,
    PORTRAIT_MARGINS,
    format_day_date,
    format_day_name,
    format_long_date,
    format_score,
    format_short_date,
    register_fonts,
)

# --- sample data ------------------------------------------------------------------------------

BOOKS: dict[tuple[str, str], list[str]] = {
    ("A", "Administrasi Umum"): [
        "Buku Peraturan Kepala Desa", "Buku Keputusan Kepala Desa",
        "Buku Aparatur Pemerintahan Desa", "Buku Tanah Kas Desa dan Buku Tanah di Desa",
        "Buku Agenda Surat Masuk dan Surat Keluar", "Buku Ekspedisi",
        "Buku Lembaran Desa dan Berita Desa",
    ],
    ("B", "Administrasi Penduduk"): [
        "Buku Induk Penduduk", "Buku Rekapitulasi Jumlah Penduduk", "Buku Penduduk Sementara",
        "Buku KTP dan KK",
    ],
    ("C", "Administrasi Keuangan"): [
        "Buku Anggaran Pendapatan dan Belanja Desa (APBDesa)",
        "Buku Kas Umum dan Kas Pembantu Kegiatan", "Buku Bank Desa",
    ],
    ("D", "Administrasi Pembangunan"): [
        "Buku Rencana Kerja Pembangunan", "Buku Kegiatan Pembangunan",
        "Buku Inventaris Hasil Pembangunan", "Buku Kader Pemberdayaan",
    ],
}
ALL_TITLES = [title for titles in BOOKS.values() for title in titles]

LETTERHEAD = Letterhead(
    government="Pemerintah Kabupaten Balangan", office="Kecamatan Awayan",
    address="Jalan Jenderal Ahmad Yani Km. 1, Awayan", postal_code="71664",
    phone="(0526) 2028123", email="kec.awayan@balangankab.go.id",
)
OFFICER = Signatory("Pendamping", "Rahmadi, S.AP.", "198605212010011006")
VILLAGE_HEAD = Signatory("Pj. Kepala Desa Baru", "Hj. Siti Aminah")
CAMAT = Signatory("a.n. Camat Awayan\nSekretaris Kecamatan", "Drs. H. Syahrani, M.Si.",
                  "197203151998031007")
VISIT_DATE = dt.date(2026, 11, 23)
ATTENDEES = (
    Attendee("H. Ahmad Syarkawi", "Kepala Dusun I", "pemdes", "L"),
    Attendee("Noor Hidayah, S.E.", "Sekretaris Desa", "pemdes", "P"),
    Attendee("Muhammad Ridwan", "Kasi Pemerintahan", "pemdes", "L"),
    Attendee("Abdul Gani", "Ketua BPD", "bpd", "L"),
    Attendee("Rusmini", "Anggota BPD", "bpd", "P"),
    Attendee("Hj. Masitah", "Ketua TP PKK", "lkd", "P"),
    Attendee("Jumberi", "Tokoh masyarakat", "masyarakat", "L"),
)
OPEN_FOLLOW_UP = FollowUpItem(
    "Melengkapi Buku Ekspedisi dengan tanda terima", "Sekretaris Desa", dt.date(2026, 11, 15),
    dt.date(2026, 10, 20), "belum", "Sebagian tanda terima sudah dikumpulkan", dt.date(2026, 11, 1))
STATUSES = ["lengkap", "belum_lengkap", "tidak_ada", "tidak_berlaku", None, "lengkap"]
#: Scores as the scores service would give them; the builder prints them, never recomputes.
CATEGORY_SCORES = {"A": 0.5, "B": 0.25, "C": None, "D": 1.0}
OVERALL_SCORE = 0.6


def categories() -> tuple[ChecklistCategory, ...]:
    return tuple(
        ChecklistCategory(code, name, tuple(
            ChecklistBook(f"{code}.{i}", title, f"Periksa isi {title.lower()} sampai bulan lalu.")
            for i, title in enumerate(titles, start=1)))
        for (code, name), titles in BOOKS.items())


def results() -> tuple[ResultCategory, ...]:
    out = []
    n = 0
    for (code, name), titles in BOOKS.items():
        rows = []
        for i, title in enumerate(titles, start=1):
            status = STATUSES[n % len(STATUSES)]
            n += 1
            rows.append(BookResult(f"{code}.{i}", title, status, dt.date(2026, 11, 2)
                                   if status == "lengkap" else None, "Perlu dimutakhirkan"
                                   if status == "belum_lengkap" else ""))
        out.append(ResultCategory(code, name, tuple(rows), CATEGORY_SCORES[code]))
    return tuple(out)


def photo(path: Path) -> Path:
    img = Image.new("RGB", (800, 600), (90, 140, 90))
    ImageDraw.Draw(img).rectangle((200, 150, 600, 450), fill=(220, 200, 160))
    img.save(path, format="JPEG")
    return path


def report(tmp_path: Path, *, approved: bool, findings: bool = True) -> VisitReportData:
    history = [
        StatusEvent(dt.datetime(2026, 11, 23, 15, 10), "draf", None, "Rahmadi, S.AP."),
        StatusEvent(dt.datetime(2026, 11, 24, 8, 30), "diajukan", "draf", "Rahmadi, S.AP."),
    ]
    if approved:
        history.append(StatusEvent(dt.datetime(2026, 11, 25, 9, 0), "disetujui", "diajukan",
                                   "Ahmad Fauzan", "Disetujui Camat"))
    return VisitReportData(
        LETTERHEAD, "Baru", VISIT_DATE, OFFICER, VILLAGE_HEAD, "Camat Awayan",
        agenda="Pemeriksaan buku administrasi desa", venue="Balai Desa Baru",
        time="09.00–12.30 WITA", status="disetujui" if approved else "diajukan",
        status_history=tuple(history), categories=results(), attendees=ATTENDEES,
        minutes=MinutesData("Hj. Siti Aminah", "Noor Hidayah, S.E.", "Rapat dibuka pukul 09.10.",
                            "Pemeriksaan buku.\nBuku Ekspedisi belum lengkap.",
                            "Sekretaris Desa melengkapi Buku Ekspedisi.", "Rapat ditutup."),
        new_follow_ups=(FollowUpItem("Menutup Buku Kas Umum bulan November",
                                     "Kaur Keuangan Siti Rahmah", dt.date(2026, 12, 5)),),
        earlier_follow_ups=(OPEN_FOLLOW_UP,),
        attachments=(AttachmentItem("foto.jpg", "Pemeriksaan buku", photo(tmp_path / "foto.jpg")),
                     AttachmentItem("hilang.jpg", "Berkas belum diunduh",
                                    tmp_path / "tidak-ada.jpg")),
        findings=(ComplianceNote("PERDES_BPD_KADES", "pelanggaran",
                                 "Rancangan Perdes disampaikan kepada Kepala Desa lewat 7 hari.",
                                 "PP 43/2014 Pasal 84 ayat (1)"),) if findings else (),
        reviews=(ReviewNote(dt.datetime(2026, 11, 24, 10, 5), "Ahmad Fauzan",
                            "Foto Buku Ekspedisi dilampirkan pada kunjungan berikutnya."),),
        approval=Approval(CAMAT, dt.date(2026, 11, 25)) if approved else None,
        overall_score=OVERALL_SCORE, time_zone="WITA", absent_invitees=2,
    )


# --- helpers ----------------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces (cells wrap lines)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def page_dims(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def assert_page_numbers(texts: list[str]) -> None:
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {total}" in text


def font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names |= {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    return names


def image_count(path: Path, page_index: int) -> int:
    resources = PdfReader(path).pages[page_index]["/Resources"].get_object()
    xobjects = resources.get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


# --- fixtures: each document built once -------------------------------------------------------


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def checklist(out_dir: Path) -> tuple[Path, int]:
    data = ChecklistFormData(LETTERHEAD, "Baru", categories(), visit_date=VISIT_DATE,
                             officer=OFFICER, village_head=VILLAGE_HEAD,
                             open_follow_ups=(OPEN_FOLLOW_UP,), template_name="Pedoman PERUT 2024")
    path = out_dir / "checklist.pdf"
    return path, build_checklist_form(data, path)


@pytest.fixture(scope="module")
def draft_report(out_dir: Path) -> tuple[Path, int]:
    path = out_dir / "report-draft.pdf"
    return path, build_visit_report(report(out_dir, approved=False), path)


@pytest.fixture(scope="module")
def approved_report(out_dir: Path) -> tuple[Path, int]:
    path = out_dir / "report-approved.pdf"
    return path, build_visit_report(report(out_dir, approved=True, findings=False), path,
                                    paper="F4")


# --- common layer -----------------------------------------------------------------------------


def test_indonesian_dates_and_scores() -> None:
    day = dt.date(2026, 11, 22)
    assert format_long_date(day) == "22 November 2026"
    assert format_day_name(day) == "Minggu"
    assert format_day_date(dt.date(2026, 8, 17)) == "Senin, 17 Agustus 2026"
    assert format_score(None) == "–"
    assert format_score(0.75) == "75%"


def test_paper_sizes() -> None:
    assert page_size("A4") == pytest.approx((595.3, 841.9), abs=0.1)
    assert page_size("F4") == pytest.approx((609.4, 935.4), abs=0.1)
    assert page_size("folio", landscape=True) == pytest.approx((935.4, 609.4), abs=0.1)
    with pytest.raises(ValueError, match="A4 atau F4"):
        page_size("Letter")


# --- 1. checklist form ------------------------------------------------------------------------


def test_checklist_lists_every_book_by_category(checklist: tuple[Path, int]) -> None:
    path, pages = checklist
    texts = page_texts(path)
    assert pages == len(texts) >= 2
    everything = " ".join(texts)
    assert "DAFTAR PERIKSA ADMINISTRASI DESA" in everything
    assert "Desa : Baru" in everything and "Senin, 23 November 2026" in everything
    for title in ALL_TITLES:
        assert title in everything
    for heading in ("A. Administrasi Umum", "B. Administrasi Penduduk",
                    "C. Administrasi Keuangan", "D. Administrasi Pembangunan"):
        assert heading in everything
    assert everything.count("☐") >= 4 * len(ALL_TITLES) + 2  # + the follow-up boxes
    assert "Melengkapi Buku Ekspedisi dengan tanda terima" in everything
    assert "☐ Selesai ☐ Belum" in everything
    assert_page_numbers(texts)


def test_checklist_is_landscape_with_signatures_on_the_last_page(
        checklist: tuple[Path, int]) -> None:
    path, _ = checklist
    assert all(d == pytest.approx((841.9, 595.3), abs=0.1) for d in page_dims(path))
    last = page_texts(path)[-1]
    for expected in ("Mengetahui,", "Pj. Kepala Desa Baru", "Hj. Siti Aminah", "Pendamping",
                     "Rahmadi, S.AP.", "NIP. 198605212010011006", "Baru, 23 November 2026"):
        assert expected in last
    assert "DRAF" not in " ".join(page_texts(path))


def test_fonts_are_embedded_dejavu(checklist: tuple[Path, int]) -> None:
    names = font_names(checklist[0])
    assert names and all("DejaVuSans" in name for name in names)


def test_checklist_on_f4_without_date_or_officer(tmp_path: Path) -> None:
    data = ChecklistFormData(LETTERHEAD, "Sei Pumpung", categories())
    path = tmp_path / "blank.pdf"
    pages = build_checklist_form(data, path, paper="F4")
    assert all(d == pytest.approx((935.4, 609.4), abs=0.1) for d in page_dims(path))
    texts = page_texts(path)
    assert pages == len(texts)
    assert "Kepala Desa Sei Pumpung" in texts[-1] and "Sei Pumpung, ....." in texts[-1]
    assert "Tidak ada tindak lanjut yang masih terbuka" in " ".join(texts)


# --- 2. attendance sheet ----------------------------------------------------------------------


def attendance(attendees: tuple[Attendee, ...], empty_rows: int = 5) -> AttendanceSheetData:
    return AttendanceSheetData(
        LETTERHEAD, "Baru", "Pendampingan rutin administrasi desa", OFFICER, date=VISIT_DATE,
        time="09.00 WITA s.d. selesai", venue="Balai Desa Baru", attendees=attendees,
        empty_rows=empty_rows)


def test_attendance_sheet(tmp_path: Path) -> None:
    path = tmp_path / "hadir.pdf"
    pages = build_attendance_sheet(attendance(ATTENDEES), path)
    texts = page_texts(path)
    assert pages == len(texts)
    assert all(d == pytest.approx((595.3, 841.9), abs=0.1) for d in page_dims(path))
    everything = " ".join(texts)
    for expected in ("DAFTAR HADIR", "Senin, 23 November 2026", "Balai Desa Baru",
                     "Jabatan/Unsur", "Tanda Tangan", "Rahmadi, S.AP.",
                     "NIP. 198605212010011006", "Baru, 23 November 2026"):
        assert expected in everything
    for person in ATTENDEES:
        assert person.name in everything and person.position in everything
    # Numbered signature lines for the attendees and the blank rows after them.
    n = len(ATTENDEES) + 5
    assert "1. ....." in everything and f"{n}. ....." in everything
    assert f"{n + 1}. ....." not in everything
    assert_page_numbers(texts)


def test_long_attendance_list_keeps_the_signature_with_the_last_rows(tmp_path: Path) -> None:
    people = tuple(Attendee(f"Warga Nomor {i:02d}", "Masyarakat", "masyarakat",
                            "L" if i % 2 else "P") for i in range(1, 81))
    path = tmp_path / "hadir-panjang.pdf"
    pages = build_attendance_sheet(attendance(people, empty_rows=0), path, paper="F4")
    texts = page_texts(path)
    assert pages == len(texts) >= 3
    assert all(d == pytest.approx((609.4, 935.4), abs=0.1) for d in page_dims(path))
    everything = " ".join(texts)
    assert all(everything.count(p.name) == 1 for p in people)
    last = texts[-1]
    for expected in ("Baru, 23 November 2026", "Pendamping", "Rahmadi, S.AP.",
                     "NIP. 198605212010011006"):
        assert expected in last
    # The block is not alone: the final rows went with it, and no other page has it.
    assert "Warga Nomor 79" in last and "Warga Nomor 80" in last
    assert not any("NIP." in text for text in texts[:-1])
    assert_page_numbers(texts)


# --- 3. visit report --------------------------------------------------------------------------


def test_visit_report_content(draft_report: tuple[Path, int]) -> None:
    path, pages = draft_report
    texts = page_texts(path)
    assert pages == len(texts)
    everything = " ".join(texts)
    for expected in ("LAPORAN HASIL PENDAMPINGAN", "Desa : Baru", "Senin, 23 November 2026",
                     "Pemeriksaan buku administrasi desa",
                     "Rahmadi, S.AP. (NIP. 198605212010011006)",
                     "Riwayat status", "Draf", "Diajukan", "Skor: ", "Keseluruhan",
                     "Belum diperiksa.", "Rekapitulasi kehadiran", "Pemerintah Desa",
                     "Pimpinan rapat", "Buku Ekspedisi belum lengkap.",
                     "Menutup Buku Kas Umum bulan November", "Sebagian tanda terima",
                     "lewat batas waktu", "PERDES_BPD_KADES", "Pelanggaran",
                     "PP 43/2014 Pasal 84 ayat (1)", "Pemeriksaan buku", "hilang.jpg",
                     "Foto Buku Ekspedisi dilampirkan", "✓", "Waktu (WITA)",
                     "Undangan yang tidak hadir: 2 orang."):
        assert expected in everything, expected
    for title in ALL_TITLES:
        assert title in everything
    for person in ATTENDEES:
        assert person.name in everything
    assert_page_numbers(texts)


def test_visit_report_prints_the_scores_it_is_given(draft_report: tuple[Path, int]) -> None:
    # One formula, in services.scores: the builder prints the numbers the view model carries.
    everything = " ".join(page_texts(draft_report[0]))
    assert "Keseluruhan 18" in everything and everything.count("60%") == 1
    for category in results():
        assert f"{category.code}. {category.name} Skor: {format_score(category.score)}" \
            in everything
    assert "Skor: 50%" in everything and "Skor: –" in everything


def test_draft_report_has_watermark_and_blank_camat_block(
        draft_report: tuple[Path, int]) -> None:
    path, _ = draft_report
    texts = page_texts(path)
    assert all("DRAF" in text for text in texts)
    last = texts[-1]
    for expected in ("Mengetahui,", "Pj. Kepala Desa Baru", "Hj. Siti Aminah", "Pendamping",
                     "Rahmadi, S.AP.", "NIP. 198605212010011006", "Awayan, 23 November 2026",
                     "Menyetujui,", "Camat Awayan", "NIP. ....."):
        assert expected in last, expected
    assert CAMAT.name not in " ".join(texts)
    # The photo is shown as a thumbnail; the attachment whose file is missing is only listed.
    assert sum(image_count(path, i) for i in range(len(texts))) == 1


def test_approved_report_prints_the_recorded_signatory(
        approved_report: tuple[Path, int]) -> None:
    path, pages = approved_report
    texts = page_texts(path)
    assert pages == len(texts)
    assert all(d == pytest.approx((609.4, 935.4), abs=0.1) for d in page_dims(path))
    everything = " ".join(texts)
    assert "DRAF" not in everything
    assert "Tidak ada catatan." in everything  # no compliance findings
    last = texts[-1]
    for expected in ("a.n. Camat Awayan", "Sekretaris Kecamatan", "Drs. H. Syahrani, M.Si.",
                     "NIP. 197203151998031007", "Awayan, 25 November 2026", "Menyetujui,",
                     "Hj. Siti Aminah", "NIP. 198605212010011006"):
        assert expected in last, expected
    assert_page_numbers(texts)


def test_draft_flag_overrides_the_approval(tmp_path: Path) -> None:
    data = dataclasses.replace(report(tmp_path, approved=True), draft=True)
    path = tmp_path / "paksa-draf.pdf"
    build_visit_report(data, path)
    assert all("DRAF" in text for text in page_texts(path))


def test_logo_is_drawn_and_a_missing_logo_is_skipped(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 150), (20, 90, 40, 255)).save(logo)
    with_logo = tmp_path / "logo.pdf"
    build_attendance_sheet(dataclasses.replace(
        attendance(ATTENDEES[:2]), letterhead=dataclasses.replace(LETTERHEAD, logo_path=logo)),
        with_logo)
    assert image_count(with_logo, 0) == 1
    without = tmp_path / "tanpa-logo.pdf"
    build_attendance_sheet(dataclasses.replace(
        attendance(ATTENDEES[:2]),
        letterhead=dataclasses.replace(LETTERHEAD, logo_path=tmp_path / "tidak-ada.png")),
        without)
    assert image_count(without, 0) == 0
    assert "KECAMATAN AWAYAN" in page_texts(without)[0]


def test_user_text_is_escaped(tmp_path: Path) -> None:
    data = dataclasses.replace(
        report(tmp_path, approved=False),
        agenda="Rapat <RKPDes> & APBDes", attachments=(), findings=(), reviews=())
    path = tmp_path / "escape.pdf"
    build_visit_report(data, path)
    everything = " ".join(page_texts(path))
    assert "Rapat <RKPDes> & APBDes" in everything
    assert "Tidak ada lampiran." in everything
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was moved into place


def test_text_too_long_for_a_cell_follows_the_table(tmp_path: Path) -> None:
    # A row cannot break across pages: a very long note would not fit any page.
    note = " ".join(f"Kalimat catatan ke-{i} tentang buku kas." for i in range(1, 121))
    first, *others = results()
    books = (dataclasses.replace(first.results[0], notes=note), *first.results[1:])
    data = dataclasses.replace(report(tmp_path, approved=False),
                               categories=(dataclasses.replace(first, results=books), *others),
                               earlier_follow_ups=(dataclasses.replace(OPEN_FOLLOW_UP,
                                                                       progress=note),))
    path = tmp_path / "panjang.pdf"
    pages = build_visit_report(data, path)
    everything = " ".join(page_texts(path))
    assert pages == len(PdfReader(path).pages)
    assert "selengkapnya pada catatan [1] di bawah tabel" in everything
    assert everything.count("Kalimat catatan ke-120 tentang buku kas.") == 2  # both notes, whole


# --- print quality: margins, fonts, marks, signature blocks at page breaks --------------------


def text_runs(path: Path, page_index: int) -> list[tuple[float, float, str, Any]]:
    """(x, y, text, font dictionary) of each text run drawn on a page, in points."""
    runs: list[tuple[float, float, str, Any]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, _size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text.strip(), font))

    PdfReader(path).pages[page_index].extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(("document", "landscape", "paper"), [
    ("checklist", True, "A4"), ("draft_report", False, "A4"), ("approved_report", False, "F4"),
])
def test_margins_leave_room_for_binding(document: str, landscape: bool, paper: str,
                                        request: pytest.FixtureRequest) -> None:
    path, pages = request.getfixturevalue(document)
    margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
    width = page_size(paper, landscape)[0]
    assert margins.left >= margins.right + 5 * mm  # the binding edge is the wider one
    for index in range(pages):
        runs = text_runs(path, index)
        # Nothing is printed in the binding margin; the text starts right at it.
        assert min(x for x, *_ in runs) == pytest.approx(margins.left, abs=0.5)
        # "Halaman X dari Y" ends at the right margin.
        footer = f"Halaman {index + 1} dari {pages}"
        x = next(x for x, _, text, _ in runs if text == footer)
        assert x + pdfmetrics.stringWidth(footer, FONT, 8) == pytest.approx(
            width - margins.right, abs=0.5)


def _embedded(font: Any) -> bool:
    font = font.get_object()
    descriptors = [font.get("/FontDescriptor")]
    descriptors += [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
    return any(d is not None and any(k in d.get_object() for k in ("/FontFile", "/FontFile2",
                                                                    "/FontFile3"))
               for d in descriptors)


@pytest.mark.parametrize("document", ["checklist", "draft_report", "approved_report"])
def test_every_font_is_embedded_truetype(document: str, request: pytest.FixtureRequest) -> None:
    path, _ = request.getfixturevalue(document)
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        assert fonts
        for font in fonts.values():
            assert font.get_object()["/Subtype"] in ("/TrueType", "/Type0")
            assert _embedded(font), font.get_object()["/BaseFont"]


def test_check_marks_and_boxes_are_drawn_with_a_font_that_has_them(
        checklist: tuple[Path, int], draft_report: tuple[Path, int]) -> None:
    register_fonts()
    for path, mark in ((checklist[0], BOX), (draft_report[0], CHECK)):
        runs = [(text, font) for i in range(len(PdfReader(path).pages))
                for _, _, text, font in text_runs(path, i) if mark in text]
        assert runs, mark
        for _, font in runs:
            assert _embedded(font)
            face = str(font.get_object()["/BaseFont"]).split("+")[-1]
            assert ord(mark) in pdfmetrics.getFont(face).face.charToGlyph, (face, mark)


def test_attendance_signature_lines_alternate_left_and_right(tmp_path: Path) -> None:
    path = tmp_path / "hadir.pdf"
    build_attendance_sheet(attendance(ATTENDEES, empty_rows=3), path)
    lines = {int(text.split(".")[0]): x for x, _, text, _ in text_runs(path, 0)
             if text.endswith(".....") and text.split(".")[0].isdigit()}
    assert sorted(lines) == list(range(1, len(ATTENDEES) + 4))
    left = {x for n, x in lines.items() if n % 2}
    right = {x for n, x in lines.items() if not n % 2}
    assert len(left) == len(right) == 1 and max(left) + 30 < min(right)


def test_landscape_checklist_keeps_its_signature_block_whole_at_every_length(
        tmp_path: Path) -> None:
    # As the list of open follow-ups grows the signatures cross a page break: they must
    # stay whole, on the last page, with the last rows of the table before them.
    pages_seen = set()
    for n in range(16):
        follow_ups = tuple(dataclasses.replace(OPEN_FOLLOW_UP, task=f"Tugas nomor {i:02d}")
                           for i in range(n))
        data = ChecklistFormData(LETTERHEAD, "Baru", categories(), visit_date=VISIT_DATE,
                                 officer=OFFICER, village_head=VILLAGE_HEAD,
                                 open_follow_ups=follow_ups)
        path = tmp_path / f"daftar-{n}.pdf"
        pages = build_checklist_form(data, path)
        texts = page_texts(path)
        pages_seen.add(pages)
        assert pages == len(texts)
        assert not any("Mengetahui," in text for text in texts[:-1]), n
        before, _, block = texts[-1].partition("Mengetahui,")
        # The table of new follow-ups (its header, repeated if need be, and its last rows)
        # comes before the block on the same page.
        assert "Tindak Lanjut Penanggung Jawab Batas Waktu" in before and " 4" in before, n
        for expected in ("Hj. Siti Aminah", "Rahmadi, S.AP.", "NIP. 198605212010011006"):
            assert expected in block, (n, expected)
    assert len(pages_seen) > 1  # the sweep did cross a page break


def test_visit_report_keeps_its_signature_blocks_whole_at_every_length(tmp_path: Path) -> None:
    base = report(tmp_path, approved=True)
    pages_seen = set()
    for n in range(14):
        reviews = tuple(ReviewNote(dt.datetime(2026, 11, 24, 10, 5), "Ahmad Fauzan",
                                   f"Catatan verifikasi ke-{i}. " * 8) for i in range(n))
        path = tmp_path / f"laporan-{n}.pdf"
        pages = build_visit_report(dataclasses.replace(base, reviews=reviews), path, paper="F4")
        texts = page_texts(path)
        pages_seen.add(pages)
        assert not any("Mengetahui," in text for text in texts[:-1]), n
        before, _, block = texts[-1].partition("Mengetahui,")
        # Never a page of signatures alone: text of the report comes before them.
        assert len(before.replace(f"Halaman {pages} dari {pages}", "")) > 100, n
        for expected in ("Hj. Siti Aminah", "NIP. 198605212010011006", "Menyetujui,",
                         "a.n. Camat Awayan", "Drs. H. Syahrani, M.Si.",
                         "NIP. 197203151998031007"):
            assert expected in block, (n, expected)
    assert len(pages_seen) > 1


def test_dates_come_from_babel_not_from_a_month_table() -> None:
    for month in range(1, 13):
        day = dt.date(2026, month, 17)
        assert format_long_date(day) == format_date(day, "d MMMM y", locale="id")
    assert format_long_date(dt.date(2026, 8, 17)) == "17 Agustus 2026"
    assert format_short_date(dt.date(2026, 2, 3)) == "3 Feb 2026"
    # No hand-written month names anywhere in the code that prints documents.
    root = Path(__file__).resolve().parents[2] / "perut_desktop"
    sources = [*(root / "reports").rglob("*.py"), root / "services" / "report_data.py",
               root / "services" / "recap.py"]
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for month in ("Januari", "Februari", "Maret", "Juni", "Juli", "Agustus", "Oktober",
                      "Desember"):
            assert month not in text, (source.name, month)
