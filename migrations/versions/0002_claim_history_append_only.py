"""claim_history is append-only: the database refuses UPDATE and DELETE on it

Written by hand (autogenerate does not see triggers), so regenerating 0001 keeps it. A batch
rebuild of claim_history on SQLite (copy, drop, rename) would drop these triggers with the old
table: a later migration that rebuilds it must create them again.

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MESSAGE = "claim_history is append-only"

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER claim_history_no_{verb.lower()} BEFORE {verb} ON claim_history
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
    for verb in ("UPDATE", "DELETE")
]

POSTGRESQL_FUNCTION = f"""
CREATE FUNCTION claim_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation';
END
$$"""

# TRUNCATE is refused too: it removes rows without firing row-level DELETE triggers.
POSTGRESQL_TRIGGERS = [
    """CREATE TRIGGER claim_history_no_change BEFORE UPDATE OR DELETE ON claim_history
       FOR EACH ROW EXECUTE FUNCTION claim_history_append_only()""",
    """CREATE TRIGGER claim_history_no_truncate BEFORE TRUNCATE ON claim_history
       FOR EACH STATEMENT EXECUTE FUNCTION claim_history_append_only()""",
]


def upgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(POSTGRESQL_FUNCTION)
        for statement in POSTGRESQL_TRIGGERS:
            op.execute(statement)


def downgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS claim_history_no_update")
        op.execute("DROP TRIGGER IF EXISTS claim_history_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS claim_history_no_truncate ON claim_history")
        op.execute("DROP TRIGGER IF EXISTS claim_history_no_change ON claim_history")
        op.execute("DROP FUNCTION IF EXISTS claim_history_append_only()")
