"""Reading and writing one kind of record: filters, keyset pages, CRUD.

SQL is never built from request text: filters are fixed fragments chosen by
name, and every value travels as a parameter.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from .db import insert_row, now, rows
from .search import Search, highlight, plain_words


class InvalidReference(LookupError):
    """A write names a record that does not exist."""

    def __init__(self, field: str, value: int):
        super().__init__(f"no {field} with id {value}")
        self.field = field
        self.value = value


@dataclass(frozen=True)
class Position:
    """Where a keyset page ends: the id of its last record and, in a search,
    that record's score (pages of a search go by score, then id)."""

    id: int
    score: float | None = None


@dataclass(frozen=True)
class Page:
    items: list[dict]
    last: Position | tuple | None
    """Where to continue after (for lists ordered by other columns than id,
    the tuple of the last row's sort values), or None when this is the last page."""


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
    search: Search | None = None
    """With a search index, the filter `q` is a full-text search ranked by bm25."""
    converters: Mapping[str, Callable[[Any], Any]] = field(default_factory=dict)
    """How a filter's value becomes its SQL parameter, where it is not taken as given."""

    def searches(self, filters: Mapping[str, Any]) -> bool:
        return self.search is not None and filters.get("q") is not None

    def ranks(self, filters: Mapping[str, Any]) -> bool:
        """Whether a page is in order of relevance: a search not asked for in id order."""
        return self.searches(filters) and filters.get("order") != "id"

    def page(self, db: sqlite_utils.Database, filters: Mapping[str, Any],
             after: Position | None, limit: int) -> Page:
        """One keyset page: the records after `after`, in id order or, when
        searching, best match first unless asked for id order; one query,
        whatever the page number."""
        rows = list(self._rows(db, filters, after, limit + 1))
        last = None
        if len(rows) > limit:
            rows = rows[:limit]
            last = Position(rows[-1]["id"], rows[-1].get("search_score"))
        return Page([self._item(row) for row in rows], last)

    def iterate(self, db: sqlite_utils.Database, filters: Mapping[str, Any]) -> Iterator[dict]:
        """Every record the filters select, in page order, read lazily by one
        statement (one consistent snapshot). The query runs now, so a bad one
        fails before the first record is asked for."""
        return map(self._item, self._rows(db, filters, None, None))

    def _item(self, row: dict) -> dict:
        item = self.shape(row)
        if "snippet" in row:
            item["snippet"] = highlight(row["snippet"])
        return item

    def _conditions(self, filters: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
        conditions, params = [], []
        for name, value in filters.items():
            if value is not None and name != "order" and not (name == "q" and self.search is not None):
                fragment = self.filters[name]
                conditions.append(fragment)
                params += [self.converters.get(name, _unchanged)(value)] * fragment.count("?")
        return conditions, params

    def _rows(self, db: sqlite_utils.Database, filters: Mapping[str, Any],
              after: Position | None, limit: int | None) -> Iterator[dict]:
        sql, params = self.statement(filters, after, limit)
        try:
            return rows(db, sql, params)
        except sqlite3.OperationalError:
            if not self.searches(filters):
                raise
        return rows(db, *self.statement({**filters, "q": plain_words(filters["q"])}, after, limit))

    def statement(self, filters: Mapping[str, Any], after: Position | None,
                  limit: int | None) -> tuple[str, list[Any]]:
        """The SQL of a page (or with no limit, of the whole list) and its parameters."""
        conditions, params = self._conditions(filters)
        limit = -1 if limit is None else limit
        if not self.searches(filters):
            if after is not None:
                conditions.append(f"{self.alias}.id > ?")
                params.append(after.id)
            return f"{self.select}{_where(conditions)} ORDER BY {self.alias}.id LIMIT ?", [*params, limit]
        if not self.ranks(filters):
            after_ids = [] if after is None else [after.id]
            return self._id_order_sql(conditions, after is not None), [*params, filters["q"], *after_ids, limit]
        join = bool(conditions)
        if after is not None:
            conditions.append("(hits.score, hits.id) > (?, ?)")
            params += [after.score, after.id]
        return self._search_sql(conditions, join), [filters["q"], *params, limit, filters["q"]]

    def _id_order_sql(self, conditions: list[str], after: bool) -> str:
        """Matches in id order in one pass: FTS5 reads its index in rowid order
        and stops at the page's end, where ranking must score every match."""
        index = self.search.index
        after_id = f" AND {index}.rowid > ?" if after else ""
        return f"""SELECT base.*, NULL AS search_score, {self.search.snippet()} AS snippet
            FROM {index} JOIN ({self.select}{_where(conditions)}) base ON base.id = {index}.rowid
            WHERE {index} MATCH ?{after_id} ORDER BY {index}.rowid LIMIT ?"""

    def _search_sql(self, conditions: list[str], join: bool) -> str:
        """Rank the matches (joined to the table only when other filters need
        it), take a page of them, then join what they embed and their snippets
        (computed for the page only)."""
        index = self.search.index
        filtered = f" JOIN {self.table} {self.alias} ON {self.alias}.id = hits.id" if join else ""
        return f"""WITH hits AS (SELECT rowid AS id, {self.search.score()} AS score FROM {index}
                                 WHERE {index} MATCH ?),
            ranked AS (SELECT hits.id, hits.score FROM hits{filtered}{_where(conditions)}
                       ORDER BY hits.score, hits.id LIMIT ?)
            SELECT base.*, ranked.score AS search_score, {self.search.snippet()} AS snippet
            FROM ranked JOIN {index} ON {index}.rowid = ranked.id JOIN ({self.select}) base ON base.id = ranked.id
            WHERE {index} MATCH ? ORDER BY ranked.score, ranked.id"""

    def get(self, db: sqlite_utils.Database, record_id: int) -> dict | None:
        row = next(rows(db, f"{self.select} WHERE {self.alias}.id = ?", [record_id]), None)
        return None if row is None else self.shape(row)

    def get_many(self, db: sqlite_utils.Database, record_ids: list[int]) -> dict[int, dict]:
        """The records with these ids that exist, by id, read by one query."""
        marks = ", ".join("?" * len(record_ids))
        found = rows(db, f"{self.select} WHERE {self.alias}.id IN ({marks})", record_ids) if record_ids else ()
        return {row["id"]: self.shape(row) for row in found}

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
        return insert_row(db, self.table, {**values, "edited": int(edited), "created_at": stamp, "updated_at": stamp})

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


def _unchanged(value: Any) -> Any:
    return value


def _where(conditions: list[str]) -> str:
    return f" WHERE {' AND '.join(conditions)}" if conditions else ""

