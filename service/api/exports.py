"""Exports: a whole filtered list as CSV or NDJSON, written record by record.

The HTTP lists (`Accept: text/csv` or `application/x-ndjson`) and `parley
export` share this module and `Resource.iterate`, so both give the same rows
in the same order. Memory stays flat: records are read lazily by one SQL
statement and written out in small chunks.
"""
from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import orjson
from flask import request
from marshmallow import Schema, fields

from ..store import stored_moments
from ..store.actors import ACTORS
from ..store.articles import ARTICLES
from ..store.demands import DEMANDS
from ..store.quotes import QUOTES
from ..store.resources import Resource
from .encoding import JSON_TYPE, dump
from .schemas import (
    ActorQuerySchema,
    ActorSchema,
    ArticleQuerySchema,
    ArticleSchema,
    DemandQuerySchema,
    DemandSchema,
    QuoteQuerySchema,
    QuoteSchema,
)

CSV_TYPE = "text/csv"
NDJSON_TYPE = "application/x-ndjson"
FORMATS = {"csv": CSV_TYPE, "ndjson": NDJSON_TYPE}
RECORDS_PER_CHUNK = 200
PAGE_ARGUMENTS = ("cursor", "limit")


@dataclass(frozen=True)
class Exportable:
    """A list that can be exported: its records, its filters and its item schema."""

    resource: Resource
    query: type[Schema]
    record: type[Schema]


EXPORTABLE = {
    "articles": Exportable(ARTICLES, ArticleQuerySchema, ArticleSchema),
    "actors": Exportable(ACTORS, ActorQuerySchema, ActorSchema),
    "quotes": Exportable(QUOTES, QuoteQuerySchema, QuoteSchema),
    "demands": Exportable(DEMANDS, DemandQuerySchema, DemandSchema),
}


def store_filters(args: dict) -> dict:
    """Validated query arguments as store filters: no page arguments, moments as stored text."""
    return stored_moments({k: v for k, v in args.items() if k not in PAGE_ARGUMENTS})


def requested_type() -> str | None:
    """The export format the request's Accept header prefers, or None for JSON
    (also for */*, a missing header, or only types this service does not make)."""
    best = request.accept_mimetypes.best_match([JSON_TYPE, CSV_TYPE, NDJSON_TYPE])
    return best if best in (CSV_TYPE, NDJSON_TYPE) else None


def columns(record: type[Schema]) -> list[tuple[str, ...]]:
    """The CSV columns of a record, in schema order; embedded records and
    counts flatten to one column per field (`speaker` -> `speaker_id`, `speaker_name`)."""
    paths: list[tuple[str, ...]] = []
    for name, field in record().fields.items():
        if isinstance(field, fields.Nested):
            paths += [(name, inner) for inner in field.schema.fields]
        else:
            paths.append((name,))
    return paths


def header(record: type[Schema]) -> list[str]:
    return ["_".join(path) for path in columns(record)]


def _cell(item: dict, path: tuple[str, ...]) -> object:
    value = item.get(path[0])
    if len(path) == 2 and value is not None:
        value = value[path[1]]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return orjson.dumps(value).decode()
    return "" if value is None else value


def _chunks(lines: Iterable[bytes]) -> Iterator[bytes]:
    chunk: list[bytes] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == RECORDS_PER_CHUNK:
            yield b"".join(chunk)
            chunk = []
    if chunk:
        yield b"".join(chunk)


def _csv_lines(items: Iterable[dict], record: type[Schema]) -> Iterator[bytes]:
    paths = columns(record)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    rows = (([_cell(item, path) for path in paths]) for item in items)
    for row in itertools.chain([header(record)], rows):
        writer.writerow(row)
        yield buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()


def encode(items: Iterable[dict], media_type: str, record: type[Schema]) -> Iterator[bytes]:
    """The bytes of an export, in chunks of a few hundred records."""
    if media_type == CSV_TYPE:
        return _chunks(_csv_lines(items, record))
    return _chunks(dump(item) + b"\n" for item in items)
