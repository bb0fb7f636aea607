"""Migration 0002: the import log keyed by (sender, bundle id), upgraded with its rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from perut_desktop.db import alembic_config, create_db_engine, upgrade_schema


def test_import_log_upgrades_with_its_rows_and_then_tells_senders_apart(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    insert = text("insert into import_log (bundle_id, sender_device_id, imported_at, outcome, summary, message) "
                  "values (:b, :s, '2030-01-07 10:00:00', :o, '{}', '')")
    with engine.begin() as conn:
        conn.execute(insert, [{"b": "b1", "s": "laptop-a", "o": "applied"}, {"b": "b2", "s": "laptop-b", "o": "refused"}])
    upgrade_schema(engine)
    with engine.begin() as conn:
        rows = conn.execute(text("select sender_device_id, bundle_id, outcome from import_log order by bundle_id")).all()
        assert [tuple(r) for r in rows] == [("laptop-a", "b1", "applied"), ("laptop-b", "b2", "refused")]
        conn.execute(insert, {"b": "b1", "s": "laptop-b", "o": "refused"})  # the same id from another sender
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert, {"b": "b1", "s": "laptop-a", "o": "applied"})
    engine.dispose()
