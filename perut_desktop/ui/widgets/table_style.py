"""The look every table of the window shares (:func:`style_table`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def style_table(table: QTableView, stretch: int | None = None) -> None:
    """Read-only rows, whole-row selection, columns as wide as their contents (measured on
    the rows in view only, so ten thousand rows cost nothing); the ``stretch`` column, or
    else the last, takes the rest of the width, never narrower than its heading. Nothing is
    cut short: a table too wide for the window scrolls."""
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
        if table.model() is not None:
            # a stretched column in a narrow window (150 %) keeps at least its heading's
            # width; the other columns are as wide as their contents anyway
            header.setMinimumSectionSize(max(header.minimumSectionSize(), header.sectionSizeHint(stretch)))
    header.setHighlightSections(False)


class _SpareWidth(QObject):
    """Keeps one column as wide as its contents plus whatever width the others leave."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self.table, self.column = table, column
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._on_section_resized)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self.column:
            self.fit()

    def fit(self, *_args: object) -> None:
        table, header = self.table, self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        own = max(table.sizeHintForColumn(self.column), header.sectionSizeHint(self.column))
        width = max(own, table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)


def give_spare_width(table: QTableView, column: int) -> None:
    """After :func:`style_table`: ``column`` takes the width the others leave (so the last
    column stands beside its row), and never less than its contents: in a narrow window
    (150 %) the table scrolls rather than cutting the names short."""
    _SpareWidth(table, column)
