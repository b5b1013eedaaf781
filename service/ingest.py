"""Turning articles into stored records: extraction first, then one write.

Extraction runs outside the write transaction, so a slow article never holds
the database lock; the write re-checks the content hash, so two clients
posting the same body at once get one article. Over HTTP, the extractor is
a child process with a time budget (`service.isolated`).
"""
from __future__ import annotations

import itertools
import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from .config import Config
from .extraction import Extractor, load_extractor
from .extraction.records import Extraction
from .store import articles, connect, migrate, timestamp, write

ARTICLE_FIELDS = ("title", "body", "source", "url", "published_at")
MAX_BODY_CHARS = 1_000_000
"""The longest body extraction takes (spaCy's default `max_length`)."""


@dataclass(frozen=True)
class Ingested:
    article_id: int
    created: bool


def _store(db: sqlite_utils.Database, fields: dict, extraction: Extraction) -> Ingested:
    with write(db):
        existing = articles.find_by_hash(db, articles.content_hash(fields["body"]))
        if existing is not None:
            return Ingested(existing, created=False)
        return Ingested(articles.insert(db, fields, extraction), created=True)


def ingest(db: sqlite_utils.Database, extractor: Extractor, fields: dict) -> Ingested:
    """Store one article with its records, or find it if its body is stored."""
    existing = articles.find_by_hash(db, articles.content_hash(fields["body"]))
    if existing is not None:
        return Ingested(existing, created=False)
    return _store(db, fields, extractor.extract(fields["body"], fields.get("title")))


def _extract_batch(model_name: str, bodies: list[str]) -> list[Extraction]:
    """A worker's task, on the model it inherited from the process that forked it."""
    return list(load_extractor(model_name).extract_many(bodies, batch_size=len(bodies)))


def _started() -> None:
    """A task that does nothing: submitting it makes the pool fork its workers."""


def _batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class ExtractionPool:
    """Extraction in worker processes, results in input order; `extract_many`
    as on an Extractor. As spaCy's own `nlp.pipe(n_process=...)` does, the
    workers are forked from this process once it has loaded the model, so
    they start at once and share its pages (spawned workers each spent seconds
    importing spaCy and loading the model). They are forked here, before the
    caller opens anything else, and never touch what they inherit but the
    model. A few batches per worker are kept in flight."""

    def __init__(self, model_name: str, processes: int):
        self.model_name = model_name
        self.processes = processes
        load_extractor(model_name)
        self.executor = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"))
        self.executor.submit(_started).result()

    def extract_many(self, bodies: Iterable[str], batch_size: int = 16) -> Iterator[Extraction]:
        batches = _batches(bodies, batch_size)
        pending: deque[Future] = deque(self.executor.submit(_extract_batch, self.model_name, batch)
                                       for batch in itertools.islice(batches, 2 * self.processes))
        while pending:
            extractions = pending.popleft().result()
            for batch in itertools.islice(batches, 1):
                pending.append(self.executor.submit(_extract_batch, self.model_name, batch))
            yield from extractions

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)


@contextmanager
def extraction(model_name: str, processes: int) -> Iterator[Extractor | ExtractionPool]:
    """What bulk ingest extracts with: the model in this process, or a pool of `processes` workers."""
    if processes == 1:
        yield load_extractor(model_name)
        return
    pool = ExtractionPool(model_name, processes)
    try:
        yield pool
    finally:
        pool.close()


def ingest_many(db: sqlite_utils.Database, extractor: Extractor | ExtractionPool, items: Iterable[dict],
                batch_size: int = 16) -> Iterator[Ingested]:
    """Store many articles, batching extraction through the model (in this
    process or a pool's), each in its own write transaction by this process;
    stored bodies are skipped before extraction, so a rerun resumes where it stopped."""
    new, seen = [], set()
    for fields in items:
        digest = articles.content_hash(fields["body"])
        found = articles.find_by_hash(db, digest)
        if found is not None or digest in seen:
            yield Ingested(found, created=False)
        else:
            seen.add(digest)
            new.append(fields)
    extractions = extractor.extract_many((f["body"] for f in new), batch_size=batch_size)
    for fields, extraction in zip(new, extractions, strict=True):
        yield _store(db, fields, extraction)


def _title_and_body(db: sqlite_utils.Database, article_id: int) -> tuple[str, str] | None:
    return db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()


def _replace(db: sqlite_utils.Database, article_id: int, extraction: Extraction) -> bool:
    """Store a new extraction of a stored article in one write; False if the article is gone."""
    with write(db):
        if _title_and_body(db, article_id) is None:
            return False
        articles.replace_records(db, article_id, extraction)
    return True


def reextract(db: sqlite_utils.Database, extractor: Extractor, article_id: int) -> bool:
    """Run extraction again on a stored article, keeping analysts' records."""
    row = _title_and_body(db, article_id)
    if row is None:
        return False
    return _replace(db, article_id, extractor.extract(row[1], row[0]))


def reextract_many(db: sqlite_utils.Database, extractor: Extractor, article_ids: list[int],
                   batch_size: int = 16) -> Iterator[int]:
    """Run extraction again on many stored articles, batching them through the
    model, and yield each id once its records are replaced. Every article is
    its own write and records the extractor's version, so a run that is
    killed keeps what it finished and a rerun can skip it."""
    bodies = ((_title_and_body(db, article_id) or ("", ""))[1] for article_id in article_ids)
    extractions = extractor.extract_many(bodies, batch_size=batch_size)
    for article_id, extraction in zip(article_ids, extractions, strict=True):
        _replace(db, article_id, extraction)
        yield article_id


def read_article_file(path: Path) -> dict:
    """An article from a `.json` file (the fields of POST /articles; other keys
    ignored) or a `.txt` file (first line the title, the rest the body)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        if not isinstance(data, dict) or not data.get("title") or not data.get("body"):
            raise ValueError(f"{path}: a JSON article needs a title and a body")
        fields = {k: data[k] for k in ARTICLE_FIELDS if data.get(k)}
        if "published_at" in fields:
            fields["published_at"] = timestamp(datetime.fromisoformat(fields["published_at"]))
        return _checked_length(path, fields)
    title, _, body = text.strip().partition("\n")
    if not body.strip():
        raise ValueError(f"{path}: a text article needs a title line and a body")
    return _checked_length(path, {"title": title.strip(), "body": body.strip()})


def _checked_length(path: Path, fields: dict) -> dict:
    if len(fields["body"]) > MAX_BODY_CHARS:
        raise ValueError(f"{path}: the body is longer than {MAX_BODY_CHARS} characters")
    return fields


def article_files(paths: Iterable[Path]) -> list[Path]:
    """The `.json` and `.txt` files named, or found in the folders named, sorted."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in {".json", ".txt"} and p.is_file())
        else:
            found.append(path)
    return found


def seed(db: sqlite_utils.Database, extractor_factory: Callable[[], Extractor], seeds_dir: Path) -> int:
    """Load the seed articles into a new database, once; returns how many.
    The extractor is made only when there is something to load."""
    if db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone():
        return 0
    files = article_files([seeds_dir]) if seeds_dir.is_dir() else []
    stored = 0
    if files:
        results = ingest_many(db, extractor_factory(), map(read_article_file, files))
        stored = sum(result.created for result in results)
    with write(db):
        db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('seeded', ?)", [str(stored)])
    return stored


def prepare_database(config: Config) -> int:
    """Create or migrate the database and load the seeds once; returns how many
    seed articles were loaded. `parley serve` runs it before gunicorn forks."""
    db = connect(config.db_path, config.busy_timeout_ms)
    try:
        migrate(db)
        return seed(db, lambda: load_extractor(config.spacy_model), Path(config.seeds_dir))
    finally:
        db.conn.close()
