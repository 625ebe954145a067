"""pushes (the push log HQ imports) and notices (reminders and briefs, each sent once by its key)

Revision ID: 0011
Revises: 0010

Both tables start empty: `maild leads import` fills the push log; the daemon writes notices.
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pushes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_pk', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.String(length=100), nullable=False),
    sa.Column('pushed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('keyword', sa.String(length=300), nullable=True),
    sa.Column('product', sa.String(length=300), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_pk'], ['clients.id'], name=op.f('fk_pushes_client_pk_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pushes')),
    sa.UniqueConstraint('client_pk', 'lead_id', name=op.f('uq_pushes_client_pk'))
    )
    with op.batch_alter_table('pushes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pushes_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index('ix_pushes_client_time', ['client_pk', 'pushed_at'], unique=False)
    op.create_table('notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('client_pk', sa.Integer(), nullable=True),
    sa.Column('partner_pk', sa.Integer(), nullable=True),
    sa.Column('case_pk', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.String(length=998), nullable=True),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.id'], name=op.f('fk_notices_case_pk_cases')),
    sa.ForeignKeyConstraint(['client_pk'], ['clients.id'], name=op.f('fk_notices_client_pk_clients')),
    sa.ForeignKeyConstraint(['partner_pk'], ['partners.id'], name=op.f('fk_notices_partner_pk_partners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices')),
    sa.UniqueConstraint('key', name=op.f('uq_notices_key'))
    )
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notices_client_pk'), ['client_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_notices_partner_pk'), ['partner_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_notices_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_table('notices')
    op.drop_table('pushes')
