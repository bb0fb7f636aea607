"""Small builders shared by the service tests."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from typing import Any

from perut_desktop.models import Device
from perut_desktop.services import people, villages, visits

TODAY = dt.date(2026, 11, 20)


def at(replica: Any, day: dt.date = TODAY, **kw: Any):  # type: ignore[no-untyped-def]
    """A unit of work with the clock set to 10:00 UTC of ``day``."""
    ms = int(dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC).timestamp() * 1000)
    return replica.begin(now_ms=lambda: ms, **kw)


def field_device(replica: Any, officer_id: str | None = None, device_id: str = "f1e1d0c0b0a09080") -> str:
    """Register a field laptop (as the master does at enrolment) and return its id."""
    with at(replica) as s:
        s.add(Device(id=device_id, role="field", name="Laptop uji", officer_id=officer_id, epoch=0, revoked=False,
                     revoked_reason=""))
    return device_id


@contextmanager
def as_device(replica: Any, device_id: str, day: dt.date = TODAY):  # type: ignore[no-untyped-def]
    """A unit of work written as another device would (its bundle imported here)."""
    with at(replica, day, device_id=device_id) as s:
        yield s


def officer_and_user(replica: Any) -> tuple[str, str]:
    with at(replica) as s:
        officer = people.add_officer(s, name="Rahmadi, S.AP.", nip="198605212010011006", villages=["Awayan"])
        user = people.add_user(s, name="Ahmad Fauzan", nip="198307142009011002", title="Kepala Seksi Pemerintahan")
        villages.add_official(s, villages.find_village(s, "Awayan").id, name="Hendra Saputra",
                              position="Kepala Desa", gender="L")
        villages.add_official(s, villages.find_village(s, "Awayan").id, name="Siti Aminah",
                              position="Sekretaris Desa", gender="P")
    return officer.id, user.id


def new_visit(replica: Any, officer_id: str, day: dt.date = dt.date(2026, 11, 10), village: str = "Awayan") -> str:
    with at(replica) as s:
        v = visits.create_visit(s, village_id=villages.find_village(s, village).id, officer_id=officer_id,
                                visit_date=day)
    return v.id


def tick_all(replica: Any, visit_id: str, status: str = "lengkap") -> None:
    with at(replica) as s:
        for r in visits.results(s, visit_id):
            visits.set_result(s, visit_id, r.item_code, status=status)


def complete_visit(replica: Any, visit_id: str, status: str = "lengkap") -> None:
    """Make a draft ready to submit: every book checked, someone present, notulen with
    discussion and decisions."""
    tick_all(replica, visit_id, status)
    with at(replica) as s:
        visits.add_attendee(s, visit_id, name="Hendra Saputra", position="Kepala Desa", group="pemdes", gender="L")
        visits.set_minutes(s, visit_id, discussion="Pemeriksaan buku administrasi.", decisions="Melengkapi buku.")


CAMAT_NAME, CAMAT_NIP = "Muhammad Rizali, S.STP., M.Si.", "197805122006041003"


def camat_profile(replica: Any) -> str:
    """The Camat (name and NIP recorded for the kecamatan) and a staff profile with his NIP."""
    from perut_desktop.services import setup

    with at(replica) as s:
        setup.update_subdistrict(s, camat_name=CAMAT_NAME, camat_nip=CAMAT_NIP)
        return people.add_user(s, name="Muhammad Rizali", nip=CAMAT_NIP, title="Camat").id
