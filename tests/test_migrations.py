"""The migrations create exactly the schema the models declare, on an empty database and
on one made by the first released migration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from perut_desktop.db import alembic_config, create_db_engine, head_revision, upgrade_schema
from perut_desktop.models import Base


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade_schema(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []
        assert conn.execute(text("select version_num from alembic_version")).scalar_one() == head_revision()
    engine.dispose()


def test_database_from_first_revision_upgrades_without_loss(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("insert into setting(key, value) values ('paper', '\"F4\"')"))
    upgrade_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select value from setting where key='paper'")).scalar_one() == '"F4"'
        assert "visit" in inspect(conn).get_table_names()
    engine.dispose()


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'p.sqlite'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() >= 5000
    engine.dispose()


def test_the_schema_revision_constant_is_alembics_head() -> None:
    """Opening a current database skips Alembic by comparing with ``SCHEMA_REVISION``; a
    new migration must move it, or databases would silently stay on the old schema."""
    from perut_desktop.db import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


def test_a_replica_holding_the_permendagri_template_gets_its_own_book_codes(tmp_path: Path) -> None:
    """0003: the Permendagri 47/2016 items once reused the Pedoman's codes for other books.
    A replica that holds them (and visits made with them) keeps every result, under the new
    codes and the ids derived from them."""
    import datetime as dt

    from perut_desktop.db import open_replica
    from perut_desktop.models import derived_id
    from perut_desktop.services import people, setup, templates, villages, visits

    folder = tmp_path / "r"
    setup.init_master(folder, kecamatan="Awayan")
    replica = open_replica(folder)
    with replica.begin() as s:
        officer = people.add_officer(s, name="Rahmadi", nip="", villages=["Awayan"])
        templates.publish_template_named(s, "PERMENDAGRI-47-2016")
        v = visits.create_visit(s, village_id=villages.find_village(s, "Awayan").id, officer_id=officer.id,
                                visit_date=dt.date(2026, 10, 1))
        visits.set_result(s, v.id, "P47.A.3", status="lengkap", notes="inventaris ada")
        visits.set_result(s, v.id, "P47.A.4", status="tidak_ada")
    engine = replica.engine
    cfg = alembic_config()
    with engine.begin() as conn:  # the replica as the released version wrote it
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        old = dict(conn.execute(text("select item_code, id from checklist_result where visit_id = :v"),
                                {"v": v.id}).all())
        assert old["A.3"] == derived_id("checklist_result", v.id, "A.3") and "P47.A.3" not in old
    replica.close()

    replica = open_replica(folder)  # upgrades
    with replica.begin() as s:
        rows = {r.item_code: r for r in visits.results(s, v.id)}
        assert len(rows) == 24 and not any(not c.startswith("P47.") for c in rows)
        assert (rows["P47.A.3"].status, rows["P47.A.3"].notes, rows["P47.A.3"].title) == (
            "lengkap", "inventaris ada", "Buku Inventaris dan Kekayaan Desa")
        assert rows["P47.A.3"].id == derived_id("checklist_result", v.id, "P47.A.3")
        assert rows["P47.A.4"].status == "tidak_ada"
        info = templates.current_template(s)
        assert {i.code: i.continues_code for i in info.items}["P47.A.4"] == "A.3"
        visits.set_result(s, v.id, "P47.A.5", status="lengkap")  # the new code reaches the moved row
    replica.close()


def test_the_approval_migration_keeps_profiles_and_reviews(tmp_path: Path) -> None:
    """0004 (approval) adds the signing columns and the review's record to a database with data
    in it: the rows stay, the new columns read as "nothing recorded"."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    sync = "'v1', '{}', '{}', 0, 1"
    with engine.begin() as conn:
        conn.execute(text("insert into user_profile(id, name, nip, title, can_sign, active, version, vv, "
                          f"field_versions, deleted, seq) values ('u1', 'Camat', '1', 'Camat', 1, 1, {sync})"))
        conn.execute(text("insert into subdistrict(id, code, name, kabupaten, province, address, postal_code, phone, "
                          "email, city, camat_name, camat_nip, version, vv, field_versions, deleted, seq) values "
                          f"('s1', '63.11.03', 'Awayan', '', '', '', '', '', '', '', '', '', {sync})"))
        conn.execute(text("insert into village(id, subdistrict_id, code, name, other_spellings, version, vv, "
                          f"field_versions, deleted, seq) values ('d1', 's1', '1', 'Awayan', '', {sync})"))
        conn.execute(text("insert into officer(id, name, nip, position, phone, email, active, version, vv, "
                          f"field_versions, deleted, seq) values ('o1', 'Rahmadi', '', '', '', '', 1, {sync})"))
        conn.execute(text("insert into checklist_template(id, code, name, version_number, source, version, vv, "
                          f"field_versions, deleted, seq) values ('t1', 'p', 'Pedoman', 1, '', {sync})"))
        conn.execute(text("insert into visit(id, village_id, officer_id, device_id, template_id, visit_date, agenda, "
                          "place, start_time, end_time, summary, version, vv, field_versions, deleted, seq) values "
                          f"('k1', 'd1', 'o1', 'dev', 't1', '2026-10-01', '', '', '', '', '', {sync})"))
        conn.execute(text("insert into review(id, visit_id, verdict, notes, reviewer_id, reviewer_name, reviewer_nip, "
                          "signatory_name, signatory_title, signatory_position, signatory_nip, reviewed_at, version, "
                          "vv, field_versions, deleted, seq) values ('r1', 'k1', 'disetujui', 'ok', 'u1', 'Camat', "
                          f"'1', 'Camat', 'camat', 'Camat Awayan', '1', '2026-10-02 10:00:00', {sync})"))
    upgrade_schema(engine)
    with engine.connect() as conn:
        assert conn.execute(text("select name, can_sign, plt_from, plt_to, pin_hash from user_profile")).one() == \
            ("Camat", 1, None, None, "")
        assert conn.execute(text("select notes, signatory_position, checklist, warnings, same_person, snapshot "
                                 "from review")).one() == ("ok", "Camat Awayan", "{}", "[]", 0, None)
    engine.dispose()


def test_the_acting_head_migration_keeps_profiles_regulations_and_the_letterhead(tmp_path: Path) -> None:
    """0005 adds the acting head, the election's steps, the musyawarah of a plan and who
    evaluates the APB Desa to a database with data in it: the rows stay, the new columns read
    as "nothing recorded" (the Bupati evaluates)."""
    from perut_desktop.db import open_replica
    from perut_desktop.services import regulations, setup, villages

    folder = tmp_path / "r"
    setup.init_master(folder, kecamatan="Awayan")
    replica = open_replica(folder)
    with replica.begin() as s:
        awayan = villages.find_village(s, "Awayan").id
        villages.update_profile(s, awayan, kades_name="H. Ahmad", kades_inaugurated_on=dt.date(2019, 3, 1))
        reg = regulations.add_regulation(s, awayan, title="Perubahan RKP Desa 2026", topic="perubahan_rkpdes",
                                         bpd_agreed_on=dt.date(2026, 8, 1)).id
        setup.update_subdistrict(s, camat_name="Camat Awayan")
    with replica.engine.begin() as conn:  # the replica as the previous version wrote it
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    replica.close()
    replica = open_replica(folder)  # upgrades
    with replica.begin() as s:
        profile = villages.get_profile(s, awayan)
        assert (profile.kades_name, profile.kades_inaugurated_on) == ("H. Ahmad", dt.date(2019, 3, 1))
        assert (profile.kades_acting, profile.kades_acting_sk, profile.previous_head_left,
                profile.election_elected_on) == (False, "", None, None)
        (row,) = regulations.list_regulations(s, awayan)
        assert (row.id, row.bpd_agreed_on, row.musyawarah_on) == (reg, dt.date(2026, 8, 1), None)
        assert regulations.apbdes_evaluation(s).evaluator == "bupati"
        assert setup.subdistrict_info(s).camat_name == "Camat Awayan"
    replica.close()
