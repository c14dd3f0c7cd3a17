"""QA review: sample dialog, the rapid-reading window and the session that talks to core."""
