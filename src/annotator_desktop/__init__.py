"""annotator-desktop: an offline-first desktop client for AI-training annotation."""

__version__ = "0.1.0"
APP_NAME = "annotator-desktop"
