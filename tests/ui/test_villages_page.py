"""*Desa* over the one-year demo: the list, a village's page, an official and a regulation
added through it (what `perut official list --json` and `perut compliance --json` then
report), an official's term ended, and a blank checklist written off the UI thread."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from perut_desktop.cli.main import main as perut
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert perut(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _village_page(qtbot, make_launcher: MakeLauncher, data_dir: Path, name: str):  # type: ignore[no-untyped-def]
    shell = open_loaded(qtbot, make_launcher(data_dir))
    window = shell.window
    page = window.page("desa")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert window.show_page("desa")
    rows = page.list.shown()
    assert len(rows) == 23
    row = next(r for r in rows if r.name == name)
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
    # what a laptop may record stays open to it
    assert page.add_official_button.isEnabled() and page.add_regulation_button.isEnabled()


def test_the_village_page_shows_an_acting_head_and_the_delegated_evaluation(
        qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    """The demo's village led by a Pj. after its head died, and the APB Desa evaluated by
    the Camat by delegation: the page says so instead of an elected term."""
    from perut_desktop.db import open_replica
    from perut_desktop.services import demo, villages

    replica = open_replica(demo_dir)
    with replica.begin() as s:
        name = villages.list_villages(s)[demo.PJ_VILLAGE].name
    replica.close()
    _window, page = _village_page(qtbot, make_launcher, demo_dir, name)
    shown = {key: label.text() for key, label in page.profile_fields.items()}
    assert shown["kades"] == "Pj. Kepala Desa Drs. Akhmad Rusdiansyah"
    assert shown["term"] == "tidak ada: Penjabat bertugas sampai Kepala Desa dilantik"
    assert shown["left"].startswith("Meninggal dunia pada ")
    assert shown["evaluator"].startswith("Camat, pelimpahan Peraturan Bupati tentang pelimpahan evaluasi")
    assert any(f.rule_code == "KADES_MUSDES_PENGGANTI" for f in page.detail.findings)


def test_the_regulation_form_asks_every_step_date_the_register_has(qtbot) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.enums import REGULATION_DATE_FIELDS
    from perut_desktop.ui.dialogs.village_records import RegulationDialog

    dialog = RegulationDialog(None, None)
    qtbot.addWidget(dialog)
    assert list(dialog.dates) == list(REGULATION_DATE_FIELDS)
