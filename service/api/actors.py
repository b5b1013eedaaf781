"""Actors: people, states and organizations, global across articles."""
from __future__ import annotations

from flask import url_for
from flask_smorest import abort

from ..store import actors as actor_store
from ..store import write
from ..store.actors import ACTORS
from ..store.demands import DEMANDS
from ..store.quotes import QUOTES
from . import crud
from .blueprint import Blueprint
from .context import db
from .pagination import PageQuerySchema
from .schemas import (
    ActorCreateSchema,
    ActorMergeSchema,
    ActorPageSchema,
    ActorQuerySchema,
    ActorSchema,
    ActorUpdateSchema,
    DemandPageSchema,
    QuotePageSchema,
)

blp = Blueprint("actors", __name__, url_prefix="/actors",
                description="People, states and organizations; one record per actor across all articles.")


@blp.get("")
@blp.arguments(ActorQuerySchema, location="query")
@blp.response(200, ActorPageSchema)
def all(args):
    """List actors, filtered by kind or by a prefix of a name or alias."""
    if "q" in args:
        args["q"] = actor_store.prefix_pattern(args["q"])
    return crud.list_page(ACTORS, args)


@blp.get("/<id:actor_id>")
@blp.response(200, ActorSchema)
def get(actor_id):
    """Get one actor with its aliases, role, affiliation and counts."""
    return crud.get_or_404(ACTORS, actor_id)


@blp.post("")
@blp.arguments(ActorCreateSchema)
@blp.response(201, ActorSchema)
def new(data):
    """Add an actor that extraction missed."""
    values = crud.to_columns(data)
    with write(db()):
        ACTORS.check_references(db(), values)
        actor_id = actor_store.create(db(), **values, edited=True)
    return ACTORS.get(db(), actor_id), 201, {"Location": url_for(".get", actor_id=actor_id)}


@blp.patch("/<id:actor_id>")
@blp.arguments(ActorUpdateSchema)
@blp.response(200, ActorSchema)
def update(data, actor_id):
    """Correct an actor: name, kind, aliases, role or affiliation."""
    crud.require(ACTORS, actor_id)
    if data.get("affiliation") == actor_id:
        abort(422, message="An actor cannot be affiliated with itself.",
              errors={"affiliation": ["Must be another actor."]})
    with write(db()):
        actor_store.edit(db(), actor_id, crud.to_columns(data))
    return ACTORS.get(db(), actor_id)


@blp.delete("/<id:actor_id>")
@blp.response(204)
def delete(actor_id):
    """Delete an actor; its quotes and demands stay, without a speaker or actor."""
    return crud.delete(ACTORS, actor_id)


@blp.post("/<id:actor_id>/merge")
@blp.arguments(ActorMergeSchema)
@blp.response(200, ActorSchema)
def merge(data, actor_id):
    """Fold another actor into this one (a duplicate, a variant spelling)."""
    if data["actor"] == actor_id:
        abort(422, message="An actor cannot be merged into itself.",
              errors={"actor": ["Must be another actor."]})
    crud.require(ACTORS, actor_id)
    crud.require(ACTORS, data["actor"])
    with write(db()):
        actor_store.merge(db(), actor_id, data["actor"])
    return ACTORS.get(db(), actor_id)


@blp.get("/<id:actor_id>/quotes")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, QuotePageSchema)
def quotes(args, actor_id):
    """List what this actor said."""
    crud.require(ACTORS, actor_id)
    return crud.list_page(QUOTES, args, speaker=actor_id)


@blp.get("/<id:actor_id>/demands")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, DemandPageSchema)
def demands(args, actor_id):
    """List the positions this actor holds."""
    crud.require(ACTORS, actor_id)
    return crud.list_page(DEMANDS, args, actor=actor_id)
