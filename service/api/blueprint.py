"""The Blueprint every resource uses."""
from __future__ import annotations

import flask_smorest
from marshmallow import Schema, ValidationError, missing
from webargs.flaskparser import FlaskParser

from . import exports


class Parser(FlaskParser):
    """Query strings, like bodies, reject unknown keys (webargs ignores them
    in query strings by default); an operation that takes a body needs one."""

    def load_json(self, req, schema):
        data = super().load_json(req, schema)
        if data is missing:
            raise ValidationError("Send a JSON object as the request body.")
        return data


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest Blueprint that parses arguments with `Parser`."""

    ARGUMENTS_PARSER = Parser(unknown=None)

    def arguments(self, schema, **kwargs):
        """As flask-smorest's, with a schema class made an instance once: given
        the class, webargs builds an instance, fields deep-copied, per request."""
        return super().arguments(schema() if isinstance(schema, type) else schema, **kwargs)

    def list_response(self, page: type[Schema]):
        """`response(200, page)` for a list, documenting its exports as well."""
        item = page().fields["items"].inner.nested
        description = (
            "A page of the list; with `Accept: text/csv` or `Accept: application/x-ndjson`, the whole "
            "filtered list instead (`cursor` and `limit` do not apply), streamed. NDJSON: one item per line, "
            "as in `items`. CSV: a header row, then one row per item, embedded records flattened, "
            "in these columns: " + ", ".join(f"`{name}`" for name in exports.header(item)) + ".")

        def decorator(view):
            view = self.alt_response(200, schema={"type": "string"}, content_type=exports.CSV_TYPE,
                                     description=description, success=True)(view)
            view = self.alt_response(200, schema=item, content_type=exports.NDJSON_TYPE,
                                     description=description, success=True)(view)
            return self.response(200, page, description=description)(view)

        return decorator
