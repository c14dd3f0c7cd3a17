"""The reference task server (protocol v1): FastAPI + SQLModel, never imported by core/ or ui/."""
