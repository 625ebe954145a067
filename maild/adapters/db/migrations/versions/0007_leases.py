"""leases (one daemon per mailbox on SQLite), and one case per opening mail (a unique constraint)

Revision ID: 0007
Revises: 0006

Should two cases already share an opening mail (two daemons before leases), the oldest keeps it;
the others stay, no longer claiming it, for HQ to close.
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_cases = sa.table('cases', sa.column('id', sa.Integer), sa.column('opened_message_pk', sa.Integer))


def upgrade() -> None:
    op.create_table('leases',
    sa.Column('name', sa.String(length=600), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('acquired_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_leases'))
    )
    conn = op.get_bind()
    keep = sa.select(sa.func.min(_cases.c.id)).where(_cases.c.opened_message_pk.is_not(None)) \
        .group_by(_cases.c.opened_message_pk).scalar_subquery()
    conn.execute(sa.update(_cases).where(_cases.c.opened_message_pk.is_not(None), _cases.c.id.not_in(keep))
                 .values(opened_message_pk=None))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_cases_opened_message_pk'), ['opened_message_pk'])


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_cases_opened_message_pk'), type_='unique')
    op.drop_table('leases')
