"""The printed documents of a replica: the services gather, the view models carry, the
PDF builders draw.

Each function here frames one unit of work to read what its document needs
(:mod:`perut_desktop.services.report_data`), maps it to the frozen view models of
:mod:`.pdf`, and writes the file atomically (a temporary name in the same folder, then a
rename), so a failure never leaves half a PDF. An output that cannot be written is refused
before any work with :class:`InputRejected` (exit 3), an unknown village or visit too.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from perut_desktop.db import Replica
from perut_desktop.errors import Hint, InputRejected, UsageError
from perut_desktop.enums import EDITABLE_STATUSES, VisitStatus
from perut_desktop.paths import fit_in_folder, safe_file_name
from perut_desktop.reports.output import cannot_write, check_output_path, check_writable, unused_name
from perut_desktop.reports.pdf import (
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
    build_attendance_sheet,
    build_checklist_form,
    build_visit_report,
)
from perut_desktop.reports.pdf.base import format_long_date
from perut_desktop.services import report_data as rd
from perut_desktop.services import report_settings, villages
from perut_desktop.services.compliance import Finding
from perut_desktop.services.setup import SubdistrictInfo
from perut_desktop.services.visits import FollowUpInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ProgressFn = Callable[[int, int, str], None]

ATTENDANCE_EVENT = "Pendampingan Rutin Administrasi Desa"
#: Blank rows after the officials on a daftar hadir: community members, guests.
ATTENDANCE_EMPTY_ROWS = 10


@dataclass(frozen=True)
class WrittenDocument:
    """A PDF that was written: where, how many pages, on which paper, and what it is."""

    path: Path
    pages: int
    paper: str
    title: str


# --- output paths ------------------------------------------------------------------------------


def _cannot_write(path: Path, exc: OSError) -> InputRejected:
    return cannot_write(path, exc)


def _probe(folder: Path, shown: Path) -> None:
    """Refuse ``folder`` (named as ``shown``) when no file can be written in it."""
    check_writable(unused_name(folder, "perut"), shown)


def check_output(out: Path) -> None:
    """Refuse an output file that cannot be written, before any work is done."""
    check_output_path(out)
    if out.is_dir():
        raise InputRejected(f"{out} adalah folder; sebutkan nama berkas, mis. {out / 'laporan.pdf'}.")
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"Berkas keluaran harus berakhiran .pdf (bukan '{out.name}').")
    if not out.parent.is_dir():
        raise InputRejected(f"Folder {out.parent} tidak ada; berkas PDF tidak dibuat.")
    _probe(out.parent, out)


def check_output_dir(folder: Path) -> None:
    """Refuse an output folder that does not exist or cannot be written."""
    if not folder.is_dir():
        what = "adalah berkas, bukan folder" if folder.exists() else "tidak ada"
        raise InputRejected(f"Folder {folder} {what}; buat foldernya dahulu. Tidak ada berkas yang dibuat.")
    if fit_in_folder(folder, checklist_filename("63.11.03.2001", "desa")) is None:
        raise InputRejected(f"Jalur folder {folder} terlalu panjang untuk nama berkas di dalamnya (Windows membatasi "
                            "jalur 260 karakter); pilih folder yang lebih dekat ke pangkal drive. Tidak ada berkas "
                            "yang dibuat.", hint=Hint.CHOOSE_OTHER_OUTPUT, record=str(folder))
    _probe(folder, folder)


def _write(build: Callable[[Path], int], out: Path) -> int:
    try:
        return build(out)
    except OSError as exc:
        raise _cannot_write(out, exc) from exc


def checklist_filename(code: str, name: str) -> str:
    """"daftar-periksa-63.11.03.2001-awayan.pdf": sorts by code, readable by name, a name
    Windows holds whatever the village's name and code (a code from a villages file may
    hold ``/`` or ``:``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "desa"
    return safe_file_name(f"daftar-periksa-{code}-{slug}", ".pdf")


# --- shared mapping ----------------------------------------------------------------------------


def letterhead(kecamatan: SubdistrictInfo, logo: Path | None) -> Letterhead:
    """The kop surat of the kecamatan."""
    government = f"Pemerintah Kabupaten {kecamatan.kabupaten}" if kecamatan.kabupaten else "Pemerintah Daerah"
    return Letterhead(government=government, office=f"Kecamatan {kecamatan.name}", address=kecamatan.address,
                      postal_code=kecamatan.postal_code, phone=kecamatan.phone, email=kecamatan.email,
                      logo_path=logo)


def _place(kecamatan: SubdistrictInfo) -> str:
    return kecamatan.city or kecamatan.name


def _officer(person: rd.PersonFacts | None) -> Signatory:
    if person is None:
        return Signatory("Pendamping", "", "")
    return Signatory("Pendamping", person.name, person.nip)


def _head(head: rd.VillageHead) -> Signatory:
    return Signatory(head.title, head.name)


def _follow_up(info: FollowUpInfo) -> FollowUpItem:
    return FollowUpItem(task=info.task, responsible=info.responsible, due_on=info.due_on,
                        created_on=info.visit_date, status=info.status, progress=info.last_note,
                        progress_on=info.last_update_on)


def _settings(session: Session, replica: Replica, paper: str | None) -> tuple[str, Path | None]:
    """The paper (the one asked for, else the replica's setting) and the logo to print."""
    settings = report_settings.report_settings(session, replica.data_dir)
    return (report_settings.normalize_paper(paper) if paper else settings.paper), settings.logo_path


# --- 1. blank checklist -------------------------------------------------------------------------


def checklist_view(facts: rd.ChecklistFormFacts, logo: Path | None = None) -> ChecklistFormData:
    """The view model of one village's blank checklist."""
    categories = tuple(
        ChecklistCategory(c.code, c.name, tuple(ChecklistBook(b.code, b.title, b.guidance) for b in c.books))
        for c in facts.categories)
    return ChecklistFormData(
        letterhead=letterhead(facts.kecamatan, logo), village=facts.village_name, categories=categories,
        officer=_officer(facts.officer), village_head=_head(facts.village_head),
        open_follow_ups=tuple(_follow_up(f) for f in facts.open_follow_ups),
        template_name=facts.template_name, place=facts.village_name,
    )


def checklist_pdf(replica: Replica, village: str, out: Path, paper: str | None = None) -> WrittenDocument:
    """The blank checklist of ``village`` (name, code or other spelling) into ``out``."""
    out = Path(out)
    check_output(out)
    with replica.begin() as s:
        paper, logo = _settings(s, replica, paper)
        facts = rd.checklist_form(s, villages.find_village(s, village).id)
    data = checklist_view(facts, logo)
    pages = _write(lambda path: build_checklist_form(data, path, paper), out)
    return WrittenDocument(out, pages, paper, f"Daftar periksa Desa {facts.village_name}")


def checklist_pdfs_all(replica: Replica, out_dir: Path, paper: str | None = None,
                       progress: ProgressFn | None = None) -> list[WrittenDocument]:
    """The blank checklist of every village into ``out_dir``, one file each
    (:func:`checklist_filename`), from one read of the data."""
    out_dir = Path(out_dir)
    check_output_dir(out_dir)
    with replica.begin() as s:
        paper, logo = _settings(s, replica, paper)
        forms = rd.checklist_forms(s)
    written = []
    for n, facts in enumerate(forms):
        if progress:
            progress(n, len(forms), f"Desa {facts.village_name}")
        name = checklist_filename(facts.village_code, facts.village_name)
        out = fit_in_folder(out_dir, name) or out_dir / name  # check_output_dir made sure it fits
        data = checklist_view(facts, logo)
        pages = _write(lambda path, data=data: build_checklist_form(data, path, paper), out)
        written.append(WrittenDocument(out, pages, paper, f"Daftar periksa Desa {facts.village_name}"))
    if progress:
        progress(len(forms), len(forms), "Selesai")
    return written


# --- 2. attendance sheet ------------------------------------------------------------------------


def attendance_view(facts: rd.AttendanceSheetFacts, logo: Path | None = None) -> AttendanceSheetData:
    """The view model of a village's daftar hadir."""
    return AttendanceSheetData(
        letterhead=letterhead(facts.kecamatan, logo), village=facts.village_name, event=ATTENDANCE_EVENT,
        officer=_officer(facts.officer), date=facts.on, venue=facts.venue,
        attendees=tuple(Attendee(o.name, o.position, o.body, o.gender) for o in facts.officials),
        empty_rows=ATTENDANCE_EMPTY_ROWS, acknowledged_by=_head(facts.village_head), place=facts.village_name,
    )


def attendance_pdf(replica: Replica, village: str, out: Path, on: dt.date | None = None,
                   paper: str | None = None) -> WrittenDocument:
    """The daftar hadir of ``village`` (for the meeting on ``on``, else undated) into ``out``."""
    out = Path(out)
    check_output(out)
    with replica.begin() as s:
        paper, logo = _settings(s, replica, paper)
        facts = rd.attendance_sheet(s, villages.find_village(s, village).id, on)
    data = attendance_view(facts, logo)
    pages = _write(lambda path: build_attendance_sheet(data, path, paper), out)
    return WrittenDocument(out, pages, paper, f"Daftar hadir Desa {facts.village_name}")


# --- 3. visit report ----------------------------------------------------------------------------


def rule_version(finding: Finding) -> str:
    """The provisions a finding applied, short: "7 hari, berlaku sejak 30 Mei 2014"."""
    seen: list[str] = []
    for version in finding.parameters:
        text = f"{version.amount}, berlaku sejak {format_long_date(version.effective_from)}"
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


def _visit_time(facts: rd.VisitReportFacts) -> str:
    if not facts.start_time:
        return ""
    end = f" – {facts.end_time}" if facts.end_time else " – selesai"
    return f"{facts.start_time}{end} {facts.zone.abbreviation}"


def _minutes(facts: rd.VisitReportFacts) -> MinutesData | None:
    m = facts.minutes
    values = (m.chair, m.note_taker, m.opening, m.discussion, m.decisions, m.closing)
    return MinutesData(*values) if any(v.strip() for v in values) else None


def _approval(facts: rd.VisitReportFacts) -> Approval | None:
    a = facts.approval
    if a is None:
        return None
    return Approval(Signatory(a.position, a.name, a.nip), a.approved_on)


def visit_view(facts: rd.VisitReportFacts, logo: Path | None = None) -> VisitReportData:
    """The view model of one visit's Laporan Hasil Pendampingan."""
    categories = tuple(
        ResultCategory(c.code, c.name, tuple(BookResult(r.item_code, r.title, r.status, r.last_entry_on, r.notes)
                                             for r in c.results), c.score)
        for c in facts.categories)
    return VisitReportData(
        letterhead=letterhead(facts.kecamatan, logo), village=facts.visit.village_name,
        visit_date=facts.visit.visit_date, officer=_officer(facts.officer), village_head=_head(facts.village_head),
        camat_title=f"Camat {facts.kecamatan.name}", agenda=facts.visit.agenda, venue=facts.place,
        time=_visit_time(facts), summary=facts.summary, status=facts.visit.status,
        status_history=tuple(StatusEvent(e.at, e.to_status, e.from_status, e.by, e.note) for e in facts.history),
        categories=categories, overall_score=facts.overall_score,
        attendees=tuple(Attendee(a.name, a.position, a.group, a.gender or "") for a in facts.attendees),
        absent_invitees=facts.absent, minutes=_minutes(facts),
        new_follow_ups=tuple(_follow_up(f) for f in facts.new_follow_ups),
        earlier_follow_ups=tuple(_follow_up(f) for f in facts.earlier_follow_ups),
        attachments=tuple(AttachmentItem(a.filename, a.caption, a.path) for a in facts.attachments),
        findings=tuple(ComplianceNote(f.rule_code, f.severity, f.message, f.source, rule_version(f))
                       for f in facts.findings),
        reviews=tuple(ReviewNote(r.at, r.reviewer, r.notes, r.verdict) for r in facts.reviews),
        approval=_approval(facts), template_name=facts.template_name, place=_place(facts.kecamatan),
        report_date=facts.signed_on,
        # The content is final once it has left the laptop's hands; until then: DRAF.
        draft=VisitStatus(facts.visit.status) in EDITABLE_STATUSES,
        time_zone=facts.zone.abbreviation,
    )


def visit_pdf(replica: Replica, visit_id: str, out: Path, paper: str | None = None) -> WrittenDocument:
    """The report of visit ``visit_id`` into ``out``."""
    out = Path(out)
    check_output(out)
    with replica.begin() as s:
        paper, logo = _settings(s, replica, paper)
        facts = rd.visit_report(s, visit_id.strip(), attachments_root=replica.data_dir / "attachments")
    data = visit_view(facts, logo)
    pages = _write(lambda path: build_visit_report(data, path, paper), out)
    day = format_long_date(facts.visit.visit_date)
    return WrittenDocument(out, pages, paper, f"Laporan hasil pendampingan Desa {facts.visit.village_name} {day}")
