"""Alembic migrations of the server database (run through annotator_desktop.server.migrate)."""
