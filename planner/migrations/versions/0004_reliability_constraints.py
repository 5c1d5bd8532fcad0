"""reliability constraints: the natural key of vendors without IČO is unique

Imports match vendors without IČO by folded name and municipality; two colleagues
importing the same sheet at once must not both add them. Existing duplicates (made
before this constraint) keep their rows: the later ones get "#<id>" in the key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from planner.models.keys import vendor_match_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vendor") as batch:
        batch.add_column(sa.Column("match_key", sa.String(length=320), nullable=False, server_default=""))
    conn = op.get_bind()
    vendor = sa.table("vendor", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("city", sa.String), sa.column("ico", sa.String),
                      sa.column("match_key", sa.String))
    seen: set[str] = set()
    for id_, name, city, ico in conn.execute(
        sa.select(vendor.c.id, vendor.c.name, vendor.c.city, vendor.c.ico).order_by(vendor.c.id)
    ):
        key = vendor_match_key(str(name or ""), str(city or ""))
        if ico is None:
            if key in seen:
                key = f"{key}#{id_}"
            seen.add(key)
        conn.execute(sa.update(vendor).where(vendor.c.id == id_).values(match_key=key))
    op.create_index("uq_vendor_match_key", "vendor", ["match_key"], unique=True,
                    sqlite_where=sa.text("ico IS NULL"), postgresql_where=sa.text("ico IS NULL"))


def downgrade() -> None:
    op.drop_index("uq_vendor_match_key", table_name="vendor")
    with op.batch_alter_table("vendor") as batch:
        batch.drop_column("match_key")
