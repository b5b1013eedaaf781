"""An actor across articles: its quotes and demands in publication order (its
timeline) and the actors it makes demands of or receives them from (its
counterparts). Both lists are keyset pages over several sort columns: a page
continues after the tuple of the last row's sort values."""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import sqlite_utils

from ..extraction.records import DEMAND_KINDS
from .db import rows
from .demands import DEMANDS
from .quotes import QUOTES
from .resources import Page, Resource

TIMELINE_ORDER = ("undated", "published", "article_id", "position", "type", "id")
"""Publication order: dated articles by date, then undated ones, by article id;
within an article by position in the body (records without offsets first), then type and id."""
TIMELINE_BATCH = 500
"""Timeline rows whose records a whole-timeline read fetches at once."""
COUNTERPART_ORDER = ("fewest", "other")
"""Most demands first (`fewest` is minus their number), then by actor id."""


class Branch(NamedTuple):
    """One record type of a timeline: its resource and the column naming the actor."""

    resource: Resource
    holder: str


TIMELINE_BRANCHES = {"quote": Branch(QUOTES, "speaker_id"), "demand": Branch(DEMANDS, "actor_id")}

TIMELINE_FILTERS = {
    "kind": ("demand", "d.kind = :kind"),
    "topic": ("demand", "d.topic = :topic"),
    "published_from": (None, "a.published_at >= :published_from"),
    "published_to": (None, "a.published_at <= :published_to"),
}
"""A filter's record type (None: both) and its condition."""


def _ordered(db: sqlite_utils.Database, sql: str, params: Mapping[str, Any], order: tuple[str, ...],
             after: tuple | None, limit: int | None) -> Iterator[dict]:
    """The rows of `sql` in the order of its columns `order`, after the tuple of
    sort values `after`, at most `limit` of them (None: all), read lazily."""
    columns = ", ".join(order)
    where = ""
    if after is not None:
        where = f" WHERE ({columns}) > ({', '.join(f':after{i}' for i in range(len(order)))})"
        params = {**params, **{f"after{i}": value for i, value in enumerate(after)}}
    return rows(db, f"SELECT * FROM ({sql}){where} ORDER BY {columns} LIMIT :limit",
                    {**params, "limit": -1 if limit is None else limit})


def _keyset_page(db: sqlite_utils.Database, sql: str, params: Mapping[str, Any], order: tuple[str, ...],
                 after: tuple | None, limit: int) -> tuple[list[dict], tuple | None]:
    """One page of `_ordered` rows, and the tuple to continue after (None on the last page)."""
    rows = list(_ordered(db, sql, params, order, after, limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, tuple(rows[-1][column] for column in order) if more else None


def _timeline_branch(record_type: str, filters: Mapping[str, Any]) -> str:
    resource, holder = TIMELINE_BRANCHES[record_type]
    alias = resource.alias
    conditions = [f"{alias}.{holder} = :actor"] + [
        condition for name, (applies_to, condition) in TIMELINE_FILTERS.items()
        if filters.get(name) is not None and applies_to in (None, record_type)]
    return (f"SELECT '{record_type}' AS type, {alias}.id AS id, a.id AS article_id, a.title, a.source, "
            "a.published_at, a.published_at IS NULL AS undated, coalesce(a.published_at, '') AS published, "
            f"coalesce({alias}.start, -1) AS position "
            f"FROM {resource.table} {alias} JOIN articles a ON a.id = {alias}.article_id "
            f"WHERE {' AND '.join(conditions)}")


def _timeline_types(filters: Mapping[str, Any]) -> tuple[str, ...]:
    """The record types a timeline with these filters lists: `type` picks one;
    `kind` and `topic` are demands' fields, so they leave quotes out."""
    if filters.get("type"):
        return (filters["type"],)
    if filters.get("kind") or filters.get("topic"):
        return ("demand",)
    return tuple(TIMELINE_BRANCHES)


def _timeline_sql(actor_id: int, filters: Mapping[str, Any]) -> tuple[str, dict]:
    sql = " UNION ALL ".join(_timeline_branch(t, filters) for t in _timeline_types(filters))
    return sql, {name: filters.get(name) for name in TIMELINE_FILTERS} | {"actor": actor_id}


def timeline(db: sqlite_utils.Database, actor_id: int, filters: Mapping[str, Any],
             after: tuple | None, limit: int) -> Page:
    """The quotes the actor said and the demands it holds, in publication order,
    each with its `type` and its article's id, title, source and date."""
    sql, params = _timeline_sql(actor_id, filters)
    rows, last = _keyset_page(db, sql, params, TIMELINE_ORDER, after, limit)
    return Page(_timeline_items(db, rows), last)


def iterate_timeline(db: sqlite_utils.Database, actor_id: int, filters: Mapping[str, Any]) -> Iterator[dict]:
    """The whole timeline, item by item, read lazily by one statement (and the
    records of each batch of its rows by one query per record type)."""
    sql, params = _timeline_sql(actor_id, filters)
    rows = _ordered(db, sql, params, TIMELINE_ORDER, None, None)
    while batch := list(itertools.islice(rows, TIMELINE_BATCH)):
        yield from _timeline_items(db, batch)


def _timeline_items(db: sqlite_utils.Database, rows: list[dict]) -> list[dict]:
    """The items of timeline rows, their records read by one query per record
    type (a record deleted since the rows were read is left out)."""
    records = {record_type: branch.resource.get_many(db, [r["id"] for r in rows if r["type"] == record_type])
               for record_type, branch in TIMELINE_BRANCHES.items()}
    return [{"type": row["type"], **records[row["type"]][row["id"]],
             "article": {"id": row["article_id"], "title": row["title"], "source": row["source"],
                         "published_at": row["published_at"]}}
            for row in rows if row["id"] in records[row["type"]]]


PAIRS = """SELECT target_id AS other, 'made' AS direction, kind FROM demands
               WHERE actor_id = :actor AND target_id IS NOT NULL
           UNION ALL
           SELECT actor_id AS other, 'received' AS direction, kind FROM demands
               WHERE target_id = :actor AND actor_id IS NOT NULL"""
"""Each demand between the actor and another: who the other is, and whether the actor made or received it."""


COUNTERPART_TOTALS = f"""SELECT t.*, x.name, x.kind FROM (
        SELECT other, count(*) AS total, -count(*) AS fewest FROM ({PAIRS}) GROUP BY other
    ) t JOIN actors x ON x.id = t.other"""
"""Each other actor with the number of demands between the two."""


def counterparts(db: sqlite_utils.Database, actor_id: int, after: tuple | None, limit: int) -> Page:
    """The actors this one makes demands of or receives demands from, with the
    counts by kind each way, most demands first (then by actor id)."""
    rows, last = _keyset_page(db, COUNTERPART_TOTALS, {"actor": actor_id}, COUNTERPART_ORDER, after, limit)
    counts = _counts_by_kind(db, actor_id, [row["other"] for row in rows])
    return Page([_counterpart(row, counts) for row in rows], last)


def iterate_counterparts(db: sqlite_utils.Database, actor_id: int) -> Iterator[dict]:
    """Every counterpart, in the order of the pages (an actor's counterparts are
    at most all actors, so their counts are read at once)."""
    counts = _counts_by_kind(db, actor_id)
    rows = _ordered(db, COUNTERPART_TOTALS, {"actor": actor_id}, COUNTERPART_ORDER, None, None)
    return (_counterpart(row, counts) for row in rows)


def _counterpart(row: dict, counts: dict[int, dict]) -> dict:
    return {"actor": {"id": row["other"], "name": row["name"], "kind": row["kind"]},
            **counts[row["other"]], "total": row["total"]}


def _counts_by_kind(db: sqlite_utils.Database, actor_id: int, others: list[int] | None = None) -> dict[int, dict]:
    """For each other actor (those in `others`, or all): `made` and `received`,
    each the count per demand kind and a total."""
    counts: dict[int, dict] = defaultdict(lambda: {direction: dict.fromkeys((*DEMAND_KINDS, "total"), 0)
                                                   for direction in ("made", "received")})
    params = {"actor": actor_id} | {f"other{i}": other for i, other in enumerate(others or ())}
    only = "" if others is None else f"WHERE other IN ({', '.join(':' + name for name in params if name != 'actor')}) "
    sql = f"SELECT other, direction, kind, count(*) AS n FROM ({PAIRS}) {only}GROUP BY other, direction, kind"
    for other, direction, kind, n in db.execute(sql, params):
        counts[other][direction][kind] = n
        counts[other][direction]["total"] += n
    return counts
