"""The one pagination style: keyset pages behind an opaque `cursor`.

A list answers `{"items": [...], "next": URL or null}`; `next` repeats the
request's filters with the cursor of the following page.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json

from flask import request, url_for
from marshmallow import Schema, ValidationError, fields, validate

from ..store.resources import Page

MAX_ID = 2**63 - 1
CURSOR_PREFIX = "after:"


def _position(last: str) -> str:
    """The text of a cursor: where the page starts after, and a checksum, so
    that a truncated or edited cursor fails instead of starting a page somewhere else."""
    check = hashlib.sha256(f"{CURSOR_PREFIX}{last}".encode()).hexdigest()[:8]
    return f"{CURSOR_PREFIX}{last}.{check}"


def encode_cursor(last: int | tuple) -> str:
    """The cursor of the page after `last`: an id, or the sort values of a list not in id order."""
    text = json.dumps(list(last), separators=(",", ":")) if isinstance(last, tuple) else str(last)
    return base64.urlsafe_b64encode(_position(text).encode()).decode().rstrip("=")


def _decode_cursor(text: str) -> str | None:
    """Where a cursor this service issued starts after; None for any other text."""
    try:
        decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    last = decoded.removeprefix(CURSOR_PREFIX).rpartition(".")[0]
    return last if decoded == _position(last) else None


NOT_A_CURSOR = "Not a cursor this service issued; use the `next` URL of a page."
CURSOR_METADATA = {"description": "Where the page starts; taken from `next`."}


class Cursor(fields.String):
    """Deserializes a cursor to the id its page starts after."""

    def _deserialize(self, value, attr, data, **kwargs) -> int:
        last = _decode_cursor(super()._deserialize(value, attr, data, **kwargs))
        last_id = int(last) if last is not None and last.isascii() and last.isdigit() else -1
        if not 0 <= last_id <= MAX_ID:
            raise ValidationError(NOT_A_CURSOR)
        return last_id


class SortCursor(fields.String):
    """Deserializes a cursor to the tuple of `size` sort values its page starts
    after, for lists ordered by something other than id (e.g. publication date)."""

    def __init__(self, size: int, **kwargs):
        super().__init__(metadata={**CURSOR_METADATA, "maxLength": 300}, **kwargs)
        self.size = size

    def _deserialize(self, value, attr, data, **kwargs) -> tuple:
        last = _decode_cursor(super()._deserialize(value, attr, data, **kwargs))
        try:
            values = json.loads(last) if last is not None else None
        except (ValueError, RecursionError):
            values = None
        if not (isinstance(values, list) and len(values) == self.size and all(map(_sort_value, values))):
            raise ValidationError(NOT_A_CURSOR)
        return tuple(values)


def _sort_value(value) -> bool:
    """Whether SQLite can compare with `value`: a string or a 64-bit integer."""
    return isinstance(value, str) or isinstance(value, int) and -MAX_ID - 1 <= value <= MAX_ID


class PageQuerySchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 500),
                           metadata={"description": "Items per page (1 to 500)."})
    cursor = Cursor(metadata={**CURSOR_METADATA, "maxLength": 100})


def page_body(page: Page) -> dict:
    """The response body of a list, with the URL of the next page."""
    next_url = None
    if page.last_id is not None:
        args = {**request.args.to_dict(), **(request.view_args or {}), "cursor": encode_cursor(page.last_id)}
        next_url = url_for(request.endpoint, _external=True, **args)
    return {"items": page.items, "next": next_url}
