"""*Konflik*: the open conflicts, and for the chosen one the two values side by side with
the device and the moment each was written; *Pulihkan* uses the kept value again,
*Abaikan* keeps the value in use."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.hlc import parse_version
from perut_desktop.ui.labels import NO_VALUE, table_text
from perut_desktop.ui.models.common import ROW_ROLE, short_date
from perut_desktop.ui.models.rows import Column, RowTableModel
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

_CONTEXT = "ConflictView"


def value_text(conflict: Any, which: str) -> str:
    value = getattr(conflict, f"{which}_value")
    if conflict.kind == "delete" and which == "winner":
        return QCoreApplication.translate(_CONTEXT, "(record deleted)")
    if conflict.kind == "row":
        return QCoreApplication.translate(_CONTEXT, "(a record of a visit handed to another laptop)")
    if value is None or value == "":
        return NO_VALUE
    return str(value)


def written_at(version: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(parse_version(version)[0] / 1000, dt.UTC)
    except (ValueError, IndexError):
        return None


def when_text(version: str) -> str:
    moment = written_at(version)
    if moment is None:
        return NO_VALUE
    local = moment.astimezone()
    return f"{short_date(local.date())} {local:%H:%M}"


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ConflictView", "Record"), lambda c: table_text(c.table)),
    Column(QT_TRANSLATE_NOOP("ConflictView", "Field"), lambda c: c.field),
    Column(QT_TRANSLATE_NOOP("ConflictView", "Value in use"), lambda c: value_text(c, "winner")),
    Column(QT_TRANSLATE_NOOP("ConflictView", "Kept value"), lambda c: value_text(c, "loser")),
    Column(QT_TRANSLATE_NOOP("ConflictView", "Kept since"), lambda c: when_text(c.loser_version),
           lambda c: c.loser_version),
)


class ConflictView(QWidget):
    #: A conflict was restored or dismissed (its id).
    resolved = Signal(str)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.prompts = prompts
        self.names: dict[str, str] = {}
        self.intro = QLabel(self.tr("Two edits of the same field were made apart. One value is used everywhere; "
                                    "the other is kept here. Restore it, or keep the value in use."))
        self.intro.setWordWrap(True)
        self.none = QLabel(self.tr("No conflicts: every field holds one value on every device."))
        self.none.setWordWrap(True)
        font = self.none.font()
        font.setBold(True)
        self.none.setFont(font)
        self.none.hide()  # until the conflicts are known
        self.model = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        style_table(self.table, stretch=3)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.in_use = self._side(self.tr("Value in use"))
        self.kept = self._side(self.tr("Kept value"))
        sides = QHBoxLayout()
        sides.addWidget(self.in_use[0], 1)
        sides.addWidget(self.kept[0], 1)
        self.restore_button = QPushButton(self.tr("&Restore the kept value"))
        self.restore_button.setAccessibleName(self.tr("Restore the kept value"))
        self.restore_button.clicked.connect(lambda: self._resolve("restore"))
        self.dismiss_button = QPushButton(self.tr("&Keep the value in use"))
        self.dismiss_button.setAccessibleName(self.tr("Keep the value in use"))
        self.dismiss_button.clicked.connect(lambda: self._resolve("dismiss"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(sides)
        layout.addLayout(buttons)
        layout.addStretch(0)
        self._on_selection_changed()

    def _side(self, title: str) -> tuple[QGroupBox, QLabel, QLabel, QLabel]:
        box = QGroupBox(title)
        value, who, when = QLabel(), QLabel(), QLabel()
        value.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Value:"), value)
        form.addRow(self.tr("Written on:"), who)
        form.addRow(self.tr("When:"), when)
        return box, value, who, when

    def set_conflicts(self, conflicts: tuple[Any, ...], names: dict[str, str]) -> None:
        self.names = names
        selected = self.selected()
        self.model.set_rows(conflicts)
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 0 if conflicts else 1)  # with no table, the words stay at the top
        self.none.setVisible(not conflicts)  # said in words, not as an empty table and empty values
        for widget in (self.table, self.in_use[0], self.kept[0], self.restore_button, self.dismiss_button):
            widget.setVisible(bool(conflicts))
        if conflicts:
            ids = [c.id for c in conflicts]
            row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.table.selectRow(row)
        self._on_selection_changed()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _on_selection_changed(self, *_args: Any) -> None:
        c = self.selected()
        for (_box, value, who, when), which in ((self.in_use, "winner"), (self.kept, "loser")):
            if c is None:
                value.setText(NO_VALUE)
                who.setText(NO_VALUE)
                when.setText(NO_VALUE)
                continue
            device = getattr(c, f"{which}_device_id")
            value.setText(value_text(c, which))
            who.setText(self.names.get(device, device) or NO_VALUE)
            when.setText(when_text(getattr(c, f"{which}_version")))
        self.restore_button.setEnabled(c is not None)
        self.dismiss_button.setEnabled(c is not None)

    def _resolve(self, action: str) -> None:
        c = self.selected()
        if c is None:
            return
        conflict_id = c.id

        def call(ws: Any) -> Any:
            from perut_desktop.operations import exchange

            fn = exchange.restore_conflict if action == "restore" else exchange.dismiss_conflict
            return ws.change(fn, conflict_id)

        label = self.tr("Restoring a value") if action == "restore" else self.tr("Closing a conflict")
        self.client.change(call, label=label, owner=self, initiator=self,
                           on_done=lambda _info: self.resolved.emit(conflict_id))
