"""What the PDF documents print: plain frozen dataclasses, no database and no Qt.

The services fill these; the builders in this package only read them. Closed value sets
(result status, attendee group, follow-up status, visit status, finding severity) are
given as the same code strings the models use (``"lengkap"``, ``"pemdes"``, ``"belum"``,
``"disetujui"``, ``"pelanggaran"`` …); an unknown string is printed as it is, so a label
may be passed too.

Text fields are plain text: the builders escape them. Multi-line text (notulen, notes)
keeps its line breaks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from perut_desktop.enums import AttendeeGroup, FollowUpStatus, ResultStatus, VisitStatus

# --- closed value sets (codes as stored by the models) ----------------------------------------

#: Result status of one book, in the column order of the checklist.
RESULT_STATUSES: tuple[str, ...] = tuple(s.value for s in ResultStatus)
RESULT_LABELS: dict[str, str] = {s.value: s.label for s in ResultStatus}
#: Attendee groups in the order the recap lists them.
ATTENDEE_GROUPS: tuple[str, ...] = tuple(g.value for g in AttendeeGroup)
GROUP_LABELS: dict[str, str] = {g.value: g.label for g in AttendeeGroup}
FOLLOW_UP_LABELS: dict[str, str] = {f.value: f.label for f in FollowUpStatus}
VISIT_STATUS_LABELS: dict[str, str] = {v.value: v.label for v in VisitStatus}
SEVERITY_LABELS: dict[str, str] = {
    "pelanggaran": "Pelanggaran",
    "peringatan": "Peringatan",
    "informasi": "Informasi",
}


def label(mapping: dict[str, str], code: str | None, empty: str = "–") -> str:
    """The Indonesian label of ``code``; the string itself when it is not a known code."""
    if not code:
        return empty
    return mapping.get(str(code).lower(), str(code))


# --- shared parts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """Kop surat of the kecamatan.

    ``government`` and ``office`` are printed in capitals ("PEMERINTAH KABUPATEN BALANGAN",
    "KECAMATAN AWAYAN"); ``address`` is the street line; the contact line joins phone,
    e-mail and website when given. ``logo_path`` is drawn at the left when it is a readable
    image; otherwise the kop is printed without it.
    """

    government: str
    office: str
    address: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: Path | str | None = None


@dataclass(frozen=True)
class Signatory:
    """One person who signs: jabatan, name and NIP as they are to be printed.

    ``title`` is the jabatan, one line per ``\\n``: "Camat Awayan", "Plt. Camat Awayan",
    "a.n. Camat Awayan\\nSekretaris Kecamatan", "Pj. Kepala Desa Baru", "Pendamping".
    An empty ``name`` leaves a dotted line to write the name by hand. ``nip`` ``None``
    omits the NIP line (a Kepala Desa has none); ``""`` prints "NIP." with a dotted line
    to fill in. ``rank`` (pangkat/golongan, e.g. "Pembina (IV/a)") is printed between
    name and NIP when given.
    """

    title: str
    name: str = ""
    nip: str | None = None
    rank: str = ""

    @property
    def title_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.title.split("\n") if line.strip())


@dataclass(frozen=True)
class FollowUpItem:
    """A tindak lanjut: the task, who is responsible (PJ), by when, and where it stands.

    ``created_on`` is the date of the visit that created it; ``status`` a follow-up status
    code (``"belum"``, ``"selesai"``, ``"dibatalkan"``) — its latest update —, with that
    update's note and date in ``progress`` and ``progress_on``.
    """

    task: str
    responsible: str = ""
    due_on: dt.date | None = None
    created_on: dt.date | None = None
    status: str = "belum"
    progress: str = ""
    progress_on: dt.date | None = None


# --- 1. blank checklist form ------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistBook:
    """One administration book of the template, with the guidance for checking it."""

    code: str
    title: str
    guidance: str = ""


@dataclass(frozen=True)
class ChecklistCategory:
    """A category of books ("A", "Administrasi Umum") in template order."""

    code: str
    name: str
    books: tuple[ChecklistBook, ...]


@dataclass(frozen=True)
class ChecklistFormData:
    """The blank Daftar Periksa Administrasi Desa for one village.

    ``visit_date`` and ``officer`` pre-fill their lines when known; left ``None`` they are
    dotted lines to fill in. ``open_follow_ups`` are the village's follow-ups from earlier
    visits that are still open. ``village_head`` defaults to a blank "Kepala Desa …" block.
    ``place`` is where the form is signed (defaults to the village).
    """

    letterhead: Letterhead
    village: str
    categories: tuple[ChecklistCategory, ...]
    visit_date: dt.date | None = None
    officer: Signatory | None = None
    village_head: Signatory | None = None
    open_follow_ups: tuple[FollowUpItem, ...] = ()
    template_name: str = ""
    place: str = ""
    draft: bool = False


# --- 2. attendance sheet ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    """One person on a daftar hadir. ``group`` is an attendee-group code (``"pemdes"``,
    ``"bpd"``, ``"lkd"``, ``"masyarakat"``, ``"kecamatan"``, ``"lainnya"``); ``gender``
    ``"L"``, ``"P"`` or ``""`` when not recorded."""

    name: str
    position: str = ""
    group: str = "lainnya"
    gender: str = ""


@dataclass(frozen=True)
class AttendanceSheetData:
    """A Daftar Hadir: pre-filled rows for ``attendees`` then ``empty_rows`` blank ones.

    ``date`` ``None`` leaves "Hari/Tanggal" to fill in. ``officer`` signs at the right
    ("[place], [date]" / Pendamping); ``acknowledged_by`` (e.g. the Kepala Desa) adds a
    "Mengetahui," block at the left. ``place`` defaults to the village.
    """

    letterhead: Letterhead
    village: str
    event: str
    officer: Signatory
    date: dt.date | None = None
    time: str = ""
    venue: str = ""
    attendees: tuple[Attendee, ...] = ()
    empty_rows: int = 10
    acknowledged_by: Signatory | None = None
    place: str = ""
    draft: bool = False


# --- 3. visit report --------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusEvent:
    """One change of the visit's status: when (local time), from, to (status codes), by
    whom, why."""

    at: dt.datetime | dt.date
    to_status: str
    from_status: str | None = None
    by: str = ""
    note: str = ""


@dataclass(frozen=True)
class BookResult:
    """The result for one book: ``status`` a result-status code or ``None`` (not checked)."""

    code: str
    title: str
    status: str | None = None
    last_entry_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ResultCategory:
    """The results of one category, in template order, and its completeness score as the
    scores service computed it (``None``: no book applies). The builders never recompute a
    score: there is one formula, in ``services.scores``."""

    code: str
    name: str
    results: tuple[BookResult, ...]
    score: float | None = None


@dataclass(frozen=True)
class MinutesData:
    """Notulen of the meeting held at the visit."""

    chair: str = ""
    note_taker: str = ""
    opening: str = ""
    discussion: str = ""
    decisions: str = ""
    closing: str = ""


@dataclass(frozen=True)
class ComplianceNote:
    """One compliance finding: rule code, severity code, message, legal source, and the
    provision that applied on its date (``rule_version``, e.g. "7 hari, berlaku sejak
    30 Mei 2014"; empty when the rule uses no number)."""

    rule_code: str
    severity: str
    message: str
    source: str = ""
    rule_version: str = ""


@dataclass(frozen=True)
class AttachmentItem:
    """A lampiran. ``path`` is the local file; an image there is shown as a thumbnail."""

    filename: str
    caption: str = ""
    path: Path | str | None = None


@dataclass(frozen=True)
class ReviewNote:
    """A note of the office's verification: when, by whom, the verdict and the notes."""

    at: dt.datetime | dt.date
    reviewer: str
    notes: str
    verdict: str = ""


@dataclass(frozen=True)
class Approval:
    """The Camat's approval: the signatory as recorded at that moment, and its date."""

    signatory: Signatory
    approved_on: dt.date


@dataclass(frozen=True)
class VisitReportData:
    """Everything the Laporan Hasil Pendampingan prints.

    ``status`` is the visit's current status code; ``status_history`` its events, oldest
    first. ``earlier_follow_ups`` are follow-ups of earlier visits, closed or still open,
    with their latest progress. ``attendees`` are those present; ``absent_invitees`` counts
    the invited who did not come. ``officer`` is the pendamping ("Pendamping", name, NIP);
    ``village_head`` the Kepala Desa or Pj. Kepala Desa. Until ``approval`` is given the
    Camat's block shows ``camat_title`` with blank lines for name and NIP, to be signed by
    hand; once approved it prints ``approval.signatory`` as recorded then.
    ``draft`` ``None`` means "a draft until approved". ``place`` is where the pendamping
    signs, on ``report_date`` (default: the visit date) — and where the Camat approves.
    ``overall_score`` is the visit's score from the scores service; ``time_zone`` ("WITA")
    names the zone of the times in the status history.
    """

    letterhead: Letterhead
    village: str
    visit_date: dt.date
    officer: Signatory
    village_head: Signatory
    camat_title: str
    agenda: str = ""
    venue: str = ""
    time: str = ""
    summary: str = ""
    status: str = "draf"
    status_history: tuple[StatusEvent, ...] = ()
    categories: tuple[ResultCategory, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    absent_invitees: int = 0
    minutes: MinutesData | None = None
    new_follow_ups: tuple[FollowUpItem, ...] = ()
    earlier_follow_ups: tuple[FollowUpItem, ...] = ()
    attachments: tuple[AttachmentItem, ...] = ()
    findings: tuple[ComplianceNote, ...] = ()
    reviews: tuple[ReviewNote, ...] = ()
    approval: Approval | None = None
    template_name: str = ""
    document_number: str = ""
    place: str = "Awayan"
    report_date: dt.date | None = None
    draft: bool | None = None
    overall_score: float | None = None
    time_zone: str = ""

    @property
    def is_draft(self) -> bool:
        """Whether the DRAF watermark is printed."""
        return self.approval is None if self.draft is None else self.draft
