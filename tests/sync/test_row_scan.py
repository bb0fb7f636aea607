"""The row check's single pass over a payload table (``payload.check_rows``): what it
collects for the ownership check (the authors of the versions, the sender's range, the
highest version) is what the ownership check's own query finds, a full import into an
empty laptop that uses it ends as the import without it does, and a malformed payload is
still refused for its first problem, named as before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from perut_desktop.db import open_replica
from perut_desktop.errors import InputRejected
from sqlalchemy import select

from perut_desktop.models import Peer, VillageOfficial
from perut_desktop.services import villages
from perut_desktop.sync import bundle, engine, ownership_check
from perut_desktop.sync.payload import ALIAS, TABLES, check_rows, q
from tests.sync.helpers import apply, at, export, fp, hold_and_confirm, send


def _laptop_edits(trio) -> None:  # type: ignore[no-untyped-def]
    """Laptop a edits an official's phone and the master receives it: the master's bundles
    then carry versions of two devices (and field versions)."""
    with at(trio.a) as s:
        villages.edit_official(s, s.scalars(select(VillageOfficial)).first().id, phone="0812")
    assert send(trio.a, trio.master, trio.folder).applied == 1


def _empty_laptop(master, folder: Path):  # type: ignore[no-untyped-def]
    """A laptop enrolled on ``master`` (keys confirmed) that has received nothing yet."""
    res = bundle.write_enrolment(master, "Rahmadi", folder.parent / f"{folder.name}.perut-enroll")
    made = bundle.init_field_from_file(folder, res.path)
    laptop = open_replica(folder)
    hold_and_confirm(master, laptop, folder.parent / f"{folder.name}-keys.perut", made.code)
    return laptop


def test_the_scan_finds_the_authors_the_ownership_query_finds(trio) -> None:  # type: ignore[no-untyped-def]
    _laptop_edits(trio)
    path, _header = export(trio.master, trio.a, trio.folder, full=True)
    m = trio.master.device_id
    # well-formed entries that only one of the three passes finds: a device named only in a
    # version vector, the master's highest version only there, another of its versions only
    # as a field version
    _tamper(path, f"""UPDATE village_official SET
        vv = json_set(vv, '$.zz9', '1000000000000-00000-zz9', '$."{m}"', '9999999999999-00000-{m}'),
        field_versions = '{{"0000000000001-00000-{m}": ["phone"]}}' WHERE id = {FIRST}""")
    senders = (m, trio.a.device_id, "zz9", "tidak-ada")
    with trio.b.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(path),))  # type: ignore[union-attr]
        try:
            authors_seen: set[str] = set()
            for t in TABLES:
                if t.name == "conflict":
                    continue
                by_dev = {r[0]: r[1] for r in conn.exec_driver_sql(
                    f"SELECT dev, max(v) FROM ({ownership_check._entries_sql(t, local_empty=True)}) "
                    "GROUP BY dev")}
                top = conn.exec_driver_sql(f"SELECT max(version) FROM {ALIAS}.{q(t.name)}").scalar() or ""
                for sender in senders:
                    scan = check_rows(conn, t, sender)
                    assert scan.authors == set(by_dev), t.name
                    assert scan.device_max == by_dev.get(sender, ""), (t.name, sender)
                    assert scan.top == top, t.name
                authors_seen |= set(by_dev)
        finally:
            conn.rollback()
            raw.execute(f"DETACH DATABASE {ALIAS}")  # type: ignore[union-attr]
    # the comparison covered versions of several devices, the master's among them
    assert {m, trio.a.device_id, "zz9"} <= authors_seen


def test_a_full_import_into_an_empty_laptop_ends_as_without_the_scan(  # type: ignore[no-untyped-def]
        trio, monkeypatch) -> None:
    _laptop_edits(trio)
    laptop = _empty_laptop(trio.master, trio.folder / "fresh")
    laptop.close()
    shutil.copytree(trio.folder / "fresh", trio.folder / "fresh-2")
    path, header = export(trio.master, laptop.device_id, trio.folder, full=True)

    def peer_state(replica):  # type: ignore[no-untyped-def]
        with replica.begin() as s:
            return s.get(Peer, trio.master.device_id).state

    fast = open_replica(trio.folder / "fresh")
    general = open_replica(trio.folder / "fresh-2")
    try:
        used = []
        check = ownership_check.check

        def without_scans(conn, state, sender, specs, scans=None):  # type: ignore[no-untyped-def]
            used.append(bool(scans))
            return check(conn, state, sender, specs)

        r1 = apply(fast, (path, header))
        monkeypatch.setattr(ownership_check, "check", without_scans)
        r2 = apply(general, (path, header))
        assert used == [True]
        assert r1.status == r2.status == "applied"
        assert r1.received == r2.received > 0
        assert {n: vars(s) for n, s in r1.tables.items()} == {n: vars(s) for n, s in r2.tables.items()}
        assert fp(fast) == fp(general) == fp(trio.master)
        # the highest version received from the master (kept for the rising check) is the same
        s1, s2 = peer_state(fast), peer_state(general)
        assert s1[engine.HIGH_WATER] == s2[engine.HIGH_WATER] != ""
        assert {k: v for k, v in s1.items() if k != "echo_seqs"} == {k: v for k, v in s2.items() if k != "echo_seqs"}
    finally:
        fast.close()
        general.close()


def _tamper(path: Path, *sql: str) -> None:
    with sqlite3.connect(path) as c:
        for statement in sql:
            c.execute(statement)


FIRST = "(SELECT min(id) FROM village_official)"
LAST = "(SELECT max(id) FROM village_official)"


@pytest.mark.parametrize(("sql", "match"), [
    # a bad version vector in one row and a bad version in another: the rows' own columns
    # are checked first
    ((f"UPDATE village_official SET vv = '{{\"aa\": 5}}' WHERE id = {FIRST}",
      f"UPDATE village_official SET version = 'kemarin' WHERE id = {LAST}"),
     r"catatan village_official \S+ rusak \(versi tidak sah\)"),
    ((f"UPDATE village_official SET vv = '{{\"aa\": 5}}' WHERE id = {FIRST}",),
     r"catatan village_official \S+ rusak \(vv tidak sah\)"),
    ((f"UPDATE village_official SET vv = '{{\"aa\": \"0000000000001-00000-bb\"}}' WHERE id = {FIRST}",),
     r"catatan village_official \S+ rusak \(vv tidak sah\)"),
    # text that starts as an object but is no JSON: SQLite cannot read it
    ((f"UPDATE village_official SET vv = '{{rusak' WHERE id = {LAST}",),
     r"catatan village_official rusak \(vv atau field_versions bukan JSON"),
    ((f"UPDATE village_official SET field_versions = '{{\"0000000000001-00000-aa\": \"phone\"}}' WHERE id = {FIRST}",),
     r"catatan village_official \S+ rusak \(versi kolom tidak sah\)"),
    ((f"UPDATE village_official SET field_versions = '{{\"0000000000001-00000-aa\": [\"phone\", 5]}}' "
      f"WHERE id = {FIRST}",),
     r"catatan village_official \S+ rusak \(nama kolom tidak dikenal dalam versi kolom\)"),
    ((f"UPDATE village_official SET deleted = 2 WHERE id = {LAST}",),
     r"catatan village_official \S+ rusak \(penanda hapus tidak sah\)"),
])
def test_a_malformed_row_is_refused_for_its_first_problem(  # type: ignore[no-untyped-def]
        trio, sql: tuple[str, ...], match: str) -> None:
    path, header = export(trio.master, trio.a, trio.folder, full=True)
    _tamper(path, *sql)
    before = fp(trio.a)
    with pytest.raises(InputRejected, match=match):
        apply(trio.a, (path, header))
    assert fp(trio.a) == before
