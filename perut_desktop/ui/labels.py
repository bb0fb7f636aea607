"""Words for the domain's enums in the window: the one place a member becomes text.

Data transfer objects carry :mod:`perut_desktop.enums` members; widgets and models ask
here for their text in the current UI language (English sources, Indonesian in
``perut_id.ts``). Printed documents and the CLI use the enums' own ``label`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from perut_desktop.enums import Delivery, ResultStatus, Role, SignatoryTitle, VisitStatus

_CONTEXT = "Labels"

# Shown where a value is missing (no visit yet, no score).
NO_VALUE = "–"

_ROLE_TEXTS: dict[Role, str] = {
    Role.MASTER: QT_TRANSLATE_NOOP("Labels", "Master"),
    Role.FIELD: QT_TRANSLATE_NOOP("Labels", "Field"),
}

_VISIT_STATUS_TEXTS: dict[VisitStatus, str] = {
    VisitStatus.DRAF: QT_TRANSLATE_NOOP("Labels", "Draft"),
    VisitStatus.DIAJUKAN: QT_TRANSLATE_NOOP("Labels", "Submitted"),
    VisitStatus.DIVERIFIKASI: QT_TRANSLATE_NOOP("Labels", "Verified"),
    VisitStatus.DISETUJUI: QT_TRANSLATE_NOOP("Labels", "Approved"),
    VisitStatus.DIKEMBALIKAN: QT_TRANSLATE_NOOP("Labels", "Returned"),
}


_DELIVERY_TEXTS: dict[Delivery, str] = {
    Delivery.UNSENT: QT_TRANSLATE_NOOP("Labels", "Not sent"),
    Delivery.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
    Delivery.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "At the office"),
}


def delivery_text(delivery: Delivery) -> str:
    """Whether the office has a visit: "Belum dikirim", "Terkirim", "Di kantor"."""
    return QCoreApplication.translate(_CONTEXT, _DELIVERY_TEXTS[delivery])


def role_text(role: Role) -> str:
    """The installation's role ("Master" / "Lapangan")."""
    return QCoreApplication.translate(_CONTEXT, _ROLE_TEXTS[role])


def visit_status_text(status: VisitStatus | None) -> str:
    """A visit's status ("Draf", "Disetujui", ...); :data:`NO_VALUE` for no visit."""
    if status is None:
        return NO_VALUE
    return QCoreApplication.translate(_CONTEXT, _VISIT_STATUS_TEXTS[status])


_RESULT_TEXTS: dict[ResultStatus, str] = {
    ResultStatus.LENGKAP: QT_TRANSLATE_NOOP("Labels", "Present, complete"),
    ResultStatus.BELUM_LENGKAP: QT_TRANSLATE_NOOP("Labels", "Present, incomplete or not up to date"),
    ResultStatus.TIDAK_ADA: QT_TRANSLATE_NOOP("Labels", "Missing"),
    ResultStatus.TIDAK_BERLAKU: QT_TRANSLATE_NOOP("Labels", "Not applicable"),
}


def result_status_text(status: ResultStatus | None) -> str:
    """A book's state at a visit ("Ada, lengkap", ...); "Belum diperiksa" when unchecked."""
    if status is None:
        return QCoreApplication.translate(_CONTEXT, "Not checked")
    return QCoreApplication.translate(_CONTEXT, _RESULT_TEXTS[status])


_NOT_CHECKED = QT_TRANSLATE_NOOP("Labels", "Not checked")


_SIGNATORY_TITLE_TEXTS: dict[SignatoryTitle, str] = {
    SignatoryTitle.CAMAT: QT_TRANSLATE_NOOP("Labels", "Camat"),
    SignatoryTitle.PLT: QT_TRANSLATE_NOOP("Labels", "Acting Camat (Plt.)"),
    SignatoryTitle.AN: QT_TRANSLATE_NOOP("Labels", "On behalf of the Camat (a.n.)"),
}


def signatory_title_text(title: SignatoryTitle) -> str:
    """How an approval is signed: "Camat", "Plt. Camat", "a.n. Camat"."""
    return QCoreApplication.translate(_CONTEXT, _SIGNATORY_TITLE_TEXTS[title])
