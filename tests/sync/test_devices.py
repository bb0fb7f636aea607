"""The devices of the kecamatan (``perut device list``/``revoke``, ``perut visit
reassign``, the window's device page): ``sync.devices`` within the caller's unit of work."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from perut_desktop import cli
from perut_desktop.enums import Role
from perut_desktop.errors import InputRejected, StateError, UsageError
from perut_desktop.models import Officer, Visit
from perut_desktop.services import villages, visits
from perut_desktop.sync.devices import list_devices, reassign_visit, revoke_device
from tests.sync.helpers import apply, at, export, ms_at, send

D1 = dt.date(2030, 1, 7)


def _new_visit(replica, officer: str, village: str) -> str:  # type: ignore[no-untyped-def]
    with at(replica, D1) as s:
        officer_id = s.scalars(select(Officer.id).where(Officer.name.startswith(officer))).one()
        return visits.create_visit(s, village_id=villages.find_village(s, village).id, officer_id=officer_id,
                                   visit_date=D1).id


def test_the_list_shows_master_first_with_officers_and_keys(trio) -> None:  # type: ignore[no-untyped-def]
    with trio.master.begin() as s:
        devices = list_devices(s)
    assert [d.role for d in devices] == [Role.MASTER, Role.FIELD, Role.FIELD]
    assert devices[0].id == trio.master.device_id and devices[0].this_device
    laptops = {d.id: d for d in devices[1:]}
    assert laptops[trio.a.device_id].officer.startswith("Rahmadi")
    assert laptops[trio.b.device_id].officer == "Siti Rahmah"
    assert not any(d.this_device or d.revoked for d in laptops.values())
    assert all(d.last_received_at is not None for d in laptops.values())


def test_the_dto_gives_the_json_of_perut_device_list(trio, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with trio.master.begin() as s:
        expected = json.loads(json.dumps([dataclasses.asdict(d) for d in list_devices(s)],
                                         default=dt.datetime.isoformat))
    capsys.readouterr()
    assert cli.main(["--data-dir", str(trio.master.data_dir), "device", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected


def test_revoking_a_laptop_named_by_its_officer_refuses_its_bundles(trio) -> None:  # type: ignore[no-untyped-def]
    bundle = export(trio.a, trio.master, trio.folder)
    with at(trio.master, D1, 9) as s:
        info = revoke_device(s, "Rahmadi", "  laptop hilang ")
    assert (info.id, info.revoked, info.revoked_at) == (
        trio.a.device_id, True, dt.datetime.fromtimestamp(ms_at(D1, 9) / 1000, dt.UTC).replace(tzinfo=None))
    with trio.master.begin() as s:
        assert [d.revoked for d in list_devices(s) if d.id == trio.a.device_id] == [True]
    with pytest.raises(InputRejected, match=r"^Perangkat Laptop Rahmadi \(\w+\) sudah dicabut; bundelnya ditolak\.$"):
        apply(trio.master, bundle)


def test_revoking_is_refused_on_a_laptop(trio) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StateError, match=r"^Pencabutan perangkat hanya dapat dilakukan di kantor kecamatan "
                                         r"\(replika master\)\.$"), trio.a.begin() as s:
        revoke_device(s, trio.b.device_id, "")


def test_the_master_cannot_revoke_itself(trio) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match=r"^Perangkat master tidak dapat mencabut dirinya sendiri\.$"), \
            trio.master.begin() as s:
        revoke_device(s, trio.master.device_id, "")


def test_revoking_an_unknown_device_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputRejected, match=r"^Perangkat 'tidak-ada' tidak dikenal\."), trio.master.begin() as s:
        revoke_device(s, "tidak-ada", "")


def test_a_visit_is_handed_to_another_laptop_with_its_officer(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D1, 12) as s:
        info = reassign_visit(s, vid, "Siti", with_officer=True)
    assert (info.id, info.role, info.officer) == (trio.b.device_id, Role.FIELD, "Siti Rahmah")
    with trio.master.begin() as s:
        visit = s.get(Visit, vid)
        siti = s.scalars(select(Officer.id).where(Officer.name == "Siti Rahmah")).one()
        assert (visit.device_id, visit.officer_id) == (trio.b.device_id, siti)


def test_without_officer_the_visit_keeps_its_officer(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with trio.master.begin() as s:
        officer_before = s.get(Visit, vid).officer_id
    with at(trio.master, D1, 12) as s:
        reassign_visit(s, vid, trio.b.device_id, with_officer=False)
    with trio.master.begin() as s:
        assert (s.get(Visit, vid).device_id, s.get(Visit, vid).officer_id) == (trio.b.device_id, officer_before)


def test_a_visit_is_not_handed_to_the_master_or_a_revoked_laptop(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with pytest.raises(InputRejected, match=rf"^Perangkat {trio.master.device_id} bukan perangkat lapangan "
                                            r"yang aktif\.$"), trio.master.begin() as s:
        reassign_visit(s, vid, trio.master.device_id, with_officer=False)
    with at(trio.master, D1, 9) as s:
        revoke_device(s, trio.b.device_id, "")
    with pytest.raises(InputRejected, match=r"^Perangkat Siti bukan perangkat lapangan yang aktif\.$"), \
            trio.master.begin() as s:
        reassign_visit(s, vid, "Siti", with_officer=False)
    with trio.master.begin() as s:
        assert s.get(Visit, vid).device_id == trio.a.device_id


def test_reassigning_is_refused_on_a_laptop(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    with pytest.raises(StateError, match=r"^Pengalihan kunjungan hanya dapat dilakukan di kantor kecamatan "
                                         r"\(replika master\)\.$"), trio.a.begin() as s:
        reassign_visit(s, vid, trio.b.device_id, with_officer=False)
