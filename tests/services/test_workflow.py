"""The visit workflow: each change is an appended event; only allowed transitions by the
allowed party; master actions record the acting staff member; approval records the
signatory as at that moment."""

from __future__ import annotations

import pytest

from perut_desktop.errors import StateError, ValidationError, WorkflowError
from perut_desktop.services import setup, visits, workflow
from tests.services.helpers import at, new_visit, officer_and_user, tick_all


@pytest.fixture()
def ready(master):  # type: ignore[no-untyped-def]
    officer_id, user_id = officer_and_user(master)
    with at(master) as s:
        setup.update_subdistrict(s, camat_name="Muhammad Rizali, S.STP., M.Si.", camat_nip="197805122006041003")
    vid = new_visit(master, officer_id)
    return master, vid, user_id


def test_full_path_draf_to_disetujui(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid, "Lengkap")
        workflow.approve_visit(s, vid)
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "disetujui"
        steps = [(e.from_status, e.to_status) for e in workflow.history(s, vid)]
        assert steps == [(None, "draf"), ("draf", "diajukan"), ("diajukan", "diverifikasi"),
                         ("diverifikasi", "disetujui")]
        assert workflow.history(s, vid)[2].actor_name == "Ahmad Fauzan"
        approval = workflow.reviews(s, vid)[-1]
        assert (approval.signatory_name, approval.signatory_nip, approval.signatory_position) == \
               ("Muhammad Rizali, S.STP., M.Si.", "197805122006041003", "Camat Awayan")
        assert approval.reviewer_name == "Ahmad Fauzan"
    # a later change of Camat does not rewrite who signed then
    with at(replica) as s:
        setup.update_subdistrict(s, camat_name="Camat Baru", camat_nip="198001012005011001")
        assert workflow.reviews(s, vid)[-1].signatory_name == "Muhammad Rizali, S.STP., M.Si."


def test_submit_needs_every_book_checked(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, _ = ready
    with pytest.raises(ValidationError, match="18 buku yang belum diperiksa"):
        with at(replica) as s:
            workflow.submit_visit(s, vid)


def test_invalid_transitions_are_refused_with_a_clear_message(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    with pytest.raises(WorkflowError, match="dari Draf ke Disetujui"):
        with at(replica, actor_id=user_id) as s:
            workflow.approve_visit(s, vid)
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(WorkflowError, match="dari Diajukan ke Diajukan"):
        with at(replica) as s:
            workflow.submit_visit(s, vid)
    with pytest.raises(StateError, match="pilih dahulu petugas yang bertindak"):
        with at(replica) as s:  # no acting staff member chosen
            workflow.verify_visit(s, vid)


def test_edits_are_refused_once_submitted(ready) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import OwnershipError

    replica, vid, _ = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(OwnershipError, match="berstatus Diajukan tidak dapat diubah"):
        with at(replica) as s:
            visits.set_result(s, vid, "A.1", status="tidak_ada")


def test_return_needs_a_note_then_reopen_correct_and_resubmit(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(ValidationError, match="catatan perbaikan"):
        with at(replica, actor_id=user_id) as s:
            workflow.return_visit(s, vid, "  ")
    with at(replica, actor_id=user_id) as s:
        workflow.return_visit(s, vid, "Lengkapi daftar hadir")
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "dikembalikan"
        visits.add_attendee(s, vid, name="Rusdi", group="bpd")  # correcting is allowed while returned
        workflow.reopen_visit(s, vid, "Diperbaiki")
        workflow.submit_visit(s, vid)
        assert [e.to_status for e in workflow.history(s, vid)][-3:] == ["dikembalikan", "draf", "diajukan"]
        assert workflow.reviews(s, vid)[0].notes == "Lengkapi daftar hadir"


def test_plt_and_an_signatories(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
        with pytest.raises(ValidationError, match="camat, plt atau an"):
            workflow.approve_visit(s, vid, title="bupati")
        workflow.approve_visit(s, vid, title="an")
        review = workflow.reviews(s, vid)[-1]
        assert review.signatory_title == "an" and review.signatory_name == "Ahmad Fauzan"
        assert review.signatory_position.startswith("a.n. Camat Awayan")


# --- every transition, and who may make it --------------------------------------------------

def _drive(replica, vid: str, path: list[str], user_id: str) -> None:  # type: ignore[no-untyped-def]
    """Take a fresh draft visit along ``path`` (target statuses) on the master."""
    actions = {
        "diajukan": lambda s: workflow.submit_visit(s, vid),
        "diverifikasi": lambda s: workflow.verify_visit(s, vid),
        "dikembalikan": lambda s: workflow.return_visit(s, vid, "Perbaiki"),
        "disetujui": lambda s: workflow.approve_visit(s, vid),
        "draf": lambda s: workflow.reopen_visit(s, vid, "Diperbaiki"),
    }
    for target in path:
        with at(replica, actor_id=user_id) as s:
            actions[target](s)


_PATHS = {
    "draf": [],
    "diajukan": ["diajukan"],
    "diverifikasi": ["diajukan", "diverifikasi"],
    "disetujui": ["diajukan", "diverifikasi", "disetujui"],
    "dikembalikan": ["diajukan", "dikembalikan"],
}


def test_every_transition_is_allowed_or_refused_as_the_table_says(master) -> None:  # type: ignore[no-untyped-def]
    """All 25 (from, to) pairs through the services: the seven of DESIGN.md §3 succeed and
    append exactly one event; every other one raises a WorkflowError naming both statuses
    and writes nothing."""
    import datetime as dt

    from perut_desktop.enums import VisitStatus
    from perut_desktop.ownership import TRANSITIONS

    officer_id, user_id = officer_and_user(master)
    with at(master) as s:
        setup.update_subdistrict(s, camat_name="Muhammad Rizali, S.STP., M.Si.", camat_nip="197805122006041003")
    allowed = {(a.value, b.value) for a, b in TRANSITIONS if a is not None}
    assert allowed == {("draf", "diajukan"), ("diajukan", "diverifikasi"), ("diajukan", "dikembalikan"),
                       ("diverifikasi", "disetujui"), ("diverifikasi", "dikembalikan"), ("dikembalikan", "draf")}
    day = dt.date(2026, 1, 5)
    for start in VisitStatus:
        for target in VisitStatus:
            vid = new_visit(master, officer_id, day=day)
            day += dt.timedelta(days=1)
            tick_all(master, vid)
            _drive(master, vid, _PATHS[start.value], user_id)
            with at(master) as s:
                before = len(workflow.history(s, vid))
                assert visits.status_of(s, vid) is start
            pair = (start.value, target.value)
            if pair in allowed:
                _drive(master, vid, [target.value], user_id)
                with at(master) as s:
                    assert visits.status_of(s, vid) is target, pair
                    last = workflow.history(s, vid)[-1]
                    assert (last.from_status, last.to_status) == pair
                    assert len(workflow.history(s, vid)) == before + 1
            else:
                with pytest.raises(WorkflowError, match=f"dari {start.label} ke {target.label}"):
                    _drive(master, vid, [target.value], user_id)
                with at(master) as s:
                    assert visits.status_of(s, vid) is start, pair
                    assert len(workflow.history(s, vid)) == before


def test_each_event_records_device_person_time_and_note(ready) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from perut_desktop.models import ReplicaState, VisitStatusEvent

    replica, vid, user_id = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid, "Mohon diperiksa")
    with at(replica, actor_id=user_id) as s:
        workflow.return_visit(s, vid, "Lengkapi notulen")
    with at(replica) as s:
        workflow.reopen_visit(s, vid)
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid, "Sudah sesuai")
        workflow.approve_visit(s, vid)
    with at(replica) as s:
        me = s.scalars(select(ReplicaState.device_id)).one()
        events = workflow.history(s, vid)
        assert [e.to_status for e in events] == ["draf", "diajukan", "dikembalikan", "draf", "diajukan",
                                                 "diverifikasi", "disetujui"]
        assert all(e.device_id == me for e in events)
        assert all(e.occurred_at == dt.datetime(2026, 11, 20, 10, 0) for e in events)
        # the officer acts for the owning device; the chosen staff member for the master
        assert [e.actor_name for e in events] == ["Rahmadi, S.AP."] * 2 + ["Ahmad Fauzan"] + ["Rahmadi, S.AP."] * 2 \
            + ["Ahmad Fauzan"] * 2
        assert events[1].note == "Mohon diperiksa" and events[2].note == "Lengkapi notulen"
        rows = s.scalars(select(VisitStatusEvent).where(VisitStatusEvent.visit_id == vid)).all()
        by_master = [r for r in rows if r.to_status in ("dikembalikan", "diverifikasi", "disetujui")]
        assert by_master and all(r.user_profile_id == user_id and r.actor_nip == "198307142009011002"
                                 for r in by_master)
        assert [(r.verdict, r.reviewer_name) for r in workflow.reviews(s, vid)] == [
            ("dikembalikan", "Ahmad Fauzan"), ("diverifikasi", "Ahmad Fauzan"), ("disetujui", "Ahmad Fauzan")]


def test_every_master_action_needs_the_acting_staff_member(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    tick_all(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    for action in (lambda s: workflow.verify_visit(s, vid), lambda s: workflow.return_visit(s, vid, "Perbaiki")):
        with pytest.raises(StateError, match="pilih dahulu petugas yang bertindak"):
            with at(replica) as s:
                action(s)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with pytest.raises(StateError, match="pilih dahulu petugas yang bertindak"):
        with at(replica) as s:
            workflow.approve_visit(s, vid)
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "diverifikasi"


def test_a_field_laptop_may_not_verify_return_or_approve(master) -> None:  # type: ignore[no-untyped-def]
    """Only the master verifies, returns and approves; the laptop that owns the visit is
    refused with a clear message, also when it writes the status event directly."""
    import datetime as dt

    from perut_desktop.errors import OwnershipError
    from perut_desktop.models import VisitStatusEvent
    from perut_desktop.services import villages
    from tests.services.helpers import as_device, field_device

    officer_id, user_id = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with as_device(master, laptop) as s:
        vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                  visit_date=dt.date(2026, 11, 10)).id
        for r in visits.results(s, vid):
            visits.set_result(s, vid, r.item_code, status="lengkap")
        workflow.submit_visit(s, vid)
    for what, action in (("Verifikasi", lambda s: workflow.verify_visit(s, vid)),
                         ("Pengembalian", lambda s: workflow.return_visit(s, vid, "Perbaiki")),
                         ("Persetujuan", lambda s: workflow.approve_visit(s, vid))):
        with pytest.raises(StateError, match=f"{what} kunjungan hanya dapat dilakukan di kantor kecamatan"):
            with as_device(master, laptop) as s:
                action(s)
    with pytest.raises(OwnershipError, match="Hanya kantor kecamatan"):
        with as_device(master, laptop) as s:
            s.add(VisitStatusEvent(visit_id=vid, from_status="diajukan", to_status="diverifikasi", device_id=laptop,
                                   actor_name="", actor_nip="", occurred_at=dt.datetime(2026, 11, 20), note=""))
    # the master may not submit or reopen a laptop's visit either: those are the owner's steps
    with at(master, actor_id=user_id) as s:
        workflow.return_visit(s, vid, "Perbaiki daftar hadir")
    with pytest.raises(WorkflowError, match="perangkat pemilik"):
        with at(master, actor_id=user_id) as s:
            workflow.reopen_visit(s, vid)
    with as_device(master, laptop) as s:
        workflow.reopen_visit(s, vid)
        assert visits.status_of(s, vid).value == "draf"
