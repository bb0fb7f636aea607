"""Who may write what, enforced on import (DESIGN.md §3, §4): a laptop's bundle that
writes master-only records, another laptop's visit, or versions of a device it cannot
relay is refused whole and changes nothing; a laptop's edits to a visit the master has
since handed to another laptop become conflicts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update

from perut_desktop.errors import InputRejected, OwnershipError
from perut_desktop.models import (
    Attendance,
    ChecklistResult,
    Device,
    Officer,
    Village,
    Visit,
    VillageOfficial,
    derived_id,
)
from perut_desktop.services import people, villages, visits, workflow
from perut_desktop.sync import conflicts as conflict_service
from tests.sync.helpers import add_officer, apply, at, conflicts, enrol_with_keys, export, fp, send

D1, D2, D3 = dt.date(2030, 1, 7), dt.date(2030, 1, 8), dt.date(2030, 1, 9)


def _officer_id(replica, name: str) -> str:  # type: ignore[no-untyped-def]
    with replica.begin() as s:
        return s.scalars(select(Officer.id).where(Officer.name.startswith(name))).one()


def _new_visit(replica, officer: str, village: str, day: dt.date = D1) -> str:  # type: ignore[no-untyped-def]
    with at(replica, day) as s:
        return visits.create_visit(s, village_id=villages.find_village(s, village).id,
                                   officer_id=_officer_id(replica, officer), visit_date=day).id


def _forged(replica, sql: str, *params: object) -> None:  # type: ignore[no-untyped-def]
    """An unstamped write straight into a replica's database (what a tampered laptop can do)."""
    with replica.engine.begin() as c:
        c.exec_driver_sql(sql, params)


def _submit(trio, vid: str) -> None:  # type: ignore[no-untyped-def]
    """Laptop a completes its visit (books, attendance, minutes) and submits it."""
    with at(trio.a, D1, 11) as s:
        for r in visits.results(s, vid):
            visits.set_result(s, vid, r.item_code, status="lengkap")
        visits.add_attendee(s, vid, name="Hendra Saputra", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku.", decisions="Melengkapi buku.")
        workflow.submit_visit(s, vid)


def _submitted_visit(trio) -> str:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    _submit(trio, vid)
    return vid


def _refused(trio, bundle, match: str) -> None:  # type: ignore[no-untyped-def]
    before = fp(trio.master)
    with pytest.raises(InputRejected, match=match):
        apply(trio.master, bundle)
    assert fp(trio.master) == before


def test_laptop_writing_master_data_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    with at(trio.a, D1, master_device_id=trio.a.device_id) as s:  # a laptop pretending to be the master
        s.scalars(select(Village).where(Village.name == "Tundi")).one().name = "Tundi Baru"
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah data desa, yang hanya boleh diubah kantor "
             r"kecamatan \(master\)\.$")


def test_laptop_recording_a_master_transition_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _submitted_visit(trio)
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    with at(trio.a, D2, master_device_id=trio.a.device_id, actor_id=trio.user_id) as s:
        workflow.verify_visit(s, vid)
    # without the review record (master-only, refused on its own): the status event alone
    _forged(trio.a, "DELETE FROM review WHERE visit_id = ?", vid)
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah status kunjungan ke Diverifikasi, "
             r"yang hanya boleh dilakukan kantor kecamatan\.$")


def test_laptop_edit_made_after_its_submission_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """A submitted visit is no longer the laptop's to edit: an edit stamped after the
    submission is refused by the import check even when the laptop's own hook is bypassed."""
    vid = _submitted_visit(trio)
    send(trio.a, trio.master, trio.folder)
    _forged(trio.a, "DELETE FROM visit_status_event WHERE visit_id = ? AND to_status = 'diajukan'", vid)
    with at(trio.a, D2) as s:  # the laptop, having forgotten its submission, edits the visit
        visits.edit_visit(s, vid, summary="diubah setelah diajukan")
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah kunjungan kunjungan {vid} ketika kunjungan "
             r"itu berstatus Diajukan\.$")


def test_a_new_officer_from_a_laptop_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """A record the master has never seen is checked field by field like an edit."""
    from perut_desktop.services import people

    with at(trio.a, D1, master_device_id=trio.a.device_id) as s:  # a laptop pretending to be the master
        people.add_officer(s, name="Pendamping Palsu", villages=[])
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah data pendamping \(\w+\), yang hanya boleh "
             r"diubah kantor kecamatan \(master\)\.$")

def test_a_submission_recorded_before_the_office_renamed_its_officer_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """The event names the officer as the laptop knew him; the office renamed him since."""
    from perut_desktop.services import people

    vid = _submitted_visit(trio)  # on 7 Jan, as "Rahmadi, S.AP.", not sent yet
    with at(trio.master, D2) as s:
        people.edit_officer(s, _officer_id(trio.master, "Rahmadi"), name="Rahmadi Saputra, S.AP.")
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied"
    with trio.master.begin() as s:
        assert visits.status_of(s, vid).value == "diajukan"


def test_a_status_change_from_a_laptop_the_office_holds_no_officer_for_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    _forged(trio.master, "UPDATE device SET officer_id = NULL WHERE id = ?", trio.a.device_id)
    _submit(trio, vid)
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: status kunjungan \S+ dari perangkat {trio.a.device_id} mencatat pelaku lain dari "
             r"perangkat itu dan pendampingnya\.$")

def test_a_status_event_dated_exactly_at_the_last_recorded_one_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """A second event carrying the version of the visit's last recorded event (a device's
    versions are unique: no honest laptop writes two events at one version) is refused,
    even when it would sort after that event and continue from its status."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    forged = "ffffffff-ffff-4fff-bfff-ffffffffffff"
    _forged(trio.a, "UPDATE replica_state SET seq = seq + 1")
    _forged(trio.a, "INSERT INTO visit_status_event (id, visit_id, from_status, to_status, device_id, user_profile_id, "
            "actor_name, actor_nip, occurred_at, recorded_hlc, note, version, vv, field_versions, deleted, seq) "
            "SELECT ?, visit_id, 'draf', 'diajukan', device_id, user_profile_id, actor_name, actor_nip, occurred_at, "
            "recorded_hlc, note, version, vv, field_versions, deleted, (SELECT seq FROM replica_state) "
            "FROM visit_status_event WHERE visit_id = ?", forged, vid)
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: status kunjungan {forged} dari perangkat {trio.a.device_id} disisipkan sebelum "
             r"riwayat status yang sudah tercatat\.$")
    with trio.master.begin() as s:
        assert visits.status_of(s, vid).value == "draf"


def test_a_laptop_records_the_newest_version_received_from_the_office(trio) -> None:  # type: ignore[no-untyped-def]
    """The office's highest version in its bundle becomes the laptop's mark of the office's
    time (the wall-clock check of the laptop's own writes reads it)."""
    from perut_desktop.models import Peer
    from perut_desktop.services import people

    with at(trio.master, D3) as s:
        officer = s.get(Officer, _officer_id(trio.master, "Siti"))
        people.edit_officer(s, officer.id, name="Siti Rahmah, S.Sos.")
    with trio.master.begin() as s:
        newest = s.get(Officer, officer.id).version
    assert send(trio.master, trio.a, trio.folder).status == "applied"
    with trio.a.begin() as s:
        assert s.get(Peer, trio.master.device_id).state["high_water"] == newest


def test_the_office_records_the_newest_version_received_from_a_laptop(trio) -> None:  # type: ignore[no-untyped-def]
    """The laptop's highest version in its bundle, here an edit of a record the office
    already holds, becomes the office's mark of that laptop's time."""
    from perut_desktop.models import Peer

    oid = _officer_id(trio.a, "Rahmadi")
    with at(trio.a, D3) as s:
        s.get(Officer, oid).phone = "081234567890"
    with trio.a.begin() as s:
        newest = s.get(Officer, oid).version
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    with trio.master.begin() as s:
        assert s.get(Officer, oid).phone == "081234567890"
        assert s.get(Peer, trio.a.device_id).state["high_water"] == newest


def _refused_with_a_malformed_device(sender, receiver, folder, where: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """``sender``'s bundle to ``receiver`` with the device part of one officer version
    (``where`` = ``value``) made malformed: refused, naming the table, nothing changed."""
    import sqlite3

    bundle = export(sender, receiver, folder)
    with sqlite3.connect(bundle[0]) as c:
        c.execute(f"UPDATE officer SET version = substr(version, 1, 20) || 'bad!dev' WHERE {where} = ?", (value,))
    c.close()
    before = fp(receiver)
    with pytest.raises(InputRejected, match=r"^Bundel ditolak: catatan officer rusak \(perangkat 'bad!dev' dalam versi "
                                            r"tidak sah\)\.$"):
        apply(receiver, (bundle[0], None))
    assert fp(receiver) == before


def test_an_office_bundle_with_a_malformed_device_in_a_version_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """The device part of every version the office's bundle brings must look like one; the
    refusal names the table."""
    from perut_desktop.services import people

    with at(trio.master, D2) as s:
        people.edit_officer(s, _officer_id(trio.master, "Siti"), name="Siti Rahmah, S.Sos.")
    _refused_with_a_malformed_device(trio.master, trio.a, trio.folder, "name", "Siti Rahmah, S.Sos.")


def test_a_laptop_bundle_with_a_malformed_device_in_a_version_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """The same on the office: the device part of every version a laptop's bundle brings
    must look like one; the refusal names the table."""
    with at(trio.a, D2) as s:
        s.get(Officer, _officer_id(trio.a, "Rahmadi")).phone = "081234567890"
    _refused_with_a_malformed_device(trio.a, trio.master, trio.folder, "phone", "081234567890")


def test_an_edit_of_a_visit_whose_officer_the_office_already_holds_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """Only an officer value the office does not hold yet must be the laptop's own: after
    the office handed the laptop to another officer, its edit of an earlier visit (the
    officer as the office has it) is applied."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    _forged(trio.master, "UPDATE device SET officer_id = ? WHERE id = ?", _officer_id(trio.master, "Siti"),
            trio.a.device_id)
    with at(trio.a, D2) as s:
        visits.edit_visit(s, vid, summary="Ringkasan ditambahkan")
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    with trio.master.begin() as s:
        visit = s.get(Visit, vid)
        assert visit.summary == "Ringkasan ditambahkan"
        assert visit.officer_id == _officer_id(trio.master, "Rahmadi")


def test_master_bundle_with_versions_of_an_unknown_device_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """A laptop accepts from the master only versions written by devices it knows."""
    stranger = "feedfacefeedface"
    with at(trio.master, D1, device_id=stranger) as s:  # written "as" a device nobody enrolled
        s.scalars(select(villages.VillageOfficial).order_by(villages.VillageOfficial.id)).first().phone = "0899"
    before = fp(trio.a)
    with pytest.raises(InputRejected, match=rf"^Bundel ditolak: village_official memuat perubahan dari perangkat "
                                            rf"tak dikenal \({stranger}\)\.$"):
        apply(trio.a, export(trio.master, trio.a, trio.folder))
    assert fp(trio.a) == before


def test_officer_device_may_send_its_own_phone(trio) -> None:  # type: ignore[no-untyped-def]
    oid = _officer_id(trio.a, "Rahmadi")
    with at(trio.a, D1) as s:
        s.get(Officer, oid).phone = "081234567890"
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.b, trio.folder)
    with trio.b.begin() as s:
        assert s.get(Officer, oid).phone == "081234567890"
    # but not another officer's
    other = _officer_id(trio.a, "Siti")
    with at(trio.a, D2) as s:
        s.execute(update(Device).where(Device.id == trio.a.device_id).values(officer_id=other))  # unstamped
        s.get(Officer, other).phone = "0800"
        s.execute(update(Device).where(Device.id == trio.a.device_id).values(officer_id=oid))
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah data pendamping \(phone\), yang hanya boleh "
             r"diubah kantor kecamatan \(master\)\.$")


def test_editing_another_laptops_visit_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.b, "Siti", "Baru")
    send(trio.b, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    with at(trio.a, D2) as s:
        s.execute(update(Visit).where(Visit.id == vid).values(device_id=trio.a.device_id))  # unstamped forgery
        visits.set_result(s, vid, "A.1", status="lengkap")
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah hasil pemeriksaan buku pada kunjungan {vid} "
             r"milik perangkat lain\.$")


def test_versions_of_a_device_the_laptop_cannot_relay_are_refused(trio) -> None:  # type: ignore[no-untyped-def]
    with at(trio.a, D1, device_id=trio.b.device_id) as s:  # written "as" laptop b
        o = s.scalars(select(villages.VillageOfficial)).first()
        o.phone = "0899"
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: village_official memuat perubahan atas nama perangkat {trio.b.device_id} yang belum "
             rf"pernah diterima kantor kecamatan; perangkat {trio.a.device_id} hanya dapat mengirim perubahannya "
             r"sendiri\.$")


def test_a_revoked_laptop_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    with at(trio.master, D1) as s:
        s.get(Device, trio.a.device_id).revoked = True
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Perangkat Laptop Rahmadi \({trio.a.device_id}\) sudah dicabut; bundelnya ditolak\.$")


def test_bundle_for_another_device_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    bundle = export(trio.a, trio.master, trio.folder)
    elsewhere = rf"^Bundel ini ditujukan ke perangkat {{}}, bukan perangkat ini \({trio.b.device_id}\)\.$"
    with pytest.raises(InputRejected, match=elsewhere.format(trio.master.device_id)):
        apply(trio.b, bundle)
    to_a = export(trio.master, trio.a, trio.folder)
    with pytest.raises(InputRejected, match=elsewhere.format(trio.a.device_id)):
        apply(trio.b, to_a)


def test_edits_to_a_reassigned_visit_become_conflicts(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    # meanwhile laptop a, not knowing, keeps working on it
    with at(trio.a, D2, 10) as s:
        visits.set_result(s, vid, "A.1", status="lengkap", notes="lengkap sekali")
        visits.add_attendee(s, vid, name="Warga Baru", group="masyarakat", gender="L")
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied" and result.conflicts >= 2
    rid = derived_id("checklist_result", vid, "A.1")
    with trio.master.begin() as s:
        assert s.get(ChecklistResult, rid).status is None  # not applied
        assert s.scalars(select(Attendance).where(Attendance.name == "Warga Baru")).first() is None
    kept = {(c.table_name, c.field) for c in conflicts(trio.master)}
    assert {("checklist_result", "status"), ("checklist_result", "notes"), ("attendance", "*")} <= kept
    # the new owner receives the visit and the conflicts, and may restore them
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    with at(trio.b, D3) as s:
        for c in conflict_service.list_conflicts(s):
            conflict_service.restore_conflict(s, c.id)
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(laptop, trio.master, trio.folder)
            send(trio.master, laptop, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.master.begin() as s:
        assert s.get(ChecklistResult, rid).status == "lengkap"
        assert s.scalars(select(Attendance).where(Attendance.name == "Warga Baru")).one().visit_id == vid
        assert s.get(Visit, vid).device_id == trio.b.device_id


def test_the_laptop_whose_edits_were_held_converges_too(trio) -> None:  # type: ignore[no-untyped-def]
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    with at(trio.a, D2, 10) as s:
        visits.set_result(s, vid, "A.1", status="lengkap")
        visits.add_attendee(s, vid, name="Warga Baru", group="masyarakat", gender="L")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D3) as s:
        for c in conflict_service.list_conflicts(s):
            conflict_service.dismiss_conflict(s, c.id, note="tidak dipakai")
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.a.begin() as s:
        assert s.get(ChecklistResult, derived_id("checklist_result", vid, "A.1")).status is None
        assert s.scalars(select(Attendance).where(Attendance.name == "Warga Baru")).first() is None
    with pytest.raises(OwnershipError, match=r"^Kunjungan ini milik perangkat lain; hasil pemeriksaan buku hanya dapat "
                                             r"diubah di perangkat pemiliknya \(atau minta kantor kecamatan "
                                             r"mengalihkannya\)\.$"), at(trio.a, D3) as s:
        visits.set_result(s, vid, "A.1", status="lengkap")


def test_a_submission_made_before_the_visit_went_away_and_came_back_is_held_not_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """a submits (not sent yet); the office hands the visit to b, b submits, the office
    returns it and hands it back to a. a's old submission, dated before all that, arrives:
    kept as a conflict — the bundle is not refused, the visit stays returned — and all
    three converge."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    _submit(trio, vid)  # submitted on a, not sent
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    send(trio.master, trio.b, trio.folder)
    with at(trio.b, D2, 10) as s:
        for r in visits.results(s, vid):
            visits.set_result(s, vid, r.item_code, status="lengkap")
        visits.add_attendee(s, vid, name="Siti Aminah", group="pemdes")
        visits.set_minutes(s, vid, discussion="Pemeriksaan ulang.", decisions="Melengkapi buku.")
        workflow.submit_visit(s, vid)
    send(trio.b, trio.master, trio.folder)
    with at(trio.master, D2, 11, actor_id=trio.user_id) as s:
        workflow.return_visit(s, vid, "lengkapi notulen")
        workflow.reassign_visit(s, vid, trio.a.device_id)
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied" and result.conflicts >= 1
    with trio.master.begin() as s:
        assert visits.status_of(s, vid).value == "dikembalikan"
    assert ("visit_status_event", "*") in {(c.table_name, c.field) for c in conflicts(trio.master)}
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_an_edit_lost_to_the_interim_owner_is_not_held_when_the_visit_comes_back(trio) -> None:  # type: ignore[no-untyped-def]
    """The office hands a's visit to b and later back to a; a, unaware, had edited a book's
    result that b then edited later (b's edit wins on a). a's next bundle carries the row
    with b's values and a's lost edit only in its version vector: it is taken as it is —
    not refused, and nothing held as a new edit of a's — and all three converge on b's."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    send(trio.master, trio.b, trio.folder)
    with at(trio.a, D2, 10) as s:  # a, not knowing, goes on
        visits.set_result(s, vid, "A.1", status="lengkap", notes="dari laptop lama")
    with at(trio.b, D2, 11) as s:
        visits.set_result(s, vid, "A.1", status="tidak_ada", notes="dari laptop baru")
    send(trio.b, trio.master, trio.folder)
    with at(trio.master, D2, 12) as s:
        workflow.reassign_visit(s, vid, trio.a.device_id)
    send(trio.master, trio.a, trio.folder)  # b's edit wins on a
    rid = derived_id("checklist_result", vid, "A.1")
    with trio.a.begin() as s:
        row = s.get(ChecklistResult, rid)
        assert (row.status, row.notes) == ("tidak_ada", "dari laptop baru")
        assert trio.a.device_id in row.vv  # a's lost edit, seen only there
    result = send(trio.a, trio.master, trio.folder, full=True)
    assert result.status == "applied"
    assert result.tables["checklist_result"].received >= 1
    assert result.tables["checklist_result"].held == 0
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.master.begin() as s:
        row = s.get(ChecklistResult, rid)
        assert (row.status, row.notes) == ("tidak_ada", "dari laptop baru")


@pytest.mark.parametrize("back", [False, True], ids=["handed-away", "handed-back"])
def test_a_held_edit_does_not_end_the_judging_of_the_rows_after_it(trio, back: bool) -> None:  # type: ignore[no-untyped-def]
    """A bundle's rows are judged one by one in id order. Edits held as conflicts (their visit
    handed to another laptop, or handed back after they were made) must not end the judging
    of the rows after them: a's forged edit of b's visit, whose row sorts after a held one,
    is still refused."""
    other = _new_visit(trio.b, "Siti", "Baru")
    send(trio.b, trio.master, trio.folder)
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)  # a now holds b's visit too
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    with at(trio.a, D2, 10) as s:  # a, not knowing, fills in the books
        codes = [r.item_code for r in visits.results(s, vid)]
        for code in codes:
            visits.set_result(s, vid, code, status="lengkap")
    if back:
        with at(trio.master, D2, 11) as s:
            workflow.reassign_visit(s, vid, trio.a.device_id)
    first_held = min(derived_id("checklist_result", vid, c) for c in codes)
    forged = max(codes, key=lambda c: derived_id("checklist_result", other, c))
    assert derived_id("checklist_result", other, forged) > first_held
    with at(trio.a, D2, 12) as s:
        s.execute(update(Visit).where(Visit.id == other).values(device_id=trio.a.device_id))  # unstamped forgery
        visits.set_result(s, other, forged, status="lengkap")
    _refused(trio, export(trio.a, trio.master, trio.folder),
             rf"^Bundel ditolak: perangkat {trio.a.device_id} mengubah hasil pemeriksaan buku pada kunjungan {other} "
             r"milik perangkat lain\.$")


def test_a_bundle_that_leaves_out_the_status_events_is_judged_by_the_stored_history(trio) -> None:  # type: ignore[no-untyped-def]
    """The payload format lets a bundle leave out a table it has no rows for. a's minutes of
    its draft, in a payload without the status-event table: judged by the visit's history
    as stored at the office (a draft), and taken."""
    import sqlite3

    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)  # (the office's acknowledgement)
    with at(trio.a, D2) as s:
        visits.set_minutes(s, vid, discussion="Pemeriksaan buku kas.", decisions="Buku kas diperbarui.")
    path, header = export(trio.a, trio.master, trio.folder)
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM visit_status_event").fetchone() == (0,)
        c.execute("DROP TABLE visit_status_event")
        counts = json.loads(c.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0])
        counts.pop("visit_status_event", None)
        c.execute("UPDATE meta SET value = ? WHERE key = 'counts'", (json.dumps(counts),))
    c.close()
    assert apply(trio.master, (path, {**header, "counts": counts})).status == "applied"
    with trio.master.begin() as s:
        assert visits.minutes_of(s, vid).discussion == "Pemeriksaan buku kas."


def test_lost_laptop_late_bundle_keeps_its_other_records_and_the_new_owners_edits(  # type: ignore[no-untyped-def]
        trio, capsys: pytest.CaptureFixture[str]) -> None:
    """The lost-laptop story with the command: the master hands a's open visit to b
    (``perut visit reassign``), b edits it; a late bundle from a is accepted for its
    other records, while its edits to the reassigned visit become conflicts and do not
    overwrite b's."""
    from perut_desktop import cli

    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(trio.master.data_dir), "visit", "reassign", vid,
                     "--to", trio.b.device_id]) == 0
    assert "dialihkan" in capsys.readouterr().out
    send(trio.master, trio.b, trio.folder)
    with at(trio.b, D2, 11) as s:  # the new owner works on it
        visits.set_result(s, vid, "A.1", status="tidak_ada", notes="dari laptop baru")
    send(trio.b, trio.master, trio.folder)
    # the old laptop, found again, had gone on working (on the visit and elsewhere)
    with at(trio.a, D2, 10) as s:
        visits.set_result(s, vid, "A.1", status="lengkap", notes="dari laptop lama")
        villages.add_official(s, villages.find_village(s, "Tundi").id, name="Pejabat Tundi", position="Kasi")
    other = _new_visit(trio.a, "Rahmadi", "Tundi", D2)
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied" and result.conflicts >= 1
    rid = derived_id("checklist_result", vid, "A.1")
    with trio.master.begin() as s:
        r = s.get(ChecklistResult, rid)
        assert (r.status, r.notes) == ("tidak_ada", "dari laptop baru")
        assert s.get(Visit, other) is not None and s.get(Visit, other).device_id == trio.a.device_id
        assert [o.name for o in villages.list_officials(s) if o.name == "Pejabat Tundi"] == ["Pejabat Tundi"]
    kept = {(c.table_name, c.field, c.loser_value) for c in conflicts(trio.master)}
    assert ("checklist_result", "status", "lengkap") in kept
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.a.begin() as s:
        assert s.get(ChecklistResult, rid).status == "tidak_ada"


def test_a_new_laptops_own_phone_reaches_a_laptop_with_its_device_record(trio) -> None:  # type: ignore[no-untyped-def]
    """A laptop enrolled after a's last sync changes its officer's phone; the office's next
    bundle brings a the new laptop's device record and that edit together: taken (the
    officer's own phone, from that officer's laptop, known by the same bundle)."""
    oid = add_officer(trio.master, "Budi Santoso", ["Tundi"])
    c = enrol_with_keys(trio.master, trio.folder, "c", "Budi Santoso")
    try:
        with at(c, D2) as s:
            s.get(Officer, oid).phone = "081200001111"
        send(c, trio.master, trio.folder)
    finally:
        c.close()
    with trio.a.begin() as s:
        assert s.get(Device, c.device_id) is None  # a has not heard of c yet
    assert send(trio.master, trio.a, trio.folder).status == "applied"
    with trio.a.begin() as s:
        assert s.get(Officer, oid).phone == "081200001111"


def test_master_bundle_relaying_a_laptops_edit_of_master_data_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """A laptop accepts master-only records from the master only as written by the master
    (the officer's own phone and e-mail excepted): a master's bundle relaying laptop b's
    edit of a village's name, or of an officer's name, is refused."""
    b = trio.b.device_id
    with at(trio.master, D1, device_id=b, master_device_id=b) as s:  # written "as" laptop b
        s.scalars(select(Village).where(Village.name == "Tundi")).one().name = "Tundi Baru"
    before = fp(trio.a)
    with pytest.raises(InputRejected, match=rf"^Bundel ditolak: data desa diubah oleh perangkat {b}, padahal hanya "
                                            r"boleh diubah kantor kecamatan \(master\)\.$"):
        apply(trio.a, export(trio.master, trio.a, trio.folder))
    assert fp(trio.a) == before


def test_master_bundle_relaying_an_officers_name_from_a_laptop_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    oid = _officer_id(trio.master, "Siti")
    b = trio.b.device_id
    with at(trio.master, D1, device_id=b, master_device_id=b) as s:  # written "as" Siti's own laptop
        s.get(Officer, oid).name = "Siti Palsu"
    before = fp(trio.a)
    with pytest.raises(InputRejected, match=rf"^Bundel ditolak: perangkat {b} mengubah data pendamping \(name\), yang "
                                            r"hanya boleh diubah kantor kecamatan \(master\)\.$"):
        apply(trio.a, export(trio.master, trio.a, trio.folder))
    assert fp(trio.a) == before


def _official_id(replica) -> str:  # type: ignore[no-untyped-def]
    with replica.begin() as s:
        return s.scalars(select(VillageOfficial.id).where(VillageOfficial.name == "Hendra Saputra")).one()


def _concurrent_positions(trio) -> str:  # type: ignore[no-untyped-def]
    """Laptop b's position of an official reaches the office; laptop a, unaware, writes its
    own and then hears of b's from the office (a conflict recorded on a)."""
    oid = _official_id(trio.master)
    with at(trio.b, D1) as s:
        villages.edit_official(s, oid, position="Sekretaris Desa (b)")
    send(trio.b, trio.master, trio.folder)
    with at(trio.a, D1, 11) as s:
        villages.edit_official(s, oid, position="Sekretaris Desa (a)")
    send(trio.master, trio.a, trio.folder)
    assert [c.field for c in conflicts(trio.a)] == ["position"]
    return oid


def test_a_laptops_conflict_naming_a_value_the_office_has_since_replaced_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """The office replaced b's value after a saw it: a's bundle, with its conflict naming b's
    value, is still an honest bundle and is taken (it was refused, and a laptop stayed
    refused for good); afterwards every replica holds the same conflict list."""
    oid = _concurrent_positions(trio)
    with at(trio.master, D2) as s:
        villages.edit_official(s, oid, position="Sekretaris Desa (kantor)")
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    send(trio.master, trio.b, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    kept = {(c.winner_value, c.loser_value) for c in conflicts(trio.master) if c.row_id == oid}
    assert any("Sekretaris Desa (b)" in pair for pair in kept), kept


def test_a_conflict_naming_a_value_another_laptop_never_sent_is_refused(trio) -> None:  # type: ignore[no-untyped-def]
    """The same table, but the other laptop's side carries a version the office has never
    seen: a stolen laptop inventing what b wrote. Refused, nothing applied."""
    oid = _concurrent_positions(trio)
    from perut_desktop.hlc import format_version
    from perut_desktop.models.replication import reserve_seq
    from perut_desktop.sync.merge import conflict_row

    with trio.a.begin() as s:
        row = s.get(VillageOfficial, oid)
        forged = conflict_row("village_official", oid, "position", (row.version, row.position),
                              (format_version(4_102_444_800_000, 7, trio.b.device_id), "Karangan b"))
        forged["seq"] = reserve_seq(s.connection())  # (it goes in a's next bundle)
    _forged(trio.a, f"INSERT INTO conflict ({', '.join(forged)}) VALUES ({', '.join('?' * len(forged))})",
            *(json.dumps(v) if isinstance(v, dict) else v for v in forged.values()))
    _refused(trio, export(trio.a, trio.master, trio.folder),
             r"^Bundel ditolak: konflik \S+ dari perangkat \w+ memuat nilai yang tidak tercatat di sini")


# --- conflict records a laptop sends: the office derives each one again and takes it -------------


def _in_sync(trio) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        for laptop in (trio.a, trio.b):
            send(trio.master, laptop, trio.folder)
            send(laptop, trio.master, trio.folder)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def _facts(replica, row_id: str) -> list[tuple[str, object, object, str]]:  # type: ignore[no-untyped-def]
    """(field, winner value, loser value, loser device) of the conflicts about ``row_id``."""
    return sorted(((c.field, c.winner_value, c.loser_value, c.loser_device_id) for c in conflicts(replica)
                   if c.row_id == row_id), key=lambda f: f[0])


@pytest.mark.parametrize("later", ["office", "laptop"])
def test_a_laptops_conflict_about_its_officers_own_phone_is_accepted(trio, later: str) -> None:  # type: ignore[no-untyped-def]
    """The office and the officer's laptop change the officer's phone at once. The laptop's
    conflict names the office's value (held here at that version) and its own (a field its
    officer may write): taken whichever side won — even when the laptop's winning value is
    found in no row any more because it wrote the phone again — and all three converge."""
    oid = _officer_id(trio.master, "Rahmadi")
    laptop_hour, office_hour = (10, 11) if later == "office" else (11, 10)
    with at(trio.a, D1, laptop_hour) as s:
        people.update_own_contact(s, phone="0812 1111 0001")
    with at(trio.master, D1, office_hour) as s:
        people.edit_officer(s, oid, phone="0812 2222 0002")
    send(trio.master, trio.a, trio.folder)
    assert [(c.table_name, c.field) for c in conflicts(trio.a)] == [("officer", "phone")]
    if later == "laptop":
        with at(trio.a, D1, 12) as s:
            people.update_own_contact(s, phone="0812 3333 0003")
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    lost = (("phone", "0812 2222 0002", "0812 1111 0001", trio.a.device_id) if later == "office"
            else ("phone", "0812 1111 0001", "0812 2222 0002", trio.master.device_id))
    assert _facts(trio.master, oid) == [lost]
    _in_sync(trio)
    with trio.b.begin() as s:
        assert s.get(Officer, oid).phone == ("0812 2222 0002" if later == "office" else "0812 3333 0003")


def test_a_laptops_conflict_whose_side_is_its_own_delete_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """Laptop b changes an official's phone; laptop a, not knowing, removes the official.
    a's conflict (its delete hid b's edit) names a delete found only in a's own row: taken,
    the official stays removed everywhere and every replica keeps the one conflict."""
    oid = _official_id(trio.master)
    with at(trio.b, D1, 10) as s:
        villages.edit_official(s, oid, phone="0812 4444 0004")
    send(trio.b, trio.master, trio.folder)
    with at(trio.a, D1, 11) as s:
        villages.remove_official(s, oid)
    send(trio.master, trio.a, trio.folder)
    lost = ("phone", {"__deleted__": True}, "0812 4444 0004", trio.b.device_id)
    assert _facts(trio.a, oid) == [lost]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    assert _facts(trio.master, oid) == [lost]
    _in_sync(trio)
    with trio.b.begin() as s:
        assert s.get(VillageOfficial, oid, execution_options={"include_deleted": True}).deleted


def test_a_laptops_conflict_about_a_number_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """Both laptops set a village's number of urusan at once: the conflict's values are
    numbers (stored as such by SQLite), and a's bundle carrying it is taken."""
    with trio.master.begin() as s:
        awayan = villages.find_village(s, "Awayan").id
    with at(trio.b, D1, 10) as s:
        villages.update_profile(s, awayan, sotk_urusan=2)
    send(trio.b, trio.master, trio.folder)
    with at(trio.a, D1, 11) as s:
        villages.update_profile(s, awayan, sotk_urusan=3)
    send(trio.master, trio.a, trio.folder)
    assert [(c.field, c.winner_value, c.loser_value) for c in conflicts(trio.a)] == [("sotk_urusan", 3, 2)]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    assert [(c.field, c.winner_value, c.loser_value) for c in conflicts(trio.master)] == [("sotk_urusan", 3, 2)]
    _in_sync(trio)


def test_a_conflict_about_the_visit_record_itself_lost_to_the_interim_owner_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """As for a book's result (above), on the visit record: a's agenda, written while the
    visit was b's, loses to b's later one; a's conflict names its own lost agenda on a
    visit that is a's again at the office: taken, and all three converge on b's agenda."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    send(trio.master, trio.b, trio.folder)
    with at(trio.a, D2, 10) as s:
        visits.edit_visit(s, vid, agenda="Agenda laptop lama")
    with at(trio.b, D2, 11) as s:
        visits.edit_visit(s, vid, agenda="Agenda laptop baru")
    send(trio.b, trio.master, trio.folder)
    with at(trio.master, D2, 12) as s:
        workflow.reassign_visit(s, vid, trio.a.device_id)
    send(trio.master, trio.a, trio.folder)
    lost = ("agenda", "Agenda laptop baru", "Agenda laptop lama", trio.a.device_id)
    assert _facts(trio.a, vid) == [lost]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    assert _facts(trio.master, vid) == [lost]
    _in_sync(trio)
    with trio.master.begin() as s:
        assert s.get(Visit, vid).agenda == "Agenda laptop baru"


def test_a_held_edit_keeps_as_conflicts_only_the_fields_the_laptop_changed(trio) -> None:  # type: ignore[no-untyped-def]
    """b, the visit's new owner, renames an attendee; a, not knowing, sets the attendee's
    gender. a's row is held: one conflict, about the gender — none about the name, whose
    old value a merely had not heard was replaced."""
    vid = _new_visit(trio.a, "Rahmadi", "Awayan")
    with at(trio.a, D1, 11) as s:
        aid = visits.add_attendee(s, vid, name="Warga Hadir", group="masyarakat").id
    send(trio.a, trio.master, trio.folder)
    with at(trio.master, D2, 9) as s:
        workflow.reassign_visit(s, vid, trio.b.device_id)
    send(trio.master, trio.b, trio.folder)
    with at(trio.b, D2, 10) as s:
        visits.edit_attendee(s, aid, name="Warga Hadir Benar")
    send(trio.b, trio.master, trio.folder)
    with at(trio.a, D2, 11) as s:
        visits.edit_attendee(s, aid, gender="P")
    result = send(trio.a, trio.master, trio.folder)
    assert result.status == "applied"
    assert [(f, w, lo) for f, w, lo, _d in _facts(trio.master, aid)] == [("gender", None, "P")]
    with trio.master.begin() as s:
        row = s.get(Attendance, aid)
        assert (row.name, row.gender) == ("Warga Hadir Benar", None)


def _one_conflict_everywhere(trio):  # type: ignore[no-untyped-def]
    """The conflict of :func:`_concurrent_positions`, on the office and laptop a alike."""
    oid = _concurrent_positions(trio)
    send(trio.a, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    [c] = [c for c in conflicts(trio.master) if c.row_id == oid]
    return c


def _resolution(replica, cid: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(x.status, x.resolved_note) for x in conflicts(replica) if x.id == cid]


@pytest.mark.parametrize("first", ["laptop", "office"])
def test_a_conflict_resolved_on_the_laptop_and_later_at_the_office_is_taken_either_way(trio, first: str) -> None:  # type: ignore[no-untyped-def]
    """Laptop a dismisses a conflict with a note; the office, not knowing, dismisses it later
    with its own. Whether a's bundle comes first (its own resolution and note, new to the
    office) or after the office's resolution reached a (the office's, relayed back with a's
    lost one in the vector), it is taken, and every replica keeps the office's resolution."""
    c = _one_conflict_everywhere(trio)
    with at(trio.a, D2, 10) as s:
        conflict_service.dismiss_conflict(s, c.id, note="dicek di laptop")
    with at(trio.master, D2, 11) as s:
        conflict_service.dismiss_conflict(s, c.id, note="dicek di kantor")
    if first == "office":
        send(trio.master, trio.a, trio.folder)
        assert _resolution(trio.a, c.id) == [("dismissed", "dicek di kantor")]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    _in_sync(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _resolution(r, c.id) == [("dismissed", "dicek di kantor")]


def test_a_laptops_resolution_merged_with_the_offices_note_is_taken(trio) -> None:  # type: ignore[no-untyped-def]
    """The office dismisses a conflict with a note; laptop a, not knowing, restores it later
    without one. On a the two merge field by field: a's status, the office's note. a's
    bundle then carries a record with a field the office wrote (its own, already held
    here) beside a's: taken, and every replica keeps a's status with the office's note."""
    c = _one_conflict_everywhere(trio)
    with at(trio.master, D2, 10) as s:
        conflict_service.dismiss_conflict(s, c.id, note="dicek di kantor")
    with at(trio.a, D2, 11) as s:
        conflict_service.restore_conflict(s, c.id)
    send(trio.master, trio.a, trio.folder)
    assert _resolution(trio.a, c.id) == [("restored", "dicek di kantor")]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    _in_sync(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _resolution(r, c.id) == [("restored", "dicek di kantor")]


def test_a_laptops_conflict_naming_its_own_lost_value_is_accepted(trio) -> None:  # type: ignore[no-untyped-def]
    """a sets an official's position, b sets it later; on a, b's wins. a's conflict names its
    own lost value, kept in no row anywhere: a value a may write in a table any device may
    write, so taken, and every replica keeps the one conflict."""
    oid = _official_id(trio.master)
    with at(trio.a, D1, 10) as s:
        villages.edit_official(s, oid, position="Sekretaris Desa (a)")
    with at(trio.b, D1, 11) as s:
        villages.edit_official(s, oid, position="Sekretaris Desa (b)")
    send(trio.b, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    lost = ("position", "Sekretaris Desa (b)", "Sekretaris Desa (a)", trio.a.device_id)
    assert _facts(trio.a, oid) == [lost]
    assert send(trio.a, trio.master, trio.folder).status == "applied"
    assert _facts(trio.master, oid) == [lost]
    _in_sync(trio)
