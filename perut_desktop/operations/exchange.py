"""Exchanging bundles from the window (the *Sinkronisasi* page): the same operations as
``perut sync``, ``perut enroll`` and ``perut device``, worded for a page.

Reads take a session (``workspace.read(exchange_state)``); operations take the open
replica (``workspace.operate(send_bundle, …)``) and frame their own transactions. A
refused bundle is kept in ``quarantine/`` with its reason, whether it was refused while
previewed or while applied; a held first bundle of a laptop waits for its code.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from perut_desktop.enums import Role, VisitStatus
from perut_desktop.errors import InputRejected, StateError
from perut_desktop.hlc import parse_version
from perut_desktop.models import Device, ImportLog, Officer, Peer, ReplicaState, Visit
from perut_desktop.operations.changes import Changed, Changes
from perut_desktop.sync import bundle, conflicts, container, devices, engine, enrol, sent_log
from perut_desktop.sync.payload import TABLES, q
from perut_desktop.sync.status import sync_status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from perut_desktop.db import Replica

Progress = Callable[[int, int, str], None]

#: Bundle-file name of each side: the office, or the laptop's officer.
OFFICE_SLUG = "kantor"

__all__ = [
    "BundleSent", "ExchangeState", "HistoryEntry", "IncomingBundle", "LaptopConfirmed", "OpenVisit",
    "OutgoingPreview", "Partner", "ReceivedBundles", "bundle_file_name", "confirm_laptop", "dismiss_conflict",
    "enrol_laptop", "exchange_state", "outgoing_preview", "preview_bundles", "reassign_visit", "receive_bundles",
    "restore_conflict", "revoke_laptop", "send_bundle",
]


# --- what the page shows ------------------------------------------------------------------


@dataclass(frozen=True)
class Partner:
    """One partner of this installation: the office (on a laptop), or a laptop (on the master)."""

    device_id: str
    name: str  # the device's name
    officer: str  # its officer ("" for the office)
    pending_rows: int  # changes the partner has not acknowledged yet
    last_sent_at: dt.datetime | None  # UTC
    last_received_at: dt.datetime | None  # UTC
    unsent_since: dt.datetime | None  # UTC: the oldest change not yet written to a bundle for it
    enrolment_pending: bool
    revoked: bool


@dataclass(frozen=True)
class HistoryEntry:
    """A bundle sent, received or refused."""

    when: dt.datetime  # UTC
    kind: str  # "sent" | "received" | "refused"
    partner: str  # the device's name, or its id
    rows: int
    attachments: int
    detail: str  # the file written (sent), or the reason (refused)
    bundle_id: str


@dataclass(frozen=True)
class OfficerChoice:
    id: str
    name: str


@dataclass(frozen=True)
class OpenVisit:
    """A visit still open (Draf or Dikembalikan) that the office may hand to another laptop."""

    id: str
    village: str
    visit_date: dt.date
    officer: str
    status: VisitStatus
    device_id: str
    device_name: str


@dataclass(frozen=True)
class ExchangeState:
    role: Role
    device_id: str
    partners: tuple[Partner, ...]
    history: tuple[HistoryEntry, ...]  # newest first
    conflicts: tuple[conflicts.ConflictInfo, ...]  # open ones
    device_names: dict[str, str]  # device id → name with its officer, for people
    pending: tuple[enrol.PendingEnrolment, ...] = ()  # master
    devices: tuple[devices.DeviceInfo, ...] = ()  # master
    officers: tuple[OfficerChoice, ...] = ()  # master: active officers, for an enrolment
    open_visits: tuple[OpenVisit, ...] = ()  # master
    quarantined: int = 0  # refused bundles kept in quarantine/


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _unsent_since(conn: Any, peer: Any) -> dt.datetime | None:
    """The moment of the oldest change not yet written to a bundle for ``peer`` (its
    version's wall clock), or None. Rows the peer itself wrote are not counted."""
    sql, params = engine.delta_filter(peer)
    upto = conn.execute(select(ReplicaState.seq)).scalar_one()
    oldest: str | None = None
    for t in TABLES:
        found = conn.exec_driver_sql(f"SELECT min(version) FROM main.{q(t.name)} WHERE seq > ? AND seq <= ?{sql}",
                                     (peer.sent_seq, upto, *params)).scalar_one()
        if found is not None and (oldest is None or found < oldest):
            oldest = found
    if oldest is None:
        return None
    return dt.datetime.fromtimestamp(parse_version(oldest)[0] / 1000, dt.UTC)


def _names(session: Session) -> dict[str, tuple[str, str]]:
    rows = session.execute(select(Device.id, Device.name, Officer.name)
                           .outerjoin(Officer, Officer.id == Device.officer_id)).all()
    return {d: (n or d, o or "") for d, n, o in rows}


def _label(names: dict[str, tuple[str, str]], device_id: str) -> str:
    name, officer = names.get(device_id, (device_id, ""))
    return f"{name} ({officer})" if officer and officer not in name else name


def _history(session: Session, names: dict[str, tuple[str, str]], limit: int = 200) -> tuple[HistoryEntry, ...]:
    out = [HistoryEntry(s.sent_at, "sent", _label(names, s.recipient), s.rows, s.attachments, s.path, s.bundle_id)
           for s in sent_log.sent_bundles(session)[:limit]]
    logs = session.execute(select(ImportLog).order_by(ImportLog.imported_at.desc()).limit(limit)).scalars()
    for log in logs:
        summary = log.summary if isinstance(log.summary, dict) else {}
        tables = summary.get("tables") if isinstance(summary.get("tables"), dict) else {}
        rows = sum(int(t.get("inserted", 0)) + int(t.get("updated", 0)) + int(t.get("merged", 0))
                   for t in tables.values() if isinstance(t, dict))
        files = 0
        kind = "refused" if log.outcome == "refused" else "received"
        out.append(HistoryEntry(_utc(log.imported_at) or dt.datetime.min.replace(tzinfo=dt.UTC), kind,
                                _label(names, log.sender_device_id), rows, files,
                                log.message if kind == "refused" else "", log.bundle_id))
    return tuple(sorted(out, key=lambda e: e.when, reverse=True)[:limit])


def _open_visits(session: Session, names: dict[str, tuple[str, str]]) -> tuple[OpenVisit, ...]:
    from perut_desktop.services.visit_list import list_visit_rows

    rows = [r for r in list_visit_rows(session) if r.status in (VisitStatus.DRAF, VisitStatus.DIKEMBALIKAN)]
    owners = dict(session.execute(select(Visit.id, Visit.device_id).where(Visit.id.in_([r.id for r in rows]))).all())
    return tuple(OpenVisit(r.id, r.village_name, r.visit_date, r.officer_name, r.status, owners.get(r.id, ""),
                           _label(names, owners.get(r.id, ""))) for r in sorted(rows, key=lambda r: r.visit_date,
                                                                                 reverse=True))


def exchange_state(session: Session, data_dir: Path | None = None) -> ExchangeState:
    """Everything the *Sinkronisasi* page shows; reads only."""
    status = sync_status(session)
    conn = session.connection()
    names = _names(session)
    revoked = set(session.scalars(select(Device.id).where(Device.revoked.is_(True))))
    peers = {p.device_id: p for p in session.scalars(select(Peer))}
    partners = [
        Partner(p.device_id, names.get(p.device_id, (p.device_id, ""))[0], names.get(p.device_id, ("", ""))[1],
                p.pending_rows, _utc(p.last_sent_at), _utc(p.last_received_at),
                None if p.enrolment_pending else _unsent_since(conn, peers[p.device_id]), p.enrolment_pending,
                p.device_id in revoked)
        for p in status.peers if p.device_id != status.device_id]
    if status.role is Role.MASTER:  # laptops that never exchanged a bundle with this office copy
        never = SimpleNamespace(acked_seq=0, sent_seq=0, state={}, device_id="")
        for device_id, (name, officer) in names.items():
            if device_id in peers or device_id == status.device_id:
                continue
            role = session.scalar(select(Device.role).where(Device.id == device_id))
            if role != Role.FIELD.value:
                continue
            peer = SimpleNamespace(**{**never.__dict__, "device_id": device_id})
            partners.append(Partner(device_id, name, officer, engine.pending_rows(conn, peer), None, None,
                                    None, False, device_id in revoked))
    quarantined = 0
    if data_dir is not None and (data_dir / bundle.QUARANTINE_DIR).is_dir():
        quarantined = sum(1 for _ in (data_dir / bundle.QUARANTINE_DIR).glob(f"*{bundle.REASON_SUFFIX}"))
    state = ExchangeState(status.role, status.device_id, tuple(partners), _history(session, names),
                          tuple(conflicts.list_conflicts(session)), {d: _label(names, d) for d in names},
                          quarantined=quarantined)
    if status.role is not Role.MASTER:
        return state
    officers = tuple(OfficerChoice(o.id, o.name) for o in session.scalars(
        select(Officer).where(Officer.active.is_(True)).order_by(Officer.name)))
    return ExchangeState(**{**state.__dict__, "pending": tuple(enrol.pending_enrolments(session)),
                            "devices": tuple(devices.list_devices(session)), "officers": officers,
                            "open_visits": _open_visits(session, names)})


# --- sending --------------------------------------------------------------------------------


def _slug(text: str) -> str:
    first = text.split(",")[0]
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:30] or "laptop"


def bundle_file_name(session: Session, to: str | None, now: dt.datetime | None = None) -> str:
    """The name of a bundle file: from whom, to whom and when
    (``perut-rahmadi-ke-kantor-20261120-1430.perut``)."""
    st = session.execute(select(ReplicaState)).scalars().one()
    names = _names(session)

    def side(device_id: str | None) -> str:
        if not device_id or device_id == (st.device_id if st.role == Role.MASTER else st.master_device_id):
            return OFFICE_SLUG
        name, officer = names.get(device_id, (device_id, ""))
        return _slug(officer or name)

    me = OFFICE_SLUG if st.role == Role.MASTER else side(st.device_id)
    other = side(to) if st.role == Role.MASTER else OFFICE_SLUG
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M")
    return f"perut-{me}-ke-{other}-{stamp}.perut"


@dataclass(frozen=True)
class OutgoingPreview:
    """What the next bundle to a partner carries."""

    recipient: str
    counts: dict[str, int]  # table → rows, only those with rows
    attachments: int  # files that go with it
    attachment_bytes: int
    file_name: str


def outgoing_preview(session: Session, to: str | None = None, data_dir: Path | None = None) -> OutgoingPreview:
    """Counts by kind of what the next bundle to ``to`` (the office, on a laptop) carries,
    and its photos and their size; reads only."""
    from perut_desktop.services.attachments_store import AttachmentStore

    st = session.execute(select(ReplicaState)).scalars().one()
    recipient = to if st.role == Role.MASTER else st.master_device_id
    if not recipient:
        raise InputRejected("Perangkat tujuan bundel belum dipilih.")
    recipient = bundle.find_device(session, recipient)
    peer = session.get(Peer, recipient)
    counts: dict[str, int] = {}
    files = 0
    size = 0
    if peer is not None:
        conn = session.connection()
        sql, params = engine.delta_filter(peer)
        for t in TABLES:
            n = conn.exec_driver_sql(f"SELECT count(*) FROM main.{q(t.name)} WHERE seq > ? AND seq <= ?{sql}",
                                     (peer.acked_seq, st.seq, *params)).scalar_one()
            if n:
                counts[t.name] = int(n)
        if counts.get("attachment") and data_dir is not None:
            store = AttachmentStore(data_dir / "attachments")
            shas = set(conn.exec_driver_sql(
                f"SELECT sha256 FROM main.attachment WHERE seq > ? AND seq <= ? AND deleted = 0{sql}",
                (peer.acked_seq, st.seq, *params)).scalars())
            for sha in shas:
                if store.has(sha):
                    files += 1
                    size += store.path_of(sha).stat().st_size
    return OutgoingPreview(recipient, counts, files, size, bundle_file_name(session, recipient))


@dataclass(frozen=True)
class BundleSent:
    paths: tuple[Path, ...]
    recipient: str
    rows: int
    counts: dict[str, int]
    attachments: int
    bytes: int
    revocation_notice: bool
    verified: bool  # every file read back from the medium after it was flushed


def _read_back(path: Path, size: int) -> bool:
    """The file as it now is on the medium: its size and its header as written."""
    try:
        if path.stat().st_size != size:
            return False
        container.read_header(path)
    except (OSError, InputRejected):
        return False
    return True


def send_bundle(replica: Replica, folder: Path, *, to: str | None = None, max_size: str | None = None,
                progress: Progress | None = None) -> Changed[BundleSent]:
    """Operation: write the bundle for a partner into ``folder`` under a name saying from
    whom, to whom and when (split into several files over ``max_size``), each file flushed
    to the medium and read back before this returns."""
    with replica.begin() as s:
        name = bundle_file_name(s, to)
    written = bundle.export_bundle(replica, folder / name, to=to, max_size=max_size, progress=progress)
    verified = all(_read_back(w.path, w.bytes) for w in written)
    first = written[0]
    return Changed(BundleSent(tuple(w.path for w in written), str(first.header["recipient"]), first.rows,
                              {k: v for k, v in first.counts.items() if v}, sum(w.attachments for w in written),
                              sum(w.bytes for w in written), first.revocation_notice, verified))


# --- receiving ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingBundle:
    """One chosen file as the preview (a dry run) sees it."""

    path: Path
    status: str  # "ready" | "already" | "held" | "refused"
    sender: str  # the sender's device id ("" when unreadable)
    sender_name: str
    counts: dict[str, int] = field(default_factory=dict)  # table → rows that would change
    received: int = 0
    conflicts: int = 0
    warnings: tuple[str, ...] = ()
    message: str = ""  # the one-line reason (refused, held)


def _sender(replica: Replica, path: Path) -> tuple[str, str]:
    try:
        sender = container.read_header(path).sender
    except InputRejected:
        return "", ""
    with replica.begin() as s:
        return sender, _label(_names(s), sender)


def _preview_one(replica: Replica, path: Path) -> IncomingBundle:
    sender, label = _sender(replica, path)
    if replica.is_master and sender:
        with replica.engine.connect() as conn:
            pending = enrol.enrolment_of(conn, sender)
        if pending is not None:
            try:  # a laptop's first bundle is held (kept in pending/) until its code is typed
                bundle.import_bundle(replica, path)
            except StateError as exc:
                return IncomingBundle(path, "held", sender, label, message=exc.message)
            except InputRejected as exc:
                return IncomingBundle(path, "refused", sender, label, message=exc.message)
    try:
        imported = bundle.import_bundle(replica, path, dry_run=True)
    except InputRejected as exc:
        bundle.refuse_bundle(replica, path, exc)
        return IncomingBundle(path, "refused", sender, label, message=exc.message)
    r = imported.result
    if r.status == "already":
        return IncomingBundle(path, "already", r.sender, label)
    counts = {name: st.applied for name, st in r.tables.items() if st.applied}
    return IncomingBundle(path, "ready", r.sender, label, counts, r.received, r.conflicts, tuple(r.warnings))


def preview_bundles(replica: Replica, paths: Sequence[Path], progress: Progress | None = None
                    ) -> tuple[IncomingBundle, ...]:
    """Operation: what each chosen file would change, nothing applied. A refused file is
    kept in quarantine with its reason; a laptop's first bundle is held for its code."""
    out = []
    for n, path in enumerate(paths):
        if progress:
            progress(n, len(paths), path.name)
        out.append(_preview_one(replica, path))
    return tuple(out)


@dataclass(frozen=True)
class ReceivedBundles:
    bundles: tuple[IncomingBundle, ...]  # as applied: "applied", "already" or "refused"

    @property
    def applied(self) -> int:
        return sum(b.received for b in self.bundles if b.status == "applied")


def _changes(result: Any) -> set[str]:
    tables = {name for name, stats in result.tables.items() if stats.applied}
    if result.conflicts:
        tables.add("conflict")
    return tables


def receive_bundles(replica: Replica, paths: Sequence[Path], progress: Progress | None = None
                    ) -> Changed[ReceivedBundles]:
    """Operation: apply each file in turn (each its own transaction); a refusal changes
    nothing and keeps the file in quarantine, and the next file is still applied."""
    out: list[IncomingBundle] = []
    tables: set[str] = set()
    for path in paths:
        sender, label = _sender(replica, path)
        try:
            imported = bundle.import_bundle(replica, path, progress=progress)
        except InputRejected as exc:
            out.append(IncomingBundle(path, "refused", sender, label, message=exc.message))
            continue
        r = imported.result
        tables |= _changes(r)
        counts = {name: st.applied for name, st in r.tables.items() if st.applied}
        out.append(IncomingBundle(path, "applied" if r.status == "applied" else r.status, r.sender, label, counts,
                                  r.applied, r.conflicts, tuple(r.warnings)))
    return Changed(ReceivedBundles(tuple(out)), Changes.of(tables))


# --- laptops (the master) -------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentWritten:
    path: Path
    device_id: str
    officer_name: str
    expires_at: dt.datetime


def enrol_laptop(replica: Replica, officer_id: str, folder: Path, *, valid_days: int = enrol.ENROLMENT_DAYS
                 ) -> Changed[EnrolmentWritten]:
    """Operation (master): register a laptop for an officer and write its enrolment file
    into ``folder`` (``perut-daftar-<officer>-<date>.perut-enroll``)."""
    with replica.begin() as s:
        officer = s.get(Officer, officer_id)
        if officer is None:
            raise InputRejected(f"Pendamping '{officer_id}' tidak dikenal.")
        name = f"perut-daftar-{_slug(officer.name)}-{dt.date.today():%Y%m%d}{bundle.ENROLMENT_SUFFIX}"
    res = bundle.write_enrolment(replica, officer_id, folder / name, valid_days=valid_days)
    return Changed(EnrolmentWritten(res.path, res.device_id, res.officer_name, res.expires_at),
                   Changes.of({"device"}))


@dataclass(frozen=True)
class LaptopConfirmed:
    device_id: str
    device_name: str
    officer_name: str
    applied: int
    set_aside: int


def confirm_laptop(replica: Replica, device_id: str, code: str, progress: Progress | None = None
                   ) -> Changed[LaptopConfirmed]:
    """Operation (master): the code the laptop shows; its held first bundle is applied."""
    done = bundle.confirm_enrolment(replica, device_id, code, progress=progress)
    r = done.imported.result
    return Changed(LaptopConfirmed(done.device_id, done.device_name, done.officer_name, r.applied, done.set_aside),
                   Changes.of(_changes(r) | {"device"}))


def revoke_laptop(session: Session, device_id: str, reason: str = "") -> devices.DeviceInfo:
    """Revoke a laptop (master): its bundles are refused from now on."""
    return devices.revoke_device(session, device_id, reason)


def reassign_visit(session: Session, visit_id: str, device_id: str) -> devices.DeviceInfo:
    """Hand an open visit to another laptop and its officer (master)."""
    return devices.reassign_visit(session, visit_id, device_id, with_officer=True)


def restore_conflict(session: Session, conflict_id: str, note: str = "") -> conflicts.ConflictInfo:
    """Use the kept value of a conflict again."""
    return conflicts.restore_conflict(session, conflict_id, note)


def dismiss_conflict(session: Session, conflict_id: str, note: str = "") -> conflicts.ConflictInfo:
    """Keep the value in use; the conflict is closed."""
    return conflicts.dismiss_conflict(session, conflict_id, note)
