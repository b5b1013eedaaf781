"""The steps every resource's views share, so each view stays a few lines."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn

from flask import Response, stream_with_context
from flask_smorest import abort
from marshmallow import Schema

from ..store import write
from ..store.resources import Resource
from . import exports
from .context import db
from .encoding import json_response
from .pagination import page_body

REFERENCE_COLUMNS = {"article": "article_id", "speaker": "speaker_id", "actor": "actor_id",
                     "target": "target_id", "affiliation": "affiliation_id"}


def to_columns(data: dict) -> dict:
    """Request fields to table columns (`speaker` -> `speaker_id`, ...)."""
    return {REFERENCE_COLUMNS.get(k, k): v for k, v in data.items()}


def list_page(resource: Resource, args: dict, **fixed: Any) -> Response:
    """One page of a list, filtered by the query arguments and by `fixed` ones,
    as JSON built straight from the records (no schema dumping); asked for
    CSV or NDJSON, the whole list instead (lists of the exportable resources)."""
    filters = {**exports.store_filters(args), **fixed}
    media_type = exports.requested_type()
    if media_type is not None and resource.table in exports.EXPORTABLE:
        return export(resource, filters, media_type)
    after = args.get("cursor")
    if after is not None and (after.score is not None) != resource.ranks(filters):
        abort(422, message="This cursor belongs to a list in another order (with or without `q`, "
                                "or another `order`); use the `next` URL of a page.",
              errors={"cursor": ["Not a cursor of this list."]})
    return json_response(page_body(resource.page(db(), filters, after, args["limit"])))


def export(resource: Resource, filters: dict, media_type: str) -> Response:
    """Every record the filters select, streamed; the query runs before the
    response starts, so it can still fail with a problem."""
    return stream(resource.iterate(db(), filters), media_type, exports.EXPORTABLE[resource.table].record,
                  resource.table)


def stream(items: Iterable[dict], media_type: str, record: type[Schema], name: str) -> Response:
    """A download of `items` as CSV or NDJSON (`media_type`), in the columns of `record`, as file `name`."""
    chunks = exports.encode(items, media_type, record)
    extension = next(name for name, known in exports.FORMATS.items() if known == media_type)
    return Response(stream_with_context(chunks), mimetype=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{extension}"'})


def not_found(resource: Resource, record_id: int) -> NoReturn:
    abort(404, message=f"There is no {resource.table.removesuffix('s')} with id {record_id}.")


def require(resource: Resource, record_id: int) -> None:
    if not resource.exists(db(), record_id):
        not_found(resource, record_id)


def get_or_404(resource: Resource, record_id: int) -> dict:
    record = resource.get(db(), record_id)
    if record is None:
        not_found(resource, record_id)
    return record


def one(resource: Resource, record_id: int) -> Response:
    """One record as JSON built straight from it, as list items are (no schema dumping)."""
    return json_response(get_or_404(resource, record_id))


def check_span(article_id: int, start: int | None, end: int | None) -> None:
    """Offsets, when given, must slice the article body."""
    if start is None and end is None:
        return
    length = db().execute("SELECT length(body) FROM articles WHERE id = ?", [article_id]).fetchone()
    if start is None or end is None or length is None or not 0 <= start < end <= length[0]:
        abort(422, message="start and end must be given together, with start < end, "
                           "and lie within the article body.",
              errors={"end": ["Not a span of the article body."]})


def create(resource: Resource, data: dict) -> dict:
    """Store a record an analyst adds; it counts as edited."""
    values = to_columns(data)
    if "article_id" in values:
        check_span(values["article_id"], values.get("start"), values.get("end"))
    with write(db()):
        record_id = resource.insert(db(), values, edited=True)
    return resource.get(db(), record_id)


def update(resource: Resource, record_id: int, data: dict) -> dict:
    """Apply an analyst's edit; the record is marked edited."""
    current = get_or_404(resource, record_id)
    values = to_columns(data)
    check_span(current["article"], values.get("start", current["start"]), values.get("end", current["end"]))
    with write(db()):
        resource.update(db(), record_id, values)
    return resource.get(db(), record_id)


def delete(resource: Resource, record_id: int) -> tuple[str, int]:
    with write(db()):
        deleted = resource.delete(db(), record_id)
    if not deleted:
        not_found(resource, record_id)
    return "", 204
