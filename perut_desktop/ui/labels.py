"""Words for the domain's enums in the window: the one place a member becomes text.

Data transfer objects carry :mod:`perut_desktop.enums` members; widgets and models ask
here for their text in the current UI language (English sources, Indonesian in
``perut_id.ts``). Printed documents and the CLI use the enums' own ``label`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from perut_desktop.enums import (
    ApbdesEvaluator,
    AttendeeGroup,
    Delivery,
    FollowUpStatus,
    HeadLeftReason,
    ResultStatus,
    Role,
    SignatoryTitle,
    VerificationCheck,
    VisitStatus,
)

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


_EVALUATOR_TEXTS: dict[ApbdesEvaluator, str] = {
    ApbdesEvaluator.BUPATI: QT_TRANSLATE_NOOP("Labels", "The Bupati"),
    ApbdesEvaluator.CAMAT: QT_TRANSLATE_NOOP("Labels", "The Camat, by delegation of the Bupati"),
}


def apbdes_evaluator_text(evaluator: ApbdesEvaluator) -> str:
    """Who evaluates the draft APB Desa ("Bupati" / "Camat, atas pelimpahan Bupati")."""
    return QCoreApplication.translate(_CONTEXT, _EVALUATOR_TEXTS[evaluator])


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


_NOT_RECORDED = QT_TRANSLATE_NOOP("Labels", "Not recorded")
_FOLLOW_UP_STATUS_TEXTS: dict[FollowUpStatus, str] = {
    FollowUpStatus.SELESAI: QT_TRANSLATE_NOOP("Labels", "Done"),
    FollowUpStatus.BELUM: QT_TRANSLATE_NOOP("Labels", "Not done yet"),
    FollowUpStatus.DIBATALKAN: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}


def follow_up_status_text(status: FollowUpStatus | None) -> str:
    """A follow-up's progress ("Selesai", "Belum selesai", "Dibatalkan"); "Belum dicatat"
    when a visit recorded none."""
    if status is None:
        return QCoreApplication.translate(_CONTEXT, _NOT_RECORDED)
    return QCoreApplication.translate(_CONTEXT, _FOLLOW_UP_STATUS_TEXTS[status])


_GROUP_TEXTS: dict[AttendeeGroup, str] = {
    AttendeeGroup.PEMDES: QT_TRANSLATE_NOOP("Labels", "Village government"),
    AttendeeGroup.BPD: QT_TRANSLATE_NOOP("Labels", "BPD"),
    AttendeeGroup.LKD: QT_TRANSLATE_NOOP("Labels", "LKD"),
    AttendeeGroup.MASYARAKAT: QT_TRANSLATE_NOOP("Labels", "Community"),
    AttendeeGroup.KECAMATAN: QT_TRANSLATE_NOOP("Labels", "Kecamatan"),
    AttendeeGroup.LAINNYA: QT_TRANSLATE_NOOP("Labels", "Others"),
}


def attendee_group_text(group: AttendeeGroup) -> str:
    """An attendee's group ("Pemerintah Desa", "BPD", ...)."""
    return QCoreApplication.translate(_CONTEXT, _GROUP_TEXTS[group])


_CHECK_TEXTS: dict[VerificationCheck, str] = {
    VerificationCheck.KELENGKAPAN: QT_TRANSLATE_NOOP(
        "Labels", "Complete documents: report, attendance list, minutes and supporting evidence"),
    VerificationCheck.VALIDITAS: QT_TRANSLATE_NOOP(
        "Labels", "Valid data: participants, schedule, topics and results match the facts"),
    VerificationCheck.KESESUAIAN: QT_TRANSLATE_NOOP(
        "Labels", "In line with the work plan and the guidelines, including how often visits are made"),
    VerificationCheck.KUALITAS: QT_TRANSLATE_NOOP(
        "Labels", "Quality of the report: content, format and plain language"),
    VerificationCheck.KONSISTENSI: QT_TRANSLATE_NOOP(
        "Labels", "Consistent with earlier reports and their follow-ups"),
}


def verification_check_text(check: VerificationCheck) -> str:
    """A point of the reviewer's checklist (Pedoman B.3)."""
    return QCoreApplication.translate(_CONTEXT, _CHECK_TEXTS[check])


_TITLE_TEXTS: dict[SignatoryTitle, str] = {
    SignatoryTitle.CAMAT: QT_TRANSLATE_NOOP("Labels", "Camat"),
    SignatoryTitle.PLT: QT_TRANSLATE_NOOP("Labels", "Acting Camat (Plt.)"),
    SignatoryTitle.AN: QT_TRANSLATE_NOOP("Labels", "On behalf of the Camat (a.n.)"),
}


def signatory_title_text(title: SignatoryTitle) -> str:
    """How an approval is signed: "Camat", "Plt. Camat", "a.n. Camat"."""
    return QCoreApplication.translate(_CONTEXT, _TITLE_TEXTS[title])


_TABLE_TEXTS: dict[str, str] = {
    "subdistrict": QT_TRANSLATE_NOOP("Labels", "kecamatan data"),
    "village": QT_TRANSLATE_NOOP("Labels", "villages"),
    "village_profile": QT_TRANSLATE_NOOP("Labels", "village profiles"),
    "village_official": QT_TRANSLATE_NOOP("Labels", "village officials"),
    "village_regulation": QT_TRANSLATE_NOOP("Labels", "village regulations"),
    "officer": QT_TRANSLATE_NOOP("Labels", "officers"),
    "officer_assignment": QT_TRANSLATE_NOOP("Labels", "officer assignments"),
    "device": QT_TRANSLATE_NOOP("Labels", "devices"),
    "user_profile": QT_TRANSLATE_NOOP("Labels", "office staff"),
    "checklist_template": QT_TRANSLATE_NOOP("Labels", "checklists"),
    "checklist_item": QT_TRANSLATE_NOOP("Labels", "checklist books"),
    "schedule_entry": QT_TRANSLATE_NOOP("Labels", "schedule entries"),
    "review": QT_TRANSLATE_NOOP("Labels", "reviews"),
    "visit": QT_TRANSLATE_NOOP("Labels", "visits"),
    "visit_status_event": QT_TRANSLATE_NOOP("Labels", "status changes"),
    "checklist_result": QT_TRANSLATE_NOOP("Labels", "book results"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "attendance entries"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "minutes"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "follow-ups"),
    "follow_up_update": QT_TRANSLATE_NOOP("Labels", "follow-up progress"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "attachments"),
    "conflict": QT_TRANSLATE_NOOP("Labels", "conflicts"),
}


def table_text(table: str) -> str:
    """A kind of record, as counted in a bundle ("kunjungan", "hasil pemeriksaan buku")."""
    text = _TABLE_TEXTS.get(table)
    return QCoreApplication.translate(_CONTEXT, text) if text else table


def counts_text(counts: dict[str, int]) -> str:
    """"3 visits, 45 book results" in the window's language; "–" when empty."""
    parts = [f"{n} {table_text(name)}" for name, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n]
    return ", ".join(parts) if parts else NO_VALUE


_HEAD_LEFT_TEXTS: dict[HeadLeftReason, str] = {
    HeadLeftReason.BERAKHIR_MASA_JABATAN: QT_TRANSLATE_NOOP("Labels", "Term ended"),
    HeadLeftReason.MENINGGAL_DUNIA: QT_TRANSLATE_NOOP("Labels", "Died in office"),
    HeadLeftReason.PERMINTAAN_SENDIRI: QT_TRANSLATE_NOOP("Labels", "Resigned"),
    HeadLeftReason.DIBERHENTIKAN: QT_TRANSLATE_NOOP("Labels", "Dismissed"),
}


def head_left_text(reason: str | None) -> str:
    """Why the last Kepala Desa left office ("Meninggal dunia", ...); "–" when not recorded."""
    if not reason:
        return NO_VALUE
    return QCoreApplication.translate(_CONTEXT, _HEAD_LEFT_TEXTS[HeadLeftReason(reason)])
