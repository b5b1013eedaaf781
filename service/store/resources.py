"""Reading and writing one kind of record: filters, keyset pages, CRUD.

SQL is never built from request text: filters are fixed fragments chosen by
name, and every value travels as a parameter.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .db import now


class InvalidReference(LookupError):
    """A write names a record that does not exist."""

    def __init__(self, field: str, value: int):
        super().__init__(f"no {field} with id {value}")
        self.field = field
        self.value = value


@dataclass(frozen=True)
class Page:
    items: list[dict]
    last_id: int | tuple | None
    """The id (or, for lists not in id order, the tuple of sort values) to
    continue after, or None when this is the last page."""


def ref(record_id: int | None, name: str | None) -> dict | None:
    """How one record embeds another: `{"id": ..., "name": ...}` or null."""
    return None if record_id is None else {"id": record_id, "name": name}


def stored_fields(row: dict) -> dict:
    """The fields every stored record has, in API form."""
    return {"id": row["id"], "edited": bool(row["edited"]),
            "created_at": row["created_at"], "updated_at": row["updated_at"]}


def extracted_fields(row: dict) -> dict:
    """The fields of a record taken from an article, in API form."""
    return {**stored_fields(row), "article": row["article_id"], "start": row["start"], "end": row["end"],
            "extractor": row["extractor"], "stale": bool(row["stale"])}


@dataclass(frozen=True)
class Resource:
    """One table seen through a SELECT that joins what its records embed.

    `select` names the table with `alias`; `filters` maps a filter name to a
    SQL condition with one or more `?` that all take the filter's value;
    `references` maps a writable column to the table its ids must exist in.
    """

    table: str
    alias: str
    select: str
    filters: Mapping[str, str]
    shape: Callable[[dict], dict]
    references: Mapping[str, str]

    def page(self, db: sqlite_utils.Database, filters: Mapping[str, Any],
             after: int | None, limit: int) -> Page:
        conditions, params = [], []
        for name, value in filters.items():
            if value is not None:
                fragment = self.filters[name]
                conditions.append(fragment)
                params += [value] * fragment.count("?")
        if after is not None:
            conditions.append(f"{self.alias}.id > ?")
            params.append(after)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        sql = f"{self.select}{where} ORDER BY {self.alias}.id LIMIT ?"
        rows = list(db.query(sql, [*params, limit + 1]))
        more = len(rows) > limit
        rows = rows[:limit]
        return Page([self.shape(r) for r in rows], rows[-1]["id"] if more else None)

    def get(self, db: sqlite_utils.Database, record_id: int) -> dict | None:
        rows = list(db.query(f"{self.select} WHERE {self.alias}.id = ?", [record_id]))
        return self.shape(rows[0]) if rows else None

    def exists(self, db: sqlite_utils.Database, record_id: int) -> bool:
        return db.execute(f"SELECT 1 FROM {self.table} WHERE id = ?", [record_id]).fetchone() is not None

    def check_references(self, db: sqlite_utils.Database, values: Mapping[str, Any]) -> None:
        for column, table in self.references.items():
            value = values.get(column)
            if value is not None and db.execute(
                    f"SELECT 1 FROM {table} WHERE id = ?", [value]).fetchone() is None:
                raise InvalidReference(column.removesuffix("_id"), value)

    def insert(self, db: sqlite_utils.Database, values: Mapping[str, Any], edited: bool) -> int:
        """Insert inside the caller's write transaction; returns the new id."""
        self.check_references(db, values)
        stamp = now()
        row = {**values, "edited": int(edited), "created_at": stamp, "updated_at": stamp}
        return db.table(self.table).insert(row).last_pk

    def update(self, db: sqlite_utils.Database, record_id: int, values: Mapping[str, Any]) -> bool:
        """Apply an analyst's edit inside the caller's write transaction; no values, no change."""
        if not self.exists(db, record_id):
            return False
        if not values:
            return True
        self.check_references(db, values)
        db.table(self.table).update(record_id, {**values, "edited": 1, "updated_at": now()})
        return True

    def delete(self, db: sqlite_utils.Database, record_id: int) -> bool:
        return db.execute(f"DELETE FROM {self.table} WHERE id = ?", [record_id]).rowcount > 0
