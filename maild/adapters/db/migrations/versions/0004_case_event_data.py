"""case_events.data: what the system records on a case event (JSON), apart from people's notes

Revision ID: 0004
Revises: 0003

Opening and reply events kept JSON in `detail`; it moves to `data`, and `detail` stays for
the words a person wrote (a note, a verdict, an assignee).
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

_events = sa.table('case_events', sa.column('id', sa.Integer), sa.column('action', sa.String),
                   sa.column('detail', sa.Text), sa.column('data', sa.Text), sa.column('message_pk', sa.Integer))


def upgrade() -> None:
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('data', sa.Text(), nullable=True))
    conn = op.get_bind()
    # what mail did to a case (its opening, a reply, a reply to a closed case): the system's record
    mail_driven = sa.or_(_events.c.action == 'open', _events.c.message_pk.is_not(None))
    rows = conn.execute(sa.select(_events.c.id, _events.c.detail).where(
        mail_driven, _events.c.detail.like('{%'))).all()
    for pk, detail in rows:
        try:
            data = json.loads(detail)
        except ValueError:
            continue  # a person's words that happen to start with a brace
        if isinstance(data, dict):
            conn.execute(sa.update(_events).where(_events.c.id == pk).values(
                data=json.dumps(data, ensure_ascii=False), detail=None))


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.update(_events).where(_events.c.data.is_not(None), _events.c.detail.is_(None))
                 .values(detail=_events.c.data))
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_column('data')
