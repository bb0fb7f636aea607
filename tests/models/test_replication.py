"""Every replicated table gets its sync columns from the one flush hook: on insert, on
update (field versions move only for the fields that changed) and on delete (a tombstone)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from perut_desktop.errors import OwnershipError
from perut_desktop.models import (
    REPLICATED_MODELS,
    Attachment,
    Conflict,
    ReplicaState,
    Replicated,
    content_fields,
    derived_id,
    field_versions_of,
)
from perut_desktop.models.replication import parse_version
from perut_desktop.ownership import APPEND_ONLY, TABLE_LABELS
from perut_desktop.services import people, setup, villages, visits, workflow
from perut_desktop.services.attachments_store import AttachmentStore

TODAY = dt.date(2026, 11, 20)


def _at(replica, day: dt.date = TODAY, **kw):  # type: ignore[no-untyped-def]
    ms = int(dt.datetime(day.year, day.month, day.day, 10, tzinfo=dt.UTC).timestamp() * 1000)
    return replica.begin(now_ms=lambda: ms, **kw)


@pytest.fixture()
def full(master, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A master replica with at least one row in every replicated table."""
    with _at(master) as s:
        setup.update_subdistrict(s, camat_name="Camat Uji", camat_nip="197805122006041003")
        user = people.add_user(s, name="Petugas Uji", title="Camat", can_sign=True)
        officer = people.add_officer(s, name="Pendamping Uji", villages=["Awayan"])
        village = villages.find_village(s, "Awayan")
        villages.add_official(s, village.id, name="Kades Uji", position="Kepala Desa", gender="L")
        villages.update_profile(s, village.id, classification="swakarya", sotk_urusan=2, sotk_seksi=2)
        from perut_desktop.services import regulations, schedule

        regulations.add_regulation(s, village.id, title="APBDes 2026", topic="apbdes", year=2026)
        schedule.generate_plan(s, 2026)
        first = visits.create_visit(s, village_id=village.id, officer_id=officer.id, visit_date=dt.date(2026, 10, 1))
        fu = visits.add_follow_up(s, first.id, task="Lengkapi buku agenda", due_on=dt.date(2026, 10, 30))
        second = visits.create_visit(s, village_id=village.id, officer_id=officer.id, visit_date=TODAY)
        visits.record_progress(s, second.id, fu.id, status="selesai", note="Sudah")
        visits.add_follow_up(s, second.id, task="Perbarui buku kas", due_on=dt.date(2026, 12, 20))
        photo = tmp_path / "bukti.png"
        from PIL import Image

        Image.new("RGB", (3000, 2000), "white").save(photo)
        visits.attach_file(s, AttachmentStore(master.data_dir / "attachments"), second.id, photo, caption="Bukti")
        for r in visits.results(s, first.id):
            visits.set_result(s, first.id, r.item_code, status="lengkap")
        kades = visits.attendees(s, first.id)[0]
        visits.edit_attendee(s, kades.id, present=True)
        visits.set_minutes(s, first.id, discussion="Pemeriksaan buku.", decisions="Melengkapi buku agenda.")
        workflow.submit_visit(s, first.id)
    with _at(master, actor_id=user.id) as s:
        workflow.verify_visit(s, first.id)
        s.add(Conflict(id=derived_id("conflict", "x"), table_name="village_official", row_id="r", field="phone",
                       winner_version="w", loser_version="l", winner_value="1", loser_value="2",
                       loser_device_id="d", status="open", resolved_note=""))
    return master, second.id


def _device(replica) -> str:  # type: ignore[no-untyped-def]
    with replica.engine.connect() as c:
        return c.execute(select(ReplicaState.device_id)).scalar_one()


@pytest.mark.parametrize("model", REPLICATED_MODELS, ids=lambda m: m.__tablename__)
def test_insert_stamps_every_sync_column(full, model: type[Replicated]) -> None:  # type: ignore[no-untyped-def]
    replica, _ = full
    me = _device(replica)
    with replica.begin() as s:
        rows = s.scalars(select(model)).all()
        assert rows, f"the fixture should have a {model.__tablename__} row"
        for row in rows:
            ms, counter, device = parse_version(row.version)
            assert device == me
            assert row.vv == {me: row.version}
            assert set(field_versions_of(row)) == set(content_fields(model)) | {"deleted"}
            # the insert stamped every field; later edits (the fixture edits some rows) only raise some
            assert max(field_versions_of(row).values()) == row.version
            assert row.seq > 0 and row.deleted is False


def _a_field(model: type[Replicated]) -> tuple[str, object]:
    """A content field to change and a new value of its type."""
    for name in content_fields(model):
        col = model.__table__.c[name]  # type: ignore[attr-defined]
        if col.foreign_keys or name in ("status", "verdict", "to_status", "from_status", "kind", "topic", "role",
                                        "body", "group", "gender", "classification", "item_code", "code",
                                        "device_id", "sha256", "recorded_hlc"):
            continue
        py = col.type.python_type
        if py is str:
            return name, "diubah"
        if py is int:
            return name, 7
    return "", None  # only foreign keys: see the test


def _row(s, model: type[Replicated], draft_visit_id: str) -> Replicated:  # type: ignore[no-untyped-def]
    """A row that may be edited: for a visit's records, one of the draft visit."""
    if model.__tablename__ == "visit":
        return s.get(model, draft_visit_id)
    if hasattr(model, "visit_id"):
        row = s.scalars(select(model).where(model.visit_id == draft_visit_id)).first()  # type: ignore[attr-defined]
        if row is not None:
            return row
    return s.scalars(select(model).order_by(model.seq.desc())).first()


@pytest.mark.parametrize("model", [m for m in REPLICATED_MODELS if m.__tablename__ not in APPEND_ONLY],
                         ids=lambda m: m.__tablename__)
def test_update_moves_only_the_changed_field(full, model: type[Replicated]) -> None:  # type: ignore[no-untyped-def]
    replica, draft = full
    field, value = _a_field(model)
    with replica.begin() as s:
        row = _row(s, model, draft)
        if not field:  # a pure link row: point it at another village
            from perut_desktop.models import Village

            field = "village_id"
            value = s.scalars(select(Village.id).where(Village.id != row.village_id)).first()
        before = field_versions_of(row)
        old_version, old_seq, rid = row.version, row.seq, row.id
        setattr(row, field, value)
    with replica.begin() as s:
        row = s.get(model, rid)
        assert row.version > old_version and row.seq > old_seq
        assert field_versions_of(row)[field] == row.version
        assert {k: v for k, v in field_versions_of(row).items() if k != field} == \
               {k: v for k, v in before.items() if k != field}
        assert row.vv[_device(replica)] == row.version


@pytest.mark.parametrize("model", [m for m in REPLICATED_MODELS if m.__tablename__ not in APPEND_ONLY],
                         ids=lambda m: m.__tablename__)
def test_delete_leaves_a_tombstone(full, model: type[Replicated]) -> None:  # type: ignore[no-untyped-def]
    replica, draft = full
    with replica.begin() as s:
        row = _row(s, model, draft)
        rid, before = row.id, field_versions_of(row)
        s.delete(row)
    with replica.begin() as s:
        assert s.get(model, rid) is None, "tombstones are hidden from ordinary queries"
        row = s.execute(select(model).where(model.id == rid).execution_options(include_deleted=True)).scalar_one()
        assert row.deleted is True
        assert field_versions_of(row)["deleted"] == row.version
        assert {k: v for k, v in field_versions_of(row).items() if k != "deleted"} == \
               {k: v for k, v in before.items() if k != "deleted"}


@pytest.mark.parametrize("table", sorted(APPEND_ONLY))
def test_append_only_rows_refuse_edits_and_deletes(full, table: str) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.models import MODEL_BY_TABLE

    replica, _ = full
    model = MODEL_BY_TABLE[table]
    refused = rf"^Catatan {re.escape(TABLE_LABELS[table])} tidak dapat diubah setelah dibuat\.$"
    with pytest.raises(OwnershipError, match=refused):
        with replica.begin() as s:
            row = s.scalars(select(model)).first()
            row.note = "diubah" if hasattr(row, "note") else None
            row.notes = "diubah" if hasattr(row, "notes") else None
    with pytest.raises(OwnershipError, match=refused):
        with replica.begin() as s:
            s.delete(s.scalars(select(model)).first())


def test_a_no_op_assignment_writes_nothing(full) -> None:  # type: ignore[no-untyped-def]
    replica, _ = full
    with replica.begin() as s:
        row = s.scalars(select(Attachment)).one()
        version, caption = row.version, row.caption
        row.caption = caption
    with replica.begin() as s:
        assert s.scalars(select(Attachment)).one().version == version


def test_versions_keep_rising_when_the_wall_clock_goes_back(master) -> None:  # type: ignore[no-untyped-def]
    with _at(master, dt.date(2026, 11, 20)) as s:
        o = villages.add_official(s, villages.find_village(s, "Tundi").id, name="A", position="Sekretaris Desa")
    with _at(master, dt.date(2020, 1, 1)) as s:  # a laptop whose clock was set back
        villages.edit_official(s, o.id, phone="0812")
    with master.begin() as s:
        from perut_desktop.models import VillageOfficial

        row = s.get(VillageOfficial, o.id)
        assert field_versions_of(row)["phone"] > field_versions_of(row)["name"]


def test_field_versions_are_stored_compactly(full) -> None:  # type: ignore[no-untyped-def]
    """A row written once stores no per-field list; an edit stores only the older version."""
    from perut_desktop.models import VillageOfficial, expand_field_versions, field_names

    replica, _ = full
    with replica.begin() as s:
        row = s.scalars(select(VillageOfficial)).first()
        assert row.field_versions == {}
        inserted, rid = row.version, row.id
        row.phone = "0812"
    with replica.begin() as s:
        row = s.get(VillageOfficial, rid)
        assert list(row.field_versions) == [inserted]
        assert "phone" not in row.field_versions[inserted]
        logical = expand_field_versions(row.field_versions, row.version, field_names(VillageOfficial))
        assert logical["phone"] == row.version and logical["name"] == inserted


def test_every_replicated_table_is_listed_and_local_tables_carry_no_sync_columns() -> None:
    """The sync-columns tests above run over REPLICATED_MODELS; a new replicated model left
    out of it would escape them (and sync), so the list must equal the mapped classes."""
    from perut_desktop.models import Base, ImportLog, Peer, ReplicaState, Setting, is_replicated

    mapped = {m.class_ for m in Base.registry.mappers}
    replicated = {cls for cls in mapped if issubclass(cls, Replicated)}
    assert replicated == set(REPLICATED_MODELS)
    assert len(REPLICATED_MODELS) == len({m.__tablename__ for m in REPLICATED_MODELS})  # type: ignore[attr-defined]
    sync_columns = {"id", "version", "vv", "field_versions", "deleted", "seq"}
    for model in REPLICATED_MODELS:
        assert sync_columns <= set(model.__table__.c.keys()), model  # type: ignore[attr-defined]
        assert model.__table__.c["seq"].index or any(  # type: ignore[attr-defined]
            "seq" in ix.columns for ix in model.__table__.indexes), f"{model.__tablename__}.seq is not indexed"  # type: ignore[attr-defined]
    local = mapped - replicated
    assert local == {ReplicaState, Peer, ImportLog, Setting}
    for model in local:
        assert not is_replicated(model()) and not {"version", "vv", "field_versions"} & set(model.__table__.c.keys())


def test_an_edit_of_two_fields_moves_exactly_those_two(full) -> None:  # type: ignore[no-untyped-def]
    from perut_desktop.models import VillageOfficial

    replica, _ = full
    with replica.begin() as s:
        row = s.scalars(select(VillageOfficial)).first()
        rid, before = row.id, field_versions_of(row)
        row.phone, row.position, row.name = "0812", "Kepala Desa (Pj.)", row.name  # name unchanged
    with replica.begin() as s:
        after = field_versions_of(s.get(VillageOfficial, rid))
    moved = {k for k in after if after[k] != before[k]}
    assert moved == {"phone", "position"}


def test_writes_in_the_same_millisecond_get_rising_versions(master) -> None:  # type: ignore[no-untyped-def]
    """A wall clock that has not moved since the last write (a fast machine, a coarse clock)
    still gives every write a version above the previous one: the counter goes on."""
    from perut_desktop.models import VillageOfficial

    now = int(dt.datetime(2031, 3, 1, 10, tzinfo=dt.UTC).timestamp() * 1000)  # ahead of the replica's clock
    oid = None
    versions = []
    for phone in ("0811", "0812", "0813"):
        with master.begin(now_ms=lambda: now) as s:
            if oid is None:
                oid = villages.add_official(s, villages.find_village(s, "Awayan").id, name="Kaur Uji",
                                            position="Kaur Umum").id
            else:
                villages.edit_official(s, oid, phone=phone)
        with master.begin() as s:
            versions.append(s.get(VillageOfficial, oid).version)
    assert [parse_version(v)[:2] for v in versions] == [(now, 0), (now, 1), (now, 2)]
