"""The import log is keyed by (sender, bundle id): a bundle id is chosen by its sender, so
one device's id must never answer for another's bundle.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('import_log', recreate='always') as batch_op:
        batch_op.drop_constraint('pk_import_log', type_='primary')
        batch_op.create_primary_key('pk_import_log', ['sender_device_id', 'bundle_id'])


def downgrade() -> None:
    with op.batch_alter_table('import_log', recreate='always') as batch_op:
        batch_op.drop_constraint('pk_import_log', type_='primary')
        batch_op.create_primary_key('pk_import_log', ['bundle_id'])
