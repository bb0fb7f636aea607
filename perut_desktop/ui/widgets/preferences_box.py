"""This installation's own preferences: the window's language (used from the next start),
the paper and the letterhead logo the printed documents use (kept in the replica's local
settings, never sent to others), and after how many days unsent changes are pointed out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from perut_desktop.ui.editor.base import SaveFailure, guarded
from perut_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_KEY, LANGUAGES
from perut_desktop.ui.pages.sync import DEFAULT_REMIND_DAYS, REMIND_KEY

if TYPE_CHECKING:
    from perut_desktop.services.report_settings import ReportSettings
    from perut_desktop.ui.client import WorkspaceClient
    from perut_desktop.ui.prompts import Prompts

PAPERS = ("A4", "F4")


class PreferencesBox(QGroupBox):
    #: The paper was saved (the :class:`ReportSettings` then held).
    paper_saved = Signal(object)
    #: The logo was set or removed (the :class:`ReportSettings` then held).
    logo_saved = Signal(object)

    def __init__(self, client: WorkspaceClient, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.setTitle(self.tr("Language, printing and reminder"))
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
        self.logo = QLabel()
        self.logo.setWordWrap(True)
        self.logo_button = QPushButton(self.tr("&Choose logo…"))
        self.logo_button.setAccessibleName(self.tr("Choose the letterhead logo"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Re&move logo"))
        self.remove_logo_button.setAccessibleName(self.tr("Remove the letterhead logo"))
        self.remove_logo_button.clicked.connect(lambda: self._save_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
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
        form.addRow(self.tr("Letterhead logo:"), logo_row)
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
        self._show_logo(report)
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

    def _show_logo(self, report: ReportSettings) -> None:
        if report.logo_path is not None:
            self.logo.setText(report.logo_path.name)
        elif report.logo_missing:
            self.logo.setText(self.tr("The logo's copy is gone; documents print without it."))
        else:
            self.logo.setText(self.tr("None"))
        self.remove_logo_button.setEnabled(report.logo_path is not None or report.logo_missing)

    def choose_logo(self) -> None:
        path = self.prompts.open_file(self, self.tr("Letterhead logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path is not None:
            self._save_logo(path)

    def _save_logo(self, path: Path | None) -> None:
        from perut_desktop.services.report_settings import update_report_settings

        call = guarded(update_report_settings, self.client.data_dir, logo=path, remove_logo=path is None)
        self.client.change(call, label=self.tr("Saving the logo"), owner=self, initiator=self,
                           on_done=self._on_logo_saved)

    def _on_logo_saved(self, result: Any) -> None:
        if isinstance(result, SaveFailure):
            self.logo.setText(result.message)
            return
        self._show_logo(result)
        self.logo_saved.emit(result)
