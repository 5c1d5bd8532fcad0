"""Alembic environment: runs on the connection handed in by planner.db."""

from __future__ import annotations

from alembic import context

from planner.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")

if connection is None:  # pragma: no cover - only for `alembic` used by hand
    raise RuntimeError("run migrations through planner.db.upgrade()")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
