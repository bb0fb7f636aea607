"""The village page's data: the list and one village, as the services hold them."""

from __future__ import annotations

import datetime as dt

from perut_desktop.services import villages, visits
from perut_desktop.services.village_page import village_detail, village_list
from tests.services.helpers import at, new_visit, officer_and_user


def test_the_list_and_a_village_with_officials_regulations_and_history(master) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import regulations

    officer_id, _user = officer_and_user(master)
    visit_id = new_visit(master, officer_id, day=dt.date(2026, 11, 10))
    with at(master) as s:
        awayan = villages.find_village(s, "Awayan").id
        villages.update_profile(s, awayan, classification="swadaya")
        former = villages.list_officials(s, awayan)[1]
        villages.edit_official(s, former.id, active=False, term_end=dt.date(2026, 1, 31))
        regulations.add_regulation(s, awayan, kind="perdes", title="APBDes 2026", topic="apbdes",
                                   bpd_agreed_on=dt.date(2026, 9, 1))
        rows = village_list(s, today=dt.date(2026, 11, 20))
        detail = village_detail(s, awayan, today=dt.date(2026, 11, 20))
    row = next(r for r in rows if r.id == awayan)
    assert (row.classification, row.last_visit) == ("swadaya", dt.date(2026, 11, 10)) and len(rows) == 23
    assert row.findings == len(detail.findings) > 0
    assert [(o.name, o.active) for o in detail.officials] == [("Hendra Saputra", True), ("Siti Aminah", False)]
    assert detail.officials[1].term_end == dt.date(2026, 1, 31)
    assert [r.title for r in detail.regulations] == ["APBDes 2026"]
    assert any(f.rule_code.startswith("PERDES_") and f.source and f.rule_version for f in detail.findings)
    assert [h.id for h in detail.history] == [visit_id] and detail.master
    with at(master) as s:
        assert [p.visit_id for p in detail.trend] == [v.id for v in visits.list_visits(s, village_id=awayan)]
