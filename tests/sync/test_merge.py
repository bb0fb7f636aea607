"""The merge (DESIGN.md §4 guarantees 1–4): concurrent edits to different fields both
survive; the same field picks the same winner everywhere and keeps the loser as one
conflict; a delete racing an edit is a conflict; sequential edits never conflict; a
bundle imported twice changes nothing; an old bundle after a newer one rolls nothing back."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from perut_desktop.hlc import derived_version, device_of
from perut_desktop.models import VillageOfficial, VillageProfile, derived_id, field_versions_of
from perut_desktop.services import villages
from perut_desktop.sync import conflicts as conflict_service
from perut_desktop.sync.merge import DELETED_MARKER, conflict_row
from tests.sync.helpers import apply, at, conflicts, export, fp, ms_at, send

# after the clock of the fixture (built with the real clock)
D1, D2, D3 = dt.date(2030, 1, 7), dt.date(2030, 1, 8), dt.date(2030, 1, 9)


def _official(replica, name: str = "Hendra Saputra") -> VillageOfficial:  # type: ignore[no-untyped-def]
    with replica.begin() as s:
        return s.scalars(select(VillageOfficial).where(VillageOfficial.name == name)
                         .execution_options(include_deleted=True)).one()


def _edit(replica, day: dt.date, hour: int = 10, **changes):  # type: ignore[no-untyped-def]
    oid = _official(replica).id
    with at(replica, day, hour) as s:
        villages.edit_official(s, oid, **changes)


def _round(trio) -> None:  # type: ignore[no-untyped-def]
    """Laptops → master, master → laptops."""
    send(trio.a, trio.master, trio.folder)
    send(trio.b, trio.master, trio.folder)
    send(trio.master, trio.a, trio.folder)
    send(trio.master, trio.b, trio.folder)


def test_trio_starts_in_sync(trio) -> None:  # type: ignore[no-untyped-def]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    assert conflicts(trio.master) == []


def test_concurrent_edits_to_different_fields_both_survive(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.master, D1, phone="0812-master")
    _edit(trio.a, D1, position="Kepala Desa Definitif")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.phone, o.position) == ("0812-master", "Kepala Desa Definitif")
        assert conflicts(r) == []
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_same_field_same_winner_everywhere_and_one_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, 10, phone="0812-a")
    _edit(trio.b, D1, 11, phone="0812-b")  # the later clock wins
    _edit(trio.master, D1, 9, phone="0812-m")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _official(r).phone == "0812-b"
        losers = sorted(c.loser_value for c in conflicts(r))
        assert losers == ["0812-a", "0812-m"], losers
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_order_of_merging_does_not_change_the_result(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, 10, phone="0812-a", position="Kades A")
    _edit(trio.b, D1, 11, phone="0812-b")
    _edit(trio.master, D1, 12, name="Hendra S.")
    bundle_a = export(trio.a, trio.master, trio.folder)
    bundle_b = export(trio.b, trio.master, trio.folder)
    # the master merges a then b; laptop b later gets everything; a gets b's edit via the master
    apply(trio.master, bundle_a)
    apply(trio.master, bundle_b)
    _round(trio)
    _round(trio)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    o = _official(trio.a, "Hendra S.")
    assert (o.phone, o.position) == ("0812-b", "Kades A")
    assert [c.loser_value for c in conflicts(trio.b)] == ["0812-a"]


def test_equal_values_are_not_conflicts(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, 10, phone="0812-same")
    _edit(trio.master, D1, 11, phone="0812-same")
    _round(trio)
    assert conflicts(trio.master) == [] and conflicts(trio.a) == []


def test_sequential_edits_never_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, phone="1")
    _round(trio)
    _edit(trio.master, D2, phone="2")  # after receiving a's edit
    _edit(trio.master, D2, 11, phone="3")
    _round(trio)
    _edit(trio.b, D3, phone="4")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _official(r).phone == "4"
        assert conflicts(r) == []
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_delete_racing_an_edit_is_a_restorable_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    oid = _official(trio.master).id
    with at(trio.master, D1) as s:
        villages.remove_official(s, oid)
    _edit(trio.a, D1, 9, phone="0812-baru")  # earlier clock: still not lost
    _round(trio)
    _round(trio)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert o.deleted and o.phone == "0812-baru"
        [c] = conflicts(r)
        assert (c.field, c.loser_value, c.winner_value) == ("phone", "0812-baru", {"__deleted__": True})
    with at(trio.a, D2) as s:
        info = conflict_service.list_conflicts(s)[0]
        assert info.kind == "delete"
        conflict_service.restore_conflict(s, info.id)
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert not o.deleted and o.phone == "0812-baru"
        assert [c.status for c in conflicts(r)] == ["restored"]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_restore_and_dismiss_replicate(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, 10, phone="0812-a")
    _edit(trio.master, D1, 11, phone="0812-m")
    _round(trio)
    _round(trio)
    [c] = conflicts(trio.a)
    with at(trio.a, D2) as s:
        conflict_service.restore_conflict(s, c.id[:8], note="nomor yang benar")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _official(r).phone == "0812-a"
        assert [(x.status, x.resolved_note) for x in conflicts(r)] == [("restored", "nomor yang benar")]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_profile_created_on_two_laptops_merges(trio) -> None:  # type: ignore[no-untyped-def]
    with at(trio.a, D1, 10) as s:
        villages.update_profile(s, villages.find_village(s, "Awayan").id, classification="swakarya", sotk_urusan=2)
    with at(trio.b, D1, 11) as s:
        villages.update_profile(s, villages.find_village(s, "Awayan").id, sotk_seksi=3)
    _round(trio)
    _round(trio)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    with trio.master.begin() as s:
        vid = villages.find_village(s, "Awayan").id
        p = s.get(VillageProfile, derived_id("village_profile", vid))
        # both created the record: every field was written by both; b's later values win
        assert (p.classification, p.sotk_urusan, p.sotk_seksi) == (None, None, 3)
        fv = field_versions_of(p)
        assert p.version >= max(fv.values())
    # a created the fields b set later (and the reverse): every differing value is kept
    assert {c.field for c in conflicts(trio.master)} == {"classification", "sotk_urusan", "sotk_seksi"}


def test_importing_twice_changes_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, phone="0812-a")
    bundle = export(trio.a, trio.master, trio.folder)
    first = apply(trio.master, bundle)
    assert first.status == "applied" and first.applied == 1
    before = fp(trio.master)
    with trio.master.engine.connect() as c:
        seq = c.exec_driver_sql("SELECT seq FROM replica_state").scalar()
    again = apply(trio.master, bundle)
    assert again.status == "already"
    with trio.master.engine.connect() as c:
        assert c.exec_driver_sql("SELECT seq FROM replica_state").scalar() == seq
    assert fp(trio.master) == before
    # the same rows in a new bundle (not yet acknowledged) change nothing either
    again2 = apply(trio.master, export(trio.a, trio.master, trio.folder))
    assert again2.status == "applied" and again2.applied == 0 and fp(trio.master) == before


def test_an_old_bundle_after_a_newer_one_rolls_nothing_back(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, phone="1")
    old = export(trio.a, trio.master, trio.folder)
    _edit(trio.a, D2, phone="2")
    new = export(trio.a, trio.master, trio.folder)
    apply(trio.master, new)
    assert _official(trio.master).phone == "2"
    result = apply(trio.master, old)
    assert result.status == "applied" and result.applied == 0
    assert _official(trio.master).phone == "2"
    assert conflicts(trio.master) == []


def test_dry_run_changes_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    _edit(trio.a, D1, phone="0812-a")
    bundle = export(trio.a, trio.master, trio.folder)
    before = fp(trio.master)
    result = apply(trio.master, bundle, dry_run=True)
    assert result.status == "dry-run" and result.applied == 1
    assert fp(trio.master) == before
    assert apply(trio.master, bundle).status == "applied"


def test_an_edit_in_the_same_millisecond_after_a_sync_arrives(trio) -> None:  # type: ignore[no-untyped-def]
    """Two edits of one field within one millisecond of the laptop's clock, a bundle sent in
    between: the second is newer than the first everywhere, so the master takes it."""
    oid = _official(trio.a).id
    now = ms_at(D1)
    with trio.a.begin(now_ms=lambda: now) as s:
        villages.edit_official(s, oid, phone="0811-pertama")
    send(trio.a, trio.master, trio.folder)
    with trio.a.begin(now_ms=lambda: now) as s:
        villages.edit_official(s, oid, phone="0811-kedua")
    send(trio.a, trio.master, trio.folder)
    assert _official(trio.master).phone == "0811-kedua"
    assert fp(trio.master) == fp(trio.a)


def _state(replica) -> tuple[str, dict[str, str], dict[str, str]]:  # type: ignore[no-untyped-def]
    """The official's version, version vector and field versions."""
    o = _official(replica)
    return o.version, dict(o.vv), field_versions_of(o)


def test_a_field_by_field_merge_is_named_by_its_field_versions_on_every_replica(trio) -> None:  # type: ignore[no-untyped-def]
    """Concurrent edits of different fields: the master merges field by field (counted as
    merged), the laptop then fast-forwards to that row (counted as updated); both hold the
    same row, whose version is derived from its field versions and whose vector includes
    both edits."""
    _edit(trio.master, D1, 10, phone="0812-master")
    _edit(trio.a, D1, 11, position="Kepala Desa Definitif")
    m_version, m_vv, m_fv = _state(trio.master)
    a_version, a_vv, a_fv = _state(trio.a)
    merged = apply(trio.master, export(trio.a, trio.master, trio.folder)).tables["village_official"]
    assert (merged.received, merged.merged, merged.updated, merged.unchanged) == (1, 1, 0, 0)
    forward = apply(trio.a, export(trio.master, trio.a, trio.folder)).tables["village_official"]
    assert (forward.updated, forward.merged) == (1, 0)
    expected_fv = {**m_fv, "position": a_fv["position"]}
    expected_vv = {d: max(m_vv.get(d, ""), a_vv.get(d, "")) for d in {*m_vv, *a_vv}}
    for r in (trio.master, trio.a):
        o = _official(r)
        assert (o.phone, o.position) == ("0812-master", "Kepala Desa Definitif")
        assert field_versions_of(o) == expected_fv
        assert o.version == derived_version(expected_fv) and o.version not in (m_version, a_version)
        assert o.vv == expected_vv
    assert expected_vv[trio.master.device_id] == m_version and expected_vv[trio.a.device_id] == a_version
    assert fp(trio.master) == fp(trio.a)


def test_when_every_field_of_the_local_row_wins_it_keeps_its_version_and_learns_the_other(trio) -> None:  # type: ignore[no-untyped-def]
    """The laptop's earlier edit of the phone loses to the master's later one: the master's
    row keeps its own version (only its vector now includes the laptop's edit), the loser is
    one conflict, and the laptop fast-forwards to the master's row."""
    _edit(trio.a, D1, 10, phone="0812-a")
    _edit(trio.master, D1, 11, phone="0812-m")
    a_version = _official(trio.a).version
    m_version, m_vv, m_fv = _state(trio.master)
    stats = apply(trio.master, export(trio.a, trio.master, trio.folder))
    assert (stats.tables["village_official"].merged, stats.conflicts) == (1, 1)
    assert apply(trio.a, export(trio.master, trio.a, trio.folder)).tables["village_official"].updated == 1
    for r in (trio.master, trio.a):
        version, vv, fv = _state(r)
        assert (_official(r).phone, version, fv) == ("0812-m", m_version, m_fv)
        assert vv == {**m_vv, trio.a.device_id: a_version}
    assert fp(trio.master) == fp(trio.a)
    # a further import of the same edit changes nothing and finds no new conflict
    again = apply(trio.master, export(trio.a, trio.master, trio.folder))
    assert again.applied == 0 and len(conflicts(trio.master)) == 1


def test_the_conflict_record_names_both_edits_alike_on_every_replica(trio) -> None:  # type: ignore[no-untyped-def]
    oid = _official(trio.master).id
    _edit(trio.a, D1, 10, phone="0812-a")
    _edit(trio.master, D1, 11, phone="0812-m")
    a_version, m_version = _official(trio.a).version, _official(trio.master).version
    _round(trio)
    _round(trio)
    records = []
    for r in (trio.master, trio.a, trio.b):
        [c] = conflicts(r)
        records.append((c.id, c.version, c.vv))
        assert c.id == derived_id("conflict", "village_official", oid, "phone", a_version)
        assert (c.table_name, c.row_id, c.field, c.status, c.resolved_note, c.deleted) == \
            ("village_official", oid, "phone", "open", "", False)
        assert (c.winner_version, c.winner_value, c.loser_version, c.loser_value, c.loser_device_id) == \
            (m_version, "0812-m", a_version, "0812-a", trio.a.device_id)
        assert c.vv == {trio.master.device_id: m_version, trio.a.device_id: a_version}
        assert c.version > m_version and device_of(c.version) == trio.master.device_id
    assert records[0] == records[1] == records[2]


def test_the_conflict_record_is_the_same_in_every_release() -> None:
    """Replicas detect the same conflict independently, possibly running different releases
    of PERUT: the record's id, version and vector are a fixed function of the two edits."""
    a, b = "a1b2c3d4e5f60718", "9f8e7d6c5b4a3921"
    later, earlier = f"1893924000000-00000-{a}", f"1893920400000-00003-{b}"
    row = "6f1c0e5e-0000-4000-8000-000000000001"
    common = {"table_name": "village_official", "row_id": row, "status": "open", "resolved_note": "",
              "field_versions": "{}", "deleted": 0}
    assert conflict_row("village_official", row, "phone", (later, "0812-b"), (earlier, "0812-a")) == {
        **common, "id": "400ed390-3209-5764-a573-c6cb2e025a7d", "field": "phone",
        "winner_version": later, "winner_value": '"0812-b"', "loser_version": earlier, "loser_value": '"0812-a"',
        "loser_device_id": b, "version": f"{later}.1ed4bdf9", "vv": f'{{"{b}":"{earlier}","{a}":"{later}"}}'}
    # a delete (at the earlier version) that hid a later edit
    assert conflict_row("village_official", row, "phone", (earlier, DELETED_MARKER), (later, "0812-a")) == {
        **common, "id": "78964e65-dde9-57b9-a0dc-d78327c6c4e7", "field": "phone",
        "winner_version": earlier, "winner_value": '{"__deleted__": true}', "loser_version": later,
        "loser_value": '"0812-a"', "loser_device_id": a, "version": f"{later}.5bb5fb43",
        "vv": f'{{"{b}":"{earlier}","{a}":"{later}"}}'}
    # both edits by one device: its entry is the later one
    lost = f"1893920400000-00001-{a}"
    assert conflict_row("village_official", row, "*", (later, None), (lost, {"name": "x"})) == {
        **common, "id": "e5243662-e74b-5756-b303-c07be1140150", "field": "*",
        "winner_version": later, "winner_value": "null", "loser_version": lost, "loser_value": '{"name": "x"}',
        "loser_device_id": a, "version": f"{later}.2cbe616a", "vv": f'{{"{a}":"{later}"}}'}


def test_a_conflict_found_again_with_another_winner_takes_the_later_detection(master) -> None:  # type: ignore[no-untyped-def]
    """One losing edit found against two different winners is one conflict record (its id
    names the loser). A replica that holds the first detection and finds it again merges the
    two like any record: the later detection's winner is stored, and its vector learns every
    device of both, so neither detection is sent back as new."""
    from perut_desktop.sync import engine

    a, b, c = "a1b2c3d4e5f60718", "9f8e7d6c5b4a3921", "0c0c0c0c0c0c0c0c"
    row, lose = "6f1c0e5e-0000-4000-8000-000000000001", f"1893920400000-00000-{b}"
    w1, w2 = f"1893924000000-00000-{a}", f"1893927600000-00000-{c}"
    first = conflict_row("village_official", row, "position", (w1, "Kasi (a)"), (lose, "Kasi (b)"))
    again = conflict_row("village_official", row, "position", (w2, "Kasi (c)"), (lose, "Kasi (b)"))
    assert first["id"] == again["id"] and again["version"] > first["version"]
    with master.engine.begin() as conn:
        assert engine._merge_generated(conn, [first], 1) == 1
        assert engine._merge_generated(conn, [again], 2) == 1
        assert engine._merge_generated(conn, [first], 3) == 0  # the older detection, once more
        stored = conn.exec_driver_sql("SELECT winner_version, winner_value, loser_value, version, vv FROM conflict "
                                      "WHERE id = ?", (first["id"],)).one()
    assert stored[:4] == (w2, '"Kasi (c)"', '"Kasi (b)"', again["version"])
    assert json.loads(stored[4]) == {a: w1, b: lose, c: w2}


def test_a_conflict_resolved_on_two_replicas_at_once_keeps_the_later_resolution(trio) -> None:  # type: ignore[no-untyped-def]
    """The office dismisses a conflict while the laptop restores it: the two resolutions
    merge like any record (the later one wins) and are not themselves a conflict."""
    _edit(trio.a, D1, 10, phone="0812-a")
    _edit(trio.master, D1, 11, phone="0812-m")
    _round(trio)
    _round(trio)
    [c] = conflicts(trio.master)
    with at(trio.master, D2, 10) as s:
        conflict_service.dismiss_conflict(s, c.id, note="nomor kantor")
    with at(trio.a, D2, 11) as s:
        conflict_service.restore_conflict(s, c.id, note="nomor baru")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        assert [(x.id, x.status, x.resolved_note) for x in conflicts(r)] == [(c.id, "restored", "nomor baru")]
        assert _official(r).phone == "0812-a"
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_a_delete_with_an_edit_of_the_same_field_keeps_both_losing_values(trio) -> None:  # type: ignore[no-untyped-def]
    """The office changes the phone and then removes the official, while the laptop (later)
    changes the phone too: the laptop's phone wins the field over the office's, which is kept,
    and the removal wins the record over the laptop's phone, which is kept too."""
    oid = _official(trio.master).id
    _edit(trio.master, D1, 9, phone="0812-m")
    m_phone = _official(trio.master).version
    with at(trio.master, D1, 10) as s:
        villages.remove_official(s, oid)
    m_delete = _official(trio.master).version
    _edit(trio.a, D1, 11, phone="0812-a")
    a_phone = _official(trio.a).version
    _round(trio)
    _round(trio)
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.deleted, o.phone) == (True, "0812-a")
        assert field_versions_of(o)["deleted"] == m_delete and field_versions_of(o)["phone"] == a_phone
        got = sorted(((c.field, c.winner_version, c.winner_value, c.loser_version, c.loser_value)
                      for c in conflicts(r)), key=lambda c: c[3])
        assert got == [("phone", a_phone, "0812-a", m_phone, "0812-m"),
                       ("phone", m_delete, DELETED_MARKER, a_phone, "0812-a")]


def test_a_delete_keeps_as_conflicts_only_the_edits_it_had_not_seen(trio) -> None:  # type: ignore[no-untyped-def]
    """The laptop changed the phone (the office received it) and then the position; the office,
    not yet having the second edit, removes the official: only the position is kept as a
    conflict. A removal made on both sides is no conflict at all."""
    oid = _official(trio.master).id
    _edit(trio.a, D1, 10, phone="0812-a")
    _round(trio)
    _edit(trio.a, D2, 10, position="Pj. Kepala Desa")
    with at(trio.master, D2, 11) as s:
        villages.remove_official(s, oid)
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.deleted, o.phone, o.position) == (True, "0812-a", "Pj. Kepala Desa")
        assert [(c.field, c.loser_value, c.winner_value) for c in conflicts(r)] == \
            [("position", "Pj. Kepala Desa", DELETED_MARKER)]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)
    # both sides remove another official at once (the office after changing the phone):
    # deleted everywhere, nothing to restore
    with at(trio.master, D3) as s:
        second = villages.add_official(s, villages.find_village(s, "Awayan").id, name="Siti Aminah",
                                       position="Sekretaris Desa").id
    _round(trio)
    _round(trio)
    with at(trio.master, D3, 11) as s:
        villages.edit_official(s, second, phone="0813")
    with at(trio.master, D3, 12) as s:
        villages.remove_official(s, second)
    with at(trio.a, D3, 13) as s:
        villages.remove_official(s, second)
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        assert _official(r, "Siti Aminah").deleted
        assert len(conflicts(r)) == 1
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_the_office_finds_a_laptops_delete_racing_its_edit_when_it_imports_it(trio) -> None:  # type: ignore[no-untyped-def]
    """The laptop removes the official while the office changes the phone: the office's
    import of the laptop's bundle records the conflict at once (the laptop, fast-forwarding
    to the office's row, never merges the two itself)."""
    oid = _official(trio.master).id
    _edit(trio.master, D1, 10, phone="0812-m")
    m_phone = _official(trio.master).version
    with at(trio.a, D1, 11) as s:
        villages.remove_official(s, oid)
    a_delete = _official(trio.a).version
    result = apply(trio.master, export(trio.a, trio.master, trio.folder))
    assert result.conflicts == 1
    [c] = conflicts(trio.master)
    assert (c.field, c.winner_version, c.winner_value, c.loser_version, c.loser_value, c.loser_device_id) == \
        ("phone", a_delete, DELETED_MARKER, m_phone, "0812-m", trio.master.device_id)
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.deleted, o.phone) == (True, "0812-m")
        assert [x.id for x in conflicts(r)] == [c.id]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_a_delete_after_writing_the_same_value_loses_nothing(trio) -> None:  # type: ignore[no-untyped-def]
    """Both sides write the same phone; the office then removes the official. The laptop's
    phone is the value the office wrote itself: nothing is kept as a conflict."""
    oid = _official(trio.master).id
    _edit(trio.a, D1, 9, phone="0812-sama")
    _edit(trio.master, D1, 10, phone="0812-sama")
    with at(trio.master, D1, 11) as s:
        villages.remove_official(s, oid)
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.deleted, o.phone) == (True, "0812-sama")
        assert conflicts(r) == []
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_an_undelete_racing_an_edit_is_no_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    """The office removes the official while the laptop changes the phone; the office imports
    that and at once restores the phone (the record comes back). Meanwhile the laptop, still
    unaware of the removal, changes the position: both edits stand, and the record that is
    no longer deleted keeps no conflict about them."""
    oid = _official(trio.master).id
    with at(trio.master, D1, 10) as s:
        villages.remove_official(s, oid)
    _edit(trio.a, D1, 9, phone="0812-baru")
    send(trio.a, trio.master, trio.folder)
    [c] = conflicts(trio.master)
    with at(trio.master, D2, 10) as s:
        conflict_service.restore_conflict(s, c.id)
    _edit(trio.a, D2, 11, position="Pj. Kepala Desa")
    _round(trio)
    _round(trio)
    for r in (trio.master, trio.a, trio.b):
        o = _official(r)
        assert (o.deleted, o.phone, o.position) == (False, "0812-baru", "Pj. Kepala Desa")
        assert [(x.id, x.status) for x in conflicts(r)] == [(c.id, "restored")]
    assert fp(trio.master) == fp(trio.a) == fp(trio.b)


def test_a_losing_edit_does_not_make_the_office_resend_the_winning_row(trio) -> None:  # type: ignore[no-untyped-def]
    """Laptop b already has the office's phone; laptop a's earlier edit of the phone then
    loses to it at the office. The office's next bundle to b carries the new conflict, not
    the official again (b has that version)."""
    _edit(trio.master, D1, 11, phone="0812-m")
    send(trio.master, trio.b, trio.folder)
    send(trio.b, trio.master, trio.folder)  # b acknowledges it
    _edit(trio.a, D1, 10, phone="0812-a")
    assert apply(trio.master, export(trio.a, trio.master, trio.folder)).conflicts == 1
    _, header = export(trio.master, trio.b, trio.folder)
    assert (header["counts"].get("village_official", 0), header["counts"].get("conflict", 0)) == (0, 1)
