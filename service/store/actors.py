"""Actors: global across articles, matched by name, alias and spelling variant."""
from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from ..extraction.records import Actor
from .db import now
from .names import name_key, same_person, surname
from .resources import Resource, ref, stored_fields


def _shape(row: dict) -> dict:
    return {
        **stored_fields(row),
        "name": row["name"],
        "kind": row["kind"],
        "aliases": json.loads(row["aliases_json"]),
        "role": row["role"],
        "affiliation": ref(row["affiliation_id"], row["affiliation_name"]),
        "counts": {"articles": row["article_count"], "quotes": row["quote_count"],
                   "demands": row["demand_count"]},
    }


ACTORS = Resource(
    table="actors",
    alias="a",
    select="""SELECT a.*, f.name AS affiliation_name,
        (SELECT json_group_array(name) FROM (SELECT n.name FROM actor_names n
            WHERE n.actor_id = a.id AND n.is_alias = 1 ORDER BY n.name)) AS aliases_json,
        (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS article_count,
        (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id) AS quote_count,
        (SELECT count(*) FROM demands d WHERE d.actor_id = a.id) AS demand_count
        FROM actors a LEFT JOIN actors f ON f.id = a.affiliation_id""",
    filters={
        "kind": "a.kind = ?",
        "article": "a.id IN (SELECT m.actor_id FROM mentions m WHERE m.article_id = ?)",
        # a prefix of a name key: the keys from it up to it followed by the last code point
        "q": "a.id IN (SELECT n.actor_id FROM actor_names n WHERE n.key >= ? AND n.key < ? || char(1114111))",
    },
    shape=_shape,
    references={"affiliation_id": "actors"},
    converters={"q": name_key},
)


def set_names(db: sqlite_utils.Database, actor_id: int, kind: str, name: str,
              aliases: Iterable[str], replace: bool) -> None:
    """Record the canonical name and aliases of an actor under their keys."""
    if replace:
        db.execute("DELETE FROM actor_names WHERE actor_id = ?", [actor_id])
    else:
        db.execute("UPDATE actor_names SET is_alias = 1 WHERE actor_id = ?", [actor_id])
    rows = {}
    for alias in aliases:
        if name_key(alias):
            rows[name_key(alias)] = (alias, 1)
    rows[name_key(name)] = (name, 0)
    for key, (text, is_alias) in rows.items():
        db.execute(
            """INSERT INTO actor_names (actor_id, name, key, surname, is_alias) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (actor_id, key) DO UPDATE SET is_alias = min(is_alias, excluded.is_alias)""",
            [actor_id, text, key, surname(key) if kind == "person" else None, is_alias])
    db.execute("UPDATE actor_names SET is_alias = 0 WHERE actor_id = ? AND key = ?",
               [actor_id, name_key(name)])


def create(db: sqlite_utils.Database, name: str, kind: str, aliases: Iterable[str] = (),
           role: str | None = None, affiliation_id: int | None = None, edited: bool = False) -> int:
    actor_id = ACTORS.insert(db, {"name": name, "kind": kind, "role": role,
                                  "affiliation_id": affiliation_id}, edited=edited)
    set_names(db, actor_id, kind, name, aliases, replace=True)
    return actor_id


def _match_person(db: sqlite_utils.Database, key: str) -> int | None:
    rows = db.execute(
        """SELECT n.actor_id, n.key, (SELECT count(*) FROM mentions m WHERE m.actor_id = n.actor_id)
           FROM actor_names n JOIN actors a ON a.id = n.actor_id
           WHERE a.kind = 'person' AND substr(n.surname, 1, 1) = ?""", [surname(key)[:1]]).fetchall()
    hits = {actor_id: mentions for actor_id, other, mentions in rows if same_person(key, other)}
    return max(hits, key=hits.get) if hits else None


def match(db: sqlite_utils.Database, actor: Actor) -> int | None:
    """The global actor this extracted actor is, if any: same kind and a
    shared name key, or for a person a spelling variant of the full name."""
    keys = {name_key(n) for n in (actor.name, *actor.aliases)} - {""}
    marks = ",".join("?" * len(keys))
    row = db.execute(
        f"""SELECT n.actor_id FROM actor_names n JOIN actors a ON a.id = n.actor_id
            WHERE a.kind = ? AND n.key IN ({marks}) ORDER BY n.is_alias, n.actor_id LIMIT 1""",
        [actor.kind, *keys]).fetchone()
    if row:
        return row[0]
    if actor.kind == "person" and name_key(actor.name):
        return _match_person(db, name_key(actor.name))
    return None


def absorb(db: sqlite_utils.Database, actor_id: int, actor: Actor) -> None:
    """Fold what an article says of an actor into the global record, unless
    an analyst has edited it: new aliases, a fuller name, a missing role."""
    name, kind, edited = db.execute("SELECT name, kind, edited FROM actors WHERE id = ?",
                                    [actor_id]).fetchone()
    if edited:
        return
    fuller = actor.kind == "person" and len(name_key(actor.name).split()) > len(name_key(name).split())
    new_name = actor.name if fuller else name
    set_names(db, actor_id, kind, new_name, [name, actor.name, *actor.aliases], replace=False)
    db.execute("UPDATE actors SET name = ?, role = coalesce(role, ?), updated_at = ? WHERE id = ?",
               [new_name, actor.role, now(), actor_id])


def resolve(db: sqlite_utils.Database, actors: Iterable[Actor]) -> dict[str, int]:
    """Global ids for the actors of one extraction, creating the new ones;
    affiliations are set where the global record has none."""
    actors = list(actors)
    ids: dict[str, int] = {}
    for actor in actors:
        actor_id = match(db, actor)
        if actor_id is None:
            actor_id = create(db, actor.name, actor.kind, actor.aliases, actor.role)
        else:
            absorb(db, actor_id, actor)
        ids[actor.name] = actor_id
    for actor in actors:
        affiliation = ids.get(actor.affiliation or "")
        if affiliation is not None and affiliation != ids[actor.name]:
            db.execute("""UPDATE actors SET affiliation_id = ? WHERE id = ? AND affiliation_id IS NULL
                          AND edited = 0""", [affiliation, ids[actor.name]])
    return ids


def merge(db: sqlite_utils.Database, into_id: int, from_id: int) -> None:
    """Fold actor `from_id` into `into_id`: its names become aliases and its
    quotes, demands, mentions and affiliates move over."""
    kind, name = db.execute("SELECT kind, name FROM actors WHERE id = ?", [into_id]).fetchone()
    names = [n for (n,) in db.execute("SELECT name FROM actor_names WHERE actor_id = ?", [from_id])]
    set_names(db, into_id, kind, name, names, replace=False)
    db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", [into_id, from_id])
    db.execute("UPDATE demands SET actor_id = ? WHERE actor_id = ?", [into_id, from_id])
    db.execute("UPDATE demands SET target_id = ? WHERE target_id = ?", [into_id, from_id])
    db.execute("UPDATE actors SET affiliation_id = ? WHERE affiliation_id = ?", [into_id, from_id])
    db.execute("UPDATE actors SET affiliation_id = NULL WHERE id = ? AND affiliation_id = ?",
               [into_id, into_id])
    db.execute("""INSERT OR IGNORE INTO mentions (article_id, actor_id)
                  SELECT article_id, ? FROM mentions WHERE actor_id = ?""", [into_id, from_id])
    db.execute("DELETE FROM actors WHERE id = ?", [from_id])
    db.execute("UPDATE actors SET edited = 1, updated_at = ? WHERE id = ?", [now(), into_id])


def edit(db: sqlite_utils.Database, actor_id: int, values: dict) -> None:
    """Apply an analyst's edit; given aliases replace the old ones, a new name
    keeps the old one as an alias."""
    values = dict(values)
    aliases = values.pop("aliases", None)
    ACTORS.update(db, actor_id, values)
    name, kind = db.execute("SELECT name, kind FROM actors WHERE id = ?", [actor_id]).fetchone()
    if aliases is not None:
        set_names(db, actor_id, kind, name, aliases, replace=True)
    elif "name" in values or "kind" in values:
        old = [n for (n,) in db.execute("SELECT name FROM actor_names WHERE actor_id = ?", [actor_id])]
        set_names(db, actor_id, kind, name, old, replace=True)
