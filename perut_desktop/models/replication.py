"""The one place that stamps replicated writes (DESIGN.md §4).

:func:`install` registers two listeners on a ``sessionmaker``:

* ``before_flush`` — for every replicated row inserted, changed or deleted in the flush:
  checks the ownership table (:mod:`perut_desktop.ownership`), turns deletes into
  tombstones, and sets ``version`` (one hybrid-logical-clock tick per flush), ``vv``,
  ``field_versions`` (only for the fields that really changed) and ``seq`` (one write
  counter per flush). No service sets these columns by hand.
* ``do_orm_execute`` — hides tombstones from ORM queries unless a statement asks for
  them with ``execution_options(include_deleted=True)``.

The clock and the counter live in the ``replica_state`` row, so they survive restarts and
are shared with the sync importer (:func:`observe_version`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, attributes, sessionmaker, with_loader_criteria

from perut_desktop import ownership
from perut_desktop.errors import InputRejected, OwnershipError, StateError
from perut_desktop.hlc import COUNTER_LIMIT, format_version, parse_version
from perut_desktop.models.base import (
    Replicated,
    compact_field_versions,
    content_fields,
    expand_field_versions,
    field_names,
    is_replicated,
    new_id,
)
from perut_desktop.models.domain import Device, Visit, VisitStatusEvent
from perut_desktop.enums import VisitStatus
from perut_desktop.models.local import Peer, ReplicaState

@dataclass
class ReplicaContext:
    """Who writes through a session: the replica and, on the master, the acting person.

    ``device_id`` is the writing device (normally this replica's own; the demo generator
    acts for the laptops it simulates). ``now_ms`` is the wall clock, injectable in tests.
    """

    device_id: str
    local_device_id: str
    master_device_id: str
    actor_id: str | None = None
    now_ms: Callable[[], int] = field(default=lambda: int(time.time() * 1000))

    @property
    def is_master(self) -> bool:
        return self.device_id == self.master_device_id

    def utcnow(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.now_ms() / 1000, dt.UTC).replace(tzinfo=None)


def context_of(session: Session) -> ReplicaContext:
    ctx = session.info.get("replica")
    if ctx is None:
        raise RuntimeError("session has no replica context")
    return ctx


# --- the clock and the write counter -----------------------------------------------------


#: The highest millisecond a version can carry (13 digits): a clock never passes it.
MAX_MS = 10**13 - 1
#: A field replica refuses local writes while its wall clock is more than this far ahead
#: of the newest version received from the office (None: no check): a wrong date would
#: stamp versions the office refuses.
LOCAL_AHEAD_LIMIT_MS: int | None = 366 * 86_400_000
#: The peer-state key of the highest version received from that peer.
PEER_HIGH_WATER = "high_water"


def _newest_from_office(conn: Connection, ctx: ReplicaContext) -> int | None:
    """The time (ms) of the newest version a field replica received from the office."""
    state = conn.execute(select(Peer.state).where(Peer.device_id == ctx.master_device_id)).scalar_one_or_none()
    top = (state or {}).get(PEER_HIGH_WATER)
    try:
        return parse_version(top)[0] if isinstance(top, str) and top else None
    except ValueError:
        return None


def check_wall_clock(conn: Connection, ctx: ReplicaContext) -> None:
    """Refuse (:class:`StateError`) a local write on a field replica whose wall clock is
    implausibly far ahead of the newest version received from the office."""
    if LOCAL_AHEAD_LIMIT_MS is None or ctx.local_device_id == ctx.master_device_id:
        return
    office = _newest_from_office(conn, ctx)
    now = ctx.now_ms()
    if office is not None and now - office > LOCAL_AHEAD_LIMIT_MS:
        # (both dates as this computer's calendar shows them: its own time zone, WITA in Awayan)
        day = dt.datetime.fromtimestamp(min(now, MAX_MS) / 1000)
        last = dt.datetime.fromtimestamp(office / 1000)
        raise StateError(
            f"Tanggal komputer ini ({day:%d-%m-%Y}) jauh melewati data terakhir dari kantor kecamatan "
            f"({last:%d-%m-%Y}); betulkan tanggal dan jam komputer, atau impor dahulu bundel terbaru dari kantor "
            "kecamatan, lalu coba lagi.")


def tick(conn: Connection, ctx: ReplicaContext, cache: dict[str, Any] | None = None) -> tuple[str, int]:
    """Advance the clock and the write counter once; return ``(version, seq)``.

    The first tick of a transaction takes SQLite's write lock with an UPDATE before it
    reads the state (and, on a field replica, checks the wall clock against the office's
    time: :func:`check_wall_clock`); later ticks of the same transaction (``cache``) only
    write it. Raises :class:`StateError` rather than pass the version format's last
    millisecond (a version with more digits would sort below older ones).
    """
    state = cache.get("clock") if cache is not None else None
    if state is None:
        conn.execute(update(ReplicaState).values(seq=ReplicaState.seq))
        ms, counter, seq = conn.execute(
            select(ReplicaState.hlc_ms, ReplicaState.hlc_counter, ReplicaState.seq)
        ).one()
        check_wall_clock(conn, ctx)
    else:
        ms, counter, seq = state
    now = ctx.now_ms()
    if now > ms:
        ms, counter = now, 0
    else:
        counter += 1
        if counter > COUNTER_LIMIT:
            ms, counter = ms + 1, 0
    if ms > MAX_MS:
        raise StateError("Jam replika ini sudah mencapai batas waktu yang dapat dicatat; periksa tanggal komputer "
                         "dan hubungi kantor kecamatan.")
    seq += 1
    conn.execute(update(ReplicaState).values(hlc_ms=ms, hlc_counter=counter, seq=seq))
    if cache is not None:
        cache["clock"] = (ms, counter, seq)
    return format_version(ms, counter, ctx.device_id), seq


def observe_version(conn: Connection, version: str, ceiling_ms: int | None = None) -> None:
    """Move the clock past ``version`` (an imported one), so a later local edit always
    carries a higher version than anything it could have been based on. The clock never
    observes a time after ``ceiling_ms`` (:class:`InputRejected`; the importer refuses
    such a bundle before)."""
    ms, counter, _ = parse_version(version)
    if ceiling_ms is not None and ms > ceiling_ms:
        raise InputRejected("Bundel ditolak: versinya terlalu jauh di depan jam komputer ini.")
    cur_ms, cur_counter = conn.execute(
        select(ReplicaState.hlc_ms, ReplicaState.hlc_counter)
    ).one()
    if (ms, counter) > (cur_ms, cur_counter):
        conn.execute(update(ReplicaState).values(hlc_ms=ms, hlc_counter=counter))


def reserve_seq(conn: Connection) -> int:
    """Bump the write counter once (for set-based writes outside the ORM)."""
    conn.execute(update(ReplicaState).values(seq=ReplicaState.seq + 1))
    return conn.execute(select(ReplicaState.seq)).scalar_one()


# --- the flush hook ----------------------------------------------------------------------


def _changed_fields(obj: Replicated) -> set[str]:
    changed: set[str] = set()
    for name in content_fields(type(obj)) + ("deleted",):
        hist = attributes.get_history(obj, name)
        if not hist.has_changes():
            continue
        if hist.added and hist.deleted and hist.added[0] == hist.deleted[0]:
            continue
        changed.add(name)
    return changed


def _visit_id_of(obj: Replicated) -> str | None:
    if isinstance(obj, Visit):
        return obj.id
    return getattr(obj, "visit_id", None)


def _visit_owner(session: Session, visit_id: str) -> str | None:
    for pending in session.new:
        if isinstance(pending, Visit) and pending.id == visit_id:
            return pending.device_id
    visit = session.get(Visit, visit_id, execution_options={"include_deleted": True})
    if visit is None:
        return None
    hist = attributes.get_history(visit, "device_id")
    return hist.deleted[0] if hist.deleted else visit.device_id  # the owner before this flush


def current_status(session: Session, visit_id: str) -> VisitStatus | None:
    """The status of a visit as stored (its latest status event), or None.

    Cached for the session's transaction: the flush hook updates the cache when it stamps a
    new status event, and the cache is dropped at commit and rollback."""
    cache: dict[str, VisitStatus | None] = session.info.setdefault("_status_cache", {})
    if visit_id in cache:
        return cache[visit_id]
    value = session.execute(
        select(VisitStatusEvent.to_status)
        .where(VisitStatusEvent.visit_id == visit_id, VisitStatusEvent.deleted.is_(False))
        .order_by(VisitStatusEvent.recorded_hlc.desc(), VisitStatusEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    cache[visit_id] = VisitStatus(value) if value else None
    return cache[visit_id]


def _drop_status_cache(session: Session, *_: Any) -> None:
    session.info.pop("_status_cache", None)
    session.info.pop("_tx_cache", None)


def _officer_devices(session: Session, officer_id: str) -> frozenset[str]:
    rows = session.execute(select(Device.id).where(Device.officer_id == officer_id)).scalars()
    return frozenset(rows)


def _check(session: Session, ctx: ReplicaContext, obj: Replicated, fields: set[str], new: bool) -> None:
    table = obj.__tablename__  # type: ignore[attr-defined]
    if not new and table in ownership.APPEND_ONLY:
        raise OwnershipError(
            f"Catatan {ownership.TABLE_LABELS.get(table, table)} tidak dapat diubah setelah dibuat."
        )
    wctx = ownership.WriteContext(device_id=ctx.device_id, is_master=ctx.is_master)
    if ownership.WRITERS.get(table) is ownership.Writer.VISIT_OWNER:
        visit_id = _visit_id_of(obj)
        owner = _visit_owner(session, visit_id) if visit_id else None
        status = current_status(session, visit_id) if visit_id else None
        wctx = ownership.WriteContext(
            device_id=ctx.device_id, is_master=ctx.is_master, visit_owner=owner, visit_status=status
        )
        if isinstance(obj, VisitStatusEvent):
            reason = ownership.transition_denial(
                status,
                VisitStatus(obj.to_status),
                is_master=ctx.is_master,
                is_owner=owner in (None, ctx.device_id),
            )
            if reason is None and (obj.from_status or None) != (status.value if status else None):
                reason = "Status kunjungan sudah berubah; muat ulang lalu coba lagi."
            if reason:
                raise OwnershipError(reason)
    elif table in ownership.SELF_FIELDS and not ctx.is_master:
        wctx = ownership.WriteContext(
            device_id=ctx.device_id,
            is_master=False,
            officer_device_ids=_officer_devices(session, obj.id),
        )
    reason = ownership.denial(table, frozenset(fields - {"deleted"}) or frozenset(fields), wctx)
    if reason:
        raise OwnershipError(reason)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in list(session.deleted):
        if is_replicated(obj):
            session.add(obj)  # a delete of a replicated row becomes a tombstone
            obj.deleted = True
    writes: list[tuple[Replicated, set[str], bool]] = []
    for obj in session.new:
        if is_replicated(obj):
            writes.append((obj, set(content_fields(type(obj))) | {"deleted"}, True))
    for obj in session.dirty:
        if is_replicated(obj) and obj not in session.new:
            changed = _changed_fields(obj)
            if changed:
                writes.append((obj, changed, False))
    if not writes:
        return
    # What this unit of work wrote, by table: the window refreshes only what it touches.
    session.info.setdefault("written_tables", set()).update(obj.__tablename__ for obj, _, _ in writes)  # type: ignore[attr-defined]
    ctx = context_of(session)
    with session.no_autoflush:
        for obj, fields, new in writes:
            _check(session, ctx, obj, fields, new)
    version, seq = tick(session.connection(), ctx, session.info.setdefault("_tx_cache", {}))
    for obj, fields, new in writes:
        if new:
            if obj.id is None:
                obj.id = new_id()
            if obj.deleted is None:
                obj.deleted = False
            if isinstance(obj, VisitStatusEvent):
                obj.recorded_hlc = version
                session.info.setdefault("_status_cache", {})[obj.visit_id] = VisitStatus(obj.to_status)
        names = field_names(type(obj))
        versions = {} if new else expand_field_versions(obj.field_versions, obj.version, names)
        for name in fields:
            versions[name] = version
        obj.field_versions = compact_field_versions(versions, version)
        vv = dict(obj.vv or {}) if not new else {}
        vv[ctx.device_id] = version
        obj.vv = vv
        obj.version = version
        obj.seq = seq


def _hide_tombstones(state: ORMExecuteState) -> None:
    if (
        state.is_select
        and not state.is_column_load
        and not state.execution_options.get("include_deleted", False)
    ):
        state.statement = state.statement.options(
            with_loader_criteria(Replicated, lambda cls: cls.deleted.is_(False), include_aliases=True)
        )


def install(factory: sessionmaker[Session]) -> None:
    """Register the replication listeners on ``factory`` (once)."""
    if getattr(factory, "_perut_installed", False):
        return
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _hide_tombstones)
    event.listen(factory, "after_commit", _drop_status_cache)
    event.listen(factory, "after_rollback", _drop_status_cache)
    factory._perut_installed = True  # type: ignore[attr-defined]
