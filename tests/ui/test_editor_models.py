"""The item models of *Tindak Lanjut* and *Lampiran* over rows made here (no database):
Qt's model checks, the age and overdue marking, and thumbnails kept across reloads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage

from perut_desktop.services.visits import AttachmentInfo, FollowUpInfo, ProgressInfo
from perut_desktop.ui.models.attachment_grid import AttachmentGridModel, size_text
from perut_desktop.ui.models.follow_up_table import (
    OVERDUE_COLOUR,
    EarlierFollowUpTableModel,
    FollowUpTableModel,
    earlier_rows,
)

VISIT_DAY = dt.date(2026, 11, 20)


def _follow_up(fid: str, created: dt.date, due: dt.date) -> FollowUpInfo:
    return FollowUpInfo(fid, "v0", created, f"Tugas {fid}", "Sekdes", due, "belum", "", None)


def test_earlier_follow_ups_have_their_age_and_overdue_marked_unless_closed_here(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    late = _follow_up("a", dt.date(2026, 9, 11), dt.date(2026, 10, 11))
    closed = _follow_up("b", dt.date(2026, 9, 11), dt.date(2026, 10, 11))
    still = _follow_up("c", dt.date(2026, 10, 20), dt.date(2026, 11, 3))
    on_time = _follow_up("d", dt.date(2026, 11, 5), dt.date(2026, 12, 5))
    progress = [ProgressInfo("p1", "b", "Tugas b", "selesai", "Sudah", VISIT_DAY),
                ProgressInfo("p2", "c", "Tugas c", "belum", "Masih proses", VISIT_DAY)]
    model = EarlierFollowUpTableModel()
    model.set_rows(earlier_rows([late, closed, still, on_time], progress, VISIT_DAY))
    qtmodeltester.check(model)
    assert [(r.age_days, r.overdue_days) for r in model.rows] == [(70, 40), (70, 0), (31, 17), (15, 0)]

    def cell(row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row, column).data(role)

    assert cell(0, model.AGE) == "70"
    assert cell(0, model.DUE) == "11 Okt 2026 (overdue)"  # English source; Indonesian in the tab tests
    assert cell(0, model.DUE, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert cell(1, model.DUE) == "11 Okt 2026" and cell(1, model.DUE, Qt.ItemDataRole.ForegroundRole) is None
    assert (cell(1, model.PROGRESS), cell(1, model.NOTE)) == ("Done", "Sudah")
    assert (cell(2, model.PROGRESS), cell(2, model.NOTE)) == ("Not done yet", "Masih proses")
    assert cell(3, model.PROGRESS) == "Not recorded"
    assert model.row_of("c") == 2 and model.row_of("zz") is None


def test_own_follow_ups_table(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = FollowUpTableModel()
    model.set_rows([_follow_up("a", VISIT_DAY, dt.date(2026, 12, 20))])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == ["Tugas a", "Sekdes", "20 Des 2026"]


def test_attachment_grid_keeps_thumbnails_by_file_and_marks_missing_ones(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    photo = AttachmentInfo("1", "a" * 64, "buku-kas.jpg", "image/jpeg", 245_000, "Buku kas umum", "visit", "v")
    same_file = AttachmentInfo("2", "a" * 64, "buku-kas-2.jpg", "image/jpeg", 245_000, "", "visit", "v")
    absent = AttachmentInfo("3", "b" * 64, "rapat.jpg", "image/jpeg", 3_500_000, "", "visit", "v")
    scan = AttachmentInfo("4", "c" * 64, "notulen.pdf", "application/pdf", 800, "", "visit", "v")
    model = AttachmentGridModel(QIcon(), QIcon())
    model.set_rows([photo, same_file, absent, scan])
    qtmodeltester.check(model)
    assert [a.id for a in model.needs_thumbnail()] == ["1", "3"]  # one per stored file, images only
    image = QImage(160, 90, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    model.set_thumbnail("a" * 64, image)
    model.set_thumbnail("b" * 64, None)
    assert model.needs_thumbnail() == []
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole).actualSize(model.icon_size()).height() == 160
    assert "not on this computer" in model.index(2).data(Qt.ItemDataRole.ToolTipRole)
    assert [model.index(n).data() for n in range(4)] == ["Buku kas umum", "buku-kas-2.jpg", "rapat.jpg",
                                                        "notulen.pdf"]
    model.set_rows([same_file])  # a reload keeps what was made
    assert model.has_thumbnail("a" * 64) and model.needs_thumbnail() == []
    assert (size_text(800), size_text(245_000), size_text(3_500_000)) == ("1 KB", "239 KB", "3,3 MB")
