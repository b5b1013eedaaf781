"""The SQLite store: connections, schema, and the queries of each resource."""
from .db import connect, stored_moments, timestamp, write
from .schema import migrate

__all__ = ["connect", "stored_moments", "timestamp", "write", "migrate"]
