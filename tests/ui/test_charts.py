"""The line chart's point values: beside their points, never over a marker or over one
another, on the side away from the line (above a peak, below a dip); where there is no
room a value is left out, but never the latest one; the pointer on a point shows its month
and value."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QToolTip

from perut_desktop.ui.widgets.charts import MARKER_RADIUS, MonthLineChart, label_side

MONTHS = ["Des", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov"]
ZIGZAG = [0.56, 0.39, 0.61, 0.59, 0.56, 0.65, 0.50, 0.68, 0.58, 0.50, 0.71, 0.67]


def _chart(qtbot, width: int, height: int, values, months=MONTHS) -> MonthLineChart:  # type: ignore[no-untyped-def]
    chart = MonthLineChart("Skor", "Skor")
    qtbot.addWidget(chart)
    chart.resize(width, height)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_points(months, values)
    latest = len(months) - 1
    qtbot.waitUntil(lambda: chart.chart_.plotArea().width() > 100 and chart.point_labels[latest].isVisible())
    return chart


def _shown(chart: MonthLineChart) -> dict[int, QRectF]:
    return {n: label.mapRectToParent(label.boundingRect()) for n, label in chart.point_labels.items()
            if label.isVisible()}


def _centre(chart: MonthLineChart, n: int) -> QPointF:
    value = dict(chart.points)[n]
    return chart.chart_.mapToPosition(QPointF(n, round(value * 100)), chart._series_of[n])


def _assert_clear(chart: MonthLineChart) -> dict[int, QRectF]:
    shown = _shown(chart)
    rects = list(shown.values())
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[i + 1:])
        for n, _value in chart.points:
            c = _centre(chart, n)
            marker = QRectF(c.x() - MARKER_RADIUS, c.y() - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)
            assert not rect.intersects(marker)
        assert chart.chart_.rect().contains(rect)
    return shown


def test_a_village_s_zigzag_shows_every_value_clear_of_markers_and_other_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot, 340, 600, ZIGZAG)  # the village page's chart at 1366×768
    shown = _assert_clear(chart)
    assert sorted(shown) == list(range(12))
    assert [chart.point_labels[n].text() for n in range(12)] == [f"{round(v * 100)}%" for v in ZIGZAG]
    for dip in (1, 6, 9):  # Jan, Jun, Sep: the label under the point
        assert shown[dip].top() > _centre(chart, dip).y()
    for peak in (5, 7, 10):  # Mei, Jul, Okt: above it
        assert shown[peak].bottom() < _centre(chart, peak).y()


def test_a_cramped_chart_leaves_values_out_rather_than_overlap_them_but_shows_the_latest(qtbot) -> None:  # type: ignore[no-untyped-def]
    values = [0.63, 0.64, 0.63, 0.64, 0.64, 0.65, 0.64, None, 0.66, 0.65, 0.66, 0.67] * 2  # two years
    chart = _chart(qtbot, 240, 150, values, [f"{m} {y}" for y in (25, 26) for m in MONTHS])
    shown = _assert_clear(chart)
    assert 23 in shown and len(shown) < 22
    assert 7 not in chart.point_labels  # a month without a visit has no point and no value
    chart.resize(1000, 300)  # more room: the labels follow the plot area
    qtbot.waitUntil(lambda: len(_shown(chart)) == 22)
    _assert_clear(chart)


def test_the_pointer_on_a_point_shows_its_month_and_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = _chart(qtbot, 340, 600, ZIGZAG)
    chart._series_of[4].hovered.emit(QPointF(3.9, 56.2), True)
    assert QToolTip.text() == "Apr: 56%"
    chart._series_of[4].hovered.emit(QPointF(3.9, 56.2), False)


def test_a_label_goes_above_a_point_over_its_neighbours_and_below_a_dip() -> None:
    assert [label_side([0.5, 0.7, 0.6], n) for n in range(3)] == [1, -1, 1]
    assert label_side([0.5, None, 0.6], 0) == -1 and label_side([0.4, 0.5, 0.6], 1) == -1


def test_a_count_axis_has_whole_numbers_each_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new office with one visit planned: the schedule chart's axis read 0, 0, 1, 1 (halves
    printed as whole numbers). Its ticks are whole steps, each number once, the top above
    the highest bar."""
    from PySide6.QtCharts import QValueAxis

    from perut_desktop.ui.widgets.charts import CoverageChart, whole_number_axis

    for top, expected in ((1, [0, 1, 2]), (2, [0, 1, 2, 3]), (7, [0, 3, 6, 9]), (40, [0, 13, 26, 39, 52])):
        axis = QValueAxis()
        whole_number_axis(axis, top * 1.25)
        step = int(axis.tickInterval())
        ticks = list(range(int(axis.min()), int(axis.max()) + 1, step))
        assert axis.tickType() == QValueAxis.TickType.TicksDynamic and axis.tickAnchor() == 0
        assert ticks == expected and step >= 1 and axis.max() >= top, top
    chart = CoverageChart("Cakupan", "Direncanakan", "Terlaksana")
    qtbot.addWidget(chart)
    chart.set_months(["Jan", "Feb"], [1, 0], [1, 0])
    axis_y = next(a for a in chart.chart_.axes() if isinstance(a, QValueAxis))
    assert (axis_y.min(), axis_y.max(), axis_y.tickInterval()) == (0, 2, 1)


def test_few_villages_draw_bars_of_the_usual_thickness_not_one_filling_the_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QHorizontalBarSeries

    from perut_desktop.ui.widgets.charts import VillageScoreChart

    chart = VillageScoreChart("Kelengkapan", "Skor")
    qtbot.addWidget(chart)
    widths = {}
    for n in (1, 3, 12, 23):
        chart.set_scores([(f"v{i}", f"Desa {i}", 0.5) for i in range(n)])
        series = next(s for s in chart.chart_.series() if isinstance(s, QHorizontalBarSeries))
        widths[n] = series.barWidth()
    assert widths[12] == widths[23] == 0.75
    assert widths[1] * 12 == widths[3] * 4 == 0.75  # a bar as thick as one of twelve
