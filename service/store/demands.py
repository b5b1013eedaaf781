"""Demands: the positions actors take."""
from __future__ import annotations

from .resources import Resource, extracted_fields, ref
from .search import Search


def _shape(row: dict) -> dict:
    return {
        **extracted_fields(row),
        "actor": ref(row["actor_id"], row["actor_name"]),
        "target": ref(row["target_id"], row["target_name"]),
        "kind": row["kind"],
        "text": row["text"],
        "evidence": row["evidence"],
        "topic": row["topic"],
    }


DEMANDS = Resource(
    table="demands",
    alias="d",
    select=("SELECT d.*, a.name AS actor_name, t.name AS target_name FROM demands d "
            "LEFT JOIN actors a ON a.id = d.actor_id LEFT JOIN actors t ON t.id = d.target_id"),
    filters={
        "article": "d.article_id = ?",
        "stale": "d.stale = ?",
        "actor": "d.actor_id = ?",
        "target": "d.target_id = ?",
        "kind": "d.kind = ?",
        "topic": "d.topic = ?",
    },
    shape=_shape,
    references={"article_id": "articles", "actor_id": "actors", "target_id": "actors"},
    search=Search("demands_fts", weights=(2.0, 1.0)),
)
