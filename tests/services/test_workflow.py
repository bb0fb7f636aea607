"""The visit workflow: each change is an appended event; only allowed transitions by the
allowed party; master actions record the acting staff member; approval records the
signatory as at that moment."""

from __future__ import annotations

import pytest

from perut_desktop.errors import StateError, ValidationError, WorkflowError
from perut_desktop.services import setup, visits, workflow
from tests.services.helpers import CAMAT_NIP, at, camat_profile, complete_visit, new_visit, officer_and_user


@pytest.fixture()
def ready(master):  # type: ignore[no-untyped-def]
    """A draft visit; the verifier (a Kasi) is ``user_id``, the Camat's profile ``signer``."""
    officer_id, user_id = officer_and_user(master)
    camat_profile(master)
    vid = new_visit(master, officer_id)
    return master, vid, user_id


@pytest.fixture()
def signer(ready) -> str:  # type: ignore[no-untyped-def]
    from perut_desktop.services import people

    with at(ready[0]) as s:
        return next(u.id for u in people.list_users(s) if u.nip == CAMAT_NIP)


def test_full_path_draf_to_disetujui(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid, "Lengkap")
    with at(replica, actor_id=signer) as s:
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
        assert approval.reviewer_name == "Muhammad Rizali"
    # a later change of Camat does not rewrite who signed then
    with at(replica) as s:
        setup.update_subdistrict(s, camat_name="Camat Baru", camat_nip="198001012005011001")
        assert workflow.reviews(s, vid)[-1].signatory_name == "Muhammad Rizali, S.STP., M.Si."


def test_submit_needs_every_book_checked(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, _ = ready
    with pytest.raises(ValidationError, match="18 buku belum diperiksa"):
        with at(replica) as s:
            workflow.submit_visit(s, vid)


def test_invalid_transitions_are_refused_with_a_clear_message(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    with pytest.raises(WorkflowError, match="dari Draf ke Disetujui"):
        with at(replica, actor_id=user_id) as s:
            workflow.approve_visit(s, vid)
    complete_visit(replica, vid)
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
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(OwnershipError, match="berstatus Diajukan tidak dapat diubah"):
        with at(replica) as s:
            visits.set_result(s, vid, "A.1", status="tidak_ada")


def test_return_needs_a_note_then_reopen_correct_and_resubmit(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    complete_visit(replica, vid)
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
    from perut_desktop.services import people

    replica, vid, user_id = ready
    with at(replica) as s:
        sekcam = people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", title="Sekretaris Kecamatan",
                                 can_sign=True).id
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with at(replica, actor_id=sekcam) as s:
        with pytest.raises(ValidationError, match="camat, plt atau an"):
            workflow.approve_visit(s, vid, title="bupati")
        workflow.approve_visit(s, vid, title="an")
        review = workflow.reviews(s, vid)[-1]
        assert review.signatory_title == "an" and review.signatory_name == "Hj. Norhayati"
        assert review.signatory_position.startswith("a.n. Camat Awayan")


# --- every transition, and who may make it --------------------------------------------------

def _drive(replica, vid: str, path: list[str], user_id: str, signer: str) -> None:  # type: ignore[no-untyped-def]
    """Take a fresh draft visit along ``path`` (target statuses) on the master: the Kasi
    ``user_id`` verifies and returns, the Camat ``signer`` approves."""
    actions = {
        "diajukan": lambda s: workflow.submit_visit(s, vid),
        "diverifikasi": lambda s: workflow.verify_visit(s, vid),
        "dikembalikan": lambda s: workflow.return_visit(s, vid, "Perbaiki"),
        "disetujui": lambda s: workflow.approve_visit(s, vid),
        "draf": lambda s: workflow.reopen_visit(s, vid, "Diperbaiki"),
    }
    for target in path:
        with at(replica, actor_id=signer if target == "disetujui" else user_id) as s:
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
    signer = camat_profile(master)
    allowed = {(a.value, b.value) for a, b in TRANSITIONS if a is not None}
    assert allowed == {("draf", "diajukan"), ("diajukan", "diverifikasi"), ("diajukan", "dikembalikan"),
                       ("diverifikasi", "disetujui"), ("diverifikasi", "dikembalikan"), ("dikembalikan", "draf")}
    day = dt.date(2026, 1, 5)
    for start in VisitStatus:
        for target in VisitStatus:
            vid = new_visit(master, officer_id, day=day)
            day += dt.timedelta(days=1)
            complete_visit(master, vid)
            _drive(master, vid, _PATHS[start.value], user_id, signer)
            with at(master) as s:
                before = len(workflow.history(s, vid))
                assert visits.status_of(s, vid) is start
            pair = (start.value, target.value)
            if pair in allowed:
                _drive(master, vid, [target.value], user_id, signer)
                with at(master) as s:
                    assert visits.status_of(s, vid) is target, pair
                    last = workflow.history(s, vid)[-1]
                    assert (last.from_status, last.to_status) == pair
                    assert len(workflow.history(s, vid)) == before + 1
            else:
                with pytest.raises(WorkflowError, match=f"dari {start.label} ke {target.label}"):
                    _drive(master, vid, [target.value], user_id, signer)
                with at(master) as s:
                    assert visits.status_of(s, vid) is start, pair
                    assert len(workflow.history(s, vid)) == before


def test_each_event_records_device_person_time_and_note(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from perut_desktop.models import ReplicaState, VisitStatusEvent

    replica, vid, user_id = ready
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid, "Mohon diperiksa")
    with at(replica, actor_id=user_id) as s:
        workflow.return_visit(s, vid, "Lengkapi notulen")
    with at(replica) as s:
        workflow.reopen_visit(s, vid)
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid, "Sudah sesuai")
    with at(replica, actor_id=signer) as s:
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
            + ["Ahmad Fauzan", "Muhammad Rizali"]
        assert events[1].note == "Mohon diperiksa" and events[2].note == "Lengkapi notulen"
        rows = s.scalars(select(VisitStatusEvent).where(VisitStatusEvent.visit_id == vid)).all()
        by_master = {r.to_status: (r.user_profile_id, r.actor_nip) for r in rows
                     if r.to_status in ("dikembalikan", "diverifikasi", "disetujui")}
        assert by_master == {"dikembalikan": (user_id, "198307142009011002"),
                             "diverifikasi": (user_id, "198307142009011002"), "disetujui": (signer, CAMAT_NIP)}
        assert [(r.verdict, r.reviewer_name) for r in workflow.reviews(s, vid)] == [
            ("dikembalikan", "Ahmad Fauzan"), ("diverifikasi", "Ahmad Fauzan"), ("disetujui", "Muhammad Rizali")]


def test_every_master_action_needs_the_acting_staff_member(ready) -> None:  # type: ignore[no-untyped-def]
    replica, vid, user_id = ready
    complete_visit(replica, vid)
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
        visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku.")
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


# --- the content rules and what each step records ---------------------------------------------

def _unchecked(replica, vid: str, keep_open: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Check every book of ``vid`` but the last ``keep_open`` (with someone present and the
    notulen written); their codes, sorted."""
    with at(replica) as s:
        visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku.")
        codes = sorted(r.item_code for r in visits.results(s, vid))
        for code in codes[:len(codes) - keep_open]:
            visits.set_result(s, vid, code, status="lengkap")
    return codes[len(codes) - keep_open:]


@pytest.mark.parametrize("keep_open", [1, 5, 6])
def test_submit_refuses_even_one_unchecked_book_and_names_them(ready, keep_open: int) -> None:  # type: ignore[no-untyped-def]
    import re

    replica, vid, _ = ready
    codes = _unchecked(replica, vid, keep_open)
    shown = ", ".join(codes[:5]) + (", …" if keep_open > 5 else "")
    message = f"Kunjungan belum dapat diajukan: {keep_open} buku belum diperiksa ({shown})."
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}$"):
        with at(replica) as s:
            workflow.submit_visit(s, vid)
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "draf"


def test_submit_counts_only_the_books_of_that_visit(ready) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    replica, vid, _ = ready
    with at(replica) as s:
        officer_id = visits.visit_summary(s, vid).officer_id
    new_visit(replica, officer_id, day=dt.date(2026, 11, 12))  # another draft, nothing checked
    complete_visit(replica, vid)
    with at(replica) as s:
        assert workflow.submit_visit(s, vid).value == "diajukan"


@pytest.mark.parametrize("action", ["submit", "reopen", "verify", "return", "approve", "reassign"])
def test_an_unknown_visit_is_named_in_the_refusal(ready, action: str) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import NotFound

    replica, _, user_id = ready
    calls = {
        "submit": lambda s: workflow.submit_visit(s, "tidak-ada"),
        "reopen": lambda s: workflow.reopen_visit(s, "tidak-ada"),
        "verify": lambda s: workflow.verify_visit(s, "tidak-ada"),
        "return": lambda s: workflow.return_visit(s, "tidak-ada", "Perbaiki"),
        "approve": lambda s: workflow.approve_visit(s, "tidak-ada"),
        "reassign": lambda s: workflow.reassign_visit(s, "tidak-ada", "f1e1d0c0b0a09080"),
    }
    with pytest.raises(NotFound, match=r"^Kunjungan dengan id tidak-ada tidak ditemukan\.$"):
        with at(replica, actor_id=user_id) as s:
            calls[action](s)


def test_a_step_without_a_note_records_an_empty_note_and_reviews_record_the_reviewer(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import select

    from perut_desktop.models import Review

    replica, vid, user_id = ready
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.return_visit(s, vid, "Perbaiki")
    with at(replica) as s:
        workflow.reopen_visit(s, vid)
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with at(replica, actor_id=signer) as s:
        workflow.approve_visit(s, vid)
    with at(replica) as s:
        events = workflow.history(s, vid)
        assert [e.note for e in events] == ["", "", "Perbaiki", "", "", "", ""]
        assert [e.actor_nip for e in events[1:]] == ["198605212010011006", "198307142009011002",
                                                     "198605212010011006", "198605212010011006",
                                                     "198307142009011002", CAMAT_NIP]
        returned, verified, approved = workflow.reviews(s, vid)
        for review in (returned, verified):  # only an approval has a signatory
            assert (review.signatory_name, review.signatory_title, review.signatory_position,
                    review.signatory_nip) == ("", "", "", "")
        assert verified.notes == "" and approved.notes == ""
        assert [r.reviewer_nip for r in (returned, verified, approved)] == ["198307142009011002"] * 2 + [CAMAT_NIP]
        assert all(r.reviewed_at == dt.datetime(2026, 11, 20, 10, 0) for r in (returned, verified, approved))
        assert [r.reviewer_id for r in s.scalars(select(Review).where(Review.visit_id == vid)
                                                 .order_by(Review.version))] == [user_id, user_id, signer]


def test_refusals_of_return_and_approval_say_exactly_what_is_missing(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import Hint

    replica, vid, user_id = ready
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
        setup.update_subdistrict(s, camat_name="", camat_nip="")
    with pytest.raises(ValidationError, match=r"^Tuliskan catatan perbaikan saat mengembalikan kunjungan\.$"):
        with at(replica, actor_id=user_id) as s:
            workflow.return_visit(s, vid, "")
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with pytest.raises(ValidationError, match=r"^Jabatan penanda tangan harus camat, plt atau an\.$"):
        with at(replica, actor_id=signer) as s:
            workflow.approve_visit(s, vid, title="bupati")
    with pytest.raises(ValidationError, match=r"^Nama Camat belum diisi\.$") as refused:
        with at(replica, actor_id=signer) as s:
            workflow.approve_visit(s, vid)
    assert refused.value.hint is Hint.SET_CAMAT
    with at(replica) as s:
        setup.update_subdistrict(s, camat_name="Muhammad Rizali, S.STP., M.Si.")
    with pytest.raises(ValidationError, match=r"^NIP Camat belum diisi\.$") as refused:
        with at(replica, actor_id=signer) as s:
            workflow.approve_visit(s, vid)
    assert refused.value.hint is Hint.SET_CAMAT
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "diverifikasi"


@pytest.mark.parametrize(("title", "expected"), [
    ("camat", ("Muhammad Rizali, S.STP., M.Si.", "197805122006041003", "Camat Awayan")),
    ("plt", ("Drs. H. Akhmad Yani", "197501012000031001", "Plt. Camat Awayan")),
    ("an", ("Hj. Norhayati", "197601032000032004", "a.n. Camat Awayan\nSekretaris Kecamatan")),
])
def test_the_signatory_of_an_approval(ready, signer: str, title: str, expected: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Each title is signed by the profile allowed it, recorded as the profile (or, for the
    Camat, the kecamatan's record) says at that moment."""
    import datetime as dt

    from perut_desktop.services import people

    replica, vid, user_id = ready
    with at(replica) as s:
        signers = {
            "camat": signer,
            "plt": people.add_user(s, name="Drs. H. Akhmad Yani", nip="197501012000031001", title="Kabag Umum",
                                   plt=(dt.date(2026, 11, 1), dt.date(2026, 11, 30))).id,
            "an": people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", title="Sekretaris Kecamatan",
                                  can_sign=True).id,
        }
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with at(replica, actor_id=signers[title]) as s:
        workflow.approve_visit(s, vid, title=title)
        review = workflow.reviews(s, vid)[-1]
        assert (review.signatory_name, review.signatory_nip, review.signatory_position) == expected
        assert review.signatory_title == title


def test_an_approval_for_the_camat_by_a_staff_member_without_a_title(ready) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import people

    replica, vid, user_id = ready
    with at(replica) as s:
        clerk = people.add_user(s, name="Nurul Hidayah", nip="199001012015012001", can_sign=True)
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.submit_visit(s, vid)
    with at(replica, actor_id=user_id) as s:
        workflow.verify_visit(s, vid)
    with at(replica, actor_id=clerk.id) as s:
        workflow.approve_visit(s, vid, title="an")
        review = workflow.reviews(s, vid)[-1]
        assert review.signatory_position == "a.n. Camat Awayan\nSekretaris Kecamatan"



def test_approve_visits_signs_each_with_the_title_pin_and_note_given(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    """Approving several at once signs each as one approval would: a.n. Camat with the
    profile's PIN, an empty note when none is given; a refusal keeps the original's hint."""
    from perut_desktop.errors import Hint
    from perut_desktop.services import people

    replica, first, user_id = ready
    with at(replica) as s:
        officer_id = visits.visit_summary(s, first).officer_id
        sekcam = people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", title="Sekretaris Kecamatan",
                                 can_sign=True, pin="1357").id
    second = new_visit(replica, officer_id, village="Bihara")
    for vid in (first, second):
        complete_visit(replica, vid)
        with at(replica) as s:
            workflow.submit_visit(s, vid)
        with at(replica, actor_id=user_id) as s:
            workflow.verify_visit(s, vid)
    with pytest.raises(WorkflowError, match=r"^Kunjungan Awayan tanggal 10-11-2026 tidak dapat disetujui: "
                                            r"Hj\. Norhayati bukan Camat Awayan .*tidak ada kunjungan yang disetujui\.$") as refused:
        with at(replica, actor_id=sekcam) as s:
            workflow.approve_visits(s, [first, second], pin="1357")
    assert refused.value.hint is Hint.LIST_USERS, "the window and the CLI still say where to look"
    with at(replica, actor_id=sekcam) as s:
        assert workflow.approve_visits(s, [first, second], title="an", pin="1357") == 2
    with at(replica) as s:
        for vid in (first, second):
            review = workflow.reviews(s, vid)[-1]
            assert (review.signatory_name, review.signatory_title, review.notes) == ("Hj. Norhayati", "an", "")
            assert review.signatory_position == "a.n. Camat Awayan\nSekretaris Kecamatan"


# --- reassignment -----------------------------------------------------------------------------

def test_reassign_hands_an_open_visit_and_optionally_its_officer_to_another_laptop(ready) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import OwnershipError
    from perut_desktop.services import people
    from tests.services.helpers import as_device, field_device

    replica, vid, _ = ready
    laptop = field_device(replica)
    with at(replica) as s:
        officer_id = visits.visit_summary(s, vid).officer_id
        other_officer = people.add_officer(s, name="Norhayati", nip="199102022016022002", villages=["Awayan"]).id
        workflow.reassign_visit(s, vid, laptop)
        moved = visits.visit_summary(s, vid)
        assert (moved.device_id, moved.officer_id) == (laptop, officer_id)
    with as_device(replica, laptop) as s:
        visits.set_result(s, vid, "A.1", status="lengkap")  # the new owner edits it
    with pytest.raises(OwnershipError, match="milik perangkat lain"):
        with at(replica) as s:
            visits.set_result(s, vid, "A.2", status="lengkap")
    with at(replica) as s:
        workflow.reassign_visit(s, vid, moved.device_id, other_officer)
        assert visits.visit_summary(s, vid).officer_id == other_officer



def test_a_laptop_handed_a_visit_submits_it_in_its_own_officers_name(ready) -> None:  # type: ignore[no-untyped-def]
    """A visit moved to another officer's laptop without changing its officer is submitted by
    that laptop's officer: the history names who acted (the office checks the sender's)."""
    from perut_desktop.services import people
    from tests.services.helpers import as_device, field_device

    replica, vid, _ = ready
    with at(replica) as s:
        other = people.add_officer(s, name="Norhayati", nip="199102022016022002", villages=["Awayan"])
    laptop = field_device(replica, other.id)
    complete_visit(replica, vid)
    with at(replica) as s:
        workflow.reassign_visit(s, vid, laptop)
    with as_device(replica, laptop) as s:
        workflow.submit_visit(s, vid)
    with at(replica) as s:
        submitted = workflow.history(s, vid)[-1]
        assert visits.visit_summary(s, vid).officer_name == "Rahmadi, S.AP."
    assert (submitted.to_status, submitted.actor_name) == ("diajukan", "Norhayati")


@pytest.mark.parametrize("status", ["dikembalikan", "diajukan", "diverifikasi", "disetujui"])
def test_reassign_refuses_a_visit_under_review(ready, signer: str, status: str) -> None:  # type: ignore[no-untyped-def]
    """A submitted visit is the office's to review: handing it to another laptop would let
    that laptop change what is being verified. Only Draf and Dikembalikan move."""
    from tests.services.helpers import field_device

    replica, vid, user_id = ready
    laptop = field_device(replica)
    complete_visit(replica, vid)
    _drive(replica, vid, _PATHS[status], user_id, signer)
    with at(replica) as s:
        owner = visits.visit_summary(s, vid).device_id
    if status == "dikembalikan":
        with at(replica) as s:
            workflow.reassign_visit(s, vid, laptop)
            assert visits.visit_summary(s, vid).device_id == laptop
        return
    with pytest.raises(WorkflowError, match=r"^Hanya kunjungan Draf atau Dikembalikan yang dapat dialihkan\.$"):
        with at(replica) as s:
            workflow.reassign_visit(s, vid, laptop)
    with at(replica) as s:
        assert visits.visit_summary(s, vid).device_id == owner


def test_only_the_master_reassigns(ready) -> None:  # type: ignore[no-untyped-def]
    from tests.services.helpers import as_device, field_device

    replica, vid, _ = ready
    laptop = field_device(replica)
    with pytest.raises(StateError, match=r"^Pengalihan kunjungan hanya dapat dilakukan di kantor kecamatan"):
        with as_device(replica, laptop) as s:
            workflow.reassign_visit(s, vid, laptop)


def test_approve_visits_approves_all_or_none_and_names_the_refused_one(ready, signer: str) -> None:  # type: ignore[no-untyped-def]
    replica, first, user_id = ready
    with at(replica) as s:
        officer_id = visits.visit_summary(s, first).officer_id
    second = new_visit(replica, officer_id, village="Bihara")
    third = new_visit(replica, officer_id, village="Baru")
    for vid in (first, second, third):
        complete_visit(replica, vid)
        with at(replica) as s:
            workflow.submit_visit(s, vid)
    for vid in (first, second):
        with at(replica, actor_id=user_id) as s:
            workflow.verify_visit(s, vid)
    # the third is only submitted: refused by name, and neither of the others is approved
    with pytest.raises(WorkflowError, match=r"^Kunjungan Baru tanggal 10-11-2026 tidak dapat disetujui: .*"
                                            r"tidak ada kunjungan yang disetujui\.$"):
        with at(replica, actor_id=signer) as s:
            workflow.approve_visits(s, [first, second, third])
    with at(replica) as s:
        assert {visits.status_of(s, v).value for v in (first, second)} == {"diverifikasi"}
    with pytest.raises(ValidationError, match="^Pilih kunjungan yang akan disetujui.$"):
        with at(replica, actor_id=signer) as s:
            workflow.approve_visits(s, [])
    with at(replica, actor_id=signer) as s:
        assert workflow.approve_visits(s, [first, second], note="Disetujui bersama") == 2
    with at(replica) as s:
        for vid in (first, second):
            assert visits.status_of(s, vid).value == "disetujui"
            review = workflow.reviews(s, vid)[-1]
            assert (review.signatory_name, review.notes) == ("Muhammad Rizali, S.STP., M.Si.", "Disetujui bersama")
