"""This installation's own preferences: the window's language (used from the next start),
the paper the printed documents use (kept in the replica's local settings, never sent to
others), and after how many days unsent changes are pointed out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from perut_desktop.ui.editor.base import SaveFailure, guarded
from perut_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_KEY, LANGUAGES
from perut_desktop.ui.pages.sync import DEFAULT_REMIND_DAYS, REMIND_KEY

if TYPE_CHECKING:
    from perut_desktop.services.report_settings import ReportSettings
    from perut_desktop.ui.client import WorkspaceClient

PAPERS = ("A4", "F4")


class PreferencesBox(QGroupBox):
    #: The paper was saved (the :class:`ReportSettings` then held).
    paper_saved = Signal(object)

    def __init__(self, client: WorkspaceClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Language, paper and reminder"))
        self.client = client
        self.settings: QSettings | None = None
        self.running_language = DEFAULT_LANGUAGE
        self._paper = ""
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the window"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper of the printed documents"))
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("Folio (F4)"), "F4")
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        self.paper_result = QLabel()
        self.paper_result.setWordWrap(True)
        self.remind_days = QSpinBox()
        self.remind_days.setAccessibleName(self.tr("Days before unsent changes are pointed out"))
        self.remind_days.setRange(1, 90)
        self.remind_days.setSuffix(self.tr(" days"))
        self.remind_days.valueChanged.connect(self._on_remind_days_changed)
        self.paper_result.hide()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.language_note)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.paper_result)
        form.addRow(self.tr("&Remind of unsent changes after:"), self.remind_days)

    def use_settings(self, settings: QSettings, running_language: str) -> None:
        """Show the preferences kept in ``settings``; ``running_language``: the window's now."""
        self.settings = settings
        self.running_language = running_language
        saved = settings.value(LANGUAGE_KEY)
        chosen = saved if saved in LANGUAGES else running_language
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language.blockSignals(False)
        self._show_language_note()
        try:
            days = int(settings.value(REMIND_KEY, DEFAULT_REMIND_DAYS))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            days = DEFAULT_REMIND_DAYS
        self.remind_days.blockSignals(True)
        self.remind_days.setValue(max(1, days))
        self.remind_days.blockSignals(False)

    def set_report_settings(self, report: ReportSettings) -> None:
        self._paper = report.paper
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(max(self.paper.findData(report.paper), 0))
        self.paper.blockSignals(False)

    def _on_language_changed(self) -> None:
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
            self.settings.sync()
        self._show_language_note()

    def _show_language_note(self) -> None:
        if self.language.currentData() == self.running_language:
            self.language_note.setText(self.tr("The window shows this language."))
        else:
            self.language_note.setText(self.tr("Saved: the window uses this language from the next time PERUT "
                                               "starts."))

    def _on_remind_days_changed(self, days: int) -> None:
        if self.settings is not None:
            self.settings.setValue(REMIND_KEY, days)
            self.settings.sync()

    def _on_paper_changed(self) -> None:
        paper = str(self.paper.currentData())
        if paper == self._paper:
            return
        from perut_desktop.services.report_settings import update_report_settings

        self.client.change(guarded(update_report_settings, self.client.data_dir, paper=paper),
                           label=self.tr("Saving the paper size"), owner=self, initiator=self,
                           on_done=self._on_paper_saved)

    def _on_paper_saved(self, result: Any) -> None:
        self.paper_result.show()
        if isinstance(result, SaveFailure):
            self.paper_result.setText(result.message)
            self.paper.blockSignals(True)
            self.paper.setCurrentIndex(max(self.paper.findData(self._paper), 0))
            self.paper.blockSignals(False)
            return
        self._paper = result.paper
        self.paper_result.setText(self.tr("Documents are printed on {paper} unless chosen otherwise on the "
                                          "Reports page.").format(paper=self.paper.currentText()))
        self.paper_saved.emit(result)
