"""cases.next_alert_at: when the SLA tick must next look at a case (indexed), so a tick touches
only the cases that are due

Revision ID: 0009
Revises: 0008

Every open case is due at once after the upgrade: the first tick computes each one's time.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_cases = sa.table('cases', sa.column('state', sa.String), sa.column('created_at', sa.DateTime(timezone=True)),
                  sa.column('next_alert_at', sa.DateTime(timezone=True)))


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_alert_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_cases_next_alert_at'), ['next_alert_at'], unique=False)
    op.get_bind().execute(sa.update(_cases).where(_cases.c.state != 'closed')
                          .values(next_alert_at=_cases.c.created_at))


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_next_alert_at'))
        batch_op.drop_column('next_alert_at')
