"""cases, registry, SLA alerts, outbox

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_counters',
    sa.Column('prefix', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', 'year', name=op.f('pk_case_counters'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('norm_name', sa.String(length=300), nullable=False),
    sa.Column('addresses', sa.Text(), nullable=False),
    sa.Column('domains', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('name', name=op.f('uq_partners_name'))
    )
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partners_norm_name'), ['norm_name'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('norm_name', sa.String(length=300), nullable=False),
    sa.Column('partner_name', sa.String(length=300), nullable=False),
    sa.Column('partner_pk', sa.Integer(), nullable=True),
    sa.Column('paying', sa.Boolean(), nullable=False),
    sa.Column('quota', sa.Integer(), nullable=True),
    sa.Column('service_start', sa.Date(), nullable=True),
    sa.Column('service_end', sa.Date(), nullable=True),
    sa.Column('keywords', sa.Text(), nullable=False),
    sa.Column('excluded_products', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['partner_pk'], ['partners.id'], name=op.f('fk_clients_partner_pk_partners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients')),
    sa.UniqueConstraint('name', name=op.f('uq_clients_name'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_norm_name'), ['norm_name'], unique=False)

    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('partner_pk', sa.Integer(), nullable=True),
    sa.Column('client_pk', sa.Integer(), nullable=True),
    sa.Column('partner_name', sa.String(length=300), nullable=True),
    sa.Column('client_name', sa.String(length=300), nullable=True),
    sa.Column('sender', sa.String(length=500), nullable=True),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('missing', sa.Text(), nullable=False),
    sa.Column('checks', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_message_pk', sa.Integer(), nullable=True),
    sa.Column('assignee', sa.String(length=200), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('warning_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sla_status', sa.String(length=20), nullable=True),
    sa.Column('sla_error', sa.Text(), nullable=True),
    sa.Column('outcome_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_pk'], ['clients.id'], name=op.f('fk_cases_client_pk_clients')),
    sa.ForeignKeyConstraint(['partner_pk'], ['partners.id'], name=op.f('fk_cases_partner_pk_partners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_cases_number'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_client_pk'), ['client_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_due_at'), ['due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_partner_pk'), ['partner_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_state'), ['state'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_pk', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('message_id', sa.String(length=998), nullable=False),
    sa.Column('recipients', sa.Text(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.id'], name=op.f('fk_outbox_case_pk_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('message_id', name=op.f('uq_outbox_message_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_case_pk'), ['case_pk'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_status'), ['status'], unique=False)

    op.create_table('sla_alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.Column('threshold', sa.String(length=20), nullable=False),
    sa.Column('crossed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.id'], name=op.f('fk_sla_alerts_case_pk_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sla_alerts')),
    sa.UniqueConstraint('case_pk', 'threshold', name=op.f('uq_sla_alerts_case_pk'))
    )
    op.create_table('case_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_pk', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=True),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('message_pk', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_pk'], ['cases.id'], name=op.f('fk_case_events_case_pk_cases')),
    sa.ForeignKeyConstraint(['message_pk'], ['messages.id'], name=op.f('fk_case_events_message_pk_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_events'))
    )
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_events_case_pk'), ['case_pk'], unique=False)

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('case_pk', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_messages_case_pk'), ['case_pk'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_messages_case_pk_cases'), 'cases', ['case_pk'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_messages_case_pk_cases'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_messages_case_pk'))
        batch_op.drop_column('case_pk')

    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_events_case_pk'))

    op.drop_table('case_events')
    op.drop_table('sla_alerts')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_case_pk'))

    op.drop_table('outbox')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_state'))
        batch_op.drop_index(batch_op.f('ix_cases_partner_pk'))
        batch_op.drop_index(batch_op.f('ix_cases_kind'))
        batch_op.drop_index(batch_op.f('ix_cases_due_at'))
        batch_op.drop_index(batch_op.f('ix_cases_client_pk'))

    op.drop_table('cases')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_norm_name'))

    op.drop_table('clients')
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partners_norm_name'))

    op.drop_table('partners')
    op.drop_table('case_counters')
