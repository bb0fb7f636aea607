"""A date field in Indonesian ("3 Desember 2026") with a calendar, never past its latest
allowed day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from perut_desktop.ui.i18n import DATE_LOCALE


class IndonesianDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(DATE_LOCALE)
        self.setDisplayFormat("d MMMM yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(2000, 1, 1))

    def set_day(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def set_latest(self, day: dt.date) -> None:
        self.setMaximumDate(QDate(day.year, day.month, day.day))

    def day(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())
