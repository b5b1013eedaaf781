"""The SQLite store: connections, schema, and the queries of each resource."""
from .db import connect, timestamp, write
from .schema import migrate

__all__ = ["connect", "timestamp", "write", "migrate"]
