"""A field that cannot be typed in does not look like one: read-only fields take the
window's background instead of the white of an entry field, and a disabled field keeps the
grey of a disabled one (the palette's Disabled group is left as the style has it)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def set_read_only(field: QWidget, read_only: bool) -> None:
    """``field.setReadOnly(read_only)`` and the background that says so."""
    field.setReadOnly(read_only)  # type: ignore[attr-defined]
    palette = field.palette()
    source = field.parentWidget().palette() if field.parentWidget() is not None else palette
    role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, source.color(group, role))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base,
                     source.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base))
    field.setPalette(palette)
