"""*Desa* over the one-year demo: the list, a village's page, an official and a regulation
added through it (what `perut official list --json` and `perut compliance --json` then
report), an official's term ended, and a blank checklist written off the UI thread."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from perut_desktop.cli.main import main as perut
from perut_desktop.db import open_replica
from perut_desktop.services import villages
from perut_desktop.services.common import today as replica_today
from perut_desktop.services.compliance.facts import findings_for_village
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert perut(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _village_page(qtbot, make_launcher: MakeLauncher, data_dir: Path, name: str | None,  # type: ignore[no-untyped-def]
                  classification: str | None = None):
    """The page of the village ``name`` (or of the first one not of ``classification``)."""
    shell = open_loaded(qtbot, make_launcher(data_dir))
    window = shell.window
    page = window.page("desa")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert window.show_page("desa")
    rows = page.list.shown()
    assert len(rows) == 23
    row = next(r for r in rows if r.name == name or (name is None and r.classification != classification))
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.open_village(row.id)
    return window, page


def test_an_official_and_a_regulation_added_through_the_village_page(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path, prompts: FakePrompts,
        capsys: pytest.CaptureFixture[str]) -> None:
    _window, page = _village_page(qtbot, make_launcher, demo_dir, "Bihara")
    assert sum(r.findings for r in page.list.shown()) > 0
    office = ["--data-dir", str(demo_dir)]
    before = _cli_json(capsys, *office, "official", "list", "--village", "Bihara", "--json")
    assert "Siti Nurhaliza" not in {o["name"] for o in before}  # type: ignore[union-attr]

    prompts.records.append({"name": "Siti Nurhaliza", "position": "Kaur Keuangan", "body": "pemdes", "gender": "P",
                            "phone": "081234567890", "term_start": dt.date(2025, 1, 6), "term_end": None})
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.add_official_button.click()
    after = _cli_json(capsys, *office, "official", "list", "--village", "Bihara", "--json")
    added = [o for o in after if o["name"] == "Siti Nurhaliza"]  # type: ignore[union-attr]
    assert len(after) == len(before) + 1 and len(added) == 1  # type: ignore[arg-type]
    assert (added[0]["position"], added[0]["gender"], added[0]["active"]) == ("Kaur Keuangan", "P", True)
    assert "Siti Nurhaliza" in {o.name for o in page.officials.shown()}

    today = page.detail.today
    found_before = _cli_json(capsys, *office, "compliance", "--village", "Bihara", "--json")
    codes_before = [f["rule_code"] for f in found_before["villages"][0]["findings"]]  # type: ignore[index]
    prompts.records.append({"kind": "perdes", "number": "3", "year": today.year, "title": "Pasar Desa",
                            "topic": "lainnya", "consultation_on": today - dt.timedelta(days=45),
                            "bpd_agreed_on": today - dt.timedelta(days=30)})
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.add_regulation_button.click()
    found_after = _cli_json(capsys, *office, "compliance", "--village", "Bihara", "--json")
    findings = found_after["villages"][0]["findings"]  # type: ignore[index]
    new = [f for f in findings if f["rule_code"] == "PERDES_SERAH_KADES" and f["regulation_id"]
           in {r.id for r in page.regulations.shown() if r.title == "Pasar Desa"}]
    assert len(findings) == len(codes_before) + 1 and len(new) == 1
    # the page shows the same finding, with its rule, source and rule version
    shown = [f for f in page.findings.shown() if f.rule_code == "PERDES_SERAH_KADES"]
    assert shown and shown[0].source == new[0]["source"] and shown[0].rule_version


def test_ending_a_term_keeps_the_official_as_former_and_a_checklist_prints(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path, prompts: FakePrompts, tmp_path: Path) -> None:
    _window, page = _village_page(qtbot, make_launcher, demo_dir, "Awayan")
    page.tabs.setCurrentIndex(1)
    first = page.officials.shown()[0]
    assert first.active
    page.officials.view.selectRow(0)
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.end_term_button.click()
    assert "Akhiri masa jabatan" in prompts.asked[-1][1] and first.name in prompts.asked[-1][1]
    ended = next(o for o in page.officials.shown() if o.id == first.id)
    assert not ended.active and ended.term_end == page.detail.today

    out = tmp_path / "daftar-periksa-awayan.pdf"
    prompts.saved.append(out)
    with qtbot.waitSignal(page.document_written, timeout=60_000) as written:
        page.print_checklist_button.click()
    assert written.args == [out] and out.read_bytes().startswith(b"%PDF")


def test_a_laptop_shows_the_office_s_fields_read_only_with_the_reason(
        qtbot, make_launcher: MakeLauncher, master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.helpers import add_officer, make_field

    add_officer(master, "Rahmadi", ["Bihara"])
    make_field(master, tmp_path / "laptop", "Rahmadi").close()
    _window, page = _village_page(qtbot, make_launcher, tmp_path / "laptop", "Bihara")
    assert not page.detail.master
    for key in ("code", "name"):
        field = page.profile_fields[key]
        assert not field.isEnabled() and "ditetapkan kantor kecamatan" in field.toolTip()
    assert page.owner_note.text().startswith("Hanya dapat dibaca di sini")
    # what a laptop may record stays open to it: officials, regulations, the profile (DESIGN.md §3)
    assert page.add_official_button.isEnabled() and page.add_regulation_button.isEnabled()
    editor = page.profile_editor
    assert not editor.kades_name.isReadOnly() and editor.classification.isEnabled()
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_name.setFocus()
        editor.kades_name.selectAll()
        qtbot.keyClicks(editor.kades_name, "Rusliansyah")
        qtbot.keyClick(editor.kades_name, Qt.Key.Key_Return)
    replica = open_replica(tmp_path / "laptop")
    try:
        with replica.begin() as s:
            assert villages.get_profile(s, page.detail.id).kades_name == "Rusliansyah"
    finally:
        replica.close()


def test_the_profile_is_edited_on_the_page_and_saved_at_once(qtbot, make_launcher: MakeLauncher,
                                                            demo_dir: Path) -> None:
    """Each field is saved when it is committed — a choice, Enter, leaving it — and the
    services then hold the new values; the page shows them after its reload."""
    _window, page = _village_page(qtbot, make_launcher, demo_dir, None, "swasembada")
    editor = page.profile_editor
    village_id = page.detail.id
    combo = editor.classification
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        combo.setFocus()
        combo.setCurrentIndex(combo.findData("swasembada"))
        combo.activated.emit(combo.currentIndex())
    before = page.detail.profile
    chosen = {name: next(v for v in (2, 1) if v != getattr(before, name))
              for name in ("sotk_urusan", "sotk_seksi", "kades_term_number")}
    for name, value in chosen.items():
        box = getattr(editor, name)
        with qtbot.waitSignal(page.profile_saved, timeout=60_000):
            box.setFocus()
            box.lineEdit().selectAll()
            qtbot.keyClicks(box, str(value))
            qtbot.keyClick(box, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_name.setFocus()
        editor.kades_name.selectAll()
        qtbot.keyClicks(editor.kades_name, "H. Abdul  Gani")
        editor.kades_name.editingFinished.emit()  # leaving the field
    inaugurated = editor.kades_inaugurated_on
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        inaugurated.known.setChecked(True)
        inaugurated.date.set_day(dt.date(2024, 7, 1))
        inaugurated.date.editingFinished.emit()
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_acting.click()
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            stored = villages.get_profile(s, village_id)
    finally:
        replica.close()
    assert stored.classification == "swasembada"
    assert {name: getattr(stored, name) for name in chosen} == chosen
    assert stored.kades_name == "H. Abdul Gani" and stored.kades_inaugurated_on == dt.date(2024, 7, 1)
    assert stored.kades_acting is True
    # the page reloads with what is stored, and its SOTK finding follows (swasembada: 3 urusan + 3 seksi)
    qtbot.waitUntil(lambda: page.detail.profile == stored, timeout=60_000)
    assert editor.value("sotk_seksi") == chosen["sotk_seksi"] and editor.kades_acting_sk.isEnabled()
    # the findings shown are those of the new profile (none kept from before the change)
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            expected = [f.message for f in findings_for_village(s, village_id, page.detail.today)]
    finally:
        replica.close()
    assert [f.message for f in page.detail.findings] == expected
    row = next(r for r in page.list.shown() if r.id == village_id)
    assert row.classification == "swasembada" and row.findings == len(expected)


def test_the_regulation_form_asks_every_step_date_the_register_has(qtbot) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.enums import REGULATION_DATE_FIELDS
    from perut_desktop.ui.dialogs.village_records import RegulationDialog

    dialog = RegulationDialog(None, None)
    qtbot.addWidget(dialog)
    assert list(dialog.dates) == list(REGULATION_DATE_FIELDS)


def test_the_village_list_searches_sorts_and_copies_as_tab_separated_text(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    shell = open_loaded(qtbot, make_launcher(demo_dir))
    page = shell.window.page("desa")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert shell.window.show_page("desa")
    table = page.list
    qtbot.keyClicks(table.search, "BIH")
    assert sorted(r.name for r in table.shown()) == ["Bihara", "Bihara Hilir"]  # any column, any case
    table.search.clear()
    assert len(table.shown()) == 23
    # the score and the counts stand right-aligned, as on the visit list
    right = Qt.AlignmentFlag.AlignRight.value
    assert [bool(int(table.proxy.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) or 0) & right)
            for c in range(7)] == [False] * 4 + [True] * 3
    table.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # the most findings first
    counts = [r.findings for r in table.shown()]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    table.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [r.name for r in table.shown()]
    assert names == sorted(names)

    table.view.clearSelection()
    table.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Kode", "Desa", "Klasifikasi", "Kunjungan terakhir", "Skor",
                                    "Tindak lanjut terbuka", "Temuan"]
    rows = [line.split("\t") for line in lines[1:]]
    assert [r[1] for r in rows] == names and all(len(r) == 7 for r in rows)
    first = table.shown()[0]
    assert rows[0][0] == first.code and rows[0][6] == str(first.findings)
    # a selected row alone, by Ctrl+C on the list
    table.view.selectRow(2)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines()[1].split("\t")[1] == names[2]
    # Enter on the selected row opens that village, as a double click does
    with qtbot.waitSignal(page.village_shown, timeout=60_000) as shown:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert shown.args == [table.shown()[2].id]


def _stored_profile(data_dir: Path, village_id: str) -> villages.ProfileInfo:
    replica = open_replica(data_dir)
    try:
        with replica.begin() as s:
            return villages.get_profile(s, village_id)
    finally:
        replica.close()


def test_the_pj_decree_follows_the_pj_tick_and_is_kept_while_unticked(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Unticked, the decree's number and date cannot be typed in and look it (grey, like
    any disabled field); ticked, they can. Unticking keeps what they hold, in the window
    and in the services, and ticking again brings it back."""
    _window, page = _village_page(qtbot, make_launcher, demo_dir, "Bihara")
    editor = page.profile_editor
    village_id = page.detail.id
    sk, sk_on = editor.kades_acting_sk, editor.kades_acting_sk_on
    assert not editor.kades_acting.isChecked() and not _stored_profile(demo_dir, village_id).kades_acting

    def looks(field) -> QColor:  # type: ignore[no-untyped-def]
        image = field.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2)

    assert not sk.isEnabled() and not sk_on.isEnabled()
    assert looks(sk) != looks(editor.kades_name)  # not the white of a field open to typing
    sk.setFocus()
    qtbot.keyClicks(sk, "123")
    assert sk.text() == ""

    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_acting.click()
    assert sk.isEnabled() and sk_on.isEnabled() and looks(sk) == looks(editor.kades_name)
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        sk.setFocus()
        qtbot.keyClicks(sk, "141/45/2026")
        qtbot.keyClick(sk, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        sk_on.known.click()
    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        sk_on.date.set_day(dt.date(2026, 3, 2))
        sk_on.date.editingFinished.emit()
    stored = _stored_profile(demo_dir, village_id)
    assert (stored.kades_acting, stored.kades_acting_sk, stored.kades_acting_sk_on) == (
        True, "141/45/2026", dt.date(2026, 3, 2))

    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_acting.click()
    stored = _stored_profile(demo_dir, village_id)
    assert (stored.kades_acting, stored.kades_acting_sk, stored.kades_acting_sk_on) == (
        False, "141/45/2026", dt.date(2026, 3, 2))
    qtbot.waitUntil(lambda: page.detail.profile == stored, timeout=60_000)
    assert not sk.isEnabled() and not sk_on.isEnabled() and looks(sk) != looks(editor.kades_name)
    assert sk.text() == "141/45/2026" and sk_on.value() == dt.date(2026, 3, 2)

    with qtbot.waitSignal(page.profile_saved, timeout=60_000):
        editor.kades_acting.click()
    assert sk.isEnabled() and sk.text() == "141/45/2026" and sk_on.value() == dt.date(2026, 3, 2)
    stored = _stored_profile(demo_dir, village_id)
    assert (stored.kades_acting, stored.kades_acting_sk, stored.kades_acting_sk_on) == (
        True, "141/45/2026", dt.date(2026, 3, 2))


def test_an_empty_list_of_the_village_page_says_so_in_words(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    page = shell.window.page("desa")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert shell.window.show_page("desa")
    # a search matching no village says so, and the villages come back when it is cleared
    qtbot.keyClicks(page.list.search, "tidak ada desa bernama ini")
    assert page.list.note.isVisibleTo(page) and not page.list.view.isVisibleTo(page)
    assert page.list.note.text() == "Tidak ada baris yang cocok dengan pencarian."
    assert page.list.search.isVisibleTo(page)  # to clear it
    page.list.search.clear()
    assert page.list.view.isVisibleTo(page) and not page.list.note.isVisibleTo(page)
    rows = page.list.shown()
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            day = replica_today(s)
            held = {r.id: findings_for_village(s, r.id, day) for r in rows}
    finally:
        replica.close()
    clean = next(r for r in rows if not held[r.id])
    found = next(r for r in rows if held[r.id])
    page.tabs.setCurrentWidget(page.findings)
    # a village with findings: the table of them
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.open_village(found.id)
    assert page.findings.view.isVisibleTo(page) and not page.findings.note.isVisibleTo(page)
    assert len(page.findings.shown()) == len(held[found.id])
    # a village without: one sentence instead of an empty grid
    with qtbot.waitSignal(page.village_shown, timeout=60_000):
        page.open_village(clean.id)
    assert page.findings.note.isVisibleTo(page) and not page.findings.view.isVisibleTo(page)
    assert page.findings.note.text() == "Tidak ada temuan: desa ini memenuhi setiap aturan yang diperiksa per hari ini."
    assert not page.findings.search.isVisibleTo(page) and not page.findings.copy_button.isVisibleTo(page)


def test_a_village_without_a_scored_visit_says_so_instead_of_an_empty_chart(
        qtbot, make_launcher: MakeLauncher, master_dir: Path, demo_dir: Path) -> None:
    _window, page = _village_page(qtbot, make_launcher, master_dir, "Bihara")  # a new master copy: no visit yet
    assert page.trend_empty.isVisibleTo(page) and page.trend_chart is None
    assert page.trend_empty.text().startswith("Belum ada kunjungan yang dinilai ke desa ini")
    _window, page = _village_page(qtbot, make_launcher, demo_dir, "Bihara")
    assert page.trend_chart is not None and page.trend_chart.isVisibleTo(page)
    assert not page.trend_empty.isVisibleTo(page)


def test_every_tab_and_profile_field_of_a_village_is_reached_by_its_alt_letter(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Alt + the underlined letter shows each tab of a village's page and puts the keyboard
    into each field of its profile (the SOTK counts and the dates included), as a person
    at the office without a mouse would use them; Tab still steps through the fields one
    by one in the order shown."""
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.ui.layout_walk import mnemonic

    window, page = _village_page(qtbot, make_launcher, demo_dir, None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    tabs = page.tabs
    for i in [*range(1, tabs.count()), 0]:
        letter = mnemonic(tabs.tabText(i))
        assert letter, tabs.tabText(i)
        qtbot.keyClick(QApplication.focusWidget() or window, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda i=i: tabs.currentIndex() == i, timeout=5_000)
    editor = page.profile_editor
    page.profile_editor.kades_acting.setChecked(True)  # the Pj. decree's rows shown
    # Tab still steps through the fields one by one, in the order shown
    names = {id(getattr(editor, n)): n for n in ("classification", "sotk_urusan", "sotk_seksi", "kades_name",
                                                 "kades_term_number", "kades_acting", "kades_acting_sk")}
    for n in ("kades_inaugurated_on", "kades_acting_sk_on"):
        names[id(getattr(editor, n))] = n
        names[id(getattr(editor, n).known)] = f"{n}.known"
        names[id(getattr(editor, n).date)] = f"{n}.date"
    editor.classification.setFocus()
    order = ["classification"]
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        order.append(names.get(id(focus)) or names.get(id(focus.parentWidget()), type(focus).__name__))
    assert order[:5] == ["classification", "sotk_urusan", "sotk_seksi", "kades_name", "kades_inaugurated_on.known"]
    assert "kades_term_number" in order and "kades_acting" in order, order
    labels = [w for w in tabs.widget(0).findChildren(QLabel)  # (a value shown, not edited, takes no letter)
              if w.buddy() is not None and not isinstance(w.buddy(), QLabel) and w.isVisible()]
    assert len(labels) >= 7
    for label in labels:
        letter = mnemonic(label.text())
        assert letter, label.text()
        qtbot.keyClick(QApplication.focusWidget() or window, letter, Qt.KeyboardModifier.AltModifier)
        buddy = label.buddy()

        def reached(buddy=buddy) -> bool:  # type: ignore[no-untyped-def]
            focus = QApplication.focusWidget()
            return focus is not None and (focus is buddy or buddy.isAncestorOf(focus))
        qtbot.wait(20)
        assert reached(), (label.text(), QApplication.focusWidget())
    assert editor.kades_acting.isChecked()
