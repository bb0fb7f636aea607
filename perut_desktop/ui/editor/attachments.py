"""*Lampiran*: photos and scans of a visit as a grid of thumbnails. Files come from the
file dialog or are dropped on the tab (several at once); photos are resized as they are
attached (DESIGN.md §4), off the UI thread, with a progress dialog for several files that
take a while. A caption per file, open it in the system's viewer, remove it after a
question (undo brings it back).

Keyboard: arrow keys move in the grid, Enter opens, Delete removes, Tab reaches the caption.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QKeyEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.operations.changes import NO_CHANGES, Changed
from perut_desktop.ui.editor.tab_saves import (
    ServiceCommand,
    TabSaver,
    mark_refused,
    message_label,
    show_message,
)
from perut_desktop.ui.models.attachment_grid import THUMBNAIL_SIDE, AttachmentGridModel, size_text
from perut_desktop.ui.tasks import ProgressMode
from perut_desktop.ui.widgets.key_filter import KeyPressFilter

if TYPE_CHECKING:
    from perut_desktop.operations.changes import Changes
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.visits import AttachmentInfo
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts
    from perut_desktop.ui.tasks import TaskContext

TABLES = frozenset({"attachment", "visit"})
#: Thumbnails made per task, so that saves queued meanwhile wait for a few files at most.
THUMBNAILS_PER_TASK = 6
#: The file kinds the dialog offers (anything dropped is tried: the service decides).
FILE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf"


def make_thumbnails(paths: Sequence[tuple[str, Path]]) -> dict[str, QImage | None]:
    """Thumbnails (on the task thread: QImage, never QPixmap) by SHA-256; ``None`` for a file
    this computer does not hold or cannot read."""
    out: dict[str, QImage | None] = {}
    for sha256, path in paths:
        if not path.exists():
            out[sha256] = None
            continue
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMBNAIL_SIDE, THUMBNAIL_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        out[sha256] = None if image.isNull() else image
    return out


def _thumbnails_task(paths: Sequence[tuple[str, Path]], _ctx: TaskContext) -> dict[str, QImage | None]:
    return make_thumbnails(paths)


class _Grid(QListView):
    """The thumbnails: icon mode, fixed places, no dragging within."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        lines = self.fontMetrics().lineSpacing() * 2  # a caption's first two lines under its photo
        self.setGridSize(QSize(THUMBNAIL_SIDE + 48, THUMBNAIL_SIDE + lines + 16))
        self.setSpacing(8)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)  # drops go to the tab
        self.viewport().setAcceptDrops(False)


class AttachmentsTab(QWidget):
    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)
    jump_requested = Signal(str)
    #: The grid has been (re)filled from the services.
    loaded = Signal()
    #: Every thumbnail asked for has come back.
    thumbnails_done = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.undo_stack = undo_stack
        self.saver = TabSaver(self, client)
        self.visit: Any = None
        self.read_only = True
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self._store_root: Path | None = None
        self._thumbnails_running = 0
        self._filling = False
        self._build()
        client.changed.connect(self._on_client_changed)

    def _build(self) -> None:
        style = self.style()
        self.model = AttachmentGridModel(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                         style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), self)
        self.add_button = QPushButton(self.tr("A&dd photos or scans…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.drop_hint = QLabel(self.tr("Or drop photos and scans here. Photos are reduced to about 1600 pixels."),
                                self)
        self.drop_hint.setEnabled(False)
        self.grid = _Grid(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Attachments"))
        self.grid.activated.connect(lambda _index: self.open_selected())
        KeyPressFilter(self.grid, self._on_grid_key)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.caption = QLineEdit(self)
        self.caption.setPlaceholderText(self.tr("What the photo or scan shows"))
        self.caption.editingFinished.connect(self._on_caption_finished)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.details = QLabel(self)
        self.message = message_label(self)
        self.empty = QLabel(self.tr("No photo or scan yet."), self)

        top = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top.addWidget(self.add_button)
        top.addWidget(self.drop_hint, 1)
        top.addStretch(0)  # takes the room when the hint is hidden (read-only)
        top.addWidget(self.open_button)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        caption_label = QLabel(self.tr("&Caption:"), self)
        caption_label.setBuddy(self.caption)
        bottom.addWidget(caption_label)
        bottom.addWidget(self.caption, 3)
        bottom.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self.setTabOrder(self.add_button, self.grid)
        self.setTabOrder(self.grid, self.caption)
        self._update_controls()

    # --- the tab contract ----------------------------------------------------------------

    def load(self, visit: Any, read_only: bool) -> None:
        """(Re)fill from the services for ``visit`` (``id``, ``village_id``, ``visit_date``)."""
        if self.visit is None or self.visit.id != visit.id:
            self._set_caption_refused(False)
            show_message(self.message, "")
        self.visit = visit
        self.read_only = read_only
        self._update_controls()
        self.reload()

    @property
    def saves_in_flight(self) -> int:
        """Saves started and not yet answered (the editor's indicator waits for them)."""
        return self.saver.in_flight

    def has_pending(self) -> bool:
        return self.saver.in_flight > 0 or bool(self.caption.property("refused"))

    def focus_first(self) -> None:
        if self.model.rowCount() == 0:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.grid.currentIndex().isValid():
            self._select(0)

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        from perut_desktop.services.visits import attachments_of

        visit_id = self.visit.id

        def read(ws: Workspace) -> tuple[list[AttachmentInfo], Path]:
            return ws.read(attachments_of, visit_id), ws.attachment_store().root

        self.client.read(read, label=self.tr("Loading the attachments"), on_done=self._on_loaded, owner=self)

    def _on_loaded(self, result: tuple[list[AttachmentInfo], Path]) -> None:
        rows, self._store_root = result
        selected = self._selected()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if selected is not None:
            n = self.model.row_of(selected.id)
            if n is not None:
                self._select(n)
        self._on_selection_changed()
        self._request_thumbnails()
        self.loaded.emit()

    def _request_thumbnails(self) -> None:
        root = self._store_root
        wanted = self.model.needs_thumbnail()
        if root is None or not wanted or self._thumbnails_running:
            if not wanted and not self._thumbnails_running:
                self.thumbnails_done.emit()
            return
        for start in range(0, len(wanted), THUMBNAILS_PER_TASK):
            chunk = [(a.sha256, root / a.sha256[:2] / a.sha256) for a in wanted[start:start + THUMBNAILS_PER_TASK]]
            self._thumbnails_running += 1
            self.client.runner.run(partial(_thumbnails_task, chunk), label=self.tr("Thumbnails"),
                                   on_done=self._on_thumbnails, on_failed=self._on_thumbnails_failed,
                                   owner=self, mode=ProgressMode.NONE)

    def _on_thumbnails(self, images: dict[str, QImage | None]) -> None:
        for sha256, image in images.items():
            self.model.set_thumbnail(sha256, image)
        self._thumbnail_finished()

    def _on_thumbnails_failed(self, _exc: BaseException) -> None:
        self._thumbnail_finished()

    def _thumbnail_finished(self) -> None:
        self._thumbnails_running -= 1
        if not self._thumbnails_running:
            if self.model.needs_thumbnail():
                self._request_thumbnails()  # rows came meanwhile
            else:
                self.thumbnails_done.emit()

    def _on_client_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and self.visit is not None and changes.touches(TABLES):
            self.reload()

    def _selected(self) -> AttachmentInfo | None:
        rows = self.grid.selectionModel().selectedIndexes()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, row: int) -> None:
        self.grid.selectionModel().setCurrentIndex(self.model.index(row),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_selection_changed(self, *_args: Any) -> None:
        row = self._selected()
        if not self.caption.property("refused"):
            self._filling = True
            self.caption.setText(row.caption if row else "")
            self._filling = False
        if row is None:
            self.details.setText("")
        else:
            self.details.setText(f"{row.filename} · {size_text(row.size)}")
            self.details.setToolTip(row.filename)
        self._update_controls()

    def _update_controls(self) -> None:
        editable = not self.read_only and self.visit is not None
        selected = self._selected() is not None
        self.add_button.setEnabled(editable)
        self.drop_hint.setVisible(editable)
        self.remove_button.setEnabled(editable and selected)
        self.open_button.setEnabled(selected)
        self.caption.setEnabled(editable and selected)

    # --- adding --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.read_only:
            return
        paths = self.prompts.open_files(self, self.tr("Add photos or scans"),
                                        self.tr("Photos and scans ({patterns});;All files (*)").format(
                                            patterns=FILE_PATTERNS))
        if paths:
            self.attach(paths)

    def attach(self, paths: Sequence[Path]) -> None:
        """Attach files (photos resized) off the UI thread: all of them, or none when one is
        refused."""
        from perut_desktop.services.visits import remove_attachment, restore_attachment

        if self.read_only or not paths:
            return
        visit_id = self.visit.id
        files = [Path(p) for p in paths]
        attaching = self.tr("Attaching {name}…")  # translated here, formatted on the task thread

        def call(ws: Workspace, ctx: TaskContext) -> Any:
            def progress(done: int, total: int, name: str) -> None:
                ctx.check_abort()  # a cancel rolls the whole unit of work back
                ctx.progress(done, total, attaching.format(name=name) if name else "")

            return ws.attach_files(visit_id, files, progress=progress)

        def attached(infos: list[AttachmentInfo]) -> None:
            ids = [a.id for a in infos]
            text = self.tr("attachments ({count})").format(count=len(ids))

            def apply(forward: bool) -> None:
                service = restore_attachment if forward else remove_attachment

                def run(ws: Workspace) -> Changed[None]:
                    changes = NO_CHANGES
                    for attachment_id in ids:
                        changes = changes | ws.change(service, attachment_id).changes
                    return Changed(None, changes)

                self._change(run, self.tr("Saving the attachments"), None, None)

            self.undo_stack.push(ServiceCommand(text, self._replay(apply)))
            show_message(self.message, "")
            self.reload_then_select(ids[0] if ids else None)

        def refused(text: str) -> None:
            show_message(self.message, text)

        mode = ProgressMode.DIALOG if len(files) > 1 else ProgressMode.NONE
        self.saver.save_long(call, label=self.tr("Attaching files"), on_done=attached, on_refused=refused,
                             mode=mode)

    def reload_then_select(self, attachment_id: str | None) -> None:
        if attachment_id is None:
            self.reload()
            return

        def select_after(*_args: Any) -> None:
            self.loaded.disconnect(select_after)
            n = self.model.row_of(attachment_id)
            if n is not None:
                self._select(n)

        self.loaded.connect(select_after)
        self.reload()

    # --- drag and drop -------------------------------------------------------------------------------

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and self.visit is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if self.read_only or self.visit is None or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(files)

    # --- caption, open, remove -----------------------------------------------------------------------

    def _set_caption_refused(self, refused: bool) -> None:
        mark_refused(self.caption, refused)

    def _on_caption_finished(self) -> None:
        from perut_desktop.services.visits import set_attachment_caption

        row = self._selected()
        if self._filling or row is None or self.read_only:
            return
        after = " ".join(self.caption.text().split())
        if after == row.caption and not self.caption.property("refused"):
            return
        before, attachment_id = row.caption, row.id

        def call(caption: str) -> Callable[[Workspace], Any]:
            return lambda ws: ws.change(set_attachment_caption, attachment_id, caption)

        def pushed(_info: object) -> None:
            self.undo_stack.push(ServiceCommand(self.tr("caption of {name}").format(name=row.filename), self._replay(
                lambda forward: self._change(call(after if forward else before), self.tr("Saving the caption"),
                                             None, None))))

        self._change(call(after), self.tr("Saving the caption"), pushed, self.caption)

    def open_selected(self) -> None:
        """Open the selected file in the program the system has for it."""
        row = self._selected()
        if row is None:
            return
        sha256, filename = row.sha256, row.filename

        def opened(path: Path | None) -> None:
            if path is None:
                show_message(self.message, self.tr("{name} is not on this computer yet: it comes with the next "
                                                   "bundle from the office.").format(name=filename))
                return
            show_message(self.message, "")
            self.open_url(QUrl.fromLocalFile(str(path)))

        self.client.read(lambda ws: ws.attachment_for_viewing(sha256, filename), label=self.tr("Opening the file"),
                         on_done=opened, owner=self)

    def remove_selected(self) -> None:
        """Remove the selected attachment after a question (undo brings it back)."""
        from perut_desktop.services.visits import remove_attachment, restore_attachment

        row = self._selected()
        if row is None or self.read_only:
            return
        name = row.caption or row.filename
        if not self.prompts.confirm(self, self.tr("Remove attachment"),
                                    self.tr("Remove “{name}” from this visit?").format(name=name),
                                    self.tr("Remove")):
            return
        attachment_id = row.id

        def removed(_none: object) -> None:
            self.undo_stack.push(ServiceCommand(self.tr("removal of {name}").format(name=row.filename), self._replay(
                lambda forward: self._change(
                    (lambda ws: ws.change(remove_attachment, attachment_id)) if forward
                    else (lambda ws: ws.change(restore_attachment, attachment_id)),
                    self.tr("Saving the attachments"), None, None))))

        self._change(lambda ws: ws.change(remove_attachment, attachment_id), self.tr("Removing the attachment"),
                     removed, None)

    # --- saving ------------------------------------------------------------------------------------

    def _change(self, call: Callable[[Workspace], Any], label: str, on_done: Callable[[Any], None] | None,
                field: QLineEdit | None) -> None:
        def done(value: Any) -> None:
            if field is not None:
                self._set_caption_refused(False)
            show_message(self.message, "")
            if on_done is not None:
                on_done(value)
            self.reload()

        def refused(text: str) -> None:
            if field is not None:
                self._set_caption_refused(True)
            show_message(self.message, text)
            if field is None:
                self.reload()

        self.saver.save(call, label=label, on_done=done, on_refused=refused)

    def _replay(self, apply: Callable[[bool], None]) -> Callable[[bool], None]:
        def run(forward: bool) -> None:
            if shiboken6.isValid(self) and not self.read_only:
                apply(forward)

        return run

    def _on_grid_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the grid (:class:`KeyPressFilter`): Delete removes."""
        if event.key() == Qt.Key.Key_Delete and not self.read_only:
            self.remove_selected()
            return True
        return False
