"""Alembic environment: run by ``annotator_desktop.server.migrate`` on the connection it passes.

There is no alembic.ini: ``migrate.py`` builds the configuration in code and hands over an open
connection (already holding the migration lock) in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from annotator_desktop.server import models

config = context.config


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """SQLModel's AutoString as a plain sa.String, so revisions need no sqlmodel import."""
    from sqlmodel.sql.sqltypes import AutoString

    if type_ == "type" and isinstance(obj, AutoString):
        return f"sa.String(length={obj.length})" if obj.length else "sa.String()"
    return False


def run_migrations() -> None:
    assert models  # the import registers the tables
    target = config.attributes.get("target_metadata") or models.server_metadata()
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target,
        render_item=_render_item,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
