"""The edited *Aparatur Desa* sheet read back: each row's fate (added, changed, unchanged,
refused with its reason) and what changes, before anything is saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.printing import OfficialsPreview
    from perut_desktop.ui.client import WorkspaceClient

_CONTEXT = "OfficialsDialog"

ACTION_TEXTS = {
    "tambah": QT_TRANSLATE_NOOP("OfficialsDialog", "Added"),
    "ubah": QT_TRANSLATE_NOOP("OfficialsDialog", "Changed"),
    "tetap": QT_TRANSLATE_NOOP("OfficialsDialog", "Unchanged"),
    "tolak": QT_TRANSLATE_NOOP("OfficialsDialog", "Refused"),
}


def _what(row: Any) -> str:
    if row.reason:
        return str(row.reason)
    return "; ".join(f"{c.label}: {'' if c.old is None else c.old} → {'' if c.new is None else c.new}"
                     if c.old not in (None, "") else f"{c.label}: {c.new}" for c in row.changes)


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OfficialsDialog", "Row"), lambda r: str(r.row_number), lambda r: r.row_number,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("OfficialsDialog", "Village"), lambda r: r.village_name or "–"),
    Column(QT_TRANSLATE_NOOP("OfficialsDialog", "Name"), lambda r: r.name or "–"),
    Column(QT_TRANSLATE_NOOP("OfficialsDialog", "Result"),
           lambda r: QCoreApplication.translate(_CONTEXT, ACTION_TEXTS.get(str(r.action.value), str(r.action)))),
    Column(QT_TRANSLATE_NOOP("OfficialsDialog", "What changes"), _what, tooltip=_what),
)


class OfficialsDialog(QDialog):
    previewed = Signal()
    #: Saved (the import's result).
    saved = Signal(object)

    def __init__(self, client: WorkspaceClient, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.path = path
        self.preview: OfficialsPreview | None = None
        self.setWindowTitle(self.tr("Village officials from Excel"))
        self.setMinimumSize(760, 380)
        self.summary = QLabel(self.tr("Reading {file}…").format(file=path.name))
        self.summary.setWordWrap(True)
        self.model = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table, stretch=4)
        self.table.setAccessibleName(self.tr("Rows of the sheet"))
        self.save_button = QPushButton(self.tr("&Save the changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def start(self) -> None:
        path = self.path

        def read(ws: Any) -> Any:
            from perut_desktop.operations.printing import preview_officials

            return ws.read(preview_officials, path)

        self.client.read(read, label=self.tr("Reading the officials workbook"), owner=self,
                         on_done=self._on_previewed,
                         on_failed=lambda _e: self.summary.setText(self.tr("The workbook could not be read.")))

    def _on_previewed(self, preview: OfficialsPreview) -> None:
        self.preview = preview
        rows = preview.plan.rows
        self.model.set_rows(rows)
        count = {a: sum(1 for r in rows if r.action.value == a) for a in ACTION_TEXTS}
        self.summary.setText(self.tr("{added} to add, {changed} to change, {same} unchanged, {refused} refused. "
                                     "Nothing is saved until you choose Save.").format(
            added=count["tambah"], changed=count["ubah"], same=count["tetap"], refused=count["tolak"]))
        self.save_button.setEnabled(preview.plan.has_changes)
        self.previewed.emit()

    def save(self) -> None:
        path = self.path
        self.save_button.setEnabled(False)

        def call(ws: Any) -> Any:
            from perut_desktop.operations.printing import apply_officials

            return ws.change(apply_officials, path)

        self.client.change(call, label=self.tr("Saving the village officials"), owner=self, initiator=self,
                           on_done=self._on_saved)

    def _on_saved(self, result: Any) -> None:
        self.summary.setText(self.tr("Saved: {added} added, {changed} changed.").format(
            added=result.added, changed=result.updated))
        self.saved.emit(result)
