"""Articles, and writing an article together with everything extracted from it."""
from __future__ import annotations

import hashlib
from dataclasses import replace

import sqlite_utils

from ..extraction.records import Demand, Extraction, Quote
from . import actors
from .db import insert_row, now
from .demands import DEMANDS
from .quotes import QUOTES
from .resources import Resource
from .search import Search


def _shape(row: dict) -> dict:
    return {
        "id": row["id"],
        "title": row["title"],
        "body": row["body"],
        "source": row["source"],
        "url": row["url"],
        "published_at": row["published_at"],
        "content_hash": row["content_hash"],
        "created_at": row["created_at"],
        "counts": {"actors": row["actor_count"], "quotes": row["quote_count"],
                   "demands": row["demand_count"]},
    }


ARTICLES = Resource(
    table="articles",
    alias="r",
    select="""SELECT r.*,
        (SELECT count(*) FROM mentions m WHERE m.article_id = r.id) AS actor_count,
        (SELECT count(*) FROM quotes q WHERE q.article_id = r.id) AS quote_count,
        (SELECT count(*) FROM demands d WHERE d.article_id = r.id) AS demand_count
        FROM articles r""",
    filters={
        "source": "r.source = ?",
        # as id sets from the date index: a bare range would walk the table in id order
        "published_from": "r.id IN (SELECT id FROM articles WHERE published_at >= ?)",
        "published_to": "r.id IN (SELECT id FROM articles WHERE published_at <= ?)",
    },
    shape=_shape,
    references={},
    search=Search("articles_fts", weights=(3.0, 1.0)),
)


def content_hash(body: str) -> str:
    """What makes two posts the same article: the SHA-256 of the body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def find_by_hash(db: sqlite_utils.Database, digest: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
    return row[0] if row else None


def insert(db: sqlite_utils.Database, fields: dict, extraction: Extraction) -> int:
    """Store an article with its records, inside the caller's write transaction."""
    article_id = insert_row(db, "articles", {**fields, "content_hash": content_hash(fields["body"]),
                                             "created_at": now()})
    store_records(db, article_id, extraction)
    return article_id


def store_records(db: sqlite_utils.Database, article_id: int, extraction: Extraction) -> None:
    """Resolve the extracted actors to global ones and store mentions, quotes
    and demands as machine-made (not edited) records, each naming the
    extractor that made them, as does the article."""
    extractor = extraction.extractor
    db.execute("UPDATE articles SET extractor = ? WHERE id = ?", [extractor, article_id])
    ids = actors.resolve(db, extraction.actors)
    for actor_id in set(ids.values()):
        db.execute("INSERT OR IGNORE INTO mentions (article_id, actor_id) VALUES (?, ?)",
                   [article_id, actor_id])
    for quote in extraction.quotes:
        values = {**vars(quote), "article_id": article_id, "direct": int(quote.direct),
                  "speaker_id": ids.get(quote.speaker or ""), "extractor": extractor}
        del values["speaker"]
        QUOTES.insert(db, values, edited=False)
    for demand in extraction.demands:
        values = {**vars(demand), "article_id": article_id, "extractor": extractor,
                  "actor_id": ids.get(demand.actor), "target_id": ids.get(demand.target or "")}
        del values["actor"], values["target"]
        DEMANDS.insert(db, values, edited=False)


def extracted_by(db: sqlite_utils.Database, published_since: str | None = None,
                 ids: tuple[int, ...] = ()) -> dict[int, str | None]:
    """The version of the extractor that last ran over each stored article, by
    id in id order: of all of them, of those published at or after
    `published_since`, or of those in `ids`."""
    conditions, params = [], []
    if published_since is not None:
        conditions.append("published_at >= ?")
        params.append(published_since)
    if ids:
        conditions.append(f"id IN ({', '.join('?' * len(ids))})")
        params += ids
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return dict(db.execute(f"SELECT id, extractor FROM articles{where} ORDER BY id", params).fetchall())


def count_stale(db: sqlite_utils.Database) -> int:
    """How many kept records, in all articles, no longer match their body."""
    return db.execute("SELECT (SELECT count(*) FROM quotes WHERE stale = 1)"
                      " + (SELECT count(*) FROM demands WHERE stale = 1)").fetchone()[0]


def _edited_spans(db: sqlite_utils.Database, table: str, article_id: int) -> list[tuple[int, int]]:
    return db.execute(f"""SELECT start, "end" FROM {table} WHERE article_id = ? AND edited = 1
                          AND start IS NOT NULL AND "end" IS NOT NULL""", [article_id]).fetchall()


def _clear_of(spans: list[tuple[int, int]], record: Quote | Demand) -> bool:
    return not any(record.start < end and start < record.end for start, end in spans)


def replace_records(db: sqlite_utils.Database, article_id: int, extraction: Extraction) -> None:
    """Swap the machine-made records of an article for a new extraction.
    Records an analyst created or edited stay as they are (flagged `stale` by
    the schema's triggers when they no longer match the body), and new records
    over the same text as an edited one are dropped, not doubled."""
    quote_spans = _edited_spans(db, "quotes", article_id)
    demand_spans = _edited_spans(db, "demands", article_id)
    extraction = replace(extraction, quotes=[q for q in extraction.quotes if _clear_of(quote_spans, q)],
                         demands=[d for d in extraction.demands if _clear_of(demand_spans, d)])
    db.execute("DELETE FROM quotes WHERE article_id = ? AND edited = 0", [article_id])
    db.execute("DELETE FROM demands WHERE article_id = ? AND edited = 0", [article_id])
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("""INSERT OR IGNORE INTO mentions (article_id, actor_id)
                  SELECT article_id, speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL
                  UNION SELECT article_id, actor_id FROM demands WHERE article_id = ? AND actor_id IS NOT NULL
                  UNION SELECT article_id, target_id FROM demands WHERE article_id = ? AND target_id IS NOT NULL""",
               [article_id] * 3)
    store_records(db, article_id, extraction)
