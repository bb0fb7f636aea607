"""*Kunjungan*: every visit, filtered by village, officer, status and period, searchable
and sortable; new visits (Ctrl+N), opening one, deleting a draft."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from perut_desktop.enums import VisitStatus
from perut_desktop.ui.labels import visit_status_text
from perut_desktop.ui.models.common import short_date
from perut_desktop.ui.models.visit_table import VisitFilter, VisitFilterProxy, VisitTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.pages.periods import PERIODS, period_range
from perut_desktop.ui.widgets.search_keys import SEARCH_BOX, lead_into_list
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.visit_list import NewVisitChoices, VisitRow
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("VisitsPage", "Visits")

class VisitsPage(Page):
    KEY = "kunjungan"
    WATCHES = frozenset({"visit", "visit_status_event", "checklist_result", "follow_up", "follow_up_update",
                         "village", "officer"})

    #: A visit to open (its id): the shell opens it read-only until the editor comes.
    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.today = dt.date.today()
        self.heading.setText(self.title())
        self.model = VisitTableModel(self)
        self.proxy = VisitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        style_table(self.table)
        self.table.setAccessibleName(self.tr("Visits"))
        self.table.horizontalHeader().setSortIndicator(VisitTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._build_filters()
        self.count = QLabel()
        self.none = QLabel()  # said in words when no visit is there to show
        self.none.setWordWrap(True)
        self.none.hide()
        self.layout_.addWidget(self.none)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addStretch(0)
        self.layout_.addWidget(self.count)
        chain = (self.search, self.new_button, self.open_button, self.delete_button, self.village_filter,
                 self.officer_filter, self.status_filter, self.period_filter, self.table)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._preset: tuple[str | None, str | None] | None = None
        self._update_buttons()

    def title(self) -> str:
        return QCoreApplication.translate("VisitsPage", TITLE)

    def _combo(self, label: str, name: str) -> tuple[QLabel, QComboBox]:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(10)
        # never narrower than its longest choice: at 150 % the page scrolls instead
        combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        caption = QLabel(label)
        caption.setBuddy(combo)
        combo.setAccessibleName(caption.text().replace("&", ""))
        combo.currentIndexChanged.connect(self._apply_filter)
        return caption, combo

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName(SEARCH_BOX)  # what Ctrl+F looks for
        self.search.setPlaceholderText(self.tr("Village, code or officer"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.search.setAccessibleName(self.tr("Search"))
        # Typing is filtered after a short pause, not at every key.
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        lead_into_list(self.search, self.table,
                       settle=lambda: self._apply_filter() if self._search_timer.isActive() else None)

        self.new_button = QPushButton(self.tr("&New visit"))
        self.new_button.setAccessibleName(self.tr("New visit"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_button = QPushButton(self.tr("&Delete draft…"))
        self.delete_button.setAccessibleName(self.tr("Delete draft"))
        self.delete_button.clicked.connect(self._on_delete_clicked)

        village_label, self.village_filter = self._combo(self.tr("&Village:"), "village_filter")
        officer_label, self.officer_filter = self._combo(self.tr("Offi&cer:"), "officer_filter")
        status_label, self.status_filter = self._combo(self.tr("S&tatus:"), "status_filter")
        period_label, self.period_filter = self._combo(self.tr("&Period:"), "period_filter")
        with _blocked(self.status_filter, self.period_filter):
            self.status_filter.addItem(self.tr("All statuses"), None)
            for status in VisitStatus:
                self.status_filter.addItem(visit_status_text(status), status)
            for key, text in PERIODS:
                self.period_filter.addItem(QCoreApplication.translate("VisitsPage", text), key)
        self._fill_choices((), ())

        row1 = QHBoxLayout()
        row1.addWidget(search_label)
        row1.addWidget(self.search, 1)
        row1.addSpacing(12)
        row1.addWidget(self.new_button)
        row1.addWidget(self.open_button)
        row1.addWidget(self.delete_button)
        grid = QGridLayout()
        for n, (caption, combo) in enumerate(((village_label, self.village_filter),
                                              (officer_label, self.officer_filter),
                                              (status_label, self.status_filter),
                                              (period_label, self.period_filter))):
            grid.addWidget(caption, 0, 2 * n)
            grid.addWidget(combo, 0, 2 * n + 1)
        grid.setColumnStretch(8, 1)
        self.layout_.addLayout(row1)
        self.layout_.addLayout(grid)

    def _fill_choices(self, villages: Any, officers: Any) -> None:
        for combo, everyone, items in ((self.village_filter, self.tr("All villages"), villages),
                                       (self.officer_filter, self.tr("All officers"), officers)):
            current = combo.currentData()
            with _blocked(combo):
                combo.clear()
                combo.addItem(everyone, None)
                for key, text in items:
                    combo.addItem(text, key)
                found = combo.findData(current)
                combo.setCurrentIndex(max(found, 0))

    # --- data ----------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> tuple[tuple[VisitRow, ...], NewVisitChoices]:
        return workspace.visit_rows(), workspace.new_visit_choices()

    def show_data(self, data: tuple[tuple[VisitRow, ...], NewVisitChoices]) -> None:
        rows, choices = data
        self.today = choices.today
        villages = sorted({(r.village_id, r.village_name) for r in rows}, key=lambda v: v[1].casefold())
        officers = sorted({(r.officer_id, r.officer_name) for r in rows}, key=lambda o: o[1].casefold())
        self._fill_choices(villages, officers)
        selected = self.selected_row()
        self.model.set_rows(rows)
        if self._preset is not None:
            self._set_preset(*self._preset)
        self._apply_filter()
        if selected is not None:
            self.select_visit(selected.id)
        self._update_buttons()

    def show_filtered(self, *, period: str | None = None, village_id: str | None = None) -> None:
        """Show the list for a period key of :data:`PERIODS` and/or one village, the other
        filters cleared (a dashboard tile, a bar of a chart)."""
        self._preset = (period, village_id)
        if self.has_data:  # else when the data arrives (the villages of the filter with it)
            self._set_preset(period, village_id)
            self._apply_filter()

    def _set_preset(self, period: str | None, village_id: str | None) -> None:
        with _blocked(self.search, self.village_filter, self.officer_filter, self.status_filter, self.period_filter):
            self.search.clear()
            self.officer_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.period_filter.setCurrentIndex(max(self.period_filter.findData(period or "all"), 0))
            self.village_filter.setCurrentIndex(max(self.village_filter.findData(village_id), 0) if village_id else 0)
        self._preset = None

    def current_filter(self) -> VisitFilter:
        date_from, date_to = period_range(self.period_filter.currentData() or "all", self.today)
        return VisitFilter(text=self.search.text().strip(), village_id=self.village_filter.currentData(),
                           officer_id=self.officer_filter.currentData(), status=_status(self.status_filter.currentData()),
                           date_from=date_from, date_to=date_to)

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(self.current_filter())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} visits").format(shown=shown, total=total))
        if not total:
            self.none.setText(self.tr("No visit yet: a new one is made with New visit."))
        elif not shown:
            self.none.setText(self.tr("No visit matches these filters and this search."))
        self.none.setVisible(not shown)
        self.table.setVisible(bool(shown))
        layout = self.layout_
        layout.setStretch(layout.indexOf(self.count) - 1, 0 if shown else 1)  # the words stay at the top
        self._update_buttons()

    # --- selection and actions ---------------------------------------------------------------

    def selected_row(self) -> VisitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select_visit(self, visit_id: str) -> bool:
        source = self.model.source_row_of(visit_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.own and row.status is VisitStatus.DRAF)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.proxy.row_at(index.row()).id)

    def _on_open_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requested.emit(row.id)

    def _on_delete_clicked(self) -> None:
        row = self.selected_row()
        if row is None or not (row.own and row.status is VisitStatus.DRAF):
            return
        text = self.tr("Delete the draft visit to {village} on {date}? "
                       "Its checklist, attendance and notes are deleted with it.").format(
            village=row.village_name, date=short_date(row.visit_date))
        if not self.prompts.confirm(self, self.tr("Delete draft"), text, self.tr("Delete")):
            return
        visit_id = row.id
        self.client.change(lambda ws: ws.delete_visit(visit_id), label=self.tr("Deleting the draft"),
                           on_done=lambda _none: None, owner=self, initiator=self)


def _status(value: object) -> VisitStatus | None:
    """A combo box hands its data back as plain text."""
    return VisitStatus(str(value)) if value else None


class _blocked:
    """Signals of the given widgets blocked for the block."""

    def __init__(self, *widgets: QWidget) -> None:
        self.widgets = widgets

    def __enter__(self) -> None:
        for w in self.widgets:
            w.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for w in self.widgets:
            w.blockSignals(False)
