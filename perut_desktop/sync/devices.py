"""The devices of the kecamatan: listing them, revoking a laptop, handing a visit to
another laptop (``perut device …``, ``perut visit reassign``, the window's device page).

Every function takes a :class:`~sqlalchemy.orm.Session` and never commits: the caller
frames one unit of work (``with replica.begin() as s:``); the replica context in
``s.info["replica"]`` says which device acts. A device is named as the user names it —
id, id prefix, device name or its officer's name (:func:`bundle.find_device
<perut_desktop.sync.bundle.find_device>`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.enums import Role
from perut_desktop.errors import InputRejected, UsageError
from perut_desktop.models import Device, Officer, Peer
from perut_desktop.models.replication import MAX_MS, context_of
from perut_desktop.services import workflow
from perut_desktop.services.common import require_master
from perut_desktop.sync.bundle import find_device
from perut_desktop.sync.engine import CLOCK_ACCEPTED
from perut_desktop.sync.keys import key_fingerprint


@dataclass(frozen=True)
class DeviceInfo:
    """One device (field names are the JSON keys of ``perut device list --json``)."""

    id: str
    role: Role
    name: str
    officer: str  # the officer's name ("" for none)
    this_device: bool  # the device of this replica
    key_fingerprint: str  # of its signing key; "" until it delivered its keys
    enrolled_at: dt.datetime | None
    revoked: bool
    revoked_at: dt.datetime | None
    last_received_at: dt.datetime | None  # the last bundle from it applied here


def _info(device: Device, officer: str | None, me: str, received: dict[str, dt.datetime | None]) -> DeviceInfo:
    return DeviceInfo(
        id=device.id, role=Role(device.role), name=device.name, officer=officer or "", this_device=device.id == me,
        key_fingerprint=key_fingerprint(device.sign_public_key) if device.sign_public_key else "",
        enrolled_at=device.enrolled_at, revoked=device.revoked, revoked_at=device.revoked_at,
        last_received_at=received.get(device.id))


def _devices(session: Session, *where: object) -> list[DeviceInfo]:
    rows = session.execute(select(Device, Officer.name).outerjoin(Officer, Officer.id == Device.officer_id)
                           .where(*where).order_by(Device.role.desc(), Device.name)).all()
    received = dict(session.execute(select(Peer.device_id, Peer.last_received_at)).all())
    me = context_of(session).local_device_id
    return [_info(d, o, me, received) for d, o in rows]


def list_devices(session: Session) -> list[DeviceInfo]:
    """Every device of the kecamatan: the master first, then the laptops by name."""
    return _devices(session)


def revoke_device(session: Session, device: str, reason: str) -> DeviceInfo:
    """Revoke a laptop (master only): its bundles are refused from then on, and the
    next bundle to it is only the notice of its revocation. Returns the device as revoked.

    Refused with :class:`StateError` on a field replica, :class:`InputRejected` for a
    device that is not known (or named ambiguously), :class:`UsageError` for the master's
    own device."""
    require_master(session, "Pencabutan perangkat")
    device_id = find_device(session, device)
    if device_id == context_of(session).local_device_id:
        raise UsageError("Perangkat master tidak dapat mencabut dirinya sendiri.")
    d = session.get(Device, device_id)
    assert d is not None  # find_device found it
    d.revoked = True
    d.revoked_at = context_of(session).utcnow()
    d.revoked_reason = (reason or "").strip()
    session.flush()
    return _devices(session, Device.id == device_id)[0]


def reassign_visit(session: Session, visit_id: str, device: str, *, with_officer: bool) -> DeviceInfo:
    """Hand an open visit to another laptop (master only; a lost laptop, a transferred
    officer), and with ``with_officer`` to that laptop's officer too. Later edits of the
    old laptop to the visit become conflicts. Returns the laptop the visit now belongs to.

    Refused with :class:`StateError` on a field replica, :class:`InputRejected` when the
    target is not an active (unrevoked) field device, and as
    :func:`services.workflow.reassign_visit <perut_desktop.services.workflow.reassign_visit>`
    refuses (an unknown visit, one no longer open)."""
    require_master(session, "Pengalihan kunjungan")
    device_id = find_device(session, device)
    d = session.get(Device, device_id)
    if d is None or d.role != Role.FIELD or d.revoked:
        raise InputRejected(f"Perangkat {device} bukan perangkat lapangan yang aktif.")
    workflow.reassign_visit(session, visit_id, device_id, d.officer_id if with_officer else None)
    return _devices(session, Device.id == device_id)[0]


@dataclass(frozen=True)
class ClockAcceptance:
    """The office's acceptance of a laptop's versions up to a stated time."""

    device_id: str
    until: dt.datetime  # UTC, naive
    accepted_at: dt.datetime
    note: str


def accept_device_clock(session: Session, device: str, until: dt.datetime, note: str = "") -> ClockAcceptance:
    """The recovery for a laptop whose date was once set far ahead and which already wrote
    versions that the office refuses (master only): from now on the office accepts that
    device's versions up to ``until`` (UTC), recorded with when it was decided and why;
    its clock then moves on to that time. A later acceptance replaces an earlier one.

    Refused with :class:`StateError` on a field replica, :class:`InputRejected` for an
    unknown device or a time that a version cannot carry."""
    require_master(session, "Penerimaan jam perangkat")
    device_id = find_device(session, device)
    until_ms = int(until.replace(tzinfo=dt.UTC).timestamp() * 1000)
    if not 0 < until_ms <= MAX_MS:
        raise InputRejected(f"Waktu {until:%d-%m-%Y %H:%M} tidak dapat dicatat sebagai versi.")
    peer = session.get(Peer, device_id)
    if peer is None:
        peer = Peer(device_id=device_id, epoch=0, acked_seq=0, sent_seq=0, next_out_bundle=1, applied_in_bundle=0,
                    state={})
        session.add(peer)
    at = context_of(session).utcnow()
    state = dict(peer.state or {})
    state[CLOCK_ACCEPTED] = {"until_ms": until_ms, "at": at.isoformat(timespec="seconds"), "note": note.strip()}
    peer.state = state
    session.flush()
    return ClockAcceptance(device_id, until.replace(tzinfo=None), at, note.strip())


__all__ = ["ClockAcceptance", "DeviceInfo", "accept_device_clock", "list_devices", "reassign_visit", "revoke_device"]
