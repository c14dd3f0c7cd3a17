"""The client's logic, Qt-free: store, sync, auth, per-kind result logic, formats, metrics."""
