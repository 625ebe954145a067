"""outbox delivery: the exact bytes, attempts and their times, why a row is held or failed

Revision ID: 0005
Revises: 0004

Rows already queued (escalations) stay pending and are due at once: the sender composes
them from their subject and body.
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_COLUMNS = (
    sa.Column('raw', sa.LargeBinary(), nullable=True),
    sa.Column('template', sa.String(length=60), nullable=True),
    sa.Column('auto_reply', sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column('to_address', sa.String(length=500), nullable=True),
    sa.Column('trigger_message_pk', sa.Integer(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
)


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        for column in _COLUMNS:
            batch_op.add_column(column)
        batch_op.create_foreign_key(batch_op.f('fk_outbox_trigger_message_pk_messages'), 'messages',
                                    ['trigger_message_pk'], ['id'])
        batch_op.create_index(batch_op.f('ix_outbox_to_address'), ['to_address'], unique=False)
        batch_op.create_index('ix_outbox_due', ['status', 'next_attempt_at'], unique=False)
    op.execute("UPDATE outbox SET next_attempt_at = created_at WHERE status = 'pending'")


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_due')
        batch_op.drop_index(batch_op.f('ix_outbox_to_address'))
        batch_op.drop_constraint(batch_op.f('fk_outbox_trigger_message_pk_messages'), type_='foreignkey')
        for column in reversed(_COLUMNS):
            batch_op.drop_column(column.name)
