"""*Terima*: one or more bundle files, first previewed (the dry run: what each would change,
the conflicts it would bring, or the one line why it is refused, the file then kept in
quarantine), then applied with progress. A laptop's first bundle is held on the master
until the office types the code the laptop shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.labels import NO_VALUE, counts_text
from perut_desktop.ui.models.common import ROW_ROLE
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.tasks import TaskContext
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.exchange import IncomingBundle, ReceivedBundles
    from perut_desktop.ui.client import WorkspaceClient

_CONTEXT = "ReceiveDialog"

STATUS_TEXTS = {
    "ready": QT_TRANSLATE_NOOP("ReceiveDialog", "Ready to apply"),
    "applied": QT_TRANSLATE_NOOP("ReceiveDialog", "Applied"),
    "already": QT_TRANSLATE_NOOP("ReceiveDialog", "Received before"),
    "held": QT_TRANSLATE_NOOP("ReceiveDialog", "Waiting for the laptop's code"),
    "refused": QT_TRANSLATE_NOOP("ReceiveDialog", "Refused"),
}


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_TEXTS.get(status, status))


def _what(b: IncomingBundle) -> str:
    if b.status in ("refused", "held"):
        return b.message
    if b.status == "already":
        return QCoreApplication.translate(_CONTEXT, "This bundle was received before; nothing changes.")
    return counts_text(b.counts)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ReceiveDialog", "File"), lambda b: b.path.name),
    Column(QT_TRANSLATE_NOOP("ReceiveDialog", "From"), lambda b: b.sender_name or NO_VALUE),
    Column(QT_TRANSLATE_NOOP("ReceiveDialog", "State"), lambda b: status_text(b.status)),
    Column(QT_TRANSLATE_NOOP("ReceiveDialog", "Conflicts"), lambda b: str(b.conflicts), lambda b: b.conflicts,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ReceiveDialog", "What changes"), _what, tooltip=_what),
)


class ReceiveDialog(QDialog):
    #: The preview has loaded.
    previewed = Signal()
    #: The bundles were applied (:class:`ReceivedBundles`).
    applied = Signal(object)

    def __init__(self, client: WorkspaceClient, paths: Sequence[Path], parent: QWidget | None = None, *,
                 enter_code: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.paths = list(paths)
        self.enter_code = enter_code
        self.bundles: tuple[IncomingBundle, ...] = ()
        self.received: ReceivedBundles | None = None
        self.setWindowTitle(self.tr("Receive bundles"))
        self.setMinimumSize(760, 360)
        self.summary = QLabel(self.tr("Checking the files…"))
        self.summary.setWordWrap(True)
        self.model = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table, stretch=4)
        self.table.setSortingEnabled(False)
        self.table.setAccessibleName(self.tr("Bundles"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setAccessibleName(self.tr("Apply"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.code_button = QPushButton(self.tr("Enter the laptop's &code…"))
        self.code_button.setAccessibleName(self.tr("Enter the laptop's code"))
        self.code_button.hide()
        self.code_button.clicked.connect(self._on_code_clicked)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.code_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def start(self) -> None:
        """Preview the files (off the UI thread, with progress)."""
        paths = list(self.paths)

        def work(ws: Any, ctx: TaskContext) -> Any:
            from perut_desktop.operations.changes import Changed
            from perut_desktop.operations.exchange import preview_bundles

            return Changed(ws.operate(preview_bundles, paths, progress=lambda d, t, label: ctx.progress(d, t, label)))

        self.client.long(work, label=self.tr("Checking bundles"), on_done=self._on_previewed, owner=self,
                         on_failed=lambda _e: self.summary.setText(self.tr("The files could not be checked.")))

    def _on_previewed(self, bundles: tuple[IncomingBundle, ...]) -> None:
        self.bundles = bundles
        self.model.set_rows(bundles)
        ready = [b for b in bundles if b.status == "ready"]
        parts = []
        if ready:
            parts.append(self.tr("{n} of {total} files can be applied: {rows} records would change, "
                                 "{conflicts} new conflicts.").format(
                n=len(ready), total=len(bundles), rows=sum(sum(b.counts.values()) for b in ready),
                conflicts=sum(b.conflicts for b in ready)))
        if any(b.status == "already" for b in bundles):
            parts.append(self.tr("Files received before change nothing."))
        if any(b.status == "refused" for b in bundles):
            parts.append(self.tr("Refused files change nothing; each is kept in the quarantine folder with its "
                                 "reason."))
        if any(b.status == "held" for b in bundles):
            parts.append(self.tr("A laptop's first bundle waits until you type the code the laptop shows."))
        if not parts:
            parts.append(self.tr("Nothing to apply."))
        self.summary.setText(" ".join(parts))
        self._show_detail(next((b for b in bundles if b.status in ("refused", "held")), None))
        self._update_buttons()
        self.previewed.emit()

    def _show_detail(self, b: IncomingBundle | None) -> None:
        if b is None:
            self.detail.clear()
            return
        lines = [f"{b.path.name}: {_what(b)}"]
        lines += list(b.warnings)
        self.detail.setText("\n".join(lines))

    def _selected(self) -> IncomingBundle | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        ready = any(b.status == "ready" for b in self.bundles) and self.received is None
        self.apply_button.setEnabled(ready)
        self.apply_button.setDefault(ready)
        held = [b for b in self.bundles if b.status == "held"]
        self.code_button.setVisible(bool(held) and self.enter_code is not None)
        chosen = self._selected()
        if chosen is not None:
            self._show_detail(chosen)

    def _on_code_clicked(self) -> None:
        held = [b for b in self.bundles if b.status == "held"]
        chosen = self._selected()
        target = chosen if chosen is not None and chosen.status == "held" else (held[0] if held else None)
        if target is not None and self.enter_code is not None:
            self.accept()
            self.enter_code(target.sender)

    def apply(self) -> None:
        paths = [b.path for b in self.bundles if b.status == "ready"]
        if not paths:
            return
        self.apply_button.setEnabled(False)

        def work(ws: Any, ctx: TaskContext) -> Any:
            from perut_desktop.operations.exchange import receive_bundles

            return ws.operate(receive_bundles, paths, progress=lambda d, t, label: ctx.progress(d, t, label))

        self.client.long(work, label=self.tr("Applying bundles"), on_done=self._on_applied, owner=self,
                         initiator=self, on_failed=lambda _e: self._update_buttons())

    def _on_applied(self, received: ReceivedBundles) -> None:
        self.received = received
        done = {b.path: b for b in received.bundles}
        self.bundles = tuple(done.get(b.path, b) for b in self.bundles)
        self.model.set_rows(self.bundles)
        applied = [b for b in received.bundles if b.status == "applied"]
        text = self.tr("{n} files applied: {rows} records changed, {conflicts} new conflicts.").format(
            n=len(applied), rows=sum(b.received for b in applied), conflicts=sum(b.conflicts for b in applied))
        refused = [b for b in received.bundles if b.status == "refused"]
        if refused:
            text += " " + self.tr("{n} refused; nothing of them was applied.").format(n=len(refused))
        self.summary.setText(text)
        self._show_detail(refused[0] if refused else None)
        self._update_buttons()
        self.close_button.setDefault(True)
        self.applied.emit(received)
