"""This installation as the window's status bar shows it: role, kecamatan, this laptop's
officer, the office staff who may act on the master, and where it stands in the exchange
of bundles with its partner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop.enums import Role
from perut_desktop.models import Device, Officer, Peer, ReplicaState, Subdistrict, UserProfile, Village

__all__ = ["InstallationInfo", "StaffChoice", "installation_info"]


@dataclass(frozen=True)
class StaffChoice:
    id: str
    name: str
    nip: str


@dataclass(frozen=True)
class InstallationInfo:
    role: Role
    device_id: str
    kecamatan: str  # "" on a laptop that has not received the office's data yet
    officer_name: str  # a laptop's officer ("" on the master)
    staff: tuple[StaffChoice, ...]  # active office staff (the master's acting person)
    last_sent_at: dt.datetime | None  # UTC, the newest bundle written to a partner
    last_received_at: dt.datetime | None  # UTC, the newest bundle applied from a partner
    awaiting_office: bool  # a laptop that has not yet imported the office's first bundle


def installation_info(session: Session) -> InstallationInfo:
    """What the status bar shows; reads only. The count of changes not yet sent comes from
    the sync status (it needs the exchange's own accounting)."""
    state = session.scalars(select(ReplicaState)).one()
    role = Role(state.role)
    kecamatan = session.scalar(select(Subdistrict.name).where(Subdistrict.id == state.subdistrict_id)) or ""
    officer = session.scalar(select(Officer.name).join(Device, Device.officer_id == Officer.id)
                             .where(Device.id == state.device_id)) or ""
    staff: tuple[StaffChoice, ...] = ()
    if role is Role.MASTER:
        staff = tuple(StaffChoice(u.id, u.name, u.nip) for u in session.scalars(
            select(UserProfile).where(UserProfile.active.is_(True)).order_by(UserProfile.name)))
    sent, received = session.execute(select(func.max(Peer.last_sent_at), func.max(Peer.last_received_at))).one()
    villages = session.scalar(select(func.count()).select_from(Village)) or 0
    return InstallationInfo(role, state.device_id, kecamatan, officer, staff, sent, received,
                            awaiting_office=role is Role.FIELD and villages == 0)
