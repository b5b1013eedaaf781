"""The Blueprint every resource uses."""
from __future__ import annotations

import flask_smorest
from webargs.flaskparser import FlaskParser


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest Blueprint whose query strings, like bodies, reject
    unknown keys (webargs ignores them in query strings by default)."""

    ARGUMENTS_PARSER = FlaskParser(unknown=None)
