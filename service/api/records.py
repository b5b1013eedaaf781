"""Routes shared by resources: the CRUD of analyst-curated records (quotes,
demands) and the sub-lists of a record (an article's quotes, an actor's demands)."""
from __future__ import annotations

from dataclasses import dataclass

from flask import url_for
from marshmallow import Schema

from ..store.resources import Resource
from . import crud
from .blueprint import Blueprint
from .pagination import PageQuerySchema


@dataclass(frozen=True)
class RecordSchemas:
    record: type[Schema]
    page: type[Schema]
    query: type[Schema]
    create: type[Schema]
    update: type[Schema]


def curated_blueprint(resource: Resource, schemas: RecordSchemas, description: str,
                      list_summary: str, update_summary: str) -> Blueprint:
    """A blueprint for records that extraction makes and analysts curate:
    list, get, add, correct, delete."""
    name = resource.table
    noun = name.removesuffix("s")
    blp = Blueprint(name, __name__, url_prefix=f"/{name}", description=description)

    @blp.get("")
    @blp.arguments(schemas.query, location="query")
    @blp.list_response(schemas.page)
    @blp.doc(summary=list_summary)
    def all(args):
        return crud.list_page(resource, args)

    @blp.get("/<id:record_id>")
    @blp.response(200, schemas.record)
    @blp.doc(summary=f"Get one {noun}.")
    def get(record_id):
        return crud.one(resource, record_id)

    @blp.post("")
    @blp.arguments(schemas.create)
    @blp.response(201, schemas.record)
    @blp.doc(summary=f"Add a {noun} that extraction missed; it counts as edited.")
    def new(data):
        record = crud.create(resource, data)
        return record, 201, {"Location": url_for(".get", record_id=record["id"])}

    @blp.patch("/<id:record_id>")
    @blp.arguments(schemas.update)
    @blp.response(200, schemas.record)
    @blp.doc(summary=update_summary)
    def update(data, record_id):
        return crud.update(resource, record_id, data)

    @blp.delete("/<id:record_id>")
    @blp.response(204)
    @blp.doc(summary=f"Delete a {noun}.")
    def delete(record_id):
        return crud.delete(resource, record_id)

    return blp


def add_sub_list(blp: Blueprint, parent: Resource, child: Resource, page: type[Schema],
                 filter_name: str, summary: str) -> None:
    """Add GET /{id}/<child table> to `blp`: the child records that point to the parent."""

    @blp.get(f"/<id:record_id>/{child.table}", endpoint=child.table)
    @blp.arguments(PageQuerySchema, location="query")
    @blp.list_response(page)
    @blp.doc(summary=summary)
    def sub_list(args, record_id):
        crud.require(parent, record_id)
        return crud.list_page(child, args, **{filter_name: record_id})
