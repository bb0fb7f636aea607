"""The *Laporan* page: each document made from the page into the chosen folder and read
back (PDF text, workbook cells), and the officials workbook read back with its preview
before it is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from perut_desktop.enums import VisitStatus
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded
from tests.ui.sync_helpers import through_client


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture()
def page(qtbot: Any, make_launcher: MakeLauncher, demo_dir: Path, tmp_path: Path) -> Any:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    shell.window.show_page("laporan")
    page = shell.window.reports_page
    qtbot.waitUntil(lambda: page.has_data and not page.out_of_date and page.visit.count() > 0, timeout=60_000)
    out = tmp_path / "dokumen"
    out.mkdir()
    page.set_folder(out)
    page.shell = shell
    return page


def _made(qtbot: Any, page: Any, button: Any) -> Any:
    with qtbot.waitSignal(page.made, timeout=120_000) as made:
        button.click()
    return made.args[0]


def _choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_the_checklists_one_village_and_all(qtbot: Any, page: Any, prompts: FakePrompts) -> None:
    _choose(page.checklist_village, "Awayan")
    page.paper.setCurrentIndex(page.paper.findData("F4"))
    made = _made(qtbot, page, page.checklist_button)
    (path,) = made.paths
    assert path.parent == page.folder and path.suffix == ".pdf"
    text = _text(path)
    assert "Awayan" in text and "DAFTAR PERIKSA" in text.upper()
    width, height = (float(v) for v in PdfReader(path).pages[0].mediabox.upper_right)
    assert round(max(width, height) / 72 * 25.4) == 330  # F4, as chosen
    assert page.open_file_button.isEnabled()
    page.open_file_button.click()
    page.open_folder_button.click()
    assert prompts.opened == [path, path.parent]

    page.checklist_village.setCurrentIndex(0)  # all villages
    made = _made(qtbot, page, page.checklist_button)
    assert len(made.paths) == 23 and all(p.exists() for p in made.paths)
    assert not page.open_file_button.isEnabled() and page.open_folder_button.isEnabled()


def test_the_attendance_sheet(qtbot: Any, page: Any) -> None:
    _choose(page.attendance_village, "Awayan")
    page.attendance_date.set_day(dt.date(2026, 12, 10))
    made = _made(qtbot, page, page.attendance_button)
    (path,) = made.paths
    assert path.name == "daftar-hadir-awayan-2026-12-10.pdf"
    text = _text(path)
    assert "DAFTAR HADIR" in text.upper() and "Awayan" in text and "10 Desember 2026" in text


def test_the_visit_report(qtbot: Any, page: Any) -> None:
    chosen = page.visit.itemText(0)
    made = _made(qtbot, page, page.visit_button)
    (path,) = made.paths
    village = chosen.split(",")[0]
    assert path.name.startswith("laporan-") and path.suffix == ".pdf"
    text = _text(path)
    assert village in text and "LAPORAN HASIL PENDAMPINGAN" in text.upper()


def test_the_excel_recap_of_approved_visits(qtbot: Any, page: Any) -> None:
    page.recap_from.set_day(dt.date(2026, 1, 1))
    page.recap_to.set_day(dt.date(2026, 11, 20))
    _choose(page.recap_village, "Awayan")
    page.approved_only.setChecked(True)
    made = _made(qtbot, page, page.recap_button)
    (path,) = made.paths
    assert path.name == "rekap-pendampingan-awayan-20260101-20261120.xlsx"
    book = load_workbook(path)
    ws = book["Rekap Kunjungan"]
    start, end = ws.auto_filter.ref.split(":")  # the filter's first row is the second header row
    header, last = int(start[1:]), int("".join(ch for ch in end if ch.isdigit()))
    columns = [c.value for c in ws[header - 1]]
    rows = list(ws.iter_rows(min_row=header + 1, max_row=last, values_only=True))
    assert rows and {r[columns.index("Desa")] for r in rows} == {"Awayan"}
    assert {r[columns.index("Status")] for r in rows} == {"Disetujui"}

    from perut_desktop.services.visit_list import list_visit_rows

    visits = through_client(qtbot, page.shell, list_visit_rows, change=False)
    approved = [v for v in visits if v.village_name == "Awayan" and v.status is VisitStatus.DISETUJUI
                and dt.date(2026, 1, 1) <= v.visit_date <= dt.date(2026, 11, 20)]
    assert len(rows) == len(approved)


def test_the_officials_workbook_is_previewed_then_saved(qtbot: Any, page: Any, prompts: FakePrompts) -> None:
    from perut_desktop.services import officials_import as oi
    from perut_desktop.services import villages

    _choose(page.recap_village, "Awayan")
    made = _made(qtbot, page, page.recap_button)
    book = load_workbook(made.paths[0])
    ws = book["Aparatur Desa"]
    header = int(ws.auto_filter.ref.split(":")[0][1:])
    cols = {c.value: c.column for c in ws[header]}
    row = header + 1
    official_id = ws.cell(row=row, column=cols[oi.FIELD_LABELS["id"]]).value
    ws.cell(row=row, column=cols[oi.FIELD_LABELS["phone"]]).value = "081399990000"
    edited = page.folder / "aparatur-diedit.xlsx"
    book.save(edited)

    prompts.files.append(edited)
    page.officials_button.click()
    dialog = page.officials_dialog
    if dialog.preview is None:
        with qtbot.waitSignal(dialog.previewed, timeout=60_000):
            pass
    assert [r.official_id for r in dialog.preview.plan.of(oi.Action.UPDATE)] == [official_id]
    assert dialog.summary.text().startswith("0 ditambah, 1 diubah")

    def phone(session: Any) -> str:
        return next(o.phone for o in villages.list_officials(session) if o.id == official_id)

    assert through_client(qtbot, page.shell, phone, change=False) != "081399990000"  # nothing saved yet
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_button.click()
    assert through_client(qtbot, page.shell, phone, change=False) == "081399990000"
