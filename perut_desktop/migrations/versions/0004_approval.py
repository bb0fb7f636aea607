"""Approval as the Pedoman means it: who may sign (acting Camat dates, a signing PIN) and
what a review records (the verification checklist, the warnings, whether one person both
verified and approved, and the approved report's snapshot).

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user_profile', schema=None) as batch_op:
        batch_op.add_column(sa.Column('plt_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('plt_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('pin_hash', sa.String(length=200), nullable=False, server_default=''))
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('checklist', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('warnings', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('same_person', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('snapshot', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('snapshot')
        batch_op.drop_column('same_person')
        batch_op.drop_column('warnings')
        batch_op.drop_column('checklist')
    with op.batch_alter_table('user_profile', schema=None) as batch_op:
        batch_op.drop_column('pin_hash')
        batch_op.drop_column('plt_to')
        batch_op.drop_column('plt_from')
