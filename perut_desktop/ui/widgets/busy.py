"""A page's own busy indicator: a thin running bar with a word, shown while it loads."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Loading"))
        self.label = QLabel(self.tr("Loading…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.hide()

    def start(self) -> None:
        self.show()

    def stop(self) -> None:
        self.hide()
