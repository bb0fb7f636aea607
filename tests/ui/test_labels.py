"""The window's words for the domain enums: every member has one, in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.ui.i18n import install_translators, remove_translators
from perut_desktop.ui.labels import NO_VALUE, role_text, visit_status_text


@pytest.fixture()
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "id")
    yield
    remove_translators(qapp, translators)


def test_indonesian_visit_statuses_are_the_words_of_the_printed_documents(indonesian: None) -> None:
    # DESIGN.md §3: the window and the reports use the same Indonesian terms.
    assert {s: visit_status_text(s) for s in VisitStatus} == {s: s.label for s in VisitStatus}
    assert visit_status_text(None) == NO_VALUE


def test_indonesian_roles(indonesian: None) -> None:
    assert role_text(Role.MASTER) == "Master"
    assert role_text(Role.FIELD) == "Lapangan"


def test_english_words_for_every_member(qapp: QApplication) -> None:
    assert [visit_status_text(s) for s in VisitStatus] == [
        "Draft", "Submitted", "Verified", "Approved", "Returned"]
    assert [role_text(r) for r in Role] == ["Master", "Field"]
