"""change history and undo log: operation, history_entry

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import planner.models.base
import planner.models.history

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('operation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', planner.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=500), nullable=False),
    sa.Column('undoes_id', sa.Integer(), nullable=True),
    sa.Column('redoes_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['redoes_id'], ['operation.id'], name=op.f('fk_operation_redoes_id_operation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['undoes_id'], ['operation.id'], name=op.f('fk_operation_undoes_id_operation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operation'))
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_operation_who'), ['who'], unique=False)

    op.create_table('history_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('op_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.String(length=100), nullable=False),
    sa.Column('record_kind', sa.String(length=24), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('changes', planner.models.history.JSONText(), nullable=True),
    sa.Column('row_values', planner.models.history.JSONText(), nullable=True),
    sa.Column('version_after', sa.Integer(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('record_label', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['op_id'], ['operation.id'], name=op.f('fk_history_entry_op_id_operation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_entry'))
    )
    with op.batch_alter_table('history_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_entry_op_id'), ['op_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_history_entry_series_id'), ['series_id'], unique=False)
        batch_op.create_index('ix_history_entry_record', ['record_kind', 'record_id', 'id'], unique=False)
        batch_op.create_index('ix_history_entry_row', ['table_name', 'row_key', 'id'], unique=False)


def downgrade() -> None:
    op.drop_table('history_entry')
    op.drop_table('operation')
