"""The bundle payload: a SQLite file (SQLite as an application file format).

One table per replicated table, same name, holding the rows sent with every column but
the local ``seq`` (so ``id``, the content fields, ``version``, ``vv``, ``field_versions``
and ``deleted``), values stored exactly as the replica stores them; and a ``meta`` table
of ``key → JSON value`` (sender, recipient, epoch, bundle number, the acknowledgement, the
row count per table, the attachment list). See docs/sync.md.

The importer ATTACHes the payload (after the container verified and decrypted it) and
merges with set-based SQL; this module knows the layout and checks that a payload file
is one (no views or triggers, exactly the expected columns, well-formed sync columns).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from perut_desktop.errors import InputRejected
from perut_desktop.hlc import DERIVED_MARK, DERIVED_SUFFIX_GLOB, PLAIN_GLOB, derived_sql, plain_device_sql, plain_sql
from perut_desktop.models import REPLICATED_MODELS, content_fields, field_names

#: Format of the payload. A newer one asks for an update; older supported ones import.
PAYLOAD_FORMAT = 1
SUPPORTED_FORMATS = frozenset({1})

ALIAS = "p"

def q(name: str) -> str:
    """A quoted SQL identifier (``group`` is a column name)."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]  # payload columns, in table order (no seq)
    content: tuple[str, ...]  # content fields
    fields: tuple[str, ...]  # content fields + deleted: those with a field version
    parents: tuple[tuple[str, str], ...]  # (column, parent table)

    @property
    def cols_sql(self) -> str:
        return ", ".join(q(c) for c in self.columns)


def _spec(model: type) -> TableSpec:
    table = model.__table__  # type: ignore[attr-defined]
    parents = tuple(
        (c.name, next(iter(c.foreign_keys)).column.table.name) for c in table.columns if c.foreign_keys
    )
    return TableSpec(
        name=table.name,
        columns=tuple(c.name for c in table.columns if c.name != "seq"),
        content=content_fields(model),
        fields=field_names(model),
        parents=parents,
    )


#: Replicated tables in insert order (parents first).
TABLES: tuple[TableSpec, ...] = tuple(_spec(m) for m in REPLICATED_MODELS)
TABLE_BY_NAME: dict[str, TableSpec] = {t.name: t for t in TABLES}


def create_schema(conn: Connection, alias: str = ALIAS) -> None:
    """Create the payload tables in the attached (empty) database ``alias``."""
    for t in TABLES:
        cols = ", ".join(f"{q(c)} PRIMARY KEY" if c == "id" else q(c) for c in t.columns)
        conn.exec_driver_sql(f"CREATE TABLE {alias}.{q(t.name)} ({cols})")
    conn.exec_driver_sql(f"CREATE TABLE {alias}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def write_meta(conn: Connection, meta: dict[str, Any], alias: str = ALIAS) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO {alias}.meta (key, value) VALUES (?, ?)",
        [(k, json.dumps(v, sort_keys=True)) for k, v in meta.items()],
    )


def read_meta(conn: Connection, alias: str = ALIAS) -> dict[str, Any]:
    """The meta table as a dict. Refused (:class:`InputRejected`): values that are not JSON
    text, nested deeper than :data:`MAX_META_DEPTH`, or integers beyond 64 bits."""
    try:
        rows = conn.exec_driver_sql(f"SELECT key, value FROM {alias}.meta").all()
        meta = {}
        for k, v in rows:
            if not isinstance(k, str) or not isinstance(v, str):
                raise TypeError("kunci atau nilai bukan teks")
            if _depth(v) > MAX_META_DEPTH:
                raise ValueError("nilai bersarang terlalu dalam")
            meta[k] = json.loads(v, parse_int=_bounded_int)
        return meta
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputRejected(f"Isi bundel rusak (meta tidak terbaca: {str(exc)[:80]}).") from None


#: How deeply a meta value may nest lists and objects.
MAX_META_DEPTH = 8


def _depth(text: str) -> int:
    """The deepest nesting of brackets in JSON text (outside strings), without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _bounded_int(text: str) -> int:
    value = int(text)
    if not -(1 << 63) <= value < (1 << 63):
        raise ValueError("bilangan di luar 64 bit")
    return value


def check_layout(conn: Connection, alias: str = ALIAS) -> set[str]:
    """Check the attached payload's schema; return the replicated tables it holds.

    Refuses views, triggers, unknown tables and tables whose columns are not exactly the
    expected ones (a newer format asks the user to update)."""
    objects = conn.exec_driver_sql(f"SELECT type, name FROM {alias}.sqlite_master").all()
    present: set[str] = set()
    for kind, name in objects:
        if kind == "index" and str(name).startswith("sqlite_autoindex_"):
            continue
        if kind != "table":
            raise InputRejected(f"Isi bundel tidak sah (berisi {kind} '{name}').")
        if name == "meta":
            continue
        if name not in TABLE_BY_NAME:
            raise InputRejected(
                f"Bundel berisi tabel '{name}' yang tidak dikenal versi PERUT ini; perbarui PERUT lalu impor lagi."
            )
        present.add(name)
    if "meta" not in {n for _, n in objects}:
        raise InputRejected("Isi bundel tidak sah (tanpa tabel meta).")
    for name in present:
        # table_xinfo: hidden and generated columns count too (nothing is computed on read)
        cols = [r[1] for r in conn.exec_driver_sql(f"PRAGMA {alias}.table_xinfo({q(name)})").all()]
        expected = TABLE_BY_NAME[name].columns
        if set(cols) != set(expected) or len(cols) != len(expected):
            extra = sorted(set(cols) - set(expected))
            if extra:
                raise InputRejected(
                    f"Bundel memuat kolom {name}.{extra[0]} yang tidak dikenal versi PERUT ini; perbarui PERUT lalu impor lagi."
                )
            missing = sorted(set(expected) - set(cols))
            raise InputRejected(f"Isi bundel tidak sah (kolom {name}.{missing[0]} tidak ada).")
    return present


@dataclass(frozen=True)
class RowScan:
    """What the pass over one payload table found besides well-formed rows: the devices
    that made its versions (the device part of each plain row version, each field version
    and each version-vector entry — the versions the ownership check looks at), the highest
    of those versions made by one device, and the table's highest row version."""

    authors: frozenset[str]
    device_max: str  # "" when that device made none
    top: str  # "" when the table is empty


def _why_sql(table: TableSpec) -> tuple[str, str, str, str]:
    """SQL expressions naming what is wrong (NULL when nothing is) with one row ``x``, one
    field-version entry ``j`` of ``x`` and one version-vector entry ``j`` of ``x``; second,
    the condition of a field-version entry's key and type alone (without its names)."""
    derived = derived_sql("x.version")
    bad_version = (
        f"NOT (x.version GLOB '{PLAIN_GLOB}') "
        f"OR ({derived} AND x.version NOT GLOB '*-?*{DERIVED_MARK}{DERIVED_SUFFIX_GLOB}')"
    )
    # conflict records start at a derived version, which later edits keep for other fields
    plain_keys = "" if table.name == "conflict" else f"OR {derived_sql('j.key')} "
    names = ", ".join(repr(f) for f in table.fields)
    derived_incomplete = "0" if table.name == "conflict" else (
        # a derived (merged) version is no field's version: every field must be listed
        f"{derived} AND (SELECT count(*) FROM json_each(x.field_versions) j, json_each(j.value)) "
        f"<> {len(table.fields)}")
    row = f"""CASE
              WHEN typeof(x.id) <> 'text' OR length(x.id) NOT BETWEEN 1 AND 64 THEN 'id tidak sah'
              WHEN typeof(x.version) <> 'text' OR length(x.version) > 64 OR {bad_version} THEN 'versi tidak sah'
              WHEN typeof(x.vv) <> 'text' OR typeof(x.field_versions) <> 'text' OR substr(x.vv, 1, 1) <> '{{'
                   OR substr(x.field_versions, 1, 1) <> '{{' THEN 'vv atau field_versions bukan objek JSON'
              WHEN x.deleted NOT IN (0, 1) THEN 'penanda hapus tidak sah'
              WHEN {derived_incomplete} THEN 'versi gabungan tanpa versi kolom lengkap'
            END"""
    # one pass over the field versions: each key, then the names it lists
    bad_key = f"j.type <> 'array' OR NOT (j.key GLOB '{PLAIN_GLOB}') {plain_keys}OR j.key > x.version"
    field_version = f"""CASE
              WHEN {bad_key} THEN 'versi kolom tidak sah'
              WHEN EXISTS (SELECT 1 FROM json_each(j.value) k WHERE k.value NOT IN ({names}))
                   THEN 'nama kolom tidak dikenal dalam versi kolom'
            END"""
    vv_entry = f"""CASE
              WHEN j.type <> 'text' OR NOT (j.value GLOB '{PLAIN_GLOB}') OR {derived_sql('j.value')}
                   OR {plain_device_sql('j.value')} <> j.key THEN 'vv tidak sah'
            END"""
    return row, bad_key, field_version, vv_entry


def _names_listed(found: Any, table: TableSpec) -> bool:
    """Whether the distinct name lists of a table's field versions (a JSON array of
    them, each as a JSON array or as its text) name only the table's fields, as the
    row check's ``json_each`` would find it (a JSON null passes there too)."""
    try:
        for names in json.loads(found):
            names = json.loads(names) if isinstance(names, str) else names
            if not isinstance(names, list) or not all(n is None or (isinstance(n, str) and n in table.fields)
                                                      for n in names):
                return False
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def check_rows(conn: Connection, table: TableSpec, device: str = "", alias: str = ALIAS) -> RowScan:
    """Refuse malformed sync columns in one payload table (nothing is changed yet); return
    what the same pass found (:class:`RowScan`, ``device``'s versions among them).

    Three statements (the rows, their field versions, their version vectors) check and
    collect at once. When they find anything wrong (or SQLite cannot read it), the checks
    run again one by one, each stopping at its first bad row, so that a refusal names the
    first problem as it always has.

    The device part of versions is checked on the distinct devices the ownership check
    collects (:func:`check_device`), not row by row."""
    t = f"{alias}.{q(table.name)}"
    why_row, bad_key, why_field_version, why_vv = _why_sql(table)
    row_device = f"CASE WHEN {plain_sql('x.version')} THEN {plain_device_sql('x.version')} END"
    key_device = plain_device_sql("j.key")
    # each statement: anything wrong?, the devices, ``device``'s highest version
    # (and the highest row version); a version-vector entry's key is its device (checked)
    passes = (
        f"SELECT max(({why_row}) IS NOT NULL), json_group_array(DISTINCT {row_device}), "
        f"max(x.version) FILTER (WHERE {row_device} = ?1), "
        f"max(x.version) FROM {t} x",
        # (the names each field version lists: checked on the distinct lists, below)
        f"SELECT max({bad_key}), json_group_array(DISTINCT {key_device}), "
        f"max(j.key) FILTER (WHERE {key_device} = ?1), "
        f"json_group_array(DISTINCT j.value) FROM {t} x, json_each(x.field_versions) j",
        f"SELECT max(({why_vv}) IS NOT NULL), json_group_array(DISTINCT j.key), "
        f"max(j.value) FILTER (WHERE j.key = ?1), NULL "
        f"FROM {t} x, json_each(x.vv) j",
    )
    try:
        found = [conn.exec_driver_sql(sql, (device,)).one() for sql in passes]
    except OperationalError:  # json_each on text that is not JSON: said below
        found = []
    if not found or any(f[0] for f in found) or not _names_listed(found[1][3], table):
        _refuse_row(conn, table, (f"SELECT x.id, {why_row} AS why FROM {t} x",
                                  f"SELECT x.id, {why_field_version} AS why FROM {t} x, json_each(x.field_versions) j",
                                  f"SELECT x.id, {why_vv} AS why FROM {t} x, json_each(x.vv) j"))
    authors = frozenset(a for f in found for a in json.loads(f[1]) if isinstance(a, str))
    highs = [f[2] for f in found if f[2] is not None]
    return RowScan(authors, max(highs, default=""), found[0][3] or "")


def _refuse_row(conn: Connection, table: TableSpec, checks: tuple[str, ...]) -> NoReturn:
    """The checks of :func:`check_rows` one by one: the first row found wrong, and why."""
    for sql in checks:
        try:
            row = conn.exec_driver_sql(f"SELECT id, why FROM ({sql}) WHERE why IS NOT NULL LIMIT 1").first()
        except OperationalError as exc:  # json_each on text that is not JSON
            raise InputRejected(f"Bundel ditolak: catatan {table.name} rusak (vv atau field_versions bukan "
                                f"JSON: {str(exc.orig)[:60]}).") from None
        if row is not None:
            raise InputRejected(f"Bundel ditolak: catatan {table.name} {row[0]!s:.36} rusak ({row[1]}).")
    raise InputRejected(f"Bundel ditolak: catatan {table.name} rusak.")


_DEVICE_RE = re.compile(r"[0-9A-Za-z_]{1,40}")


def check_device(device: str, table: str) -> None:
    """A device id taken from an incoming version must look like one."""
    if not _DEVICE_RE.fullmatch(device):
        raise InputRejected(f"Bundel ditolak: catatan {table} rusak (perangkat {device[:40]!r} dalam versi tidak sah).")
