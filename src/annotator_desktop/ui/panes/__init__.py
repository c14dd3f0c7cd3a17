"""Task panes, one per task kind, known to the main window only through the registry."""
