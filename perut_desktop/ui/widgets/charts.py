"""The dashboard's charts (QtCharts), readable in grey print and without telling red from
green: every bar and point carries its value as a label, the two series of one chart
differ by pattern (hatched against solid) as well as by colour, and the colours are from
the Okabe–Ito palette. This module is imported only when the first chart is drawn (QtCharts
is heavy; the window's first frame does not wait for it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
        QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BLUE = QColor("#0072B2")
ORANGE = QColor("#D55E00")
GREY = QColor("#404040")


def _chart(title: str, view: QChartView) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(view.font())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.setChart(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return chart


def _clear(chart: QChart) -> None:
    """Remove the chart's series (deleted by the chart) and axes. A removed axis belongs to
    Python; deleted later on the GUI thread, so that the garbage collector never frees a Qt
    object on the worker thread."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def _small(view: QWidget) -> QFont:
    font = QFont(view.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return font


def _axis_font(view: QWidget) -> QFont:
    """The category labels' font (village names, months): set in pixels, and the axes are
    told never to cut a label short, which QtCharts otherwise does at 125 % scaling."""
    font = QFont(view.font())
    font.setPixelSize(max(9, round(view.fontMetrics().height() * 0.8)))
    return font


def _percent_axis(view: QWidget) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d%%")
    axis.setLabelsFont(_small(view))
    return axis


class _ChartView(QChartView):
    def sizeHint(self) -> QSize:
        # small: a page in a scroll area grows to its children's size hints, and a chart
        # takes whatever room the layout gives it
        return self.minimumSize().expandedTo(QSize(240, 150))


class VillageScoreChart(_ChartView):
    """Each village's last score as horizontal bars, lowest at the top; a click on a bar asks to open that village (its id)."""

    village_clicked = Signal(str)

    def __init__(self, title: str, value_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = _chart(title, self)
        self.value_name = value_name
        self.village_ids: list[str] = []
        self.labels: list[str] = []
        self.chart_.legend().hide()
        self.setMinimumSize(320, 200)

    def set_scores(self, rows: Sequence[tuple[str, str, float]]) -> None:
        """``rows``: (village id, label, score 0..1), in the order to show from the top."""
        chart = self.chart_
        _clear(chart)
        ordered = list(reversed(rows))  # a horizontal bar chart draws its first category at the bottom
        self.village_ids = [r[0] for r in ordered]
        self.labels = [r[1] for r in ordered]
        bars = QBarSet(self.value_name)
        bars.setColor(BLUE)
        bars.setBorderColor(GREY)
        bars.setLabelColor(QColor("black"))
        bars.setLabelFont(_small(self))
        for _vid, _label, score in ordered:
            bars.append(round(score * 100))
        bars.clicked.connect(self._on_bar_clicked)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.75)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(self.labels)
        names.setLabelsFont(_axis_font(self))
        names.setTruncateLabels(False)
        values = _percent_axis(self)
        values.setRange(0, 110)  # room for the labels past the longest bar
        values.setTickCount(12)
        values.setLabelsVisible(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_bar_clicked(self, index: int) -> None:
        if 0 <= index < len(self.village_ids):
            self.village_clicked.emit(self.village_ids[index])


class MonthLineChart(_ChartView):
    """One value per month as a line with round markers and the value at each point."""

    def __init__(self, title: str, value_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = _chart(title, self)
        self.value_name = value_name
        self.chart_.legend().hide()
        self.setMinimumSize(240, 150)
        self.points: list[tuple[int, float]] = []

    def set_points(self, months: Sequence[str], values: Sequence[float | None]) -> None:
        """``values`` 0..1 per month (None: no visit that month, a gap in the line)."""
        chart = self.chart_
        _clear(chart)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(months))
        axis_x.setLabelsFont(_axis_font(self))
        axis_x.setTruncateLabels(False)
        axis_y = _percent_axis(self)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.points = []
        segment: QLineSeries | None = None
        for n, value in enumerate(values):
            if value is None:
                segment = None
                continue
            if segment is None:
                segment = self._series()
                chart.addSeries(segment)
                segment.attachAxis(axis_x)
                segment.attachAxis(axis_y)
            segment.append(n, round(value * 100))
            self.points.append((n, value))

    def _series(self) -> QLineSeries:
        series = QLineSeries()
        series.setName(self.value_name)
        pen = QPen(BLUE)
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(8)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint%")
        series.setPointLabelsFont(_small(self))
        series.setPointLabelsClipping(False)
        return series


class CoverageChart(_ChartView):
    """Planned against done per month: hatched bars for the plan, solid for what was done,
    each with its number."""

    def __init__(self, title: str, planned_name: str, done_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = _chart(title, self)
        self.planned_name, self.done_name = planned_name, done_name
        legend = self.chart_.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(_small(self))
        self.setMinimumSize(240, 150)
        self.planned: QBarSet | None = None
        self.done: QBarSet | None = None

    def set_months(self, months: Sequence[str], planned: Sequence[int], done: Sequence[int]) -> None:
        chart = self.chart_
        _clear(chart)
        self.planned = QBarSet(self.planned_name)
        self.planned.setBrush(QBrush(GREY, Qt.BrushStyle.BDiagPattern))
        self.planned.setBorderColor(GREY)
        self.done = QBarSet(self.done_name)
        self.done.setColor(ORANGE)
        self.done.setBorderColor(GREY)
        for bar_set in (self.planned, self.done):
            bar_set.setLabelColor(QColor("black"))
            bar_set.setLabelFont(_small(self))
        self.planned.append([float(n) for n in planned])
        self.done.append([float(n) for n in done])
        series = QBarSeries()
        series.append(self.planned)
        series.append(self.done)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsAngle(-90)  # side by side, upright numbers would overlap
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(months))
        axis_x.setLabelsFont(_axis_font(self))
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        top = max([*planned, *done, 1])
        axis_y.setRange(0, top * 1.25)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        axis_y.setLabelsFont(_small(self))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
