"""A database as the last release before migrations made it (see make_legacy_db.py)."""
