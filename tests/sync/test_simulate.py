"""``perut dev simulate``: random but realistic edits through the services, as the
replica's role allows — on a laptop visits (created, deleted), books, attendance,
follow-ups, officials and profiles; on the master also reviews and master data — and
deterministic per seed (the same seed on the same data makes the same edits)."""

from __future__ import annotations

import shutil
from typing import Any

from sqlalchemy import select

from perut_desktop.db import Replica, open_replica
from perut_desktop.models import Subdistrict, VisitStatusEvent
from perut_desktop.services import villages, visits
from perut_desktop.sync.simulate import simulate
from tests.sync.helpers import fp, send


def _content(replica: Replica) -> list[Any]:
    """What the edits made, without row ids or versions (those are random and clock-based)."""
    with replica.begin() as s:
        out: list[Any] = []
        for v in visits.list_visits(s):
            out.append(("visit", v.village_name, v.visit_date, v.status,
                        sorted((r.item_code, r.status or "", r.notes or "") for r in visits.results(s, v.id)),
                        sorted((a.name, a.gender) for a in visits.attendees(s, v.id)),
                        sorted((f.task, f.responsible, f.due_on) for f in visits.follow_ups_created_in(s, v.id))))
        out += sorted(("official", o.id, o.phone) for o in villages.list_officials(s))
        out += sorted(("profile", p.name, villages.get_profile(s, p.id).sotk_urusan) for p in villages.list_villages(s))
    return sorted(out, key=repr)


def test_the_same_seed_on_the_same_data_makes_the_same_edits(trio) -> None:  # type: ignore[no-untyped-def]
    trio.a.close()
    copies = []
    for n in (1, 2):
        shutil.copytree(trio.a.data_dir, trio.folder / f"copy-{n}")
        copies.append(open_replica(trio.folder / f"copy-{n}"))
    trio.a = open_replica(trio.a.data_dir)
    try:
        done = [simulate(r, ops=60, seed=11) for r in copies]
        assert done[0] == done[1]
        assert {"create_visit", "set_result", "add_follow_up"} <= set(done[0]), done[0]
        assert _content(copies[0]) == _content(copies[1])
        # a second run goes on deterministically from the state the first one left
        assert simulate(copies[0], ops=30, seed=12) == simulate(copies[1], ops=30, seed=12)
        assert _content(copies[0]) == _content(copies[1])
        assert _content(copies[0]) != _content(trio.a)
    finally:
        for r in copies:
            r.close()


def test_laptops_and_the_master_edit_as_their_role_allows_and_converge(trio) -> None:  # type: ignore[no-untyped-def]
    a_done = simulate(trio.a, ops=60, seed=3)
    b_done = simulate(trio.b, ops=60, seed=4)
    for done in (a_done, b_done):
        assert done.get("submit", 0) > 0 and done.get("create_visit", 0) > 0, done
    assert a_done.get("delete_visit", 0) + b_done.get("delete_visit", 0) > 0
    # the master accepts everything the laptops did: ownership (DESIGN.md §3) holds
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    assert send(trio.b, trio.master, trio.folder).status == "applied"
    with trio.master.begin() as s:
        address_before = s.scalar(select(Subdistrict.address))
    m_done = simulate(trio.master, ops=40, seed=5)
    assert m_done.get("review", 0) > 0 and m_done.get("edit_letterhead", 0) > 0, m_done
    with trio.master.begin() as s:
        assert s.scalar(select(Subdistrict.address)) != address_before
        reviewed = set(s.scalars(select(VisitStatusEvent.to_status).where(
            VisitStatusEvent.device_id == trio.master.device_id)))
    assert reviewed & {"diverifikasi", "dikembalikan", "disetujui"}
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            assert send(trio.master, laptop, trio.folder).status == "applied"
            assert send(laptop, trio.master, trio.folder).status == "applied"
    assert fp(trio.a) == fp(trio.master) == fp(trio.b)
