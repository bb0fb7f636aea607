"""Officers (pendamping), their village assignments, and the master's staff profiles.

A staff profile says who may sign an approval: *a.n. Camat* when it may sign
(``can_sign``), *Plt. Camat* between the dates of an acting assignment, *Camat* when its NIP
is the Camat's. On the shared office PC anyone can choose any profile, so a signing profile
may carry a PIN, kept only as an scrypt hash (a well-kept KDF from the standard library),
replicated with the profile and asked whenever that profile approves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import Hint, NotFound, StateError, ValidationError
from perut_desktop.models import Officer, OfficerAssignment, UserProfile, Village, derived_id
from perut_desktop.services.common import clean, ctx, find_officer, find_user, require_master
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
    plt_from: dt.date | None = None
    plt_to: dt.date | None = None
    has_pin: bool = False

    def acting_camat_on(self, day: dt.date) -> bool:
        """Whether the profile is the acting Camat (Plt.) on ``day``."""
        return self.plt_from is not None and self.plt_to is not None and self.plt_from <= day <= self.plt_to


#: scrypt cost: 16 MiB of memory and about 50 ms a check, the strength RFC 7914 suggests
#: for interactive logins.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2 ** 14, 8, 1
MIN_PIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    """The stored form of a PIN: ``scrypt$n$r$p$salt$hash`` (hex), with a random salt."""
    pin = pin.strip()
    if len(pin) < MIN_PIN_LENGTH:
        raise ValidationError(f"PIN terlalu pendek; gunakan paling sedikit {MIN_PIN_LENGTH} karakter.")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one hashed in ``stored`` (compared in constant time)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(pin.strip().encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


def check_pin(session: Session, user_id: str, pin: str | None) -> None:
    """Refuse (nothing changes) unless ``pin`` is the PIN of the profile, when it has one."""
    user = session.get(UserProfile, user_id)
    if user is None or not user.pin_hash:
        return
    if not pin:
        raise StateError(f"Profil {user.name} dilindungi PIN; masukkan PIN-nya untuk menandatangani.")
    if not pin_matches(user.pin_hash, pin):
        raise StateError(f"PIN {user.name} salah; persetujuan tidak dicatat.")


def _check_plt(plt: tuple[dt.date, dt.date] | None) -> tuple[dt.date | None, dt.date | None]:
    if plt is None:
        return None, None
    start, end = plt
    if start > end:
        raise ValidationError(f"Masa Plt. Camat tidak masuk akal: {start:%d-%m-%Y} sesudah {end:%d-%m-%Y}.")
    return start, end


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


def edit_officer(session: Session, officer_id: str, *, name: str | None = None, nip: str | None = None,
                 position: str | None = None, phone: str | None = None, email: str | None = None,
                 villages: list[str] | None = None, active: bool | None = None) -> OfficerInfo:
    """Change a pendamping (master only). ``None`` keeps a value; ``villages`` (names,
    codes or ids) replaces the assignments: those left out end, new ones begin."""
    require_master(session, "Mengubah pendamping")
    officer = find_officer(session, officer_id)
    if name is not None:
        if not clean(name):
            raise ValidationError("Nama pendamping wajib diisi.")
        officer.name = clean(name)
    if nip is not None:
        officer.nip = _check_nip(nip)
    for field, value in (("position", position), ("phone", phone), ("email", email)):
        if value is not None:
            setattr(officer, field, clean(value))
    if active is not None:
        officer.active = active
    if villages is not None:
        wanted = {find_village(session, text).id for text in villages if text.strip()}
        for assignment in session.scalars(select(OfficerAssignment).where(OfficerAssignment.officer_id == officer.id)):
            if assignment.village_id not in wanted:
                session.delete(assignment)
        session.flush()
        for village_id in sorted(wanted):
            aid = derived_id("officer_assignment", officer.id, village_id)
            existing = session.get(OfficerAssignment, aid, execution_options={"include_deleted": True})
            if existing is None:
                session.add(OfficerAssignment(id=aid, officer_id=officer.id, village_id=village_id))
            elif existing.deleted:  # assigned again after it ended: the same record lives again
                existing.deleted = False
    session.flush()
    return officer_info(session, officer)


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


def add_user(session: Session, *, name: str, nip: str = "", title: str = "", can_sign: bool = False,
             plt: tuple[dt.date, dt.date] | None = None, pin: str | None = None) -> UserInfo:
    """Add a staff profile of the master installation (master only): may it sign a.n. Camat,
    the dates it is acting Camat (Plt.), and its signing PIN (kept only as a hash)."""
    require_master(session, "Menambah petugas kecamatan")
    name = clean(name)
    if not name:
        raise ValidationError("Nama petugas wajib diisi.")
    plt_from, plt_to = _check_plt(plt)
    user = UserProfile(name=name, nip=_check_nip(nip), title=clean(title), can_sign=can_sign, active=True,
                       plt_from=plt_from, plt_to=plt_to, pin_hash=hash_pin(pin) if pin is not None else "")
    session.add(user)
    session.flush()
    return _user_info(user)


_KEEP = object()


def edit_user(session: Session, name_or_id: str, *, name: str | None = None, nip: str | None = None,
              title: str | None = None, can_sign: bool | None = None,
              plt: tuple[dt.date, dt.date] | None | object = _KEEP, pin: str | None = None,
              remove_pin: bool = False) -> UserInfo:
    """Change a staff profile (master only). ``None`` (and, for ``plt``, leaving it out)
    keeps a value; ``plt=None`` ends an acting assignment; ``remove_pin`` drops the PIN."""
    require_master(session, "Mengubah petugas kecamatan")
    if pin is not None and remove_pin:
        raise ValidationError("Pilih salah satu: pasang PIN baru atau hapus PIN.")
    user = find_user(session, name_or_id)
    if name is not None:
        if not clean(name):
            raise ValidationError("Nama petugas wajib diisi.")
        user.name = clean(name)
    if nip is not None:
        user.nip = _check_nip(nip)
    if title is not None:
        user.title = clean(title)
    if can_sign is not None:
        user.can_sign = can_sign
    if plt is not _KEEP:
        user.plt_from, user.plt_to = _check_plt(plt)  # type: ignore[arg-type]
    if pin is not None:
        user.pin_hash = hash_pin(pin)
    elif remove_pin:
        user.pin_hash = ""
    session.flush()
    return _user_info(user)


def user_info(session: Session, user_id: str) -> UserInfo:
    user = session.get(UserProfile, user_id)
    if user is None:
        raise NotFound(f"Petugas kecamatan dengan id {user_id} tidak ditemukan.", hint=Hint.LIST_USERS)
    return _user_info(user)


def _user_info(user: UserProfile) -> UserInfo:
    return UserInfo(user.id, user.name, user.nip, user.title, user.can_sign, user.active, user.plt_from,
                    user.plt_to, bool(user.pin_hash))


def list_users(session: Session) -> list[UserInfo]:
    return [_user_info(u) for u in session.scalars(select(UserProfile).order_by(UserProfile.name))]


def act_as(session: Session, name_or_id: str) -> UserInfo:
    """Record the rest of this unit of work in the name of a staff profile (by name, NIP or
    id), as the window does when a staff member is chosen on the office PC."""
    user = find_user(session, name_or_id)
    session.info["replica"] = dataclasses.replace(ctx(session), actor_id=user.id)
    return _user_info(user)


def _check_phone(phone: str) -> str:
    digits = phone.replace(" ", "").replace("-", "")
    if phone and not (digits.lstrip("+").isdigit() and 8 <= len(digits.lstrip("+")) <= 15):
        raise ValidationError(f"Nomor telepon '{phone}' tidak valid; tulis angka saja, mis. 0812 3456 7890.")
    return phone


def _check_email(email: str) -> str:
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1] or " " in email):
        raise ValidationError(f"Alamat e-mail '{email}' tidak valid.")
    return email


def own_officer(session: Session) -> OfficerInfo:
    """The officer of this laptop (a field replica), whose phone and e-mail it may change."""
    from perut_desktop.models import Device

    device = session.get(Device, ctx(session).local_device_id)
    officer = session.get(Officer, device.officer_id) if device is not None and device.officer_id else None
    if officer is None:
        raise StateError("Perangkat ini tidak terhubung dengan pendamping mana pun.")
    return officer_info(session, officer)


def update_own_contact(session: Session, *, phone: str | None = None, email: str | None = None) -> OfficerInfo:
    """The phone and e-mail of this laptop's own officer (DESIGN.md §3: the officer's own
    fields, written by the master or that officer's device); ``None`` leaves one as it is."""
    own = own_officer(session)
    officer = session.get(Officer, own.id)
    assert officer is not None
    if phone is not None:
        officer.phone = _check_phone(clean(phone))
    if email is not None:
        officer.email = _check_email(clean(email))
    session.flush()
    return officer_info(session, officer)
