"""The dashboard's charts (QtCharts), readable in grey print and without telling red from
green: every bar and point carries its value as a label (a line's point labels sit on the
side of the point away from the line and are left out where they would cover another; the
pointer on a point shows its value), the two series of one chart differ by pattern
(hatched against solid) as well as by colour, and the colours are from the Okabe–Ito
palette. This module is imported only when the first chart is drawn (QtCharts
is heavy; the window's first frame does not wait for it)."""

from __future__ import annotations

import math
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
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QToolTip, QWidget

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


def _axis_font(view: QWidget, share: float = 0.8) -> QFont:
    """The category labels' font (village names, months): set in pixels, and the axes are
    told never to cut a label short, which QtCharts otherwise does at 125 % scaling."""
    font = QFont(view.font())
    font.setPixelSize(max(9, round(view.fontMetrics().height() * share)))
    return font


def _month_font(view: QWidget) -> QFont:
    """Twelve months side by side: a little smaller, so that at 125 % none touches the next
    and QtCharts does not drop the last (it leaves out a label that would overrun the axis)."""
    return _axis_font(view, 0.72)


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
        # a bar's width is a share of its row; with few villages a row is the whole chart, and
        # one bar filled it: as thick as in a chart of twelve, at most
        series.setBarWidth(0.75 * min(1.0, len(ordered) / 12))
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


#: A line chart's marker radius and the gap between a marker and its label, in pixels.
MARKER_RADIUS = 4.0
LABEL_GAP = 2.0
#: The least room between two labels side by side, in pixels.
LABEL_SPACING = 3.0


def _circle_box(centre: QPointF) -> QRectF:
    return QRectF(centre.x() - MARKER_RADIUS, centre.y() - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)


def _crosses(rect: QRectF, a: QPointF, b: QPointF) -> bool:
    """Whether the line from ``a`` to ``b`` runs through ``rect`` (checked every pixel or so)."""
    steps = max(2, int(abs(b.x() - a.x()) + abs(b.y() - a.y())))
    return any(rect.contains(a + (b - a) * (i / steps)) for i in range(steps + 1))


def label_side(values: Sequence[float | None], n: int) -> int:
    """Where the label of point ``n`` goes: -1 above, 1 below. Above when the point stands
    at or over the straight line between its neighbours (the line then runs below it),
    below when it sits under it (a dip)."""
    here = values[n]
    assert here is not None
    around = [v for v in (values[n - 1] if n > 0 else None, values[n + 1] if n + 1 < len(values) else None)
              if v is not None]
    if not around:
        return -1
    return -1 if here >= sum(around) / len(around) else 1


class MonthLineChart(_ChartView):
    """One value per month as a line with round markers and the value beside each point,
    where it does not cover another; the latest point's value is always shown."""

    def __init__(self, title: str, value_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_ = _chart(title, self)
        self.value_name = value_name
        self.chart_.legend().hide()
        self.setMinimumSize(240, 150)
        self.months: list[str] = []
        self.points: list[tuple[int, float]] = []
        self.point_labels: dict[int, QGraphicsSimpleTextItem] = {}
        self._series_of: dict[int, QLineSeries] = {}
        self.chart_.plotAreaChanged.connect(lambda _area: self.place_labels())

    def set_points(self, months: Sequence[str], values: Sequence[float | None]) -> None:
        """``values`` 0..1 per month (None: no visit that month, a gap in the line)."""
        chart = self.chart_
        _clear(chart)
        for label in self.point_labels.values():
            label.setParentItem(None)
            if label.scene() is not None:
                label.scene().removeItem(label)
        self.point_labels = {}
        self._series_of = {}
        self.months = list(months)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(months))
        axis_x.setLabelsFont(_month_font(self))
        axis_x.setTruncateLabels(False)
        axis_y = _percent_axis(self)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.points = []
        segment: QLineSeries | None = None
        font = _small(self)
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
            self._series_of[n] = segment
            label = QGraphicsSimpleTextItem(f"{round(value * 100)}%", chart)
            label.setFont(font)
            label.setBrush(QColor("black"))
            label.setZValue(100)  # over the grid and the line
            self.point_labels[n] = label
        self.place_labels()

    def place_labels(self) -> None:
        """Put each point's label beside its marker on the side away from the line, on the
        other side if that is taken, or leave it out; the latest point first. A label may
        cross the line only where neither side is clear of it."""
        values: list[float | None] = [None] * len(self.months)
        for n, value in self.points:
            values[n] = value
        centres = {n: self.chart_.mapToPosition(QPointF(n, round(v * 100)), self._series_of[n]) for n, v in self.points}
        lines = [(centres[n], centres[n + 1]) for n, _v in self.points
                 if n + 1 in centres and self._series_of[n] is self._series_of[n + 1]]
        area, bounds = self.chart_.plotArea(), self.chart_.rect()
        taken: list[QRectF] = []
        for n, _value in reversed(self.points):
            label = self.point_labels[n]
            centre = centres[n]
            size = label.boundingRect().size()
            left = min(max(centre.x() - size.width() / 2, bounds.left()), bounds.right() - size.width())
            first = label_side(values, n)
            choices = []
            for side in (first, -first):
                top = (centre.y() - MARKER_RADIUS - LABEL_GAP - size.height() if side < 0
                       else centre.y() + MARKER_RADIUS + LABEL_GAP)
                rect = QRectF(left, top, size.width(), size.height())
                if rect.top() < area.top() - size.height() / 2 or rect.bottom() > area.bottom():
                    continue
                spaced = rect.adjusted(-LABEL_SPACING, 0, LABEL_SPACING, 0)
                if any(spaced.intersects(other) for other in taken) or any(
                        _circle_box(c).intersects(rect) for c in centres.values()):
                    continue
                choices.append((any(_crosses(rect, a, b) for a, b in lines), rect))
            if choices:
                rect = min(choices, key=lambda choice: choice[0])[1]  # clear of the line if a side is
                taken.append(rect)
                label.setPos(rect.topLeft())
                label.setVisible(True)
            else:
                label.setVisible(False)

    def _on_hovered(self, point: QPointF, state: bool) -> None:
        n = round(point.x())
        value = next((v for m, v in self.points if m == n), None)
        if not state or value is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), f"{self.months[n]}: {round(value * 100)}%", self)

    def _series(self) -> QLineSeries:
        series = QLineSeries()
        series.setName(self.value_name)
        pen = QPen(BLUE)
        pen.setWidth(3)
        series.setPen(pen)
        series.setPointsVisible(True)
        series.setMarkerSize(MARKER_RADIUS)  # a line series draws its markers with this radius
        series.hovered.connect(self._on_hovered)
        return series


def whole_number_axis(axis: QValueAxis, top: float, ticks: int = 4) -> None:
    """An axis of counts from 0 past ``top`` in whole steps, each labelled once: the "nice
    numbers" of a small range are halves, which "%d" showed as 0, 0, 1, 1."""
    step = max(1, math.ceil(top / ticks))
    axis.setRange(0, step * math.ceil(top / step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")


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
        series.setBarWidth(0.9)  # each bar as wide as its upright number, so two side by side stay apart
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsAngle(-90)  # side by side, upright numbers would overlap
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(months))
        axis_x.setLabelsFont(_month_font(self))
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        whole_number_axis(axis_y, max([*planned, *done, 1]) * 1.25)
        axis_y.setLabelsFont(_small(self))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
