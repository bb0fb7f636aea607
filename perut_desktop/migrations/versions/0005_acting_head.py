"""The law as it stands: the acting head (Pj. Kepala Desa), why the last head left, the
BPD's notice of the term's end, the election of the next head; the musyawarah that agreed a
plan; who evaluates the APB Desa (the Bupati, or the Camat by delegation).

Every new column reads as "nothing recorded" on existing rows.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_PROFILE_DATES = ("kades_acting_sk_on", "previous_head_left_on", "bpd_term_notice_on", "election_elected_on",
                  "election_to_bpd_on", "election_to_bupati_on", "election_decided_on")


def upgrade() -> None:
    with op.batch_alter_table("village_profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kades_acting", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("kades_acting_sk", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("previous_head_left", sa.String(length=30), nullable=True))
        for name in _PROFILE_DATES:
            batch_op.add_column(sa.Column(name, sa.Date(), nullable=True))
    with op.batch_alter_table("village_regulation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("musyawarah_on", sa.Date(), nullable=True))
    with op.batch_alter_table("subdistrict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("apbdes_evaluator", sa.String(length=10), nullable=False,
                                      server_default="bupati"))
        batch_op.add_column(sa.Column("apbdes_delegation_source", sa.String(length=200), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("apbdes_delegation_from", sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; a batch copy of ``subdistrict`` would have to
    # drop a table the villages refer to.
    for name in ("apbdes_delegation_from", "apbdes_delegation_source", "apbdes_evaluator"):
        op.drop_column("subdistrict", name)
    op.drop_column("village_regulation", "musyawarah_on")
    for name in (*reversed(_PROFILE_DATES), "previous_head_left", "kades_acting_sk", "kades_acting"):
        op.drop_column("village_profile", name)
