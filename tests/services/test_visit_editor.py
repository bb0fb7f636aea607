"""What the visit editor reads: its header with whether this replica may change the visit,
the previous visit's finding for each book, and the titles the acting staff member may
sign with."""

from __future__ import annotations

import datetime as dt

from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.services import people, visit_editor, visits, workflow
from tests.services.helpers import (
    as_device,
    at,
    camat_profile,
    complete_visit,
    field_device,
    new_visit,
    officer_and_user,
)


def test_the_header_says_who_owns_the_visit_and_the_note_of_a_return(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, kasi = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        visits.edit_visit(s, vid, place="Balai Desa", start_time="09.00", summary="Rapat berjalan lancar")
        head = visit_editor.editor_visit(s, vid)
    assert (head.village_name, head.visit_date, head.place, head.start_time, head.summary) == (
        "Awayan", dt.date(2026, 11, 10), "Balai Desa", "09.00", "Rapat berjalan lancar")
    assert head.own and head.is_master and head.status is VisitStatus.DRAF and head.editable
    assert head.score == 0.0 and head.returned_note == ""
    complete_visit(master, vid)
    with at(master) as s:
        workflow.submit_visit(s, vid)
    with at(master, actor_id=kasi) as s:
        workflow.return_visit(s, vid, "Lengkapi buku kas umum.")
    with at(master) as s:
        head = visit_editor.editor_visit(s, vid)
    assert head.status is VisitStatus.DIKEMBALIKAN and head.returned_note == "Lengkapi buku kas umum."
    assert head.score == 1.0


def test_a_laptops_visit_is_not_the_masters_own(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _kasi = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with as_device(master, laptop) as s:
        from perut_desktop.services import villages

        vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                  visit_date=dt.date(2026, 11, 12)).id
    with at(master) as s:
        head = visit_editor.editor_visit(s, vid)
    assert not head.own and not head.editable and head.owner_officer == "Rahmadi, S.AP."


def test_previous_results_are_the_latest_earlier_visit_of_the_village(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    first = new_visit(master, officer_id, day=dt.date(2026, 9, 8))
    second = new_visit(master, officer_id, day=dt.date(2026, 10, 6))
    other_village = new_visit(master, officer_id, day=dt.date(2026, 10, 20), village="Tundi")
    current = new_visit(master, officer_id, day=dt.date(2026, 11, 10))
    with at(master) as s:
        codes = [r.item_code for r in visits.results(s, current)]
        visits.set_result(s, first, codes[0], status="lengkap")
        visits.set_result(s, second, codes[0], status="tidak_ada", last_entry_on=dt.date(2026, 9, 30),
                          notes="Hilang")
        visits.set_result(s, other_village, codes[0], status="lengkap")
        found = visit_editor.previous_results(s, current)
        assert visit_editor.previous_results(s, first) == {}
    assert set(found) == set(codes)
    assert found[codes[0]] == visit_editor.PreviousResult(dt.date(2026, 10, 6), "tidak_ada", dt.date(2026, 9, 30),
                                                          "Hilang")
    assert found[codes[1]].status is None and found[codes[1]].visit_date == dt.date(2026, 10, 6)


def test_signing_titles_are_those_the_acting_staff_member_may_use(master) -> None:  # type: ignore[no-untyped-def]
    _officer_id, kasi = officer_and_user(master)
    camat = camat_profile(master)
    with at(master) as s:
        sekcam = people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", can_sign=True,
                                 plt=(dt.date(2026, 11, 1), dt.date(2026, 11, 30)), pin="246810").id
        assert visit_editor.signing_titles(s) == ()  # nobody acting
    with at(master, actor_id=kasi) as s:
        assert visit_editor.signing_titles(s) == ()
    with at(master, actor_id=camat) as s:
        assert visit_editor.signing_titles(s) == (SignatoryTitle.CAMAT,)
    with at(master, actor_id=sekcam) as s:
        assert visit_editor.signing_titles(s) == (SignatoryTitle.PLT, SignatoryTitle.AN)
    with at(master, dt.date(2026, 12, 2), actor_id=sekcam) as s:
        assert visit_editor.signing_titles(s) == (SignatoryTitle.AN,)


def test_the_review_context_has_the_warnings_and_whether_a_pin_is_asked(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, kasi = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        sekcam = people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", can_sign=True, pin="246810").id
    with at(master, actor_id=sekcam) as s:
        context = visit_editor.review_context(s, vid)
    assert context.actor_name == "Hj. Norhayati" and context.actor_has_pin
    assert context.titles == (SignatoryTitle.AN,)
    assert {w.code for w in context.warnings} >= {"nobody_present", "empty_minutes", "no_photo"}
    with at(master, actor_id=kasi) as s:
        context = visit_editor.review_context(s, vid)
    assert not context.actor_has_pin and context.titles == ()


def test_an_unknown_visit_is_refused(master) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from perut_desktop.errors import NotFound

    with at(master) as s:
        with pytest.raises(NotFound, match="^Kunjungan dengan id tidak-ada tidak ditemukan"):
            visit_editor.editor_visit(s, "tidak-ada")
        with pytest.raises(NotFound, match="tidak-ada"):
            visit_editor.previous_results(s, "tidak-ada")
