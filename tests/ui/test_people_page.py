"""*Petugas & Staf* over the one-year demo: an officer's phone and villages and a staff
member's signing rights and PIN changed through the page, as the services then hold them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from perut_desktop.db import open_replica
from perut_desktop.services import people
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded


def test_an_officer_and_a_staff_profile_edited_through_the_page(qtbot, make_launcher: MakeLauncher,
                                                                demo_dir: Path, prompts: FakePrompts) -> None:
    shell = open_loaded(qtbot, make_launcher(demo_dir))
    window = shell.window
    page = window.page("petugas")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert window.show_page("petugas")
    officers = page.officers.shown()
    assert len(officers) == 5 and len(page.staff.shown()) == 3
    # both lists name a person's post the same way (not "Judul", the title of a document)
    headers = [[table.model.headerData(c, Qt.Orientation.Horizontal) for c in range(table.model.columnCount())]
               for table in (page.officers, page.staff)]
    assert headers[0][2] == headers[1][2] == "Jabatan"
    row = next(n for n, o in enumerate(officers) if o.name.startswith("Rahmadi"))
    page.officers.view.selectRow(row)
    villages = dict((name, vid) for vid, name in page.villages)
    prompts.records.append({"name": "Rahmadi, S.AP.", "nip": "198605212010011006", "position": "Pengadministrasi",
                            "phone": "0812 0000 1111", "villages": [villages["Bihara"], villages["Merah"]],
                            "active": True})
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.edit_officer_button.click()
    assert villages["Bihara"] in prompts.asked[-1][1]  # the dialog starts from the officer as stored

    row = next(n for n, u in enumerate(page.staff.shown()) if u.name.startswith("Ahmad"))
    page.staff.view.selectRow(row)
    prompts.records.append({"name": "Ahmad Fauzan, S.IP.", "nip": "198307142009011002",
                            "title": "Kepala Seksi Pemerintahan", "can_sign": True, "plt": None, "pin": "2468",
                            "remove_pin": False})
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.edit_staff_button.click()

    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            rahmadi = next(o for o in people.list_officers(s) if o.name == "Rahmadi, S.AP.")
            assert (rahmadi.phone, rahmadi.position, rahmadi.villages) == ("0812 0000 1111", "Pengadministrasi",
                                                                          ("Bihara", "Merah"))
            ahmad = next(u for u in people.list_users(s) if u.name == "Ahmad Fauzan, S.IP.")
            assert ahmad.can_sign and ahmad.has_pin
            people.check_pin(s, ahmad.id, "2468")
    finally:
        replica.close()
    shown = next(u for u in page.staff.shown() if u.name.startswith("Ahmad"))
    assert shown.can_sign and shown.has_pin
