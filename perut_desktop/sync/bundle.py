"""Bundles end to end: the payload (:mod:`engine`) inside the signed, encrypted file
(:mod:`container`), the device keys (:mod:`keys`), enrolment and the quarantine.

Export: write the payload, add the attachment files the recipient should have, and seal
it all for the recipient (its own key, or — before it delivered its keys — the one-time
enrolment key). Import: verify and decrypt (signature and recipient first), apply the
payload in one transaction, store the attachment files; a bundle that is refused is
copied to ``quarantine/`` in the data folder with the reason.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.db import Replica, discard_database, revoked_reason
from perut_desktop.enums import Role
from perut_desktop.errors import Hint, InputRejected, StateError, UsageError, os_reason
from perut_desktop.models import (
    Device,
    ImportLog,
    Officer,
    OfficerAssignment,
    Peer,
    ReplicaState,
    Subdistrict,
    Visit,
)
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.sync import backup, container, engine, enrol, keys
from perut_desktop.sync.identity import (
    ENROLMENT_STATE,
    enrolment_state,
    ensure_identity,
    key_dir,
    own_identity,
    write_private_json,
)

QUARANTINE_DIR = "quarantine"
PAYLOAD_MEMBER = "payload.sqlite"
ENROLMENT_FILE_FORMAT = "perut-enrolment"
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


def write_enrolment(replica: Replica, officer: str, out: Path, *, name: str | None = None) -> EnrolmentFileResult:
    """On the master: register a laptop for ``officer`` and write its enrolment file.

    The file holds the master's public keys, the new device identity, a one-time secret
    and the private half of a one-time key the master's first bundle is encrypted to.
    Hand it over directly (not on the stick that carries bundles)."""
    if not replica.is_master:
        raise StateError("Pendaftaran perangkat hanya dapat dilakukan di kantor kecamatan (replika master).")
    if not out.parent.exists():
        raise InputRejected(f"Folder {out.parent} tidak ada; berkas pendaftaran tidak dibuat.")
    identity = own_identity(replica)
    _publish_own_keys(replica, identity)
    e = enrol.enrol_device(replica, officer, name=name)
    one_time = X25519PrivateKey.generate()
    one_time_pub = keys.encode_public_key(
        one_time.public_key().public_bytes_raw())
    with replica.engine.begin() as conn:
        st = dict(conn.execute(select(Peer.state).where(Peer.device_id == e.device_id)).scalar_one())
        st["enrolment"] = {**st["enrolment"], "enc_public": one_time_pub}
        conn.execute(Peer.__table__.update().where(Peer.device_id == e.device_id).values(state=st))
    pub = identity.public_keys()
    data = {
        "format": ENROLMENT_FILE_FORMAT, "version": 1,
        "kecamatan_code": e.kecamatan_code, "kecamatan_name": e.kecamatan_name, "subdistrict_id": e.subdistrict_id,
        "master_device_id": e.master_device_id, "master_sign_key": pub.sign, "master_enc_key": pub.enc,
        "device_id": e.device_id, "officer_id": e.officer_id, "officer_name": e.officer_name,
        "secret": e.secret,
        "enrolment_key": base64.b64encode(one_time.private_bytes_raw()).decode("ascii"),
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    try:
        write_private_json(out, data)
    except OSError as exc:
        raise InputRejected(f"Berkas pendaftaran tidak dapat ditulis ke {out}: {os_reason(exc)}.") from exc
    return EnrolmentFileResult(out, e.device_id, e.officer_name)


def read_enrolment_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InputRejected(f"Berkas pendaftaran {path} tidak ditemukan.") from None
    except (OSError, ValueError, UnicodeDecodeError):
        raise InputRejected(f"Berkas {path.name} bukan berkas pendaftaran PERUT.") from None
    if not isinstance(data, dict) or data.get("format") != ENROLMENT_FILE_FORMAT:
        raise InputRejected(f"Berkas {path.name} bukan berkas pendaftaran PERUT.")
    if data.get("version") != 1:
        raise InputRejected("Berkas pendaftaran dibuat oleh versi PERUT yang lebih baru; perbarui PERUT.")
    needed = ("kecamatan_code", "subdistrict_id", "master_device_id", "master_sign_key", "master_enc_key",
              "device_id", "secret", "enrolment_key")
    if any(not isinstance(data.get(k), str) or not data.get(k) for k in needed):
        raise InputRejected(f"Berkas pendaftaran {path.name} tidak lengkap.")
    for k in ("master_sign_key", "master_enc_key"):
        keys.decode_public_key(data[k])
    return data


def init_field_from_file(data_dir: Path, enrolment_file: Path) -> dict[str, Any]:
    """Create a field replica from an enrolment file, with its own key pairs."""
    data = read_enrolment_file(enrolment_file)
    enrol.init_field_replica(data_dir, device_id=data["device_id"], master_device_id=data["master_device_id"],
                             subdistrict_id=data["subdistrict_id"])
    try:
        identity = ensure_identity(data_dir)
        state = {k: data[k] for k in ("kecamatan_code", "kecamatan_name", "master_device_id", "master_sign_key",
                                      "master_enc_key", "secret", "enrolment_key", "officer_name")
                 if k in data}
        write_private_json(key_dir(data_dir) / ENROLMENT_STATE, state)
    except BaseException:
        discard_database(data_dir)
        raise
    return {"device_id": data["device_id"], "kecamatan": data.get("kecamatan_name") or data["kecamatan_code"],
            "officer_name": data.get("officer_name", ""), "sign_fingerprint": identity.public_keys().sign_fingerprint}


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
        one_time = (peer_state.get("enrolment") or {}).get("enc_public")
        if one_time:
            return one_time
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
    written: list[BundleWritten] = []
    with tempfile.TemporaryDirectory(prefix=".perut-export-", dir=out.parent) as tmp:
        files: list[str] = []
        parts: list[list[str]] = [[]]
        for n in range(100):
            payload = Path(tmp) / f"payload-{n}.sqlite"

            def hook(meta: dict[str, Any]) -> None:
                if not meta["kecamatan"]:
                    meta["kecamatan"] = kecamatan
                if pending is not None:
                    pub = identity.public_keys()
                    meta["enrolment_proof"] = enrol.proof(pending["secret"], meta["bundle_id"], pub.sign, pub.enc)

            res = engine.export_payload(replica, payload, to=recipient or None, full=full, rows=n == 0,
                                        progress=progress if n == 0 else None, meta_hook=hook,
                                        revocation_notice=notice)
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
                cheader.update(sender_sign_key=pub.sign, sender_enc_key=pub.enc)
            key = keys.decode_public_key(_recipient_key(replica, header["recipient"]))
            w = container.write_bundle(target, header=cheader, members=members, sender=identity,
                                       recipient_public_enc_key=key)
            written.append(BundleWritten(target, w.bytes, res.counts if n == 0 else {}, len(parts[n]), header,
                                         res.seconds, notice))
            if n + 1 >= len(parts):
                break
    return written


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
    """Keep a refused bundle, with the reason, for support: nothing handed in is lost."""
    folder = data_dir / QUARANTINE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stamp}-{path.name}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{stamp}-{n}-{path.name}"
        shutil.copyfile(path, target)
        target.with_name(target.name + ".alasan.txt").write_text(reason + "\n", encoding="utf-8")
        return target
    except OSError:
        return None


def import_bundle(replica: Replica, path: Path, *, dry_run: bool = False,
                  progress: Progress | None = None) -> BundleImported:
    """Verify, decrypt and apply a bundle. Refusals (:class:`InputRejected`) change
    nothing, and the file is copied to ``quarantine/`` with the reason."""
    try:
        return _import(replica, path, dry_run=dry_run, progress=progress)
    except InputRejected as exc:
        if path.exists() and not dry_run:
            kept = quarantine(replica.data_dir, path, exc.message)
            try:
                h = container.read_header(path)
                engine.log_refusal(replica, h.bundle_id, h.sender, exc.message)
            except InputRejected:
                pass
            if kept is not None:
                exc.message = f"{exc.message} (berkas disimpan di {kept.parent.name}/{kept.name})"
        raise


def _import(replica: Replica, path: Path, *, dry_run: bool, progress: Progress | None) -> BundleImported:
    if replica.revoked:
        raise StateError(replica.revoked)
    identity = own_identity(replica)
    state = _state(replica)
    enr = enrolment_state(replica.data_dir) if not replica.is_master else None
    kecamatan = _kecamatan(replica)

    def lookup(device_id: str) -> str | None:
        with replica.engine.connect() as conn:
            dev = conn.execute(select(Device).where(Device.id == device_id)).one_or_none()
            pst = conn.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one_or_none() or {}
        if dev is not None and dev.revoked:
            raise InputRejected(f"Perangkat {dev.name or device_id} ({device_id}) sudah dicabut; bundelnya ditolak.")
        if replica.is_master:
            if dev is None:
                return None
            if dev.sign_public_key:
                return dev.sign_public_key
            if (pst.get("enrolment") or {}).get("pending"):
                return container.read_header(path).sender_sign_key  # proven by the enrolment secret
            return None
        if device_id != state.master_device_id:
            return None
        if dev is not None and dev.sign_public_key:
            return dev.sign_public_key
        return enr["master_sign_key"] if enr else None

    with tempfile.TemporaryDirectory(prefix=".perut-import-", dir=replica.data_dir) as tmp:
        try:
            opened = container.open_bundle(path, my_device_id=replica.device_id, my_identity=identity,
                                           kecamatan_code=kecamatan, lookup_sender_key=lookup,
                                           extract_to=Path(tmp) / "own")
        except InputRejected:
            if not enr:
                raise
            # before the master has our keys, its bundles are encrypted to the enrolment key
            one_time = X25519PrivateKey.from_private_bytes(base64.b64decode(enr["enrolment_key"]))
            opened = container.open_bundle(path, my_device_id=replica.device_id,
                                           my_identity=keys.Identity(identity.sign_key, one_time),
                                           kecamatan_code=kecamatan, lookup_sender_key=lookup,
                                           extract_to=Path(tmp) / "enrolment")
        payload = opened.member_paths.get(PAYLOAD_MEMBER)
        if payload is None:
            raise InputRejected("Bundel tidak berisi data (payload.sqlite tidak ada).")
        h = opened.header
        header = {"bundle_id": h.bundle_id, "sender": h.sender, "recipient": h.recipient, "kecamatan": h.kecamatan}
        hook = _enrolment_hook(replica, h) if replica.is_master else None
        taken = None if dry_run else _backup_before(replica, h.bundle_id, payload)
        files = {n.split("/", 1)[1]: p.stat().st_size for n, p in opened.member_paths.items()
                 if n.startswith("attachments/")}
        result = engine.apply_payload(replica, payload, header, dry_run=dry_run, progress=progress,
                                      before_merge=hook, attachments=files)
        stored = 0
        if result.status in ("applied", "already"):
            # Also when already applied: an import killed after its commit but before the
            # files were stored is completed by importing the same bundle again.
            store = AttachmentStore(replica.data_dir / "attachments")
            for name, p in opened.member_paths.items():
                if name.startswith("attachments/"):
                    stored += store.adopt(name.split("/", 1)[1], p)
                    engine.fault("mid_attachments")
            if enr and _enrolment_pending(replica, identity) is None:
                (key_dir(replica.data_dir) / ENROLMENT_STATE).unlink(missing_ok=True)  # enrolment complete
            with replica.engine.connect() as conn:
                revoked = revoked_reason(conn, replica.device_id)
            if revoked:
                result.warnings.append(revoked)
    return BundleImported(result, stored, list(result.warnings), taken)


def _backup_before(replica: Replica, bundle_id: str, payload: Path) -> Path | None:
    """The automatic backup of DESIGN.md §4, before applying a verified bundle: when it
    brings many rows, otherwise the first of the day; never for a bundle applied before."""
    with replica.engine.connect() as conn:
        if conn.execute(select(ImportLog.outcome).where(ImportLog.bundle_id == bundle_id)).scalar_one_or_none() \
                == "applied":
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


def _enrolment_hook(replica: Replica, h: container.BundleHeader) -> engine.ApplyHook:
    def hook(conn: Any, meta: dict[str, Any], state: Any) -> None:
        dev = conn.execute(select(Device.sign_public_key).where(Device.id == h.sender)).scalar_one_or_none()
        if dev:
            return  # keys known; the signature was checked with them
        st = conn.execute(select(Peer.state).where(Peer.device_id == h.sender)).scalar_one_or_none() or {}
        secret = (st.get("enrolment") or {}).get("secret")
        proof = meta.get("enrolment_proof")
        if not secret or not proof or not h.sender_sign_key or not h.sender_enc_key:
            raise InputRejected(f"Perangkat {h.sender} belum menyelesaikan pendaftaran; bundel ditolak.")
        expected = enrol.proof(secret, h.bundle_id, h.sender_sign_key, h.sender_enc_key)
        import hmac

        if not hmac.compare_digest(expected, str(proof)):
            raise InputRejected(f"Bukti pendaftaran perangkat {h.sender} tidak cocok; bundel ditolak.")
        enrol.complete_enrolment(replica, conn, h.sender, sign_public_key=h.sender_sign_key,
                                 enc_public_key=h.sender_enc_key)
    return hook
