"""The window's one way to the data: a Qt-free workspace that owns the open replica.

Every method runs on the window's single task thread (the SQLite connections stay on it)
and frames one unit of work per call. A call that changes data returns what it changed
(:class:`~perut_desktop.operations.changes.Changed`): the replicated tables its unit of
work wrote, as the flush hook recorded them, or those an imported bundle wrote. The window
never imports ``db``, the models or SQLAlchemy: the first import of this module's heavy
parts happens on that thread, after the first frame has painted (DESIGN.md §8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from perut_desktop.operations.changes import Changed, Changes

if TYPE_CHECKING:
    from perut_desktop.db import Replica
    from perut_desktop.services.attachments_store import AttachmentStore
    from perut_desktop.services.compliance.cache import FindingsCache
    from perut_desktop.services.installation import InstallationInfo
    from perut_desktop.services.overview_rows import Overview
    from perut_desktop.services.visit_list import NewVisitChoices, VisitDetail, VisitRow
    from perut_desktop.services.visits import AttachmentInfo, VisitSummary

T = TypeVar("T")
Progress = Callable[[int, int, str], None]

__all__ = ["BundleReceived", "WindowStatus", "Workspace"]

#: Tables the dashboard shows: a change to another table leaves its snapshot as it is.
#: Where an attachment is copied under its own name to be opened by another program.
VIEWING_DIR = "lampiran-dibuka"

DASHBOARD_TABLES = frozenset({"subdistrict", "village", "visit", "visit_status_event", "checklist_result",
                              "follow_up", "follow_up_update"})


@dataclass(frozen=True)
class WindowStatus:
    """What the status bar shows."""

    info: InstallationInfo
    pending_rows: int  # changes the next bundle to the partner would carry
    demo: bool


@dataclass(frozen=True)
class BundleReceived:
    sender: str
    status: str  # "applied" | "already"
    received: int
    applied: int
    conflicts: int
    warnings: tuple[str, ...]


class Workspace:
    """One data folder, opened on first use and kept open until :meth:`close`.

    On the master, :attr:`actor_id` is the office staff member acting: every unit of work
    records it through the replica context."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.actor_id: str | None = None
        self._replica: Replica | None = None
        self._snapshot_stale = False
        self._findings: FindingsCache | None = None
        #: The notice of the schema upgrade opening the replica made (naming the copy taken
        #: before it), for the window to show once; None when there was none.
        self.upgrade_notice: str | None = None

    def has_replica(self) -> bool:
        """Whether the data folder holds a replica (without opening it)."""
        from perut_desktop import db

        return self._replica is not None or db.is_initialised(self.data_dir)

    def take_upgrade_notice(self) -> str | None:
        """:attr:`upgrade_notice` once (the window shows it once); None afterwards."""
        notice, self.upgrade_notice = self.upgrade_notice, None
        return notice

    def _open(self) -> Replica:
        if self._replica is None:
            from perut_desktop import db

            self._replica = db.open_replica(self.data_dir)
            if self._replica.upgraded is not None:
                self.upgrade_notice = self._replica.upgraded.message
        return self._replica

    @contextmanager
    def _begin(self) -> Iterator[Any]:
        replica = self._open()
        with replica.begin(actor_id=self.actor_id) if self.actor_id else replica.begin() as session:
            self.findings_cache().attach(session)
            yield session

    def findings_cache(self) -> FindingsCache:
        """The compliance findings kept for this replica while it is unchanged (every unit
        of work carries it; every change clears it)."""
        if self._findings is None:
            from perut_desktop.services.compliance.cache import FindingsCache

            self._findings = FindingsCache()
        return self._findings

    def _changed(self) -> None:
        if self._findings is not None:
            self._findings.clear()

    # --- the two kinds of call -----------------------------------------------------------

    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``service(session, *args, **kwargs)`` as one unit of work that is not expected
        to change anything."""
        with self._begin() as session:
            return service(session, *args, **kwargs)

    run = read  # the name the first version of the window used

    def operate(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``operation(replica, *args, **kwargs)``: an operation that frames its own
        transactions (bundles, enrolment, backups, documents) on the open replica. When it
        returns :class:`Changed`, the dashboard's snapshot follows what it changed."""
        try:
            value = operation(self._open(), *args, **kwargs)
        finally:
            self._changed()  # a bundle, a restore: whatever it wrote
        if isinstance(value, Changed) and value.changes.touches(DASHBOARD_TABLES):
            self._snapshot_stale = True
        return value

    def change(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> Changed[T]:
        """``service(session, *args, **kwargs)`` as one unit of work, with the replicated
        tables it wrote: committed when it returns, rolled back (nothing changed) when it
        raises."""
        try:
            with self._begin() as session:
                info = session.info
                value = service(session, *args, **kwargs)
        finally:
            self._changed()
        changes = Changes.of(info.get("written_tables", ()))
        if changes.touches(DASHBOARD_TABLES):
            self._snapshot_stale = True
        return Changed(value, changes)

    # --- reads ---------------------------------------------------------------------------

    def overview(self) -> Overview | None:
        """The dashboard's data, or ``None`` when the data folder holds no replica; kept as
        the start-up snapshot of the next start."""
        if not self.has_replica():
            return None
        from perut_desktop.operations.snapshot import write_snapshot
        from perut_desktop.services.overview import replica_overview

        overview = self.read(replica_overview)
        write_snapshot(self.data_dir, overview)
        self._snapshot_stale = False
        return overview

    def visit_rows(self) -> tuple[VisitRow, ...]:
        from perut_desktop.services.visit_list import list_visit_rows

        return self.read(list_visit_rows)

    def visit_detail(self, visit_id: str) -> VisitDetail:
        from perut_desktop.services.visit_list import visit_detail

        return self.read(visit_detail, visit_id)

    def new_visit_choices(self) -> NewVisitChoices:
        from perut_desktop.services.visit_list import new_visit_choices

        return self.read(new_visit_choices)

    def status(self) -> WindowStatus:
        from perut_desktop.enums import Role
        from perut_desktop.operations.first_run import is_demo
        from perut_desktop.services.installation import installation_info
        from perut_desktop.sync.status import sync_status

        def both(session: Any) -> tuple[InstallationInfo, int]:
            info = installation_info(session)
            peers = sync_status(session).peers
            if info.role is Role.FIELD:
                pending = sum(p.pending_rows for p in peers)
            else:  # the most any one laptop is behind
                pending = max((p.pending_rows for p in peers if not p.enrolment_pending), default=0)
            return info, pending

        info, pending = self.read(both)
        return WindowStatus(info, pending, is_demo(self.data_dir))

    # --- changes -------------------------------------------------------------------------

    def set_actor(self, user_id: str | None) -> None:
        """The office staff member acting on the master from now on."""
        self.actor_id = user_id

    def create_visit(self, *, village_id: str, officer_id: str, visit_date: dt.date,
                     agenda: str) -> Changed[VisitSummary]:
        from perut_desktop.services.visits import create_visit

        return self.change(create_visit, village_id=village_id, officer_id=officer_id, visit_date=visit_date,
                           agenda=agenda)

    def delete_visit(self, visit_id: str) -> Changed[None]:
        from perut_desktop.services.visits import delete_visit

        return self.change(delete_visit, visit_id)

    def attachment_store(self) -> AttachmentStore:
        """The data folder's attachment store (the files; their records are in the replica)."""
        from perut_desktop.services.attachments_store import AttachmentStore

        return AttachmentStore(self.data_dir / "attachments")

    def attach_files(self, visit_id: str, paths: list[Path],
                     progress: Progress | None = None) -> Changed[list[AttachmentInfo]]:
        """Attach several files to a visit (photos resized), all or none."""
        from perut_desktop.services.visits import attach_files

        return self.change(attach_files, self.attachment_store(), visit_id, paths, progress=progress)

    def attachment_for_viewing(self, sha256: str, filename: str) -> Path | None:
        """A copy of a stored file under its own name (so another program knows its kind),
        inside the data folder; ``None`` when this replica does not hold the file (a laptop
        keeps only recent files of its villages)."""
        import shutil

        source = self.attachment_store().path_of(sha256)
        if not source.exists():
            return None
        target = self.data_dir / VIEWING_DIR / sha256[:16] / Path(filename).name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return target
    def write_village_document(self, kind: str, village_code: str, out: Path) -> Changed[Path]:
        """A village's blank checklist (``kind`` "checklist") or attendance sheet
        ("attendance") as a PDF in ``out``; changes nothing."""
        from perut_desktop.reports.documents import attendance_pdf, checklist_pdf

        write = checklist_pdf if kind == "checklist" else attendance_pdf
        return Changed(write(self._open(), village_code, out).path, Changes.of(()))

    def import_bundle(self, path: Path, progress: Progress | None = None) -> Changed[BundleReceived]:
        """Receive a bundle (the office's answer on a laptop); what it changed is every table
        it applied rows to."""
        from perut_desktop.sync.bundle import import_bundle

        try:
            imported = import_bundle(self._open(), path, progress=progress)
        finally:
            self._changed()
        r = imported.result
        tables = {name for name, stats in r.tables.items() if stats.applied}
        if r.conflicts:
            tables.add("conflict")
        changes = Changes.of(tables)
        if changes.touches(DASHBOARD_TABLES):
            self._snapshot_stale = True
        return Changed(BundleReceived(r.sender, r.status, r.received, r.applied, r.conflicts, tuple(r.warnings)),
                       changes)

    def attendance_sheet(self, village: str, on: dt.date, out: Path) -> Changed[Path]:
        """The printed daftar hadir of ``village`` for the meeting on ``on`` (the village's
        officials in office that day, pre-filled) written to ``out``; changes nothing."""
        from perut_desktop.reports.documents import attendance_pdf

        return Changed(attendance_pdf(self._open(), village, out, on=on).path)

    def close(self) -> None:
        """Keep the dashboard's snapshot up to date, then close the replica (the next call
        opens it again)."""
        if self._replica is not None:
            try:
                if self._snapshot_stale:
                    self.overview()
            finally:
                self._replica.close()
                self._replica = None
                self._changed()
