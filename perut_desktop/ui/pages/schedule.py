"""*Jadwal*: the year's plan as a village × month grid (planned officer, the visit's status
once made, overdue marked, this month in bold), with the overdue and coming visits beside
it. From a planned cell a visit is created (a laptop: for its own villages) or opened; on
the master the year's plan is generated and a cell's officer or month changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from perut_desktop.enums import Role
from perut_desktop.ui.i18n import DATE_LOCALE
from perut_desktop.ui.models.common import ROW_ROLE, SORT_ROLE, qdate
from perut_desktop.ui.models.schedule_grid import CELL_ROLE, ScheduleGridModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.widgets.search_keys import SEARCH_BOX
from perut_desktop.ui.widgets.searchable_table import SearchableTable
from perut_desktop.ui.widgets.table_copy import copy_button
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.schedule_grid import GridCell, GridVillage, YearGrid
    from perut_desktop.services.visit_list import NewVisitChoices
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

TITLE = QT_TRANSLATE_NOOP("SchedulePage", "Schedule")


@dataclass(frozen=True)
class ScheduleData:
    grid: YearGrid
    choices: NewVisitChoices
    role: Role


class SchedulePage(Page):
    KEY = "jadwal"
    WATCHES = frozenset({"schedule_entry", "visit", "visit_status_event", "village", "officer",
                         "officer_assignment"})

    #: A visit to open (its id).
    open_requested = Signal(str)
    #: A visit was created from a cell (its id).
    visit_created = Signal(str)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.data: ScheduleData | None = None
        self.year = dt.date.today().year
        self.heading.setText(self.tr("Visit schedule"))
        self.model = ScheduleGridModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(ScheduleGridModel.VILLAGE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        style_table(self.table, None)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        for month in range(1, 13):  # the whole year in view; a cut name is whole in its tooltip
            header.setSectionResizeMode(month, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setAccessibleName(self.tr("Schedule of the year"))
        self.table.sortByColumn(ScheduleGridModel.VILLAGE, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._on_cell_activated)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._build_controls()
        self._build_lists()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.lists.setMinimumHeight(120)
        self.layout_.addWidget(splitter, 1)
        self.legend = QLabel(self.tr("✓ visited (alone: approved; the colour is the status) · ! overdue · bold: this month"))
        self.legend.setWordWrap(True)
        self.count = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.count)
        self.layout_.addLayout(bottom)
        self._update_buttons()

    def title(self) -> str:
        return QCoreApplication.translate("SchedulePage", TITLE)

    def _build_controls(self) -> None:
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(self.year)
        self.year_box.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("Y&ear:"))
        year_label.setBuddy(self.year_box)
        self.year_box.valueChanged.connect(self._on_year_changed)
        self.search = QLineEdit()
        self.search.setObjectName(SEARCH_BOX)  # what Ctrl+F looks for
        self.search.setPlaceholderText(self.tr("Village"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search villages"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: self.proxy.setFilterFixedString(self.search.text().strip()))
        self.search.textChanged.connect(self._search_timer.start)
        self.create_button = QPushButton(self.tr("&Create visit"))
        self.create_button.clicked.connect(self.create_from_current)
        self.open_button = QPushButton(self.tr("&Open visit"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.copy_button = copy_button(self.table)
        self.generate_button = QPushButton(self.tr("&Generate the year's plan"))
        self.generate_button.clicked.connect(self.generate_plan)
        self.officer_button = QPushButton(self.tr("Ch&ange officer…"))
        self.officer_button.clicked.connect(self.change_officer)
        self.month_button = QPushButton(self.tr("&Move to month…"))
        self.month_button.clicked.connect(self.move_to_month)
        row = QHBoxLayout()
        row.addWidget(year_label)
        row.addWidget(self.year_box)
        row.addSpacing(8)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        for button in (self.create_button, self.open_button, self.copy_button):
            row.addWidget(button)
        master_row = QHBoxLayout()
        self.master_row_label = QLabel(self.tr("Office:"))
        master_row.addWidget(self.master_row_label)
        for button in (self.generate_button, self.officer_button, self.month_button):
            master_row.addWidget(button)
        master_row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addLayout(master_row)

    def _build_lists(self) -> None:
        headers = [self.tr("Village"), self.tr("Planned"), self.tr("Officer")]
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("Overdue and coming visits"))
        self.overdue_list = self._list(headers, self.tr("Overdue visits"),
                                       self.tr("No village is overdue: every planned date that has passed has its visit."))
        self.upcoming_list = self._list(headers, self.tr("Coming visits"),
                                        self.tr("No visit is still to be made in the next 30 days."))
        self.overdue_model, self.upcoming_model = self.overdue_list.model, self.upcoming_list.model
        self.lists.addTab(self.overdue_list, self.tr("Overdue"))
        self.lists.addTab(self.upcoming_list, self.tr("Next 30 days"))

    def _list(self, headers: list[str], name: str, empty: str) -> SearchableTable:
        """A list beside the grid (search, sort, copy; ``empty`` said when it has no rows); a
        double click or Enter selects its cell."""
        table = SearchableTable(headers, name, empty=empty)
        table.view.activated.connect(
            lambda index: self.select_cell(*table.proxy.index(index.row(), 0).data(ROW_ROLE)))
        return table

    # --- data ----------------------------------------------------------------------------

    def load(self, workspace: Workspace) -> ScheduleData:
        from perut_desktop.services.installation import installation_info
        from perut_desktop.services.schedule_grid import year_grid
        from perut_desktop.services.visit_list import new_visit_choices

        year = self.year
        return ScheduleData(workspace.read(year_grid, year), workspace.read(new_visit_choices),
                            workspace.read(installation_info).role)

    def show_data(self, data: ScheduleData) -> None:
        current = self.current_cell_key()
        self.data = data
        self.model.set_grid(data.grid)
        master = data.role is Role.MASTER
        for w in (self.master_row_label, self.generate_button, self.officer_button, self.month_button):
            w.setVisible(master)
        month_fmt = "d MMM"
        for model, pairs in ((self.overdue_model, data.grid.overdue()), (self.upcoming_model, data.grid.upcoming())):
            model.set_rows([((v.name, DATE_LOCALE.toString(qdate(c.planned_date), month_fmt), c.officer_name),
                             (v.name, c.planned_date.toordinal(), c.officer_name), (v.id, c.planned_date.month))
                            for v, c in pairs])
        self.lists.setTabText(0, self.tr("Overdue ({n})").format(n=self.overdue_model.rowCount()))
        self.lists.setTabText(1, self.tr("Next 30 days ({n})").format(n=self.upcoming_model.rowCount()))
        planned = len(data.grid.cells)
        done = sum(1 for c in data.grid.cells.values() if c.visit_id)
        self.count.setText(self.tr("{year}: {done} of {planned} planned visits done").format(
            year=data.grid.year, done=done, planned=planned))
        if current is not None:
            self.select_cell(*current)
        elif data.grid.today.year == data.grid.year and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, data.grid.today.month))
        self._update_buttons()

    # --- cells ---------------------------------------------------------------------------

    def current_cell_key(self) -> tuple[str, int] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.column() < 1:
            return None
        village = self.proxy.index(index.row(), 0).data(ROW_ROLE)
        return (village.id, index.column()) if village is not None else None

    def current_cell(self) -> tuple[GridVillage, GridCell] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.column() < 1:
            return None
        cell = index.data(CELL_ROLE)
        village = self.proxy.index(index.row(), 0).data(ROW_ROLE)
        return (village, cell) if cell is not None and village is not None else None

    def select_cell(self, village_id: str, month: int) -> bool:
        for row in range(self.proxy.rowCount()):
            village = self.proxy.index(row, 0).data(ROW_ROLE)
            if village is not None and village.id == village_id:
                index = self.proxy.index(row, month)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        found = self.current_cell()
        cell = found[1] if found else None
        self.open_button.setEnabled(cell is not None and cell.visit_id is not None)
        self.create_button.setEnabled(cell is not None and cell.visit_id is None and self._visit_date(cell) is not None)
        self.officer_button.setEnabled(cell is not None)
        self.month_button.setEnabled(cell is not None and cell.visit_id is None)

    def _visit_date(self, cell: GridCell) -> dt.date | None:
        """A visit is recorded after it took place: this month's plan gets today, an
        earlier month's its planned date; a later month's none yet."""
        if self.data is None:
            return None
        today = self.data.grid.today
        if (cell.planned_date.year, cell.planned_date.month) == (today.year, today.month):
            return today
        return cell.planned_date if cell.planned_date < today else None

    def _on_cell_activated(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell is None:
            return
        if cell.visit_id:
            self.open_requested.emit(cell.visit_id)
        else:
            self.create_from_current()

    def _on_open_clicked(self) -> None:
        found = self.current_cell()
        if found and found[1].visit_id:
            self.open_requested.emit(found[1].visit_id)

    def _on_year_changed(self, year: int) -> None:
        self.year = year
        self.mark_out_of_date()

    # --- actions -------------------------------------------------------------------------

    def create_from_current(self) -> None:
        """Create the visit of the current planned cell and open it."""
        found = self.current_cell()
        if found is None or self.data is None:
            return
        village, cell = found
        day = self._visit_date(cell)
        if cell.visit_id or day is None:
            return
        choices = self.data.choices
        if self.data.role is Role.MASTER:
            officer_id = cell.officer_id or (choices.officers[0].id if choices.officers else None)
        else:
            own = {c.id for c in choices.villages[:choices.own_villages]}
            if village.id not in own:
                self.prompts.inform(self, self.tr("Create visit"), self.tr(
                    "{village} is not one of this laptop's villages; the office plans it for another officer.").format(
                    village=village.name))
                return
            officer_id = choices.officers[0].id if choices.officers else None
        if officer_id is None:
            return
        agenda = choices.agenda

        def work(ws: Any) -> Any:
            return ws.create_visit(village_id=village.id, officer_id=officer_id, visit_date=day, agenda=agenda)

        self.client.change(work, label=self.tr("Creating the visit"), on_done=self._on_visit_created, owner=self,
                           initiator=self)

    def _on_visit_created(self, summary: Any) -> None:
        self.visit_created.emit(summary.id)
        self.open_requested.emit(summary.id)

    def generate_plan(self) -> None:
        year = self.year

        def work(ws: Any) -> Any:
            from perut_desktop.services.schedule import generate_plan

            return ws.change(generate_plan, year)

        self.client.change(work, label=self.tr("Making the plan"), on_done=self._on_generated, owner=self,
                           initiator=self)

    def _on_generated(self, created: int) -> None:
        self.count.setText(self.tr("{n} planned visits added").format(n=created))

    def change_officer(self) -> None:
        found = self.current_cell()
        if found is None or self.data is None or not self.data.grid.officers:
            return
        village, cell = found
        officers = self.data.grid.officers
        chosen = self.prompts.choose_item(self, self.tr("Change officer"), self.tr(
            "Officer for {village} in {month}:").format(village=village.name, month=_month(cell.planned_date)),
            [o.name for o in officers])
        if chosen is None:
            return
        entry_id, officer_id = cell.entry_id, officers[chosen].id

        def work(ws: Any) -> Any:
            from perut_desktop.services.schedule_grid import set_schedule_officer

            return ws.change(set_schedule_officer, entry_id, officer_id)

        self.client.change(work, label=self.tr("Changing the officer"), on_done=lambda _r: None, owner=self,
                           initiator=self)

    def move_to_month(self) -> None:
        found = self.current_cell()
        if found is None:
            return
        village, cell = found
        months = [_month(dt.date(cell.planned_date.year, m, 1)) for m in range(1, 13)]
        chosen = self.prompts.choose_item(self, self.tr("Move to month"), self.tr(
            "Move the visit to {village} to:").format(village=village.name), months)
        if chosen is None:
            return
        entry_id, month = cell.entry_id, chosen + 1

        def work(ws: Any) -> Any:
            from perut_desktop.services.schedule_grid import move_schedule_entry

            return ws.change(move_schedule_entry, entry_id, month)

        self.client.change(work, label=self.tr("Moving the visit"), on_done=lambda _d: self.select_cell(village.id, month),
                           owner=self, initiator=self)


def _month(day: dt.date) -> str:
    return DATE_LOCALE.toString(qdate(day), "MMMM yyyy")


