"""The look every table of the window shares (:func:`style_table`)."""

from __future__ import annotations

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
