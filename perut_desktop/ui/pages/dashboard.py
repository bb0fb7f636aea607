"""*Dasbor*: this month at a glance and the period's charts.

Tiles for this month (visits done against the plan, villages overdue, follow-ups open and
overdue, the average completeness of each village's last visit, compliance findings), each
a button to the list behind it; charts of each village's last score (a click opens the
village), the average completeness by month and the plan's coverage by month, over the
period chosen; and the table of villages. At start-up it shows the snapshot of the last
run (marked as loading) until fresh data has loaded; an empty replica shows a friendly
message instead of empty charts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perut_desktop.ui.labels import NO_VALUE
from perut_desktop.ui.models.common import SORT_ROLE, month_label, percent
from perut_desktop.ui.models.village_table import VillageTableModel
from perut_desktop.ui.pages.base import Page
from perut_desktop.ui.pages.periods import PERIODS, period_range
from perut_desktop.ui.widgets.message_panel import MessagePanel
from perut_desktop.ui.widgets.search_keys import SEARCH_BOX
from perut_desktop.ui.widgets.table_copy import copy_button
from perut_desktop.ui.widgets.table_style import style_table

if TYPE_CHECKING:
    from perut_desktop.operations.workspace import Workspace
    from perut_desktop.services.dashboard import DashboardData
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


#: The periods of the charts: (key, English source in the visit list's context).
CHART_PERIODS = ("12months", "year", "lastyear")


class Tile(QPushButton):
    """A figure of this month: a large value, what it counts and a detail line; a button to
    the list behind it."""

    def __init__(self, caption: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.value = QLabel(NO_VALUE)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for label in (self.value, self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # one row, one height

    def set_value(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} · {detail}")

    def sizeHint(self) -> QSize:
        width = max(self.width(), 150)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            return QSize(150, layout.heightForWidth(width))
        return QSize(150, self.value.sizeHint().height() + 3 * self.fontMetrics().height() + 14)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.value.sizeHint().height() + 2 * self.fontMetrics().height())


class VillageFilterProxy(QSortFilterProxyModel):
    """The villages table filtered by a tile (a set of codes) and by the search box."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: frozenset[str] | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_filter(self, codes: frozenset[str] | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.codes, self.text = codes, text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.codes, self.text = codes, text.casefold().strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if self.codes is not None and row.code not in self.codes:
            return False
        return not self.text or self.text in row.code.casefold() or self.text in row.name.casefold()

    def codes_shown(self) -> list[str]:
        return [str(self.index(r, VillageTableModel.CODE).data()) for r in range(self.rowCount())]


class DashboardPage(Page):
    KEY = "dasbor"
    WATCHES = frozenset({"subdistrict", "village", "visit", "visit_status_event", "checklist_result",
                         "follow_up", "follow_up_update", "schedule_entry", "village_profile",
                         "village_regulation", "village_official"})

    #: Open a village (its id) — a bar of the chart.
    village_requested = Signal(str)
    #: Show the visit list for a period key of the visit list (a tile).
    visits_requested = Signal(str)

    # what a tile's list shows
    ALL, OVERDUE, FOLLOW_UPS, FINDINGS = "all", "overdue", "follow_ups", "findings"

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(client, prompts, parent)
        self.overview: Overview | None = None
        self.data: DashboardData | None = None
        self.from_snapshot = False
        self.charts: Any = None  # built at the first data (QtCharts loads then)
        self.list_filter = self.ALL
        self.period = CHART_PERIODS[0]
        self.heading.setText(self.title())
        self.summary = QLabel(self.tr("Loading data…"))
        self._build_tiles()
        self._build_period()
        self._build_villages()
        self.chart_area = QStackedWidget()
        self.chart_message = MessagePanel()
        self.chart_message.show_message(self.tr("Loading the charts…"), [])
        self.chart_area.addWidget(self.chart_message)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Charts and villages"))
        self.tabs.addTab(self.chart_area, self.tr("&Charts"))
        self.tabs.addTab(self.villages_tab, self.tr("&Villages"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period_filter)
        self.layout_.addLayout(top)
        self.layout_.addLayout(self.tiles_row)
        self.layout_.addWidget(self.tabs, 1)
        # kept for the start-up snapshot and the tests of the first version
        self.stack = self.tabs
        self.message = self.chart_message

    def title(self) -> str:
        return QCoreApplication.translate("DashboardPage", TITLE)

    # --- construction ------------------------------------------------------------------------

    def _build_tiles(self) -> None:
        self.visits_tile = Tile(self.tr("Planned visits done this month"), "visits_tile")
        self.overdue_tile = Tile(self.tr("Villages overdue"), "overdue_tile")
        self.follow_ups_tile = Tile(self.tr("Open follow-ups"), "follow_ups_tile")
        self.score_tile = Tile(self.tr("Average completeness"), "score_tile")
        self.findings_tile = Tile(self.tr("Compliance findings"), "findings_tile")
        self.visits_tile.clicked.connect(lambda: self.visits_requested.emit("month"))
        self.overdue_tile.clicked.connect(lambda: self.show_list(self.OVERDUE))
        self.follow_ups_tile.clicked.connect(lambda: self.show_list(self.FOLLOW_UPS))
        self.score_tile.clicked.connect(lambda: self.show_list(self.ALL, by_score=True))
        self.findings_tile.clicked.connect(lambda: self.show_list(self.FINDINGS))
        self.tiles = (self.visits_tile, self.overdue_tile, self.follow_ups_tile, self.score_tile, self.findings_tile)
        self.tiles_row = QHBoxLayout()
        for tile in self.tiles:
            self.tiles_row.addWidget(tile, 1)

    def _build_period(self) -> None:
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("period_filter")
        self.period_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label = QLabel(self.tr("Charts &period:"))
        self.period_label.setBuddy(self.period_filter)
        self.period_filter.setAccessibleName(self.tr("Charts period"))
        texts = dict(PERIODS)
        for key in CHART_PERIODS:
            self.period_filter.addItem(QCoreApplication.translate("VisitsPage", texts[key]), key)
        self.period_filter.currentIndexChanged.connect(self._on_period_changed)

    def _build_villages(self) -> None:
        self.model = VillageTableModel(self)
        self.proxy = VillageFilterProxy(self.model)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        style_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(VillageTableModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Villages"))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.search = QLineEdit()
        self.search.setObjectName(SEARCH_BOX)  # what Ctrl+F looks for
        self.search.setPlaceholderText(self.tr("Village or code"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search villages"))
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.filter_label = QLabel()
        self.show_all_button = QPushButton(self.tr("Show &all villages"))
        self.show_all_button.clicked.connect(lambda: self.show_list(self.ALL))
        self.copy_button = copy_button(self.table)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addSpacing(8)
        row.addWidget(self.filter_label)
        row.addWidget(self.show_all_button)
        row.addWidget(self.copy_button)
        self.villages_tab = QWidget()
        layout = QVBoxLayout(self.villages_tab)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._show_filter_label()

    def _build_charts(self) -> Any:
        from perut_desktop.ui.widgets.charts import CoverageChart, MonthLineChart, VillageScoreChart

        self.village_chart = VillageScoreChart(self.tr("Completeness at each village's last visit"),
                                               self.tr("Completeness"))
        self.village_chart.setAccessibleName(self.tr("Completeness at each village's last visit"))
        self.village_chart.village_clicked.connect(self.village_requested)
        self.village_chart.setToolTip(self.tr("Click a bar to open the village"))
        self.month_chart = MonthLineChart(self.tr("Average completeness by month"), self.tr("Completeness"))
        self.month_chart.setAccessibleName(self.tr("Average completeness by month"))
        self.coverage_chart = CoverageChart(self.tr("Schedule coverage by month"), self.tr("Planned"),
                                            self.tr("Done"))
        self.coverage_chart.setAccessibleName(self.tr("Schedule coverage by month"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.month_chart)
        right.addWidget(self.coverage_chart)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.village_chart)
        charts.addWidget(right)
        charts.setStretchFactor(0, 6)
        charts.setStretchFactor(1, 5)
        charts.setMinimumHeight(400)  # room for 23 village names; at 125 % the page scrolls
        self.chart_area.addWidget(charts)
        return charts

    # --- data ----------------------------------------------------------------------------

    def _range(self) -> tuple[dt.date | None, dt.date | None]:
        if self.period == "12months":
            return None, None
        return period_range(self.period, dt.date.today())

    def load(self, workspace: Workspace) -> tuple[Overview, DashboardData] | None:
        overview = workspace.overview()
        if overview is None:
            return None
        from perut_desktop.services.dashboard import dashboard_data

        date_from, date_to = self._range()
        return overview, workspace.read(dashboard_data, date_from=date_from, date_to=date_to)

    def show_snapshot(self, overview: Overview) -> None:
        """The last run's dashboard, until fresh data arrives."""
        self._show(overview)
        self.from_snapshot = True
        self.summary.setText(self.summary.text() + " · " + self.tr("updating…"))

    def show_data(self, data: tuple[Overview, DashboardData] | None) -> None:
        self.from_snapshot = False
        if data is None:
            self.summary.setText(self.tr("No data yet."))
            self.chart_message.show_message(self.tr("No PERUT data in this data folder yet"), [
                self.tr("Set up this installation first: the office's master copy, a field laptop or the demo.")])
            self.chart_area.setCurrentWidget(self.chart_message)
            return
        overview, figures = data
        self._show(overview)
        self.data = figures
        self._show_tiles(figures)
        self._show_charts(figures)
        self._apply_filter()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self.heading.setText(self.tr("Dashboard — Kecamatan {name}").format(name=overview.kecamatan))
        self.summary.setText(self.tr("Villages: {villages} · Visits: {visits}").format(
            villages=overview.villages, visits=overview.visits))
        self.model.set_rows(overview.rows)
        self._apply_filter()

    def _show_tiles(self, d: DashboardData) -> None:
        self.visits_tile.set_value(
            self.tr("{done} of {planned}").format(done=d.done_this_month, planned=d.planned_this_month),
            self.tr("{n} visits made this month").format(n=d.visits_this_month))
        self.overdue_tile.set_value(str(len(d.overdue_village_codes)),
                                    self.tr("planned visit passed, none made"))
        self.follow_ups_tile.set_value(str(d.open_follow_ups),
                                       self.tr("{n} past their due date").format(n=d.overdue_follow_ups))
        self.score_tile.set_value(percent(d.average_last_score) or NO_VALUE, self.tr("of each village's last visit"))
        counts = dict(d.findings_by_severity)
        detail = self.tr("{violations} violations · {warnings} warnings · {notes} notes").format(
            violations=counts.get("pelanggaran", 0), warnings=counts.get("peringatan", 0),
            notes=counts.get("informasi", 0))
        if d.office_tasks:  # an evaluation delegated to the Camat that is late: the office's own task
            detail += self.tr(" · {n} the office's own").format(n=d.office_tasks)
        self.findings_tile.set_value(str(sum(counts.values())), detail)

    def _show_charts(self, d: DashboardData) -> None:
        if not d.has_visits:
            self.chart_message.show_message(self.tr("No visits yet"), [
                self.tr("The charts appear here once the first visits are recorded on this computer or "
                        "arrive in a bundle."),
                self.tr("Meanwhile the Villages tab lists every village, and the schedule shows what is planned.")])
            self.chart_area.setCurrentWidget(self.chart_message)
            return
        if self.charts is None:
            self.charts = self._build_charts()
        scored = [(v.village_id, v.name, v.score) for v in d.villages if v.score is not None]
        self.village_chart.set_scores(scored)
        months = [month_label(m.month) for m in d.months]
        self.month_chart.set_points(months, [m.average_score for m in d.months])
        self.coverage_chart.set_months(months, [m.planned for m in d.months], [m.done for m in d.months])
        self.chart_area.setCurrentWidget(self.charts)

    # --- the villages list -----------------------------------------------------------------

    def show_list(self, which: str, *, by_score: bool = False) -> None:
        """Show the villages tab filtered as a tile says."""
        self.list_filter = which
        self.search.clear()
        self._apply_filter()
        if by_score:
            self.table.sortByColumn(VillageTableModel.SCORE, Qt.SortOrder.AscendingOrder)
        elif which == self.FOLLOW_UPS:
            self.table.sortByColumn(VillageTableModel.FOLLOW_UPS, Qt.SortOrder.DescendingOrder)
        self.tabs.setCurrentWidget(self.villages_tab)
        self.table.setFocus()

    def _codes(self) -> frozenset[str] | None:
        if self.list_filter == self.OVERDUE:
            return frozenset(self.data.overdue_village_codes) if self.data else frozenset()
        if self.list_filter == self.FINDINGS:
            return frozenset(self.data.finding_village_codes) if self.data else frozenset()
        if self.list_filter == self.FOLLOW_UPS:
            return frozenset(r.code for r in self.model.rows if r.open_follow_ups)
        return None

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.proxy.set_filter(self._codes(), self.search.text())
        self._show_filter_label()

    def _show_filter_label(self) -> None:
        names = {self.OVERDUE: self.tr("Overdue villages"), self.FOLLOW_UPS: self.tr("Villages with open follow-ups"),
                 self.FINDINGS: self.tr("Villages with compliance findings")}
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.list_filter in names:
            self.filter_label.setText(self.tr("{what}: {shown} of {total}").format(
                what=names[self.list_filter], shown=shown, total=total))
        else:
            self.filter_label.setText(self.tr("{shown} of {total} villages").format(shown=shown, total=total))
        self.show_all_button.setVisible(self.list_filter != self.ALL)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        code = self.proxy.index(index.row(), VillageTableModel.CODE).data()
        if self.data is not None:
            for v in self.data.villages:
                if v.code == code:
                    self.village_requested.emit(v.village_id)
                    return

    def _on_period_changed(self) -> None:
        self.period = str(self.period_filter.currentData())
        self.mark_out_of_date()
