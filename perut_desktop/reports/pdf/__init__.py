"""PDF documents of PERUT: blank checklist, daftar hadir and the visit report.

Each builder takes a frozen view model from :mod:`.viewmodels` (filled by the services),
writes the file and returns its page count::

    build_checklist_form(data, out_path, paper="A4") -> int
    build_attendance_sheet(data, out_path, paper="A4") -> int
    build_visit_report(data, out_path, paper="A4") -> int

``paper`` is "A4" or "F4" (Folio, 215 × 330 mm).
"""

from perut_desktop.reports.pdf.attendance_sheet import build_attendance_sheet
from perut_desktop.reports.pdf.base import PAPER_SIZES, page_size, register_fonts
from perut_desktop.reports.pdf.checklist_form import build_checklist_form
from perut_desktop.reports.pdf.viewmodels import (
    Approval,
    AttachmentItem,
    AttendanceSheetData,
    Attendee,
    BookResult,
    ChecklistBook,
    ChecklistCategory,
    ChecklistFormData,
    ComplianceNote,
    FollowUpItem,
    Letterhead,
    MinutesData,
    ResultCategory,
    ReviewNote,
    Signatory,
    StatusEvent,
    VisitReportData,
)
from perut_desktop.reports.pdf.visit_report import build_visit_report

__all__ = [
    "PAPER_SIZES",
    "Approval",
    "AttachmentItem",
    "AttendanceSheetData",
    "Attendee",
    "BookResult",
    "ChecklistBook",
    "ChecklistCategory",
    "ChecklistFormData",
    "ComplianceNote",
    "FollowUpItem",
    "Letterhead",
    "MinutesData",
    "ResultCategory",
    "ReviewNote",
    "Signatory",
    "StatusEvent",
    "VisitReportData",
    "build_attendance_sheet",
    "build_checklist_form",
    "build_visit_report",
    "page_size",
    "register_fonts",
]
