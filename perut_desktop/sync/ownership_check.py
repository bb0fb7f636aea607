"""Who may write what, checked for every incoming field version (DESIGN.md §3, §4).

Each field version (and version-vector entry) of an incoming row must either be covered
by the local row's version vector (already here: relaying) or be authored by a device
allowed to write that record — the device part of the version. The checks are
set-based: SQL finds the uncovered entries grouped by author; Python looks only at the
rows that need a closer look (an officer's own phone and e-mail, a laptop's visit rows).

* On the **master** (importing a field laptop's bundle), the laptop may only send its own
  uncovered versions; master-only records are refused; a visit's records must belong to a
  visit the laptop owns, edited while the visit was *Draf* or *Dikembalikan* (status at the
  time of each edit), with only the owner's status transitions — except that edits to a
  visit the master has since handed to another laptop are held back as conflicts.
* On a **field** replica (importing the master's bundle), every uncovered version must be
  authored by a known device, and master-only records by the master (the officer's own
  fields by that officer's device); the master vouches for the laptops' visit data it
  relays, which it checked on arrival.

A violation refuses the whole bundle (:class:`InputRejected`, reason named).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from perut_desktop import ownership
from perut_desktop.errors import InputRejected
from perut_desktop.hlc import device_of, plain_device_sql, plain_sql
from perut_desktop.models import expand_field_versions
from perut_desktop.enums import Role, VisitStatus
from perut_desktop.sync.merge import WHOLE_ROW, conflict_row
from perut_desktop.sync.payload import ALIAS, TABLE_BY_NAME, TableSpec, check_device, q
from perut_desktop.sync.versions import covered

Row = dict[str, Any]


@dataclass
class Held:
    """Rows not applied (edits to a reassigned visit) and the conflicts that keep them."""

    ids: dict[str, set[str]] = field(default_factory=dict)
    conflicts: list[Row] = field(default_factory=list)


def _entries_sql(t: TableSpec, *, with_vv: bool = True) -> str:
    """(id, v, dev) of the incoming versions not covered by the local row's vv."""
    src, dst = f"{ALIAS}.{q(t.name)}", f"main.{q(t.name)}"
    parts = [f"SELECT x.id AS id, x.version AS v FROM {src} x WHERE {plain_sql('x.version')}",
             f"SELECT x.id, j.key FROM {src} x, json_each(x.field_versions) j"]
    if with_vv:
        parts.append(f"SELECT x.id, j.value FROM {src} x, json_each(x.vv) j")
    return (
        f"WITH ent(id, v) AS ({' UNION ALL '.join(parts)}) "
        f"SELECT ent.id AS id, ent.v AS v, {plain_device_sql('ent.v')} AS dev FROM ent "
        f"LEFT JOIN {dst} m ON m.id = ent.id "
        # (quotes stripped from the device: a hostile one cannot break the JSON path; it is then
        # refused by name, see payload.check_device)
        f"WHERE m.id IS NULL OR ifnull(json_extract(m.vv, '$.\"' || replace(replace({plain_device_sql('ent.v')}, "
        "'\"', ''), "
        "'\\', '') || '\"'), '') < ent.v"
    )


def _label(table: str) -> str:
    return ownership.TABLE_LABELS.get(table, table)


def _has_table(conn: Connection, name: str) -> bool:
    return conn.exec_driver_sql(
        f"SELECT 1 FROM {ALIAS}.sqlite_master WHERE type = 'table' AND name = ?", (name,)).first() is not None


def _known_devices(conn: Connection) -> dict[str, tuple[str, str | None]]:
    """device id → (role, officer id): the local device table and the payload's."""
    out = {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql("SELECT id, role, officer_id FROM main.device")}
    if _has_table(conn, "device"):
        for r in conn.exec_driver_sql(f"SELECT id, role, officer_id FROM {ALIAS}.device"):
            out.setdefault(r[0], (r[1], r[2]))
    return out


def _row(conn: Connection, schema: str, t: TableSpec, row_id: str) -> Row | None:
    r = conn.exec_driver_sql(f"SELECT {t.cols_sql} FROM {schema}.{q(t.name)} WHERE id = ?", (row_id,)).first()
    return dict(zip(t.columns, r)) if r is not None else None


def _fvs(t: TableSpec, row: Row) -> dict[str, str]:
    return expand_field_versions(json.loads(row["field_versions"]), row["version"], t.fields)


def _check_officer_rows(conn: Connection, t: TableSpec, ids: set[str], author_ok: Any) -> None:
    """Uncovered officer edits not by the master: only phone/e-mail, by that officer's device."""
    for row_id in sorted(ids):
        inc = _row(conn, ALIAS, t, row_id)
        loc = _row(conn, "main", t, row_id)
        assert inc is not None
        lvv = json.loads(loc["vv"]) if loc else {}
        for name, v in _fvs(t, inc).items():
            if covered(v, lvv):
                continue
            if not author_ok(device_of(v), row_id, name):
                raise InputRejected(
                    f"Bundel ditolak: perangkat {device_of(v)} mengubah {_label(t.name)} ({name}), yang hanya boleh "
                    "diubah kantor kecamatan (master).")


def check(conn: Connection, state: Any, sender: str, specs: list[TableSpec]) -> Held:
    if state.role == Role.MASTER:
        return _check_from_field(conn, state, sender, specs)
    _check_from_master(conn, state, sender, specs)
    return Held()


# --- on a field replica: the master's bundle --------------------------------------------------


def _check_from_master(conn: Connection, state: Any, master: str, specs: list[TableSpec]) -> None:
    known = _known_devices(conn)
    for t in specs:
        if t.name == "conflict":
            continue
        devs = {r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT dev FROM ({_entries_sql(t)})")}
        for dev in devs:
            check_device(dev, t.name)
        unknown = sorted(devs - set(known))
        if unknown:
            raise InputRejected(f"Bundel ditolak: {_label(t.name)} memuat perubahan dari perangkat tak dikenal "
                                f"({unknown[0]}).")
        if ownership.WRITERS.get(t.name) is not ownership.Writer.MASTER:
            continue
        others = devs - {master}
        if not others:
            continue
        if t.name not in ownership.SELF_FIELDS:
            raise InputRejected(f"Bundel ditolak: {_label(t.name)} diubah oleh perangkat {sorted(others)[0]}, padahal "
                                "hanya boleh diubah kantor kecamatan (master).")
        ids = {r[0] for r in conn.exec_driver_sql(
            f"SELECT DISTINCT id FROM ({_entries_sql(t)}) WHERE dev <> ?", (master,))}
        own = ownership.SELF_FIELDS[t.name]

        def ok(dev: str, row_id: str, name: str) -> bool:
            return dev == master or (name in own and known.get(dev, ("", None))[1] == row_id)

        _check_officer_rows(conn, t, ids, ok)


# --- on the master: a field laptop's bundle --------------------------------------------------


def _check_from_field(conn: Connection, state: Any, sender: str, specs: list[TableSpec]) -> Held:
    held = Held()
    known = _known_devices(conn)
    master = state.device_id
    for t in specs:
        if t.name == "conflict":
            continue
        by_dev = dict(conn.exec_driver_sql(f"SELECT dev, count(*) FROM ({_entries_sql(t)}) GROUP BY dev").all())
        if not by_dev:
            continue
        for dev in by_dev:
            check_device(dev, t.name)
        strangers = sorted(set(by_dev) - {sender})
        if strangers:
            raise InputRejected(
                f"Bundel ditolak: {_label(t.name)} memuat perubahan atas nama perangkat {strangers[0]} yang belum "
                f"pernah diterima kantor kecamatan; perangkat {sender} hanya dapat mengirim perubahannya sendiri.")
        writer = ownership.WRITERS.get(t.name)
        if writer is ownership.Writer.MASTER:
            if t.name not in ownership.SELF_FIELDS:
                raise InputRejected(f"Bundel ditolak: perangkat {sender} mengubah {_label(t.name)}, yang hanya boleh "
                                    "diubah kantor kecamatan (master).")
            own = ownership.SELF_FIELDS[t.name]
            ids = {r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT id FROM ({_entries_sql(t)})")}

            def ok(dev: str, row_id: str, name: str) -> bool:
                return name in own and known.get(dev, ("", None))[1] == row_id

            _check_officer_rows(conn, t, ids, ok)
        elif writer is ownership.Writer.VISIT_OWNER:
            _check_visit_rows(conn, t, sender, master, held)
    return held


def _events(conn: Connection, visit_id: str) -> list[tuple[str, str | None, str]]:
    """(recorded_hlc, from, to) of a visit's status events, here and in the payload."""
    rows = {r[0]: (r[1], r[2], r[3]) for r in conn.exec_driver_sql(
        "SELECT id, recorded_hlc, from_status, to_status FROM main.visit_status_event "
        "WHERE visit_id = ? AND deleted = 0", (visit_id,))}
    if _has_table(conn, "visit_status_event"):
        for r in conn.exec_driver_sql(
                f"SELECT id, recorded_hlc, from_status, to_status FROM {ALIAS}.visit_status_event "
                "WHERE visit_id = ? AND deleted = 0", (visit_id,)):
            rows.setdefault(r[0], (r[1], r[2], r[3]))
    return sorted(rows.values())


def _status_at(events: list[tuple[str, str | None, str]], version: str) -> str | None:
    status = None
    for hlc, _from, to in events:
        if hlc < version:
            status = to
    return status


_EDITABLE = {None, VisitStatus.DRAF.value, VisitStatus.DIKEMBALIKAN.value}


def _check_visit_rows(conn: Connection, t: TableSpec, sender: str, master: str, held: Held) -> None:
    entries: dict[str, list[str]] = {}
    for row_id, v, _dev in conn.exec_driver_sql(_entries_sql(t, with_vv=False)):
        entries.setdefault(row_id, []).append(v)
    ids = {r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT id FROM ({_entries_sql(t)})")}
    visit_spec = TABLE_BY_NAME["visit"]
    visits: dict[str, tuple[Row | None, Row | None]] = {}
    events_of: dict[str, list[tuple[str, str | None, str]]] = {}
    for row_id in sorted(ids):
        inc = _row(conn, ALIAS, t, row_id)
        assert inc is not None
        visit_id = row_id if t.name == "visit" else inc["visit_id"]
        if visit_id not in visits:
            visits[visit_id] = (_row(conn, "main", visit_spec, visit_id), _row(conn, ALIAS, visit_spec, visit_id)
                                if _has_table(conn, "visit") else None)
        local_visit, incoming_visit = visits[visit_id]
        if local_visit is not None and local_visit["device_id"] != sender:
            reassigned_by = device_of(_fvs(visit_spec, local_visit)["device_id"])
            if reassigned_by == master:
                _hold(conn, t, inc, local_visit, held)
                continue
            raise InputRejected(f"Bundel ditolak: perangkat {sender} mengubah {_label(t.name)} pada kunjungan "
                                f"{visit_id} milik perangkat lain.")
        if local_visit is None and (incoming_visit is None or incoming_visit["device_id"] != sender):
            raise InputRejected(f"Bundel ditolak: perangkat {sender} mengirim {_label(t.name)} untuk kunjungan "
                                f"{visit_id} yang bukan miliknya.")
        if visit_id not in events_of:
            events_of[visit_id] = _events(conn, visit_id)
        events = events_of[visit_id]
        if t.name == "visit_status_event":
            if _row(conn, "main", t, row_id) is not None:
                raise InputRejected("Bundel ditolak: status kunjungan yang sudah tercatat tidak dapat diubah.")
            frm = VisitStatus(inc["from_status"]) if inc["from_status"] else None
            try:
                to = VisitStatus(inc["to_status"])
            except ValueError:
                raise InputRejected(f"Bundel ditolak: status kunjungan '{inc['to_status']}' tidak dikenal.") from None
            if ownership.TRANSITIONS.get((frm, to)) is not ownership.Writer.VISIT_OWNER:
                raise InputRejected(f"Bundel ditolak: perangkat {sender} mengubah status kunjungan ke {to.label}, "
                                    "yang hanya boleh dilakukan kantor kecamatan.")
            continue
        for v in entries.get(row_id, []):
            status = _status_at(events, v)
            if status not in _EDITABLE:
                raise InputRejected(
                    f"Bundel ditolak: perangkat {sender} mengubah {_label(t.name)} kunjungan {visit_id} ketika "
                    f"kunjungan itu berstatus {VisitStatus(status).label}.")


def _hold(conn: Connection, t: TableSpec, inc: Row, local_visit: Row, held: Held) -> None:
    """Keep a laptop's edits to a visit handed to another device as conflicts."""
    held.ids.setdefault(t.name, set()).add(inc["id"])
    visit_spec = TABLE_BY_NAME["visit"]
    reassign_v = _fvs(visit_spec, local_visit)["device_id"]
    loc = _row(conn, "main", t, inc["id"])
    ifv = _fvs(t, inc)
    if loc is None:
        content = {c: inc[c] for c in t.content}
        held.conflicts.append(conflict_row(t.name, inc["id"], WHOLE_ROW, (reassign_v, None),
                                           (max(ifv.values()), content)))
        return
    lvv = json.loads(loc["vv"])
    lfv = _fvs(t, loc)
    for name in t.fields:
        v = ifv[name]
        if v != lfv[name] and not covered(v, lvv) and inc[name] != loc[name]:
            held.conflicts.append(conflict_row(t.name, inc["id"], name, (lfv[name], loc[name]), (v, inc[name])))
