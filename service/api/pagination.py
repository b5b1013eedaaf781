"""The one pagination style: keyset pages behind an opaque `cursor`.

A list answers `{"items": [...], "next": URL or null}`; `next` repeats the
request's filters with the cursor of the following page.
"""
from __future__ import annotations

import base64
import binascii
import hashlib

from flask import request, url_for
from marshmallow import Schema, ValidationError, fields, validate

from ..store.resources import Page

MAX_ID = 2**63 - 1
CURSOR_PREFIX = "after:"


def _position(last_id: int) -> str:
    """The text of a cursor: the id and a checksum, so that a truncated or
    edited cursor fails instead of starting a page somewhere else."""
    check = hashlib.sha256(f"{CURSOR_PREFIX}{last_id}".encode()).hexdigest()[:8]
    return f"{CURSOR_PREFIX}{last_id}.{check}"


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(_position(last_id).encode()).decode().rstrip("=")


class Cursor(fields.String):
    """Deserializes a cursor to the id its page starts after."""

    def _deserialize(self, value, attr, data, **kwargs) -> int:
        text = super()._deserialize(value, attr, data, **kwargs)
        try:
            decoded = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
            last_id = int(decoded.removeprefix(CURSOR_PREFIX).partition(".")[0])
            last_id = last_id if decoded == _position(last_id) else -1
        except (binascii.Error, UnicodeDecodeError, ValueError):
            last_id = -1
        if not 0 <= last_id <= MAX_ID:
            raise ValidationError("Not a cursor this service issued; use the `next` URL of a page.")
        return last_id


class PageQuerySchema(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(1, 500),
                           metadata={"description": "Items per page (1 to 500)."})
    cursor = Cursor(metadata={"description": "Where the page starts; taken from `next`.", "maxLength": 100})


def page_body(page: Page) -> dict:
    """The response body of a list, with the URL of the next page."""
    next_url = None
    if page.last_id is not None:
        args = {**request.args.to_dict(), **(request.view_args or {}), "cursor": encode_cursor(page.last_id)}
        next_url = url_for(request.endpoint, _external=True, **args)
    return {"items": page.items, "next": next_url}
