"""*Dasbor* over a real replica: each tile lands on the list behind it, filtered as the
services say; a bar of the chart opens its village's page; an empty replica shows a message, not
empty charts; the villages list copies as tab-separated text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from perut_desktop.db import open_replica
from perut_desktop.services import visits as visit_services
from perut_desktop.services.compliance.facts import findings
from perut_desktop.ui.pages.periods import period_range
from tests.ui.conftest import MakeLauncher, open_loaded


def _dashboard(qtbot, make_launcher: MakeLauncher, data_dir: Path):  # type: ignore[no-untyped-def]
    shell = open_loaded(qtbot, make_launcher(data_dir))
    page = shell.window.dashboard
    qtbot.waitUntil(lambda: page.data is not None, timeout=60_000)
    return shell.window, page


def test_tiles_land_on_the_filtered_lists(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    window, page = _dashboard(qtbot, make_launcher, demo_dir)
    today = page.data.today
    replica = open_replica(demo_dir)
    try:
        with replica.begin() as s:
            with_findings = {v.village_code for v in findings(s, today) if v.findings}
            open_counts = visit_services.open_follow_up_counts(s)
            codes = {v.village_id: v.code for v in page.data.villages}
    finally:
        replica.close()
    assert with_findings and open_counts

    page.findings_tile.click()
    assert page.tabs.currentWidget() is page.villages_tab
    assert set(page.proxy.codes_shown()) == with_findings
    assert page.filter_label.text() == f"Desa dengan temuan kepatuhan: {len(with_findings)} dari 23"

    page.follow_ups_tile.click()
    assert set(page.proxy.codes_shown()) == {codes[v] for v, n in open_counts.items() if n}
    page.show_all_button.click()
    assert page.proxy.rowCount() == 23

    page.visits_tile.click()
    visits = window.visits_page
    assert window.current_page() is visits
    qtbot.waitUntil(lambda: visits.has_data, timeout=60_000)
    assert visits.period_filter.currentData() == "month"
    start, end = period_range("month", visits.today)
    shown = [visits.proxy.row_at(r) for r in range(visits.proxy.rowCount())]
    assert all(start <= r.visit_date <= end for r in shown)


def test_a_bar_opens_its_village_and_the_list_copies(qtbot, make_launcher: MakeLauncher, demo_dir: Path) -> None:
    window, page = _dashboard(qtbot, make_launcher, demo_dir)
    lowest = page.data.villages[0]
    assert page.village_chart.labels[-1] == lowest.name  # drawn at the top
    villages = window.page("desa")
    with qtbot.waitSignal(villages.village_shown, timeout=60_000) as shown:
        page.village_chart._on_bar_clicked(len(page.village_chart.village_ids) - 1)
    assert window.current_page() is villages and shown.args == [lowest.village_id]
    assert villages.detail.name == lowest.name

    window.show_page("dasbor")
    page.search.setText("bihara")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=3000)
    page.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:2] == ["Kode desa", "Desa"]
    assert sorted(line.split("\t")[1] for line in lines[1:]) == ["Bihara", "Bihara Hilir"]


def test_an_empty_replica_shows_a_message_not_empty_charts(qtbot, make_launcher: MakeLauncher,
                                                           master_dir: Path) -> None:
    _window, page = _dashboard(qtbot, make_launcher, master_dir)
    assert page.charts is None and page.chart_area.currentWidget() is page.chart_message
    assert "Belum ada kunjungan" in page.chart_message.text()
    assert page.model.rowCount() == 23
