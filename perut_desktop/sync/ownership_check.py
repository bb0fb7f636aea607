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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from perut_desktop import ownership
from perut_desktop.errors import InputRejected
from perut_desktop.hlc import DERIVED_MARK, device_of, plain_device_sql, plain_sql
from perut_desktop.models import expand_field_versions
from perut_desktop.enums import Role, VisitStatus
from perut_desktop.sync.merge import DELETED_MARKER, WHOLE_ROW, conflict_row
from perut_desktop.sync.payload import ALIAS, TABLE_BY_NAME, RowScan, TableSpec, check_device, q
from perut_desktop.sync.versions import covered

Row = dict[str, Any]


@dataclass
class Held:
    """Rows not applied (edits to a reassigned visit) and the conflicts that keep them."""

    ids: dict[str, set[str]] = field(default_factory=dict)
    conflicts: list[Row] = field(default_factory=list)
    top: str = ""  # the sender's highest version not already here ("" when none)
    warnings: list[str] = field(default_factory=list)  # for the office, not refusals


def _entries_sql(t: TableSpec, *, with_vv: bool = True, local_empty: bool = False) -> str:
    """(id, v, dev) of the incoming versions not covered by the local row's vv
    (``local_empty``: the local table holds no row, so none is covered)."""
    src, dst = f"{ALIAS}.{q(t.name)}", f"main.{q(t.name)}"
    parts = [f"SELECT x.id AS id, x.version AS v FROM {src} x WHERE {plain_sql('x.version')}",
             f"SELECT x.id, j.key FROM {src} x, json_each(x.field_versions) j"]
    if with_vv:
        parts.append(f"SELECT x.id, j.value FROM {src} x, json_each(x.vv) j")
    if local_empty:
        return (f"WITH ent(id, v) AS ({' UNION ALL '.join(parts)}) "
                f"SELECT ent.id AS id, ent.v AS v, {plain_device_sql('ent.v')} AS dev FROM ent")
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


def _known_devices(conn: Connection) -> dict[str, str | None]:
    """device id → its officer's id (None for the master): the local device table and the
    payload's."""
    out = {r[0]: r[1] for r in conn.exec_driver_sql("SELECT id, officer_id FROM main.device")}
    if _has_table(conn, "device"):
        for r in conn.exec_driver_sql(f"SELECT id, officer_id FROM {ALIAS}.device"):
            out.setdefault(r[0], r[1])
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


def check(conn: Connection, state: Any, sender: str, specs: list[TableSpec],
          scans: Mapping[str, RowScan] | None = None) -> Held:
    """Check every incoming version. ``scans``: what the row check's pass over each payload
    table found (:func:`payload.check_rows` with the sender), used for the tables empty here
    instead of reading their versions again (without it, each table is read here)."""
    if state.role == Role.MASTER:
        return _check_from_field(conn, state.device_id, sender, specs, scans or {})
    return _check_from_master(conn, sender, specs, scans or {})


@dataclass(frozen=True)
class _Authors:
    """The devices that made a table's incoming versions not covered here, and the
    sender's highest such version ("" when it made none)."""

    devices: frozenset[str]
    highest: str


def _authors(conn: Connection, t: TableSpec, sender: str, scans: Mapping[str, RowScan]) -> _Authors:
    """:class:`_Authors` of one table. For a table empty here no incoming version is
    covered, so the row check's pass (``scans``) already found them all."""
    empty = conn.exec_driver_sql(f"SELECT 1 FROM main.{q(t.name)} LIMIT 1").first() is None
    scan = scans.get(t.name)
    if empty and scan is not None:
        return _Authors(scan.authors, scan.device_max)
    by_dev = {r[0]: r[1] for r in conn.exec_driver_sql(
        f"SELECT dev, max(v) FROM ({_entries_sql(t, local_empty=empty)}) GROUP BY dev")}
    return _Authors(frozenset(by_dev), by_dev.get(sender, ""))


# --- on a field replica: the master's bundle --------------------------------------------------


def _check_from_master(conn: Connection, master: str, specs: list[TableSpec], scans: Mapping[str, RowScan]) -> Held:
    held = Held()
    known = _known_devices(conn)
    for t in specs:
        if t.name == "conflict":
            continue
        authors = _authors(conn, t, master, scans)
        devs = set(authors.devices)
        if master in devs:
            # (the high-water mark is recorded, not enforced: docs/sync.md "Not done yet")
            held.top = max(held.top, authors.highest)
        for dev in sorted(devs):
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
            return dev == master or (name in own and known.get(dev) == row_id)

        _check_officer_rows(conn, t, ids, ok)
    return held


# --- on the master: a field laptop's bundle --------------------------------------------------


def _check_from_field(conn: Connection, master: str, sender: str, specs: list[TableSpec],
                      scans: Mapping[str, RowScan]) -> Held:
    held = Held()
    known = _known_devices(conn)
    officer = known.get(sender)
    history = _History(conn)
    for t in specs:
        if t.name == "conflict":
            _check_conflicts(conn, t, sender, known)
            continue
        authors = _authors(conn, t, sender, scans)
        if not authors.devices:
            continue
        for dev in sorted(authors.devices):
            check_device(dev, t.name)
        strangers = sorted(authors.devices - {sender})
        if strangers:
            raise InputRejected(
                f"Bundel ditolak: {_label(t.name)} memuat perubahan atas nama perangkat {strangers[0]} yang belum "
                f"pernah diterima kantor kecamatan; perangkat {sender} hanya dapat mengirim perubahannya sendiri.")
        # The high-water mark is recorded, not enforced: an honest laptop's merged rows carry
        # its older field versions, which arrive after newer ones (the state machine found
        # it); see docs/sync.md "Not done yet".
        held.top = max(held.top, authors.highest)
        writer = ownership.WRITERS.get(t.name)
        if writer is ownership.Writer.MASTER:
            if t.name not in ownership.SELF_FIELDS:
                raise InputRejected(f"Bundel ditolak: perangkat {sender} mengubah {_label(t.name)}, yang hanya boleh "
                                    "diubah kantor kecamatan (master).")
            own = ownership.SELF_FIELDS[t.name]
            ids = {r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT id FROM ({_entries_sql(t)})")}

            def ok(dev: str, row_id: str, name: str) -> bool:
                return name in own and known.get(dev) == row_id

            _check_officer_rows(conn, t, ids, ok)
        elif writer is ownership.Writer.VISIT_OWNER:
            _check_visit_rows(conn, t, sender, master, officer, held, history)
    return held


Event = tuple[str, str, str | None, str]  # (recorded_hlc, id, from, to)


class _History:
    """The status events of the visits a bundle touches: as stored here and as brought
    by the bundle (kept apart: the stored history is the status at import time)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.in_payload = _has_table(conn, "visit_status_event")
        self._stored: dict[str, list[Event]] = {}
        self._incoming: dict[str, list[Event]] = {}

    def stored(self, visit_id: str) -> list[Event]:
        if visit_id not in self._stored:
            self._stored[visit_id] = sorted(tuple(r) for r in self.conn.exec_driver_sql(  # type: ignore[misc]
                "SELECT recorded_hlc, id, from_status, to_status FROM main.visit_status_event "
                "WHERE visit_id = ? AND deleted = 0", (visit_id,)))
        return self._stored[visit_id]

    def incoming(self, visit_id: str) -> list[Event]:
        """The bundle's events of the visit that are not stored here yet."""
        if visit_id not in self._incoming:
            rows: list[Event] = []
            if self.in_payload:
                rows = sorted(tuple(r) for r in self.conn.exec_driver_sql(  # type: ignore[misc]
                    f"SELECT x.recorded_hlc, x.id, x.from_status, x.to_status FROM {ALIAS}.visit_status_event x "
                    "WHERE x.visit_id = ? AND x.deleted = 0 AND NOT EXISTS "
                    "(SELECT 1 FROM main.visit_status_event m WHERE m.id = x.id)", (visit_id,)))
            self._incoming[visit_id] = rows
        return self._incoming[visit_id]

    def status_at(self, visit_id: str, version: str) -> str | None:
        """The visit's status for an edit at ``version``: its status as stored, then the
        bundle's own events before the edit (an edit cannot be dated into the past)."""
        stored = self.stored(visit_id)
        status = stored[-1][3] if stored else None
        for hlc, _id, _from, to in self.incoming(visit_id):
            if hlc < version:
                status = to
        return status


_EDITABLE = {None, VisitStatus.DRAF.value, VisitStatus.DIKEMBALIKAN.value}


def _check_visit_rows(conn: Connection, t: TableSpec, sender: str, master: str, officer: str | None, held: Held,
                      history: _History) -> None:
    entries: dict[str, list[str]] = {}
    for row_id, v, _dev in conn.exec_driver_sql(_entries_sql(t, with_vv=False)):
        entries.setdefault(row_id, []).append(v)
    ids = {r[0] for r in conn.exec_driver_sql(f"SELECT DISTINCT id FROM ({_entries_sql(t)})")}
    visit_spec = TABLE_BY_NAME["visit"]
    visits: dict[str, tuple[Row | None, Row | None]] = {}
    for row_id in sorted(ids):
        inc = _row(conn, ALIAS, t, row_id)
        assert inc is not None
        loc = _row(conn, "main", t, row_id)
        if loc is not None:
            for key in ownership.PARENT_KEYS.get(t.name, ()):
                if loc[key] != inc[key]:
                    raise InputRejected(
                        f"Bundel ditolak: perangkat {sender} memindahkan {_label(t.name)} {row_id} ke catatan lain "
                        f"({key}); catatan kunjungan tidak pernah berpindah induk.")
        visit_id = row_id if t.name == "visit" else inc["visit_id"]
        if visit_id not in visits:
            visits[visit_id] = (_row(conn, "main", visit_spec, visit_id), _row(conn, ALIAS, visit_spec, visit_id)
                                if _has_table(conn, "visit") else None)
        local_visit, incoming_visit = visits[visit_id]
        if local_visit is not None and local_visit["device_id"] == sender and _stale(
                entries.get(row_id, []), _fvs(visit_spec, local_visit)["device_id"], master):
            # written before the office last handed the visit (back) to this laptop: the
            # visit was another device's meanwhile, so these are conflicts, as below
            _hold(conn, t, inc, local_visit, held)
            continue
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
        if t.name == "visit_status_event":
            _check_event(conn, inc, loc, sender, officer, history)
            continue
        if t.name == "visit":
            _check_visit_officer(conn, inc, loc, sender, officer, held)
        for v in entries.get(row_id, []):
            status = history.status_at(visit_id, v)
            if status not in _EDITABLE:
                raise InputRejected(
                    f"Bundel ditolak: perangkat {sender} mengubah {_label(t.name)} kunjungan {visit_id} ketika "
                    f"kunjungan itu berstatus {VisitStatus(status).label}.")


def _stale(versions: list[str], handed_over: str, master: str) -> bool:
    """Whether any of a row's new versions predates the office's last handing of the
    visit to its device (``handed_over``: the version of the visit's ``device_id``)."""
    return device_of(handed_over) == master and any(v < handed_over for v in versions)


def _check_event(conn: Connection, inc: Row, loc: Row | None, sender: str, officer: str | None,
                 history: _History) -> None:
    """A laptop's status event: new, dated by its own version, recorded by the sender for
    its officer, continuing the visit's history from the status just before it, and one
    of the owner's transitions."""
    if loc is not None:
        raise InputRejected("Bundel ditolak: status kunjungan yang sudah tercatat tidak dapat diubah.")
    frm = VisitStatus(inc["from_status"]) if inc["from_status"] else None
    try:
        to = VisitStatus(inc["to_status"])
    except ValueError:
        raise InputRejected(f"Bundel ditolak: status kunjungan '{inc['to_status']}' tidak dikenal.") from None
    if ownership.TRANSITIONS.get((frm, to)) is not ownership.Writer.VISIT_OWNER:
        raise InputRejected(f"Bundel ditolak: perangkat {sender} mengubah status kunjungan ke {to.label}, "
                            "yang hanya boleh dilakukan kantor kecamatan.")
    if inc["recorded_hlc"] != inc["version"] or device_of(inc["version"]) != sender:
        raise InputRejected(f"Bundel ditolak: status kunjungan {inc['id']} dari perangkat {sender} bertanggal lain "
                            "dari versinya sendiri.")
    if inc["device_id"] != sender or inc["user_profile_id"] is not None or not _actor_is(conn, inc, officer):
        raise InputRejected(f"Bundel ditolak: status kunjungan {inc['id']} dari perangkat {sender} mencatat "
                            "pelaku lain dari perangkat itu dan pendampingnya.")
    stored = history.stored(inc["visit_id"])
    if stored and stored[-1][0] >= inc["recorded_hlc"]:
        raise InputRejected(f"Bundel ditolak: status kunjungan {inc['id']} dari perangkat {sender} disisipkan "
                            "sebelum riwayat status yang sudah tercatat.")
    before = [e for e in stored + history.incoming(inc["visit_id"]) if (e[0], e[1]) < (inc["recorded_hlc"], inc["id"])]
    previous = max(before)[3] if before else None
    if (inc["from_status"] or None) != previous:
        now = VisitStatus(previous).label if previous else "(baru)"
        raise InputRejected(f"Bundel ditolak: status kunjungan {inc['id']} dari perangkat {sender} berangkat dari "
                            f"{frm.label if frm else '(baru)'}, padahal statusnya saat itu {now}.")


def _actor_is(conn: Connection, event: Row, officer: str | None) -> bool:
    """Whether the event names the sender's officer (its name and NIP as stored here, or
    as they were before a change the laptop had not yet received when it wrote it)."""
    row = _row(conn, "main", TABLE_BY_NAME["officer"], officer) if officer else None
    if row is None:
        return False
    fvs = _fvs(TABLE_BY_NAME["officer"], row)
    return all(event[f"actor_{name}"] == row[name] or fvs[name] > event["version"] for name in ("name", "nip"))


def _check_visit_officer(conn: Connection, inc: Row, loc: Row | None, sender: str, officer: str | None,
                         held: Held) -> None:
    """A laptop records visits of its own officer (refused otherwise); a new visit to a
    village outside the officer's assignment is flagged for the office, not refused."""
    lvv = json.loads(loc["vv"]) if loc else {}
    if not covered(_fvs(TABLE_BY_NAME["visit"], inc)["officer_id"], lvv) and inc["officer_id"] != officer:
        raise InputRejected(f"Bundel ditolak: perangkat {sender} mencatat kunjungan {inc['id']} atas nama "
                            "pendamping lain.")
    if loc is None:
        assigned = conn.exec_driver_sql(
            "SELECT 1 FROM main.officer_assignment WHERE officer_id = ? AND village_id = ? AND deleted = 0",
            (inc["officer_id"], inc["village_id"])).first()
        if assigned is None:
            village = conn.exec_driver_sql("SELECT name FROM main.village WHERE id = ?",
                                           (inc["village_id"],)).scalar() or inc["village_id"]
            held.warnings.append(f"Kunjungan {inc['id']} dari perangkat {sender} ke Desa {village}, di luar desa "
                                 "tugas pendampingnya; periksa di kantor kecamatan.")


# --- conflict records from a laptop -----------------------------------------------------------

_CONFLICT_FACTS = ("table_name", "row_id", "field", "winner_version", "loser_version", "winner_value",
                   "loser_value", "loser_device_id")


def _check_conflicts(conn: Connection, t: TableSpec, sender: str, known: dict[str, str | None]) -> None:
    """A conflict record from a laptop is accepted only when this replica derives the
    same one: its facts are a function of the two edits (id, version), each side is a
    value this replica holds or one the sender may write, and only the master resolves
    conflicts about its own records."""
    ids = [r[0] for r in conn.exec_driver_sql(
        f"SELECT x.id FROM {ALIAS}.conflict x LEFT JOIN main.conflict m ON m.id = x.id "
        "WHERE m.id IS NULL OR m.version <> x.version ORDER BY x.id")]
    for row_id in ids:
        inc = _row(conn, ALIAS, t, row_id)
        loc = _row(conn, "main", t, row_id)
        assert inc is not None
        fvs = _fvs(t, inc)
        if loc is None or any(loc[f] != inc[f] for f in _CONFLICT_FACTS):
            # new here, or detected with another winner (two detections of one conflict merge)
            _derive_conflict(conn, inc, sender, known)
        lvv = json.loads(loc["vv"]) if loc else {}
        edits = {name: v for name, v in fvs.items() if DERIVED_MARK not in v and not covered(v, lvv)}
        for name, v in edits.items():
            if name == "deleted":  # (no one deletes a conflict record: it is resolved)
                raise InputRejected(f"Bundel ditolak: perangkat {device_of(v)} menghapus konflik {row_id}; konflik "
                                    "diselesaikan dengan dipulihkan atau diabaikan, tidak dihapus.")
            if device_of(v) != sender or name not in ("status", "resolved_note"):
                raise InputRejected(f"Bundel ditolak: konflik {row_id} diubah ({name}) oleh perangkat {device_of(v)}.")
            if ownership.WRITERS.get(inc["table_name"]) is ownership.Writer.MASTER:
                raise InputRejected(f"Bundel ditolak: perangkat {sender} menyelesaikan konflik atas "
                                    f"{_label(inc['table_name'])}, yang hanya boleh diselesaikan kantor kecamatan.")


def _derive_conflict(conn: Connection, inc: Row, sender: str, known: dict[str, str | None]) -> None:
    table, target, name = inc["table_name"], inc["row_id"], inc["field"]
    spec = TABLE_BY_NAME.get(table)
    problem = None
    if spec is None or table == "conflict" or (name not in spec.fields):
        problem = "catatan yang tidak dikenal"
    else:
        try:
            winner, loser = _json(inc["winner_value"]), _json(inc["loser_value"])
            made = conflict_row(table, target, name, (inc["winner_version"], winner), (inc["loser_version"], loser))
        except (TypeError, ValueError, RecursionError):
            made = None
        # (its version may differ from ``made``'s: two detections of one conflict with
        # different winners merge; the facts themselves are never edited, see below)
        if made is None or any(made[f] != inc[f] for f in ("id", "loser_device_id")):
            problem = "isi yang tidak sesuai dengan kedua perubahannya"
        elif not (_side_known(conn, spec, target, name, inc["winner_version"], winner, sender, known)
                  and _side_known(conn, spec, target, name, inc["loser_version"], loser, sender, known)):
            problem = "nilai yang tidak tercatat di sini dan tidak boleh ditulis perangkat itu"
    if problem:
        raise InputRejected(f"Bundel ditolak: konflik {inc['id']} dari perangkat {sender} memuat {problem}.")


def _json(value: Any) -> Any:
    """A stored JSON value: text, or a number SQLite's numeric affinity of a JSON column
    made of numeric text (SQL NULL is JSON null)."""
    return json.loads(value) if isinstance(value, str) else value


def _side_known(conn: Connection, spec: TableSpec, row_id: str, name: str, version: str, value: Any, sender: str,
                known: dict[str, str | None]) -> bool:
    """One side of a conflict: the record's value at that version here or in the bundle,
    the delete that hid an edit, a value the sender itself may write there, or — in a
    table any device may write — another known device's value this replica held and has
    since replaced (an honest laptop saw it in an earlier bundle from here; the value
    cannot be checked any more, but naming it grants no write the sender lacks, and a
    restore writes only what the losing device could write)."""
    for schema in ("main", ALIAS):
        if schema == ALIAS and not _has_table(conn, spec.name):
            continue
        row = _row(conn, schema, spec, row_id)
        if row is None:
            continue
        fvs = _fvs(spec, row)
        if value == DELETED_MARKER:
            if fvs["deleted"] == version and row["deleted"]:
                return True
        elif fvs[name] == version and row[name] == value:
            return True
    writer = ownership.WRITERS.get(spec.name)
    if writer is ownership.Writer.ANY and device_of(version) in known:
        here = _row(conn, "main", spec, row_id)
        if here is not None and covered(version, json.loads(here["vv"])):
            return True
    if device_of(version) != sender or value == DELETED_MARKER:
        return False
    if writer is ownership.Writer.ANY:
        return True
    if writer is ownership.Writer.MASTER:
        return name in ownership.SELF_FIELDS.get(spec.name, frozenset()) and known.get(sender) == row_id
    if writer is ownership.Writer.VISIT_OWNER:
        row = _row(conn, "main", spec, row_id)
        visit_id = row_id if spec.name == "visit" else (row or {}).get("visit_id")
        owner = conn.exec_driver_sql("SELECT device_id FROM main.visit WHERE id = ?", (visit_id,)).scalar()
        return owner == sender
    return False


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
