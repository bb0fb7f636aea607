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
