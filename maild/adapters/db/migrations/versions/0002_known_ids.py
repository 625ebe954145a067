"""threading registry of known Message-IDs

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('known_ids',
    sa.Column('message_id', sa.String(length=998), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('message_pk', sa.Integer(), nullable=True),
    sa.Column('case_number', sa.String(length=40), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_known_ids_message_pk_messages')),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_known_ids'))
    )
    with op.batch_alter_table('known_ids', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_known_ids_case_number'), ['case_number'], unique=False)
    # every Message-ID already received joins the registry
    op.execute("INSERT INTO known_ids (message_id, direction, message_pk, at) "
               "SELECT message_id, 'in', MIN(id), MIN(stored_at) FROM messages "
               "WHERE message_id IS NOT NULL GROUP BY message_id")


def downgrade() -> None:
    with op.batch_alter_table('known_ids', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_known_ids_case_number'))

    op.drop_table('known_ids')
