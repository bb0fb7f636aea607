"""``perut dev simulate``: random everyday edits on this replica, for trying sync by hand.

Every edit goes through the services as this device would make it (so ownership holds):
on a laptop, visits of its officer's villages (created, deleted while *Draf*) with their
books, attendance, notulen and follow-ups, plus village officials and profiles; on the
master, officials, profiles, reviews (verify, return, approve) and master data (the
kecamatan's letterhead). The same seed on the same data gives the same choices: every list
a choice is made from is in an order that does not depend on random row ids.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop.db import Replica
from perut_desktop.enums import SignatoryTitle
from perut_desktop.errors import PerutError, StateError, ValidationError, WorkflowError
from perut_desktop.models import (
    Device,
    OfficerAssignment,
    UserProfile,
    VillageOfficial,
    Visit,
    field_versions_of,
)
from perut_desktop.services import setup, villages, visits, workflow
from perut_desktop.services.common import today

Progress = Callable[[int, int, str], None]


def simulate(replica: Replica, *, ops: int, seed: int, progress: Progress | None = None) -> dict[str, int]:
    if replica.revoked:  # a revoked replica may only read (DESIGN.md §9: exit 4)
        raise StateError(replica.revoked)
    rng = random.Random(seed)
    actors = _actors(replica) if replica.is_master else []
    done: Counter[str] = Counter()
    for n in range(ops):
        if progress:
            progress(n, ops, "simulasi")
        kind = rng.choice(_MASTER_OPS if replica.is_master else _FIELD_OPS)
        try:
            with replica.begin(**({"actor_id": rng.choice(actors)} if actors else {})) as s:
                if kind(s, rng, replica):
                    done[kind.__name__.lstrip("_")] += 1
        except PerutError:
            if replica.revoked:  # not one refused edit among others: no edit can succeed
                raise
            done["ditolak"] += 1
    if progress:
        progress(ops, ops, "selesai")
    return dict(sorted(done.items()))


def _actors(replica: Replica) -> list[str | None]:
    """The office's staff, one of whom acts for each edit (so that one verifies and another
    approves, as the office does); ``[None]`` when there is nobody yet."""
    with replica.begin() as s:
        ids = s.scalars(select(UserProfile.id).where(UserProfile.active.is_(True))
                        .order_by(UserProfile.name, UserProfile.nip)).all()
    return list(ids) or [None]


def _officials(s: Session) -> list[VillageOfficial]:
    return list(s.scalars(select(VillageOfficial).order_by(VillageOfficial.id)))


def _edit_official(s: Session, rng: random.Random, replica: Replica) -> bool:
    rows = _officials(s)
    if not rows:
        return False
    o = rng.choice(rows)
    villages.edit_official(s, o.id, phone=f"08{rng.randrange(10**9, 10**10)}")
    return True


def _edit_profile(s: Session, rng: random.Random, replica: Replica) -> bool:
    vs = villages.list_villages(s)
    if not vs:
        return False
    v = rng.choice(vs)
    villages.update_profile(s, v.id, sotk_urusan=rng.choice([2, 3]), sotk_seksi=rng.choice([2, 3]))
    return True


def _my_visits(s: Session, replica: Replica, *, editable: bool = False) -> list[Visit]:
    """This device's visits in the order they were created (by the version of their
    ``village_id``, which never changes), not by their random ids."""
    rows = s.scalars(select(Visit).where(Visit.device_id == replica.device_id))
    if editable:
        rows = [v for v in rows if visits.status_of(s, v.id).value in ("draf", "dikembalikan")]
    return sorted(rows, key=lambda v: (field_versions_of(v)["village_id"], v.id))


def _create_visit(s: Session, rng: random.Random, replica: Replica) -> bool:
    officer = s.scalar(select(Device.officer_id).where(Device.id == replica.device_id))
    village_ids = list(s.scalars(select(OfficerAssignment.village_id).where(OfficerAssignment.officer_id == officer)
                                 .order_by(OfficerAssignment.village_id)))
    if not officer or not village_ids:
        return False
    visits.create_visit(s, village_id=rng.choice(village_ids), officer_id=officer, visit_date=today(s))
    return True


def _set_result(s: Session, rng: random.Random, replica: Replica) -> bool:
    mine = _my_visits(s, replica, editable=True)
    if not mine:
        return False
    v = rng.choice(mine)
    results = visits.results(s, v.id)
    if not results:
        return False
    r = rng.choice(results)
    visits.set_result(s, v.id, r.item_code, status=rng.choice(["lengkap", "belum_lengkap", "tidak_ada"]),
                      notes=rng.choice(["", "Perlu dilengkapi", "Sudah diperbarui"]))
    return True


def _add_attendee(s: Session, rng: random.Random, replica: Replica) -> bool:
    mine = _my_visits(s, replica, editable=True)
    if not mine:
        return False
    visits.add_attendee(s, rng.choice(mine).id, name=rng.choice(["Rusdi", "Aminah", "Jumberi", "Halimah"]),
                        group="masyarakat", gender=rng.choice(["L", "P"]))
    return True


def _add_follow_up(s: Session, rng: random.Random, replica: Replica) -> bool:
    mine = _my_visits(s, replica, editable=True)
    if not mine:
        return False
    v = rng.choice(mine)
    visits.add_follow_up(s, v.id, task=rng.choice(["Lengkapi buku inventaris", "Perbarui buku peraturan desa",
                                                   "Susun laporan realisasi"]),
                         responsible=rng.choice(["Sekretaris Desa", "Kaur Keuangan", "Kepala Desa"]),
                         due_on=v.visit_date + dt.timedelta(days=rng.choice([14, 30, 60])))
    return True


def _delete_visit(s: Session, rng: random.Random, replica: Replica) -> bool:
    drafts = [v for v in _my_visits(s, replica) if visits.status_of(s, v.id).value == "draf"]
    if not drafts:
        return False
    visits.delete_visit(s, rng.choice(drafts).id)
    return True


def _submit(s: Session, rng: random.Random, replica: Replica) -> bool:
    mine = _my_visits(s, replica, editable=True)
    if not mine:
        return False
    v = rng.choice(mine)
    if visits.status_of(s, v.id).value == "dikembalikan":
        workflow.reopen_visit(s, v.id, "Diperbaiki (simulasi)")
    for r in visits.results(s, v.id):
        if r.status is None:
            visits.set_result(s, v.id, r.item_code, status="lengkap")
    if not any(a.present for a in visits.attendees(s, v.id)):
        visits.add_attendee(s, v.id, name="Hendra Saputra", position="Sekretaris Desa", group="pemdes", gender="L")
    minutes = visits.minutes_of(s, v.id)
    if not minutes.discussion.strip() or not minutes.decisions.strip():
        visits.set_minutes(s, v.id, discussion=minutes.discussion or "Pemeriksaan buku administrasi desa.",
                           decisions=minutes.decisions or "Melengkapi buku yang belum diisi.")
    workflow.submit_visit(s, v.id)
    return True


def _review(s: Session, rng: random.Random, replica: Replica) -> bool:
    """Verify or return a submitted visit, or approve a verified one (ids come from the
    laptops, the same on every copy of this replica: sorting by them is deterministic)."""
    waiting = sorted((v.id, v.status) for v in visits.list_visits(s) if v.status in ("diajukan", "diverifikasi"))
    if not waiting:
        return False
    vid, status = rng.choice(waiting)
    if status == "diverifikasi":
        _approve(s, vid)
    elif rng.random() < 0.75:
        workflow.verify_visit(s, vid, "Diperiksa (simulasi)")
    else:
        workflow.return_visit(s, vid, "Lengkapi daftar hadir (simulasi)")
    return True


def _approve(s: Session, vid: str) -> None:
    """Approve under the first title the acting staff member may sign with (refused as the
    service refuses it when there is none)."""
    refusals: list[PerutError] = []
    for title in SignatoryTitle:
        try:
            workflow.approve_visit(s, vid, title=title.value, note="Disetujui (simulasi)")
            return
        except (ValidationError, WorkflowError) as exc:
            refusals.append(exc)
    raise refusals[0]


def _edit_letterhead(s: Session, rng: random.Random, replica: Replica) -> bool:
    """Master data: the kecamatan's letterhead."""
    setup.update_subdistrict(s, phone=f"0526-{rng.randrange(1000, 9999)}",
                             address=f"Jl. Ahmad Yani No. {rng.randrange(1, 120)}")
    return True


_FIELD_OPS = (_create_visit, _set_result, _set_result, _add_attendee, _add_follow_up, _submit, _delete_visit,
              _edit_official, _edit_profile)
_MASTER_OPS = (_edit_official, _edit_profile, _review, _review, _edit_letterhead)
