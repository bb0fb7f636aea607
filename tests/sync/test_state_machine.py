"""Random histories over one master and two field laptops (DESIGN.md §4 guarantees 1–4).

Random edits through the services on every replica (officials, profiles, visits and their
books, submissions, reviews, reassignments, conflict restores), bundles exported at random
times and imported in random order — some twice, some never. After final rounds (all
laptops → master, master → all laptops, twice) every replica prints the same fingerprint,
no record is lost unless deleted, and every losing concurrent same-field edit is in the
conflict list.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from perut_desktop.db import Replica, open_replica
from perut_desktop.errors import PerutError
from perut_desktop.models import MODEL_BY_TABLE, expand_field_versions, field_names
from perut_desktop.services import villages, visits, workflow
from perut_desktop.sync import conflicts as conflict_service
from perut_desktop.sync.versions import covered
from tests.sync.helpers import apply, at, export, fp

START = dt.date(2030, 2, 4)
NAMES = ("master", "a", "b")
LAPTOP_VILLAGES = {"a": ("Awayan", "Tundi"), "b": ("Baru", "Badalungga")}
OFFICERS = {"a": "Rahmadi", "b": "Siti"}


@dataclass
class Edit:
    replica: str
    table: str
    row_id: str
    field: str
    version: str
    value: Any
    based_vv: dict[str, str]


def _row(replica: Replica, table: str, row_id: str) -> dict[str, Any] | None:
    with replica.engine.connect() as c:
        res = c.exec_driver_sql(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
        r = res.first()
        return dict(zip(res.keys(), r)) if r is not None else None


def _fvs(table: str, row: dict[str, Any]) -> dict[str, str]:
    return expand_field_versions(json.loads(row["field_versions"]), row["version"], field_names(MODEL_BY_TABLE[table]))


class SyncMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="perut-sm-"))
        shutil.copytree(self.template, self.root / "trio")
        self.r = {n: open_replica(self.root / "trio" / n) for n in NAMES}
        self.bundles: list[tuple[str, str, Any]] = []
        self.edits: list[Edit] = []
        self.day = 0
        self.hour = 8
        self.reassigned: set[str] = set()
        with self.r["master"].begin() as s:
            from perut_desktop.models import UserProfile

            self.user_id = s.query(UserProfile.id).scalar()

    # --- helpers -----------------------------------------------------------------------

    def unit(self, name: str, **kw: Any):  # type: ignore[no-untyped-def]
        self.hour += 1
        if self.hour > 20:
            self.hour, self.day = 8, self.day + 1
        offset = {"master": 0, "a": 1, "b": -1}[name]  # clocks that disagree a little
        return at(self.r[name], START + dt.timedelta(days=self.day), self.hour + offset, **kw)

    def tracked(self, name: str, table: str, row_id: str, fn: Any, **kw: Any) -> None:
        """Run one unit of work editing a row; record the field edits it made."""
        replica = self.r[name]
        before = _row(replica, table, row_id)
        try:
            with self.unit(name, **kw) as s:
                fn(s)
        except PerutError:
            return
        after = _row(replica, table, row_id)
        if after is None:
            return
        old = _fvs(table, before) if before else {}
        based = json.loads(before["vv"]) if before else {}
        for f, v in _fvs(table, after).items():
            if old.get(f) != v:
                self.edits.append(Edit(name, table, row_id, f, v, after[f], based))

    def ids(self, name: str, sql: str, *params: Any) -> list[str]:
        with self.r[name].engine.connect() as c:
            return [r[0] for r in c.exec_driver_sql(sql, params).all()]

    # --- edits -------------------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10), field=st.sampled_from(["phone", "position", "name"]),
          value=st.sampled_from(["x", "y", "z"]))
    def edit_official(self, name: str, pick: int, field: str, value: str) -> None:
        ids = self.ids(name, "SELECT id FROM village_official WHERE deleted = 0 ORDER BY id")
        if ids:
            oid = ids[pick % len(ids)]
            self.tracked(name, "village_official", oid,
                         lambda s: villages.edit_official(s, oid, **{field: f"{field}-{value}-{name}"}))

    @rule(name=st.sampled_from(NAMES), village=st.sampled_from(["Awayan", "Baru"]))
    def add_official(self, name: str, village: str) -> None:
        with self.unit(name) as s:
            villages.add_official(s, villages.find_village(s, village).id, name=f"Baru {name}", position="Kaur Umum")

    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10))
    def remove_official(self, name: str, pick: int) -> None:
        ids = self.ids(name, "SELECT id FROM village_official WHERE deleted = 0 ORDER BY id")
        if ids:
            oid = ids[pick % len(ids)]
            self.tracked(name, "village_official", oid, lambda s: villages.remove_official(s, oid))

    @rule(name=st.sampled_from(NAMES), village=st.sampled_from(["Awayan", "Tundi"]),
          field=st.sampled_from(["sotk_urusan", "sotk_seksi", "kades_name"]), value=st.integers(1, 3))
    def edit_profile(self, name: str, village: str, field: str, value: int) -> None:
        from perut_desktop.models import derived_id

        vid = self.ids(name, "SELECT id FROM village WHERE name = ?", village)[0]
        pid = derived_id("village_profile", vid)
        val: Any = f"Kades {value}{name}" if field == "kades_name" else value
        self.tracked(name, "village_profile", pid, lambda s: villages.update_profile(s, vid, **{field: val}))

    @precondition(lambda self: len(self.edits) < 400)
    @rule(name=st.sampled_from(["a", "b"]), village=st.integers(0, 1))
    def create_visit(self, name: str, village: int) -> None:
        if len(self.ids(name, "SELECT id FROM visit WHERE device_id = ?", self.r[name].device_id)) >= 3:
            return
        with self.unit(name) as s:
            from perut_desktop.services.common import find_officer

            visits.create_visit(s, village_id=villages.find_village(s, LAPTOP_VILLAGES[name][village]).id,
                                officer_id=find_officer(s, OFFICERS[name]).id,
                                visit_date=START + dt.timedelta(days=self.day))

    def my_visits(self, name: str) -> list[str]:
        return self.ids(name, "SELECT id FROM visit WHERE device_id = ? AND deleted = 0 ORDER BY id",
                        self.r[name].device_id)

    @rule(name=st.sampled_from(["a", "b"]), pick=st.integers(0, 5), item=st.sampled_from(["A.1", "A.2"]),
          status=st.sampled_from(["lengkap", "tidak_ada"]), note=st.sampled_from(["", "catatan"]))
    def edit_result(self, name: str, pick: int, item: str, status: str, note: str) -> None:
        mine = self.my_visits(name)
        if mine:
            vid = mine[pick % len(mine)]
            from perut_desktop.models import derived_id

            self.tracked(name, "checklist_result", derived_id("checklist_result", vid, item),
                         lambda s: visits.set_result(s, vid, item, status=status, notes=f"{note} {name}"))

    @rule(name=st.sampled_from(["a", "b"]), pick=st.integers(0, 5), text=st.sampled_from(["ringkas", "panjang"]))
    def edit_visit_summary(self, name: str, pick: int, text: str) -> None:
        mine = self.my_visits(name)
        if mine:
            vid = mine[pick % len(mine)]
            self.tracked(name, "visit", vid, lambda s: visits.edit_visit(s, vid, summary=f"{text} {name}"))

    @rule(name=st.sampled_from(["a", "b"]), pick=st.integers(0, 5))
    def add_attendee(self, name: str, pick: int) -> None:
        mine = self.my_visits(name)
        if mine:
            try:
                with self.unit(name) as s:
                    visits.add_attendee(s, mine[pick % len(mine)], name=f"Warga {name}", group="masyarakat")
            except PerutError:
                pass

    @rule(name=st.sampled_from(["a", "b"]), pick=st.integers(0, 5))
    def submit(self, name: str, pick: int) -> None:
        mine = self.my_visits(name)
        if mine:
            vid = mine[pick % len(mine)]
            try:
                with self.unit(name) as s:
                    if visits.status_of(s, vid).value == "dikembalikan":
                        workflow.reopen_visit(s, vid, "diperbaiki")
                    for r in visits.results(s, vid):
                        if r.status is None:
                            visits.set_result(s, vid, r.item_code, status="lengkap")
                    workflow.submit_visit(s, vid)
            except PerutError:
                pass

    @rule(pick=st.integers(0, 10), verdict=st.sampled_from(["verify", "return", "approve"]))
    def review(self, pick: int, verdict: str) -> None:
        ids = self.ids("master", "SELECT id FROM visit WHERE deleted = 0 ORDER BY id")
        if not ids:
            return
        vid = ids[pick % len(ids)]
        try:
            with self.unit("master", actor_id=self.user_id) as s:
                if verdict == "verify":
                    workflow.verify_visit(s, vid)
                elif verdict == "return":
                    workflow.return_visit(s, vid, "lengkapi notulen")
                else:
                    from perut_desktop.services import setup

                    setup.update_subdistrict(s, camat_name="Camat Uji", camat_nip="197805122006041003")
                    workflow.approve_visit(s, vid)
        except PerutError:
            pass

    @rule(pick=st.integers(0, 10))
    def reassign(self, pick: int) -> None:
        ids = self.ids("master", "SELECT id FROM visit WHERE deleted = 0 ORDER BY id")
        if not ids:
            return
        vid = ids[pick % len(ids)]
        owner = self.ids("master", "SELECT device_id FROM visit WHERE id = ?", vid)[0]
        target = self.r["b"].device_id if owner == self.r["a"].device_id else self.r["a"].device_id
        try:
            with self.unit("master") as s:
                workflow.reassign_visit(s, vid, target)
        except PerutError:
            return
        self.reassigned.add(vid)

    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10), restore=st.booleans())
    def resolve_conflict(self, name: str, pick: int, restore: bool) -> None:
        ids = self.ids(name, "SELECT id FROM conflict WHERE status = 'open' ORDER BY id")
        if not ids:
            return
        cid = ids[pick % len(ids)]
        c = _row(self.r[name], "conflict", cid)
        assert c is not None
        if restore and c["field"] != "*":
            self.tracked(name, c["table_name"], c["row_id"],
                         lambda s: conflict_service.restore_conflict(s, cid))
        else:
            try:
                with self.unit(name) as s:
                    (conflict_service.restore_conflict if restore else conflict_service.dismiss_conflict)(s, cid)
            except PerutError:
                pass

    # --- bundles -----------------------------------------------------------------------

    @rule(laptop=st.sampled_from(["a", "b"]), to_master=st.booleans(), full=st.booleans())
    def export_bundle(self, laptop: str, to_master: bool, full: bool) -> None:
        src, dst = (laptop, "master") if to_master else ("master", laptop)
        self.bundles.append((src, dst, export(self.r[src], self.r[dst], self.root, full=full and not to_master)))

    @precondition(lambda self: bool(self.bundles))
    @rule(pick=st.integers(0, 1000))
    def import_bundle(self, pick: int) -> None:
        _src, dst, bundle = self.bundles[pick % len(self.bundles)]
        apply(self.r[dst], bundle)

    # --- the end -----------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            for _ in range(2):
                for laptop in ("a", "b"):
                    apply(self.r["master"], export(self.r[laptop], self.r["master"], self.root))
                for laptop in ("a", "b"):
                    apply(self.r[laptop], export(self.r["master"], self.r[laptop], self.root))
            prints = {n: fp(self.r[n]) for n in NAMES}
            assert len(set(prints.values())) == 1, prints
            self.check_nothing_silently_lost()
        finally:
            for r in self.r.values():
                r.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def check_nothing_silently_lost(self) -> None:
        master = self.r["master"]
        losers = set()
        kept_values: dict[tuple[str, str, str], list[Any]] = {}
        with master.engine.connect() as c:
            for t, rid, f, lv, val in c.exec_driver_sql(
                    "SELECT table_name, row_id, field, loser_version, loser_value FROM conflict"):
                losers.add((t, rid, f, lv))
                kept_values.setdefault((t, rid, f), []).append(json.loads(val) if isinstance(val, str) else val)
        by_cell: dict[tuple[str, str, str], list[Edit]] = {}
        for e in self.edits:
            by_cell.setdefault((e.table, e.row_id, e.field), []).append(e)
        held_rows = set(self.reassigned)
        for e in self.edits:
            final = _row(master, e.table, e.row_id)
            assert final is not None, f"record {e.table} {e.row_id} lost"
            visit_id = final.get("visit_id") or (e.row_id if e.table == "visit" else None)
            if visit_id in held_rows:
                continue  # edits to a reassigned visit: kept as conflicts or superseded (test_ownership)
            ffv = _fvs(e.table, final)
            if ffv[e.field] == e.version:
                if final["deleted"] and e.field != "deleted":
                    deletes = [d for d in by_cell.get((e.table, e.row_id, "deleted"), []) if d.value]
                    seen = any(covered(e.version, d.based_vv) or d.version == e.version for d in deletes)
                    if deletes and not seen:
                        assert (e.table, e.row_id, e.field, e.version) in losers, f"edit hidden by a delete: {e}"
                continue
            cell = by_cell[(e.table, e.row_id, e.field)]
            if any(covered(x.version, o.based_vv) for x in cell if x.value == e.value for o in cell if o is not x):
                continue  # overwritten by someone who had seen it (or an equal value of the same field)
            if final[e.field] == e.value or e.value in kept_values.get((e.table, e.row_id, e.field), []):
                continue  # the same value won, or an equal concurrent value is kept as a conflict
            assert (e.table, e.row_id, e.field, e.version) in losers, f"lost without a conflict: {e}"


def test_random_histories_converge(_trio_template: Path) -> None:
    SyncMachine.template = _trio_template
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(max_examples=int(os.environ.get("PERUT_SM_EXAMPLES", min(settings.default.max_examples, 30))),
                          stateful_step_count=int(os.environ.get("PERUT_SM_STEPS", 30)),
                          # a long local run (PERUT_SM_EXAMPLES) may skip the slow shrinking
                          phases=[p for p in Phase if p != Phase.shrink or not os.environ.get("PERUT_SM_NOSHRINK")]),
    )
