"""Bundles end to end: the payload (:mod:`engine`) inside the signed, encrypted file
(:mod:`container`), the device keys (:mod:`keys`), enrolment and the quarantine.

Export: write the payload (inside the data folder: plaintext never leaves it), add the
attachment files the recipient should have, and seal it all for the recipient's own key.
Import: verify and decrypt (signature and recipient first), apply the payload in one
transaction, store the attachment files; a bundle that is refused is copied to
``quarantine/`` in the data folder with the reason. A bundle already imported from the
same sender is recognised from its signed header, before decrypting.

Enrolment (DESIGN.md §5, :mod:`enrol`): the master's enrolment file carries no key office
data is encrypted to; a laptop's first bundle proves the enrolment secret in its header
and is held in ``pending/`` until the office types the laptop's confirmation code
(:func:`confirm_enrolment`); only then does the master send it data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.db import Replica, discard_database, revoked_reason
from perut_desktop.enums import Role
from perut_desktop.errors import Hint, InputRejected, StateError, UsageError, os_reason, output_refused
from perut_desktop.models import (
    Device,
    Officer,
    OfficerAssignment,
    Peer,
    ReplicaState,
    Subdistrict,
    Visit,
)
from perut_desktop.paths import output_path_problem
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.services.common import local_zone
from perut_desktop.sync import backup, container, engine, enrol, keys, sent_log
from perut_desktop.sync.identity import (
    ENROLMENT_STATE,
    enrolment_state,
    ensure_identity,
    key_dir,
    own_identity,
    write_private_json,
)

QUARANTINE_DIR = "quarantine"
REASON_SUFFIX = ".alasan.txt"
#: Quarantine bounds: a refused file larger than this keeps only its reason; the oldest
#: entries go when the folder would hold more than these.
QUARANTINE_MAX_FILE = 256 << 20
QUARANTINE_MAX_BYTES = 1 << 30
QUARANTINE_MAX_ENTRIES = 500
#: First bundles of laptops waiting for their confirmation code (master).
PENDING_DIR = "pending"
#: A laptop's first bundle carries (almost) nothing: its replica is empty until the office
#: sends data. Held ones larger than this are refused.
MAX_HELD_BYTES = 16 << 20
PAYLOAD_MEMBER = "payload.sqlite"
ENROLMENT_FILE_FORMAT = "perut-enrolment"
ENROLMENT_FILE_VERSION = 2
ENROLMENT_SUFFIX = ".perut-enroll"
#: A field laptop receives the attachment files of its villages for this many days.
ATTACHMENT_DAYS = 365

Progress = Callable[[int, int, str], None]


# --- keys ------------------------------------------------------------------------------------


def _publish_own_keys(replica: Replica, identity: keys.Identity) -> None:
    """On the master: its Device record carries its public keys (replicated to laptops)."""
    pub = identity.public_keys()
    with replica.begin() as s:
        dev = s.get(Device, replica.device_id)
        if dev is not None and (dev.sign_public_key, dev.enc_public_key) != (pub.sign, pub.enc):
            dev.sign_public_key, dev.enc_public_key = pub.sign, pub.enc


# --- enrolment -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentFileResult:
    path: Path
    device_id: str
    officer_name: str
    expires_at: dt.datetime
    kecamatan_code: str  # whose time zone the expiry is read in


def enrolment_file_path(out: Path) -> Path:
    """``out`` with the enrolment file's extension (``.perut-enroll``, which the window
    opens), added when it is missing."""
    return out if out.name.endswith(ENROLMENT_SUFFIX) else out.with_name(out.name + ENROLMENT_SUFFIX)


def write_enrolment(replica: Replica, officer: str, out: Path, *, name: str | None = None,
                    valid_days: int = enrol.ENROLMENT_DAYS) -> EnrolmentFileResult:
    """Operation, on the master: register a laptop for ``officer`` and write its
    enrolment file (``.perut-enroll``).

    The file holds the master's public keys, the new device identity and a one-time
    secret valid for ``valid_days`` — no key that office data is encrypted to: the master
    sends data only after the laptop's keys are confirmed (:func:`confirm_enrolment`).
    Hand it over directly (not on the stick that carries bundles)."""
    if not replica.is_master:
        raise StateError("Pendaftaran perangkat hanya dapat dilakukan di kantor kecamatan (replika master).")
    problem = output_path_problem(out) or output_path_problem(enrolment_file_path(out))
    if problem:
        raise output_refused(out, problem)
    out = enrolment_file_path(out)
    if not out.parent.exists():
        raise InputRejected(f"Folder {out.parent} tidak ada; berkas pendaftaran tidak dibuat.")
    identity = own_identity(replica)
    _publish_own_keys(replica, identity)
    e = enrol.enrol_device(replica, officer, name=name, valid_days=valid_days)
    pub = identity.public_keys()
    data = {
        "format": ENROLMENT_FILE_FORMAT, "version": ENROLMENT_FILE_VERSION,
        "kecamatan_code": e.kecamatan_code, "kecamatan_name": e.kecamatan_name, "subdistrict_id": e.subdistrict_id,
        "master_device_id": e.master_device_id, "master_sign_key": pub.sign, "master_enc_key": pub.enc,
        "device_id": e.device_id, "officer_id": e.officer_id, "officer_name": e.officer_name,
        "secret": e.secret,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "expires_at": e.expires_at.isoformat(timespec="seconds"),
    }
    try:
        write_private_json(out, data)
    except OSError as exc:
        raise InputRejected(f"Berkas pendaftaran tidak dapat ditulis ke {out}: {os_reason(exc)}.") from exc
    return EnrolmentFileResult(out, e.device_id, e.officer_name, e.expires_at, e.kecamatan_code)


def read_enrolment_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputRejected(f"Berkas pendaftaran {path} tidak ditemukan.") from None
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        raise InputRejected(f"Berkas {path.name} bukan berkas pendaftaran PERUT.") from None
    if not isinstance(data, dict) or data.get("format") != ENROLMENT_FILE_FORMAT:
        raise InputRejected(f"Berkas {path.name} bukan berkas pendaftaran PERUT.")
    version = data.get("version")
    if isinstance(version, int) and version > ENROLMENT_FILE_VERSION:
        raise InputRejected("Berkas pendaftaran dibuat oleh versi PERUT yang lebih baru; perbarui PERUT.")
    if version != ENROLMENT_FILE_VERSION:
        raise InputRejected("Berkas pendaftaran ini dibuat oleh versi PERUT lama yang tidak dikonfirmasi dengan kode; "
                            "minta berkas pendaftaran baru dari kantor kecamatan.")
    needed = ("kecamatan_code", "subdistrict_id", "master_device_id", "master_sign_key", "master_enc_key",
              "device_id", "secret", "expires_at")
    if any(not isinstance(data.get(k), str) or not data.get(k) for k in needed):
        raise InputRejected(f"Berkas pendaftaran {path.name} tidak lengkap.")
    for k in ("master_sign_key", "master_enc_key"):
        keys.decode_public_key(data[k])
    if enrol.is_expired(data):
        until = local_zone(data["kecamatan_code"]).clock(enrol.parse_moment(data["expires_at"]))
        raise InputRejected(f"Berkas pendaftaran {path.name} sudah kedaluwarsa ({until}); minta berkas "
                            "pendaftaran baru dari kantor kecamatan.")
    return data


@dataclass(frozen=True)
class FieldReplicaCreated:
    """A laptop's replica made from its enrolment file, and the code to show the office."""

    data_dir: Path
    device_id: str
    kecamatan: str
    officer_name: str
    code: str  # the confirmation code (see :func:`enrol.confirmation_code`)
    sign_fingerprint: str
    expires_at: str


def init_field_from_file(data_dir: Path, enrolment_file: Path) -> FieldReplicaCreated:
    """Operation: create a field replica from an enrolment file, with its own key pairs,
    and derive the confirmation code the office types."""
    data = read_enrolment_file(enrolment_file)
    enrol.init_field_replica(data_dir, device_id=data["device_id"], master_device_id=data["master_device_id"],
                             subdistrict_id=data["subdistrict_id"])
    try:
        identity = ensure_identity(data_dir)
        state = {k: data[k] for k in ("kecamatan_code", "kecamatan_name", "master_device_id", "master_sign_key",
                                      "master_enc_key", "secret", "officer_name", "expires_at")
                 if k in data}
        write_private_json(key_dir(data_dir) / ENROLMENT_STATE, state)
    except BaseException:
        discard_database(data_dir)
        raise
    pub = identity.public_keys()
    return FieldReplicaCreated(data_dir, data["device_id"], data.get("kecamatan_name") or data["kecamatan_code"],
                               data.get("officer_name", ""), enrol.confirmation_code(data["secret"], pub.sign, pub.enc),
                               pub.sign_fingerprint, data["expires_at"])


@dataclass(frozen=True)
class DeviceCode:
    """``perut device code``: this laptop's confirmation code while its enrolment waits."""

    device_id: str
    code: str | None  # None once the office has confirmed it and sent its first data
    sign_fingerprint: str


def device_code(replica: Replica) -> DeviceCode:
    """Operation, on a laptop: the confirmation code to show the office again."""
    if replica.is_master:
        raise StateError("Kode konfirmasi hanya ada di laptop pendamping yang sedang didaftarkan, bukan di master.")
    identity = own_identity(replica)
    pub = identity.public_keys()
    pending = _enrolment_pending(replica, identity)
    code = enrol.confirmation_code(pending["secret"], pub.sign, pub.enc) if pending else None
    return DeviceCode(replica.device_id, code, pub.sign_fingerprint)


@dataclass(frozen=True)
class EnrolmentConfirmed:
    device_id: str
    device_name: str
    officer_name: str
    sign_fingerprint: str
    imported: BundleImported
    set_aside: int  # other held first bundles (other keys), moved to quarantine


@dataclass(frozen=True)
class _Confirmed:
    """The held first bundle whose keys the office confirmed with the code."""

    device_id: str
    sign_key: str
    enc_key: str


def _device_label(replica: Replica, device_id: str) -> str:
    with replica.engine.connect() as conn:
        return engine.device_label(conn, device_id)


def _hold_first_bundle(replica: Replica, path: Path, unverified: container.BundleHeader,
                       enrolment: dict[str, Any], kecamatan: str) -> NoReturn:
    """On the master, a pending laptop's first bundle: the enrolment proof is checked from
    the header before anything else (no SQLite, no backup, no file stored), then the
    signature with the key the proof vouches for; the file is kept in ``pending/`` and
    nothing is applied until its code is confirmed. Always raises: :class:`StateError`
    (held, exit 4) or :class:`InputRejected` (refused)."""
    device = unverified.sender
    with replica.engine.connect() as conn:
        dev = conn.execute(select(Device.name, Device.revoked).where(Device.id == device)).one()
    if dev.revoked:
        raise InputRejected(f"Perangkat {dev.name or device} ({device}) sudah dicabut; bundelnya ditolak.")
    enrol.check_first_bundle(enrolment, device, bundle_id=unverified.bundle_id,
                             sign_public_key=unverified.sender_sign_key, enc_public_key=unverified.sender_enc_key,
                             given_proof=unverified.enrolment_proof)
    header = container.verify_bundle(path, my_device_id=replica.device_id, kecamatan_code=kecamatan,
                                     lookup_sender_key=lambda d: unverified.sender_sign_key if d == device else None)
    if header != unverified:
        raise InputRejected("Kepala bundel berubah selama diperiksa; bundel ditolak.")
    if path.stat().st_size > MAX_HELD_BYTES:
        raise InputRejected(f"Bundel pertama perangkat {device} terlalu besar ({path.stat().st_size} bita) untuk "
                            "ditahan; bundel ditolak.")
    folder = replica.data_dir / PENDING_DIR
    name = f"{device}-{header.bundle_id}.perut"
    with replica.engine.begin() as conn:
        current = enrol.enrolment_of(conn, device) or enrolment
        held = list(current.get("held") or [])
        if not any(h.get("bundle_id") == header.bundle_id for h in held):
            if len(held) >= enrol.MAX_HELD_BUNDLES:
                raise InputRejected(f"Sudah {len(held)} bundel pertama perangkat {device} menunggu kode konfirmasi; "
                                    "bundel ditolak.")
            folder.mkdir(mode=0o700, exist_ok=True)
            tmp = folder / f".{name}.tmp"
            shutil.copyfile(path, tmp)
            os.replace(tmp, folder / name)
            held.append({"bundle_id": header.bundle_id, "file": name, "sign_key": header.sender_sign_key,
                         "enc_key": header.sender_enc_key,
                         "received_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
            enrol.save_enrolment(conn, device, {**current, "held": held})
    label = f"{dev.name} ({device})" if dev.name else device
    raise StateError(f"Bundel pertama {label} ditahan, belum diterapkan: pendaftarannya menunggu kode konfirmasi "
                     "yang tampil di laptop itu.", hint=Hint.CONFIRM_DEVICE, record=device)


def confirm_enrolment(replica: Replica, device: str, code: str, *,
                      progress: Progress | None = None) -> EnrolmentConfirmed:
    """Operation, on the master: the office typed the code the laptop shows. The held
    first bundle whose keys give that code is applied and the laptop's keys are stored,
    in one transaction; other held first bundles (other keys: a copied enrolment file)
    go to quarantine. A wrong code changes nothing but the count of wrong codes
    (:class:`InputRejected`); an expired or locked enrolment is a :class:`StateError`."""
    if not replica.is_master:
        raise StateError("Konfirmasi pendaftaran perangkat hanya dapat dilakukan di kantor kecamatan (replika master).")
    device_id = resolve_device(replica, device)
    with replica.engine.connect() as conn:
        current = enrol.enrolment_of(conn, device_id)
    enrolment = enrol.require_confirmable(current, device_id)
    held = list(enrolment["held"])
    chosen = [h for h in held if enrol.codes_match(code, enrol.confirmation_code(
        str(enrolment["secret"]), str(h["sign_key"]), str(h["enc_key"])))]
    label = _device_label(replica, device_id)
    if not chosen:
        with replica.engine.begin() as conn:
            latest = enrol.enrolment_of(conn, device_id) or enrolment
            failed = int(latest.get("failed_codes", 0)) + 1
            enrol.save_enrolment(conn, device_id, {**latest, "failed_codes": failed})
        raise InputRejected(f"Kode konfirmasi untuk perangkat {label} salah (salah {failed} dari "
                            f"{enrol.MAX_CODE_ATTEMPTS} kali yang diizinkan); tidak ada yang diterapkan. Periksa kode "
                            "di layar laptop itu.")
    entry = chosen[0]
    folder = replica.data_dir / PENDING_DIR
    path = folder / str(entry["file"])
    confirmed = _Confirmed(device_id, str(entry["sign_key"]), str(entry["enc_key"]))
    try:
        imported = _import(replica, path, dry_run=False, progress=progress, confirmed=confirmed)
    except InputRejected as exc:
        kept = quarantine(replica.data_dir, path, exc.message) if path.exists() else None
        with replica.engine.begin() as conn:
            latest = enrol.enrolment_of(conn, device_id)
            if latest is not None:
                rest = [h for h in latest.get("held") or [] if h.get("bundle_id") != entry["bundle_id"]]
                enrol.save_enrolment(conn, device_id, {**latest, "held": rest})
        path.unlink(missing_ok=True)
        if kept is not None:
            exc.message = f"{exc.message} (berkas disimpan di {kept.parent.name}/{kept.name})"
        raise
    set_aside = 0
    for other in held:
        if other is entry:
            continue
        other_path = folder / str(other["file"])
        if other_path.exists():
            quarantine(replica.data_dir, other_path, f"Bundel pertama perangkat {device_id} dengan kunci lain; kode "
                       "konfirmasi yang diketik cocok dengan bundel lain (kemungkinan salinan berkas pendaftaran).")
            other_path.unlink(missing_ok=True)
            set_aside += 1
    path.unlink(missing_ok=True)
    with replica.engine.connect() as conn:
        row = conn.execute(select(Device.name, Officer.name).outerjoin(Officer, Officer.id == Device.officer_id)
                           .where(Device.id == device_id)).one()
    return EnrolmentConfirmed(device_id, row[0], row[1] or "", keys.key_fingerprint(confirmed.sign_key), imported,
                              set_aside)


# --- export ----------------------------------------------------------------------------------


@dataclass
class BundleWritten:
    path: Path
    bytes: int
    counts: dict[str, int]
    attachments: int
    header: dict[str, Any]
    seconds: float = 0.0
    revocation_notice: bool = False  # to a revoked laptop: only its own device record

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _state(replica: Replica) -> Any:
    with replica.engine.connect() as conn:
        return conn.execute(select(ReplicaState)).one()


def _kecamatan(replica: Replica) -> str:
    with replica.engine.connect() as conn:
        code = conn.execute(select(Subdistrict.code).where(Subdistrict.id == replica.subdistrict_id)
                            ).scalar_one_or_none()
    if code:
        return code
    enr = enrolment_state(replica.data_dir)
    if enr:
        return enr["kecamatan_code"]
    raise StateError("Data kecamatan belum diterima; impor bundel pertama dari kantor kecamatan.")


def _recipient_key(replica: Replica, recipient: str) -> str:
    with replica.engine.connect() as conn:
        key = conn.execute(select(Device.enc_public_key).where(Device.id == recipient)).scalar_one_or_none()
        peer_state = conn.execute(select(Peer.state).where(Peer.device_id == recipient)).scalar_one_or_none() or {}
    if key:
        return key
    if replica.is_master:
        if (peer_state.get("enrolment") or {}).get("pending"):
            # The office's data goes only to the laptop's own key, known after confirmation.
            raise StateError(f"Perangkat {recipient} belum dikonfirmasi: impor dahulu bundel pertama laptop itu dan "
                             "cocokkan kode konfirmasinya; data kantor baru dikirim setelah itu.",
                             hint=Hint.CONFIRM_DEVICE, record=recipient)
        raise InputRejected(f"Kunci perangkat {recipient} belum diketahui; daftarkan ulang perangkat itu.")
    enr = enrolment_state(replica.data_dir)
    if enr and recipient == enr["master_device_id"]:
        return enr["master_enc_key"]
    raise InputRejected("Kunci kantor kecamatan belum diketahui; impor bundel pertama dari kantor kecamatan.")


def _enrolment_pending(replica: Replica, identity: keys.Identity) -> dict[str, Any] | None:
    """On a field replica: the enrolment state while the master does not have our keys."""
    enr = enrolment_state(replica.data_dir)
    if enr is None:
        return None
    with replica.engine.connect() as conn:
        mine = conn.execute(select(Device.sign_public_key).where(Device.id == replica.device_id)).scalar_one_or_none()
    if mine and mine == identity.public_keys().sign:
        return None
    return enr


def _attachment_files(replica: Replica, payload: Path, recipient: str) -> list[str]:
    """The files to send with a payload: all for the master; for a laptop, those of its
    officer's villages from the last year (others are fetched on request)."""
    store = AttachmentStore(replica.data_dir / "attachments")
    with sqlite3.connect(payload) as c:
        rows = c.execute("SELECT DISTINCT sha256, visit_id FROM attachment WHERE deleted = 0").fetchall()
    if not rows:
        return []
    wanted = {sha for sha, _ in rows}
    if replica.is_master:
        cutoff = dt.date.today() - dt.timedelta(days=ATTACHMENT_DAYS)
        with replica.begin() as s:
            officer = s.scalar(select(Device.officer_id).where(Device.id == recipient))
            villages = set(s.scalars(select(OfficerAssignment.village_id).where(
                OfficerAssignment.officer_id == officer)))
            recent = {v.id for v in s.scalars(select(Visit).where(Visit.id.in_({v for _, v in rows})))
                      if v.village_id in villages and v.visit_date >= cutoff}
        wanted = {sha for sha, v in rows if v in recent}
    return sorted(sha for sha in wanted if store.has(sha))


def _parse_size(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip().upper().removesuffix("B")
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(t[-1:], 1)
    try:
        value = float(t[:-1] if t[-1:] in "KMG" else t)
    except ValueError:
        raise UsageError(f"Ukuran '{text}' tidak sah; contoh: 90M.") from None
    if value <= 0:
        raise UsageError(f"Ukuran '{text}' tidak sah; contoh: 90M.")
    return int(value * mult)


def export_bundle(replica: Replica, out: Path, *, to: str | None = None, full: bool = False,
                  max_size: str | None = None, progress: Progress | None = None) -> list[BundleWritten]:
    """Write the bundle for a peer to ``out`` (more files ``out-2.perut``… when the
    attachment files exceed ``max_size``; the records always travel in the first)."""
    limit = _parse_size(max_size)
    if replica.revoked:
        raise StateError(replica.revoked)
    problem = output_path_problem(out)
    if problem:
        raise output_refused(out, problem)
    if not out.parent.exists():
        raise InputRejected(f"Folder {out.parent} tidak ada; bundel tidak dibuat.")
    identity = own_identity(replica)
    if replica.is_master:
        _publish_own_keys(replica, identity)
    state = _state(replica)
    if state.role != Role.MASTER and to and to != state.master_device_id:
        raise InputRejected("Replika lapangan hanya bertukar bundel dengan kantor kecamatan (master).")
    recipient = (to if replica.is_master else state.master_device_id) or ""
    notice = False
    if replica.is_master and recipient:
        recipient = resolve_device(replica, recipient)
        with replica.engine.connect() as conn:
            notice = bool(conn.execute(select(Device.revoked).where(Device.id == recipient)).scalar_one_or_none())
    pending = None if replica.is_master else _enrolment_pending(replica, identity)
    kecamatan = _kecamatan(replica)
    # the key it is encrypted to, before anything is written (a laptop not confirmed yet has none)
    recipient_key = keys.decode_public_key(_recipient_key(replica, recipient)) if recipient else None
    written: list[BundleWritten] = []
    _sweep_stale_work(replica.data_dir)
    # Plaintext (the payload) is made only inside the data folder (DESIGN.md §5); next to
    # ``out`` appears nothing but the bundle's own temporary name, renamed over it.
    with tempfile.TemporaryDirectory(prefix=".perut-export-", dir=replica.data_dir) as tmp:
        files: list[str] = []
        parts: list[list[str]] = [[]]
        for n in range(100):
            payload = Path(tmp) / f"payload-{n}.sqlite"

            def hook(meta: dict[str, Any]) -> None:
                if not meta["kecamatan"]:
                    meta["kecamatan"] = kecamatan

            res = engine.export_payload(replica, payload, to=recipient or None, full=full, rows=n == 0,
                                        progress=progress if n == 0 else None, meta_hook=hook,
                                        revocation_notice=notice)
            engine.fault("export_payload_written")
            if n == 0 and not notice:
                files = _attachment_files(replica, payload, res.header["recipient"])
                parts = _split(files, replica, limit, payload.stat().st_size)
            header = res.header
            target = out if n == 0 else out.with_name(f"{out.stem}-{n + 1}{out.suffix}")
            members = [container.Member(PAYLOAD_MEMBER, payload)]
            store = AttachmentStore(replica.data_dir / "attachments")
            members += [container.Member(f"attachments/{sha}", store.path_of(sha)) for sha in parts[n]]
            cheader: dict[str, Any] = {"bundle_id": header["bundle_id"], "kecamatan": header["kecamatan"],
                                       "sender": header["sender"], "recipient": header["recipient"]}
            if pending is not None:
                pub = identity.public_keys()
                cheader.update(sender_sign_key=pub.sign, sender_enc_key=pub.enc,
                               enrolment_proof=enrol.proof(pending["secret"], header["bundle_id"], pub.sign, pub.enc))
            key = recipient_key or keys.decode_public_key(_recipient_key(replica, header["recipient"]))
            w = container.write_bundle(target, header=cheader, members=members, sender=identity,
                                       recipient_public_enc_key=key, work_dir=Path(tmp),
                                       stage=lambda step: engine.fault(f"export_{step}"))
            written.append(BundleWritten(target, w.bytes, res.counts if n == 0 else {}, len(parts[n]), header,
                                         res.seconds, notice))
            if n + 1 >= len(parts):
                break
    first = written[0]
    sent_log.record_sent(replica, bundle_id=str(first.header["bundle_id"]), recipient=str(first.header["recipient"]),
                         rows=first.rows, attachments=sum(w.attachments for w in written),
                         size=sum(w.bytes for w in written), paths=[w.path for w in written])
    return written


def _sweep_stale_work(data_dir: Path) -> None:
    """Remove work folders of exports and imports killed half-way (older than a day, so
    never one a running command still uses); they stay inside the data folder anyway."""
    limit = dt.datetime.now().timestamp() - 86_400
    for pattern in (".perut-export-*", ".perut-import-*"):
        for folder in data_dir.glob(pattern):
            try:
                if folder.is_dir() and folder.stat().st_mtime < limit:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass


def _split(files: list[str], replica: Replica, limit: int | None, payload_size: int) -> list[list[str]]:
    if limit is None or not files:
        return [files]
    store = AttachmentStore(replica.data_dir / "attachments")
    parts: list[list[str]] = [[]]
    size = payload_size
    for sha in files:
        n = store.path_of(sha).stat().st_size
        if parts[-1] and size + n > limit:
            parts.append([])
            size = 0
        parts[-1].append(sha)
        size += n
    return parts


def resolve_device(replica: Replica, text: str) -> str:
    """A device by id, id prefix, name or its officer's name."""
    with replica.begin() as s:
        return find_device(s, text)


def find_device(session: Session, text: str) -> str:
    """:func:`resolve_device` inside a unit of work the caller frames."""
    key = text.strip().casefold()
    rows = session.execute(select(Device, Officer.name).outerjoin(Officer, Officer.id == Device.officer_id)).all()
    exact = [d.id for d, _ in rows if d.id == text.strip()]
    if exact:
        return exact[0]
    matches = [d.id for d, oname in rows if d.id.startswith(text.strip()) or d.name.casefold() == key
               or (oname or "").casefold() == key or key in (oname or "").casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputRejected(f"Perangkat '{text}' tidak dikenal.", hint=Hint.LIST_DEVICES, record=text)
    raise InputRejected(f"'{text}' cocok dengan {len(matches)} perangkat; sebutkan id perangkat.",
                        hint=Hint.LIST_DEVICES, record=text)


# --- import ----------------------------------------------------------------------------------


@dataclass
class BundleImported:
    result: engine.ImportResult
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)
    backup: Path | None = None  # the automatic backup taken before applying, if any


def quarantine(data_dir: Path, path: Path, reason: str) -> Path | None:
    """Keep a refused bundle, with the reason, for support.

    Bounded (DESIGN.md §4): a file larger than :data:`QUARANTINE_MAX_FILE` keeps only
    its reason; the oldest entries go when the folder would pass :data:`QUARANTINE_MAX_BYTES`
    or :data:`QUARANTINE_MAX_ENTRIES` (the sender still holds the original). Returns the
    copy, or None when none was kept."""
    folder = data_dir / QUARANTINE_DIR
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        size = path.stat().st_size
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stamp}-{path.name}"
        n = 1
        while target.exists() or target.with_name(target.name + REASON_SUFFIX).exists():
            n += 1
            target = folder / f"{stamp}-{n}-{path.name}"
        note = target.with_name(target.name + REASON_SUFFIX)
        if size > QUARANTINE_MAX_FILE:
            _prune_quarantine(folder, 0)
            note.write_text(f"{reason}\n(berkas {size} bita tidak disalin: melebihi batas karantina)\n",
                            encoding="utf-8")
            return None
        _prune_quarantine(folder, size)
        shutil.copyfile(path, target)
        note.write_text(reason + "\n", encoding="utf-8")
        return target
    except OSError:
        return None


def _prune_quarantine(folder: Path, incoming: int) -> None:
    """Remove the oldest entries (copy and reason) until one more of ``incoming`` bytes fits."""
    notes = sorted(folder.glob(f"*{REASON_SUFFIX}"), key=lambda p: (p.stat().st_mtime, p.name))
    entries = [(note, note.with_name(note.name.removesuffix(REASON_SUFFIX))) for note in notes]
    total = sum(copy.stat().st_size for _, copy in entries if copy.exists())
    while entries and (total + incoming > QUARANTINE_MAX_BYTES or len(entries) + 1 > QUARANTINE_MAX_ENTRIES):
        note, copy = entries.pop(0)
        if copy.exists():
            total -= copy.stat().st_size
            copy.unlink()
        note.unlink(missing_ok=True)


def import_bundle(replica: Replica, path: Path, *, dry_run: bool = False,
                  progress: Progress | None = None) -> BundleImported:
    """Operation: verify, decrypt and apply a bundle. Refusals (:class:`InputRejected`)
    change nothing, and the file is copied to ``quarantine/`` with the reason. On the
    master, the first bundle of a laptop whose enrolment waits for its code is held in
    ``pending/`` (:class:`StateError`, nothing applied; see :func:`confirm_enrolment`)."""
    try:
        return _import(replica, path, dry_run=dry_run, progress=progress)
    except InputRejected as exc:
        if not dry_run:
            refuse_bundle(replica, path, exc)
        raise


def refuse_bundle(replica: Replica, path: Path, exc: InputRejected) -> Path | None:
    """A refused bundle: copied to ``quarantine/`` with the reason, the refusal logged
    under its sender and bundle id when its header reads; the reason of ``exc`` then names
    the copy. Returns the copy, or None when none was kept."""
    if not path.exists():
        return None
    kept = quarantine(replica.data_dir, path, exc.message)
    try:
        h = container.read_header(path)
        engine.log_refusal(replica, h.bundle_id, h.sender, exc.message)
    except InputRejected:
        pass
    if kept is not None:
        exc.message = f"{exc.message} (berkas disimpan di {kept.parent.name}/{kept.name})"
    return kept


def _import(replica: Replica, path: Path, *, dry_run: bool, progress: Progress | None,
            confirmed: _Confirmed | None = None) -> BundleImported:
    if replica.revoked:
        raise StateError(replica.revoked)
    identity = own_identity(replica)
    state = _state(replica)
    enr = enrolment_state(replica.data_dir) if not replica.is_master else None
    kecamatan = _kecamatan(replica)
    try:
        unverified: container.BundleHeader | None = container.read_header(path)
    except InputRejected:
        unverified = None  # open_bundle below says what is wrong, in its order of checks

    def lookup(device_id: str) -> str | None:
        with replica.engine.connect() as conn:
            dev = conn.execute(select(Device).where(Device.id == device_id)).one_or_none()
        if dev is not None and dev.revoked:
            raise InputRejected(f"Perangkat {dev.name or device_id} ({device_id}) sudah dicabut; bundelnya ditolak.")
        if replica.is_master:
            if dev is None:
                return None
            if dev.sign_public_key:
                return dev.sign_public_key
            if confirmed is not None and device_id == confirmed.device_id:
                return confirmed.sign_key  # a held first bundle, its keys confirmed by the code
            return None
        if device_id != state.master_device_id:
            return None
        if dev is not None and dev.sign_public_key:
            return dev.sign_public_key
        return enr["master_sign_key"] if enr else None

    if confirmed is not None and unverified is None:
        raise InputRejected("Bundel yang ditahan tidak terbaca lagi; bundel ditolak.")
    if unverified is not None and replica.is_master:
        with replica.engine.connect() as conn:
            pending = enrol.enrolment_of(conn, unverified.sender)
        if pending is not None and confirmed is None:
            if dry_run:
                raise StateError(f"Bundel pertama perangkat {unverified.sender} menunggu konfirmasi pendaftaran; "
                                 "uji coba tidak dapat dilakukan.", hint=Hint.CONFIRM_DEVICE, record=unverified.sender)
            _hold_first_bundle(replica, path, unverified, pending, kecamatan)
        if confirmed is not None:
            if pending is None or unverified.sender != confirmed.device_id or (
                    unverified.sender_sign_key, unverified.sender_enc_key) != (confirmed.sign_key, confirmed.enc_key):
                raise InputRejected("Bundel yang ditahan tidak cocok dengan pendaftaran perangkatnya; bundel ditolak.")
            enrol.check_first_bundle(pending, confirmed.device_id, bundle_id=unverified.bundle_id,
                                     sign_public_key=unverified.sender_sign_key,
                                     enc_public_key=unverified.sender_enc_key, given_proof=unverified.enrolment_proof)
    if unverified is not None and engine.fully_imported(replica, unverified.sender, unverified.bundle_id):
        # A replay: answered from the signed header (sender, bundle id), nothing decrypted.
        h = container.verify_bundle(path, my_device_id=replica.device_id, kecamatan_code=kecamatan,
                                    lookup_sender_key=lookup)
        if engine.fully_imported(replica, h.sender, h.bundle_id):
            return BundleImported(engine.ImportResult(h.bundle_id, h.sender, "already",
                                                      header={"bundle_id": h.bundle_id, "sender": h.sender}))

    with tempfile.TemporaryDirectory(prefix=".perut-import-", dir=replica.data_dir) as tmp:
        opened = container.open_bundle(path, my_device_id=replica.device_id, my_identity=identity,
                                       kecamatan_code=kecamatan, lookup_sender_key=lookup,
                                       extract_to=Path(tmp) / "own")
        h = opened.header
        if confirmed is not None and (h.sender, h.sender_sign_key, h.sender_enc_key) != (
                confirmed.device_id, confirmed.sign_key, confirmed.enc_key):
            raise InputRejected("Bundel yang ditahan tidak cocok dengan pendaftaran perangkatnya; bundel ditolak.")
        payload = opened.member_paths.get(PAYLOAD_MEMBER)
        if payload is None:
            raise InputRejected("Bundel tidak berisi data (payload.sqlite tidak ada).")
        header = {"bundle_id": h.bundle_id, "sender": h.sender, "recipient": h.recipient, "kecamatan": h.kecamatan}
        hook = _enrolment_hook(replica, confirmed) if confirmed is not None else None
        taken = None if dry_run else _backup_before(replica, h.sender, h.bundle_id, payload)
        files = {n.split("/", 1)[1]: p.stat().st_size for n, p in opened.member_paths.items()
                 if n.startswith("attachments/")}
        result = engine.apply_payload(replica, payload, header, dry_run=dry_run, progress=progress,
                                      before_merge=hook, attachments=files)
        stored = 0
        if result.status in ("applied", "already"):
            # Only for a bundle applied from this very sender (the import log is keyed by
            # both). Also when already applied: an import killed after its commit but
            # before the files were stored is completed by importing the same bundle again.
            store = AttachmentStore(replica.data_dir / "attachments")
            for name, p in opened.member_paths.items():
                if name.startswith("attachments/"):
                    stored += store.adopt(name.split("/", 1)[1], p)
                    engine.fault("mid_attachments")
            engine.mark_files_stored(replica, h.sender, h.bundle_id)
            if enr and _enrolment_pending(replica, identity) is None:
                (key_dir(replica.data_dir) / ENROLMENT_STATE).unlink(missing_ok=True)  # enrolment complete
            with replica.engine.connect() as conn:
                revoked = revoked_reason(conn, replica.device_id)
            if revoked:
                result.warnings.append(revoked)
    return BundleImported(result, stored, list(result.warnings), taken)


def _enrolment_hook(replica: Replica, confirmed: _Confirmed) -> engine.ApplyHook:
    """Inside the import transaction of a confirmed first bundle: the laptop's keys are
    stored and its enrolment completed, or nothing is."""
    def hook(conn: Any, meta: dict[str, Any], state: Any) -> None:
        if enrol.enrolment_of(conn, confirmed.device_id) is None:
            raise InputRejected(f"Perangkat {confirmed.device_id} tidak sedang menunggu konfirmasi; bundel ditolak.")
        enrol.complete_enrolment(replica, conn, confirmed.device_id, sign_public_key=confirmed.sign_key,
                                 enc_public_key=confirmed.enc_key)
    return hook


def _backup_before(replica: Replica, sender: str, bundle_id: str, payload: Path) -> Path | None:
    """The automatic backup of DESIGN.md §4, before applying a verified bundle: when it
    brings many rows, otherwise the first of the day; never for a bundle applied before."""
    with replica.engine.connect() as conn:
        if engine.applied_outcome(conn, sender, bundle_id) == "applied":
            return None
    now = dt.datetime.now()
    if not backup.backup_due(replica.data_dir, _payload_rows(payload), now):
        return None
    return backup.take_automatic_backup(replica, now=now)


def _payload_rows(payload: Path) -> int:
    """Rows the payload promises (its meta); 0 when unreadable (the import refuses it)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{payload}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
        counts = json.loads(row[0]) if row else {}
        return sum(int(v) for v in counts.values()) if isinstance(counts, dict) else 0
    except (sqlite3.Error, ValueError, TypeError):
        return 0
