"""What a request works with: its database connection and the extractor."""
from __future__ import annotations

import sqlite_utils
from flask import current_app, g

from ..config import Config
from ..isolated import ExtractionProcesses
from ..store import connect


def config() -> Config:
    return current_app.config["PARLEY"]


def db() -> sqlite_utils.Database:
    """This thread's connection, opened on its first request and kept for the
    next ones: opening one per request cost more than a page's query (WAL
    set-up, a cold page cache, and a checkpoint when the last one closes)."""
    connections = current_app.extensions["parley.connections"]
    if not hasattr(connections, "db"):
        connections.db = connect(config().db_path, config().busy_timeout_ms)
    g.db = connections.db
    return g.db


def release_db(_error: BaseException | None = None) -> None:
    """At teardown: whatever a request left open is rolled back, never carried over."""
    connection = g.pop("db", None)
    if connection is not None and connection.conn.in_transaction:
        connection.execute("ROLLBACK")


def extractor() -> ExtractionProcesses:
    """The worker's extraction processes."""
    return current_app.extensions["parley.extraction"]
