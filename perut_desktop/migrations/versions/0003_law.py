"""The law as it stands: books keep their identity across templates.

- ``checklist_item.continues_code``: the explicit mapping from a book of a later template to
  the book of an earlier one it continues (NULL: a book of its own).
- The Permendagri 47/2016 template reused codes of the Pedoman template for other books
  (A.3–A.7, B.2–B.4, C.2–C.3). Its items get codes of their own (``P47.`` + the old code) and
  their mapping; the results already made with it follow, with their derived ids
  (``checklist_result``/visit/code, as ``models.base.derived_id`` makes them) and the
  attachments and conflict records that name those ids.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

P47_TEMPLATE = "PERMENDAGRI-47-2016"
P47_PREFIX = "P47."
#: old code of the Permendagri 47/2016 template → the Pedoman book it continues (None: none).
P47_CONTINUES: dict[str, str | None] = {
    "A.1": "A.1", "A.2": "A.2", "A.3": None, "A.4": "A.3", "A.5": None, "A.6": None, "A.7": "A.5",
    "A.8": "A.6", "A.9": "A.7",
    "B.1": "B.1", "B.2": None, "B.3": "B.2", "B.4": "B.3", "B.5": "B.4",
    "C.1": "C.1", "C.2": None, "C.3": None, "C.4": None, "C.5": None, "C.6": "C.3",
    "D.1": "D.1", "D.2": "D.2", "D.3": "D.3", "D.4": "D.4",
}


def _result_id(visit_id: str, code: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "perut:" + "/".join(("checklist_result", visit_id, code))))


def _recode(conn: sa.Connection, new_code_of: dict[str, str], continues_of: dict[str, str | None]) -> None:
    """Give the items of the Permendagri 47/2016 template the codes ``new_code_of`` maps to,
    and move the results made with them (ids included)."""
    items = conn.execute(sa.text(
        "SELECT i.id, i.code FROM checklist_item i JOIN checklist_template t ON t.id = i.template_id "
        "WHERE t.code = :t"), {"t": P47_TEMPLATE}).all()
    for item_id, code in items:
        if code not in new_code_of:
            continue
        new = new_code_of[code]
        conn.execute(sa.text("UPDATE checklist_item SET code = :c, continues_code = :k WHERE id = :i"),
                     {"c": new, "k": continues_of.get(code), "i": item_id})
        results = conn.execute(sa.text("SELECT id, visit_id FROM checklist_result WHERE item_id = :i"),
                               {"i": item_id}).all()
        for result_id, visit_id in results:
            new_id = _result_id(visit_id, new)
            conn.execute(sa.text("UPDATE checklist_result SET id = :n, item_code = :c WHERE id = :o"),
                         {"n": new_id, "c": new, "o": result_id})
            conn.execute(sa.text("UPDATE attachment SET owner_id = :n "
                                 "WHERE owner_table = 'checklist_result' AND owner_id = :o"),
                         {"n": new_id, "o": result_id})
            conn.execute(sa.text("UPDATE conflict SET row_id = :n "
                                 "WHERE table_name = 'checklist_result' AND row_id = :o"),
                         {"n": new_id, "o": result_id})


def upgrade() -> None:
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("continues_code", sa.String(length=20), nullable=True))
    _recode(op.get_bind(), {old: P47_PREFIX + old for old in P47_CONTINUES}, P47_CONTINUES)


def downgrade() -> None:
    _recode(op.get_bind(), {P47_PREFIX + old: old for old in P47_CONTINUES}, {})
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy would drop a table others reference.
    op.execute("ALTER TABLE checklist_item DROP COLUMN continues_code")
