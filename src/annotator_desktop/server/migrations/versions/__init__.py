"""Alembic revisions, oldest first: r0001 is the schema of release 0.x before migrations."""
