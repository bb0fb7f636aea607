"""Enrolment of a field laptop (DESIGN.md §5), the parts below the key handling.

The master registers the laptop as a :class:`~perut_desktop.models.Device` (role *field*,
the officer it serves) and keeps a one-time secret for it; the laptop's replica is created
empty from the enrolment file (its device id, the master's, the kecamatan) and receives
everything with the master's first bundle. The laptop's first bundle proves the secret
and delivers its public keys (see :mod:`perut_desktop.sync.bundle`).
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

from perut_desktop import db
from perut_desktop.errors import Hint, InputRejected, StateError
from perut_desktop.models import Device, Officer, Peer, ReplicaState
from perut_desktop.enums import Role
from perut_desktop.models.replication import ReplicaContext
from perut_desktop.services.common import find_officer, require_master, subdistrict
from perut_desktop.services.setup import new_device_id


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


def enrol_device(replica: db.Replica, officer: str, *, name: str | None = None) -> Enrolment:
    """Register a new field device for ``officer`` (name, NIP or id) on the master."""
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
                   state={"enrolment": {"secret": secret, "pending": True}}))
        return Enrolment(device_id, off.id, off.name, replica.device_id, sub.id, sub.code, sub.name, secret)


def proof(secret: str, bundle_id: str, sign_public_key: str, enc_public_key: str) -> str:
    """What a laptop's first bundle carries to show it holds the enrolment secret."""
    msg = "|".join(("perut-enrol-v1", bundle_id, sign_public_key, enc_public_key)).encode()
    return hmac.new(secret.encode(), msg, hashlib.sha256).hexdigest()


def complete_enrolment(replica: db.Replica, conn: Any, device_id: str, *, sign_public_key: str,
                       enc_public_key: str) -> None:
    """Inside the import transaction of the laptop's first bundle: store its public keys
    (a master write, replicated) and retire the one-time secret."""
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
    st = dict(conn.execute(select(Peer.state).where(Peer.device_id == device_id)).scalar_one_or_none() or {})
    st["enrolment"] = {"pending": False, "completed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    conn.execute(update(Peer).where(Peer.device_id == device_id).values(state=st))


def init_field_replica(data_dir: Path, *, device_id: str, master_device_id: str, subdistrict_id: str) -> None:
    """Create an empty field replica; its data arrives with the master's first bundle."""
    if db.is_initialised(data_dir):
        raise StateError(f"Sudah ada data PERUT di {data_dir}; tidak ditimpa.", hint=Hint.CHOOSE_OTHER_DATA_FOLDER,
                         record=str(data_dir))
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.create_db_engine(db.database_url(data_dir))
    try:
        db.upgrade_schema(engine)
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
