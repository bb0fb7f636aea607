"""The merge (DESIGN.md §4 guarantees 1–4): concurrent edits to different fields both
survive; the same field picks the same winner everywhere and keeps the loser as one
conflict; a delete racing an edit is a conflict; sequential edits never conflict; a
bundle imported twice changes nothing; an old bundle after a newer one rolls nothing back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from perut_desktop.models import VillageOfficial, VillageProfile, derived_id, field_versions_of
from perut_desktop.services import villages
from perut_desktop.sync import conflicts as conflict_service
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
