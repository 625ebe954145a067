"""cases.topic: what a triage case's mail is about (question, onboarding, invoice, meeting, …),
so that HQ can filter the queue by it

Revision ID: 0010
Revises: 0009

Cases opened before the upgrade have no topic (the queue shows none for them).
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('topic', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('topic')
