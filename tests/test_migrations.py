"""The migrations create exactly the schema the models declare, on an empty database and
on one made by the first released migration."""

from __future__ import annotations

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
