"""The benchmark's queries, as paths for each kind of server, drawn from the database itself.

- speaker: quotes by speaker, 50 a page; speakers drawn by how often they speak (Zipf-popular).
- article: one article by id, uniformly.
- search: full-text search on quotes for a word, 50 a page, in id order as Datasette and the bare
  handler give it (Parley ranks by bm25 unless asked for `order=id`).
- demands: demands by actor and kind, 50 a page, drawn from stored demands.
- mix: 40% speaker, 30% article, 15% search, 15% demands, interleaved.
"""
from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from generate import search_words

PAGE = 50
SAMPLES = 2000
QUERIES = ("speaker", "article", "search", "demands", "mix")
MIX = (("speaker", 40), ("article", 30), ("search", 15), ("demands", 15))

PARLEY_PATHS: dict[str, Callable[..., str]] = {
    "speaker": lambda speaker, db: f"/quotes?speaker={speaker}&limit={PAGE}",
    "article": lambda article, db: f"/articles/{article}",
    "search": lambda word, db: f"/quotes?q={quote(word)}&order=id&limit={PAGE}",
    "demands": lambda pair, db: f"/demands?actor={pair[0]}&kind={pair[1]}&limit={PAGE}",
}
DATASETTE_PATHS: dict[str, Callable[..., str]] = {
    "speaker": lambda speaker, db: f"/{db}/quotes.json?speaker_id={speaker}&_size={PAGE}&_shape=array",
    "article": lambda article, db: f"/{db}/articles/{article}.json?_shape=array",
    "search": lambda word, db: f"/{db}/quotes.json?_search={quote(word)}&_size={PAGE}&_shape=array",
    "demands": lambda pair, db: f"/{db}/demands.json?actor_id={pair[0]}&kind={pair[1]}&_size={PAGE}&_shape=array",
}
DIALECTS = {"parley": PARLEY_PATHS, "datasette": DATASETTE_PATHS}


def arguments(db_path: Path, seed: int = 7) -> dict[str, list]:
    """For each query but the mix, SAMPLES arguments in a fixed random order."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        speakers = db.execute("SELECT speaker_id, count(*) FROM quotes WHERE speaker_id IS NOT NULL "
                              "GROUP BY speaker_id").fetchall()
        article_count = db.execute("SELECT max(id) FROM articles").fetchone()[0]
        demand_count = db.execute("SELECT max(id) FROM demands").fetchone()[0]
        demand_ids = rng.sample(range(1, demand_count + 1), min(SAMPLES, demand_count))
        marks = ",".join("?" * len(demand_ids))
        pairs = db.execute(f"SELECT actor_id, kind FROM demands WHERE id IN ({marks}) AND actor_id IS NOT NULL",
                           demand_ids).fetchall()
    rng.shuffle(pairs)
    return {
        "speaker": rng.choices([s for s, _ in speakers], weights=[n for _, n in speakers], k=SAMPLES),
        "article": [rng.randint(1, article_count) for _ in range(SAMPLES)],
        "search": rng.choices(search_words(), k=SAMPLES),
        "demands": pairs,
    }


def paths(dialect: str, db_name: str, args: dict[str, list], seed: int = 7) -> dict[str, list[str]]:
    """Paths of each query, the mix included, for one kind of server."""
    makers = DIALECTS[dialect]
    per_query = {name: [makers[name](arg, db_name) for arg in values] for name, values in args.items()}
    rng = random.Random(seed)
    picks = rng.choices([name for name, _ in MIX], weights=[w for _, w in MIX], k=SAMPLES)
    position = dict.fromkeys(per_query, 0)
    mix = []
    for name in picks:
        mix.append(per_query[name][position[name] % len(per_query[name])])
        position[name] += 1
    return {**per_query, "mix": mix}
