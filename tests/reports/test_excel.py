"""The Excel recap read back with openpyxl: sheets, headers, real cell types, counts that
match the database, colours, print set-up; the officials sheet read back and planned."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select

from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import InputRejected, NotFound, StateError, UsageError
from perut_desktop.models import Attendance, FollowUp, ScheduleEntry, VillageOfficial, Visit
from perut_desktop.reports import excel
from perut_desktop.services import officials_import as oi
from perut_desktop.services import recap, villages, visits
from perut_desktop.services.compliance.facts import findings

DEMO_TODAY = dt.date(2026, 11, 20)
FROM = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def built(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Replica, Path]]:
    """The demo replica (a private copy) and its recap of 2026 written once for the module."""
    folder = tmp_path_factory.mktemp("excel")
    shutil.copytree(_demo_template, folder / "demo")
    replica = open_replica(folder / "demo")
    with replica.begin() as s:
        data = recap.build_recap(s, recap.resolve_period(s, date_from=FROM, date_to=DEMO_TODAY))
    out = folder / "rekap.xlsx"
    excel.write_recap(data, out)
    yield replica, out
    replica.close()


@pytest.fixture(scope="module")
def book(built: tuple[Replica, Path]) -> Iterator[Workbook]:
    wb = load_workbook(built[1])
    yield wb
    wb.close()


def _header(ws: Worksheet) -> list[str]:
    """Column titles: the header row the auto-filter sits on, or the group row above it
    where a title spans both rows."""
    row = int(ws.auto_filter.ref.split(":")[0][1:])
    return [low.value or high.value for low, high in zip(ws[row], ws[row - 1])]


def _data(ws: Worksheet) -> list[tuple[Any, ...]]:
    start, end = ws.auto_filter.ref.split(":")
    first, last = int(start[1:]) + 1, int("".join(ch for ch in end if ch.isdigit()))
    return [tuple(c for c in row) for row in ws.iter_rows(min_row=first, max_row=last)]


def _col(ws: Worksheet, header: str) -> int:
    return _header(ws).index(header)


def test_sheets_title_block_and_headers(book: Workbook) -> None:
    assert book.sheetnames == list(excel.SHEETS)
    for ws in book:
        text = " ".join(str(c.value) for row in ws.iter_rows(max_row=4) for c in row if c.value)
        assert "KECAMATAN AWAYAN" in text and "KABUPATEN BALANGAN" in text
        assert "Periode: 1 Januari 2026 s.d. 20 November 2026" in text
    expected = {
        excel.SHEET_VISITS: ["Tanggal", "Kode Desa", "Desa", "Pendamping", "Status", "Keseluruhan", "BPD",
                             "Laki-laki", "Perempuan", "Baru", "Masih Terbuka"],
        excel.SHEET_BOOKS: ["Kode Desa", "Desa", "Kunjungan Terakhir", "A.1 Buku Peraturan Kepala Desa", "Nilai"],
        excel.SHEET_FOLLOW_UPS: ["Uraian Tindak Lanjut", "Batas Waktu", "Umur (hari)", "Terlambat (hari)"],
        excel.SHEET_COVERAGE: ["Kode Desa", "Jan", "Nov", "Terlaksana", "Cakupan"],
        excel.SHEET_COMPLIANCE: ["Kode Aturan", "Tingkat", "Uraian Temuan", "Dasar Hukum", "Versi Aturan",
                                 "Tanggal Pemeriksaan"],
        excel.SHEET_OFFICIALS: list(oi.FIELD_LABELS.values()),
    }
    for sheet, headers in expected.items():
        assert set(headers) <= set(_header(book[sheet])), sheet
    visits_ws = book[excel.SHEET_VISITS]
    groups = [c.value for c in visits_ws[6] if c.value in ("Nilai Kelengkapan", "Hadir", "Tindak Lanjut")]
    assert groups == ["Nilai Kelengkapan", "Hadir", "Tindak Lanjut"]


def test_cells_have_real_types(book: Workbook) -> None:
    ws = book[excel.SHEET_VISITS]
    row = _data(ws)[0]
    assert isinstance(row[_col(ws, "Tanggal")].value, dt.datetime)
    assert row[_col(ws, "Tanggal")].number_format == excel.DATE_FORMAT
    overall = row[_col(ws, "Keseluruhan")]
    assert isinstance(overall.value, float) and 0 <= overall.value <= 1 and overall.number_format == "0%"
    assert all(isinstance(row[_col(ws, h)].value, int) for h in ("No", "Laki-laki", "Jumlah", "Masih Terbuka"))

    fu = book[excel.SHEET_FOLLOW_UPS]
    first = _data(fu)[0]
    assert isinstance(first[_col(fu, "Batas Waktu")].value, dt.datetime)
    assert isinstance(first[_col(fu, "Umur (hari)")].value, int)

    cov = book[excel.SHEET_COVERAGE]
    first = _data(cov)[0]
    assert isinstance(first[_col(cov, "Jan")].value, int)
    ratio = first[_col(cov, "Cakupan")]
    assert isinstance(ratio.value, (int, float)) and 0 <= ratio.value <= 1 and ratio.number_format == "0%"

    kp = book[excel.SHEET_COMPLIANCE]
    assert all(isinstance(r[_col(kp, "Tanggal Pemeriksaan")].value, dt.datetime) for r in _data(kp))


def test_counts_match_the_database(built: tuple[Replica, Path], book: Workbook) -> None:
    replica, _ = built
    with replica.begin() as s:
        n_visits = s.scalar(select(func.count()).select_from(Visit).where(Visit.visit_date.between(FROM, DEMO_TODAY)))
        present = s.scalar(select(func.count()).select_from(Attendance).join(Visit, Visit.id == Attendance.visit_id)
                           .where(Attendance.present.is_(True), Visit.visit_date.between(FROM, DEMO_TODAY)))
        opened = s.scalar(select(func.count()).select_from(FollowUp).join(Visit, Visit.id == FollowUp.visit_id)
                          .where(Visit.visit_date.between(FROM, DEMO_TODAY)))
        open_now = sum(visits.open_follow_up_counts(s).values())
        overdue = sum(1 for f in recap.open_follow_ups(s, DEMO_TODAY) if f.due_on < DEMO_TODAY)
        n_officials = s.scalar(select(func.count()).select_from(VillageOfficial))
        n_findings = sum(len(v.findings) for v in findings(s, DEMO_TODAY))

    ws = book[excel.SHEET_VISITS]
    rows = _data(ws)
    assert n_visits and len(rows) == n_visits
    assert sum(r[_col(ws, "Jumlah")].value for r in rows) == present
    assert sum(r[_col(ws, "Baru")].value for r in rows) == opened
    dates = [r[_col(ws, "Tanggal")].value.date() for r in rows]
    assert dates == sorted(dates) and FROM <= dates[0] and dates[-1] <= DEMO_TODAY

    fu = _data(book[excel.SHEET_FOLLOW_UPS])
    assert open_now and len(fu) == open_now
    assert sum(1 for r in fu if r[8].value > 0) == overdue

    assert len(_data(book[excel.SHEET_OFFICIALS])) == n_officials
    assert len(_data(book[excel.SHEET_COMPLIANCE])) == n_findings > 0
    assert len(_data(book[excel.SHEET_BOOKS])) == len(_data(book[excel.SHEET_COVERAGE])) == 23


def test_coverage_is_planned_against_done(built: tuple[Replica, Path], book: Workbook) -> None:
    replica, _ = built
    with replica.begin() as s:
        done = Counter((v.village_id, v.visit_date.month) for v in s.scalars(
            select(Visit).where(Visit.visit_date.between(FROM, DEMO_TODAY), Visit.deleted.is_(False))))
        planned = {(e.village_id, e.planned_date.month) for e in s.scalars(
            select(ScheduleEntry).where(ScheduleEntry.planned_date.between(FROM, DEMO_TODAY),
                                        ScheduleEntry.deleted.is_(False)))}
        ids = {v.code: v.id for v in villages.list_villages(s)}
    ws = book[excel.SHEET_COVERAGE]
    header = _header(ws)
    planned_col = next(i for i, h in enumerate(header) if str(h).startswith("Rencana s.d."))
    assert header[3:planned_col] == ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov"]
    assert planned
    for row in _data(ws):
        village = ids[row[_col(ws, "Kode Desa")].value]
        for col in range(3, planned_col):  # visits done per month; empty when neither planned nor done
            month = col - 2
            value = row[col].value
            assert (value or 0) == done[village, month], (row[1].value, month)
            assert isinstance(value, int) or value is None
        due = sum(1 for m in range(1, 12) if (village, m) in planned)
        assert row[planned_col].value == due
        assert row[_col(ws, "Jumlah Kunjungan")].value == sum(done[village, m] for m in range(1, 12))
        as_planned = sum(1 for m in range(1, 12) if (village, m) in planned and done[village, m])
        assert row[_col(ws, "Terlaksana")].value == as_planned
    assert sum(r[_col(ws, "Jumlah Kunjungan")].value for r in _data(ws)) == sum(done.values())


def test_book_matrix_colours_and_legend(book: Workbook) -> None:
    ws = book[excel.SHEET_BOOKS]
    colours = {"Lengkap": excel.GREEN, "Belum lengkap": excel.YELLOW, "Tidak ada": excel.RED,
               "Tidak berlaku": excel.GREY}
    seen = set()
    for row in _data(ws):
        for cell in row[5:-1]:
            if cell.value in colours:
                assert cell.fill.fgColor.rgb.endswith(colours[cell.value]), (cell.coordinate, cell.value)
                seen.add(cell.value)
    assert {"Lengkap", "Belum lengkap", "Tidak ada"} <= seen
    legend = [c.value for row in ws.iter_rows(min_row=ws.max_row - 6) for c in row if c.value]
    assert "Keterangan:" in legend and "Ada, lengkap" in legend and "Tidak berlaku" in legend


def test_overdue_follow_ups_are_highlighted(book: Workbook) -> None:
    ws = book[excel.SHEET_FOLLOW_UPS]
    late = _col(ws, "Terlambat (hari)")
    rows = _data(ws)
    assert any(r[late].value > 0 for r in rows) and any(r[late].value == 0 for r in rows)
    for r in rows:
        red = r[_col(ws, "Uraian Tindak Lanjut")].fill.fgColor.rgb.endswith(excel.RED)
        assert red == (r[late].value > 0)


def test_print_setup_panes_and_filters(book: Workbook) -> None:
    for ws in book:
        header_row = int(ws.auto_filter.ref.split(":")[0][1:])
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows.endswith(f"{header_row}"), ws.title
        assert ws.freeze_panes.endswith(str(header_row + 1)), ws.title
        assert "Halaman &P dari &N" in ws.oddFooter.center.text
    off = book[excel.SHEET_OFFICIALS]
    assert off.column_dimensions["A"].hidden and _header(off)[0] == oi.FIELD_LABELS["id"]


def test_one_village_and_bad_periods(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        period = recap.resolve_period(s, date_to=DEMO_TODAY, village="awayan")
        data = recap.build_recap(s, period)
        assert period.village_name == "Awayan"
        assert data.visits.rows and {r.village_name for r in data.visits.rows} == {"Awayan"}
        assert period.date_from == min(r.visit_date for r in data.visits.rows)
        assert [v.village_name for v in data.books.villages] == ["Awayan"]
        assert {o.village_name for o in data.officials} == {"Awayan"}
        with pytest.raises(UsageError, match=r"^Tanggal awal 20-11-2026 sesudah tanggal akhir 01-01-2026\.$"):
            recap.resolve_period(s, date_from=DEMO_TODAY, date_to=FROM)
        with pytest.raises(NotFound, match=r"^Desa 'Atlantis' tidak dikenal\.$"):
            recap.resolve_period(s, village="Atlantis")


def _rows(*values: dict[str, Any]) -> list[oi.SheetRow]:
    return [oi.SheetRow(n, v) for n, v in enumerate(values, start=10)]


def test_import_plan_reasons_and_atomic_apply(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        awayan = villages.find_village(s, "Awayan")
        first = next(o for o in villages.list_officials(s, awayan.id))
        base = {"village_code": awayan.code, "village_name": "Awayan", "position": "Kaur Umum"}
        plan = oi.plan_import(s, _rows(
            {**base, "id": first.id, "name": first.name, "position": first.position, "gender": "",
             "term_end": "31/12/2031", "active": "Tidak"},
            {**base, "name": "Baru Sekali", "gender": "Perempuan", "body": ""},
            {**base, "village_code": "63.11.03.9999", "name": "X"},
            {**base, "village_code": awayan.code, "village_name": "Tundi", "name": "Y"},
            {**base, "name": ""},
            {**base, "name": "Z", "gender": "Q"},
            {**base, "name": "W", "term_start": "kemarin"},
            {**base, "id": "tidak-ada", "name": "V"},
            {**base, "id": first.id, "name": "Dobel"},
            {"village_code": None, "village_name": None, "name": None},
        ))
        actions = [r.action for r in plan.rows]
        assert actions[:2] == [oi.Action.UPDATE, oi.Action.ADD]
        assert actions[2:] == [oi.Action.REJECT] * 7  # the blank row is skipped
        changed = {c.field: c.new for c in plan.rows[0].changes}
        assert changed["active"] is False and changed["term_end"] == dt.date(2031, 12, 31)
        added = {c.field: c.new for c in plan.rows[1].changes}
        assert added["gender"] == "P" and added["body"] == "pemdes" and added["active"] is True
        reasons = " | ".join(r.reason for r in plan.rejected)
        for part in ("63.11.03.9999 tidak dikenal", "bukan 'Tundi'", "Nama kosong", "L/P 'Q'", "'kemarin'",
                     "Id baris tidak dikenal", "sudah ada di baris 10"):
            assert part in reasons
        with pytest.raises(InputRejected, match=r"^7 baris ditolak \(mis\. baris 12: Kode desa 63\.11\.03\.9999 tidak dikenal\.\); perbaiki berkasnya lalu impor lagi\. Tidak ada yang diubah\.$"):
            oi.apply_import(s, plan)
        assert villages.list_officials(s, awayan.id)[0].active  # nothing written

        good = oi.ImportPlan(plan.rows[:2])
        result = oi.apply_import(s, good)
        assert (result.added, result.updated) == (1, 1)
        again = oi.plan_import(s, _rows(
            {**base, "id": first.id, "name": first.name, "position": first.position, "gender": "",
             "term_end": dt.datetime(2031, 12, 31), "active": False},
            {**base, "name": " Baru  Sekali ", "gender": "P"},
        ))
        assert [r.action for r in again.rows] == [oi.Action.UNCHANGED, oi.Action.UNCHANGED]
        cleared = s.get(VillageOfficial, first.id)
        assert cleared is not None and cleared.gender is None and not cleared.active


def test_rows_without_an_id_fall_back_to_village_code_and_name(demo_replica: Replica, tmp_path: Path) -> None:
    """The id column is hidden and a clerk may copy rows without it: such a row still
    updates the official of that village with that name, it does not add a second one."""
    with demo_replica.begin() as s:
        awayan = villages.find_village(s, "Awayan")
        official = villages.list_officials(s, awayan.id)[1]
        data = recap.build_recap(s, recap.resolve_period(s, date_to=DEMO_TODAY, village="Awayan"))
        n_before = s.scalar(select(func.count()).select_from(VillageOfficial))
    out = tmp_path / "aparatur.xlsx"
    excel.write_recap(data, out)
    wb = load_workbook(out)
    ws = wb[excel.SHEET_OFFICIALS]
    assert ws.column_dimensions["A"].hidden
    header = int(ws.auto_filter.ref.split(":")[0][1:])
    cols = {c.value: c.column for c in ws[header]}
    row = next(r for r in range(header + 1, ws.max_row + 1)
               if ws.cell(row=r, column=cols[oi.FIELD_LABELS["id"]]).value == official.id)
    ws.cell(row=row, column=cols[oi.FIELD_LABELS["id"]]).value = None
    ws.cell(row=row, column=cols[oi.FIELD_LABELS["name"]]).value = f"  {official.name.upper()} "
    ws.cell(row=row, column=cols[oi.FIELD_LABELS["phone"]]).value = "081399990000"
    edited = tmp_path / "tanpa-id.xlsx"
    wb.save(edited)

    sheet = excel.read_officials(edited)
    with demo_replica.begin() as s:
        plan = oi.plan_import(s, sheet.rows)
        assert not plan.rejected and not plan.of(oi.Action.ADD)
        [update] = plan.of(oi.Action.UPDATE)
        assert update.official_id == official.id and update.row_number == row
        assert {c.field: c.new for c in update.changes}["phone"] == "081399990000"
        oi.apply_import(s, plan)
        assert s.scalar(select(func.count()).select_from(VillageOfficial)) == n_before
        stored = s.get(VillageOfficial, official.id)
        assert stored is not None and stored.phone == "081399990000"


def test_import_is_master_only(master: Replica, tmp_path: Path) -> None:
    from perut_desktop.sync import enrol

    with master.begin() as s:
        from perut_desktop.services import people

        people.add_officer(s, name="Rahmadi", villages=["Awayan"])
    e = enrol.enrol_device(master, "Rahmadi")
    enrol.init_field_replica(tmp_path / "field", device_id=e.device_id, master_device_id=e.master_device_id,
                             subdistrict_id=e.subdistrict_id)
    field = open_replica(tmp_path / "field")
    try:
        with field.begin() as s, pytest.raises(StateError, match=r"^Impor aparatur desa hanya dapat dilakukan di kantor kecamatan \(replika master\)\.$"):
            oi.plan_import(s, [])
    finally:
        field.close()


def test_reader_finds_the_sheet_by_headers_and_refuses_wrong_layouts(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Lembar Lain"
    other = wb.create_sheet("aparatur desa")
    other.append(["DAFTAR APARATUR"])
    other.append([])
    other.append(["Kode Desa", "Nama Desa", "Nama (lengkap)", "Jabatan*", "Jenis Kelamin", "No. HP"])
    other.append(["63.11.03.2007", "Awayan", "A", "Kaur Umum", "L", 81234])
    other.append([None, None, None, None, None, None])
    other.append(["63.11.03.2007", "Awayan", "B", "Kasi Pelayanan", "P", None])
    path = tmp_path / "lain.xlsx"
    wb.save(path)
    sheet = excel.read_officials(path)
    assert (sheet.sheet, sheet.header_row) == ("aparatur desa", 3)
    assert [r.row_number for r in sheet.rows] == [4, 6]
    assert sheet.rows[0].values == {"village_code": "63.11.03.2007", "village_name": "Awayan", "name": "A",
                                    "position": "Kaur Umum", "gender": "L", "phone": 81234}

    other.cell(row=3, column=4).value = "Kedudukan"
    wb.save(path)
    with pytest.raises(InputRejected, match="tidak memiliki kolom: Jabatan"):
        excel.read_officials(path)
    text = tmp_path / "bukan.xlsx"
    text.write_text("Nama;Jabatan\n")
    with pytest.raises(InputRejected, match="bukan buku kerja Excel"):
        excel.read_officials(text)
    with pytest.raises(InputRejected, match="tidak ditemukan"):
        excel.read_officials(tmp_path / "tidak-ada.xlsx")
    old_format = tmp_path / "aparatur.xls"  # Excel 97-2003, which openpyxl cannot read
    old_format.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 512)
    with pytest.raises(InputRejected, match=r"Excel lama \(\.xls\).*simpan sebagai"):
        excel.read_officials(old_format)
    if os.geteuid() != 0:  # root reads any file
        locked = tmp_path / "terkunci.xlsx"
        wb.save(locked)
        locked.chmod(0)
        with pytest.raises(InputRejected, match="tidak dapat dibaca: tidak ada izin"):
            excel.read_officials(locked)


def test_output_checks(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="tidak ada"):
        excel.check_output(tmp_path / "tidak-ada" / "r.xlsx")
    with pytest.raises(InputRejected, match="folder"):
        excel.check_output(tmp_path)
    excel.check_output(tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []
