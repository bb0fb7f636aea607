"""The recap that goes upward: ``--approved-only`` holds only *Disetujui* visits, unapproved
ones are marked when included, and the first sheet carries the Camat's *Mengetahui* block."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from perut_desktop.db import Replica
from perut_desktop.reports import excel
from perut_desktop.services import recap, visits
from perut_desktop.services.demo_data import CAMAT
from tests.test_cli import perut

TO = dt.date(2026, 11, 20)  # the demo's "today"


def _recap(replica: Replica, approved_only: bool) -> recap.Recap:
    with replica.begin() as s:
        period = recap.resolve_period(s, date_from=None, date_to=TO, village=None)
        return recap.build_recap(s, period, approved_only=approved_only)


def test_approved_only_holds_only_approved_visits_and_their_books(demo_replica: Replica) -> None:
    every, approved = _recap(demo_replica, False), _recap(demo_replica, True)
    with demo_replica.begin() as s:
        statuses = {v.id: v.status for v in visits.list_visits(s, date_to=TO)}
    assert {r.status for r in every.visits.rows} > {"disetujui"}  # the demo has visits under review
    assert [r.visit_id for r in approved.visits.rows] == [r.visit_id for r in every.visits.rows
                                                         if r.status == "disetujui"]
    assert approved.approved_only and not every.approved_only
    for village in approved.books.villages:
        assert village.visit_status in (None, "disetujui")
    changed = [(a, e) for a, e in zip(approved.books.villages, every.books.villages) if a.visit_id != e.visit_id]
    assert changed, "some village's newest visit is not approved yet"
    for a, e in changed:
        assert statuses[e.visit_id] != "disetujui"
        assert a.visit_id is None or (statuses[a.visit_id] == "disetujui" and a.visit_date < e.visit_date)


def _status_cells(path: Path, sheet: str, header: str) -> list[tuple[str, str | None]]:
    ws = load_workbook(path)[sheet]
    header_row = next(r for r in range(1, 12) if any(c.value == header for c in ws[r]))
    column = next(c.column for c in ws[header_row] if c.value == header)
    out = []
    for row in ws.iter_rows(min_row=header_row + 1):
        cell = row[column - 1]
        if not isinstance(row[0].value, int):
            if out:
                break
            continue  # the lower header row
        colour = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None
        out.append((cell.value, colour[-6:] if isinstance(colour, str) else None))
    return out


def test_unapproved_rows_are_marked_and_the_camat_acknowledges(demo_replica: Replica, tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    excel.write_recap(_recap(demo_replica, False), out)
    cells = _status_cells(out, excel.SHEET_VISITS, "Status")
    assert ("Disetujui", None) in cells
    marked = [c for c in cells if c[0] != "Disetujui"]
    assert marked and all(text.endswith("(belum disetujui)") and colour == excel.UNAPPROVED for text, colour in marked)
    books = _status_cells(out, excel.SHEET_BOOKS, "Status Kunjungan")
    assert all((colour == excel.UNAPPROVED) == text.endswith("(belum disetujui)") for text, colour in books)
    ws = load_workbook(out)[excel.SHEET_VISITS]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    at = texts.index("Mengetahui,")
    assert texts[at:at + 4] == ["Mengetahui,", "Camat Awayan", CAMAT[0], f"NIP. {CAMAT[1]}"]
    assert any("belum disetujui ditandai kuning" in t for t in texts)


def test_export_excel_approved_only_on_the_command_line(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap-disetujui.xlsx"
    perut("export", "excel", "--out", str(out), "--to", TO.isoformat(), "--approved-only", data_dir=demo_dir,
          check=True)
    cells = _status_cells(out, excel.SHEET_VISITS, "Status")
    assert cells and {text for text, _ in cells} == {"Disetujui"} and {c for _, c in cells} == {None}
    assert {text for text, _ in _status_cells(out, excel.SHEET_BOOKS, "Status Kunjungan")} <= {"Disetujui",
                                                                                                "Belum dikunjungi"}
    texts = [c.value for row in load_workbook(out)[excel.SHEET_VISITS].iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any("Hanya kunjungan yang sudah disetujui." in t for t in texts)
