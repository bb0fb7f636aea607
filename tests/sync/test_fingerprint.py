"""``perut fingerprint`` (DESIGN.md §10): two replicas print the same line exactly when they
hold the same records — the same content, at the same version, deleted or not. Anything
else that differs (a value, a version, a tombstone) shows, so "the fingerprints agree" is a
trustworthy "the replicas have converged"."""

from __future__ import annotations

from typing import Any

import pytest

from perut_desktop.hlc import format_version, parse_version
from perut_desktop.sync.fingerprint import fingerprint
from tests.sync.helpers import fp


def _forge(replica, sql: str, *params: Any) -> None:  # type: ignore[no-untyped-def]
    """Change a stored row without the flush hook (the version stays as it was)."""
    with replica.engine.begin() as c:
        c.exec_driver_sql(sql, params)


def _official_id(replica) -> str:  # type: ignore[no-untyped-def]
    with replica.engine.connect() as c:
        return c.exec_driver_sql("SELECT id FROM village_official WHERE name = 'Hendra Saputra'").scalar_one()


def test_replicas_in_sync_print_the_same_line(trio) -> None:  # type: ignore[no-untyped-def]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.master.engine.connect() as c:
        tables = fingerprint(c).tables
    assert tables["village_official"]["rows"] >= 1 and tables["village"]["rows"] >= 1


@pytest.mark.parametrize(("table", "column", "value"), [
    ("village_official", "phone", "0899"),
    ("village_official", "name", "Hendra S."),
    ("village", "name", "Awayan Baru"),
    ("officer", "name", "Rahmadi"),
])
def test_a_different_value_at_the_same_version_shows(trio, table: str, column: str,  # type: ignore[no-untyped-def]
                                                     value: str) -> None:
    """Same ids, same versions, one content value differs: not the same records."""
    with trio.a.engine.connect() as c:
        row_id = c.exec_driver_sql(f'SELECT id FROM "{table}" ORDER BY id').scalars().first()
    before = fp(trio.a)
    _forge(trio.a, f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', value, row_id)
    assert fp(trio.a) != before
    with trio.a.engine.connect() as c, trio.master.engine.connect() as m:
        mine, theirs = fingerprint(c).tables, fingerprint(m).tables
    assert mine[table]["sha256"] != theirs[table]["sha256"]
    assert {t: v for t, v in mine.items() if t != table} == {t: v for t, v in theirs.items() if t != table}


def test_the_same_values_at_another_version_show(trio) -> None:  # type: ignore[no-untyped-def]
    """The same content at a different version has not converged (the next merge treats
    the two copies differently), so the fingerprints differ."""
    oid = _official_id(trio.a)
    before = fp(trio.a)
    with trio.a.engine.connect() as c:
        version = c.exec_driver_sql("SELECT version FROM village_official WHERE id = ?", (oid,)).scalar_one()
    ms, counter, device = parse_version(version)
    _forge(trio.a, "UPDATE village_official SET version = ? WHERE id = ?", format_version(ms, counter + 1, device), oid)
    assert fp(trio.a) != before


def test_a_tombstone_shows(trio) -> None:  # type: ignore[no-untyped-def]
    before = fp(trio.a)
    _forge(trio.a, "UPDATE village_official SET deleted = 1 WHERE id = ?", _official_id(trio.a))
    assert fp(trio.a) != before


def test_bookkeeping_columns_do_not_show(trio) -> None:  # type: ignore[no-untyped-def]
    """What a replica knows of others (vv) and its local write counter (seq) differ between
    converged replicas, so they are left out."""
    before = fp(trio.a)
    _forge(trio.a, "UPDATE village_official SET seq = seq + 1000, vv = '{}' WHERE id = ?", _official_id(trio.a))
    assert fp(trio.a) == before


def test_the_line_is_the_documented_digest(trio) -> None:  # type: ignore[no-untyped-def]
    """The digest is the one DESIGN.md §10 defines, byte for byte (replicas running other
    releases compare their lines with this one): per table, each row by id as compact JSON
    with sorted keys, ISO dates and text as it is (non-ASCII too), one line each; the total
    over every table's lines prefixed with the table's name and a tab."""
    import datetime as dt
    import hashlib
    import json

    from sqlalchemy import select

    from perut_desktop.models import REPLICATED_MODELS, content_fields
    from perut_desktop.services import villages
    from tests.sync.helpers import at

    with at(trio.master) as s:
        village = villages.find_village(s, "Awayan").id
        for name in ("Ni Luh Ayu Śrī", "Zainal Arifin", "Ahmad Fauzi"):
            villages.add_official(s, village, name=name, position="Kaur Umum", term_start=dt.date(2024, 1, 2))
        villages.remove_official(s, villages.add_official(s, village, name="Salah Tulis", position="Kasi").id)
    total = hashlib.sha256()
    expected = {}
    with trio.master.engine.connect() as c:
        for model in sorted(REPLICATED_MODELS, key=lambda m: m.__tablename__):  # type: ignore[attr-defined]
            table = model.__table__  # type: ignore[attr-defined]
            cols = ["id", *content_fields(model), "version", "deleted"]
            rows = sorted((dict(zip(cols, r)) for r in c.execute(select(*(table.c[n] for n in cols)))),
                          key=lambda r: r["id"])
            lines = [json.dumps({**r, "deleted": bool(r["deleted"])}, sort_keys=True, ensure_ascii=False,
                                separators=(",", ":"), default=lambda v: v.isoformat()) + "\n" for r in rows]
            expected[table.name] = {"rows": len(rows),
                                    "sha256": hashlib.sha256("".join(lines).encode()).hexdigest()}
            for line in lines:
                total.update(f"{table.name}\t{line}".encode())
        got = fingerprint(c)
    assert got.tables["village_official"]["rows"] >= 5
    assert got.tables == expected
    assert got.digest == total.hexdigest()
