#!/usr/bin/env python3
"""Fill a Parley database of a given size, through Parley's own schema, without extraction.

    python benchmarks/perf/generate.py /tmp/bench.db --articles 20000

Per article: 300-600 words of prose (a Zipf-skewed vocabulary of negotiation
words and made-up names, so full-text search has common and rare words to
find), 12 quotes and 4 demands cut from that prose, spoken or held by actors
picked with Zipf-skewed popularity. The file is made by `service.store.connect`
and `migrate`, then filled by plain INSERTs into the real tables, one
transaction per chunk of articles, so any trigger the schema has (a full-text
index, say) fires as it would for articles posted one by one.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from service.extraction.records import DEMAND_KINDS, TOPICS  # noqa: E402
from service.store import connect, migrate, write  # noqa: E402
from service.store.names import name_key, surname  # noqa: E402

QUOTES_PER_ARTICLE = 12
DEMANDS_PER_ARTICLE = 4
CHUNK_ARTICLES = 1000
ZIPF_EXPONENT = 1.1
STAMP = "2026-11-01T00:00:00+00:00"

COMMON_WORDS = """the of and to in a that for on with said was is by as at from it be have has will
would not but an they their this which talks were who been are had its also after over more than
about against into could only new other some two there when while before under would first last""".split()
NEGOTIATION_WORDS = """ceasefire sanctions treaty negotiators delegation mediator proposal demand
withdrawal troops border referendum sovereignty territory hostages prisoners exchange humanitarian
corridor aid convoy blockade tariffs quota fisheries pipeline reparations amnesty election monitors
observers verification inspection enrichment uranium warheads missiles drones airspace maritime
shipping ports dockworkers wages pension strike union management arbitration ratification parliament
coalition budget deficit bailout creditors bondholders restructuring moratorium embargo concessions
guarantees timetable roadmap framework memorandum accord armistice truce escalation retaliation
mobilisation reservists checkpoint enclave corridor autonomy federation constitution minority
refugees displaced reconstruction investment loans grants climate emissions finance adaptation
copper lithium mining licence royalties pricing merger remedies regulators antitrust divestiture
summit envoy communique deadline ultimatum walkout boycott veto resolution council assembly chamber
ministers secretary spokesman president premier chancellor minister ambassador commander general""".split()
SYLLABLES = "ka ro mi tan vel dor sa li no ther bar zen qui ma lo ric ven tal os ar ul ni ga pe fis".split()
SPEECH_CUES = ("said", "told reporters", "warned", "insisted", "added", "stressed", "declared")
ACTOR_KINDS = (("person", 0.6), ("state", 0.25), ("organization", 0.15))


def zipf_weights(n: int) -> list[float]:
    """Cumulative Zipf weights for ranks 1..n, for `random.choices(cum_weights=...)`."""
    return list(itertools.accumulate(1 / rank ** ZIPF_EXPONENT for rank in range(1, n + 1)))


def made_up_words(rng: random.Random, count: int, syllables: tuple[int, int]) -> list[str]:
    """Distinct pronounceable words of 2-4 syllables (names, places, rare terms)."""
    words: dict[str, None] = {}
    while len(words) < count:
        words["".join(rng.choices(SYLLABLES, k=rng.randint(*syllables)))] = None
    return list(words)


def vocabulary(seed: int = 1) -> list[str]:
    """Words by rank, most common first: function words, negotiation terms, then a long tail."""
    rng = random.Random(seed)
    tail = made_up_words(rng, 6000, (2, 4))
    return COMMON_WORDS + NEGOTIATION_WORDS + tail


def search_words(seed: int = 1) -> list[str]:
    """Words worth searching for: the negotiation terms and tail words of falling frequency."""
    words = vocabulary(seed)
    first_tail = len(COMMON_WORDS) + len(NEGOTIATION_WORDS)
    return NEGOTIATION_WORDS + words[first_tail:first_tail + 2000:20]


@dataclass(frozen=True)
class Actor:
    id: int
    name: str
    kind: str


def make_actors(rng: random.Random, count: int) -> list[Actor]:
    """Actors in popularity order (rank 1 first); names are unique."""
    first_names = [w.capitalize() for w in made_up_words(rng, 400, (2, 2))]
    last_names = [w.capitalize() for w in made_up_words(rng, count, (2, 3))]
    kinds = rng.choices([k for k, _ in ACTOR_KINDS], weights=[w for _, w in ACTOR_KINDS], k=count)
    actors = []
    for i, (kind, last) in enumerate(zip(kinds, last_names, strict=True), start=1):
        if kind == "person":
            name = f"{rng.choice(first_names)} {last}"
        elif kind == "state":
            name = f"Republic of {last}"
        else:
            name = f"{last} {rng.choice(('Council', 'Union', 'Alliance', 'Authority', 'Group'))}"
        actors.append(Actor(i, name, kind))
    return actors


@dataclass
class Prose:
    body: str
    sentences: list[tuple[int, int]]
    """(start, end) offsets of each sentence in the body."""


def prose(rng: random.Random, words: list[str], cum_weights: list[float]) -> Prose:
    """300-600 words in sentences of 8-25 words."""
    remaining = rng.randint(300, 600)
    parts, sentences, offset = [], [], 0
    while remaining > 0:
        length = min(remaining, rng.randint(8, 25))
        remaining -= length
        chosen = rng.choices(words, cum_weights=cum_weights, k=length)
        sentence = " ".join(chosen).capitalize() + "."
        sentences.append((offset, offset + len(sentence)))
        parts.append(sentence)
        offset += len(sentence) + 1
    return Prose(" ".join(parts), sentences)


class Filler:
    """Rows for articles, quotes, demands and mentions, numbered from 1."""

    def __init__(self, seed: int, actor_count: int):
        self.rng = random.Random(seed)
        self.words = vocabulary(seed)
        self.word_weights = zipf_weights(len(self.words))
        self.actors = make_actors(self.rng, actor_count)
        self.people = [a for a in self.actors if a.kind == "person"]
        self.people_weights = zipf_weights(len(self.people))
        self.actor_weights = zipf_weights(len(self.actors))
        self.quote_id = itertools.count(1)
        self.demand_id = itertools.count(1)
        self.start = datetime(2026, 1, 1, tzinfo=UTC)

    def article_rows(self, article_id: int) -> tuple[tuple, list[tuple], list[tuple], set[tuple]]:
        rng = self.rng
        text = prose(rng, self.words, self.word_weights)
        title = " ".join(rng.choices(self.words, cum_weights=self.word_weights, k=8)).capitalize()
        published = (self.start + timedelta(minutes=article_id * 17)).isoformat(timespec="seconds")
        article = (article_id, title, text.body, f"wire-{rng.randint(1, 20)}", f"https://news.example/{article_id}",
                   published, hashlib.sha256(text.body.encode()).hexdigest(), STAMP)
        speakers = rng.choices(self.people, cum_weights=self.people_weights, k=QUOTES_PER_ARTICLE)
        quotes = []
        for speaker in speakers:
            start, end = rng.choice(text.sentences)
            quotes.append((next(self.quote_id), article_id, speaker.id, text.body[start:end], rng.random() < 0.6,
                           rng.choice(SPEECH_CUES), start, end, 0, STAMP, STAMP))
        holders = rng.choices(self.actors, cum_weights=self.actor_weights, k=2 * DEMANDS_PER_ARTICLE)
        demands = []
        for actor, target in zip(holders[::2], holders[1::2], strict=True):
            start, end = rng.choice(text.sentences)
            demands.append((next(self.demand_id), article_id, actor.id, target.id, rng.choice(DEMAND_KINDS),
                            text.body[start:end], text.body[start:end], rng.choice(TOPICS), start, end,
                            0, STAMP, STAMP))
        mentions = {(article_id, s.id) for s in speakers} | {(article_id, a.id) for a in holders}
        return article, quotes, demands, mentions


INSERT_ARTICLE = """INSERT INTO articles (id, title, body, source, url, published_at, content_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_QUOTE = """INSERT INTO quotes (id, article_id, speaker_id, text, direct, cue, start, "end", edited,
                  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
INSERT_DEMAND = """INSERT INTO demands (id, article_id, actor_id, target_id, kind, text, evidence, topic, start,
                   "end", edited, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def insert_actors(db, actors: list[Actor]) -> None:
    with write(db):
        db.conn.executemany("""INSERT INTO actors (id, name, kind, edited, created_at, updated_at)
                               VALUES (?, ?, ?, 0, ?, ?)""", [(a.id, a.name, a.kind, STAMP, STAMP) for a in actors])
        db.conn.executemany(
            "INSERT INTO actor_names (actor_id, name, key, surname, is_alias) VALUES (?, ?, ?, ?, 0)",
            [(a.id, a.name, name_key(a.name), surname(name_key(a.name)) if a.kind == "person" else None)
             for a in actors])


def chunks(filler: Filler, articles: int) -> Iterator[tuple[list, list, list, list]]:
    for first in range(1, articles + 1, CHUNK_ARTICLES):
        rows: tuple[list, list, list, list] = ([], [], [], [])
        for article_id in range(first, min(first + CHUNK_ARTICLES, articles + 1)):
            article, quotes, demands, mentions = filler.article_rows(article_id)
            rows[0].append(article)
            rows[1].extend(quotes)
            rows[2].extend(demands)
            rows[3].extend(mentions)
        yield rows


def build(path: Path, articles: int, seed: int = 1) -> None:
    """Create `path` (which must not exist) holding `articles` generated articles."""
    if path.exists():
        raise FileExistsError(f"{path} exists; generate into a new file")
    db = connect(str(path))
    migrate(db)
    filler = Filler(seed, actor_count=max(300, articles // 8))
    insert_actors(db, filler.actors)
    for article_rows, quote_rows, demand_rows, mention_rows in chunks(filler, articles):
        with write(db):
            db.conn.executemany(INSERT_ARTICLE, article_rows)
            db.conn.executemany(INSERT_QUOTE, quote_rows)
            db.conn.executemany(INSERT_DEMAND, demand_rows)
            db.conn.executemany("INSERT INTO mentions (article_id, actor_id) VALUES (?, ?)", mention_rows)
    with write(db):
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '0')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    build(args.path, args.articles, args.seed)
    print(f"{args.articles} articles, {args.articles * QUOTES_PER_ARTICLE} quotes, "
          f"{args.articles * DEMANDS_PER_ARTICLE} demands in {time.monotonic() - started:.1f} s -> {args.path}")


if __name__ == "__main__":
    main()
