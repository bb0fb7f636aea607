"""Export and import of bundle payloads (DESIGN.md §4), below the container.

The seam: :func:`export_payload` writes a payload SQLite file and returns its header (a
dict); :func:`apply_payload` takes a verified, extracted payload file (and the header the
container verified) and merges it into the replica in ONE transaction. Signing,
encryption and the bundle file are :mod:`perut_desktop.sync.bundle`'s business.

Acknowledgements. Each replica numbers its writes (``seq``). A bundle from A to B carries
A's rows with ``seq`` in ``(since, upto]`` where ``since`` is what B acknowledged; B
records, per peer, the contiguous prefix of A's ``seq`` range it has applied
(``applied_upto``) and sends it back as its acknowledgement. A bundle whose ``since`` lies
beyond ``applied_upto`` would leave a gap: it is refused until its predecessor arrives.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError

from perut_desktop import __version__, db
from perut_desktop.db import Replica
from perut_desktop.enums import Role
from perut_desktop.errors import Hint, InputRejected
from perut_desktop.hlc import device_of, parse_version, written_by_sql
from perut_desktop.models import (
    Device,
    ImportLog,
    Peer,
    ReplicaState,
    Subdistrict,
    compact_field_versions,
    derived_id,
    expand_field_versions,
)
from perut_desktop.models.replication import PEER_HIGH_WATER, observe_version, reserve_seq, tick
from perut_desktop.sync import ownership_check
from perut_desktop.sync.merge import merge_rows
from perut_desktop.sync.payload import (
    ALIAS,
    PAYLOAD_FORMAT,
    SUPPORTED_FORMATS,
    TABLE_BY_NAME,
    TABLES,
    RowScan,
    TableSpec,
    check_layout,
    check_rows,
    create_schema,
    q,
    read_meta,
    write_meta,
)
from perut_desktop.sync.versions import covered, dumps, vv_max

Progress = Callable[[int, int, str], None]

DAY_MS = 86_400_000
#: On the master, a laptop's versions more than this far ahead of the master's clock are
#: refused (None: no bound); a lead of more than a day is imported with a warning. The
#: office may set another number of days in the environment variable below.
CLOCK_AHEAD_ENV = "PERUT_CLOCK_AHEAD_DAYS"
CLOCK_AHEAD_LIMIT_MS: int | None = 7 * DAY_MS


def clock_ahead_limit_ms() -> int | None:
    """The bound in force: :data:`CLOCK_AHEAD_ENV` (whole days) when set, else the default."""
    text = os.environ.get(CLOCK_AHEAD_ENV, "").strip()
    return int(text) * DAY_MS if text.isdigit() else CLOCK_AHEAD_LIMIT_MS

#: Per bundle, the attachment files it may bring.
ATTACHMENT_QUOTA_BYTES = 4 << 30
#: Peer state keys: the highest version received from the peer (its versions only rise),
#: and the office's acceptance of its versions up to a stated time.
HIGH_WATER = PEER_HIGH_WATER
#: The largest integer a bundle's meta may state (SQLite's 64-bit integers).
MAX_INT = (1 << 63) - 1
CLOCK_ACCEPTED = "clock_accepted"
FAULT_POINTS = frozenset({"after_verify", "mid_merge", "before_commit", "after_commit"})


def fault(point: str) -> None:
    """Crash-test hook: ``PERUT_FAULT=<point>`` kills the process (SIGKILL) right there."""
    if os.environ.get("PERUT_FAULT") == point:
        os.kill(os.getpid(), signal.SIGKILL)


# --- results -------------------------------------------------------------------------------


@dataclass
class TableStats:
    received: int = 0
    inserted: int = 0
    updated: int = 0  # fast-forwarded to the incoming row
    merged: int = 0  # concurrent edits merged field by field
    unchanged: int = 0  # identical version or already included
    held: int = 0  # edits to a reassigned visit, kept as conflicts

    @property
    def applied(self) -> int:
        return self.inserted + self.updated + self.merged


@dataclass
class ImportResult:
    bundle_id: str
    sender: str
    status: str  # "applied" | "already" | "dry-run"
    tables: dict[str, TableStats] = field(default_factory=dict)
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def received(self) -> int:
        return sum(t.received for t in self.tables.values())

    @property
    def applied(self) -> int:
        return sum(t.applied for t in self.tables.values())


@dataclass
class ExportResult:
    header: dict[str, Any]
    counts: dict[str, int]
    payload: Path
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


# --- helpers -------------------------------------------------------------------------------


@contextmanager
def attached(replica: Replica, path: Path, *, check: bool = False) -> Iterator[Connection]:
    """A connection with ``path`` attached as ``p``; detached (after rollback) on exit.
    Functions in the payload's schema are not trusted; ``check`` runs SQLite's
    ``quick_check`` of the attached file first (a received payload)."""
    with replica.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        try:
            raw.execute("PRAGMA trusted_schema=OFF")  # type: ignore[union-attr]
            raw.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(path),))  # type: ignore[union-attr]
        except sqlite3.DatabaseError as exc:
            raise InputRejected(f"Isi bundel rusak ({_db_problem(str(exc))}); bundel ditolak.") from None
        try:
            if check:
                try:
                    verdict = raw.execute(f"PRAGMA {ALIAS}.quick_check(1)").fetchone()  # type: ignore[union-attr]
                except sqlite3.DatabaseError as exc:
                    verdict = (str(exc),)
                if verdict is None or verdict[0] != "ok":
                    raise InputRejected("Isi bundel rusak (data di dalamnya bukan basis data yang utuh); "
                                        "bundel ditolak.")
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute(f"DETACH DATABASE {ALIAS}")  # type: ignore[union-attr]


def _db_problem(text: str) -> str:
    """SQLite's (English) complaint about a payload file, in the user's words."""
    low = text.lower()
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return "data di dalamnya bukan basis data yang utuh"
    return text.splitlines()[0][:80] if text else "tidak terbaca"


def _state(conn: Connection) -> Any:
    conn.execute(update(ReplicaState).values(seq=ReplicaState.seq))  # take the write lock first
    return conn.execute(select(ReplicaState)).one()


def _peer(conn: Connection, device_id: str) -> Any:
    row = conn.execute(select(Peer).where(Peer.device_id == device_id)).one_or_none()
    if row is None:
        conn.execute(insert(Peer).values(device_id=device_id, epoch=0, acked_seq=0, sent_seq=0, next_out_bundle=1,
                                         applied_in_bundle=0, state={}))
        row = conn.execute(select(Peer).where(Peer.device_id == device_id)).one()
    return row


def _now(replica: Replica) -> dt.datetime:
    return replica.context.utcnow()


def _kecamatan_code(conn: Connection, state: Any) -> str:
    code = conn.execute(select(Subdistrict.code).where(Subdistrict.id == state.subdistrict_id)).scalar_one_or_none()
    return code or ""


def device_label(conn: Connection, device_id: str) -> str:
    row = conn.execute(select(Device.name).where(Device.id == device_id)).scalar_one_or_none()
    return f"{row} ({device_id})" if row else device_id


# --- export --------------------------------------------------------------------------------


def export_payload(replica: Replica, out: Path, *, to: str | None = None, full: bool = False,
                   rows: bool = True, progress: Progress | None = None,
                   meta_hook: Callable[[dict[str, Any]], None] | None = None,
                   revocation_notice: bool = False) -> ExportResult:
    """Write the payload for peer ``to`` (the master on a field replica) to ``out``.

    ``rows=False`` writes an empty payload that acknowledges and covers nothing (a bundle
    carrying only attachment files). ``meta_hook(header)`` may add keys to the meta.
    ``revocation_notice`` (master, to a revoked laptop — refused otherwise): a payload
    that covers nothing and carries only the laptop's own device record, so that the
    laptop learns it is revoked and no other data reaches it."""
    started = time.perf_counter()
    out.unlink(missing_ok=True)
    with attached(replica, out) as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(f"PRAGMA {ALIAS}.journal_mode=OFF")  # type: ignore[union-attr]
        raw.execute(f"PRAGMA {ALIAS}.synchronous=OFF")  # type: ignore[union-attr]
        state = conn.execute(select(ReplicaState)).one()
        recipient = _recipient(conn, state, to, revoked_ok=revocation_notice)
        peer = _peer(conn, recipient)
        pstate = dict(peer.state or {})
        since = 0 if full else peer.acked_seq
        upto = state.seq if rows and not revocation_notice else since
        echo, params = delta_filter(peer, full=full)
        params = (since, upto, *params)
        create_schema(conn)
        counts: dict[str, int] = {}
        max_version = ""
        for n, t in enumerate(TABLES):
            if progress:
                progress(n, len(TABLES), t.name)
            res = conn.exec_driver_sql(
                f"INSERT INTO {ALIAS}.{q(t.name)} ({t.cols_sql}) SELECT {t.cols_sql} FROM main.{q(t.name)} "
                f"WHERE seq > ? AND seq <= ?{echo}", params)
            counts[t.name] = max(res.rowcount, 0)
            if revocation_notice and t.name == "device":
                res = conn.exec_driver_sql(f"INSERT INTO {ALIAS}.device ({t.cols_sql}) SELECT {t.cols_sql} "
                                           "FROM main.device WHERE id = ? AND revoked", (recipient,))
                counts[t.name] = max(res.rowcount, 0)
            if counts[t.name]:
                top = conn.exec_driver_sql(f"SELECT max(version) FROM {ALIAS}.{q(t.name)}").scalar() or ""
                max_version = max(max_version, top)
        attachments = [r[0] for r in conn.exec_driver_sql(
            f"SELECT DISTINCT sha256 FROM {ALIAS}.attachment WHERE deleted = 0 ORDER BY sha256").all()]
        header = {
            "format": PAYLOAD_FORMAT,
            "app_version": __version__,
            "schema": db.SCHEMA_REVISION,
            "bundle_id": uuid.uuid4().hex,
            "kecamatan": _kecamatan_code(conn, state),
            "sender": state.device_id,
            "sender_role": state.role,
            "recipient": recipient,
            "epoch": state.epoch,
            "recipient_epoch": peer.epoch,
            "bundle_no": peer.next_out_bundle,
            "since_seq": since,
            "upto_seq": upto,
            "ack_seq": int(pstate.get("applied_upto", 0)),
            "full": full,
            "created_at": _now(replica).isoformat(timespec="seconds"),
            "counts": counts,
            "attachments": attachments,
            "max_version": max_version,
        }
        if meta_hook is not None:
            meta_hook(header)
        write_meta(conn, header)
        conn.execute(update(Peer).where(Peer.device_id == recipient).values(
            next_out_bundle=peer.next_out_bundle + 1, sent_seq=max(peer.sent_seq, upto), last_sent_at=_now(replica)))
        conn.commit()
    if progress:
        progress(len(TABLES), len(TABLES), "selesai")
    return ExportResult(header, counts, out, time.perf_counter() - started)


def delta_filter(peer: Any, *, full: bool = False) -> tuple[str, tuple[Any, ...]]:
    """SQL (after ``seq > ? AND seq <= ?``) leaving out the peer's own rows (echo
    suppression): rows whose current version the peer wrote, and rows applied verbatim
    from its bundles; none after its restore (``echo_floor``) or with ``full``."""
    if full:
        return "", ()
    pstate = dict(peer.state or {})
    written, suffix = written_by_sql("version", peer.device_id)
    echo_seqs = sorted(int(s) for s in pstate.get("echo_seqs", []) if int(s) > peer.acked_seq)
    sql = f" AND NOT (seq > ? AND {written})"
    if echo_seqs:
        sql += f" AND seq NOT IN ({', '.join(str(s) for s in echo_seqs)})"
    return sql, (int(pstate.get("echo_floor", 0)), suffix)


def pending_rows(conn: Connection, peer: Any) -> int:
    """How many rows the next bundle to ``peer`` would carry."""
    sql, params = delta_filter(peer)
    upto = conn.execute(select(ReplicaState.seq)).scalar_one()
    return sum(conn.exec_driver_sql(f"SELECT count(*) FROM main.{q(t.name)} WHERE seq > ? AND seq <= ?{sql}",
                                    (peer.acked_seq, upto, *params)).scalar_one() for t in TABLES)


def _recipient(conn: Connection, state: Any, to: str | None, *, revoked_ok: bool = False) -> str:
    if state.role != Role.MASTER:
        master = state.master_device_id
        if to and to != master:
            raise InputRejected("Replika lapangan hanya bertukar bundel dengan kantor kecamatan (master).")
        return master
    if not to:
        raise InputRejected("Perangkat tujuan bundel belum disebutkan.", hint=Hint.CHOOSE_RECIPIENT)
    dev = conn.execute(select(Device).where(Device.id == to, Device.deleted.is_(False))).one_or_none()
    if dev is None or dev.id == state.device_id:
        raise InputRejected(f"Perangkat {to} tidak dikenal.", hint=Hint.LIST_DEVICES, record=to)
    if dev.revoked != revoked_ok:
        if dev.revoked:
            raise InputRejected(f"Perangkat {to} sudah dicabut; bundel tidak dibuat.")
        raise InputRejected(f"Perangkat {to} tidak dicabut; pemberitahuan pencabutan tidak dibuat.")
    return dev.id


# --- import --------------------------------------------------------------------------------


ApplyHook = Callable[[Connection, dict[str, Any], Any], None]


def apply_payload(replica: Replica, payload: Path, header: dict[str, Any] | None = None, *,
                  dry_run: bool = False, progress: Progress | None = None,
                  before_merge: ApplyHook | None = None, attachments: dict[str, int] | None = None) -> ImportResult:
    """Merge a verified payload file into the replica in one transaction.

    Raises :class:`InputRejected` (nothing changed) for anything that cannot be accepted;
    returns status ``"already"`` (nothing changed) for a bundle applied before.
    ``before_merge(conn, meta, state)`` runs inside the transaction (enrolment);
    ``attachments`` (SHA-256 → size) are the files the bundle carries besides the payload."""
    started = time.perf_counter()
    fault("after_verify")
    with attached(replica, payload, check=True) as conn:
        try:
            state = _state(conn)
            _check_schema(conn)
            present = check_layout(conn)
            meta = read_meta(conn)
            result = _apply(conn, replica, state, meta, header, present, progress, before_merge, attachments)
        except IntegrityError as exc:
            conn.rollback()
            raise InputRejected(f"Bundel ditolak: catatan tidak cocok dengan data di sini ({_reason(exc)}).") from exc
        except DatabaseError as exc:
            conn.rollback()
            if "locked" in str(exc.orig):
                raise
            raise InputRejected(f"Isi bundel rusak ({_db_problem(str(exc.orig))}); bundel ditolak.") from exc
        if result.status == "already":
            conn.rollback()
        elif dry_run:
            conn.rollback()
            result.status = "dry-run"
        else:
            fault("before_commit")
            conn.commit()
            fault("after_commit")
    result.seconds = time.perf_counter() - started
    return result


def _reason(exc: IntegrityError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "FOREIGN KEY" in text:
        return "merujuk catatan yang tidak ada di sini maupun di bundel"
    return text.splitlines()[0][:120]


def _apply(conn: Connection, replica: Replica, state: Any, meta: dict[str, Any], header: dict[str, Any] | None,
           present: set[str], progress: Progress | None, before_merge: ApplyHook | None,
           attachments: dict[str, int] | None = None) -> ImportResult:
    """The import, phase by phase; each phase raises :class:`InputRejected` (the caller
    rolls back) before the next one runs. The order of the checks is part of the contract:
    it decides which reason a bundle with several faults is refused for."""
    _check_meta(meta, header)
    bundle_id, sender = str(meta["bundle_id"]), str(meta["sender"])
    result = ImportResult(bundle_id, sender, "applied", header=meta)
    _check_addressed_here(state, meta)
    if _already_applied(conn, sender, bundle_id):
        result.status = "already"
        return result
    _check_sender(conn, state, sender)
    counts = _promised_counts(meta)
    link = _check_continuity(conn, state, meta, sender)
    specs, scans = _check_rows(conn, present, counts, sender)
    max_version = max((s.top for s in scans.values()), default="")
    ceiling = _check_clock(conn, replica, state, link, max_version, result)
    if before_merge is not None:
        before_merge(conn, meta, state)
    held = ownership_check.check(conn, state, sender, specs, scans)
    result.warnings.extend(held.warnings)
    _check_attachments(conn, attachments or {}, with_rows=any(int(n) for n in counts.values()))
    if max_version:
        observe_version(conn, max_version, ceiling)
    seq_verbatim, seq_merged, conflicts_top = _merge(conn, replica, specs, held, result, progress)
    top = max(max_version, conflicts_top)
    if top:
        observe_version(conn, top, ceiling)
    _record_peer(conn, replica, state, meta, link, seq_verbatim, seq_merged, held.top)
    _log_applied(conn, replica, result)
    _check_rows_accounted(specs, result)
    return result


def _check_schema(conn: Connection) -> None:
    """A bundle written with a newer schema than this program's is refused before its tables
    are looked at (they may hold columns this program does not know), with the release to
    install. Bundles without the key (written before it existed) go on to the usual checks."""
    if not conn.exec_driver_sql(f"SELECT 1 FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name = 'meta'").first():
        return  # check_layout says so
    rows = dict(conn.exec_driver_sql(
        f"SELECT key, value FROM {ALIAS}.meta WHERE key IN ('schema', 'app_version')").all())
    try:
        schema = json.loads(rows.get("schema", "null"))
        app_version = json.loads(rows.get("app_version", "null"))
    except (TypeError, ValueError):
        return  # read_meta refuses it with its reason
    if not isinstance(schema, str) or not schema or len(schema) > 32 or db.is_known_revision(schema):
        return
    release = db.release_text(db.release_number(app_version)) if isinstance(app_version, str) else None
    raise InputRejected(db.newer_schema_message("Bundel ini", schema, release, then="impor lagi"))


def _check_meta(meta: dict[str, Any], header: dict[str, Any] | None) -> None:
    """Guarantees: the payload's format is one this version reads (a newer one asks for an
    update); every key the import needs is there, of its type (counters non-negative
    integers, names text, the counts a map of non-negative integers) and equal to the
    header the container verified; the seq range is not reversed."""
    fmt = meta.get("format")
    if not isinstance(fmt, int) or fmt not in SUPPORTED_FORMATS:
        if isinstance(fmt, int) and fmt > PAYLOAD_FORMAT:
            raise InputRejected(f"Bundel dibuat dengan format {fmt} yang lebih baru; perbarui PERUT lalu impor lagi.")
        raise InputRejected("Isi bundel tidak sah (format tidak dikenal).")
    for key in ("bundle_id", "sender", "recipient", "kecamatan", "epoch", "since_seq", "upto_seq", "ack_seq",
                "counts"):
        if key not in meta:
            raise InputRejected(f"Isi bundel tidak sah (meta tanpa '{key}').")
        if header is not None and key in header and header[key] != meta[key]:
            raise InputRejected(f"Isi bundel tidak cocok dengan kepalanya ('{key}' berbeda); bundel ditolak.")
    for key in ("epoch", "since_seq", "upto_seq", "ack_seq", "bundle_no", "recipient_epoch"):
        if key in meta and (type(meta[key]) is not int or not 0 <= meta[key] <= MAX_INT):
            raise InputRejected(f"Isi bundel tidak sah (meta '{key}' bukan bilangan).")
    for key in ("bundle_id", "sender", "recipient", "kecamatan"):
        if not isinstance(meta.get(key), str):
            raise InputRejected(f"Isi bundel tidak sah (meta '{key}' bukan teks).")
    if not isinstance(meta["counts"], dict) or any(type(v) is not int or not 0 <= v <= MAX_INT
                                                   for v in meta["counts"].values()):
        raise InputRejected("Isi bundel tidak sah (jumlah baris per tabel).")
    if int(meta["since_seq"]) > int(meta["upto_seq"]):
        raise InputRejected("Isi bundel tidak sah (rentang penulisan terbalik).")


def _check_addressed_here(state: Any, meta: dict[str, Any]) -> None:
    """Guarantees: the bundle is addressed to this device, was not made by it, and comes
    from this replica's kecamatan (when both name one)."""
    if meta["recipient"] != state.device_id:
        raise InputRejected(f"Bundel ini ditujukan ke perangkat {meta['recipient']}, bukan perangkat ini "
                            f"({state.device_id}).")
    if meta["sender"] == state.device_id:
        raise InputRejected("Bundel ini dibuat oleh perangkat ini sendiri; impor di perangkat tujuan.")
    if meta.get("kecamatan") and state.subdistrict_id and derived_id("subdistrict", str(meta["kecamatan"])) != \
            state.subdistrict_id:
        raise InputRejected(f"Bundel ini dari kecamatan lain ({meta['kecamatan']}); bundel ditolak.")


def _already_applied(conn: Connection, sender: str, bundle_id: str) -> bool:
    """Whether the import log holds this sender's bundle as applied (a second import
    changes nothing). Keyed by the sender too: the same id from another device is another
    bundle, never "already imported"."""
    return applied_outcome(conn, sender, bundle_id) == "applied"


def applied_outcome(conn: Connection, sender: str, bundle_id: str) -> str | None:
    """The import log's outcome for ``(sender, bundle_id)`` ("applied", "refused"), or None."""
    return conn.execute(select(ImportLog.outcome).where(ImportLog.sender_device_id == sender,
                                                        ImportLog.bundle_id == bundle_id)).scalar_one_or_none()


def _check_sender(conn: Connection, state: Any, sender: str) -> None:
    """Guarantees: on the master, the sender is a registered, unrevoked field device; on a
    laptop, the sender is its master."""
    if state.role == Role.MASTER:
        dev = conn.execute(select(Device).where(Device.id == sender)).one_or_none()
        if dev is None or dev.deleted:
            raise InputRejected(f"Bundel dari perangkat {sender} yang tidak terdaftar di kecamatan ini; bundel ditolak.")
        if dev.revoked:
            raise InputRejected(f"Perangkat {device_label(conn, sender)} sudah dicabut; bundelnya ditolak.")
        if dev.role == Role.MASTER:
            raise InputRejected("Bundel dari master lain; bundel ditolak.")
    elif sender != state.master_device_id:
        raise InputRejected(f"Replika lapangan hanya menerima bundel dari kantor kecamatan, bukan dari {sender}.")


def _promised_counts(meta: dict[str, Any]) -> dict[str, int]:
    """The row count promised per table. Guarantees: it names only replicated tables."""
    counts = meta["counts"]
    if not isinstance(counts, dict) or set(counts) - set(TABLE_BY_NAME):
        raise InputRejected("Isi bundel tidak sah (jumlah baris per tabel).")
    return counts


@dataclass(frozen=True)
class _Link:
    """The sender's peer record as the import found it, and where its bundle continues."""

    peer: Any
    pstate: dict[str, Any]  # a copy of the peer state taken before the merge
    epoch: int
    upto: int
    applied_upto: int  # what was applied of the sender's current epoch (0 in a new epoch)
    new_epoch: bool


def _check_continuity(conn: Connection, state: Any, meta: dict[str, Any], sender: str) -> _Link:
    """Peers: epochs and the contiguous acknowledgement (a peer record is created for a
    first bundle). Guarantees: the bundle is not from an older epoch of the sender (a
    restored clone), and, within the sender's epoch, it continues what was applied here
    without a gap. A newer epoch (the sender was restored from a backup) starts its range
    again."""
    peer = _peer(conn, sender)
    pstate = dict(peer.state or {})
    epoch, since, upto = int(meta["epoch"]), int(meta["since_seq"]), int(meta["upto_seq"])
    new_epoch = False
    if epoch < peer.epoch:
        raise InputRejected(
            f"Bundel dari {device_label(conn, sender)} berasal dari salinan lama (epoch {epoch}, sekarang "
            f"{peer.epoch}): kemungkinan salinan cadangan yang dipulihkan di perangkat lain. Bundel ditolak.")
    applied_upto = int(pstate.get("applied_upto", 0))
    if epoch > peer.epoch:
        new_epoch = True  # a restored replica: its seq range starts again where its backup was
        applied_upto = 0
    elif since > applied_upto:
        if int(meta.get("recipient_epoch", state.epoch)) < state.epoch:
            raise InputRejected(
                f"Bundel dari {device_label(conn, sender)} dibuat sebelum data di sini dipulihkan dari cadangan; "
                "kirim dahulu bundel dari perangkat ini ke sana, lalu minta bundel baru.")
        raise InputRejected(
            f"Bundel no. {meta.get('bundle_no', '?')} dari {device_label(conn, sender)} melanjutkan bundel yang "
            "belum diimpor di sini; impor bundel sebelumnya dahulu, lalu impor bundel ini lagi.")
    return _Link(peer, pstate, epoch, upto, applied_upto, new_epoch)


def _check_rows(conn: Connection, present: set[str], counts: dict[str, int],
                sender: str) -> tuple[list[TableSpec], dict[str, RowScan]]:
    """The rows: counted and well-formed; returns the specs of the tables present, in
    insert order, and what the pass over each found (the authors of its versions, the
    sender's among them, its highest version). Guarantees: every table holds exactly the
    rows promised (the one comparison with the promised counts: the payload is not written
    afterwards), no table with rows promised is missing, and every row's sync columns are
    well-formed."""
    for name in present:
        actual = conn.exec_driver_sql(f"SELECT count(*) FROM {ALIAS}.{q(name)}").scalar_one()
        if int(counts.get(name, 0)) != actual:
            raise InputRejected(f"Isi bundel tidak lengkap: tabel {name} berisi {actual} baris, dijanjikan "
                                f"{counts.get(name, 0)}; bundel ditolak.")
    for name, n in counts.items():
        if int(n) and name not in present:
            raise InputRejected(f"Isi bundel tidak lengkap: tabel {name} tidak ada; bundel ditolak.")
    specs = [t for t in TABLES if t.name in present]
    return specs, {t.name: check_rows(conn, t, sender) for t in specs}


def _check_clock(conn: Connection, replica: Replica, state: Any, link: _Link, max_version: str,
                 result: ImportResult) -> int | None:
    """Clocks (DESIGN.md §4, §5). On the master, a laptop's bundle with a version more
    than :func:`clock_ahead_limit_ms` ahead of this computer's clock is refused (unless the
    office accepted that device's versions up to a stated time: :func:`accepted_until`); a
    smaller lead is imported with a warning naming the device. Returns the highest time
    (ms) this replica's clock may observe from the bundle (None: no bound — a laptop takes
    the office's time, which the office bounded when it received each version)."""
    if not max_version:
        return None
    ms = parse_version(max_version)[0]
    now = replica.context.now_ms()
    ceiling = None
    limit = clock_ahead_limit_ms()
    if state.role == Role.MASTER and limit is not None:
        ceiling = max(now + limit, accepted_until(link.pstate))
        if ms > ceiling:
            ahead = (ms - now) / DAY_MS
            raise InputRejected(
                f"Bundel ditolak: jam perangkat {device_label(conn, device_of(max_version))} {ahead:.0f} hari lebih "
                "maju dari jam komputer ini; betulkan tanggal perangkat itu, atau terima versinya sampai tanggal "
                "tertentu bila memang sudah tercatat.", hint=Hint.ACCEPT_DEVICE_CLOCK, record=device_of(max_version))
    if ms > now + DAY_MS:
        ahead = (ms - now) / DAY_MS
        result.warnings.append(
            f"Jam perangkat {device_label(conn, device_of(max_version))} {ahead:.0f} hari lebih maju dari jam "
            "komputer ini; periksa tanggal dan jam perangkat itu (perubahannya tetap diimpor).")
    return ceiling


def accepted_until(pstate: dict[str, Any]) -> int:
    """Until when (ms) the office accepted a device's versions ahead of its clock (0: never)."""
    accepted = pstate.get(CLOCK_ACCEPTED) or {}
    value = accepted.get("until_ms", 0) if isinstance(accepted, dict) else 0
    return value if type(value) is int else 0


def _check_attachments(conn: Connection, files: dict[str, int], *, with_rows: bool) -> None:
    """The attachment files a bundle carries: together within :data:`ATTACHMENT_QUOTA_BYTES`
    and, in a bundle with records, each named by an attachment record of the bundle or of
    this replica, of the size that record states (a bundle cannot fill the disk with files
    nobody refers to). The later parts of a split bundle carry files only, whose records
    travel in the first part, which may arrive after them: their files are bounded by the
    quota alone."""
    if not files:
        return
    if sum(files.values()) > ATTACHMENT_QUOTA_BYTES:
        raise InputRejected(f"Bundel ditolak: lampirannya lebih dari {ATTACHMENT_QUOTA_BYTES >> 20} MB.")
    if not with_rows:
        return
    in_payload = conn.exec_driver_sql(
        f"SELECT 1 FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name = 'attachment'").first() is not None
    for sha, size in sorted(files.items()):
        sources = ["SELECT size FROM main.attachment WHERE sha256 = ?"]
        if in_payload:
            sources.append(f"SELECT size FROM {ALIAS}.attachment WHERE sha256 = ?")
        sizes = {r[0] for r in conn.exec_driver_sql(" UNION ".join(sources), (sha,) * len(sources))}
        if not sizes:
            raise InputRejected(f"Bundel ditolak: berkas lampiran {sha[:12]}… tidak dirujuk catatan lampiran "
                                "mana pun.")
        if size not in sizes:
            raise InputRejected(f"Bundel ditolak: ukuran berkas lampiran {sha[:12]}… tidak sesuai catatannya.")


def _merge(conn: Connection, replica: Replica, specs: list[TableSpec], held: ownership_check.Held,
           result: ImportResult, progress: Progress | None) -> tuple[int, int, str]:
    """Merge every table (parents first) and store the conflicts detected; fills
    ``result.tables`` and ``result.conflicts``. Rows applied as they came get one new
    ``seq``, rows this replica merged another (so echo suppression can tell them apart);
    held rows (edits to a reassigned visit) are superseded by one new local version.
    Returns ``(seq_verbatim, seq_merged, top)``, ``top`` being the highest version of the
    conflicts stored ("" when none)."""
    stamp: list[str] = []

    def new_version() -> str:
        """One new local version for this import (tombstones of held records)."""
        if not stamp:
            stamp.append(tick(conn, replica.context)[0])
        return stamp[0]
    seq_verbatim = reserve_seq(conn)
    seq_merged = reserve_seq(conn)
    generated: dict[str, dict[str, Any]] = {}
    for c in held.conflicts:
        generated[c["id"]] = c
    total = len(specs)
    for n, t in enumerate(specs):
        if progress:
            progress(n, total, t.name)
        stats = _merge_table(conn, t, held.ids.get(t.name, set()), seq_verbatim, seq_merged, generated)
        if held.ids.get(t.name):
            stats.held = _hold_rows(conn, t, held.ids[t.name], seq_merged, new_version)
        result.tables[t.name] = stats
        if n == total // 2:
            fault("mid_merge")
    top = ""
    if generated:
        result.conflicts = _merge_generated(conn, list(generated.values()), seq_merged)
        if result.conflicts:
            top = max(c["version"] for c in generated.values())
    if progress:
        progress(total, total, "selesai")
    return seq_verbatim, seq_merged, top


def _record_peer(conn: Connection, replica: Replica, state: Any, meta: dict[str, Any], link: _Link,
                 seq_verbatim: int, seq_merged: int, top: str) -> None:
    """Bookkeeping: the sender's peer record. Guarantees: the acknowledgement of this
    replica's writes only grows within its current epoch and never passes what it holds;
    ``applied_upto`` moves to the end of this bundle's range; the rows applied verbatim are
    remembered for echo suppression; a new epoch of the sender resets both."""
    pstate = link.pstate
    acked = link.peer.acked_seq
    echo_seqs = [int(s) for s in pstate.get("echo_seqs", [])]
    if link.new_epoch:
        # The peer's copy went back to a backup: forget what it acknowledged and stop
        # suppressing echoes of its own rows (it may have lost them); its bundle still
        # says truly what its restored copy holds.
        acked, echo_seqs = 0, []
        pstate["echo_floor"] = seq_merged
    if int(meta.get("recipient_epoch", -1)) == state.epoch:  # an acknowledgement of my current epoch
        acked = max(acked, min(int(meta["ack_seq"]), state.seq))
    echo_seqs = [s for s in echo_seqs if s > acked] + [seq_verbatim]
    pstate["applied_upto"] = max(link.applied_upto, link.upto)
    pstate["echo_seqs"] = echo_seqs
    # The enrolment may have been completed inside this transaction (a confirmed first
    # bundle): keep what it wrote, not the copy read before it.
    current = conn.execute(select(Peer.state).where(Peer.device_id == str(meta["sender"]))).scalar_one_or_none()
    if isinstance(current, dict) and "enrolment" in current:
        pstate["enrolment"] = current["enrolment"]
    pstate[HIGH_WATER] = max(str(pstate.get(HIGH_WATER, "")), top)
    conn.execute(update(Peer).where(Peer.device_id == str(meta["sender"])).values(
        epoch=link.epoch, acked_seq=acked,
        applied_in_bundle=max(link.peer.applied_in_bundle, int(meta.get("bundle_no", 0))),
        last_received_at=_now(replica), state=pstate))


def _log_applied(conn: Connection, replica: Replica, result: ImportResult) -> None:
    """The import log records the bundle as applied, with its per-table summary (and
    replaces an earlier refusal of the same bundle)."""
    summary = {name: {"received": s.received, "inserted": s.inserted, "updated": s.updated, "merged": s.merged,
                      "held": s.held} for name, s in result.tables.items() if s.received}
    conn.execute(ImportLog.__table__.delete().where(ImportLog.sender_device_id == result.sender,
                                                    ImportLog.bundle_id == result.bundle_id))
    conn.execute(insert(ImportLog).values(bundle_id=result.bundle_id, sender_device_id=result.sender,
                                          imported_at=_now(replica), outcome="applied",
                                          summary={"tables": summary, "conflicts": result.conflicts},
                                          message=" ".join(result.warnings)))


def _check_rows_accounted(specs: list[TableSpec], result: ImportResult) -> None:
    """Guarantees: every row received was inserted, updated, merged, found unchanged or
    held, exactly once; otherwise the whole import is undone."""
    for t in specs:
        s = result.tables[t.name]
        if s.inserted + s.updated + s.merged + s.unchanged + s.held != s.received:
            raise InputRejected(f"Jumlah baris {t.name} setelah penggabungan tidak sesuai janji bundel; "
                                "impor dibatalkan, tidak ada yang berubah.")


def _merge_table(conn: Connection, t: TableSpec, held: set[str], seq_verbatim: int, seq_merged: int,
                 generated: dict[str, dict[str, Any]]) -> TableStats:
    stats = TableStats()
    src, dst = f"{ALIAS}.{q(t.name)}", f"main.{q(t.name)}"
    stats.received = conn.exec_driver_sql(f"SELECT count(*) FROM {src}").scalar_one()
    if not stats.received:
        return stats
    not_held = ""
    if held:
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS sync_held (id TEXT PRIMARY KEY)")
        conn.exec_driver_sql("DELETE FROM temp.sync_held")
        conn.exec_driver_sql("INSERT INTO temp.sync_held (id) VALUES (?)", [(i,) for i in held])
        not_held = " AND x.id NOT IN (SELECT id FROM temp.sync_held)"
    cols = t.cols_sql
    xcols = ", ".join(f"x.{q(c)}" for c in t.columns)
    mcols = ", ".join(f"m.{q(c)}" for c in t.columns)
    # rows here already: identical versions are skipped, the others loaded (before the
    # insert, so that a full import into an empty replica joins nothing)
    empty = conn.exec_driver_sql(f"SELECT 1 FROM {dst} LIMIT 1").first() is None
    rows: list[Any] = []
    if not empty:
        stats.unchanged = conn.exec_driver_sql(
            f"SELECT count(*) FROM {src} x JOIN {dst} m ON m.id = x.id WHERE m.version = x.version{not_held}"
        ).scalar_one()
        rows = conn.exec_driver_sql(
            f"SELECT {mcols}, {xcols} FROM {src} x JOIN {dst} m ON m.id = x.id "
            f"WHERE m.version <> x.version{not_held}").all()
    missing = "1" if empty else f"NOT EXISTS (SELECT 1 FROM {dst} m WHERE m.id = x.id)"
    res = conn.exec_driver_sql(
        f"INSERT INTO {dst} ({cols}, seq) SELECT {xcols}, ? FROM {src} x WHERE {missing}{not_held}", (seq_verbatim,))
    stats.inserted = max(res.rowcount, 0)
    width = len(t.columns)
    writes: list[tuple[Any, ...]] = []
    vv_only: list[tuple[str, str]] = []
    for r in rows:
        local = dict(zip(t.columns, r[:width]))
        incoming = dict(zip(t.columns, r[width:]))
        out = merge_rows(t, local, incoming)
        for c in out.conflicts:
            _add_generated(generated, c)
        if out.kind == "none":
            stats.unchanged += 1
        elif out.kind == "vv":
            assert out.row is not None
            vv_only.append((out.row["vv"], out.row["id"]))
            stats.merged += 1
        else:
            assert out.row is not None
            verbatim = out.row["version"] == incoming["version"]
            writes.append(tuple(out.row[c] for c in t.columns[1:]) + (seq_verbatim if verbatim else seq_merged,
                                                                       out.row["id"]))
            if out.kind == "ff":
                stats.updated += 1
            else:
                stats.merged += 1
    if writes:
        sets = ", ".join(f"{q(c)} = ?" for c in t.columns[1:])
        conn.exec_driver_sql(f"UPDATE {dst} SET {sets}, seq = ? WHERE id = ?", writes)
    if vv_only:
        conn.exec_driver_sql(f"UPDATE {dst} SET vv = ? WHERE id = ?", vv_only)
    return stats


def _hold_rows(conn: Connection, t: TableSpec, ids: set[str], seq: int, new_version: Callable[[], str]) -> int:
    """Edits to a visit handed to another device are kept as conflicts, not applied. So
    that the laptop that made them converges too, this replica records a write of its
    own at a new version that supersedes them: the fields they touched keep their local
    values at the new version (the laptop then fast-forwards to the row), and a record
    the laptop created is stored as a tombstone (its content is in the conflict)."""
    for row_id in sorted(ids):
        inc = dict(zip(t.columns, conn.exec_driver_sql(
            f"SELECT {t.cols_sql} FROM {ALIAS}.{q(t.name)} WHERE id = ?", (row_id,)).one()))
        cur = conn.exec_driver_sql(f"SELECT {t.cols_sql} FROM main.{q(t.name)} WHERE id = ?", (row_id,)).first()
        version = new_version()
        ifv = expand_field_versions(json.loads(inc["field_versions"]), inc["version"], t.fields)
        if cur is not None:
            row = dict(zip(t.columns, cur))
            lvv = json.loads(row["vv"])
            fvs = expand_field_versions(json.loads(row["field_versions"]), row["version"], t.fields)
            for name in t.fields:
                if ifv[name] != fvs[name] and not covered(ifv[name], lvv):
                    fvs[name] = version
            vv = vv_max(lvv, json.loads(inc["vv"]))
        else:
            row, fvs = inc, dict(ifv)
            row["deleted"] = 1
            fvs["deleted"] = version
            vv = json.loads(inc["vv"])
        vv[device_of(version)] = version
        row.update(version=version, vv=dumps(vv), field_versions=dumps(compact_field_versions(fvs, version)))
        if cur is not None:
            sets = ", ".join(f"{q(c)} = ?" for c in t.columns[1:])
            conn.exec_driver_sql(f"UPDATE main.{q(t.name)} SET {sets}, seq = ? WHERE id = ?",
                                 tuple(row[c] for c in t.columns[1:]) + (seq, row_id))
        else:
            conn.exec_driver_sql(f"INSERT INTO main.{q(t.name)} ({t.cols_sql}, seq) VALUES "
                                 f"({', '.join('?' for _ in t.columns)}, ?)", tuple(row[c] for c in t.columns) + (seq,))
    return len(ids)


def _add_generated(generated: dict[str, dict[str, Any]], row: dict[str, Any]) -> None:
    """Two detections of one conflict id in one import: the later winner prevails."""
    old = generated.get(row["id"])
    if old is None or row["version"] > old["version"]:
        generated[row["id"]] = row


def _merge_generated(conn: Connection, rows: list[dict[str, Any]], seq: int) -> int:
    """Store detected conflicts: insert new ones, merge with a stored one of the same id."""
    t = TABLE_BY_NAME["conflict"]
    changed = 0
    for row in rows:
        cur = conn.exec_driver_sql(f"SELECT {t.cols_sql} FROM main.conflict WHERE id = ?", (row["id"],)).first()
        if cur is None:
            conn.exec_driver_sql(f"INSERT INTO main.conflict ({t.cols_sql}, seq) VALUES "
                                 f"({', '.join('?' for _ in t.columns)}, ?)",
                                 tuple(row[c] for c in t.columns) + (seq,))
            changed += 1
            continue
        local = dict(zip(t.columns, cur))
        if local["version"] == row["version"]:
            continue
        out = merge_rows(t, local, row)
        if out.kind in ("ff", "merge") and out.row is not None:
            sets = ", ".join(f"{q(c)} = ?" for c in t.columns[1:])
            conn.exec_driver_sql(f"UPDATE main.conflict SET {sets}, seq = ? WHERE id = ?",
                                 tuple(out.row[c] for c in t.columns[1:]) + (seq, row["id"]))
            changed += 1
        elif out.kind == "vv" and out.row is not None:
            conn.exec_driver_sql("UPDATE main.conflict SET vv = ? WHERE id = ?", (out.row["vv"], row["id"]))
    return changed


def log_refusal(replica: Replica, bundle_id: str, sender: str, message: str) -> None:
    """Record a refused bundle in the import log (a separate, local-only write)."""
    if not bundle_id:
        return
    sender = sender[:40]
    with replica.engine.begin() as conn:
        if applied_outcome(conn, sender, bundle_id) == "applied":
            return
        conn.execute(ImportLog.__table__.delete().where(ImportLog.sender_device_id == sender,
                                                        ImportLog.bundle_id == bundle_id))
        conn.execute(insert(ImportLog).values(bundle_id=bundle_id, sender_device_id=sender,
                                              imported_at=_now(replica), outcome="refused", summary={},
                                              message=message))


def mark_files_stored(replica: Replica, sender: str, bundle_id: str) -> None:
    """Record that every file of an applied bundle is stored, so that importing it again
    is answered from its signed header alone, without decrypting it."""
    where = (ImportLog.sender_device_id == sender, ImportLog.bundle_id == bundle_id, ImportLog.outcome == "applied")
    with replica.engine.begin() as conn:
        summary = conn.execute(select(ImportLog.summary).where(*where)).scalar_one_or_none()
        if summary is not None and not summary.get("files_stored"):
            conn.execute(update(ImportLog).where(*where).values(summary={**summary, "files_stored": True}))


def fully_imported(replica: Replica, sender: str, bundle_id: str) -> bool:
    """Whether this sender's bundle was applied here and its files stored (see
    :func:`mark_files_stored`): a replay, to be answered "already imported"."""
    with replica.engine.connect() as conn:
        summary = conn.execute(select(ImportLog.summary).where(
            ImportLog.sender_device_id == sender, ImportLog.bundle_id == bundle_id,
            ImportLog.outcome == "applied")).scalar_one_or_none()
    return bool(summary and summary.get("files_stored"))


__all__ = ["FAULT_POINTS", "ExportResult", "ImportResult", "TableStats", "applied_outcome", "apply_payload",
           "delta_filter", "export_payload", "fault", "fully_imported", "log_refusal", "mark_files_stored",
           "pending_rows"]
