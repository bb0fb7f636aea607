"""The window's workspace: one unit of work per call, and every change reports the
replicated tables it wrote (the flush hook records them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perut_desktop.enums import Delivery, VisitStatus
from perut_desktop.errors import ValidationError
from perut_desktop.operations.changes import Changes
from perut_desktop.operations.snapshot import SNAPSHOT_FILE, read_snapshot
from perut_desktop.operations.workspace import Workspace


@pytest.fixture()
def workspace(demo_dir: Path):  # type: ignore[no-untyped-def]
    ws = Workspace(demo_dir)
    yield ws
    ws.close()


def test_a_change_reports_the_tables_it_wrote(workspace: Workspace) -> None:
    choices = workspace.new_visit_choices()
    workspace.set_actor(workspace.status().info.staff[0].id)
    made = workspace.create_visit(village_id=choices.villages[0].id, officer_id=choices.officers[0].id,
                                  visit_date=choices.today, agenda="Pembinaan")
    assert made.changes.tables >= {"visit", "visit_status_event", "checklist_result", "minutes"}
    assert made.value.agenda == "Pembinaan"
    deleted = workspace.delete_visit(made.value.id)
    assert deleted.changes == Changes.of({"visit"})
    assert not workspace.read(lambda s: None) and not workspace.change(lambda s: None).changes


def test_a_refused_change_writes_nothing(workspace: Workspace) -> None:
    choices = workspace.new_visit_choices()
    before = len(workspace.visit_rows())
    with pytest.raises(ValidationError, match="belum terjadi; kunjungan dicatat setelah dilaksanakan"):
        workspace.create_visit(village_id=choices.villages[0].id, officer_id=choices.officers[0].id,
                               visit_date=choices.today.replace(year=choices.today.year + 1), agenda="")
    assert len(workspace.visit_rows()) == before


def test_visit_rows_on_the_master(workspace: Workspace) -> None:
    rows = workspace.visit_rows()
    assert len(rows) > 250
    assert {r.delivery for r in rows} == {Delivery.ACKNOWLEDGED}  # the office holds them all
    assert rows == tuple(sorted(rows, key=lambda r: r.visit_date, reverse=True))
    drafts = [r for r in rows if r.status is VisitStatus.DRAF]
    assert drafts and not any(r.own for r in drafts)  # the laptops' drafts, not the master's
    assert all(r.score is None or 0 <= r.score <= 1 for r in rows)


def test_the_snapshot_is_kept_up_to_date(workspace: Workspace, demo_dir: Path) -> None:
    overview = workspace.overview()
    assert read_snapshot(demo_dir) == overview
    choices = workspace.new_visit_choices()
    made = workspace.create_visit(village_id=choices.villages[0].id, officer_id=choices.officers[0].id,
                                  visit_date=choices.today, agenda="")
    workspace.close()  # a change since the last overview: written again at close
    snapshot = read_snapshot(demo_dir)
    assert snapshot is not None and snapshot.visits == overview.visits + 1
    assert made.value.village_name in {r.name for r in snapshot.rows}
    (demo_dir / SNAPSHOT_FILE).write_text("{rusak")
    assert read_snapshot(demo_dir) is None


def test_the_findings_are_kept_until_a_change_and_never_stale_after_one(workspace: Workspace, demo_dir: Path) -> None:
    """The compliance findings of every village are evaluated once per state of the
    replica: the village list and the dashboard read them again for free, and a change
    through the workspace — or a write by another program on the same data folder — makes
    the next read evaluate them afresh, with the change in them."""
    from perut_desktop.db import open_replica
    from perut_desktop.services import villages
    from perut_desktop.services.common import today
    from perut_desktop.services.compliance.facts import findings
    from perut_desktop.services.dashboard import dashboard_data
    from perut_desktop.services.village_page import village_list

    cache = workspace.findings_cache()
    rows = workspace.read(village_list)
    assert cache.computed == 1
    workspace.read(dashboard_data)
    assert workspace.read(village_list) == rows and cache.computed == 1
    day = workspace.read(today)

    def sotk_codes(village_id: str) -> set[str]:
        return {f.rule_code for v in workspace.read(findings, day, village_id) for f in v.findings
                if f.rule_code.startswith("SOTK")}

    target = next(r for r in rows if not sotk_codes(r.id))
    assert cache.computed == 1

    # a swasembada village with one urusan and one seksi breaks the SOTK rule
    workspace.change(villages.update_profile, target.id, classification="swasembada", sotk_urusan=1, sotk_seksi=1)
    computed = cache.computed
    assert sotk_codes(target.id) and cache.computed == computed + 1
    after = {r.id: r for r in workspace.read(village_list)}
    assert after[target.id].findings > target.findings and cache.computed == computed + 1

    # a change refused by the services leaves nothing behind either
    with pytest.raises(ValidationError, match="Klasifikasi desa harus swadaya, swakarya atau swasembada"):
        workspace.change(villages.update_profile, target.id, classification="kota")
    assert workspace.read(village_list) == tuple(after.values())

    # another program writing to the same replica: its write counter moved, so no stale findings
    other = open_replica(demo_dir)
    try:
        with other.begin() as s:
            villages.update_profile(s, target.id, sotk_urusan=3, sotk_seksi=3)
    finally:
        other.close()
    assert sotk_codes(target.id) == set()
    assert {r.id: r for r in workspace.read(village_list)}[target.id].findings == target.findings


def test_new_visit_choices_know_each_officers_villages(workspace: Workspace) -> None:
    """What the office is offered first when it records a visit for an officer: the villages
    the officer is assigned, as the officer list has them."""
    from perut_desktop.services import people

    choices = workspace.new_visit_choices()
    names = {v.id: v.label for v in choices.villages}
    officers = [o for o in workspace.read(people.list_officers) if o.active]
    assert {o.id: sorted(o.villages) for o in officers} == {
        officer: sorted(names[v] for v in villages) for officer, villages in choices.assignments.items()}
    assert all(choices.assignments.values())
