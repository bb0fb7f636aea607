"""*Lampiran* as a grid: one item per attachment with its thumbnail (made off the UI
thread and handed in by :meth:`AttachmentGridModel.set_thumbnail`) and its caption."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from perut_desktop.ui.models.common import ROW_ROLE, Index

if TYPE_CHECKING:
    from perut_desktop.services.visits import AttachmentInfo

#: The longest side of a thumbnail, in logical pixels.
THUMBNAIL_SIDE = 160


def size_text(size: int) -> str:
    """"245 KB", "3,2 MB" (Indonesian decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1048576:.1f} MB".replace(".", ",")


def _square(image: QImage) -> QPixmap:
    """The thumbnail centred on a square, so that portrait and landscape photos take the
    same place in the grid (and the captions under them line up)."""
    side = max(THUMBNAIL_SIDE, image.width(), image.height())
    canvas = QPixmap(side, side)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.drawImage((side - image.width()) // 2, (side - image.height()) // 2, image)
    painter.end()
    return canvas


class AttachmentGridModel(QAbstractListModel):
    """Attachments as icons: the thumbnail, or the file's kind until it comes (or when the
    file is not on this computer)."""

    def __init__(self, placeholder: QIcon, missing: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentInfo] = []
        self._thumbnails: dict[str, QIcon] = {}  # by SHA-256: kept across reloads
        self._missing: set[str] = set()
        self._placeholder = placeholder
        self._missing_icon = missing

    def set_rows(self, rows: Sequence[AttachmentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[AttachmentInfo]:
        return self._rows

    def row_at(self, row: int) -> AttachmentInfo:
        return self._rows[row]

    def row_of(self, attachment_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == attachment_id), None)

    def needs_thumbnail(self) -> list[AttachmentInfo]:
        """The images whose thumbnail has not been made yet (one per stored file)."""
        seen: set[str] = set()
        out = []
        for r in self._rows:
            if (r.media_type.startswith("image/") and r.sha256 not in self._thumbnails
                    and r.sha256 not in self._missing and r.sha256 not in seen):
                seen.add(r.sha256)
                out.append(r)
        return out

    def has_thumbnail(self, sha256: str) -> bool:
        return sha256 in self._thumbnails

    def set_thumbnail(self, sha256: str, image: QImage | None) -> None:
        """The thumbnail of a stored file; ``None``: the file is not on this computer."""
        if image is None or image.isNull():
            self._missing.add(sha256)
        else:
            self._thumbnails[sha256] = QIcon(_square(image))
        for n, r in enumerate(self._rows):
            if r.sha256 == sha256:
                index = self.index(n)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.caption or row.filename
        if role == Qt.ItemDataRole.DecorationRole:
            if row.sha256 in self._missing:
                return self._missing_icon
            return self._thumbnails.get(row.sha256, self._placeholder)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.filename, size_text(row.size)]
            if row.caption:
                lines.insert(0, row.caption)
            if row.sha256 in self._missing:
                lines.append(QCoreApplication.translate("AttachmentGridModel",
                                                        "The file is not on this computer yet."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.caption or row.filename
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def icon_size() -> QSize:
        return QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
