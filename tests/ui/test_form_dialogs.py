"""The small forms (a pendamping, a staff profile, a village official, a regulation) are
filled in from the keyboard: the first field has the focus when the form opens, Tab runs
down the fields in the order they are shown and only then reaches *Simpan* and *Batal*.
(They opened with the focus on *Simpan*: a name typed went nowhere and the space in it
saved an empty form.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLayout, QWidget

from perut_desktop.ui.dialogs.form import FormDialog
from perut_desktop.ui.dialogs.people_forms import OfficerDialog, StaffDialog
from perut_desktop.ui.dialogs.village_records import OfficialDialog, RegulationDialog

FORMS: dict[str, Callable[[], FormDialog]] = {
    "officer": lambda: OfficerDialog(None, [("v1", "Bihara"), ("v2", "Pematang")]),
    "staff": lambda: StaffDialog(None),
    "official": lambda: OfficialDialog(None),
    "regulation": lambda: RegulationDialog(None),
}


def _focusable(item_widget: QWidget | None, layout: QLayout | None) -> list[QWidget]:
    """The widgets of one form row that take the keyboard focus, left to right."""
    found: list[QWidget] = []
    if item_widget is not None:
        candidates = [item_widget, *item_widget.findChildren(QWidget)]
    else:
        candidates = [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget()]
    for widget in candidates:
        dialog = widget.window()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled() \
                and widget.focusProxy() is None and not found_inside(widget, found) \
                and isinstance(dialog, FormDialog):  # not a combo box's list, which is its own window
            found.append(widget)
    return found


def found_inside(widget: QWidget, found: list[QWidget]) -> bool:
    return any(other.isAncestorOf(widget) for other in found)


def _fields_on_screen(form: QFormLayout) -> list[QWidget]:
    fields: list[QWidget] = []
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is not None:
                fields += _focusable(item.widget(), item.layout())
    return fields


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_form_starts_at_its_first_field_and_tabs_down_to_its_buttons(qtbot, name: str) -> None:
    dialog = FORMS[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    fields = _fields_on_screen(dialog.form)
    assert QApplication.focusWidget() is fields[0]

    reached = [QApplication.focusWidget()]
    for _ in range(len(fields) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:len(fields)] == fields
    after = reached[len(fields)]
    assert isinstance(after.parentWidget(), QDialogButtonBox), type(after).__name__
    assert {reached[len(fields)], reached[len(fields) + 1]} == set(dialog.buttons.buttons())
