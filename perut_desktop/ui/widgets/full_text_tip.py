"""A one-line field too narrow for its text (a long regulation title, an address) shows the
whole text as its tooltip; a text that fits has none."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


class _FullTextTip(QObject):
    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        field.textChanged.connect(self.update)
        field.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.update()
        return False

    def update(self, *_args: object) -> None:
        field = self.field
        text = field.text()
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field).width()
        margins = field.textMargins()
        room -= margins.left() + margins.right() + 4  # the cursor's and the frame's few pixels
        cut = field.echoMode() == QLineEdit.EchoMode.Normal and field.fontMetrics().horizontalAdvance(text) > room
        field.setToolTip(text if cut else "")


def show_full_text_as_tip(field: QLineEdit) -> QLineEdit:
    """Keep ``field``'s tooltip the whole of its text while the text does not fit (as it is
    typed and as the field is resized); returns ``field``."""
    _FullTextTip(field)
    return field
