"""*Lampiran* on the 1-year demo: two photos dropped at once and resized, their thumbnails,
a caption, opening, removal after a question, undo and redo through the services; an
attach that fails (not a picture, a full disk) shows its one line and changes nothing."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from perut_desktop.services import visits
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.ui.editor.attachments import AttachmentsTab
from tests.ui.conftest import FakePrompts
from tests.ui.editor_harness import EditorVisit, Harness, Session, module_demo, session_on
from tests.ui.layout_walk import problems


@pytest.fixture(scope="module")
def demo_copy(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return module_demo(tmp_path_factory, _demo_template)


@pytest.fixture()
def session(qtbot, demo_copy: Path) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    yield from session_on(qtbot, demo_copy)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("photos")
    wide, tall = folder / "buku-kas-umum.png", folder / "buku-agenda.jpg"
    Image.new("RGB", (4000, 3000), (180, 40, 40)).save(wide)
    Image.new("RGB", (1200, 2400), (40, 90, 160)).save(tall, quality=95)
    return wide, tall


def _village(session: Session) -> str:
    from perut_desktop.services.villages import list_villages

    return session.read(list_villages)[0].id


def _open(qtbot, session: Session, prompts: FakePrompts, visit: EditorVisit,  # type: ignore[no-untyped-def]
          read_only: bool = False) -> Harness:
    harness = Harness(session.client, AttachmentsTab, prompts)
    qtbot.addWidget(harness)
    harness.resize(1366, 768)
    harness.show()
    with qtbot.waitSignal(harness.tab.loaded, timeout=60_000):
        harness.tab.load(visit, read_only)
    return harness


def _drop(tab: AttachmentsTab, paths: list[Path]) -> bool:
    """Drag the files over the tab and drop them, as a file manager does; whether the
    drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = tab.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(QPoint(centre)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    return drop.isAccepted()


def _held(session: Session, visit_id: str) -> list[tuple[str, str]]:
    return [(a.filename, a.caption) for a in session.read(visits.attachments_of, visit_id)]


def test_two_photos_dropped_resized_captioned_removed_and_undone(qtbot, session: Session, prompts: FakePrompts,  # type: ignore[no-untyped-def]
                                                                  photos: tuple[Path, Path]) -> None:
    visit = session.new_visit(_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab, stack = harness.tab, harness.undo_stack
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()

    with qtbot.waitSignal(tab.thumbnails_done, timeout=60_000):
        assert _drop(tab, list(photos))
        session.wait_idle()
    held = session.read(visits.attachments_of, visit.id)
    assert sorted(a.filename for a in held) == ["buku-agenda.jpg", "buku-kas-umum.jpg"]
    store = AttachmentStore(session.workspace.data_dir / "attachments")
    for a in held:
        assert a.media_type == "image/jpeg" and a.size == store.path_of(a.sha256).stat().st_size
        with Image.open(store.path_of(a.sha256)) as img:
            assert max(img.size) == 1600  # resized on attach (DESIGN.md §4)
    assert [r.id for r in tab.model.rows] == [a.id for a in held]
    assert all(tab.model.has_thumbnail(a.sha256) for a in held)
    assert harness.failures == [] and not tab.has_pending()

    # caption of the selected photo, saved when the field is left
    tab.focus_first()
    assert tab.grid.currentIndex().isValid()
    tab.grid.setCurrentIndex(tab.model.index(0))
    first = tab.model.row_at(0)
    tab.caption.setFocus()
    qtbot.keyClicks(tab.caption, "Buku Agenda  diisi sampai Oktober")
    tab.caption.editingFinished.emit()
    session.wait_idle()
    assert _held(session, visit.id)[0] == (first.filename, "Buku Agenda diisi sampai Oktober")
    assert tab.model.index(0).data() == "Buku Agenda diisi sampai Oktober"

    # opened from a copy under its own name inside the data folder
    opened: list[QUrl] = []
    tab.open_url = opened.append
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    path = Path(opened[0].toLocalFile())
    assert path.name == first.filename and path.read_bytes() == store.path_of(first.sha256).read_bytes()
    assert session.workspace.data_dir in path.parents

    # removal asks first; cancelled, nothing happens
    prompts.confirm_answer = False
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert prompts.asked[-1] == ("Hapus lampiran", "Hapus “Buku Agenda diisi sampai Oktober” dari kunjungan ini?")
    session.wait_idle()
    assert len(_held(session, visit.id)) == 2
    prompts.confirm_answer = True
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-kas-umum.jpg", "")]

    stack.undo()  # the removal: the same record back, with its caption
    session.wait_idle()
    assert [a.id for a in session.read(visits.attachments_of, visit.id)] == [a.id for a in held]
    stack.undo()  # the caption
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-agenda.jpg", ""), ("buku-kas-umum.jpg", "")]
    stack.undo()  # both files of the drop
    session.wait_idle()
    assert _held(session, visit.id) == [] and tab.model.rowCount() == 0
    stack.redo()
    stack.redo()
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-agenda.jpg", "Buku Agenda diisi sampai Oktober"),
                                        ("buku-kas-umum.jpg", "")]
    assert tab.model.rowCount() == 2 and harness.failures == []


def test_a_file_that_is_not_a_picture_is_refused_with_nothing_attached(qtbot, session: Session,  # type: ignore[no-untyped-def]
                                                                      prompts: FakePrompts, tmp_path: Path,
                                                                      photos: tuple[Path, Path]) -> None:
    visit = session.new_visit(_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab = harness.tab
    fake = tmp_path / "foto-rapat.jpg"
    fake.write_text("bukan gambar")
    prompts.files = [photos[0], fake]
    with qtbot.waitSignal(tab.save_failed, timeout=60_000) as failed:
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert failed.args == ["Berkas foto-rapat.jpg bukan gambar yang dapat dibaca."]
    session.wait_idle()
    assert _held(session, visit.id) == []  # not even the good photo: all or none
    assert tab.message.isVisible() and tab.message.text() == "Berkas foto-rapat.jpg bukan gambar yang dapat dibaca."
    assert harness.undo_stack.count() == 0 and not tab.has_pending()
    assert session.runner.error_dialog is None  # the line beside the grid, not a dialog

    # the tab is still usable: the good photo alone is attached
    prompts.files = [photos[0]]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-kas-umum.jpg", "")] and not tab.message.isVisible()


def test_a_full_disk_is_one_line_changes_nothing_and_keeps_what_was_typed(qtbot, session: Session, prompts: FakePrompts,  # type: ignore[no-untyped-def]
                                                     photos: tuple[Path, Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    visit = session.new_visit(_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab = harness.tab

    def full(self: AttachmentStore, data: bytes, media_type: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(AttachmentStore, "put_bytes", full)
    with qtbot.waitSignal(tab.save_failed, timeout=60_000) as failed:
        _drop(tab, list(photos))
    [message] = failed.args
    assert "penuh" in message and "\n" not in message
    session.wait_idle()
    assert _held(session, visit.id) == [] and tab.message.text() == message
    assert harness.undo_stack.count() == 0

    # the disk has room again; then a caption's save fails the same way: what was typed stays
    monkeypatch.undo()
    prompts.files = [photos[1]]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-agenda.jpg", "")] and not tab.message.isVisible()
    tab.grid.setCurrentIndex(tab.model.index(0))

    def caption_on_full_disk(session: object, attachment_id: str, caption: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(visits, "set_attachment_caption", caption_on_full_disk)
    qtbot.keyClicks(tab.caption, "Buku agenda 2026")
    with qtbot.waitSignal(tab.save_failed, timeout=30_000) as failed:
        tab.caption.editingFinished.emit()
    assert failed.args == [message]
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-agenda.jpg", "")]  # unchanged
    assert tab.caption.text() == "Buku agenda 2026" and tab.caption.property("refused") and tab.has_pending()
    monkeypatch.undo()
    tab.caption.editingFinished.emit()  # tried again when the field is left again
    session.wait_idle()
    assert _held(session, visit.id) == [("buku-agenda.jpg", "Buku agenda 2026")]
    assert not tab.caption.property("refused") and not tab.has_pending() and not tab.message.isVisible()


def test_read_only_takes_no_drop(qtbot, session: Session, prompts: FakePrompts,  # type: ignore[no-untyped-def]
                                 photos: tuple[Path, Path]) -> None:
    visit = session.new_visit(_village(session))
    harness = _open(qtbot, session, prompts, visit, read_only=True)
    tab = harness.tab
    assert not _drop(tab, list(photos))
    assert not tab.add_button.isEnabled() and not tab.caption.isEnabled()
    session.wait_idle()
    assert _held(session, visit.id) == [] and harness.saves == []


def test_screenshot(qtbot, session: Session, prompts: FakePrompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = session.new_visit(_village(session))
    harness = _open(qtbot, session, prompts, visit)
    tab = harness.tab
    colours = [(200, 60, 50), (60, 140, 80), (50, 90, 170), (220, 170, 40), (120, 70, 150)]
    names = ["buku-kas-umum", "buku-agenda", "daftar-hadir", "papan-informasi", "buku-inventaris"]
    files = []
    for n, (name, colour) in enumerate(zip(names, colours)):
        path = tmp_path / f"{name}.jpg"
        Image.new("RGB", (1600 if n % 2 else 1200, 1200 if n % 2 else 1600), colour).save(path)
        files.append(path)
    scan = tmp_path / "notulen-rapat.pdf"
    scan.write_bytes(b"%PDF-1.4 notulen")
    files.append(scan)
    with qtbot.waitSignal(tab.thumbnails_done, timeout=60_000):
        _drop(tab, files)
        session.wait_idle()
    tab.focus_first()
    qtbot.keyClicks(tab.caption, "Buku Agenda Surat Masuk dan Keluar, diisi sampai Oktober")
    tab.caption.editingFinished.emit()
    session.wait_idle()
    assert problems(harness, "lampiran") == []  # no text cut short, every control named
    assert harness.grab().save("/tmp/editor_lampiran.png")
    harness.resize(1093, 480)  # 1366×768 at 125 %, under the editor's header
    qtbot.wait(50)
    assert problems(harness, "lampiran at 125 %") == []
    assert harness.grab().save("/tmp/editor_lampiran_125.png")
