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
    with pytest.raises(StateError, match="Pilih petugas"):
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
