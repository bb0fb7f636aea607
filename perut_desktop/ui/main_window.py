"""The main window: the kecamatan's dashboard of villages.

The window gets everything it needs passed in (a backend that reads the replica, the task
runner, the data folder); it shows itself first and asks the backend for data through
the task runner, so nothing here touches the database on the UI thread.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.i18n import DATE_LOCALE
from perut_desktop.ui.labels import NO_VALUE, role_text, visit_status_text
from perut_desktop.ui.tasks import Task, TaskContext, TaskRunner

if TYPE_CHECKING:
    from perut_desktop.services.overview import Overview, VillageRow

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "PERUT — Pendampingan Rutin")

#: A role giving each cell a key of one type per column, so the proxy sorts dates and
#: numbers as such and puts missing values first.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class DashboardBackend(Protocol):
    """What the window needs from the data side (``app.ReplicaBackend``, or a fake)."""

    def load_overview(self) -> Overview | None:
        """The dashboard's data, or ``None`` when the data folder holds no replica.

        Called on the worker thread."""
        ...


class VillageTableModel(QAbstractTableModel):
    """One row per village: its last visit, that visit's status and score, open follow-ups."""

    CODE, NAME, LAST_VISIT, STATUS, SCORE, FOLLOW_UPS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("VillageTableModel", "Village code"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Village"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Last visit"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Status of last visit"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Score of last visit"),
        QT_TRANSLATE_NOOP("VillageTableModel", "Open follow-ups"),
    )
    _NUMERIC = frozenset({SCORE, FOLLOW_UPS})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[VillageRow, ...] = ()

    def set_rows(self, rows: Sequence[VillageRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    @property
    def rows(self) -> tuple[VillageRow, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("VillageTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LAST_VISIT and row.last_visit:
            return DATE_LOCALE.toString(_qdate(row.last_visit), "dddd, d MMMM yyyy")
        return None

    def _display(self, row: VillageRow, column: int) -> str | None:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.LAST_VISIT:
            return DATE_LOCALE.toString(_qdate(row.last_visit), "d MMM yyyy") if row.last_visit else NO_VALUE
        if column == self.STATUS:
            return visit_status_text(row.last_status)
        if column == self.SCORE:
            return f"{round(row.last_score * 100)}%" if row.last_score is not None else NO_VALUE
        if column == self.FOLLOW_UPS:
            return str(row.open_follow_ups)
        return None

    def _sort_key(self, row: VillageRow, column: int) -> Any:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.LAST_VISIT:
            return row.last_visit.toordinal() if row.last_visit else -1
        if column == self.STATUS:
            return visit_status_text(row.last_status) if row.last_status else ""
        if column == self.SCORE:
            return row.last_score if row.last_score is not None else -1.0
        if column == self.FOLLOW_UPS:
            return row.open_follow_ups
        return None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MainWindow(QMainWindow):
    """The application's main window; :meth:`reload` fills it from the backend."""

    overview_loaded = Signal(object)
    load_ended = Signal()

    PAGE_TABLE, PAGE_MESSAGE = range(2)

    def __init__(self, *, backend: DashboardBackend, runner: TaskRunner, data_dir: Path,
                 version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._runner = runner
        self._data_dir = data_dir
        self._version = version
        self._task: Task | None = None
        self.overview: Overview | None = None
        self.about_dialog: QMessageBox | None = None

        self.setWindowTitle(self.tr(APP_TITLE))
        self.resize(1000, 640)
        self._build_menu()
        self._build_central()
        self._build_status_bar()

    # --- construction ---------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.reload_action = QAction(self.tr("&Reload"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About PERUT"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.heading = QLabel(self.tr("Villages"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self.tr("Loading data…"))

        self.model = VillageTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(VillageTableModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VillageTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMargin(12)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.message)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.role_label = QLabel(self.tr("Role: {role}").format(role=NO_VALUE))
        self.device_label = QLabel(self.tr("Device: {device}").format(device=NO_VALUE))
        self.folder_label = QLabel(self.tr("Data folder: {folder}").format(folder=self._data_dir))
        self.folder_label.setToolTip(str(self._data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.role_label, self.device_label, self.folder_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the backend for the dashboard on the worker thread (once at a time)."""
        if self._task is not None:
            return
        label = self.tr("Loading the dashboard")
        backend = self._backend

        def work(ctx: TaskContext) -> Overview | None:
            ctx.progress(0, 0, label)
            return backend.load_overview()

        self.reload_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading data…"))
        self._task = self._runner.run(
            work, label=label, parent=self, on_done=self._on_overview_loaded,
            on_failed=self._on_overview_failed, on_cancelled=self._on_overview_cancelled,
        )

    @property
    def loading(self) -> bool:
        return self._task is not None

    def _end_load(self, message: str) -> None:
        self._task = None
        self.reload_action.setEnabled(True)
        self.statusBar().showMessage(message, 5000)
        self.load_ended.emit()

    def _on_overview_loaded(self, overview: Overview | None) -> None:
        if overview is None:
            self._show_no_replica()
            self._end_load(self.tr("No data found."))
            return
        self.overview = overview
        self.setWindowTitle(self.tr("{title} — Kecamatan {name}").format(
            title=self.tr(APP_TITLE), name=overview.kecamatan))
        self.heading.setText(self.tr("Villages of Kecamatan {name}").format(name=overview.kecamatan))
        self.summary.setText(self.tr("Villages: {villages} · Visits: {visits}").format(
            villages=overview.villages, visits=overview.visits))
        self.role_label.setText(self.tr("Role: {role}").format(role=role_text(overview.role)))
        self.device_label.setText(self.tr("Device: {device}").format(device=overview.device_id))
        self.model.set_rows(overview.rows)
        self.pages.setCurrentIndex(self.PAGE_TABLE)
        self._end_load(self.tr("Data loaded."))
        self.overview_loaded.emit(overview)

    def _on_overview_failed(self, _exc: BaseException) -> None:
        self.summary.clear()
        self._show_message(
            self.tr("The data could not be loaded"),
            [self.tr("The reason is shown in the error message. "
                     "After fixing it, choose File → Reload to try again.")],
        )
        self._end_load(self.tr("Loading failed."))

    def _on_overview_cancelled(self) -> None:
        self.summary.setText(self.tr("Loading was cancelled. Choose File → Reload to load the data."))
        self._end_load(self.tr("Loading cancelled."))

    def _show_no_replica(self) -> None:
        folder = str(self._data_dir)
        self.summary.setText(self.tr("No data yet."))
        self._show_message(
            self.tr("No PERUT data in this data folder yet"),
            [
                self.tr("No PERUT replica was found in {folder}.").format(folder=folder),
                self.tr("At the kecamatan office, create the master copy with this command:"),
                _command(f'perut init --role master --kecamatan Awayan --data-dir "{folder}"'),
                self.tr("To try PERUT with example data, add a year of demonstration visits:"),
                _command(f'perut demo --years 1 --data-dir "{folder}"'),
                self.tr("On a field laptop, use the enrolment file made by the office:"),
                _command(f'perut init --role field --enrollment FILE --data-dir "{folder}"'),
                self.tr("Then choose File → Reload."),
            ],
        )

    def _show_message(self, title: str, paragraphs: list[str]) -> None:
        parts = [f"<h3>{html.escape(title)}</h3>"]
        parts += [p if p.startswith("<pre>") else f"<p>{html.escape(p)}</p>" for p in paragraphs]
        self.message.setText("".join(parts))
        self.pages.setCurrentIndex(self.PAGE_MESSAGE)

    # --- menu -----------------------------------------------------------------------------

    def _on_about_triggered(self) -> None:
        dialog = QMessageBox(QMessageBox.Icon.Information, self.tr("About PERUT"),
                             self.tr("<h3>PERUT Desktop {version}</h3>").format(
                                 version=html.escape(self._version)),
                             QMessageBox.StandardButton.Ok, self)
        dialog.setInformativeText(
            self.tr("Routine village-administration visits (Pendampingan Rutin) of "
                    "Kantor Kecamatan Awayan. Works offline: laptops and the office "
                    "exchange sync bundles."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()


def _command(text: str) -> str:
    return f"<pre>{html.escape(text)}</pre>"
