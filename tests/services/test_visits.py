"""Visits: pre-filled creation, results, attendance, minutes, follow-ups and their
continuity across visits, attachments, and the validation messages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from perut_desktop.errors import NotFound, ValidationError
from perut_desktop.models import Visit
from perut_desktop.services import visits
from perut_desktop.services.attachments_store import AttachmentStore
from tests.services.helpers import TODAY, at, new_visit, officer_and_user


@pytest.fixture()
def setup_(master):  # type: ignore[no-untyped-def]
    officer_id, user_id = officer_and_user(master)
    return master, officer_id, user_id


def test_new_visit_is_prefilled_with_books_officials_and_empty_minutes(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        summary = visits.visit_summary(s, vid)
        assert summary.status == "draf" and summary.village_name == "Awayan"
        results = visits.results(s, vid)
        assert len(results) == 18 and all(r.status is None for r in results)
        assert [r.category for r in results[:1]] == ["Administrasi Umum"]
        people_ = visits.attendees(s, vid)
        assert {a.name for a in people_} == {"Hendra Saputra", "Siti Aminah"}
        assert not any(a.present for a in people_), "officials are expected, ticked when present"
        assert visits.minutes_of(s, vid).decisions == ""


def test_visit_in_the_future_is_refused(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    with pytest.raises(ValidationError, match="belum terjadi"):
        new_visit(replica, officer_id, day=TODAY + dt.timedelta(days=1))


def test_today_is_the_kecamatans_date_not_utcs(setup_) -> None:  # type: ignore[no-untyped-def]
    """At 07.30 WITA on the 23rd it is still the 22nd in UTC: a visit dated the 23rd is
    today in Awayan, not in the future; the 24th is."""
    from perut_desktop.services.common import today
    from perut_desktop.services.villages import find_village

    replica, officer_id, _ = setup_
    early = int(dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC).timestamp() * 1000)
    with replica.begin(now_ms=lambda: early) as s:
        assert today(s) == dt.date(2026, 11, 23)
        awayan = find_village(s, "Awayan").id
        visits.create_visit(s, village_id=awayan, officer_id=officer_id, visit_date=dt.date(2026, 11, 23))
        with pytest.raises(ValidationError, match="belum terjadi"):
            visits.create_visit(s, village_id=awayan, officer_id=officer_id, visit_date=dt.date(2026, 11, 24))


def test_unknown_village_and_visit_are_named(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, _, _ = setup_
    from perut_desktop.services.villages import find_village

    with at(replica) as s:
        with pytest.raises(NotFound, match="Desa 'Atlantis' tidak dikenal"):
            find_village(s, "Atlantis")
        with pytest.raises(NotFound, match="tidak ditemukan"):
            visits.visit_summary(s, "no-such-visit")
        assert find_village(s, "sungai pumpung").name == "Sei Pumpung"
        assert find_village(s, "63.11.03.2031").name == "Ambakiang"


def test_results_record_status_date_and_notes(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        r = visits.set_result(s, vid, "C.2", status="belum_lengkap", last_entry_on=dt.date(2026, 9, 30),
                              notes="Belum ditutup bulan Oktober")
        assert (r.status, r.last_entry_on, r.notes) == ("belum_lengkap", dt.date(2026, 9, 30), "Belum ditutup bulan Oktober")
        with pytest.raises(ValidationError, match="sesudah tanggal kunjungan"):
            visits.set_result(s, vid, "C.2", status="lengkap", last_entry_on=dt.date(2026, 11, 15))
        with pytest.raises(ValidationError, match="tidak dikenal"):
            visits.set_result(s, vid, "C.2", status="mungkin")
        with pytest.raises(NotFound, match="Z.9"):
            visits.set_result(s, vid, "Z.9", status="lengkap")


def test_attendance_add_edit_remove(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        a = visits.add_attendee(s, vid, name="  Rusdi   Hakim ", position="Ketua RT 02", group="lkd", gender="l")
        assert a.name == "Rusdi Hakim" and a.gender == "L"
        a = visits.edit_attendee(s, a.id, present=False, position="Ketua RT 03")
        assert a.present is False and a.position == "Ketua RT 03"
        with pytest.raises(ValidationError, match="Nama peserta"):
            visits.add_attendee(s, vid, name="   ")
        with pytest.raises(ValidationError, match="Unsur"):
            visits.add_attendee(s, vid, name="X", group="tamu")
        visits.remove_attendee(s, a.id)
        assert "Rusdi Hakim" not in {p.name for p in visits.attendees(s, vid)}


def test_minutes_are_saved(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        visits.set_minutes(s, vid, chair="Hendra Saputra", decisions="Buku kas ditutup tiap bulan")
    with at(replica) as s:
        m = visits.minutes_of(s, vid)
        assert (m.chair, m.decisions) == ("Hendra Saputra", "Buku kas ditutup tiap bulan")


def test_follow_up_validation(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        with pytest.raises(ValidationError, match="uraian tugas"):
            visits.add_follow_up(s, vid, task=" ", due_on=dt.date(2026, 12, 1))
        with pytest.raises(ValidationError, match="batas waktu"):
            visits.add_follow_up(s, vid, task="Lengkapi", due_on=None)
        with pytest.raises(ValidationError, match="sebelum tanggal kunjungan"):
            visits.add_follow_up(s, vid, task="Lengkapi", due_on=dt.date(2026, 11, 1))


def test_open_follow_ups_carry_over_and_are_closed_in_the_next_visit(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    first = new_visit(replica, officer_id, day=dt.date(2026, 10, 6))
    with at(replica) as s:
        a = visits.add_follow_up(s, first, task="Lengkapi Buku Agenda", responsible="Sekdes", due_on=dt.date(2026, 10, 30))
        b = visits.add_follow_up(s, first, task="Tutup Buku Kas", responsible="Kaur Keuangan", due_on=dt.date(2026, 10, 30))
    second = new_visit(replica, officer_id, day=dt.date(2026, 11, 10))
    with at(replica) as s:
        shown = visits.earlier_follow_ups(s, second)
        assert {f.task for f in shown} == {"Lengkapi Buku Agenda", "Tutup Buku Kas"}
        visits.record_progress(s, second, a.id, status="selesai", note="Sudah lengkap")
        visits.record_progress(s, second, b.id, status="belum", note="Masih proses")
        with pytest.raises(ValidationError, match="selesai, belum atau dibatalkan"):
            visits.record_progress(s, second, b.id, status="hampir")
    with at(replica) as s:
        still_open = visits.follow_ups_of_village(s, visits.visit_summary(s, second).village_id)
        assert [f.task for f in still_open] == ["Tutup Buku Kas"]
        assert {p.status for p in visits.progress_recorded_in(s, second)} == {"selesai", "belum"}
        # the earlier visit's own report still lists both as created there
        assert len(visits.follow_ups_created_in(s, first)) == 2
    third = new_visit(replica, officer_id, day=dt.date(2026, 11, 18))
    with at(replica) as s:
        assert [f.task for f in visits.earlier_follow_ups(s, third)] == ["Tutup Buku Kas"]
        with pytest.raises(ValidationError, match="sesudah kunjungan"):
            visits.record_progress(s, first, b.id, status="selesai")


def test_photo_is_resized_and_stored_by_hash(setup_, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    photo = tmp_path / "buku-kas.png"
    Image.new("RGB", (4000, 3000), "red").save(photo)
    store = AttachmentStore(tmp_path / "att")
    with at(replica) as s:
        info = visits.attach_file(s, store, vid, photo, caption="Buku kas umum")
    assert info.media_type == "image/jpeg" and info.filename == "buku-kas.jpg"
    with Image.open(store.path_of(info.sha256)) as img:
        assert max(img.size) == 1600
    original = tmp_path / "scan.png"
    Image.new("RGB", (2000, 100), "blue").save(original)
    with at(replica) as s:
        kept = visits.attach_file(s, store, vid, original, keep_original=True)
        assert kept.media_type == "image/png"
        assert len(visits.attachments_of(s, vid)) == 2
    not_image = tmp_path / "x.jpg"
    not_image.write_bytes(b"not a picture")
    from perut_desktop.errors import InputRejected

    with pytest.raises(InputRejected, match="bukan gambar"):
        with at(replica) as s:
            visits.attach_file(s, store, vid, not_image)


def test_only_officials_in_office_on_the_visit_date_are_expected(setup_) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.services import villages

    replica, officer_id, _ = setup_
    with at(replica) as s:
        awayan = villages.find_village(s, "Awayan").id
        villages.add_official(s, awayan, name="Mantan Kaur", position="Kaur Umum", active=False)
        villages.add_official(s, awayan, name="Anggota BPD Lama", position="Anggota BPD",
                              term_start=dt.date(2019, 1, 1), term_end=dt.date(2025, 1, 1))
        villages.add_official(s, awayan, name="Kasi Baru", position="Kasi Pelayanan", term_start=dt.date(2026, 12, 1))
        villages.add_official(s, awayan, name="Ketua BPD", position="Ketua BPD", term_start=dt.date(2025, 1, 2),
                              term_end=dt.date(2031, 1, 1))
        villages.add_official(s, villages.find_village(s, "Tundi").id, name="Kades Tundi", position="Kepala Desa")
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        expected = visits.attendees(s, vid)
    assert {a.name for a in expected} == {"Hendra Saputra", "Siti Aminah", "Ketua BPD"}
    assert {a.group for a in expected if a.name == "Ketua BPD"} == {"bpd"}
    assert all(a.official_id for a in expected), "pre-filled rows keep the link to the official"


def test_visit_date_rules_on_edit_and_delete_only_drafts(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        with pytest.raises(ValidationError, match="belum terjadi"):
            visits.edit_visit(s, vid, visit_date=TODAY + dt.timedelta(days=3))
        with pytest.raises(ValidationError, match="tidak dikenal"):
            visits.edit_visit(s, vid, village_id="x")
        assert visits.edit_visit(s, vid, agenda="Pembinaan BPD").agenda == "Pembinaan BPD"
    with pytest.raises(ValidationError, match="tidak masuk akal"):
        new_visit(replica, officer_id, day=dt.date(1999, 12, 31))
    with at(replica) as s:
        visits.delete_visit(s, vid)
        with pytest.raises(NotFound, match=rf"^Kunjungan dengan id {vid} tidak ditemukan\.$"):
            visits.visit_summary(s, vid)


def test_attendance_edit_keeps_the_rules(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        a = visits.add_attendee(s, vid, name="Rusdi", group="masyarakat", gender="L")
        with pytest.raises(ValidationError, match="Nama peserta"):
            visits.edit_attendee(s, a.id, name="  ")
        with pytest.raises(ValidationError, match="L atau P"):
            visits.edit_attendee(s, a.id, gender="X")
        with pytest.raises(ValidationError, match="tidak dikenal"):
            visits.edit_attendee(s, a.id, signature="x")
        with pytest.raises(NotFound, match=r"^Peserta daftar hadir dengan id tidak-ada tidak ditemukan\.$"):
            visits.remove_attendee(s, "tidak-ada")
        # an expected official ticked present
        kades = next(p for p in visits.attendees(s, vid) if p.name == "Hendra Saputra")
        assert visits.edit_attendee(s, kades.id, present=True).present is True


def test_minutes_refuse_unknown_fields_and_follow_ups_can_be_removed(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        with pytest.raises(ValidationError, match="Kolom notulen tidak dikenal"):
            visits.set_minutes(s, vid, agenda_x="?")
        visits.set_minutes(s, vid, note_taker=" Siti Aminah ", discussion="Buku tanah belum ada")
        m = visits.minutes_of(s, vid)
        assert (m.note_taker, m.discussion) == ("Siti Aminah", "Buku tanah belum ada")
        f = visits.add_follow_up(s, vid, task="Buat Buku Tanah Desa", responsible="Kaur Umum", due_on=TODAY)
        assert (f.task, f.responsible, f.due_on) == ("Buat Buku Tanah Desa", "Kaur Umum", TODAY)
        visits.remove_follow_up(s, f.id)
        assert visits.follow_ups_created_in(s, vid) == []


def test_progress_belongs_to_the_new_visit_even_when_the_old_one_is_approved(master) -> None:  # type: ignore[no-untyped-def]
    """Continuity (Pedoman B.3): a laptop records, in its new visit, the progress of a
    follow-up made in an earlier, already approved visit. The update is a FollowUpUpdate
    owned by the new visit (so by its device), not an edit of the old visit; the
    follow-up's status is its latest update."""
    from perut_desktop.errors import OwnershipError
    from perut_desktop.models import FollowUp, FollowUpUpdate, Visit
    from perut_desktop.services import villages, workflow
    from tests.services.helpers import as_device, camat_profile, field_device

    officer_id, user_id = officer_and_user(master)
    with at(master) as s:
        from perut_desktop.services import setup

        setup.update_subdistrict(s, camat_name="Muhammad Rizali", camat_nip="197805122006041003")
    laptop = field_device(master, officer_id)
    other = field_device(master, None, device_id="0a0b0c0d0e0f0102")

    def visit_on(day: dt.date) -> str:
        with as_device(master, laptop) as s:
            return visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                       visit_date=day).id

    first = visit_on(dt.date(2026, 9, 7))
    with as_device(master, laptop) as s:
        fu = visits.add_follow_up(s, first, task="Tutup Buku Kas Umum", due_on=dt.date(2026, 9, 30))
        for r in visits.results(s, first):
            visits.set_result(s, first, r.item_code, status="lengkap")
        visits.add_attendee(s, first, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, first, discussion="Pemeriksaan buku.", decisions="Menutup Buku Kas Umum.")
        workflow.submit_visit(s, first)
    with at(master, actor_id=user_id) as s:
        workflow.verify_visit(s, first)
    with at(master, actor_id=camat_profile(master)) as s:
        workflow.approve_visit(s, first)
    with pytest.raises(OwnershipError, match="berstatus Disetujui"):
        with as_device(master, laptop) as s:
            s.get(FollowUp, fu.id).task = "diubah"

    second = visit_on(dt.date(2026, 10, 5))
    with as_device(master, laptop) as s:
        assert [f.id for f in visits.earlier_follow_ups(s, second)] == [fu.id]
        visits.record_progress(s, second, fu.id, status="belum", note="Baru sampai Agustus")
        visits.record_progress(s, second, fu.id, status="belum", note="Baru sampai September")  # same row, edited
    with pytest.raises(OwnershipError, match="milik perangkat lain"):
        with as_device(master, other) as s:
            visits.record_progress(s, second, fu.id, status="selesai")
    with at(master) as s:
        upd = s.scalars(select(FollowUpUpdate).where(FollowUpUpdate.follow_up_id == fu.id)).one()
        assert upd.visit_id == second and s.get(Visit, second).device_id == laptop
        assert upd.note == "Baru sampai September" and upd.recorded_on == dt.date(2026, 10, 5)
        assert s.get(FollowUp, fu.id).visit_id == first, "the follow-up stays with the visit that made it"
        village_id = visits.visit_summary(s, second).village_id
        assert [f.id for f in visits.follow_ups_of_village(s, village_id)] == [fu.id]

    third = visit_on(dt.date(2026, 11, 9))
    with as_device(master, laptop) as s:
        assert [f.id for f in visits.earlier_follow_ups(s, third)] == [fu.id], "still open after 'belum'"
        visits.record_progress(s, third, fu.id, status="selesai", note="Sudah ditutup")
    with at(master) as s:
        assert visits.follow_ups_of_village(s, village_id) == []
        assert {(p.status, p.recorded_on) for p in visits.progress_recorded_in(s, third)} == \
               {("selesai", dt.date(2026, 11, 9))}
    fourth = visit_on(dt.date(2026, 11, 19))
    with at(master) as s:
        assert visits.earlier_follow_ups(s, fourth) == []


def test_progress_refuses_another_villages_follow_up(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    with at(replica) as s:
        from perut_desktop.services import people

        people.edit_officer(s, officer_id, villages=["Awayan", "Tundi"]) if hasattr(people, "edit_officer") else None
    tundi = new_visit(replica, officer_id, day=dt.date(2026, 10, 1), village="Tundi")
    with at(replica) as s:
        fu = visits.add_follow_up(s, tundi, task="Lengkapi Buku Inventaris", due_on=dt.date(2026, 10, 31))
    awayan = new_visit(replica, officer_id)
    with at(replica) as s:
        with pytest.raises(ValidationError, match="milik desa lain"):
            visits.record_progress(s, awayan, fu.id, status="selesai")
        with pytest.raises(NotFound, match=r"^Tindak lanjut dengan id tidak-ada tidak ditemukan\.$"):
            visits.record_progress(s, awayan, "tidak-ada", status="selesai")


# --- removing an attachment --------------------------------------------------------------


def _attach_text(replica, store: AttachmentStore, visit_id: str, path: Path, **kw):  # type: ignore[no-untyped-def]
    with at(replica, **kw) as s:
        return visits.attach_file(s, store, visit_id, path)


def test_removed_attachment_leaves_the_visit_but_its_stored_file_stays(setup_, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Files are content-addressed: two attachments of the same scan share one stored file,
    and a removal is a replicated tombstone (it reaches the office, and a removal racing an
    edit is a restorable conflict), so the stored file is never deleted with it."""
    from perut_desktop.models import Attachment

    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    other_vid = new_visit(replica, officer_id, day=dt.date(2026, 11, 11), village="Bihara")
    store = AttachmentStore(tmp_path / "att")
    scan = tmp_path / "notulen.pdf"
    scan.write_bytes(b"%PDF-1.4 notulen rapat")
    first = _attach_text(replica, store, vid, scan)
    second = _attach_text(replica, store, vid, scan)
    elsewhere = _attach_text(replica, store, other_vid, scan)
    assert first.sha256 == second.sha256 == elsewhere.sha256

    with at(replica) as s:
        assert visits.remove_attachment(s, first.id) is None
        assert [a.id for a in visits.attachments_of(s, vid)] == [second.id]
        assert [a.id for a in visits.attachments_of(s, other_vid)] == [elsewhere.id]
    with at(replica) as s:
        tombstone = s.get(Attachment, first.id, execution_options={"include_deleted": True})
        assert tombstone is not None and tombstone.deleted
    assert store.path_of(first.sha256).read_bytes() == b"%PDF-1.4 notulen rapat"

    with at(replica) as s:
        visits.remove_attachment(s, second.id)
        assert visits.attachments_of(s, vid) == []
    assert store.has(first.sha256), "still the file of the other visit's attachment"
    with pytest.raises(NotFound, match=f"^Lampiran dengan id {second.id} tidak ditemukan\\.$"):
        with at(replica) as s:
            visits.remove_attachment(s, second.id)  # already removed


def test_removing_an_unknown_attachment_is_refused(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, _, _ = setup_
    with pytest.raises(NotFound, match="^Lampiran dengan id 0000-tidak-ada tidak ditemukan\\.$"):
        with at(replica) as s:
            visits.remove_attachment(s, "0000-tidak-ada")


def test_attachment_of_a_submitted_visit_cannot_be_removed(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import OwnershipError
    from perut_desktop.services import workflow
    from tests.services.helpers import complete_visit

    officer_id, _ = officer_and_user(master)
    vid = new_visit(master, officer_id)
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "daftar-hadir.pdf"
    photo.write_bytes(b"%PDF-1.4 daftar hadir")
    info = _attach_text(master, store, vid, photo)
    complete_visit(master, vid)
    with at(master) as s:
        workflow.submit_visit(s, vid)
    with pytest.raises(OwnershipError, match="^Kunjungan berstatus Diajukan tidak dapat diubah; hanya kunjungan "
                                             "Draf atau Dikembalikan yang dapat diubah\\.$"):
        with at(master) as s:
            visits.remove_attachment(s, info.id)
    with at(master) as s:
        assert [a.id for a in visits.attachments_of(s, vid)] == [info.id]


def test_attachment_of_another_devices_visit_cannot_be_removed(master, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import OwnershipError
    from perut_desktop.services import villages
    from tests.services.helpers import as_device, field_device

    officer_id, _ = officer_and_user(master)
    laptop = field_device(master, officer_id)
    with as_device(master, laptop) as s:
        vid = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer_id,
                                  visit_date=dt.date(2026, 11, 10)).id
    store = AttachmentStore(tmp_path / "att")
    photo = tmp_path / "buku.pdf"
    photo.write_bytes(b"%PDF-1.4 buku")
    info = _attach_text(master, store, vid, photo, device_id=laptop)
    with pytest.raises(OwnershipError, match="^Kunjungan ini milik perangkat lain; lampiran hanya dapat diubah di "
                                             "perangkat pemiliknya \\(atau minta kantor kecamatan "
                                             "mengalihkannya\\)\\.$"):
        with at(master) as s:  # the office itself, not the laptop that owns the visit
            visits.remove_attachment(s, info.id)
    with as_device(master, laptop) as s:
        visits.remove_attachment(s, info.id)
        assert visits.attachments_of(s, vid) == []


def test_follow_up_edit_keeps_the_rules_and_a_refused_edit_changes_nothing(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id, day=dt.date(2026, 11, 10))
    with at(replica) as s:
        f = visits.add_follow_up(s, vid, task="Lengkapi Buku Agenda", responsible="Sekdes", due_on=dt.date(2026, 12, 1))
    with at(replica) as s:
        edited = visits.edit_follow_up(s, f.id, task=" Lengkapi  Buku Agenda 2026 ", responsible=" Kaur  Umum ",
                                       due_on=dt.date(2026, 11, 10))
        assert (edited.task, edited.responsible, edited.due_on) == (
            "Lengkapi  Buku Agenda 2026", "Kaur Umum", dt.date(2026, 11, 10))
    with pytest.raises(ValidationError, match="^Batas waktu 09-11-2026 tidak boleh sebelum tanggal kunjungan 10-11-2026\\.$"):
        with at(replica) as s:
            visits.edit_follow_up(s, f.id, task="Diubah", due_on=dt.date(2026, 11, 9))
    with pytest.raises(ValidationError, match="uraian tugas"):
        with at(replica) as s:
            visits.edit_follow_up(s, f.id, task="  ")
    with at(replica) as s:
        [kept] = visits.follow_ups_created_in(s, vid)
        assert (kept.task, kept.due_on) == ("Lengkapi  Buku Agenda 2026", dt.date(2026, 11, 10))


def test_a_removed_follow_up_is_restored_as_the_same_record(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    with at(replica) as s:
        f = visits.add_follow_up(s, vid, task="Buat Buku Tanah Desa", responsible="Kaur Umum", due_on=TODAY)
    with at(replica) as s:
        visits.remove_follow_up(s, f.id)
    with at(replica) as s:
        back = visits.restore_follow_up(s, f.id)
    assert back == f
    with at(replica) as s:
        assert visits.follow_ups_created_in(s, vid) == [f]
    with pytest.raises(NotFound, match="^Tindak lanjut dengan id nope tidak ditemukan\\.$"):
        with at(replica) as s:
            visits.restore_follow_up(s, "nope")


def test_progress_withdrawn_and_recorded_again(setup_) -> None:  # type: ignore[no-untyped-def]
    replica, officer_id, _ = setup_
    first = new_visit(replica, officer_id, day=dt.date(2026, 10, 6))
    with at(replica) as s:
        fu = visits.add_follow_up(s, first, task="Tutup Buku Kas", due_on=dt.date(2026, 10, 30))
    second = new_visit(replica, officer_id, day=dt.date(2026, 11, 10))
    with at(replica) as s:
        visits.record_progress(s, second, fu.id, status="selesai", note="Sudah")
    with at(replica) as s:
        visits.withdraw_progress(s, second, fu.id)
    with at(replica) as s:
        assert visits.progress_recorded_in(s, second) == []
        village_id = visits.visit_summary(s, second).village_id
        assert [f.id for f in visits.follow_ups_of_village(s, village_id)] == [fu.id], "open again"
    with at(replica) as s:  # the withdrawn record (derived id) comes back
        again = visits.record_progress(s, second, fu.id, status="dibatalkan", note="Tidak relevan")
    with at(replica) as s:
        assert visits.progress_recorded_in(s, second) == [again]
        assert again.status == "dibatalkan" and visits.follow_ups_of_village(s, village_id) == []
    with pytest.raises(NotFound, match="^Perkembangan tindak lanjut dengan id .+ tidak ditemukan\\.$"):
        with at(replica) as s:
            visits.withdraw_progress(s, first, fu.id)


def test_caption_restore_and_several_files_attached_all_or_none(setup_, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.errors import InputRejected

    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)
    store = AttachmentStore(tmp_path / "att")
    a, b, bad = tmp_path / "a.png", tmp_path / "b.pdf", tmp_path / "c.jpg"
    Image.new("RGB", (3200, 1600), "red").save(a)
    b.write_bytes(b"%PDF-1.4 scan")
    bad.write_bytes(b"not a picture")
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(InputRejected, match="^Berkas c.jpg bukan gambar yang dapat dibaca\\.$"):
        with at(replica) as s:
            visits.attach_files(s, store, vid, [a, b, bad])
    with at(replica) as s:
        assert visits.attachments_of(s, vid) == [], "none of the three"
    with at(replica) as s:
        pair = visits.attach_files(s, store, vid, [a, b], progress=lambda *p: seen.append(p))
    assert seen == [(0, 2, "a.png"), (1, 2, "b.pdf"), (2, 2, "")]
    assert [(i.filename, i.media_type) for i in pair] == [("a.jpg", "image/jpeg"), ("b.pdf", "application/pdf")]
    with at(replica) as s:
        captioned = visits.set_attachment_caption(s, pair[0].id, "  Buku  kas umum ")
        assert captioned.caption == "Buku kas umum"
    with at(replica) as s:
        visits.remove_attachment(s, pair[0].id)
    with at(replica) as s:
        assert visits.restore_attachment(s, pair[0].id) == captioned
        assert visits.attachments_of(s, vid) == [captioned, pair[1]]


def test_start_and_end_times_are_times_of_day_in_order(setup_) -> None:  # type: ignore[no-untyped-def]
    """What was typed into *Mulai* and *Selesai* reaches the printed report ("Pukul 09.00 –
    12.00 WITA"): a name typed into the wrong field, a 25th hour or an end before the start
    is refused with the field named, and nothing is changed."""
    replica, officer_id, _ = setup_
    vid = new_visit(replica, officer_id)

    def times() -> tuple[str, str]:
        with at(replica) as s:
            visit = s.get(Visit, vid)
            return visit.start_time, visit.end_time

    with at(replica) as s:
        visits.edit_visit(s, vid, start_time="9.00")
        visits.edit_visit(s, vid, end_time="12:30")
    assert times() == ("09.00", "12.30")  # written as the documents write times
    for field, value, message in (
            ("start_time", "Sekretaris Desa", "Jam mulai 'Sekretaris Desa' tidak valid; tulis jam dan menit, mis. 09.00."),
            ("end_time", "24.00", "Jam selesai '24.00' tidak valid"),
            ("end_time", "12.60", "Jam selesai '12.60' tidak valid"),
            ("start_time", "9.5", "Jam mulai '9.5' tidak valid"),
            ("start_time", "13.00", "Jam selesai 12.30 lebih awal dari jam mulai 13.00."),
            ("end_time", "08.59", "Jam selesai 08.59 lebih awal dari jam mulai 09.00.")):
        with pytest.raises(ValidationError, match=re.escape(message)), at(replica) as s:
            visits.edit_visit(s, vid, **{field: value})
        assert times() == ("09.00", "12.30"), value
    with at(replica) as s:
        visits.edit_visit(s, vid, start_time="12.30")
    assert times() == ("12.30", "12.30")  # ending as it starts is not "before"
    with at(replica) as s:
        visits.edit_visit(s, vid, start_time="", end_time="")
    assert times() == ("", "")  # may be left empty
    with at(replica) as s:
        village_id = s.get(Visit, vid).village_id
    with pytest.raises(ValidationError, match="Jam selesai 08.00 lebih awal dari jam mulai 10.00."), at(replica) as s:
        visits.create_visit(s, village_id=village_id, officer_id=officer_id, visit_date=TODAY,
                            start_time="10.00", end_time="08.00")
