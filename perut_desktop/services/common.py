"""Helpers shared by the services: the replica context, dates, lookups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.errors import Hint, NotFound, StateError
from perut_desktop.models import Base, Officer, ReplicaState, Subdistrict, UserProfile
from perut_desktop.models.replication import ReplicaContext, context_of

T = TypeVar("T", bound=Base)

# --- local time ----------------------------------------------------------------------------------

#: Indonesian time zones by province code (the first two digits of a Kemendagri code).
#: Indonesia keeps no daylight saving time, so a fixed offset is exact.
_WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
_WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96", "97"})


@dataclass(frozen=True)
class LocalZone:
    """The kecamatan's time zone: its offset from UTC and its Indonesian abbreviation."""

    hours: int
    abbreviation: str

    def local(self, utc: dt.datetime) -> dt.datetime:
        """A naive UTC instant (as stored) as naive local time."""
        return utc + dt.timedelta(hours=self.hours)

    def clock(self, moment: dt.datetime | None) -> str:
        """An instant as a reader in this zone writes it, ``2026-12-18 23.30 WITA`` (the hour
        with a dot, as Indonesian writes times); naive instants are UTC (as stored), aware
        ones are taken as they say; None is "-"."""
        if moment is None:
            return "-"
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        label = f" {self.abbreviation}" if self.abbreviation else ""
        return f"{self.local(moment):%Y-%m-%d %H.%M}{label}"


#: UTC itself, for messages written where the kecamatan is not known.
UTC_ZONE = LocalZone(0, "UTC")


def local_zone(subdistrict_code: str) -> LocalZone:
    """WIB, WITA or WIT for a kecamatan code such as "63.11.03" (Awayan: WITA)."""
    province = subdistrict_code[:2]
    if province in _WITA_PROVINCES:
        return LocalZone(8, "WITA")
    if province in _WIT_PROVINCES:
        return LocalZone(9, "WIT")
    return LocalZone(7, "WIB")


def ctx(session: Session) -> ReplicaContext:
    return context_of(session)


def today(session: Session) -> dt.date:
    """Today in the kecamatan (its local date, not UTC's: at 07.00 WITA UTC is still on the
    day before), by the replica's clock (injectable in tests and the demo)."""
    return zone(session).local(ctx(session).utcnow()).date()


def zone(session: Session) -> LocalZone:
    """The kecamatan's time zone; before a laptop has the kecamatan's data, the computer's."""
    cached = session.info.get("local_zone")
    if cached is None:
        code = session.scalar(select(Subdistrict.code).join(
            ReplicaState, ReplicaState.subdistrict_id == Subdistrict.id))
        if code is None:
            code = session.scalar(select(Subdistrict.code).limit(1))
        if code is not None:
            cached = session.info["local_zone"] = local_zone(code)
        else:
            offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
            return LocalZone(int(offset.total_seconds() // 3600), "")
    return cached


def now(session: Session) -> dt.datetime:
    return ctx(session).utcnow()


def require_master(session: Session, what: str) -> None:
    if not ctx(session).is_master:
        raise StateError(f"{what} hanya dapat dilakukan di kantor kecamatan (replika master).")


def acting_user(session: Session) -> UserProfile:
    """The staff member acting on the master; every master action records one."""
    actor_id = ctx(session).actor_id
    if actor_id is None:
        raise StateError(
            "Tindakan ini dicatat atas nama petugas kecamatan; pilih dahulu petugas yang bertindak.",
            hint=Hint.CHOOSE_ACTING_USER,
        )
    user = session.get(UserProfile, actor_id)
    if user is None or not user.active:
        raise NotFound("Petugas kecamatan yang dipilih tidak ditemukan atau tidak aktif.")
    return user


def find_user(session: Session, name_or_id: str) -> UserProfile:
    users = session.scalars(select(UserProfile).where(UserProfile.active.is_(True))).all()
    key = name_or_id.strip().casefold()
    for user in users:
        if user.id == name_or_id or user.name.casefold() == key or (user.nip and user.nip == key):
            return user
    matches = [u for u in users if key in u.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    raise NotFound(f"Petugas kecamatan '{name_or_id}' tidak dikenal.", hint=Hint.LIST_USERS, record=name_or_id)


def find_officer(session: Session, name_or_id: str) -> Officer:
    officers = session.scalars(select(Officer)).all()
    key = name_or_id.strip().casefold()
    for officer in officers:
        if officer.id == name_or_id or officer.name.casefold() == key or (officer.nip and officer.nip == key):
            return officer
    matches = [o for o in officers if key in o.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    raise NotFound(f"Pendamping '{name_or_id}' tidak dikenal.", hint=Hint.LIST_OFFICERS, record=name_or_id)


def subdistrict(session: Session) -> Subdistrict:
    state = session.scalars(select(ReplicaState)).one()
    sub = session.get(Subdistrict, state.subdistrict_id) if state.subdistrict_id else None
    if sub is None:
        sub = session.scalars(select(Subdistrict)).first()
    if sub is None:
        raise StateError("Data kecamatan belum diterima; impor bundel pertama dari kantor kecamatan.")
    return sub


def get_or_404(session: Session, cls: type[T], row_id: str, label: str) -> T:
    obj = session.get(cls, row_id)
    if obj is None:
        raise NotFound(f"{label} dengan id {row_id} tidak ditemukan.")
    return obj


def clean(text: str | None) -> str:
    return " ".join((text or "").split())
