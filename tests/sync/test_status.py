"""The sync status of a replica (``perut sync status``, the window's sync page):
``sync.status.sync_status`` reads what the exchange of bundles left behind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from perut_desktop import cli
from perut_desktop.enums import Role
from perut_desktop.services import people
from perut_desktop.sync import engine
from perut_desktop.sync.status import SyncStatus, sync_status
from tests.sync.helpers import at, send


def _status(replica) -> SyncStatus:  # type: ignore[no-untyped-def]
    with replica.begin() as s:
        return sync_status(s)


def _as_json(value: Any) -> Any:
    return json.loads(json.dumps(dataclasses.asdict(value), default=dt.datetime.isoformat))


def test_the_master_sees_its_laptops_and_what_each_still_has_to_receive(trio) -> None:  # type: ignore[no-untyped-def]
    st = _status(trio.master)
    assert (st.device_id, st.role, st.open_conflicts, st.refused_bundles) == (
        trio.master.device_id, Role.MASTER, 0, 0)
    assert [p.device_id for p in st.peers] == sorted([trio.a.device_id, trio.b.device_id])
    assert all(p.pending_rows == 0 and p.last_received_at is not None for p in st.peers)
    assert {p.name for p in st.peers} == {"Laptop Rahmadi", "Laptop Siti Rahmah"}

    with at(trio.master) as s:
        people.add_officer(s, name="Nur Aini", villages=["Awayan"])
    after = _status(trio.master)
    assert after.seq > st.seq
    assert all(p.pending_rows > 0 for p in after.peers)  # the new officer is waiting for both laptops
    send(trio.master, trio.a, trio.folder)
    send(trio.a, trio.master, trio.folder)  # a acknowledges it
    pending = {p.device_id: p.pending_rows for p in _status(trio.master).peers}
    assert pending[trio.a.device_id] == 0 and pending[trio.b.device_id] > 0


def test_a_laptop_sees_only_its_master(trio) -> None:  # type: ignore[no-untyped-def]
    st = _status(trio.a)
    assert st.role is Role.FIELD
    assert [p.device_id for p in st.peers] == [trio.master.device_id]
    assert st.peers[0].applied_upto > 0 and st.peers[0].acked_seq > 0


def test_refused_bundles_are_counted(trio) -> None:  # type: ignore[no-untyped-def]
    engine.log_refusal(trio.master, "bundel-yang-ditolak", trio.a.device_id, "contoh penolakan")
    assert _status(trio.master).refused_bundles == 1


def test_the_dto_gives_the_json_of_perut_sync_status(trio, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    expected = _as_json(_status(trio.master))
    capsys.readouterr()
    assert cli.main(["--data-dir", str(trio.master.data_dir), "sync", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected
