"""The HTTP layer: blueprints, schemas, errors, auth and pagination."""
from __future__ import annotations

import threading
from pathlib import Path

from flask import Flask, request
from werkzeug.routing import IntegerConverter

from ..isolated import ExtractionTimeout
from ..store.resources import InvalidReference
from . import actors, articles, demands, meta, quotes
from .auth import require_token
from .context import release_db
from .encoding import JsonProvider
from .errors import ProblemApi, handle_unexpected, problem
from .pagination import MAX_ID

JSON_METHODS = frozenset({"POST", "PUT", "PATCH"})


class IdConverter(IntegerConverter):
    """Path ids: positive and within SQLite's 64-bit range, else 404. Longer
    numbers must not match at all: when a converter rejects a value, werkzeug
    answers 405 if the path serves other methods."""

    regex = r"[1-9][0-9]{0,18}"

    def __init__(self, url_map, **kwargs):
        super().__init__(url_map, min=1, max=MAX_ID, **kwargs)


def _require_json():
    """Bodies must be JSON: anything else is 415, before it is parsed."""
    if request.method in JSON_METHODS and request.content_length != 0 and (
            request.content_length or request.headers.get("Transfer-Encoding")) and not request.is_json:
        return problem(415, "Send the request body as JSON with 'Content-Type: application/json'.")
    return None


def _limit_chunked_body():
    """A chunked body has no Content-Length to check up front: werkzeug stops
    reading it at the limit silently, so read it now and answer 413 past it."""
    if request.method in JSON_METHODS and request.content_length is None:
        request.get_data(cache=True)
        request.stream.read(1)
    return None


def _invalid_reference(error: InvalidReference):
    return problem(422, str(error).capitalize() + ".", {error.field: [f"No record with id {error.value}."]})


def _extraction_timeout(error: ExtractionTimeout):
    return problem(503, f"Extraction of this article ran past its {error.seconds:g} s budget: post a shorter "
                        "article, or try again when the service is less busy.", headers={"Retry-After": "30"})


def init_app(app: Flask) -> ProblemApi:
    app.config.update(
        API_TITLE="Parley",
        API_VERSION="1.0",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "info": {"description": (Path(__file__).parent / "overview.md").read_text(encoding="utf-8")},
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
        },
    )
    app.json = JsonProvider(app)
    app.extensions["parley.connections"] = threading.local()
    app.url_map.converters["id"] = IdConverter
    api = ProblemApi(app)
    api.register_converter(IdConverter, lambda _converter: {"type": "integer", "minimum": 1, "maximum": MAX_ID})
    for module in (articles, actors, quotes, demands):
        api.register_blueprint(module.blp)
    app.register_blueprint(meta.blp)
    app.before_request(require_token)
    app.before_request(_require_json)
    app.before_request(_limit_chunked_body)
    app.register_error_handler(InvalidReference, _invalid_reference)
    app.register_error_handler(ExtractionTimeout, _extraction_timeout)
    app.register_error_handler(Exception, handle_unexpected)
    app.teardown_appcontext(release_db)
    app.extensions["parley.api"] = api
    return api
