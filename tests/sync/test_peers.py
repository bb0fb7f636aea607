"""Acknowledgements, deltas, echo suppression, gaps, epochs, clocks and malformed payloads."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3

import pytest
from sqlalchemy import select, update

from perut_desktop.db import open_replica
from perut_desktop.errors import InputRejected
from perut_desktop.models import ReplicaState, VillageOfficial
from perut_desktop.services import villages
from tests.sync.helpers import apply, at, export, fp, send

D1, D2, D3 = dt.date(2030, 1, 7), dt.date(2030, 1, 8), dt.date(2030, 1, 9)


def _edit_phone(replica, phone: str, day: dt.date = D1, hour: int = 10) -> None:  # type: ignore[no-untyped-def]
    with at(replica, day, hour) as s:
        o = s.scalars(select(VillageOfficial)).first()
        villages.edit_official(s, o.id, phone=phone)


def _rows(bundle) -> int:  # type: ignore[no-untyped-def]
    return sum(bundle[1]["counts"].values())


def _meta(bundle, **changes) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(bundle[0]) as c:
        for k, v in changes.items():
            c.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(v), k))


def test_deltas_carry_only_what_was_not_acknowledged(trio) -> None:  # type: ignore[no-untyped-def]
    assert _rows(export(trio.master, trio.a, trio.folder)) == 0
    assert _rows(export(trio.a, trio.master, trio.folder)) == 0
    _edit_phone(trio.a, "1")
    to_master = export(trio.a, trio.master, trio.folder)
    assert _rows(to_master) == 1
    apply(trio.master, to_master)
    # echo suppression: the master does not send a's own edit back to a, but relays it to b
    assert _rows(export(trio.master, trio.a, trio.folder)) == 0
    assert _rows(export(trio.master, trio.b, trio.folder)) == 1
    # until the master acknowledges it, a keeps offering the edit; after, nothing
    assert _rows(export(trio.a, trio.master, trio.folder)) == 1
    send(trio.master, trio.a, trio.folder)
    assert _rows(export(trio.a, trio.master, trio.folder)) == 0


def test_full_export_carries_everything(trio) -> None:  # type: ignore[no-untyped-def]
    full = export(trio.master, trio.a, trio.folder, full=True)
    assert _rows(full) > 50
    result = apply(trio.a, full)
    assert result.status == "applied" and result.applied == 0
    assert fp(trio.a) == fp(trio.master)


def test_a_gap_is_refused_until_the_predecessor_arrives(trio) -> None:  # type: ignore[no-untyped-def]
    _edit_phone(trio.a, "1")
    bundle = export(trio.a, trio.master, trio.folder)
    upto = bundle[1]["upto_seq"]
    _meta(bundle, since_seq=upto - 1)  # as if it continued a bundle the master never saw
    with pytest.raises(InputRejected, match="impor bundel sebelumnya dahulu"):
        apply(trio.master, (bundle[0], None))


def test_a_clone_of_an_older_epoch_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    # laptop a is backed up; the backup is restored on a second laptop (perut restore
    # starts a new epoch) while the first one stays in use
    _edit_phone(trio.a, "before-backup")
    send(trio.a, trio.master, trio.folder)
    trio.a.close()
    shutil.copytree(trio.a.data_dir, trio.folder / "a2")
    clone = open_replica(trio.folder / "a2")
    with clone.engine.begin() as c:
        c.execute(update(ReplicaState).values(epoch=ReplicaState.epoch + 1))
    trio.a = open_replica(trio.a.data_dir)
    _edit_phone(trio.a, "old-laptop", D2)
    old_bundle = export(trio.a, trio.master, trio.folder)
    _edit_phone(clone, "restored", D2, 11)
    assert send(clone, trio.master, trio.folder).status == "applied"
    with pytest.raises(InputRejected, match="salinan lama"):
        apply(trio.master, old_bundle)
    # the restored laptop gets everything again, its own earlier rows included
    for _ in range(2):
        send(trio.master, clone, trio.folder)
        send(clone, trio.master, trio.folder)
    assert fp(clone) == fp(trio.master)
    clone.close()


def test_restored_laptop_receives_what_it_lost(trio) -> None:  # type: ignore[no-untyped-def]
    trio.a.close()
    shutil.copytree(trio.a.data_dir, trio.folder / "backup-a")
    trio.a = open_replica(trio.a.data_dir)
    _edit_phone(trio.a, "after-backup")
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    trio.a.close()
    shutil.rmtree(trio.a.data_dir)
    shutil.copytree(trio.folder / "backup-a", trio.a.data_dir)
    trio.a = open_replica(trio.a.data_dir)
    with trio.a.engine.begin() as c:
        c.execute(update(ReplicaState).values(epoch=ReplicaState.epoch + 1))
    assert fp(trio.a) != fp(trio.master)
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    assert fp(trio.a) == fp(trio.master)


def test_versions_far_ahead_are_imported_with_a_warning(trio) -> None:  # type: ignore[no-untyped-def]
    now = trio.master.context.now_ms()
    ahead = dt.datetime.fromtimestamp(now / 1000 + 3 * 86400, dt.UTC).date()
    _edit_phone(trio.a, "future", ahead)
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied" and result.applied == 1
    assert any(trio.a.device_id in w and "lebih maju" in w for w in result.warnings)


def _tamper(bundle, sql: str, *params) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(bundle[0]) as c:
        c.execute(sql, params)


@pytest.mark.parametrize(("sql", "match"), [
    ("DELETE FROM village_official", "tidak lengkap"),
    ("UPDATE village_official SET version = 'kemarin'", "versi tidak sah"),
    ("UPDATE village_official SET vv = '[1'", "bukan objek JSON"),
    ("UPDATE village_official SET field_versions = '{\"0000000000001-00000-aa\": [\"nama_palsu\"]}'",
     "tidak dikenal"),
    ("CREATE VIEW v AS SELECT 1", "tidak sah"),
    ("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END", "tidak sah"),
    ("ALTER TABLE village_official ADD COLUMN extra", "perbarui PERUT"),
])
def test_malformed_payloads_change_nothing(trio, sql: str, match: str) -> None:  # type: ignore[no-untyped-def]
    _edit_phone(trio.a, "1")
    bundle = export(trio.a, trio.master, trio.folder)
    _tamper(bundle, sql)
    before = fp(trio.master)
    with pytest.raises(InputRejected, match=match):
        apply(trio.master, (bundle[0], None))
    assert fp(trio.master) == before


def test_newer_format_asks_for_an_update(trio) -> None:  # type: ignore[no-untyped-def]
    bundle = export(trio.a, trio.master, trio.folder)
    _meta(bundle, format=99)
    with pytest.raises(InputRejected, match="perbarui PERUT"):
        apply(trio.master, (bundle[0], None))


def test_header_and_payload_must_agree(trio) -> None:  # type: ignore[no-untyped-def]
    path, header = export(trio.a, trio.master, trio.folder)
    with pytest.raises(InputRejected, match="tidak cocok dengan kepalanya"):
        apply(trio.master, (path, dict(header, bundle_id="lain")))


def test_a_record_without_its_parent_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    with at(trio.a, D1) as s:
        villages.add_official(s, villages.find_village(s, "Awayan").id, name="Baru", position="Kaur Umum")
    bundle = export(trio.a, trio.master, trio.folder)
    _tamper(bundle, "UPDATE village_official SET village_id = 'tidak-ada'")
    before = fp(trio.master)
    with pytest.raises(InputRejected, match="merujuk catatan yang tidak ada"):
        apply(trio.master, (bundle[0], None))
    assert fp(trio.master) == before


@pytest.mark.parametrize("changes", [{"since_seq": "satu"}, {"counts": []}, {"sender": 7},
                                     {"since_seq": 9, "upto_seq": 3}])
def test_malformed_meta_is_refused(trio, changes) -> None:  # type: ignore[no-untyped-def]
    bundle = export(trio.a, trio.master, trio.folder)
    _meta(bundle, **changes)
    with pytest.raises(InputRejected, match="tidak sah"):
        apply(trio.master, (bundle[0], None))


def test_a_payload_that_is_not_sqlite_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    path = trio.folder / "bukan.sqlite"
    path.write_bytes(b"bukan basis data " * 100)
    with pytest.raises(InputRejected, match="rusak"):
        apply(trio.master, (path, None))
