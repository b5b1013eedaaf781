"""An actor across articles: its quotes and demands in publication order (its
timeline) and the actors it makes demands of or receives them from (its
counterparts). Both lists are keyset pages over a text `sort_key`."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

import sqlite_utils

from ..extraction.records import DEMAND_KINDS
from .demands import DEMANDS
from .quotes import QUOTES
from .resources import Page, Resource

TIMELINE_KEY = ("printf('%d|%s|%019d|%019d|%s|%019d', a.published_at IS NULL, coalesce(a.published_at, ''), "
                "a.id, coalesce({r}.start, 0), '{type}', {r}.id)")
"""Publication order: dated articles by date, then undated ones; within an
article by position in the body (records without offsets first), then type and id."""



class Branch(NamedTuple):
    """One record type of a timeline: its resource and the column naming the actor."""

    resource: Resource
    holder: str


TIMELINE_BRANCHES = {"quote": Branch(QUOTES, "speaker_id"), "demand": Branch(DEMANDS, "actor_id")}

TIMELINE_FILTERS = {
    "kind": ("demand", "d.kind = :kind"),
    "topic": ("demand", "d.topic = :topic"),
    "from": (None, "a.published_at >= :from"),
    "to": (None, "a.published_at <= :to"),
}
"""A filter's record type (None: both) and its condition."""

MAX_INT = 2**63 - 1


def _keyset_page(db: sqlite_utils.Database, sql: str, params: Mapping[str, Any],
                 after: str | None, limit: int) -> tuple[list[dict], str | None]:
    """The rows of `sql` (which has a `sort_key` column) after `after`, and the key to continue after."""
    rows = list(db.query(f"SELECT * FROM ({sql}) WHERE sort_key > :after ORDER BY sort_key LIMIT :limit",
                         {**params, "after": after or "", "limit": limit + 1}))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, rows[-1]["sort_key"] if more else None


def _timeline_branch(record_type: str, filters: Mapping[str, Any]) -> str:
    resource, holder = TIMELINE_BRANCHES[record_type]
    alias = resource.alias
    conditions = [f"{alias}.{holder} = :actor"] + [
        condition for name, (applies_to, condition) in TIMELINE_FILTERS.items()
        if filters.get(name) is not None and applies_to in (None, record_type)]
    return (f"SELECT '{record_type}' AS type, {alias}.id AS id, a.id AS article_id, a.title, a.source, "
            f"a.published_at, {TIMELINE_KEY.format(r=alias, type=record_type)} AS sort_key "
            f"FROM {resource.table} {alias} JOIN articles a ON a.id = {alias}.article_id WHERE {' AND '.join(conditions)}")


def timeline_types(filters: Mapping[str, Any]) -> tuple[str, ...]:
    """The record types a timeline with these filters lists: `type` picks one;
    `kind` and `topic` are demands' fields, so they leave quotes out."""
    if filters.get("type"):
        return (filters["type"],)
    if filters.get("kind") or filters.get("topic"):
        return ("demand",)
    return tuple(TIMELINE_BRANCHES)


def timeline(db: sqlite_utils.Database, actor_id: int, filters: Mapping[str, Any],
             after: str | None, limit: int) -> Page:
    """The quotes the actor said and the demands it holds, in publication order,
    each with its `type` and its article's id, title, source and date."""
    sql = " UNION ALL ".join(_timeline_branch(t, filters) for t in timeline_types(filters))
    params = {name: filters.get(name) for name in TIMELINE_FILTERS} | {"actor": actor_id}
    rows, last = _keyset_page(db, sql, params, after, limit)
    return Page([_timeline_item(db, row) for row in rows], last)


def _timeline_item(db: sqlite_utils.Database, row: dict) -> dict:
    record = TIMELINE_BRANCHES[row["type"]].resource.get(db, row["id"])
    article = {"id": row["article_id"], "title": row["title"], "source": row["source"],
               "published_at": row["published_at"]}
    return {"type": row["type"], **record, "article": article}


PAIRS = """SELECT target_id AS other, 'made' AS direction, kind FROM demands
               WHERE actor_id = :actor AND target_id IS NOT NULL
           UNION ALL
           SELECT actor_id AS other, 'received' AS direction, kind FROM demands
               WHERE target_id = :actor AND actor_id IS NOT NULL"""
"""Each demand between the actor and another: who the other is, and whether the actor made or received it."""


def counterparts(db: sqlite_utils.Database, actor_id: int, after: str | None, limit: int) -> Page:
    """The actors this one makes demands of or receives demands from, with the
    counts by kind each way, most demands first (then by actor id)."""
    totals = f"""SELECT p.other, x.name, x.kind, count(*) AS total,
                     printf('%019d|%019d', {MAX_INT} - count(*), p.other) AS sort_key
                 FROM ({PAIRS}) p JOIN actors x ON x.id = p.other GROUP BY p.other"""
    rows, last = _keyset_page(db, totals, {"actor": actor_id}, after, limit)
    counts = _counts_by_kind(db, actor_id, [row["other"] for row in rows])
    items = [{"actor": {"id": row["other"], "name": row["name"], "kind": row["kind"]},
              **counts[row["other"]], "total": row["total"]} for row in rows]
    return Page(items, last)


def _counts_by_kind(db: sqlite_utils.Database, actor_id: int, others: list[int]) -> dict[int, dict]:
    """For each other actor: `made` and `received`, each the count per demand kind and a total."""
    counts = {other: {direction: dict.fromkeys((*DEMAND_KINDS, "total"), 0) for direction in ("made", "received")}
              for other in others}
    if not others:
        return counts
    params = {"actor": actor_id} | {f"other{i}": other for i, other in enumerate(others)}
    sql = (f"SELECT other, direction, kind, count(*) AS n FROM ({PAIRS}) "
           f"WHERE other IN ({', '.join(':' + name for name in params if name != 'actor')}) "
           "GROUP BY other, direction, kind")
    for other, direction, kind, n in db.execute(sql, params):
        counts[other][direction][kind] = n
        counts[other][direction]["total"] += n
    return counts
