#!/usr/bin/env python3
"""Milliseconds per page of an actor's timeline and counterparts on a large synthetic database.

    python benchmarks/timeline.py [--articles 20000] [--per-article 2] [--pages 20]

Builds a temporary database with ARTICLES articles (every tenth undated) and,
in each, PER-ARTICLE quotes and demands of one busy actor towards 50 others,
then walks the first PAGES pages (limit 50) of /actors/1/timeline and of
/actors/1/counterparts through the Flask test client and prints the median
and slowest page.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.app import create_app  # noqa: E402
from service.config import Config  # noqa: E402
from service.store import connect, migrate, write  # noqa: E402

COUNTERPARTS = 50
KINDS = ("demand", "proposal", "rejection", "red_line", "threat")


def build(path: str, articles: int, per_article: int) -> None:
    db = connect(path)
    migrate(db)
    stamp = "2026-01-01T00:00:00+00:00"
    with write(db):
        db["actors"].insert_all({"id": i, "name": f"Actor {i}", "kind": "state", "created_at": stamp,
                                 "updated_at": stamp} for i in range(1, COUNTERPARTS + 2))
        db["articles"].insert_all({"id": a, "title": f"Article {a}", "body": "Words said. Demands made.",
                                   "content_hash": str(a), "created_at": stamp,
                                   "published_at": None if a % 10 == 0 else
                                   f"20{10 + a % 15}-0{1 + a % 9}-1{a % 10}T00:00:00+00:00"}
                                  for a in range(1, articles + 1))
        db["quotes"].insert_all({"article_id": a, "speaker_id": 1, "text": "Words said", "direct": 1,
                                 "start": 0, "end": 10, "created_at": stamp, "updated_at": stamp}
                                for a in range(1, articles + 1) for _ in range(per_article))
        db["demands"].insert_all({"article_id": a, "actor_id": 1 if n % 2 else 2 + a % COUNTERPARTS,
                                  "target_id": 2 + a % COUNTERPARTS if n % 2 else 1, "kind": KINDS[a % 5],
                                  "topic": "other", "text": "Demands made", "start": 12, "end": 24,
                                  "created_at": stamp, "updated_at": stamp}
                                 for a in range(1, articles + 1) for n in range(per_article))
    db.conn.close()


def walk(client, url: str, pages: int) -> list[float]:
    timings = []
    while url and len(timings) < pages:
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.get_json()
        url = response.get_json()["next"]
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--per-article", type=int, default=2)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "timeline.db")
        build(path, args.articles, args.per_article)
        client = create_app(Config(db_path=path)).test_client()
        records = args.articles * args.per_article * 3 // 2
        for name in ("timeline", "counterparts"):
            timings = walk(client, f"/actors/1/{name}?limit=50", args.pages)
            print(f"{name}: {len(timings)} pages over {records} records of the actor: median "
                  f"{statistics.median(timings):.1f} ms, slowest {max(timings):.1f} ms")


if __name__ == "__main__":
    main()
