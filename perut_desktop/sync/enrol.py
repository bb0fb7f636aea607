"""Enrolment of a field laptop (DESIGN.md §5), the parts below the key handling.

The handshake, done at the office in one sitting:

1. The master registers the laptop as a :class:`~perut_desktop.models.Device` (role
   *field*, the officer it serves, no keys yet) and keeps a one-time secret for it in the
   peer record, with an expiry (:data:`ENROLMENT_DAYS`). The enrolment file carries the
   master's public keys, the device identity and the secret — no key that office data is
   ever encrypted to.
2. The laptop makes its own key pairs and shows a short :func:`confirmation_code` derived
   from its new public keys and the secret.
3. The laptop's first bundle carries its public keys and an :func:`proof` of the secret in
   its signed header. The master checks the proof before anything else and *holds* the
   bundle (``pending/`` in the data folder): nothing is applied.
4. Someone at the office types the code the laptop shows. The master derives the code of
   each held bundle's keys; the one that matches is applied and its keys are stored
   (:func:`complete_enrolment`), in one transaction. A wrong code is counted
   (:data:`MAX_CODE_ATTEMPTS`). Only then does the master send the laptop data, encrypted
   to the laptop's own key.

Whoever copies the enrolment file can make a bundle that passes step 3, but its keys give
another code than the laptop in front of the office, so it is never applied.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from perut_desktop import db
from perut_desktop.enums import Role
from perut_desktop.errors import Hint, InputRejected, StateError, UsageError
from perut_desktop.models import Device, Officer, Peer, ReplicaState
from perut_desktop.models.replication import ReplicaContext
from perut_desktop.paths import make_private
from perut_desktop.services.common import UTC_ZONE, find_officer, require_master, subdistrict
from perut_desktop.services.setup import new_device_id

#: A pending enrolment expires after this many days (the laptop's first bundle is refused,
#: its code no longer confirmed); register the laptop again then.
ENROLMENT_DAYS = 14
#: Wrong confirmation codes accepted for one enrolment before it is locked.
MAX_CODE_ATTEMPTS = 5
#: First bundles held per pending enrolment (the laptop's own, perhaps exported twice, and
#: any made with a copy of its enrolment file); more are refused.
MAX_HELD_BUNDLES = 5
#: Crockford's base32: no I, L, O or U, so that a code read aloud or typed is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10  # 50 bits, shown as two groups of five


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    officer_id: str
    officer_name: str
    master_device_id: str
    subdistrict_id: str
    kecamatan_code: str
    kecamatan_name: str
    secret: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class PendingEnrolment:
    """A laptop registered on the master whose enrolment is not confirmed yet."""

    device_id: str
    device_name: str
    officer_name: str
    created_at: dt.datetime | None
    expires_at: dt.datetime | None
    expired: bool
    held_bundles: int  # first bundles waiting for the code
    failed_codes: int
    locked: bool  # too many wrong codes: register the laptop again


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _expiry(enrolment: dict[str, Any]) -> str:
    """When a pending enrolment expired, for a message (the kecamatan not being at hand: UTC)."""
    return UTC_ZONE.clock(parse_moment(enrolment.get("expires_at")))


def parse_moment(text: Any) -> dt.datetime | None:
    """A stored ISO instant as an aware datetime (UTC when it names no zone); None when it is
    no instant."""
    try:
        moment = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def enrol_device(replica: db.Replica, officer: str, *, name: str | None = None,
                 valid_days: int = ENROLMENT_DAYS, now: dt.datetime | None = None) -> Enrolment:
    """Register a new field device for ``officer`` (name, NIP or id) on the master, with
    a one-time secret valid for ``valid_days``."""
    if not 1 <= valid_days <= 90:
        raise UsageError(f"Masa berlaku pendaftaran {valid_days} hari tidak sah; pilih 1 sampai 90 hari.")
    created = (now or _utcnow()).astimezone(dt.UTC)
    expires = created + dt.timedelta(days=valid_days)
    with replica.begin() as s:
        require_master(s, "Pendaftaran perangkat lapangan")
        off = find_officer(s, officer)
        if not off.active:
            raise InputRejected(f"Pendamping {off.name} tidak aktif.")
        sub = subdistrict(s)
        device_id = new_device_id()
        s.add(Device(id=device_id, role=Role.FIELD.value, name=name or f"Laptop {off.name.split(',')[0]}",
                     officer_id=off.id, sign_public_key="", enc_public_key="", epoch=0,
                     enrolled_at=s.info["replica"].utcnow(), revoked=False, revoked_reason=""))
        s.flush()
        secret = secrets.token_urlsafe(24)
        s.add(Peer(device_id=device_id, epoch=0, acked_seq=0, sent_seq=0, next_out_bundle=1, applied_in_bundle=0,
                   state={"enrolment": {"secret": secret, "pending": True, "created_at": _iso(created),
                                        "expires_at": _iso(expires), "failed_codes": 0, "held": []}}))
        return Enrolment(device_id, off.id, off.name, replica.device_id, sub.id, sub.code, sub.name, secret,
                         expires)


def proof(secret: str, bundle_id: str, sign_public_key: str, enc_public_key: str) -> str:
    """What a laptop's first bundle carries to show it holds the enrolment secret."""
    msg = "|".join(("perut-enrol-v1", bundle_id, sign_public_key, enc_public_key)).encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()


def confirmation_code(secret: str, sign_public_key: str, enc_public_key: str) -> str:
    """The short code a laptop shows and the office types: ``ABCDE-12345``, derived from
    the laptop's public keys and the enrolment secret (HMAC-SHA256, 50 bits)."""
    msg = "|".join(("perut-confirm-v1", sign_public_key, enc_public_key)).encode()
    n = int.from_bytes(hmac.new(secret.encode(), msg, hashlib.sha256).digest()[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = "".join(CODE_ALPHABET[(n >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))
    return f"{chars[:5]}-{chars[5:]}"


def normalise_code(text: str) -> str:
    """A typed code as :func:`confirmation_code` writes it: case, spaces and dashes do not
    matter, and the letters people confuse with digits (O, I, L) read as those digits."""
    raw = "".join(c for c in text.upper() if c not in " -_.").translate(str.maketrans("OIL", "011"))
    return f"{raw[:5]}-{raw[5:]}" if len(raw) == CODE_LENGTH else raw


def codes_match(typed: str, expected: str) -> bool:
    return hmac.compare_digest(normalise_code(typed).encode(), expected.encode())


def enrolment_of(conn: Any, device_id: str) -> dict[str, Any] | None:
    """On the master: the pending enrolment of ``device_id`` (its peer state), or None
    when the device has its keys (enrolled) or was never registered for enrolment."""
    keys = conn.execute(select(Device.sign_public_key).where(Device.id == device_id)).one_or_none()
    if keys is None or keys[0]:
        return None
    st = conn.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one_or_none() or {}
    enr = st.get("enrolment") or {}
    return dict(enr) if enr.get("pending") and enr.get("secret") else None


def save_enrolment(conn: Any, device_id: str, enrolment: dict[str, Any]) -> None:
    st = dict(conn.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one_or_none() or {})
    st["enrolment"] = enrolment
    conn.execute(update(Peer).where(Peer.device_id == device_id).values(state=st))


def is_expired(enrolment: dict[str, Any], now: dt.datetime | None = None) -> bool:
    expires = parse_moment(enrolment.get("expires_at"))
    return expires is not None and (now or _utcnow()) >= expires


def check_first_bundle(enrolment: dict[str, Any], device: str, *, bundle_id: str, sign_public_key: str | None,
                       enc_public_key: str | None, given_proof: str | None, now: dt.datetime | None = None) -> None:
    """A pending laptop's first bundle, judged by its header alone: the enrolment is still
    valid and the header proves the secret for exactly these keys and this bundle id.
    :class:`InputRejected` otherwise."""
    if is_expired(enrolment, now):
        raise InputRejected(f"Pendaftaran perangkat {device} sudah kedaluwarsa ({_expiry(enrolment)}); "
                            "bundel ditolak. Daftarkan ulang laptop itu.")
    if int(enrolment.get("failed_codes", 0)) >= MAX_CODE_ATTEMPTS:
        raise InputRejected(f"Pendaftaran perangkat {device} dikunci karena terlalu banyak kode konfirmasi salah; "
                            "bundel ditolak. Daftarkan ulang laptop itu.")
    if not sign_public_key or not enc_public_key or not given_proof:
        raise InputRejected(f"Perangkat {device} belum menyelesaikan pendaftaran dan bundelnya tidak membawa "
                            "bukti pendaftaran; bundel ditolak.")
    expected = proof(str(enrolment["secret"]), bundle_id, sign_public_key, enc_public_key)
    if not hmac.compare_digest(expected.encode(), given_proof.encode()):
        raise InputRejected(f"Bukti pendaftaran perangkat {device} tidak cocok; bundel ditolak.")


def complete_enrolment(replica: db.Replica, conn: Any, device_id: str, *, sign_public_key: str,
                       enc_public_key: str) -> None:
    """Inside the import transaction of the laptop's confirmed first bundle: store its
    public keys (a master write, replicated) and retire the one-time secret."""
    session = replica.session_factory(bind=conn)
    try:
        dev = session.get(Device, device_id)
        if dev is None:
            raise InputRejected(f"Perangkat {device_id} tidak terdaftar.")
        dev.sign_public_key = sign_public_key
        dev.enc_public_key = enc_public_key
        session.flush()
    finally:
        session.close()
    save_enrolment(conn, device_id, {"pending": False, "completed_at": _iso(_utcnow())})


def pending_enrolments(session: Session, *, now: dt.datetime | None = None) -> list[PendingEnrolment]:
    """On the master: the laptops registered but not confirmed yet, oldest first."""
    require_master(session, "Daftar pendaftaran perangkat")
    rows = session.execute(
        select(Device, Officer.name, Peer.state).join(Peer, Peer.device_id == Device.id)
        .outerjoin(Officer, Officer.id == Device.officer_id)
        .where(Device.role == Role.FIELD.value, Device.sign_public_key == "", Device.revoked.is_(False))).all()
    out = []
    for dev, officer_name, state in rows:
        enr = (state or {}).get("enrolment") or {}
        if not enr.get("pending"):
            continue
        failed = int(enr.get("failed_codes", 0))
        out.append(PendingEnrolment(
            device_id=dev.id, device_name=dev.name, officer_name=officer_name or "",
            created_at=parse_moment(enr.get("created_at")), expires_at=parse_moment(enr.get("expires_at")),
            expired=is_expired(enr, now), held_bundles=len(enr.get("held") or []), failed_codes=failed,
            locked=failed >= MAX_CODE_ATTEMPTS))
    return sorted(out, key=lambda p: (p.created_at or dt.datetime.min.replace(tzinfo=dt.UTC), p.device_id))


def require_confirmable(enrolment: dict[str, Any] | None, device: str, now: dt.datetime | None = None) -> dict[str, Any]:
    """The pending enrolment a code may be typed for; :class:`StateError` when there is
    none, it expired, it is locked, or no first bundle is held yet."""
    if enrolment is None:
        raise StateError(f"Perangkat {device} tidak sedang menunggu konfirmasi pendaftaran.",
                         hint=Hint.LIST_DEVICES, record=device)
    if is_expired(enrolment, now):
        raise StateError(f"Pendaftaran perangkat {device} sudah kedaluwarsa ({_expiry(enrolment)}); "
                         "daftarkan ulang laptop itu.")
    if int(enrolment.get("failed_codes", 0)) >= MAX_CODE_ATTEMPTS:
        raise StateError(f"Pendaftaran perangkat {device} dikunci karena terlalu banyak kode konfirmasi salah; "
                         "daftarkan ulang laptop itu.")
    if not enrolment.get("held"):
        raise StateError(f"Belum ada bundel pertama dari perangkat {device}; impor dahulu bundel dari laptop itu.",
                         hint=Hint.IMPORT_BUNDLE, record=device)
    return enrolment


def init_field_replica(data_dir: Path, *, device_id: str, master_device_id: str, subdistrict_id: str) -> None:
    """Create an empty field replica; its data arrives with the master's first bundle."""
    if db.is_initialised(data_dir):
        raise StateError(f"Sudah ada data PERUT di {data_dir}; tidak ditimpa.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER,
                         record=str(data_dir))
    make_private(data_dir)
    engine = db.create_db_engine(db.database_url(data_dir))
    try:
        db.upgrade_schema(engine)
        make_private(data_dir)  # the database file just made
        ctx = ReplicaContext(device_id=device_id, local_device_id=device_id, master_device_id=master_device_id)
        with engine.begin() as conn:
            conn.execute(insert(ReplicaState).values(
                singleton=1, device_id=device_id, role=Role.FIELD.value, subdistrict_id=subdistrict_id,
                master_device_id=master_device_id, epoch=0, created_at=ctx.utcnow(), hlc_ms=0, hlc_counter=0, seq=0))
    except BaseException:
        engine.dispose()
        db.discard_database(data_dir)
        raise
    engine.dispose()


def officer_name(replica: db.Replica, officer_id: str | None) -> str:
    if not officer_id:
        return ""
    with replica.engine.connect() as conn:
        return conn.execute(select(Officer.name).where(Officer.id == officer_id)).scalar_one_or_none() or ""
