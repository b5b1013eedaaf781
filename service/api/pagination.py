"""The one pagination style: keyset pages behind an opaque `cursor`.

A list answers `{"items": [...], "next": URL or null}`; `next` repeats the
request's filters with the cursor of the following page.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import math

from flask import request, url_for
from marshmallow import Schema, ValidationError, fields, validate

from ..store.resources import Page, Position

MAX_ID = 2**63 - 1
CURSOR_PREFIX = "after:"


def _text(position: Position) -> str:
    """The text of a cursor: the position and a checksum, so that a truncated
    or edited cursor fails instead of starting a page somewhere else."""
    key = f"{CURSOR_PREFIX}{position.id}" + ("" if position.score is None else f"@{position.score!r}")
    return f"{key}.{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def encode_cursor(position: Position) -> str:
    return base64.urlsafe_b64encode(_text(position).encode()).decode().rstrip("=")


def _decode(text: str) -> Position | None:
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
        last_id, _, score = decoded.removeprefix(CURSOR_PREFIX).rpartition(".")[0].partition("@")
        position = Position(int(last_id), float(score) if score else None)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    valid = (decoded == _text(position) and 0 <= position.id <= MAX_ID
             and (position.score is None or math.isfinite(position.score)))
    return position if valid else None


class Cursor(fields.String):
    """Deserializes a cursor to the position its page starts after."""

    def _deserialize(self, value, attr, data, **kwargs) -> Position:
        position = _decode(super()._deserialize(value, attr, data, **kwargs))
        if position is None:
            raise ValidationError("Not a cursor this service issued; use the `next` URL of a page.")
        return position


class PageQuerySchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 500),
                           metadata={"description": "Items per page (1 to 500)."})
    cursor = Cursor(metadata={"description": "Where the page starts; taken from `next`.", "maxLength": 100})


def page_body(page: Page) -> dict:
    """The response body of a list, with the URL of the next page."""
    next_url = None
    if page.last is not None:
        args = {**request.args.to_dict(), **(request.view_args or {}), "cursor": encode_cursor(page.last)}
        next_url = url_for(request.endpoint, _external=True, **args)
    return {"items": page.items, "next": next_url}
