"""The printed documents built from real replicas (the 1-year demo and a fresh master),
read back with pypdf: what each must show, who signs, the DRAF mark, paper and logo."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from sqlalchemy import select

from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import InputRejected, NotFound, UsageError
from perut_desktop.models import Device, UserProfile
from perut_desktop.reports import documents
from perut_desktop.reports.pdf.base import format_long_date, format_score
from perut_desktop.services import (
    people,
    report_settings,
    scores,
    setup,
    templates,
    villages,
    visits,
    workflow,
)
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.services.compliance.facts import findings_for_village
from perut_desktop.services.demo_data import CAMAT, STAFF
from tests.reports.test_pdf import assert_page_numbers, image_count, page_dims, page_texts

A4_LANDSCAPE = (841.9, 595.3)
F4_PORTRAIT = (609.4, 935.4)
#: The village of the added visit: the demo gives it compliance findings.
FINDINGS_VILLAGE = "Pematang"
VISIT_DAY = dt.date(2026, 11, 20)  # the demo's "today"
PHOTO_CAPTIONS = ("Pemeriksaan Buku Kas Umum", "Suasana rapat di kantor desa", "Lemari arsip desa")


# --- a visit with photos, added to a copy of the demo --------------------------------------------


def _ms(day: dt.date, hour: int) -> int:
    return int(dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC).timestamp() * 1000)


def _photos(folder: Path) -> list[Path]:
    out = []
    for n, colour in enumerate(((90, 140, 90), (140, 110, 80), (70, 90, 150))):
        img = Image.new("RGB", (1200, 900), colour)
        ImageDraw.Draw(img).rectangle((300, 200, 900, 700), fill=(230, 220, 190))
        path = folder / f"foto-{n}.jpg"
        img.save(path, "JPEG")
        out.append(path)
    return out


def add_photo_visit(replica: Replica, village: str, *, approve: bool = True) -> str:
    """A visit recorded on the village's laptop with three photos, submitted, verified and
    (unless ``approve`` is false) approved a.n. Camat by the Sekretaris Kecamatan."""
    with replica.begin() as s:
        v = villages.find_village(s, village)
        officer = next(o for o in people.list_officers(s) if v.name in o.villages)
        device = s.scalars(select(Device.id).where(Device.officer_id == officer.id)).one()
        users = {u.title: u.id for u in s.scalars(select(UserProfile))}
    store = AttachmentStore(replica.data_dir / "attachments")
    with replica.begin(device_id=device, now_ms=lambda: _ms(VISIT_DAY, 2)) as s:
        visit = visits.create_visit(s, village_id=v.id, officer_id=officer.id, visit_date=VISIT_DAY,
                                    start_time="09.00", end_time="12.00")
        for n, result in enumerate(visits.results(s, visit.id)):
            status = ("lengkap", "belum_lengkap", "tidak_ada")[n % 3]
            visits.set_result(s, visit.id, result.item_code, status=status,
                              notes="Entri Oktober belum ditulis" if status == "belum_lengkap" else "")
        for attendee in visits.attendees(s, visit.id):
            visits.edit_attendee(s, attendee.id, present=True)
        visits.add_attendee(s, visit.id, name="Jumberi Hasan", position="Tokoh masyarakat", gender="L")
        # The first earlier follow-up is closed at this visit, the second has progress but
        # stays open, any others are left as they were.
        for n, earlier in enumerate(visits.earlier_follow_ups(s, visit.id)[:2]):
            visits.record_progress(s, visit.id, earlier.id, status=("selesai", "belum")[n],
                                   note=("Sudah dilengkapi", "Baru sebagian diisi")[n])
        visits.add_follow_up(s, visit.id, task="Melengkapi Buku Ekspedisi dengan tanda terima",
                             responsible="Sekretaris Desa", due_on=VISIT_DAY + dt.timedelta(days=14))
        visits.set_minutes(s, visit.id, chair="Kepala Desa", note_taker="Sekretaris Desa",
                           discussion="Pemeriksaan buku administrasi.", decisions="Melengkapi Buku Ekspedisi.")
        for path, caption in zip(_photos(replica.data_dir.parent), PHOTO_CAPTIONS):
            visits.attach_file(s, store, visit.id, path, caption=caption)
        workflow.submit_visit(s, visit.id)
    reviewer = users["Kepala Seksi Pemerintahan"]
    with replica.begin(now_ms=lambda: _ms(VISIT_DAY + dt.timedelta(days=1), 2), actor_id=reviewer) as s:
        workflow.verify_visit(s, visit.id, "Berkas lengkap; foto bukti dilampirkan.")
    if approve:
        signer = users["Sekretaris Kecamatan"]
        with replica.begin(now_ms=lambda: _ms(VISIT_DAY + dt.timedelta(days=2), 2), actor_id=signer) as s:
            workflow.approve_visit(s, visit.id, title="an")
    return visit.id


@pytest.fixture(scope="module")
def photo_demo(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Replica, str]]:
    """A copy of the 1-year demo with an approved visit with photos to Pematang; read only."""
    folder = tmp_path_factory.mktemp("demo-foto") / "data"
    shutil.copytree(_demo_template, folder)
    replica = open_replica(folder)
    try:
        yield replica, add_photo_visit(replica, FINDINGS_VILLAGE)
    finally:
        replica.close()


def _visit_with_status(replica: Replica, status: str, **where: Any) -> visits.VisitSummary:
    with replica.begin() as s:
        rows = visits.list_visits(s, status=status)
    return next(r for r in rows if all(getattr(r, k) == v for k, v in where.items()))


# --- 1. blank checklist ----------------------------------------------------------------------------


def test_checklist_of_a_demo_village(demo_replica: Replica, tmp_path: Path) -> None:
    with demo_replica.begin() as s:
        village = villages.find_village(s, "Baru")
        books = templates.current_template(s).items
        open_tasks = [f.task for f in visits.follow_ups_of_village(s, village.id)]
        officials = villages.list_officials(s, village.id, active_only=True)
        officer = next(o for o in people.list_officers(s) if "Baru" in o.villages)
    head = next(o.name for o in officials if o.position == "Kepala Desa")
    assert open_tasks  # the demo leaves some follow-ups of Baru open
    out = tmp_path / "keluaran" / "daftar-periksa.pdf"
    out.parent.mkdir()
    doc = documents.checklist_pdf(demo_replica, "desa baru", out)
    texts = page_texts(out)
    assert doc.pages == len(texts) == len(PdfReader(out).pages) and doc.paper == "A4"
    everything = " ".join(texts)
    assert "DAFTAR PERIKSA ADMINISTRASI DESA" in everything and "Desa : Baru" in everything
    assert "PEMERINTAH KABUPATEN BALANGAN" in texts[0] and "KECAMATAN AWAYAN" in texts[0]
    for book in books:
        assert book.title in everything, book.title
    for task in open_tasks:
        assert task in everything, task
    last = texts[-1]
    for expected in ("Mengetahui,", "Kepala Desa Baru", head, "Pendamping", officer.name,
                     f"NIP. {officer.nip}"):
        assert expected in last, expected
    assert "DRAF" not in everything
    assert all(d == pytest.approx(A4_LANDSCAPE, abs=0.1) for d in page_dims(out))
    assert_page_numbers(texts)
    assert [p.name for p in out.parent.iterdir()] == ["daftar-periksa.pdf"]  # no temporary file left


def test_checklists_of_all_villages(demo_replica: Replica, tmp_path: Path) -> None:
    tmp_path = tmp_path / "keluaran"
    tmp_path.mkdir()
    calls: list[tuple[int, int, str]] = []
    written = documents.checklist_pdfs_all(demo_replica, tmp_path, progress=lambda *a: calls.append(a))
    with demo_replica.begin() as s:
        all_villages = villages.list_villages(s)
    expected = {documents.checklist_filename(v.code, v.name): v.name for v in all_villages}
    assert len(written) == 23 and {p.name for p in tmp_path.iterdir()} == set(expected)
    assert "daftar-periksa-63.11.03.2022-sei-pumpung.pdf" in expected
    for doc in written:
        texts = page_texts(doc.path)
        assert doc.pages == len(texts)
        assert f"Desa : {expected[doc.path.name]}" in texts[0]
    assert calls[0][:2] == (0, 23) and calls[-1][:2] == (23, 23)


def test_checklist_filename_is_plain_ascii() -> None:
    assert documents.checklist_filename("63.11.03.2014", "Muara Jaya") == \
        "daftar-periksa-63.11.03.2014-muara-jaya.pdf"
    assert documents.checklist_filename("63.11.03.2002", "Tébing  Tinggi (Lama)") == \
        "daftar-periksa-63.11.03.2002-tebing-tinggi-lama.pdf"


def test_checklist_and_attendance_on_a_fresh_master(master: Replica, tmp_path: Path) -> None:
    out = tmp_path / "awayan.pdf"
    documents.checklist_pdf(master, "Awayan", out)
    last = page_texts(out)[-1]
    assert "Kepala Desa Awayan" in last and "NIP. ....." in last  # names to be written by hand
    assert "Tidak ada tindak lanjut yang masih terbuka" in " ".join(page_texts(out))
    sheet = tmp_path / "hadir.pdf"
    doc = documents.attendance_pdf(master, "Awayan", sheet)
    texts = page_texts(sheet)
    assert doc.pages == len(texts)
    everything = " ".join(texts)
    assert "Hari/Tanggal : ....." in everything and "Kantor Desa Awayan" in everything
    assert f"{documents.ATTENDANCE_EMPTY_ROWS}. ....." in everything
    assert f"{documents.ATTENDANCE_EMPTY_ROWS + 1}. ....." not in everything


# --- 2. attendance sheet ---------------------------------------------------------------------------


def test_attendance_sheet_of_a_demo_village_on_f4(demo_replica: Replica, tmp_path: Path) -> None:
    with demo_replica.begin() as s:
        village = villages.find_village(s, "Baru")
        officials = villages.list_officials(s, village.id, active_only=True)
    out = tmp_path / "hadir.pdf"
    doc = documents.attendance_pdf(demo_replica, "Baru", out, on=dt.date(2026, 11, 25), paper="F4")
    texts = page_texts(out)
    assert doc.pages == len(texts) and doc.paper == "F4"
    assert all(d == pytest.approx(F4_PORTRAIT, abs=0.1) for d in page_dims(out))
    everything = " ".join(texts)
    assert "DAFTAR HADIR" in everything and "Rabu, 25 November 2026" in everything
    for official in officials:
        assert official.name in everything and official.position in everything
    n = len(officials) + documents.ATTENDANCE_EMPTY_ROWS
    assert f"{n}. ....." in everything and f"{n + 1}. ....." not in everything
    head = next(o.name for o in officials if o.position == "Kepala Desa")
    for expected in ("Mengetahui,", "Kepala Desa Baru", head, "Baru, 25 November 2026", "Pendamping"):
        assert expected in texts[-1], expected
    assert_page_numbers(texts)


def test_an_acting_head_signs_as_pj(demo_replica: Replica, tmp_path: Path) -> None:
    with demo_replica.begin() as s:
        village = villages.find_village(s, "Baru")
        head = next(o for o in villages.list_officials(s, village.id) if o.position == "Kepala Desa")
        villages.edit_official(s, head.id, name="Drs. Hasan Basri", position="Pj. Kepala Desa")
    out = tmp_path / "hadir.pdf"
    documents.attendance_pdf(demo_replica, "Baru", out)
    assert "Pj. Kepala Desa Baru" in page_texts(out)[-1] and "Drs. Hasan Basri" in page_texts(out)[-1]
    # An earlier visit's report keeps the head of its own attendance list.
    earlier = _visit_with_status(demo_replica, "disetujui", village_name="Baru")
    report = tmp_path / "laporan.pdf"
    documents.visit_pdf(demo_replica, earlier.id, report)
    last = page_texts(report)[-1]
    assert head.name in last and "Drs. Hasan Basri" not in last and "Pj. Kepala Desa" not in last


# --- 3. visit report -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def photo_report(photo_demo: tuple[Replica, str], tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[Path, documents.WrittenDocument]:
    replica, visit_id = photo_demo
    out = tmp_path_factory.mktemp("laporan") / "laporan.pdf"
    return out, documents.visit_pdf(replica, visit_id, out)


def test_approved_report_with_photos_and_findings(photo_demo: tuple[Replica, str],
                                                  photo_report: tuple[Path, documents.WrittenDocument]) -> None:
    replica, visit_id = photo_demo
    out, doc = photo_report
    with replica.begin() as s:
        summary = visits.visit_summary(s, visit_id)
        books = [r.title for r in visits.results(s, visit_id)]
        present = [a.name for a in visits.attendees(s, visit_id) if a.present]
        officer = next(o for o in people.list_officers(s) if o.id == summary.officer_id)
        findings = findings_for_village(s, summary.village_id, VISIT_DAY)
        officials = villages.list_officials(s, summary.village_id)
    texts = page_texts(out)
    assert doc.pages == len(texts) == len(PdfReader(out).pages)
    everything = " ".join(texts)
    assert "LAPORAN HASIL PENDAMPINGAN" in everything and "Desa : Pematang" in everything
    assert "Jumat, 20 November 2026" in everything and "09.00 – 12.00 WITA" in everything
    for title in books:
        assert title in everything, title
    for name in present:
        assert name in everything, name
    assert "Melengkapi Buku Ekspedisi dengan tanda terima" in everything
    # Compliance as of the visit date, with the provision that applied.
    assert findings and "VI. CATATAN KEPATUHAN REGULASI" in everything
    for finding in findings:
        assert f"Kode aturan: {finding.rule_code}" in everything
    assert "Ketentuan: 7 hari, berlaku sejak 30 Mei 2014" in everything
    for caption in PHOTO_CAPTIONS:
        assert caption in everything
    assert sum(image_count(out, i) for i in range(len(texts))) == 3  # the photos as thumbnails
    head = next(o.name for o in officials if o.position == "Kepala Desa")
    name, nip, _title, _can_sign = STAFF[1]
    last = texts[-1]
    for expected in ("Mengetahui,", "Kepala Desa Pematang", head, "Pendamping", officer.name,
                     f"NIP. {officer.nip}", "Menyetujui,", "a.n. Camat Awayan", "Sekretaris Kecamatan",
                     name, f"NIP. {nip}", "Awayan, 22 November 2026"):
        assert expected in last, expected
    assert "DRAF" not in everything
    assert_page_numbers(texts)


def test_report_scores_are_the_services(photo_demo: tuple[Replica, str],
                                        photo_report: tuple[Path, documents.WrittenDocument]) -> None:
    replica, visit_id = photo_demo
    with replica.begin() as s:
        score = scores.visit_score(s, visit_id)
    everything = " ".join(page_texts(photo_report[0]))
    for category in score.categories:
        assert f"{category.category_code}. {category.category} Skor: {format_score(category.score)}" \
            in everything
    counts = [sum(getattr(c, name) for c in score.categories)
              for name in ("items", "lengkap", "belum_lengkap", "tidak_ada", "tidak_berlaku", "unchecked")]
    assert f"Keseluruhan {' '.join(map(str, counts))} {format_score(score.overall)}" in everything


def _between(text: str, start: str, end: str) -> str:
    assert start in text and end in text, (start, end)
    return text.split(start, 1)[1].split(end, 1)[0]


def test_report_attendance_follow_ups_and_reviews_are_the_databases(
        photo_demo: tuple[Replica, str], photo_report: tuple[Path, documents.WrittenDocument]) -> None:
    replica, visit_id = photo_demo
    with replica.begin() as s:
        present = [a for a in visits.attendees(s, visit_id) if a.present]
        earlier = visits.earlier_follow_ups(s, visit_id)
        reviews = [r for r in workflow.reviews(s, visit_id) if r.notes.strip()]
    everything = " ".join(page_texts(photo_report[0]))

    # III. Attendance: the counts by group and gender are those of the attendance list.
    counts = _between(everything, "Rekapitulasi kehadiran", "IV. NOTULEN")
    assert all(a.gender in ("L", "P") for a in present)
    labels = {"pemdes": "Pemerintah Desa", "bpd": "BPD", "lkd": "LKD", "masyarakat": "Masyarakat",
              "kecamatan": "Kecamatan", "lainnya": "Lainnya"}
    for group, label in labels.items():
        men = sum(1 for a in present if a.group == group and a.gender == "L")
        women = sum(1 for a in present if a.group == group and a.gender == "P")
        assert f"{label} {men} {women} {men + women}" in counts, label
    men = sum(1 for a in present if a.gender == "L")
    assert f"Jumlah {men} {len(present) - men} {len(present)}" in counts
    assert {a.group for a in present} >= {"pemdes", "bpd", "masyarakat"}

    # V. Follow-ups: the new one, and the earlier ones closed here or still open.
    new_part = _between(everything, "A. Tindak lanjut baru dari kunjungan ini",
                        "B. Tindak lanjut dari kunjungan sebelumnya")
    assert "Melengkapi Buku Ekspedisi dengan tanda terima" in new_part and "Sekretaris Desa" in new_part
    earlier_part = _between(everything, "B. Tindak lanjut dari kunjungan sebelumnya",
                            "VI. CATATAN KEPATUHAN REGULASI")
    assert len(earlier) >= 2
    for item in earlier:
        assert item.task in earlier_part, item.task
    assert earlier_part.count("Belum selesai") == sum(1 for f in earlier if f.status == "belum")
    assert "Selesai" in earlier_part.replace("Belum selesai", "")
    assert "Sudah dilengkapi" in earlier_part and "Baru sebagian diisi" in earlier_part

    # VIII. The reviewer's notes, with who wrote them.
    notes = _between(everything, "VIII. CATATAN VERIFIKASI", "Mengetahui,")
    assert reviews
    for review in reviews:
        assert review.notes in notes and review.reviewer_name in notes


def test_attendance_sheet_lists_only_active_officials(demo_replica: Replica, tmp_path: Path) -> None:
    with demo_replica.begin() as s:
        village = villages.find_village(s, "Baru")
        officials = villages.list_officials(s, village.id, active_only=True)
        gone = next(o for o in officials if o.position != "Kepala Desa")
        villages.edit_official(s, gone.id, name="Sudah Tidak Menjabat", active=False)
    out = tmp_path / "hadir.pdf"
    documents.attendance_pdf(demo_replica, "Baru", out)
    everything = " ".join(page_texts(out))
    assert "Sudah Tidak Menjabat" not in everything
    active = [o for o in officials if o.id != gone.id]
    for official in active:
        assert official.name in everything
    n = len(active) + documents.ATTENDANCE_EMPTY_ROWS
    assert f"{n}. ....." in everything and f"{n + 1}. ....." not in everything


def test_draft_report_is_marked_and_left_for_the_camat(demo_replica: Replica, tmp_path: Path) -> None:
    draft = _visit_with_status(demo_replica, "draf")
    out = tmp_path / "draf.pdf"
    doc = documents.visit_pdf(demo_replica, draft.id, out, paper="F4")
    texts = page_texts(out)
    assert doc.pages == len(texts) and all("DRAF" in text for text in texts)
    assert all(d == pytest.approx((609.4, 935.4), abs=0.1) for d in page_dims(out))
    last = texts[-1]
    for expected in ("Menyetujui,", "Camat Awayan", "NIP. .....", draft.officer_name,
                     f"Awayan, {format_long_date(draft.visit_date)}"):
        assert expected in last, expected
    assert CAMAT[0] not in " ".join(texts)


def test_camat_is_printed_as_recorded_at_approval(demo_replica: Replica, tmp_path: Path) -> None:
    approved = _visit_with_status(demo_replica, "disetujui")
    with demo_replica.begin() as s:
        approval = [r for r in workflow.reviews(s, approved.id) if r.verdict == "disetujui"][-1]
        setup.update_subdistrict(s, camat_name="Drs. Ahmad Baru, M.Si.", camat_nip="198001012005011001")
    assert approval.signatory_name == CAMAT[0]
    out = tmp_path / "disetujui.pdf"
    documents.visit_pdf(demo_replica, approved.id, out)
    everything = " ".join(page_texts(out))
    assert CAMAT[0] in everything and f"NIP. {CAMAT[1]}" in everything
    assert "Drs. Ahmad Baru" not in everything and "DRAF" not in everything
    approved_on = (approval.reviewed_at + dt.timedelta(hours=8)).date()  # WITA
    assert f"Awayan, {format_long_date(approved_on)} Menyetujui," in page_texts(out)[-1]


# --- settings, paper, logo --------------------------------------------------------------------------


def _logo(path: Path) -> Path:
    Image.new("RGBA", (120, 150), (20, 90, 40, 255)).save(path)
    return path


def test_paper_and_logo_settings(master: Replica, tmp_path: Path) -> None:
    with master.begin() as s:
        assert report_settings.report_settings(s, master.data_dir) == report_settings.ReportSettings("A4", None)
        settings = report_settings.update_report_settings(s, master.data_dir, paper="folio",
                                                      logo=_logo(tmp_path / "logo.png"))
    assert settings.paper == "F4" and settings.logo_path is not None
    assert settings.logo_path.parent == master.data_dir / report_settings.LOGO_FOLDER
    (tmp_path / "logo.png").unlink()  # the copy in the data folder is what prints
    out = tmp_path / "f4.pdf"
    doc = documents.checklist_pdf(master, "Awayan", out)
    assert doc.paper == "F4" and image_count(out, 0) == 1
    assert all(d == pytest.approx((935.4, 609.4), abs=0.1) for d in page_dims(out))
    assert documents.checklist_pdf(master, "Awayan", out, paper="A4").paper == "A4"

    with master.begin() as s:
        replaced = report_settings.update_report_settings(s, master.data_dir, logo=_logo(tmp_path / "baru.png"))
    assert [p.name for p in (master.data_dir / report_settings.LOGO_FOLDER).iterdir()] == [replaced.logo_path.name]
    with master.begin() as s:
        cleared = report_settings.update_report_settings(s, master.data_dir, remove_logo=True)
    assert cleared == report_settings.ReportSettings("F4", None)
    documents.checklist_pdf(master, "Awayan", out)
    assert image_count(out, 0) == 0


def test_a_logo_that_is_not_an_image_is_refused(master: Replica, tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("bukan gambar")
    with pytest.raises(InputRejected, match="bukan gambar"), master.begin() as s:
        report_settings.update_report_settings(s, master.data_dir, logo=text)
    with pytest.raises(InputRejected, match="tidak dapat dibaca: berkas tidak ada"), master.begin() as s:
        report_settings.update_report_settings(s, master.data_dir, logo=tmp_path / "tidak-ada.png")
    with pytest.raises(InputRejected, match="adalah folder"), master.begin() as s:
        report_settings.update_report_settings(s, master.data_dir, logo=tmp_path)
    with master.begin() as s:
        assert report_settings.report_settings(s, master.data_dir).logo_path is None
    assert not (master.data_dir / report_settings.LOGO_FOLDER).exists()


# --- bad input ---------------------------------------------------------------------------------


def test_outputs_that_cannot_be_written_are_refused_before_any_work(master: Replica, tmp_path: Path) -> None:
    tmp_path = tmp_path / "keluaran"
    tmp_path.mkdir()
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("x")
    for out, message in ((tmp_path / "tidak-ada" / "x.pdf", "tidak ada"),
                         (a_file / "x.pdf", "tidak ada"),
                         (tmp_path, "adalah folder")):
        with pytest.raises(InputRejected, match=message):
            documents.checklist_pdf(master, "Awayan", out)
    with pytest.raises(UsageError, match=r"\.pdf"):
        documents.attendance_pdf(master, "Awayan", tmp_path / "hadir.docx")
    with pytest.raises(InputRejected, match="tidak ada"):
        documents.checklist_pdfs_all(master, tmp_path / "tidak-ada")
    with pytest.raises(InputRejected, match="bukan folder"):
        documents.checklist_pdfs_all(master, a_file)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.txt"]


def test_unknown_village_or_visit(master: Replica, tmp_path: Path) -> None:
    tmp_path = tmp_path / "keluaran"
    tmp_path.mkdir()
    with pytest.raises(NotFound, match="Desa 'Atlantis' tidak dikenal"):
        documents.checklist_pdf(master, "Atlantis", tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="Desa 'Atlantis' tidak dikenal"):
        documents.attendance_pdf(master, "Atlantis", tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="tidak ditemukan"):
        documents.visit_pdf(master, "00000000-0000-0000-0000-000000000000", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []
