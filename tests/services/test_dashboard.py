"""The dashboard's figures on the one-year demo agree with the services they summarise."""

from __future__ import annotations

import datetime as dt

import pytest

from perut_desktop.errors import ValidationError
from perut_desktop.services import schedule, scores, visits
from perut_desktop.services.compliance.facts import findings
from perut_desktop.services.dashboard import dashboard_data

TODAY = dt.date(2026, 11, 20)


def test_figures_agree_with_the_services(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        d = dashboard_data(s, today=TODAY)
        assert (d.date_from, d.date_to) == (dt.date(2025, 12, 1), TODAY)
        assert [m.month for m in d.months][0] == dt.date(2025, 12, 1) and len(d.months) == 12
        plan = schedule.plan(s, date_from=dt.date(2026, 11, 1), date_to=dt.date(2026, 11, 30))
        assert (d.planned_this_month, d.done_this_month) == (len(plan), sum(r.done for r in plan))
        code_of = {v.village_id: v.code for v in d.villages}
        assert set(d.overdue_village_codes) == {code_of[r.village_id] for r in schedule.overdue(s, TODAY)}
        assert d.open_follow_ups == sum(visits.open_follow_up_counts(s).values())
        per_village = findings(s, TODAY)
        assert set(d.finding_village_codes) == {v.village_code for v in per_village if v.findings}
        assert sum(n for _sev, n in d.findings_by_severity) == sum(len(v.findings) for v in per_village)
        # the demo's APB Desa waiting for the Camat's delegated evaluation is the office's own task
        assert d.office_tasks == sum(f.office_task for v in per_village for f in v.findings) >= 1
        # bars: lowest first, the score of each village's last visit
        known = [v.score for v in d.villages if v.score is not None]
        assert known == sorted(known) and len(known) == 23
        lowest = d.villages[0]
        last = max((v for v in visits.list_visits(s) if v.village_id == lowest.village_id),
                   key=lambda v: (v.visit_date, v.id))
        assert lowest.score == scores.visit_score(s, last.id).overall
        # a month's coverage: its plan, and the entries with a visit in their month
        november = d.months[-1]
        assert (november.planned, november.done) == (len(plan), sum(r.done for r in plan))
        assert november.visits > 0 and 0 < (november.average_score or 0) <= 1


def test_an_empty_replica_and_a_reversed_period(master) -> None:  # type: ignore[no-untyped-def]
    with master.begin() as s:
        d = dashboard_data(s, today=TODAY)
        assert not d.has_visits and d.average_last_score is None
        assert all(m.visits == 0 and m.average_score is None for m in d.months)
        with pytest.raises(ValidationError, match="Awal periode dasbor jatuh setelah akhirnya"):
            dashboard_data(s, date_from=dt.date(2026, 5, 1), date_to=dt.date(2026, 4, 1), today=TODAY)
