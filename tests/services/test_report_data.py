"""What the printed documents are given: read in a fixed number of queries, as recorded
at the time (follow-up states and the Kepala Desa as of the visit), scores and findings
from their one source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from perut_desktop.db import Replica
from perut_desktop.models import ScheduleEntry, Visit
from perut_desktop.services import report_data, scores, visits
from perut_desktop.services.compliance.facts import findings_for_village


@contextmanager
def counted(replica: Replica) -> Iterator[list[str]]:
    """The SQL statements run on the replica's engine inside the block."""
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(replica.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(replica.engine, "before_cursor_execute", before)


def _statements(replica: Replica, read: Callable[[Any], object]) -> int:
    with replica.begin() as s, counted(replica) as statements:
        read(s)
    return len(statements)


@pytest.mark.parametrize(("position", "prefix"), [
    ("Kepala Desa", ""), ("kepala desa", ""), ("Pj. Kepala Desa", "Pj. "), ("Penjabat Kepala Desa", "Pj. "),
    ("Plt. Kepala Desa", "Plt. "), ("PLT Kades", "Plt. "), ("Kades", ""), ("Sekretaris Desa", None),
    ("Kepala Dusun I", None), ("Wakil Kepala Desa", None),
])
def test_who_signs_for_the_village(position: str, prefix: str | None) -> None:
    assert report_data.head_prefix(position) == prefix


def test_local_time_zone_by_province() -> None:
    assert report_data.local_zone("63.11.03") == report_data.LocalZone(8, "WITA")
    assert report_data.local_zone("32.04.01") == report_data.LocalZone(7, "WIB")
    assert report_data.local_zone("91.01.01") == report_data.LocalZone(9, "WIT")
    assert report_data.LocalZone(8, "WITA").local(dt.datetime(2026, 11, 21, 17, 30)) == \
        dt.datetime(2026, 11, 22, 1, 30)


@pytest.fixture()
def computer_on_wib(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's own clock set to another zone than the kecamatan's (WIB)."""
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_instant_is_written_in_the_zone_it_is_read_in(computer_on_wib: None) -> None:
    wita = report_data.LocalZone(8, "WITA")
    # stored instants are naive UTC; 17.30 UTC is half past one the next morning in Awayan,
    # whatever zone the computer's own clock is set to
    assert wita.clock(dt.datetime(2026, 11, 21, 17, 30)) == "2026-11-22 01.30 WITA"
    # an aware instant is taken as it says, whatever its own zone
    jakarta = dt.timezone(dt.timedelta(hours=7))
    assert wita.clock(dt.datetime(2026, 11, 22, 0, 30, tzinfo=jakarta)) == "2026-11-22 01.30 WITA"
    assert wita.clock(None) == "-"
    assert report_data.LocalZone(7, "").clock(dt.datetime(2026, 1, 1)) == "2026-01-01 07.00"


def test_all_checklists_in_the_queries_of_one(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        forms = report_data.checklist_forms(s)
        one = report_data.checklist_form(s, forms[5].village_id)
        open_now = {f.village_id: {i.id for i in visits.follow_ups_of_village(s, f.village_id)} for f in forms}
    assert [f.village_code for f in forms] == sorted(f.village_code for f in forms) and len(forms) == 23
    assert one == forms[5]
    for form in forms:
        assert {f.id for f in form.open_follow_ups} == open_now[form.village_id]
        assert sum(len(c.books) for c in form.categories) == 18
        assert form.village_head.name and form.village_head.title == f"Kepala Desa {form.village_name}"
        assert form.officer is not None  # the demo assigns one pendamping per village
    everyone = _statements(demo_replica, report_data.checklist_forms)
    assert everyone == _statements(demo_replica, lambda s: report_data.checklist_form(s, forms[0].village_id))
    assert everyone <= 16  # BEGIN included


def test_earlier_follow_ups_as_they_stood_at_the_visit(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        ids = s.scalars(select(Visit.id).order_by(Visit.visit_date, Visit.id)).all()
        later_closed = 0
        for visit_id in ids[::7]:
            report = report_data.visit_report(s, visit_id)
            now = {f.id: f for f in visits.earlier_follow_ups(s, visit_id)}
            assert {f.id for f in report.earlier_follow_ups} == set(now)  # the same follow-ups …
            for item in report.earlier_follow_ups:  # … each as it stood on the visit date
                assert item.last_update_on is None or item.last_update_on <= report.visit.visit_date
                later_closed += item.status == "belum" and now[item.id].status != "belum"
    assert later_closed > 0  # closed later, still open in the earlier report


def test_visit_report_facts(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        approved = visits.list_visits(s, status="disetujui")[0]
        draft = visits.list_visits(s, status="draf")[0]
        report = report_data.visit_report(s, approved.id)
        unapproved = report_data.visit_report(s, draft.id)
        score = scores.visit_score(s, approved.id)
        findings = findings_for_village(s, approved.village_id, approved.visit_date)
        everyone = visits.attendees(s, approved.id)
    assert report.overall_score == score.overall
    assert [(c.code, c.score) for c in report.categories] == [(c.category_code, c.score) for c in score.categories]
    assert sum(len(c.results) for c in report.categories) == 18
    assert report.findings == tuple(findings)
    assert len(report.attendees) + report.absent == len(everyone)
    assert all(a.present for a in report.attendees)
    assert [e.to_status for e in report.history][-1] == "disetujui"
    assert report.history[0].to_status == "draf" and report.zone.abbreviation == "WITA"
    assert report.approval is not None and report.approval.position == "Camat Awayan"
    assert report.approval.approved_on >= report.signed_on >= report.visit.visit_date
    assert unapproved.approval is None and unapproved.signed_on == draft.visit_date
    assert report.village_head.title == f"Kepala Desa {approved.village_name}"
    assert report.village_head.name == next(a.name for a in everyone if a.position == "Kepala Desa")
    # A fixed number of queries, whatever the visit holds.
    assert _statements(demo_replica, lambda s: report_data.visit_report(s, approved.id)) == \
        _statements(demo_replica, lambda s: report_data.visit_report(s, draft.id))


def test_attendance_sheet_facts(demo_replica: Replica) -> None:
    with demo_replica.begin() as s:
        village = report_data.checklist_forms(s)[0]
        planned = s.execute(select(ScheduleEntry.planned_date)
                            .where(ScheduleEntry.village_id == village.village_id)
                            .order_by(ScheduleEntry.planned_date.desc()).limit(1)).scalar_one()
        sheet = report_data.attendance_sheet(s, village.village_id, planned)
        undated = report_data.attendance_sheet(s, village.village_id)
    assert sheet.on == planned and undated.on is None
    assert len(sheet.officials) == 15 and sheet.officials[0].position == "Kepala Desa"
    assert sheet.village_head.name == sheet.officials[0].name
    assert sheet.officer is not None and sheet.venue == f"Kantor Desa {village.village_name}"
