"""What the printed documents show (DESIGN.md §6), gathered read-only.

One function per document — :func:`checklist_forms`, :func:`attendance_sheet`,
:func:`visit_report` — reads everything that document needs inside the caller's session,
with a few set-based queries however many rows there are (the blank checklists of all 23
villages are one pass, not 23), and returns frozen dataclasses: nothing lazy-loads later.

Scores come from :mod:`.scores` (the one formula), follow-up states follow the rule of
:mod:`.visits` (a follow-up's status is its latest update by date recorded, then version),
compliance findings from :mod:`.compliance` as of the visit date. Signatories are taken
as recorded at the time: the Camat's block from the approval's review row, the Kepala
Desa from the visit's own attendance list. The paper size and logo are in
:mod:`.report_settings`.

An approved visit prints as it was signed: at approval :func:`approval_snapshot` records
in the review what the report shows that does not belong to the visit itself (letterhead
and Camat, the pendamping's and the village's names, the Kepala Desa, book titles and
scores, earlier follow-ups, the compliance findings and the profile values they used), and
:func:`visit_report` prints an approved visit from it. The visit's own records cannot change
after approval (DESIGN.md §3), so they are read as they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import Hint, NotFound
from perut_desktop.models import (
    FollowUp,
    FollowUpUpdate,
    Officer,
    OfficerAssignment,
    ScheduleEntry,
    Village,
    VillageOfficial,
    VillageProfile,
    Visit,
)
from perut_desktop import ownership
from perut_desktop.enums import (
    EDITABLE_STATUSES,
    FollowUpStatus,
    SignatoryTitle,
    VisitStatus,
)
from perut_desktop.models import Review
from perut_desktop.services import review as steps
from perut_desktop.services import scores, templates, visits
from perut_desktop.services.snapshot import from_data, to_data
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.services.common import LocalZone, local_zone
from perut_desktop.services.compliance import Finding
from perut_desktop.services.compliance.facts import findings_for_village
from perut_desktop.services.setup import SubdistrictInfo, subdistrict_info

# --- people who sign -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonFacts:
    """A signatory as printed: name, NIP ("" when unknown) and the jabatan."""

    name: str
    nip: str
    position: str


@dataclass(frozen=True)
class VillageHead:
    """Who signs "Mengetahui" for the village: ``title`` is "Kepala Desa Baru",
    "Pj. Kepala Desa Baru" or "Plt. Kepala Desa Baru"; ``name`` "" leaves a line to fill in."""

    name: str
    title: str


def head_prefix(position: str) -> str | None:
    """"" for a Kepala Desa, "Pj. " or "Plt. " for an acting one, None for anyone else."""
    text = " ".join(position.casefold().replace(".", ". ").split())
    if "kepala desa" not in text and "kades" not in text.split():
        return None
    if "sekretaris" in text or "wakil" in text:
        return None
    if text.startswith(("pj", "penjabat")):
        return "Pj. "
    if text.startswith(("plt", "pelaksana tugas")):
        return "Plt. "
    if text.startswith(("plh", "pelaksana harian")):
        return "Plh. "
    return ""


def _head(village_name: str, candidates: Iterable[tuple[str, str]], profile_name: str | None) -> VillageHead:
    """The first (name, position) that is a Kepala Desa, else the profile's, else blank."""
    for name, position in candidates:
        prefix = head_prefix(position)
        if prefix is not None and name.strip():
            return VillageHead(name.strip(), f"{prefix}Kepala Desa {village_name}")
    return VillageHead((profile_name or "").strip(), f"Kepala Desa {village_name}")


def _heads(session: Session, village_ids: Sequence[str], names: dict[str, str],
           on: dt.date | None = None) -> dict[str, VillageHead]:
    """The Kepala Desa of each village among its active officials (in office on ``on``)."""
    stmt = (select(VillageOfficial.village_id, VillageOfficial.name, VillageOfficial.position,
                   VillageOfficial.term_start, VillageOfficial.term_end)
            .where(VillageOfficial.village_id.in_(village_ids), VillageOfficial.active.is_(True))
            .order_by(VillageOfficial.village_id, VillageOfficial.sort_order, VillageOfficial.name))
    candidates: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for village_id, name, position, start, end in session.execute(stmt):
        if on is not None and ((start and start > on) or (end and end < on)):
            continue
        candidates[village_id].append((name, position))
    profiles = {village_id: name for village_id, name in session.execute(
        select(VillageProfile.village_id, VillageProfile.kades_name)
        .where(VillageProfile.village_id.in_(village_ids)))}
    return {vid: _head(names[vid], candidates[vid], profiles.get(vid)) for vid in village_ids}


def _assigned_officers(session: Session, village_ids: Sequence[str]) -> dict[str, PersonFacts]:
    """The pendamping of each village that has exactly one active one assigned."""
    stmt = (select(OfficerAssignment.village_id, Officer.name, Officer.nip, Officer.position)
            .join(Officer, Officer.id == OfficerAssignment.officer_id)
            .where(OfficerAssignment.village_id.in_(village_ids), Officer.active.is_(True)))
    found: dict[str, list[PersonFacts]] = defaultdict(list)
    for village_id, name, nip, position in session.execute(stmt):
        found[village_id].append(PersonFacts(name, nip, position))
    return {vid: people[0] for vid, people in found.items() if len(people) == 1}


# --- follow-ups ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Update:
    status: str
    note: str
    recorded_on: dt.date
    visit_id: str


def _updates_by_follow_up(session: Session, village_ids: Sequence[str], as_of: dt.date | None
                          ) -> dict[str, list[_Update]]:
    """Every update of the villages' follow-ups (recorded by ``as_of``), oldest first in the
    order that makes the last one the follow-up's status (as :mod:`.visits` reads it)."""
    stmt = (select(FollowUpUpdate.follow_up_id, FollowUpUpdate.status, FollowUpUpdate.note,
                   FollowUpUpdate.recorded_on, FollowUpUpdate.visit_id)
            .join(FollowUp, FollowUp.id == FollowUpUpdate.follow_up_id)
            .join(Visit, Visit.id == FollowUpUpdate.visit_id)
            .where(FollowUp.village_id.in_(village_ids))
            .order_by(FollowUpUpdate.recorded_on, FollowUpUpdate.version))
    if as_of is not None:
        stmt = stmt.where(FollowUpUpdate.recorded_on <= as_of)
    out: dict[str, list[_Update]] = defaultdict(list)
    for follow_up_id, status, note, recorded_on, visit_id in session.execute(stmt):
        out[follow_up_id].append(_Update(status, note, recorded_on, visit_id))
    return out


def _follow_up_rows(session: Session, village_ids: Sequence[str], before: dt.date | None,
                    exclude_visit_id: str | None = None) -> list[tuple[FollowUp, dt.date]]:
    stmt = (select(FollowUp, Visit.visit_date).join(Visit, Visit.id == FollowUp.visit_id)
            .where(FollowUp.village_id.in_(village_ids)))
    if before is not None:
        stmt = stmt.where(Visit.visit_date < before)
    if exclude_visit_id is not None:
        stmt = stmt.where(FollowUp.visit_id != exclude_visit_id)
    stmt = stmt.order_by(Visit.visit_date, FollowUp.due_on, FollowUp.task)
    return [(f, day) for f, day in session.execute(stmt)]


def _info(follow_up: FollowUp, created_on: dt.date, latest: _Update | None) -> visits.FollowUpInfo:
    return visits.FollowUpInfo(
        follow_up.id, follow_up.visit_id, created_on, follow_up.task, follow_up.responsible,
        follow_up.due_on, latest.status if latest else FollowUpStatus.BELUM.value,
        latest.note if latest else "", latest.recorded_on if latest else None)


def _open_follow_ups(session: Session, village_ids: Sequence[str]) -> dict[str, list[visits.FollowUpInfo]]:
    """The follow-ups of each village that are still open now, oldest visit first."""
    updates = _updates_by_follow_up(session, village_ids, None)
    out: dict[str, list[visits.FollowUpInfo]] = defaultdict(list)
    for follow_up, created_on in _follow_up_rows(session, village_ids, None):
        history = updates.get(follow_up.id)
        info = _info(follow_up, created_on, history[-1] if history else None)
        if info.status == FollowUpStatus.BELUM.value:
            out[follow_up.village_id].append(info)
    return out


# --- 1. the blank checklist ------------------------------------------------------------------------


@dataclass(frozen=True)
class BookCategory:
    """A category of the current template with its books (template order)."""

    code: str
    name: str
    books: tuple[templates.ItemInfo, ...]


@dataclass(frozen=True)
class ChecklistFormFacts:
    """What the blank paper checklist of one village prints."""

    kecamatan: SubdistrictInfo
    village_id: str
    village_code: str
    village_name: str
    template_name: str
    categories: tuple[BookCategory, ...]
    open_follow_ups: tuple[visits.FollowUpInfo, ...]
    village_head: VillageHead
    officer: PersonFacts | None


def _categories(items: Iterable[templates.ItemInfo]) -> tuple[BookCategory, ...]:
    grouped: dict[str, list[templates.ItemInfo]] = {}
    names: dict[str, str] = {}
    for item in items:
        grouped.setdefault(item.category_code, []).append(item)
        names.setdefault(item.category_code, item.category)
    return tuple(BookCategory(code, names[code], tuple(books)) for code, books in grouped.items())


def checklist_forms(session: Session, village_ids: Sequence[str] | None = None) -> list[ChecklistFormFacts]:
    """The blank checklist of each village (all, in code order, when ``village_ids`` is
    None): the current template's books by category, the village's follow-ups that are still
    open, its Kepala Desa and — when it has exactly one — its pendamping."""
    stmt = select(Village.id, Village.code, Village.name).order_by(Village.code)
    if village_ids is not None:
        stmt = stmt.where(Village.id.in_(list(village_ids)))
    rows = session.execute(stmt).all()
    if village_ids is not None and len(rows) != len(set(village_ids)):
        raise NotFound("Desa yang diminta tidak ditemukan.", hint=Hint.LIST_VILLAGES)
    ids = [r.id for r in rows]
    names = {r.id: r.name for r in rows}
    template = templates.current_template(session)
    categories = _categories(template.items)
    kecamatan = subdistrict_info(session)
    follow_ups = _open_follow_ups(session, ids)
    heads = _heads(session, ids, names)
    officers = _assigned_officers(session, ids)
    return [
        ChecklistFormFacts(kecamatan, r.id, r.code, r.name, template.name, categories,
                           tuple(follow_ups.get(r.id, ())), heads[r.id], officers.get(r.id))
        for r in rows
    ]


def checklist_form(session: Session, village_id: str) -> ChecklistFormFacts:
    """The blank checklist of one village (see :func:`checklist_forms`)."""
    return checklist_forms(session, [village_id])[0]


# --- 2. the attendance sheet -----------------------------------------------------------------------


@dataclass(frozen=True)
class OfficialLine:
    """A pre-filled row of the daftar hadir."""

    name: str
    position: str
    body: str
    gender: str


@dataclass(frozen=True)
class AttendanceSheetFacts:
    """What the daftar hadir of a village prints: its officials in office (on ``on`` when
    given, else now), who acknowledges and who signs as pendamping."""

    kecamatan: SubdistrictInfo
    village_id: str
    village_code: str
    village_name: str
    on: dt.date | None
    venue: str
    officials: tuple[OfficialLine, ...]
    village_head: VillageHead
    officer: PersonFacts | None


def _scheduled_officer(session: Session, village_id: str, on: dt.date) -> PersonFacts | None:
    row = session.execute(
        select(Officer.name, Officer.nip, Officer.position)
        .join(ScheduleEntry, ScheduleEntry.officer_id == Officer.id)
        .where(ScheduleEntry.village_id == village_id, ScheduleEntry.planned_date == on)
        .limit(1)).one_or_none()
    return PersonFacts(*row) if row else None


def attendance_sheet(session: Session, village_id: str, on: dt.date | None = None) -> AttendanceSheetFacts:
    """The daftar hadir of a village: its active officials (Pemdes, BPD, LKD) in their
    order, the Kepala Desa, and the pendamping planned for ``on`` (else the assigned one)."""
    village = session.get(Village, village_id)
    if village is None:
        raise NotFound(f"Desa dengan id {village_id} tidak ditemukan.", hint=Hint.LIST_VILLAGES, record=village_id)
    stmt = (select(VillageOfficial.name, VillageOfficial.position, VillageOfficial.body,
                   VillageOfficial.gender, VillageOfficial.term_start, VillageOfficial.term_end)
            .where(VillageOfficial.village_id == village_id, VillageOfficial.active.is_(True))
            .order_by(VillageOfficial.sort_order, VillageOfficial.name))
    officials = tuple(
        OfficialLine(name, position, body, gender or "")
        for name, position, body, gender, start, end in session.execute(stmt)
        if on is None or not ((start and start > on) or (end and end < on))
    )
    officer = (_scheduled_officer(session, village_id, on) if on else None) \
        or _assigned_officers(session, [village_id]).get(village_id)
    head = _heads(session, [village_id], {village_id: village.name}, on)[village_id]
    return AttendanceSheetFacts(subdistrict_info(session), village.id, village.code, village.name, on,
                                f"Kantor Desa {village.name}", officials, head, officer)


# --- 3. the visit report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    """One status event in local time."""

    at: dt.datetime
    from_status: str | None
    to_status: str
    by: str
    note: str


@dataclass(frozen=True)
class CategoryResults:
    """The results of one category with its score from :mod:`.scores`."""

    code: str
    name: str
    score: float | None
    results: tuple[visits.ResultInfo, ...]


@dataclass(frozen=True)
class AttachmentFile:
    """A lampiran; ``path`` is the local copy of an image (for a thumbnail), else None."""

    filename: str
    caption: str
    media_type: str
    path: Path | None


@dataclass(frozen=True)
class ReviewNoteFacts:
    """A note written at verification, return or approval (local time)."""

    at: dt.datetime
    reviewer: str
    verdict: str
    notes: str


@dataclass(frozen=True)
class ApprovalFacts:
    """The Camat's approval as recorded then: jabatan (one line per ``\\n``), name, NIP,
    and the local date of approval."""

    position: str
    name: str
    nip: str
    approved_on: dt.date


@dataclass(frozen=True)
class VisitReportFacts:
    """Everything the Laporan Hasil Pendampingan prints.

    ``attendees`` are those present (the invited who did not come are ``absent``);
    ``earlier_follow_ups`` are the follow-ups of earlier visits open when this visit began
    or updated in it, each with its status as of the visit date. ``signed_on`` is the day
    the pendamping last submitted the report (the visit date while it can still change).
    """

    kecamatan: SubdistrictInfo
    zone: LocalZone
    visit: visits.VisitSummary
    place: str
    start_time: str
    end_time: str
    summary: str
    template_name: str
    officer: PersonFacts
    village_head: VillageHead
    history: tuple[StatusChange, ...]
    categories: tuple[CategoryResults, ...]
    overall_score: float | None
    attendees: tuple[visits.AttendeeInfo, ...]
    absent: int
    minutes: visits.MinutesInfo
    new_follow_ups: tuple[visits.FollowUpInfo, ...]
    earlier_follow_ups: tuple[visits.FollowUpInfo, ...]
    attachments: tuple[AttachmentFile, ...]
    reviews: tuple[ReviewNoteFacts, ...]
    approval: ApprovalFacts | None
    findings: tuple[Finding, ...]
    signed_on: dt.date


def _results_by_category(session: Session, visit_id: str) -> tuple[tuple[CategoryResults, ...], float | None]:
    grouped: dict[str, list[visits.ResultInfo]] = {}
    names: dict[str, str] = {}
    for result in visits.results(session, visit_id):
        grouped.setdefault(result.category_code, []).append(result)
        names.setdefault(result.category_code, result.category)
    score = scores.visit_score(session, visit_id)
    categories = []
    for code, results in grouped.items():
        category = score.category(code)
        categories.append(CategoryResults(code, names[code], category.score if category else None,
                                          tuple(results)))
    return tuple(categories), score.overall


def _earlier_follow_ups(session: Session, visit: Visit) -> tuple[visits.FollowUpInfo, ...]:
    """Follow-ups of the village's earlier visits that were open the day before this visit,
    or that this visit updated, each with its status as of the visit date."""
    day_before = visit.visit_date - dt.timedelta(days=1)
    updates = _updates_by_follow_up(session, [visit.village_id], visit.visit_date)
    out = []
    for follow_up, created_on in _follow_up_rows(session, [visit.village_id], visit.visit_date,
                                                 exclude_visit_id=visit.id):
        history = updates.get(follow_up.id, [])
        before = [u for u in history if u.recorded_on <= day_before]
        open_then = not before or before[-1].status == FollowUpStatus.BELUM.value
        updated_here = any(u.visit_id == visit.id for u in history)
        if open_then or updated_here:
            out.append(_info(follow_up, created_on, history[-1] if history else None))
    return tuple(out)


def _visit_head(session: Session, visit: Visit, village_name: str,
                attendees: Sequence[visits.AttendeeInfo]) -> VillageHead:
    """The Kepala Desa at the visit: from the visit's own attendance list (a snapshot of the
    officials then, present or not), else the officials in office on that date."""
    head = _head(village_name, ((a.name, a.position) for a in attendees), None)
    if head.name:
        return head
    return _heads(session, [visit.village_id], {visit.village_id: village_name}, visit.visit_date)[visit.village_id]


def _attachments(session: Session, visit_id: str, store: AttachmentStore | None) -> tuple[AttachmentFile, ...]:
    out = []
    for a in visits.attachments_of(session, visit_id):
        if a.owner_table == ownership.SIGNED_REPORT:
            continue  # the scan of the signed report itself
        path = store.path_of(a.sha256) if store is not None and a.media_type.startswith("image/") else None
        out.append(AttachmentFile(a.filename, a.caption, a.media_type,
                                  path if path is not None and path.is_file() else None))
    return tuple(out)


def _approval(kecamatan: SubdistrictInfo, zone: LocalZone, status: str,
              reviews: Sequence[steps.ReviewInfo]) -> ApprovalFacts | None:
    if status != VisitStatus.DISETUJUI.value:
        return None
    review = next((r for r in reversed(reviews) if r.verdict == VisitStatus.DISETUJUI.value), None)
    if review is None:
        return None
    position = review.signatory_position.strip()
    if not position:  # recorded before the jabatan was kept with the approval
        prefix = {SignatoryTitle.PLT.value: "Plt. ", SignatoryTitle.AN.value: "a.n. "}.get(
            review.signatory_title, "")
        position = f"{prefix}Camat {kecamatan.name}"
    return ApprovalFacts(position, review.signatory_name, review.signatory_nip,
                         zone.local(review.reviewed_at).date())


def _live_report(session: Session, visit_id: str, attachments_root: Path | None) -> VisitReportFacts:
    summary = visits.visit_summary(session, visit_id)  # NotFound for an unknown id
    visit = session.get(Visit, visit_id)
    officer = session.get(Officer, summary.officer_id)
    if visit is None or officer is None:
        raise NotFound(f"Kunjungan dengan id {visit_id} tidak ditemukan.", hint=Hint.LIST_VISITS, record=visit_id)
    kecamatan = subdistrict_info(session)
    zone = local_zone(kecamatan.code)
    template = templates.template_info(session, visit.template_id)
    history = tuple(StatusChange(zone.local(e.occurred_at), e.from_status, e.to_status, e.actor_name, e.note)
                    for e in steps.history(session, visit_id))
    categories, overall = _results_by_category(session, visit_id)
    everyone = visits.attendees(session, visit_id)
    present = tuple(a for a in everyone if a.present)
    reviews = steps.reviews(session, visit_id)
    notes = tuple(ReviewNoteFacts(zone.local(r.reviewed_at), r.reviewer_name, r.verdict, r.notes)
                  for r in reviews if r.notes.strip())
    # Signed when last submitted; a report that can still change is signed on the visit day.
    submitted = None if VisitStatus(summary.status) in EDITABLE_STATUSES else next(
        (e.at.date() for e in reversed(history) if e.to_status == VisitStatus.DIAJUKAN.value), None)
    store = AttachmentStore(attachments_root) if attachments_root is not None else None
    return VisitReportFacts(
        kecamatan=kecamatan, zone=zone, visit=summary, place=visit.place, start_time=visit.start_time,
        end_time=visit.end_time, summary=visit.summary, template_name=template.name,
        officer=PersonFacts(officer.name, officer.nip, officer.position),
        village_head=_visit_head(session, visit, summary.village_name, everyone),
        history=history, categories=categories, overall_score=overall, attendees=present,
        absent=len(everyone) - len(present), minutes=visits.minutes_of(session, visit_id),
        new_follow_ups=tuple(visits.follow_ups_created_in(session, visit_id)),
        earlier_follow_ups=_earlier_follow_ups(session, visit),
        attachments=_attachments(session, visit_id, store), reviews=notes,
        approval=_approval(kecamatan, zone, summary.status, reviews),
        findings=tuple(findings_for_village(session, visit.village_id, visit.visit_date)),
        signed_on=submitted or visit.visit_date,
    )


def visit_report(session: Session, visit_id: str, *, attachments_root: Path | None = None) -> VisitReportFacts:
    """Everything the report of one visit prints, as recorded: status history, results with
    scores, who attended, notulen, follow-ups, attachments (image files from the store under
    ``attachments_root`` for thumbnails), review notes, signatories, and the village's
    compliance findings as of the visit date. An approved visit prints from the snapshot its
    approval recorded, so a reprint shows what was signed."""
    facts = _live_report(session, visit_id, attachments_root)
    frozen = _approval_snapshot_of(session, visit_id)  # asked for every visit: a fixed number of queries
    return facts if frozen is None or facts.approval is None else _as_signed(facts, frozen)


# --- the approval's snapshot -----------------------------------------------------------------------

SNAPSHOT_FORMAT = 1

#: The parts of the report frozen at approval (the rest is the visit's own, unchangeable).
_FROZEN = ("kecamatan", "visit", "template_name", "officer", "village_head", "overall_score",
           "earlier_follow_ups", "signed_on")


def approval_snapshot(session: Session, visit_id: str) -> dict[str, object]:
    """What the report of a visit shows now, as JSON data for the approval's review: the
    parts that do not belong to the visit itself, the findings as of the visit date with the
    parameter versions they applied, and the profile values used."""
    facts = _live_report(session, visit_id, None)
    data: dict[str, object] = {"format": SNAPSHOT_FORMAT}
    data.update({name: to_data(getattr(facts, name)) for name in _FROZEN})
    data["categories"] = [{"code": c.code, "name": c.name, "score": c.score,
                           "titles": {r.item_code: r.title for r in c.results}} for c in facts.categories]
    data["findings"] = to_data(facts.findings)
    visit = session.get(Visit, visit_id)
    profile = session.scalars(select(VillageProfile).where(VillageProfile.village_id == visit.village_id)).first() \
        if visit is not None else None
    data["profile"] = {name: to_data(getattr(profile, name, None)) for name in _PROFILE_FIELDS}
    return data


_PROFILE_FIELDS = ("classification", "sotk_urusan", "sotk_seksi", "kades_name", "kades_inaugurated_on",
                   "kades_term_number", "kades_term_ends_on")


def _approval_snapshot_of(session: Session, visit_id: str) -> dict[str, object] | None:
    snapshot = session.scalars(select(Review.snapshot).where(
        Review.visit_id == visit_id, Review.verdict == VisitStatus.DISETUJUI.value, Review.snapshot.is_not(None))
        .order_by(Review.reviewed_at.desc(), Review.version.desc()).limit(1)).first()
    return snapshot if isinstance(snapshot, dict) and snapshot.get("format") == SNAPSHOT_FORMAT else None


def _as_signed(facts: VisitReportFacts, frozen: dict[str, object]) -> VisitReportFacts:
    """``facts`` with the parts the approval froze put back as they were then."""
    hints = typing.get_type_hints(VisitReportFacts)
    changes = {name: from_data(hints[name], frozen[name]) for name in _FROZEN if name in frozen}
    changes["findings"] = from_data(hints["findings"], frozen.get("findings", []))
    by_code = {c["code"]: c for c in frozen.get("categories", [])}  # type: ignore[union-attr]
    categories = []
    for live in facts.categories:
        then = by_code.get(live.code)
        if then is None:
            categories.append(live)
            continue
        titles = then["titles"]
        results = tuple(dataclasses.replace(r, title=titles.get(r.item_code, r.title)) for r in live.results)
        categories.append(CategoryResults(live.code, then["name"], then["score"], results))
    changes["categories"] = tuple(categories)
    kecamatan = changes.get("kecamatan", facts.kecamatan)
    changes["zone"] = local_zone(kecamatan.code)  # type: ignore[attr-defined]
    return dataclasses.replace(facts, **changes)  # type: ignore[arg-type]
