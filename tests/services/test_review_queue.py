"""The office's queue: what waits, oldest first, and who may sign."""

from __future__ import annotations

import datetime as dt

from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.services import people, workflow
from perut_desktop.services.review_queue import review_queue, signing_choice, waiting_count
from tests.services.helpers import CAMAT_NIP, at, camat_profile, complete_visit, new_visit, officer_and_user


def test_the_queue_holds_submitted_and_verified_visits_oldest_first(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, user_id = officer_and_user(master)
    camat_profile(master)
    older = new_visit(master, officer_id, village="Bihara")
    newer = new_visit(master, officer_id, village="Baru")
    draft = new_visit(master, officer_id, village="Merah")
    for vid, day in ((older, dt.date(2026, 11, 12)), (newer, dt.date(2026, 11, 14))):
        complete_visit(master, vid)
        with at(master, day) as s:
            workflow.submit_visit(s, vid)
    with at(master, dt.date(2026, 11, 16), actor_id=user_id) as s:
        workflow.verify_visit(s, newer)
    with at(master, dt.date(2026, 11, 20)) as s:
        rows = review_queue(s)
        assert waiting_count(s) == 2
    assert [(r.id, r.village_name, r.status) for r in rows] == [
        (older, "Bihara", VisitStatus.DIAJUKAN), (newer, "Baru", VisitStatus.DIVERIFIKASI)]
    assert [(r.waiting_since, r.days_waiting) for r in rows] == [(dt.date(2026, 11, 12), 8),
                                                                  (dt.date(2026, 11, 16), 4)]
    assert rows[0].score == 1.0 and draft not in {r.id for r in rows}


def test_signing_choice_names_the_titles_of_the_acting_staff_member(master) -> None:  # type: ignore[no-untyped-def]
    _officer_id, user_id = officer_and_user(master)
    camat_profile(master)
    with at(master) as s:
        camat = next(u.id for u in people.list_users(s) if u.nip == CAMAT_NIP)
    with at(master, actor_id=camat) as s:
        choice = signing_choice(s)
        assert SignatoryTitle.CAMAT in choice.titles and not choice.needs_pin
    with at(master, actor_id=user_id) as s:
        assert signing_choice(s).titles == ()
