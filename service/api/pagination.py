"""The one pagination style: keyset pages behind an opaque `cursor`.

A list answers `{"items": [...], "next": URL or null}`; `next` repeats the
request's filters with the cursor of the following page.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math

from flask import request, url_for
from marshmallow import Schema, ValidationError, fields, validate

from ..store.resources import Page, Position

MAX_ID = 2**63 - 1
CURSOR_PREFIX = "after:"
NOT_A_CURSOR = "Not a cursor this service issued; use the `next` URL of a page."
CURSOR_METADATA = {"description": "Where the page starts; taken from `next`."}


def _checksummed(key: str) -> str:
    """A cursor's key and a checksum, so that a truncated or edited cursor
    fails instead of starting a page somewhere else."""
    return f"{key}.{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def _text(position: Position | tuple) -> str:
    """The text of a cursor: a record's position (id, and score in a search),
    or for lists ordered by other columns the tuple of the last row's sort values."""
    if isinstance(position, tuple):
        return _checksummed(CURSOR_PREFIX + json.dumps(list(position), separators=(",", ":")))
    key = f"{CURSOR_PREFIX}{position.id}" + ("" if position.score is None else f"@{position.score!r}")
    return _checksummed(key)


def encode_cursor(position: Position | tuple) -> str:
    return base64.urlsafe_b64encode(_text(position).encode()).decode().rstrip("=")


def _unwrapped(text: str) -> str | None:
    """A cursor's text, base64 undone; None when it is not base64 of UTF-8."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _decode(text: str) -> Position | None:
    decoded = _unwrapped(text)
    if decoded is None:
        return None
    try:
        last_id, _, score = decoded.removeprefix(CURSOR_PREFIX).rpartition(".")[0].partition("@")
        position = Position(int(last_id), float(score) if score else None)
    except ValueError:
        return None
    valid = (decoded == _text(position) and 0 <= position.id <= MAX_ID
             and (position.score is None or math.isfinite(position.score)))
    return position if valid else None


def _decode_values(text: str, size: int) -> tuple | None:
    """The `size` sort values a cursor holds, or None for any other text."""
    decoded = _unwrapped(text)
    if decoded is None:
        return None
    try:
        values = json.loads(decoded.removeprefix(CURSOR_PREFIX).rpartition(".")[0])
    except (ValueError, RecursionError):
        return None
    valid = (isinstance(values, list) and len(values) == size and all(map(_sort_value, values))
             and decoded == _text(tuple(values)))
    return tuple(values) if valid else None


def _sort_value(value) -> bool:
    """Whether SQLite can compare with `value`: a string or a 64-bit integer."""
    return isinstance(value, str) or isinstance(value, int) and -MAX_ID - 1 <= value <= MAX_ID


class Cursor(fields.String):
    """Deserializes a cursor to the position its page starts after."""

    def _deserialize(self, value, attr, data, **kwargs) -> Position:
        position = _decode(super()._deserialize(value, attr, data, **kwargs))
        if position is None:
            raise ValidationError(NOT_A_CURSOR)
        return position


class SortCursor(fields.String):
    """Deserializes a cursor to the tuple of `size` sort values its page starts
    after, for lists ordered by something other than id (e.g. publication date)."""

    def __init__(self, size: int, **kwargs):
        super().__init__(metadata={**CURSOR_METADATA, "maxLength": 300}, **kwargs)
        self.size = size

    def _deserialize(self, value, attr, data, **kwargs) -> tuple:
        values = _decode_values(super()._deserialize(value, attr, data, **kwargs), self.size)
        if values is None:
            raise ValidationError(NOT_A_CURSOR)
        return values


class PageQuerySchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 500),
                           metadata={"description": "Items per page (1 to 500)."})
    cursor = Cursor(metadata={**CURSOR_METADATA, "maxLength": 100})


def page_body(page: Page) -> dict:
    """The response body of a list, with the URL of the next page."""
    next_url = None
    if page.last is not None:
        args = {**request.args.to_dict(), **(request.view_args or {}), "cursor": encode_cursor(page.last)}
        next_url = url_for(request.endpoint, _external=True, **args)
    return {"items": page.items, "next": next_url}
