"""Actors: people, states and organizations, global across articles."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from flask import url_for
from flask_smorest import abort
from marshmallow import Schema

from ..store import actor_lists, write
from ..store import actors as actor_store
from ..store.actors import ACTORS
from ..store.demands import DEMANDS
from ..store.quotes import QUOTES
from ..store.resources import InvalidReference, Page
from . import crud, exports
from .blueprint import Blueprint
from .context import db
from .encoding import json_response
from .pagination import page_body
from .records import add_sub_list
from .schemas import (
    ActorCreateSchema,
    ActorMergeSchema,
    ActorPageSchema,
    ActorQuerySchema,
    ActorSchema,
    ActorUpdateSchema,
    CounterpartPageSchema,
    CounterpartQuerySchema,
    CounterpartSchema,
    DemandPageSchema,
    QuotePageSchema,
    TimelineItemSchema,
    TimelinePageSchema,
    TimelineQuerySchema,
)

blp = Blueprint("actors", __name__, url_prefix="/actors",
                description="People, states and organizations; one record per actor across all articles.")


@blp.get("")
@blp.arguments(ActorQuerySchema, location="query")
@blp.list_response(ActorPageSchema)
def all(args):
    """List actors, filtered by kind or by a prefix of a name or alias."""
    return crud.list_page(ACTORS, args)


@blp.get("/<id:record_id>")
@blp.response(200, ActorSchema)
def get(record_id):
    """Get one actor with its aliases, role, affiliation and counts."""
    return crud.one(ACTORS, record_id)


@blp.post("")
@blp.arguments(ActorCreateSchema)
@blp.response(201, ActorSchema)
def new(data):
    """Add an actor that extraction missed."""
    values = crud.to_columns(data)
    with write(db()):
        ACTORS.check_references(db(), values)
        record_id = actor_store.create(db(), **values, edited=True)
    return ACTORS.get(db(), record_id), 201, {"Location": url_for(".get", record_id=record_id)}


@blp.patch("/<id:record_id>")
@blp.arguments(ActorUpdateSchema)
@blp.response(200, ActorSchema)
def update(data, record_id):
    """Correct an actor: name, kind, aliases, role or affiliation."""
    crud.require(ACTORS, record_id)
    if data.get("affiliation") == record_id:
        abort(422, message="An actor cannot be affiliated with itself.",
              errors={"affiliation": ["Must be another actor."]})
    with write(db()):
        actor_store.edit(db(), record_id, crud.to_columns(data))
    return ACTORS.get(db(), record_id)


@blp.delete("/<id:record_id>")
@blp.response(204)
def delete(record_id):
    """Delete an actor; its quotes and demands stay, without a speaker or actor."""
    return crud.delete(ACTORS, record_id)


@blp.post("/<id:record_id>/merge")
@blp.arguments(ActorMergeSchema)
@blp.response(200, ActorSchema)
def merge(data, record_id):
    """Fold another actor into this one (a duplicate, a variant spelling)."""
    if data["actor"] == record_id:
        abort(422, message="An actor cannot be merged into itself.",
              errors={"actor": ["Must be another actor."]})
    crud.require(ACTORS, record_id)
    if not ACTORS.exists(db(), data["actor"]):
        raise InvalidReference("actor", data["actor"])
    with write(db()):
        actor_store.merge(db(), record_id, data["actor"])
    return ACTORS.get(db(), record_id)


add_sub_list(blp, ACTORS, QUOTES, QuotePageSchema, "speaker", "List what this actor said.")
add_sub_list(blp, ACTORS, DEMANDS, DemandPageSchema, "actor", "List the positions this actor holds.")


def _page_or_whole(name: str, item: type[Schema], page: Callable[[], Page], whole: Callable[[], Iterable[dict]]):
    """A page of one of an actor's lists as JSON or, asked for CSV or NDJSON, the whole list streamed."""
    media_type = exports.requested_type()
    if media_type is None:
        return json_response(page_body(page()))
    return crud.stream(whole(), media_type, item, name)


@blp.get("/<id:record_id>/timeline")
@blp.arguments(TimelineQuerySchema, location="query")
@blp.list_response(TimelinePageSchema)
def timeline(args, record_id):
    """List what this actor said and the positions it holds, in publication order.

    Dated articles come by date, then undated ones by article id; within an
    article, records come in the order of their offsets.
    """
    crud.require(ACTORS, record_id)
    filters = exports.store_filters(args)
    return _page_or_whole(
        "timeline", TimelineItemSchema,
        lambda: actor_lists.timeline(db(), record_id, filters, args.get("cursor"), args["limit"]),
        lambda: actor_lists.iterate_timeline(db(), record_id, filters))


@blp.get("/<id:record_id>/counterparts")
@blp.arguments(CounterpartQuerySchema, location="query")
@blp.list_response(CounterpartPageSchema)
def counterparts(args, record_id):
    """List the actors this one makes demands of and receives demands from, with counts by kind.

    Ordered by the number of demands between the two, largest first, then by actor id.
    """
    crud.require(ACTORS, record_id)
    return _page_or_whole(
        "counterparts", CounterpartSchema,
        lambda: actor_lists.counterparts(db(), record_id, args.get("cursor"), args["limit"]),
        lambda: actor_lists.iterate_counterparts(db(), record_id))
