"""The size floor of the build: a bare PySide6 window with a QtCharts chart, nothing of PERUT.
scripts/build.sh freezes it with installer/bare.spec (the same exclusions as perut.spec) and
compares the two folders."""

import sys

from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
bars = QBarSet("kunjungan")
bars.append([3, 5, 2])
series = QBarSeries()
series.append(bars)
chart = QChart()
chart.addSeries(series)
window.setCentralWidget(QChartView(chart))
window.show()
if "--quit" in sys.argv:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
