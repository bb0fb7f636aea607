"""Who may write what (DESIGN.md §3), enforced for every write on this replica: a field
laptop cannot change master data or another laptop's visit; the master reviews but does
not edit a laptop's visit; village officials are open to all."""

from __future__ import annotations

import pytest

from perut_desktop.errors import OwnershipError, StateError, WorkflowError
from perut_desktop.models import Officer, Village
from perut_desktop.services import people, villages, visits, workflow
from tests.services.helpers import as_device, at, field_device, officer_and_user


@pytest.fixture()
def world(master):  # type: ignore[no-untyped-def]
    officer_id, user_id = officer_and_user(master)
    laptop = field_device(master, officer_id)
    other = field_device(master, None, device_id="0a0b0c0d0e0f0102")
    with as_device(master, laptop) as s:
        v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                visit_date=__import__("datetime").date(2026, 11, 10))
    return master, officer_id, user_id, laptop, other, v.id


def test_field_device_cannot_change_master_data(world) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _, laptop, _, _ = world
    with pytest.raises(OwnershipError, match="hanya dapat dilakukan di kantor kecamatan"):
        with as_device(replica, laptop) as s:
            s.get(Village, villages.find_village(s, "Tundi").id).name = "Tundi Baru"
    with pytest.raises(StateError, match="kantor kecamatan"):
        with as_device(replica, laptop) as s:
            people.add_officer(s, name="Siapa")


def test_officer_device_may_edit_its_own_phone_only(world) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _, laptop, other, _ = world
    with as_device(replica, laptop) as s:
        s.get(Officer, officer_id).phone = "081234567890"
    with pytest.raises(OwnershipError, match=r"^Perubahan data pendamping hanya dapat dilakukan di kantor kecamatan \(master\)\.$"):
        with as_device(replica, laptop) as s:
            s.get(Officer, officer_id).name = "Nama Lain"
    with pytest.raises(OwnershipError, match=r"^Perubahan data pendamping hanya dapat dilakukan di kantor kecamatan \(master\)\.$"):
        with as_device(replica, other) as s:
            s.get(Officer, officer_id).phone = "0800"


def test_any_device_may_edit_village_officials(world) -> None:  # type: ignore[no-untyped-def]
    replica, _, _, laptop, other, _ = world
    with as_device(replica, other) as s:
        o = villages.add_official(s, villages.find_village(s, "Awayan").id, name="Rusdi", position="Ketua BPD")
    with as_device(replica, laptop) as s:
        assert villages.edit_official(s, o.id, phone="0812").phone == "0812"


def test_another_device_cannot_edit_the_visit(world) -> None:  # type: ignore[no-untyped-def]
    replica, _, _, _, other, vid = world
    with pytest.raises(OwnershipError, match="milik perangkat lain"):
        with as_device(replica, other) as s:
            visits.set_result(s, vid, "A.1", status="lengkap")
    with pytest.raises(OwnershipError, match="milik perangkat lain"):
        with at(replica) as s:  # the master reviews, it does not edit a laptop's visit
            visits.add_attendee(s, vid, name="Orang Kantor", group="kecamatan")


def test_only_the_owner_submits_and_only_the_master_verifies(world) -> None:  # type: ignore[no-untyped-def]
    replica, _, user_id, laptop, other, vid = world
    with as_device(replica, laptop) as s:
        for r in visits.results(s, vid):
            visits.set_result(s, vid, r.item_code, status="lengkap")
        visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku.")
    with pytest.raises(WorkflowError, match="perangkat pemilik"):
        with as_device(replica, other) as s:
            workflow.submit_visit(s, vid)
    with as_device(replica, laptop) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(StateError, match="kantor kecamatan"):
        with as_device(replica, laptop) as s:
            workflow.verify_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
        assert visits.status_of(s, vid).value == "diverifikasi"


def test_master_reassigns_an_open_visit_to_another_laptop(world) -> None:  # type: ignore[no-untyped-def]
    replica, _, _, laptop, other, vid = world
    with at(replica) as s:
        workflow.reassign_visit(s, vid, other)
    with as_device(replica, other) as s:
        visits.set_result(s, vid, "A.1", status="lengkap")
    with pytest.raises(OwnershipError, match="milik perangkat lain"):
        with as_device(replica, laptop) as s:
            visits.set_result(s, vid, "A.2", status="lengkap")
