"""outbox.mailbox: the address a row goes out from, so each mailbox's daemon sends only its own

Revision ID: 0008
Revises: 0007

Rows written before stay NULL: any daemon may send them, as before.
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mailbox', sa.String(length=320), nullable=True))
        batch_op.create_index(batch_op.f('ix_outbox_mailbox'), ['mailbox'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_mailbox'))
        batch_op.drop_column('mailbox')
