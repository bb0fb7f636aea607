"""The *Sinkronisasi* page with two replicas in temporary folders: the whole round from
the office's *Daftarkan laptop* to the laptop showing its visit *Disetujui*, with equal
fingerprints; refused bundles explained in one line and changing nothing; a conflict
restored on the Konflik view; the history and the reminder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from perut_desktop.enums import VisitStatus
from tests.ui.conftest import FakePrompts, MakeLauncher, open_loaded
from tests.ui.sync_helpers import (
    fingerprint_of,
    prepare_master,
    record_and_submit,
    set_actor,
    through_client,
    visit_status,
)


def _sync_page(qtbot: Any, shell: Any) -> Any:
    window = shell.window
    window.show_page("sinkronisasi")
    page = window.sync_page
    qtbot.waitUntil(lambda: page.has_data and not page.out_of_date, timeout=60_000)
    return page


def _send(qtbot: Any, page: Any, folder: Path) -> Any:
    panel = page.send_panel
    panel.set_folder(folder)
    qtbot.waitUntil(lambda: panel.send_button.isEnabled(), timeout=30_000)
    with qtbot.waitSignal(panel.sent, timeout=60_000) as sent:
        panel.send_button.click()
    return sent.args[0]


def _preview(qtbot: Any, page: Any, paths: list[Path]) -> Any:
    with qtbot.waitSignal(page.receive_opened, timeout=10_000) as opened:
        page.receive_files(paths)
    dialog = opened.args[0]
    if not dialog.bundles:
        with qtbot.waitSignal(dialog.previewed, timeout=60_000):
            pass
    return dialog


def _apply(qtbot: Any, dialog: Any) -> Any:
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied, timeout=60_000) as applied:
        dialog.apply_button.click()
    return applied.args[0]


def test_the_whole_round_through_the_exchange_page(qtbot, make_launcher: MakeLauncher, master_dir: Path,
                                                   tmp_path: Path, prompts: FakePrompts,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    people = prepare_master(master_dir)
    stick = tmp_path / "usb"
    stick.mkdir()

    # the office registers Rahmadi's laptop: the enrolment file goes to the stick
    office = open_loaded(qtbot, make_launcher(master_dir))
    page = _sync_page(qtbot, office)
    assert page.tabs.isTabVisible(page.LAPTOPS)
    prompts.items.append(0)
    prompts.folders.append(stick)
    with qtbot.waitSignal(page.laptops.enrolment_written, timeout=60_000) as written:
        page.laptops.enrol_button.click()
    enrolment = written.args[0]
    assert enrolment.parent == stick and enrolment.name.endswith(".perut-enroll") and "rahmadi" in enrolment.name
    qtbot.waitUntil(lambda: len(page.laptops.pending_model.rows) == 1, timeout=30_000)
    pending = page.laptops.pending_model.rows[0]
    assert pending.officer_name.startswith("Rahmadi") and pending.expires_at > dt.datetime.now(dt.UTC)

    # the laptop's first run joins with it and writes its first bundle
    laptop_dir = tmp_path / "laptop"
    laptop_launcher = make_launcher(laptop_dir)
    laptop_launcher.start()
    first = laptop_launcher.first_run
    first.laptop_choice.click()
    prompts.files.append(enrolment)
    prompts.folders.append(stick)
    first.enrolment_button.click()
    first.folder_button.click()
    with qtbot.waitSignal(first.pages.currentChanged, timeout=60_000):
        first.join.click()
    joined = first.joined
    with qtbot.waitSignal(first.ready, timeout=10_000):
        first.open_window.click()
    laptop = laptop_launcher.shell
    qtbot.waitUntil(lambda: laptop.window.status is not None and laptop.window.awaiting_office, timeout=60_000)

    # the office receives it: held, the code the laptop shows, applied, first data written
    dialog = _preview(qtbot, page, [joined.bundle])
    assert [b.status for b in dialog.bundles] == ["held"]
    assert dialog.code_button.isVisible()
    page.send_panel.set_folder(stick)
    prompts.texts.append(joined.code)
    prompts.confirm_answer = True
    with qtbot.waitSignal(page.send_panel.sent, timeout=120_000) as first_data:
        dialog.code_button.click()
    assert any(t == "Laptop dikonfirmasi" for t, _ in prompts.asked)
    answer = first_data.args[0]
    assert answer.recipient == joined.device_id and answer.verified and answer.rows > 0
    assert answer.paths[0].name.startswith("perut-kantor-ke-rahmadi-")
    assert "aman dicabut" in page.send_panel.result.text()

    # the laptop imports the office's first data
    prompts.files.append(answer.paths[0])
    laptop.window.receive_action.trigger()
    qtbot.waitUntil(lambda: not laptop.window.awaiting_office, timeout=60_000)

    # the laptop records and submits a visit (the editor's services), and sends it
    visit_id = through_client(qtbot, laptop, record_and_submit)
    laptop_page = _sync_page(qtbot, laptop)
    assert laptop_page.partner_model.rows[0].pending_rows > 0
    to_office = _send(qtbot, laptop_page, stick)
    assert to_office.paths[0].name.startswith("perut-rahmadi-ke-kantor-")
    assert to_office.counts.get("visit") == 1

    # the office previews, applies, verifies and approves, and sends back
    dialog = _preview(qtbot, page, [to_office.paths[0]])
    (incoming,) = dialog.bundles
    assert incoming.status == "ready" and incoming.counts.get("visit") == 1 and incoming.conflicts == 0
    assert "1 kunjungan" in dialog.model.data(dialog.model.index(0, 4))
    _apply(qtbot, dialog)
    assert through_client(qtbot, office, visit_status, visit_id, change=False) is VisitStatus.DIAJUKAN
    from perut_desktop.services import workflow

    set_actor(qtbot, office, people["verifier"])
    through_client(qtbot, office, workflow.verify_visit, visit_id)
    set_actor(qtbot, office, people["camat"])
    through_client(qtbot, office, workflow.approve_visit, visit_id)
    qtbot.waitUntil(lambda: not page.out_of_date and page.has_data, timeout=30_000)
    assert page.select_partner(joined.device_id)
    back = _send(qtbot, page, stick)
    assert back.counts.get("review") and back.counts.get("visit_status_event")

    # the laptop applies it and shows the visit approved
    dialog = _preview(qtbot, laptop_page, [back.paths[0]])
    assert [b.status for b in dialog.bundles] == ["ready"]
    _apply(qtbot, dialog)
    assert through_client(qtbot, laptop, visit_status, visit_id, change=False) is VisitStatus.DISETUJUI
    visits = laptop.window.visits_page
    laptop.window.show_page("kunjungan")
    qtbot.waitUntil(lambda: visits.has_data and not visits.out_of_date
                    and any(r.id == visit_id and r.status is VisitStatus.DISETUJUI for r in visits.model.rows),
                    timeout=60_000)

    # the same file again is said calmly to have been received before
    dialog = _preview(qtbot, laptop_page, [back.paths[0]])
    assert [b.status for b in dialog.bundles] == ["already"] and not dialog.apply_button.isEnabled()
    assert "sudah diterima" in dialog.summary.text()
    dialog.reject()

    # the history: sent and received on both sides
    qtbot.waitUntil(lambda: not laptop_page.out_of_date, timeout=30_000)
    kinds = [h.kind for h in laptop_page.history_model.rows]
    assert kinds.count("sent") >= 2 and kinds.count("received") >= 2

    assert fingerprint_of(master_dir, capsys) == fingerprint_of(laptop_dir, capsys)


def _two_laptops(master_dir: Path, tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Laptops A (Rahmadi) and B (Siti) enrolled with the office; A's and B's bundles to the
    office and the office's bundle to A, as files; B's folder."""
    from perut_desktop.db import open_replica
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys

    master = open_replica(master_dir)
    try:
        add_officer(master, "Rahmadi", ["Awayan"])
        add_officer(master, "Siti Rahmah", ["Bihara"])
        a = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
        b = enrol_with_keys(master, tmp_path, "b", "Siti Rahmah")
        for laptop in (a, b):
            bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / f"to-{laptop.device_id}.perut",
                                                              to=laptop.device_id)[0].path)
        from_a = bundle.export_bundle(a, tmp_path / "from-a.perut")[0].path
        from_b = bundle.export_bundle(b, tmp_path / "from-b.perut")[0].path
        for_a = bundle.export_bundle(master, tmp_path / "for-a.perut", to=a.device_id)[0].path
        a.close()
        b.close()
    finally:
        master.close()
    return from_a, from_b, for_a, tmp_path / "b"


def test_refused_bundles_are_explained_and_change_nothing(qtbot, make_launcher: MakeLauncher, master_dir: Path,
                                                          tmp_path: Path, prompts: FakePrompts,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from_a, from_b, for_a, laptop_b = _two_laptops(master_dir, tmp_path)
    damaged = tmp_path / "rusak.perut"
    data = bytearray(from_b.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))

    # on the office: A is revoked from the page, the confirmation naming its officer
    office = open_loaded(qtbot, make_launcher(master_dir))
    page = _sync_page(qtbot, office)
    laptops = page.laptops
    row = next(n for n, d in enumerate(laptops.device_model.rows) if d.officer == "Rahmadi")
    laptops.device_table.selectRow(row)
    prompts.confirm_answer = True
    with qtbot.waitSignal(laptops.changed, timeout=30_000):
        laptops.revoke_button.click()
    title, question = prompts.asked[-1]
    assert title == "Cabut laptop" and "Rahmadi" in question
    qtbot.waitUntil(lambda: any(d.revoked for d in laptops.device_model.rows), timeout=30_000)
    before = fingerprint_of(master_dir, capsys)

    dialog = _preview(qtbot, page, [damaged, from_a])
    assert [b.status for b in dialog.bundles] == ["refused", "refused"]
    damaged_reason, revoked_reason = (b.message for b in dialog.bundles)
    assert damaged_reason.startswith("Bundel terpotong atau rusak") and "\n" not in damaged_reason
    assert damaged_reason.endswith("rusak.perut)")  # where the quarantined copy is
    assert revoked_reason.startswith("Perangkat Laptop Rahmadi") and "sudah dicabut" in revoked_reason
    assert "\n" not in revoked_reason
    assert not dialog.apply_button.isEnabled()
    assert "karantina" in dialog.summary.text()
    kept = sorted(p.name for p in (master_dir / "quarantine").glob("*.perut"))
    assert any(n.endswith("rusak.perut") for n in kept) and any(n.endswith("from-a.perut") for n in kept)
    dialog.reject()
    assert fingerprint_of(master_dir, capsys) == before
    qtbot.waitUntil(lambda: any(h.kind == "refused" for h in page.history_model.rows), timeout=30_000)
    office.close()

    # on laptop B: the office's bundle for laptop A
    before_b = fingerprint_of(laptop_b, capsys)
    b_shell = open_loaded(qtbot, make_launcher(laptop_b))
    b_page = _sync_page(qtbot, b_shell)
    dialog = _preview(qtbot, b_page, [for_a])
    (refused,) = dialog.bundles
    assert refused.status == "refused" and "\n" not in refused.message and refused.message
    assert fingerprint_of(laptop_b, capsys) == before_b


def test_a_conflict_is_restored_on_the_conflict_view(qtbot, make_launcher: MakeLauncher, master_dir: Path,
                                                     tmp_path: Path) -> None:
    from perut_desktop.db import open_replica
    from perut_desktop.services import villages
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, at, enrol_with_keys

    master = open_replica(master_dir)
    try:
        add_officer(master, "Rahmadi", ["Awayan"])
        with at(master, dt.date(2026, 11, 1)) as s:
            official = villages.add_official(s, villages.find_village(s, "Awayan").id, name="Siti Aminah",
                                             position="Sekretaris Desa", gender="P").id
        laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
        bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / "to-a.perut",
                                                          to=laptop.device_id)[0].path)
        with at(master, dt.date(2026, 11, 2)) as s:  # the office and the laptop, apart
            villages.edit_official(s, official, position="Kaur Keuangan")
        with at(laptop, dt.date(2026, 11, 3)) as s:
            villages.edit_official(s, official, position="Kaur Umum")
        from_a = bundle.export_bundle(laptop, tmp_path / "from-a.perut")[0].path
        laptop.close()
    finally:
        master.close()

    office = open_loaded(qtbot, make_launcher(master_dir))
    page = _sync_page(qtbot, office)
    view = page.conflicts

    def says_none() -> bool:  # in words, with no empty table or empty values beside it
        return not view.none.isHidden() and all(w.isHidden() for w in (view.table, view.in_use[0], view.restore_button))

    assert says_none() and view.none.text().startswith("Tidak ada konflik")
    dialog = _preview(qtbot, page, [from_a])
    assert dialog.bundles[0].status == "ready" and dialog.bundles[0].conflicts == 1
    _apply(qtbot, dialog)
    qtbot.waitUntil(lambda: not page.out_of_date and len(page.conflicts.model.rows) == 1, timeout=30_000)
    assert page.tabs.tabText(page.CONFLICTS) == "Konflik (1)"
    page.tabs.setCurrentIndex(page.CONFLICTS)
    assert not says_none() and view.none.isHidden() and view.table.isVisible() and view.restore_button.isVisible()
    conflict = view.selected()
    in_use, kept = view.in_use[1].text(), view.kept[1].text()
    assert {in_use, kept} == {"Kaur Keuangan", "Kaur Umum"}
    assert view.kept[2].text() and view.kept[3].text() != "–"
    with qtbot.waitSignal(view.resolved, timeout=30_000):
        view.restore_button.click()

    def position(session: Any) -> str:
        return next(o.position for o in villages.list_officials(session, villages.find_village(session, "Awayan").id)
                    if o.id == official)

    assert through_client(qtbot, office, position, change=False) == kept
    qtbot.waitUntil(lambda: not page.out_of_date and not page.conflicts.model.rows, timeout=30_000)
    from perut_desktop.operations import exchange

    state = through_client(qtbot, office, exchange.exchange_state, change=False)
    assert not state.conflicts and says_none()
    del conflict


def test_a_reminder_names_changes_waiting_unsent(qtbot, make_launcher: MakeLauncher, master_dir: Path,
                                                 tmp_path: Path) -> None:
    from perut_desktop.db import open_replica
    from perut_desktop.services import villages
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys

    master = open_replica(master_dir)
    try:
        add_officer(master, "Rahmadi", ["Awayan"])
        laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
        bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / "to-a.perut",
                                                          to=laptop.device_id)[0].path)
        with laptop.begin() as s:
            villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hendra", position="Kaur Umum")
        laptop.close()
    finally:
        master.close()
    shell = open_loaded(qtbot, make_launcher(tmp_path / "a"))
    page = _sync_page(qtbot, shell)
    assert not page.reminder.isVisible()  # made today: not yet a week
    page.clock = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(days=12)
    loads = page.loads
    page.refresh()
    qtbot.waitUntil(lambda: page.loads > loads, timeout=30_000)
    assert page.reminder.isVisible()
    assert "belum dikirim ke Master Kecamatan Awayan" in page.reminder.text() and "12 hari" in page.reminder.text()

    # a bundle written: nothing waits unsent any more
    stick = tmp_path / "usb"
    stick.mkdir()
    _send(qtbot, page, stick)
    qtbot.waitUntil(lambda: page.loads > loads + 1 and not page.reminder.isVisible(), timeout=30_000)
