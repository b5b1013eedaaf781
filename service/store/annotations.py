"""What an annotated article page shows: its records with offsets and the names of its actors."""
from __future__ import annotations

import sqlite_utils

from .db import rows
from .demands import DEMANDS
from .quotes import QUOTES
from .resources import Resource


def placed(db: sqlite_utils.Database, resource: Resource, article_id: int) -> list[dict]:
    """The article's records of `resource` that carry offsets, in id order."""
    return [record for record in resource.iterate(db, {"article": article_id})
            if record["start"] is not None and record["end"] is not None]


def actor_names(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    """Every name and alias of the actors the article mentions, with the actor's id, name and kind."""
    return list(rows(db,
        """SELECT n.name AS text, a.id, a.name, a.kind FROM mentions m
           JOIN actors a ON a.id = m.actor_id JOIN actor_names n ON n.actor_id = a.id
           WHERE m.article_id = ? ORDER BY a.id, n.name""", [article_id]))


def annotations(db: sqlite_utils.Database, article_id: int) -> dict[str, list[dict]]:
    """The quotes, demands and actor names an article is annotated with."""
    return {"quotes": placed(db, QUOTES, article_id), "demands": placed(db, DEMANDS, article_id),
            "names": actor_names(db, article_id)}
