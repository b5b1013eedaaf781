"""Connections and write transactions."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

MMAP_BYTES = 1 << 30
"""How much of the file reads map instead of copying through SQLite's page
cache: a page of quotes by one speaker touches a page per row, and mapped
reads took 40% less time than copied ones on a 240 MB database."""


def connect(path: str, busy_timeout_ms: int = 10_000) -> sqlite_utils.Database:
    """Open the database in WAL mode with foreign keys on and a busy timeout.

    The connection is in autocommit mode: every write goes through `write()`.
    Reads are memory-mapped (`MMAP_BYTES`).
    """
    conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    _use_wal(conn, busy_timeout_ms)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return sqlite_utils.Database(conn)


def rows(db: sqlite_utils.Database, sql: str, params: Sequence | Mapping[str, Any] = ()) -> Iterator[dict]:
    """The rows of a read as dicts, fetched lazily. A plain statement: sqlite-utils' `query` wraps
    each read in a savepoint and its release, two more statements for every read."""
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return (dict(zip(columns, row, strict=True)) for row in cursor)


def insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """Insert one row and return its id. The columns are the service's own keys, never request text.
    One statement: sqlite-utils' `table.insert` also looks the table up and opens a savepoint for each
    row, which made it two thirds of the time bulk ingest spent storing an article."""
    columns = ", ".join(f'"{column}"' for column in row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())).lastrowid


def _use_wal(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """Put the file in WAL mode. On a new file, processes switching it at once
    get "database is locked" without SQLite waiting, so retry for the busy timeout."""
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic write: `BEGIN IMMEDIATE` takes the write lock up front, so a
    busy database waits for the busy timeout instead of failing on upgrade."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def timestamp(moment: datetime) -> str:
    """How the store writes a moment: ISO 8601 in UTC (naive means UTC), so
    that text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def stored_moments(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` with every datetime in it as the store writes moments."""
    return {k: timestamp(v) if isinstance(v, datetime) else v for k, v in values.items()}


def now() -> str:
    return timestamp(datetime.now(UTC))
