"""Approval as the Pedoman means it: who may sign, what submission requires, what the
reviewer is warned of, and what an approved visit may still receive. Every refusal changes
nothing (the replica's fingerprint is the same before and after)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from perut_desktop.errors import NotFound, OwnershipError, StateError, ValidationError, WorkflowError
from perut_desktop.services import people, review, visits, workflow
from tests.services.helpers import (
    at,
    camat_profile,
    complete_visit,
    new_visit,
    officer_and_user,
    tick_all,
)

KASI_NIP = "198307142009011002"


def fingerprint(replica: Any) -> str:
    from perut_desktop.sync.fingerprint import fingerprint as fp

    with replica.engine.connect() as conn:
        return fp(conn).digest


@pytest.fixture()
def verified(master):  # type: ignore[no-untyped-def]
    """A verified visit: the Kasi (no signing authority) verified it; the Camat's profile exists."""
    officer_id, kasi = officer_and_user(master)
    camat = camat_profile(master)
    vid = new_visit(master, officer_id)
    complete_visit(master, vid)
    with at(master) as s:
        workflow.submit_visit(s, vid)
    with at(master, actor_id=kasi) as s:
        workflow.verify_visit(s, vid)
    return master, vid, kasi, camat


def _refused(replica: Any, actor: str, vid: str, error: type[Exception], message: str, **kw: Any) -> None:
    before = fingerprint(replica)
    with pytest.raises(error, match=message):
        with at(replica, actor_id=actor) as s:
            workflow.approve_visit(s, vid, **kw)
    assert fingerprint(replica) == before
    with at(replica) as s:
        assert visits.status_of(s, vid).value == "diverifikasi"


# --- who may sign ---------------------------------------------------------------------------------


def test_a_profile_without_signing_authority_cannot_approve_in_any_title(verified) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import Hint

    replica, vid, _kasi, _camat = verified
    with at(replica) as s:
        clerk = people.add_user(s, name="Nurul Hidayah", nip="199001012015012001", title="Pengadministrasi").id
    for title in ("camat", "plt", "an"):  # each refusal points to the list of staff and who may sign
        with pytest.raises(WorkflowError) as refused:
            with at(replica, actor_id=clerk) as s:
                workflow.approve_visit(s, vid, title=title)
        assert refused.value.hint is Hint.LIST_USERS
    _refused(replica, clerk, vid, WorkflowError,
             r"^Nurul Hidayah bukan Camat Awayan \(NIP-nya bukan NIP Camat yang tercatat\); persetujuan tidak "
             r"dicatat\.$", title="camat")
    _refused(replica, clerk, vid, WorkflowError,
             r"^Nurul Hidayah tidak tercatat sebagai Plt\. Camat pada 20-11-2026; persetujuan tidak dicatat\.$",
             title="plt")
    _refused(replica, clerk, vid, WorkflowError,
             r"^Nurul Hidayah tidak berwenang menandatangani a\.n\. Camat; persetujuan tidak dicatat\.$", title="an")


def test_signing_a_n_camat_needs_can_sign_and_the_camat_title_needs_the_camats_nip(verified) -> None:  # type: ignore[no-untyped-def]
    replica, vid, _kasi, camat = verified
    with at(replica) as s:
        sekcam = people.add_user(s, name="Hj. Norhayati", nip="197601032000032004", can_sign=True).id
    # may sign a.n., but is not the Camat
    _refused(replica, sekcam, vid, WorkflowError, "^Hj. Norhayati bukan Camat Awayan", title="camat")
    # the Camat's own profile may not sign "a.n." unless it may sign for him either
    _refused(replica, camat, vid, WorkflowError, "^Muhammad Rizali tidak berwenang menandatangani a.n. Camat",
             title="an")
    with at(replica, actor_id=sekcam) as s:
        workflow.approve_visit(s, vid, title="an")
        assert visits.status_of(s, vid).value == "disetujui"


@pytest.mark.parametrize(("day", "allowed"), [
    (dt.date(2026, 11, 19), False), (dt.date(2026, 11, 20), True), (dt.date(2026, 11, 25), True),
    (dt.date(2026, 11, 30), True), (dt.date(2026, 12, 1), False),
])
def test_plt_camat_signs_only_within_the_dates_of_the_assignment(verified, day: dt.date, allowed: bool) -> None:  # type: ignore[no-untyped-def]
    replica, vid, _kasi, _camat = verified
    with at(replica) as s:
        plt = people.add_user(s, name="Drs. Akhmad Yani", nip="197501012000031001",
                              plt=(dt.date(2026, 11, 20), dt.date(2026, 11, 30))).id
    if not allowed:
        before = fingerprint(replica)
        with pytest.raises(WorkflowError, match=f"tidak tercatat sebagai Plt. Camat pada {day:%d-%m-%Y}"):
            with at(replica, day, actor_id=plt) as s:
                workflow.approve_visit(s, vid, title="plt")
        assert fingerprint(replica) == before
        return
    with at(replica, day, actor_id=plt) as s:
        workflow.approve_visit(s, vid, title="plt")
        assert workflow.reviews(s, vid)[-1].signatory_position == "Plt. Camat Awayan"


def test_the_verifier_may_not_approve_unless_the_office_allows_it(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    camat = camat_profile(master)
    vids = [new_visit(master, officer_id, day=dt.date(2026, 11, d)) for d in (10, 11)]
    for vid in vids:
        complete_visit(master, vid)
        with at(master) as s:
            workflow.submit_visit(s, vid)
        with at(master, actor_id=camat) as s:
            workflow.verify_visit(s, vid)
    _refused(master, camat, vids[0], WorkflowError,
             r"^Muhammad Rizali sudah memverifikasi kunjungan ini; persetujuan harus oleh petugas lain\.$")
    with at(master) as s:
        assert review.review_settings(s).same_person_may_approve is False
        review.update_review_settings(s, same_person_may_approve=True)
    with at(master, actor_id=camat) as s:
        workflow.approve_visit(s, vids[0])
        approved = workflow.reviews(s, vids[0])[-1]
        assert approved.same_person is True and approved.verdict == "disetujui"


def test_the_verifier_is_the_one_of_the_last_verification_of_that_visit(master) -> None:  # type: ignore[no-untyped-def]
    """The Camat verified once, the visit was returned and corrected, and the Kasi verified it
    again: the Camat may approve. Verifying another visit does not bar him from this one."""
    officer_id, kasi = officer_and_user(master)
    camat = camat_profile(master)
    vid, other = (new_visit(master, officer_id, day=dt.date(2026, 11, d)) for d in (10, 11))
    for v in (vid, other):
        complete_visit(master, v)
        with at(master) as s:
            workflow.submit_visit(s, v)
    with at(master, actor_id=camat) as s:
        workflow.verify_visit(s, vid)
    with at(master, actor_id=kasi) as s:
        workflow.return_visit(s, vid, "Lengkapi notulen")
    with at(master) as s:
        workflow.reopen_visit(s, vid)
        workflow.submit_visit(s, vid)
    with at(master, actor_id=kasi) as s:
        workflow.verify_visit(s, vid)
        workflow.verify_visit(s, other)
    with at(master, actor_id=camat) as s:
        workflow.approve_visit(s, vid)
        workflow.approve_visit(s, other)
        assert [r.same_person for r in workflow.reviews(s, vid)] == [False] * 4


def test_an_approval_by_someone_else_is_not_marked_as_same_person(verified) -> None:  # type: ignore[no-untyped-def]
    replica, vid, _kasi, camat = verified
    with at(replica, actor_id=camat) as s:
        workflow.approve_visit(s, vid)
        assert workflow.reviews(s, vid)[-1].same_person is False


def test_a_signing_pin_is_asked_and_checked_and_kept_only_as_a_hash(verified) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.models import UserProfile

    replica, vid, _kasi, camat = verified
    with at(replica) as s:
        info = people.edit_user(s, camat, pin="4821")
        assert info.has_pin
        stored = s.get(UserProfile, camat).pin_hash
        kind, *_params, salt, digest = stored.split("$")  # the PIN itself is nowhere in it
        assert kind == "scrypt" and len(salt) == 32 and len(digest) == 64 and "4821" not in _params
    _refused(replica, camat, vid, StateError,
             r"^Profil Muhammad Rizali dilindungi PIN; masukkan PIN-nya untuk menandatangani\.$")
    _refused(replica, camat, vid, StateError, r"^PIN Muhammad Rizali salah; persetujuan tidak dicatat\.$",
             pin="4822")
    with at(replica, actor_id=camat) as s:
        workflow.approve_visit(s, vid, pin="4821")
        assert visits.status_of(s, vid).value == "disetujui"


def test_pins_are_salted_and_a_short_pin_is_refused(master) -> None:  # type: ignore[no-untyped-def]
    first, second = people.hash_pin("4821"), people.hash_pin("4821")
    assert first != second
    assert people.pin_matches(first, "4821") and people.pin_matches(second, " 4821 ")
    assert not people.pin_matches(first, "4822") and not people.pin_matches("rusak", "4821")
    assert not people.pin_matches(first.replace("scrypt", "md5", 1), "4821")
    with pytest.raises(ValidationError, match=r"^PIN terlalu pendek; gunakan paling sedikit 4 karakter\.$"):
        people.hash_pin("123")
    with at(master) as s:
        user = people.add_user(s, name="Hj. Norhayati", can_sign=True, pin="1357")
        assert user.has_pin
        assert people.edit_user(s, user.id, remove_pin=True).has_pin is False
        with pytest.raises(ValidationError, match="^Pilih salah satu: pasang PIN baru atau hapus PIN.$"):
            people.edit_user(s, user.id, pin="2468", remove_pin=True)


def test_profiles_record_signing_authority_and_acting_dates(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        user = people.add_user(s, name="Drs. Akhmad Yani", plt=(dt.date(2026, 7, 1), dt.date(2026, 7, 31)))
        assert (user.can_sign, user.plt_from, user.plt_to) == (False, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
        assert user.acting_camat_on(dt.date(2026, 7, 31)) and not user.acting_camat_on(dt.date(2026, 8, 1))
        edited = people.edit_user(s, "Akhmad Yani", can_sign=True, plt=None, title="Sekretaris Kecamatan")
        assert (edited.can_sign, edited.plt_from, edited.plt_to, edited.title) == \
               (True, None, None, "Sekretaris Kecamatan")
        assert not edited.acting_camat_on(dt.date(2026, 7, 15))
        with pytest.raises(ValidationError, match="^Masa Plt. Camat tidak masuk akal: 31-07-2026 sesudah 01-07-2026.$"):
            people.edit_user(s, user.id, plt=(dt.date(2026, 7, 31), dt.date(2026, 7, 1)))


# --- what submission requires -----------------------------------------------------------------------


def _problems(replica: Any, vid: str) -> list[str]:
    with at(replica) as s:
        return [p.code for p in review.submission_problems(s, vid)]


def test_submission_is_refused_with_exactly_the_missing_items(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    assert _problems(master, vid) == ["books_unchecked", "nobody_present", "no_discussion", "no_decisions"]
    tick_all(master, vid)
    assert _problems(master, vid) == ["nobody_present", "no_discussion", "no_decisions"]
    with at(master) as s:
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.")
    before = fingerprint(master)
    message = ("Kunjungan belum dapat diajukan: belum ada peserta yang ditandai hadir; notulen belum berisi "
               "keputusan.")
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}$"):
        with at(master) as s:
            workflow.submit_visit(s, vid)
    assert fingerprint(master) == before
    with at(master) as s:
        kades = visits.attendees(s, vid)[0]
        visits.edit_attendee(s, kades.id, present=True)
        visits.set_minutes(s, vid, decisions="Melengkapi buku.")
    assert _problems(master, vid) == []
    with at(master) as s:
        assert workflow.submit_visit(s, vid).value == "diajukan"


def test_an_absent_invitee_is_not_attendance_and_blank_minutes_are_empty(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    complete_visit(master, new_visit(master, officer_id, day=dt.date(2026, 11, 3)))  # another visit, attended
    vid = new_visit(master, officer_id)
    tick_all(master, vid)
    with at(master) as s:
        assert [a.present for a in visits.attendees(s, vid)] == [False, False]  # invited officials
        visits.set_minutes(s, vid, discussion="   ", decisions="\n")
        problems = review.submission_problems(s, vid)
        assert [p.text for p in problems] == ["belum ada peserta yang ditandai hadir",
                                              "notulen belum berisi pembahasan", "notulen belum berisi keputusan"]


def test_unchecked_books_are_named_up_to_five(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    with at(master) as s:
        text = review.submission_problems(s, vid)[0].text
    assert text == "18 buku belum diperiksa (A.1, A.2, A.3, A.4, A.5, …)"


def test_submission_problems_of_an_unknown_visit(master) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import NotFound

    with pytest.raises(NotFound, match=r"^Kunjungan dengan id x tidak ditemukan\.$"):
        with at(master) as s:
            review.submission_problems(s, "x")


# --- the reviewer's checklist and warnings -----------------------------------------------------------


def _photo(tmp: Path) -> Path:
    from PIL import Image

    path = tmp / "bukti.jpg"
    Image.new("RGB", (40, 30), "white").save(path)
    return path


def _clean_visit(replica: Any, officer_id: str, day: dt.date, tmp: Path, status: str = "lengkap") -> str:
    """A visit with nothing to warn of: people present, notulen, a photo, planned that month."""
    from perut_desktop.services import schedule
    from perut_desktop.services.attachments_store import AttachmentStore

    with at(replica) as s:
        schedule.generate_plan(s, day.year)
    vid = new_visit(replica, officer_id, day=day)
    complete_visit(replica, vid, status)
    with at(replica) as s:
        visits.set_minutes(s, vid, opening="Dibuka.", closing="Ditutup.")
        visits.attach_file(s, AttachmentStore(tmp / "att"), vid, _photo(tmp), caption="Pemeriksaan buku")
    return vid


def _warnings(replica: Any, vid: str) -> list[str]:
    with at(replica) as s:
        return [w.code for w in review.review_warnings(s, vid)]


def test_a_clean_visit_raises_no_warning(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    first = _clean_visit(master, officer_id, dt.date(2026, 10, 6), tmp_path)
    second = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path)
    assert _warnings(master, first) == [] and _warnings(master, second) == []


def test_nobody_present_empty_minutes_and_no_photo_are_warned_of(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import schedule

    officer_id, _ = officer_and_user(master)
    with at(master) as s:
        schedule.generate_plan(s, 2026)
    _clean_visit(master, officer_id, dt.date(2026, 11, 15), tmp_path)  # a later visit: people, notulen, a photo
    vid = new_visit(master, officer_id)
    with at(master) as s:
        found = [(w.code, w.text) for w in review.review_warnings(s, vid)]
    assert found == [("nobody_present", "Tidak ada peserta yang hadir."), ("empty_minutes", "Notulen kosong."),
                     ("no_photo", "Tidak ada foto bukti.")]
    with at(master) as s:
        visits.set_minutes(s, vid, closing="Ditutup pukul 12.00.")  # any part of the notulen written
        visits.add_attendee(s, vid, name="Rusdi", group="bpd")
        pdf = tmp_path / "daftar-hadir.pdf"
        pdf.write_bytes(b"%PDF-1.4 daftar hadir")
        from perut_desktop.services.attachments_store import AttachmentStore

        visits.attach_file(s, AttachmentStore(tmp_path / "att"), vid, pdf)  # a document is not a photo
    assert _warnings(master, vid) == ["no_photo"]


def test_a_book_gone_from_complete_to_missing_is_warned_of(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    _clean_visit(master, officer_id, dt.date(2026, 10, 6), tmp_path)
    vid = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path)
    with at(master) as s:
        visits.set_result(s, vid, "A.3", status="tidak_ada")
        visits.set_result(s, vid, "A.4", status="belum_lengkap")  # worse, but still there: no warning
        found = [(w.code, w.text) for w in review.review_warnings(s, vid)]
    assert found == [("book_lost", "Buku A.3 tercatat Ada, lengkap pada kunjungan 06-10-2026, kini Tidak ada.")]


def test_a_book_missing_before_and_now_is_not_warned_of(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Compared with the village's own latest visit before this one: not an older one, not
    another village's."""
    officer_id, _ = officer_and_user(master)
    _clean_visit(master, officer_id, dt.date(2026, 9, 7), tmp_path)  # A.3 complete in September
    first = _clean_visit(master, officer_id, dt.date(2026, 10, 6), tmp_path)
    with at(master) as s:
        visits.set_result(s, first, "A.3", status="tidak_ada")  # … missing in October
    complete_visit(master, new_visit(master, officer_id, day=dt.date(2026, 10, 20), village="Tundi"))  # complete
    vid = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path)
    with at(master) as s:
        visits.set_result(s, vid, "A.3", status="tidak_ada")
    assert _warnings(master, vid) == []


def test_a_score_fall_beyond_the_offices_limit_is_warned_of(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    _clean_visit(master, officer_id, dt.date(2026, 10, 6), tmp_path)  # 100%
    vid = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path, "belum_lengkap")  # 50%
    with at(master) as s:
        texts = [w.text for w in review.review_warnings(s, vid)]
        assert review.review_settings(s).score_drop == 20
    assert texts == ["Nilai turun dari 100% (06-10-2026) ke 50%, lebih dari 20 poin."]
    with at(master) as s:
        review.update_review_settings(s, score_drop=50)  # a fall of exactly the limit is allowed
    assert _warnings(master, vid) == []
    with at(master) as s:
        assert review.update_review_settings(s, score_drop=49).score_drop == 49  # a setting changed again
        assert review.review_settings(s) == review.ReviewSettings(False, 49)
    assert _warnings(master, vid) == ["score_drop"]
    for wrong in (0, 101):
        with pytest.raises(ValidationError, match=f"^Batas penurunan nilai {wrong} tidak masuk akal; isi 1 sampai "
                                                  "100 poin persen.$"):
            with at(master) as s:
                review.update_review_settings(s, score_drop=wrong)
    with at(master) as s:
        assert review.update_review_settings(s, score_drop=1).score_drop == 1
        assert review.update_review_settings(s, score_drop=100).score_drop == 100


def test_a_fall_just_over_the_limit_is_warned_of(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer_id, _ = officer_and_user(master)
    _clean_visit(master, officer_id, dt.date(2026, 10, 6), tmp_path)  # 100%
    vid = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path)
    with at(master) as s:
        for code in ("A.1", "A.2"):
            visits.set_result(s, vid, code, status="tidak_ada")  # 16 of 18: a fall of 11.1 points
        visits.set_result(s, vid, "A.3", status="lengkap")
        review.update_review_settings(s, score_drop=11)
        assert [w.code for w in review.review_warnings(s, vid)] == ["book_lost", "book_lost", "score_drop"]
        review.update_review_settings(s, score_drop=12)
        assert [w.code for w in review.review_warnings(s, vid)] == ["book_lost", "book_lost"]


def test_only_the_office_changes_the_review_settings(master) -> None:  # type: ignore[no-untyped-def]
    from tests.services.helpers import as_device, field_device

    laptop = field_device(master)
    with pytest.raises(StateError, match="^Pengaturan verifikasi hanya dapat dilakukan di kantor kecamatan"):
        with as_device(master, laptop) as s:
            review.update_review_settings(s, same_person_may_approve=True)


@pytest.mark.parametrize(("planned", "warned"), [
    (dt.date(2026, 10, 31), True), (dt.date(2026, 11, 1), False), (dt.date(2026, 11, 30), False),
    (dt.date(2026, 12, 1), True), (None, True),
])
def test_a_visit_outside_the_plan_is_warned_of(master, tmp_path: Path, planned: dt.date | None,
                                                warned: bool) -> None:  # type: ignore[no-untyped-def]
    """Planned means a schedule entry for the village in the visit's month, first to last day."""
    from sqlalchemy import select

    from perut_desktop.models import ScheduleEntry, Village

    officer_id, _ = officer_and_user(master)
    vid = _clean_visit(master, officer_id, dt.date(2026, 11, 10), tmp_path)
    with at(master) as s:
        awayan = s.scalars(select(Village.id).where(Village.name == "Awayan")).one()
        for entry in s.scalars(select(ScheduleEntry).where(ScheduleEntry.village_id == awayan)):
            s.delete(entry)
        if planned is not None:
            s.add(ScheduleEntry(village_id=awayan, officer_id=officer_id, planned_date=planned, note=""))
    with at(master) as s:
        found = [(w.code, w.text) for w in review.review_warnings(s, vid)]
    assert found == ([("outside_plan", "Kunjungan tidak ada dalam jadwal pendampingan bulan 11-2026.")]
                     if warned else [])


def test_warnings_of_an_unknown_visit(master) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match=r"^Kunjungan dengan id x tidak ditemukan\.$"):
        with at(master) as s:
            review.review_warnings(s, "x")


def test_each_review_records_the_checklist_and_the_warnings_shown(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, kasi = officer_and_user(master)
    camat = camat_profile(master)
    vid = new_visit(master, officer_id)
    complete_visit(master, vid)
    with at(master) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(ValidationError, match="^Butir verifikasi 'rapi' tidak dikenal; pilih dari kelengkapan, "
                                              "kesesuaian, konsistensi, kualitas, validitas.$"):
        with at(master, actor_id=kasi) as s:
            workflow.verify_visit(s, vid, checklist=["kelengkapan", "rapi"])
    with at(master, actor_id=kasi) as s:
        workflow.verify_visit(s, vid, checklist=["Kelengkapan", " validitas "])
    with at(master, actor_id=camat) as s:
        workflow.approve_visit(s, vid)
        verified, approved = workflow.reviews(s, vid)
    assert verified.checklist == (("kelengkapan", True), ("validitas", True), ("kesesuaian", False),
                                  ("kualitas", False), ("konsistensi", False))
    assert [code for code, _ in verified.warnings] == ["no_photo", "outside_plan"]
    assert approved.checklist == tuple((c, False) for c, _ in verified.checklist)
    assert (verified.reviewer_id, approved.reviewer_id) == (kasi, camat)
    from sqlalchemy import select

    from perut_desktop.models import Review

    with at(master) as s:  # every check is stored on every review, ticked or not
        stored = s.scalars(select(Review.checklist).where(Review.visit_id == vid).order_by(Review.version)).all()
    assert stored == [dict(verified.checklist), dict(approved.checklist)]
    assert approved.has_snapshot and not verified.has_snapshot


def test_a_return_records_the_checklist_as_ticked(master) -> None:  # type: ignore[no-untyped-def]
    officer_id, kasi = officer_and_user(master)
    vid = new_visit(master, officer_id)
    complete_visit(master, vid)
    with at(master) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(ValidationError, match="^Butir verifikasi 'rapi' tidak dikenal"):
        with at(master, actor_id=kasi) as s:
            workflow.return_visit(s, vid, "Perbaiki", checklist=["rapi"])
    with at(master, actor_id=kasi) as s:
        workflow.return_visit(s, vid, "Notulen kurang jelas", checklist=["kelengkapan", "konsistensi"])
        returned = workflow.reviews(s, vid)[-1]
    assert [c for c, ticked in returned.checklist if ticked] == ["kelengkapan", "konsistensi"]


# --- after approval -------------------------------------------------------------------------------


def test_the_master_may_attach_the_signed_scan_and_change_nothing_else(verified, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import approval
    from perut_desktop.services.attachments_store import AttachmentStore

    replica, vid, _kasi, camat = verified
    store = AttachmentStore(tmp_path / "att")
    scan = tmp_path / "laporan-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 laporan bertanda tangan")
    with pytest.raises(WorkflowError, match="^Pindaian laporan bertanda tangan hanya untuk kunjungan Disetujui; "
                                            "kunjungan ini berstatus Diverifikasi.$"):
        with at(replica) as s:
            approval.attach_signed_report(s, store, vid, scan)
    with at(replica, actor_id=camat) as s:
        workflow.approve_visit(s, vid)
    from PIL import Image

    photo = tmp_path / "pindaian.jpg"
    Image.new("RGB", (3000, 2000), "white").save(photo, quality=95)
    with pytest.raises(NotFound, match=r"^Kunjungan dengan id x tidak ditemukan\.$"):
        with at(replica) as s:
            approval.attach_signed_report(s, store, "x", scan)
    with at(replica) as s:
        info = approval.attach_signed_report(s, store, vid, scan)
        assert (info.owner_table, info.owner_id, info.filename, info.caption, info.media_type, info.size) == \
               ("signed_report", vid, "laporan-ttd.pdf", "Laporan yang telah ditandatangani", "application/pdf",
                scan.stat().st_size)
        assert info.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
        picture = approval.attach_signed_report(s, store, vid, photo, caption="  Pindaian   halaman 1 ")
        assert (picture.caption, picture.size, picture.media_type) == \
               ("Pindaian halaman 1", photo.stat().st_size, "image/jpeg")  # kept as scanned, not resized
        from perut_desktop.models import Attachment

        stored = s.get(Attachment, picture.id)
        assert (stored.width, stored.height, stored.caption) == (3000, 2000, "Pindaian halaman 1")
        assert "no_photo" in [w.code for w in review.review_warnings(s, vid)]  # a scan is no photo evidence
        assert [a.id for a in visits.attachments_of(s, vid)] == [info.id, picture.id]
    with pytest.raises(OwnershipError, match="berstatus Disetujui tidak dapat diubah"):
        with at(replica) as s:
            visits.set_result(s, vid, "A.1", status="tidak_ada")
    with pytest.raises(OwnershipError, match="berstatus Disetujui tidak dapat diubah"):
        with at(replica) as s:
            from perut_desktop.models import Attachment

            s.get(Attachment, info.id).caption = "diubah"
    with pytest.raises(OwnershipError, match="berstatus Disetujui tidak dapat diubah"):
        with at(replica) as s:
            visits.remove_attachment(s, info.id)


def test_a_laptop_cannot_attach_to_an_approved_visit(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import approval
    from perut_desktop.services.attachments_store import AttachmentStore
    from tests.services.helpers import as_device, field_device

    officer_id, kasi = officer_and_user(master)
    camat = camat_profile(master)
    laptop = field_device(master, officer_id)
    with as_device(master, laptop) as s:
        from perut_desktop.services import villages

        vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                  visit_date=dt.date(2026, 11, 10)).id
    complete_visit_as(master, laptop, vid)
    with at(master, actor_id=kasi) as s:
        workflow.verify_visit(s, vid)
    with at(master, actor_id=camat) as s:
        workflow.approve_visit(s, vid)
    scan = tmp_path / "laporan-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4 laporan bertanda tangan")
    store = AttachmentStore(tmp_path / "att")
    with pytest.raises(StateError, match="^Melampirkan laporan bertanda tangan hanya dapat dilakukan di kantor"):
        with as_device(master, laptop) as s:
            approval.attach_signed_report(s, store, vid, scan)
    with pytest.raises(OwnershipError, match="berstatus Disetujui tidak dapat diubah"):
        with as_device(master, laptop) as s:
            visits.attach_file(s, store, vid, scan)
    with at(master) as s:  # the office may: a laptop's visit, approved
        approval.attach_signed_report(s, store, vid, scan)


def complete_visit_as(replica: Any, device: str, vid: str) -> None:
    from tests.services.helpers import as_device

    with as_device(replica, device) as s:
        for r in visits.results(s, vid):
            visits.set_result(s, vid, r.item_code, status="lengkap")
        visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku.")
        workflow.submit_visit(s, vid)


def test_a_laptops_bundle_adding_a_scan_to_an_approved_visit_is_refused(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The sync check: only the master adds to an approved visit. A laptop that writes an
    attachment there anyway (its own checks bypassed) has its bundle refused whole."""
    from perut_desktop.errors import InputRejected
    from perut_desktop.models import Attachment
    from tests.sync.helpers import export, make_field, send
    from tests.sync.helpers import apply as apply_bundle

    kasi = officer_and_user(master)[1]
    camat = camat_profile(master)
    laptop = make_field(master, tmp_path / "a", "Rahmadi")
    try:
        with at(laptop) as s:
            from perut_desktop.services import villages

            officer = next(o for o in people.list_officers(s) if o.name == "Rahmadi, S.AP.")
            vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer.id,
                                      visit_date=dt.date(2026, 11, 10)).id
        complete_visit_as(laptop, laptop.device_id, vid)
        send(laptop, master, tmp_path)
        with at(master, actor_id=kasi) as s:
            workflow.verify_visit(s, vid)
        with at(master, actor_id=camat) as s:
            workflow.approve_visit(s, vid)
        send(master, laptop, tmp_path)
        with at(laptop, dt.date(2026, 11, 21), master_device_id=laptop.device_id) as s:  # posing as the office
            s.add(Attachment(visit_id=vid, owner_table="signed_report", owner_id=vid, sha256="a" * 64,
                             filename="laporan-ttd.pdf", media_type="application/pdf", size=10, caption=""))
        before = fingerprint(master)
        with pytest.raises(InputRejected, match="ketika kunjungan itu berstatus Disetujui"):
            apply_bundle(master, export(laptop, master, tmp_path))
        assert fingerprint(master) == before
    finally:
        laptop.close()
