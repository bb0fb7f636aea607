"""Merging one incoming row into the local one (DESIGN.md §4), in Python.

The importer handles the common cases in SQL (a row missing locally is inserted, a row
with the identical version is skipped); only rows whose versions differ come here:

* ``I.vv ≤ L.vv`` — the local row already includes the incoming one: nothing to do;
* ``L.vv ≤ I.vv`` — fast-forward to the incoming row;
* otherwise concurrent — every field takes the value with the higher field version; a
  field is a conflict when the two field versions differ, neither is covered by the other
  side's version vector and the values differ. The losing value becomes a replicated
  :class:`~perut_desktop.models.Conflict` row whose id and content are a pure function of
  the two edits. A delete concurrent with an edit of another field records that edit.

The merged version vector is the pointwise maximum; the merged version is the incoming
(or local) row's own version when the merged field versions equal that row's, else a
derived version (see :mod:`perut_desktop.hlc`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from perut_desktop.hlc import derived_version, device_of
from perut_desktop.models import compact_field_versions, derived_id, expand_field_versions
from perut_desktop.sync.payload import TableSpec
from perut_desktop.sync.versions import covered, dumps, vv_le, vv_max

#: ``winner_value`` of a conflict where a concurrent delete hid an edit.
DELETED_MARKER = {"__deleted__": True}
#: ``field`` of a conflict holding a whole record that could not be applied.
WHOLE_ROW = "*"

Row = dict[str, Any]


@dataclass
class Outcome:
    kind: str  # "none" | "ff" | "merge" | "vv"
    row: Row | None = None
    conflicts: list[Row] = field(default_factory=list)


def conflict_row(table: str, row_id: str, field_name: str, win: tuple[str, Any], lose: tuple[str, Any]) -> Row:
    """The conflict record of a losing value: every column a function of the two edits."""
    win_v, win_val = win
    lose_v, lose_val = lose
    cid = derived_id("conflict", table, row_id, field_name, lose_v)
    top = max(win_v, lose_v)
    version = f"{top}.{hashlib.sha256(f'{cid}|{win_v}'.encode()).hexdigest()[:8]}"
    vv = {device_of(win_v): win_v}
    d = device_of(lose_v)
    if vv.get(d, "") < lose_v:
        vv[d] = lose_v
    return {
        "id": cid, "table_name": table, "row_id": row_id, "field": field_name,
        "winner_version": win_v, "loser_version": lose_v,
        "winner_value": json.dumps(win_val), "loser_value": json.dumps(lose_val),
        "loser_device_id": d, "status": "open", "resolved_note": "",
        "version": version, "vv": dumps(vv), "field_versions": "{}", "deleted": 0,
    }


def _fvs(spec: TableSpec, row: Row) -> dict[str, str]:
    return expand_field_versions(json.loads(row["field_versions"]), row["version"], spec.fields)


def merge_rows(spec: TableSpec, local: Row, incoming: Row) -> Outcome:
    """Merge ``incoming`` into ``local`` (both raw rows: column → stored value)."""
    lvv: dict[str, str] = json.loads(local["vv"])
    ivv: dict[str, str] = json.loads(incoming["vv"])
    if vv_le(ivv, lvv):
        return Outcome("none")
    if vv_le(lvv, ivv):
        return Outcome("ff", dict(incoming))
    lf, inf = _fvs(spec, local), _fvs(spec, incoming)
    detect = spec.name != "conflict"  # conflicting conflict records: the later detection wins
    merged: Row = {}
    mf: dict[str, str] = {}
    conflicts: list[Row] = []
    lost: set[tuple[str, str]] = set()
    for name in spec.fields:
        a, b = lf[name], inf[name]
        if a == b or a > b:
            merged[name], mf[name] = local[name], a
        else:
            merged[name], mf[name] = incoming[name], b
        if (detect and a != b and not covered(a, ivv) and not covered(b, lvv)
                and local[name] != incoming[name]):
            win, lose = ((a, local[name]), (b, incoming[name])) if a > b else ((b, incoming[name]), (a, local[name]))
            conflicts.append(conflict_row(spec.name, local["id"], name, win, lose))
            lost.add((name, lose[0]))
    if detect and merged["deleted"]:
        # A delete concurrent with an edit of another field: the edit is kept as a conflict.
        dv = mf["deleted"]
        deleter, dvv, df, other, ovv, of = (
            (local, lvv, lf, incoming, ivv, inf) if lf["deleted"] == dv else (incoming, ivv, inf, local, lvv, lf))
        if not other["deleted"] and not covered(dv, ovv):
            for name in spec.content:
                v = of[name]
                if v == mf[name] and v != df[name] and not covered(v, dvv) and (name, v) not in lost:
                    conflicts.append(conflict_row(spec.name, local["id"], name, (dv, DELETED_MARKER),
                                                  (v, other[name])))
    vv = vv_max(lvv, ivv)
    if mf == inf:
        row = dict(incoming)
    elif mf == lf:
        row = dict(local)
        row["vv"] = dumps(vv)
        return Outcome("vv", row, conflicts)
    else:
        row = {"id": local["id"], **merged}
        row["version"] = derived_version(mf)
    row["field_versions"] = dumps(compact_field_versions(mf, row["version"]))
    row["vv"] = dumps(vv)
    return Outcome("merge", row, conflicts)
