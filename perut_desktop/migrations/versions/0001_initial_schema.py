"""Initial schema: the whole domain model (DESIGN.md §3) with sync columns, and the local tables.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 03:11:42.648414
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('checklist_template',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version_number', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_template'))
    )
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_template_seq'), ['seq'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('winner_version', sa.String(length=64), nullable=False),
    sa.Column('loser_version', sa.String(length=64), nullable=False),
    sa.Column('winner_value', sa.JSON(), nullable=True),
    sa.Column('loser_value', sa.JSON(), nullable=True),
    sa.Column('loser_device_id', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('resolved_note', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_seq'), ['seq'], unique=False)

    op.create_table('import_log',
    sa.Column('bundle_id', sa.String(length=64), nullable=False),
    sa.Column('sender_device_id', sa.String(length=40), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_import_log'))
    )
    op.create_table('officer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('nip', sa.String(length=30), nullable=False),
    sa.Column('position', sa.String(length=150), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer'))
    )
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_seq'), ['seq'], unique=False)

    op.create_table('peer',
    sa.Column('device_id', sa.String(length=40), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('sent_seq', sa.Integer(), nullable=False),
    sa.Column('next_out_bundle', sa.Integer(), nullable=False),
    sa.Column('applied_in_bundle', sa.Integer(), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_received_at', sa.DateTime(), nullable=True),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_peer'))
    )
    op.create_table('replica_state',
    sa.Column('singleton', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('subdistrict_id', sa.String(length=36), nullable=True),
    sa.Column('master_device_id', sa.String(length=40), nullable=True),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('hlc_ms', sa.Integer(), nullable=False),
    sa.Column('hlc_counter', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('singleton', name=op.f('pk_replica_state'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('subdistrict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kabupaten', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=100), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('camat_name', sa.String(length=150), nullable=False),
    sa.Column('camat_nip', sa.String(length=30), nullable=False),
    sa.Column('logo_sha256', sa.String(length=64), nullable=True),
    sa.Column('current_template_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subdistrict'))
    )
    with op.batch_alter_table('subdistrict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subdistrict_seq'), ['seq'], unique=False)

    op.create_table('user_profile',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('nip', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=150), nullable=False),
    sa.Column('can_sign', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_profile'))
    )
    with op.batch_alter_table('user_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_profile_seq'), ['seq'], unique=False)

    op.create_table('checklist_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('category_code', sa.String(length=5), nullable=False),
    sa.Column('category', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_checklist_item_template_id_checklist_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item')),
    sa.UniqueConstraint('template_id', 'code', name=op.f('uq_checklist_item_template_id'))
    )
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_item_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_item_template_id'), ['template_id'], unique=False)

    op.create_table('device',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('sign_public_key', sa.Text(), nullable=False),
    sa.Column('enc_public_key', sa.Text(), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_reason', sa.String(length=300), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_device_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_seq'), ['seq'], unique=False)

    op.create_table('village',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('subdistrict_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('other_spellings', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['subdistrict_id'], ['subdistrict.id'], name=op.f('fk_village_subdistrict_id_subdistrict')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village')),
    sa.UniqueConstraint('code', name=op.f('uq_village_code'))
    )
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_subdistrict_id'), ['subdistrict_id'], unique=False)

    op.create_table('officer_assignment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_officer_assignment_officer_id_officer')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_officer_assignment_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer_assignment'))
    )
    with op.batch_alter_table('officer_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_assignment_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_officer_assignment_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_officer_assignment_village_id'), ['village_id'], unique=False)

    op.create_table('schedule_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('planned_date', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_schedule_entry_officer_id_officer')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_schedule_entry_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_entry'))
    )
    with op.batch_alter_table('schedule_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_entry_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_entry_planned_date'), ['planned_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_entry_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_schedule_entry_village_id'), ['village_id'], unique=False)

    op.create_table('village_official',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('position', sa.String(length=150), nullable=False),
    sa.Column('body', sa.String(length=10), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('nip', sa.String(length=30), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=True),
    sa.Column('term_end', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_village_official_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_official'))
    )
    with op.batch_alter_table('village_official', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_official_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_official_village_id'), ['village_id'], unique=False)

    op.create_table('village_profile',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('classification', sa.String(length=20), nullable=True),
    sa.Column('sotk_urusan', sa.Integer(), nullable=True),
    sa.Column('sotk_seksi', sa.Integer(), nullable=True),
    sa.Column('kades_name', sa.String(length=150), nullable=True),
    sa.Column('kades_inaugurated_on', sa.Date(), nullable=True),
    sa.Column('kades_term_number', sa.Integer(), nullable=True),
    sa.Column('kades_term_ends_on', sa.Date(), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_village_profile_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_profile')),
    sa.UniqueConstraint('village_id', name=op.f('uq_village_profile_village_id'))
    )
    with op.batch_alter_table('village_profile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_profile_seq'), ['seq'], unique=False)

    op.create_table('village_regulation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('topic', sa.String(length=30), nullable=False),
    sa.Column('budget_year', sa.Integer(), nullable=True),
    sa.Column('bpd_agreed_on', sa.Date(), nullable=True),
    sa.Column('handed_to_kades_on', sa.Date(), nullable=True),
    sa.Column('enacted_on', sa.Date(), nullable=True),
    sa.Column('promulgated_on', sa.Date(), nullable=True),
    sa.Column('sent_to_bupati_on', sa.Date(), nullable=True),
    sa.Column('evaluation_submitted_on', sa.Date(), nullable=True),
    sa.Column('evaluation_returned_on', sa.Date(), nullable=True),
    sa.Column('corrected_on', sa.Date(), nullable=True),
    sa.Column('consultation_on', sa.Date(), nullable=True),
    sa.Column('extraordinary_note', sa.Text(), nullable=True),
    sa.Column('change_reason_kind', sa.String(length=40), nullable=True),
    sa.Column('change_reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_village_regulation_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_regulation'))
    )
    with op.batch_alter_table('village_regulation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_regulation_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_regulation_village_id'), ['village_id'], unique=False)

    op.create_table('visit',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=40), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('agenda', sa.String(length=300), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_visit_officer_id_officer')),
    sa.ForeignKeyConstraint(['template_id'], ['checklist_template.id'], name=op.f('fk_visit_template_id_checklist_template')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_visit_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_officer_id'), ['officer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_village_id'), ['village_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_visit_date'), ['visit_date'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('owner_table', sa.String(length=40), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('caption', sa.String(length=300), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_attachment_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_visit_id'), ['visit_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('official_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=150), nullable=False),
    sa.Column('position', sa.String(length=150), nullable=False),
    sa.Column('group', sa.String(length=15), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['official_id'], ['village_official.id'], name=op.f('fk_attendance_official_id_village_official')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_attendance_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_visit_id'), ['visit_id'], unique=False)

    op.create_table('checklist_result',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('item_code', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('last_entry_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['checklist_item.id'], name=op.f('fk_checklist_result_item_id_checklist_item')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_checklist_result_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_result')),
    sa.UniqueConstraint('visit_id', 'item_code', name=op.f('uq_checklist_result_visit_id'))
    )
    with op.batch_alter_table('checklist_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_result_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_result_visit_id'), ['visit_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('task', sa.Text(), nullable=False),
    sa.Column('responsible', sa.String(length=150), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_follow_up_village_id_village')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_village_id'), ['village_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_visit_id'), ['visit_id'], unique=False)

    op.create_table('minutes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('chair', sa.String(length=150), nullable=False),
    sa.Column('note_taker', sa.String(length=150), nullable=False),
    sa.Column('opening', sa.Text(), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('closing', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_minutes_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes')),
    sa.UniqueConstraint('visit_id', name=op.f('uq_minutes_visit_id'))
    )
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_minutes_seq'), ['seq'], unique=False)

    op.create_table('review',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('reviewer_id', sa.String(length=36), nullable=True),
    sa.Column('reviewer_name', sa.String(length=150), nullable=False),
    sa.Column('reviewer_nip', sa.String(length=30), nullable=False),
    sa.Column('signatory_name', sa.String(length=150), nullable=False),
    sa.Column('signatory_title', sa.String(length=10), nullable=False),
    sa.Column('signatory_position', sa.String(length=150), nullable=False),
    sa.Column('signatory_nip', sa.String(length=30), nullable=False),
    sa.Column('reviewed_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['reviewer_id'], ['user_profile.id'], name=op.f('fk_review_reviewer_id_user_profile')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_review_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_status_event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('device_id', sa.String(length=40), nullable=False),
    sa.Column('user_profile_id', sa.String(length=36), nullable=True),
    sa.Column('actor_name', sa.String(length=150), nullable=False),
    sa.Column('actor_nip', sa.String(length=30), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_hlc', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['user_profile_id'], ['user_profile.id'], name=op.f('fk_visit_status_event_user_profile_id_user_profile')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_status_event_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_status_event'))
    )
    with op.batch_alter_table('visit_status_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_status_event_recorded_hlc'), ['recorded_hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_status_event_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_status_event_visit_id'), ['visit_id'], unique=False)

    op.create_table('follow_up_update',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('follow_up_id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('vv', sa.JSON(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['follow_up_id'], ['follow_up.id'], name=op.f('fk_follow_up_update_follow_up_id_follow_up')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_update_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_update'))
    )
    with op.batch_alter_table('follow_up_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_update_follow_up_id'), ['follow_up_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_update_seq'), ['seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_update_visit_id'), ['visit_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('follow_up_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_update_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_update_seq'))
        batch_op.drop_index(batch_op.f('ix_follow_up_update_follow_up_id'))

    op.drop_table('follow_up_update')
    with op.batch_alter_table('visit_status_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_status_event_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_status_event_seq'))
        batch_op.drop_index(batch_op.f('ix_visit_status_event_recorded_hlc'))

    op.drop_table('visit_status_event')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_visit_id'))
        batch_op.drop_index(batch_op.f('ix_review_seq'))

    op.drop_table('review')
    with op.batch_alter_table('minutes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_minutes_seq'))

    op.drop_table('minutes')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_village_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_seq'))

    op.drop_table('follow_up')
    with op.batch_alter_table('checklist_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_result_visit_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_result_seq'))

    op.drop_table('checklist_result')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_visit_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_seq'))

    op.drop_table('attendance')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_visit_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_seq'))

    op.drop_table('attachment')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visit_date'))
        batch_op.drop_index(batch_op.f('ix_visit_village_id'))
        batch_op.drop_index(batch_op.f('ix_visit_seq'))
        batch_op.drop_index(batch_op.f('ix_visit_officer_id'))
        batch_op.drop_index(batch_op.f('ix_visit_device_id'))

    op.drop_table('visit')
    with op.batch_alter_table('village_regulation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_regulation_village_id'))
        batch_op.drop_index(batch_op.f('ix_village_regulation_seq'))

    op.drop_table('village_regulation')
    with op.batch_alter_table('village_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_profile_seq'))

    op.drop_table('village_profile')
    with op.batch_alter_table('village_official', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_official_village_id'))
        batch_op.drop_index(batch_op.f('ix_village_official_seq'))

    op.drop_table('village_official')
    with op.batch_alter_table('schedule_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_entry_village_id'))
        batch_op.drop_index(batch_op.f('ix_schedule_entry_seq'))
        batch_op.drop_index(batch_op.f('ix_schedule_entry_planned_date'))
        batch_op.drop_index(batch_op.f('ix_schedule_entry_officer_id'))

    op.drop_table('schedule_entry')
    with op.batch_alter_table('officer_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officer_assignment_village_id'))
        batch_op.drop_index(batch_op.f('ix_officer_assignment_seq'))
        batch_op.drop_index(batch_op.f('ix_officer_assignment_officer_id'))

    op.drop_table('officer_assignment')
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_subdistrict_id'))
        batch_op.drop_index(batch_op.f('ix_village_seq'))

    op.drop_table('village')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_seq'))

    op.drop_table('device')
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_template_id'))
        batch_op.drop_index(batch_op.f('ix_checklist_item_seq'))

    op.drop_table('checklist_item')
    with op.batch_alter_table('user_profile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_profile_seq'))

    op.drop_table('user_profile')
    with op.batch_alter_table('subdistrict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subdistrict_seq'))

    op.drop_table('subdistrict')
    op.drop_table('setting')
    op.drop_table('replica_state')
    op.drop_table('peer')
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_officer_seq'))

    op.drop_table('officer')
    op.drop_table('import_log')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_seq'))
        batch_op.drop_index(batch_op.f('ix_conflict_row_id'))

    op.drop_table('conflict')
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_template_seq'))

    op.drop_table('checklist_template')

