"""The Blueprint every resource uses."""
from __future__ import annotations

import flask_smorest
from marshmallow import ValidationError, missing
from webargs.flaskparser import FlaskParser


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
