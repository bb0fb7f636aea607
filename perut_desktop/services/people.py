"""Officers (pendamping), their village assignments, and the master's staff profiles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import ValidationError
from perut_desktop.models import Officer, OfficerAssignment, UserProfile, Village, derived_id
from perut_desktop.services.common import clean, require_master
from perut_desktop.services.villages import find_village


@dataclass(frozen=True)
class OfficerInfo:
    id: str
    name: str
    nip: str
    position: str
    phone: str
    email: str
    active: bool
    villages: tuple[str, ...]


@dataclass(frozen=True)
class UserInfo:
    id: str
    name: str
    nip: str
    title: str
    can_sign: bool
    active: bool


def _check_nip(nip: str) -> str:
    nip = nip.replace(" ", "")
    if nip and (not nip.isdigit() or len(nip) != 18):
        raise ValidationError(f"NIP '{nip}' tidak valid; NIP terdiri atas 18 angka.")
    return nip


def add_officer(
    session: Session,
    *,
    name: str,
    nip: str = "",
    position: str = "",
    phone: str = "",
    email: str = "",
    villages: list[str] | None = None,
) -> OfficerInfo:
    """Add a pendamping (master only), optionally assigned to villages by name or code."""
    require_master(session, "Menambah pendamping")
    name = clean(name)
    if not name:
        raise ValidationError("Nama pendamping wajib diisi.")
    officer = Officer(name=name, nip=_check_nip(nip), position=clean(position), phone=clean(phone),
                      email=clean(email), active=True)
    session.add(officer)
    session.flush()
    assign_villages(session, officer.id, villages or [])
    return officer_info(session, officer)


def assign_villages(session: Session, officer_id: str, villages: list[str]) -> None:
    """Assign villages (names or codes) to an officer, keeping existing assignments."""
    require_master(session, "Menugaskan pendamping")
    for text in villages:
        if not text.strip():
            continue
        village = find_village(session, text)
        aid = derived_id("officer_assignment", officer_id, village.id)
        if session.get(OfficerAssignment, aid) is None:
            session.add(OfficerAssignment(id=aid, officer_id=officer_id, village_id=village.id))
    session.flush()


def officer_info(session: Session, officer: Officer) -> OfficerInfo:
    names = session.scalars(
        select(Village.name)
        .join(OfficerAssignment, OfficerAssignment.village_id == Village.id)
        .where(OfficerAssignment.officer_id == officer.id)
        .order_by(Village.code)
    ).all()
    return OfficerInfo(officer.id, officer.name, officer.nip, officer.position, officer.phone,
                       officer.email, officer.active, tuple(names))


def list_officers(session: Session) -> list[OfficerInfo]:
    return [officer_info(session, o) for o in session.scalars(select(Officer).order_by(Officer.name))]


def add_user(session: Session, *, name: str, nip: str = "", title: str = "", can_sign: bool = False) -> UserInfo:
    """Add a staff profile of the master installation (master only)."""
    require_master(session, "Menambah petugas kecamatan")
    name = clean(name)
    if not name:
        raise ValidationError("Nama petugas wajib diisi.")
    user = UserProfile(name=name, nip=_check_nip(nip), title=clean(title), can_sign=can_sign, active=True)
    session.add(user)
    session.flush()
    return _user_info(user)


def _user_info(user: UserProfile) -> UserInfo:
    return UserInfo(user.id, user.name, user.nip, user.title, user.can_sign, user.active)


def list_users(session: Session) -> list[UserInfo]:
    return [_user_info(u) for u in session.scalars(select(UserProfile).order_by(UserProfile.name))]
