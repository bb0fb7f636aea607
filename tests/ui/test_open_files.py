"""Opening files: ``perut-gui FILE.perut`` shows the receive preview, ``perut-gui
FILE.perut-enroll`` the join; a second start on the same data folder hands its file to
the window already running and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from perut_desktop.ui.instance import InstanceLock, InstanceServer, hand_over, server_name
from tests.ui.conftest import MakeLauncher, open_loaded


def _laptop_bundle(master_dir: Path, tmp_path: Path) -> Path:
    from perut_desktop.db import open_replica
    from perut_desktop.sync import bundle
    from tests.sync.helpers import add_officer, enrol_with_keys

    master = open_replica(master_dir)
    try:
        add_officer(master, "Rahmadi", ["Awayan"])
        laptop = enrol_with_keys(master, tmp_path, "a", "Rahmadi")
        bundle.import_bundle(laptop, bundle.export_bundle(master, tmp_path / "to-a.perut",
                                                          to=laptop.device_id)[0].path)
        path = bundle.export_bundle(laptop, tmp_path / "perut-rahmadi-ke-kantor.perut")[0].path
        laptop.close()
    finally:
        master.close()
    return path


def test_a_second_start_hands_its_bundle_to_the_running_window(qtbot: Any, make_launcher: MakeLauncher,
                                                               master_dir: Path, tmp_path: Path) -> None:
    bundle = _laptop_bundle(master_dir, tmp_path)
    launcher = make_launcher(master_dir)
    shell = open_loaded(qtbot, launcher)
    lock = InstanceLock(master_dir)  # as perut-gui's main holds it while its window runs
    assert lock.acquire()
    server = InstanceServer(master_dir)
    assert server.listen()
    server.files_received.connect(launcher.open_files)
    page = shell.window.sync_page
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
                   XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"))
        with qtbot.waitSignal(page.receive_opened, timeout=60_000) as opened:
            with open(tmp_path / "second.err", "wb") as err:
                second = subprocess.Popen([sys.executable, "-m", "perut_desktop.ui.app", "--data-dir",
                                           str(master_dir), str(bundle)], env=env, stdout=subprocess.DEVNULL,
                                          stderr=err)
                qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        assert second.returncode == 0, (tmp_path / "second.err").read_text()
        dialog = opened.args[0]
        if not dialog.bundles:
            with qtbot.waitSignal(dialog.previewed, timeout=60_000):
                pass
        assert shell.window.current_page_key() == "sinkronisasi"
        (incoming,) = dialog.bundles
        assert incoming.path == bundle and incoming.status == "ready" and incoming.sender_name.startswith("Laptop")
    finally:
        server.close()
        lock.release()


def test_the_server_is_per_data_folder_and_a_stale_socket_is_taken_over(tmp_path: Path, qapp: Any) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    first = InstanceServer(tmp_path / "a")
    assert first.listen()
    second = InstanceServer(tmp_path / "a")
    assert not second.listen()  # someone answers: hand over instead
    first.close()
    third = InstanceServer(tmp_path / "a")
    assert third.listen()
    third.close()


def test_one_start_holds_the_lock_and_a_crashed_ones_is_taken_over(tmp_path: Path, qapp: Any) -> None:
    first = InstanceLock(tmp_path / "a")
    assert first.acquire()
    assert not InstanceLock(tmp_path / "a").acquire()  # a second start: hand over instead
    assert InstanceLock(tmp_path / "b").acquire()  # another data folder is another window
    first.release()
    # a window that crashed leaves its lock file behind: its process is gone, the lock is taken
    script = ("import sys, os; from perut_desktop.ui.instance import InstanceLock; from pathlib import Path; "
              "lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire(); os._exit(0)")  # never unlocked
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "a")], check=True, timeout=60)
    left = InstanceLock(tmp_path / "a")
    assert left.path.exists()
    assert left.acquire()
    left.release()


def test_a_second_start_waits_for_a_window_still_starting(qtbot: Any, tmp_path: Path) -> None:
    """The first window listens only once it has painted: a start in between waits for it
    (within its limit) instead of opening a second window."""
    received: list[list[Path]] = []
    server = InstanceServer(tmp_path / "a")
    server.files_received.connect(received.append)
    script = ("import sys; from pathlib import Path; from perut_desktop.ui.instance import hand_over; "
              "sys.exit(0 if hand_over(Path(sys.argv[1]), [Path('x.perut')], wait_ms=30_000) else 1)")
    sender = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "a")],
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        qtbot.wait(700)  # the sender is trying meanwhile; nobody listens yet
        assert sender.poll() is None
        assert server.listen()
        qtbot.waitUntil(lambda: bool(received), timeout=30_000)
        assert received == [[(Path.cwd() / "x.perut").resolve()]]
        assert sender.wait(timeout=30) == 0
    finally:
        if sender.poll() is None:
            sender.kill()
        server.close()
    assert not hand_over(tmp_path / "a", [], wait_ms=200)  # nobody there any more: no wait beyond the limit


def test_a_bundle_on_the_command_line_opens_the_preview(qtbot: Any, make_launcher: MakeLauncher, master_dir: Path,
                                                        tmp_path: Path) -> None:
    bundle = _laptop_bundle(master_dir, tmp_path)
    launcher = make_launcher(master_dir, str(bundle))
    assert launcher.options.files == (bundle,)
    shell = open_loaded(qtbot, launcher)
    page = shell.window.sync_page
    qtbot.waitUntil(lambda: page.receive_dialog is not None and bool(page.receive_dialog.bundles), timeout=60_000)
    assert [b.status for b in page.receive_dialog.bundles] == ["ready"]


def test_an_enrolment_file_opens_the_join(qtbot: Any, make_launcher: MakeLauncher, tmp_path: Path) -> None:
    enrolment = tmp_path / "perut-daftar-rahmadi.perut-enroll"
    enrolment.write_text("{}")
    launcher = make_launcher(tmp_path / "baru", str(enrolment))
    launcher.start()
    dialog = launcher.first_run
    assert dialog is not None and dialog.pages.currentIndex() == dialog.LAPTOP
    assert dialog.enrolment_file == enrolment and dialog.enrolment_label.text() == enrolment.name
    assert not dialog.join.isEnabled()  # the folder for the first bundle is still to choose
