"""*Dasbor*: every village with its last visit, score and open follow-ups.

At start-up it shows the snapshot of the last run (marked as loading) until fresh data
has loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from perut_desktop.ui.models.common import SORT_ROLE
from perut_desktop.ui.models.village_table import VillageTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.message_panel import MessagePanel

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.overview_rows import Overview
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")


def make_table(model: Any, stretch: int | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    table = QTableView()
    table.setModel(proxy)
    style_table(table, stretch)
    return table, proxy


def style_table(table: QTableView, stretch: int | None = None) -> None:
    """Read-only rows, whole-row selection, columns as wide as their contents (measured on
    the rows in view only, so ten thousand rows cost nothing); the ``stretch`` column, or
    else the last, takes the rest of the width. Nothing is cut short: a table too wide for
    the window scrolls."""
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)


class DashboardPage(Page):
    KEY = "dasbor"
    WATCHES = frozenset({"subdistrict", "village", "visit", "visit_status_event", "checklist_result",
                         "follow_up", "follow_up_update"})

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.overview: Overview | None = None
        self.from_snapshot = False
        self.heading.setText(self.tr("Villages"))
        self.summary = QLabel(self.tr("Loading data…"))
        self.model = VillageTableModel(self)
        self.table, self.proxy = make_table(self.model)
        self.table.sortByColumn(VillageTableModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Villages"))
        self.message = MessagePanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.message)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.stack, 1)

    def title(self) -> str:
        return QCoreApplication.translate("DashboardPage", TITLE)

    def load(self, workspace: Workspace) -> Overview | None:
        return workspace.overview()

    def show_snapshot(self, overview: Overview) -> None:
        """The last run's dashboard, until fresh data arrives."""
        self._show(overview)
        self.from_snapshot = True
        self.summary.setText(self.summary.text() + " · " + self.tr("updating…"))

    def show_data(self, data: Overview | None) -> None:
        self.from_snapshot = False
        if data is None:
            self.summary.setText(self.tr("No data yet."))
            self.message.show_message(self.tr("No PERUT data in this data folder yet"), [
                self.tr("Set up this installation first: the office's master copy, a field laptop or the demo.")])
            self.stack.setCurrentWidget(self.message)
            return
        self._show(data)

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self.heading.setText(self.tr("Villages of Kecamatan {name}").format(name=overview.kecamatan))
        self.summary.setText(self.tr("Villages: {villages} · Visits: {visits}").format(
            villages=overview.villages, visits=overview.visits))
        self.model.set_rows(overview.rows)
        self.stack.setCurrentWidget(self.table)
