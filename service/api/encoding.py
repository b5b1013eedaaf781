"""JSON out with orjson: several times faster than the standard library on a
page of records. Request bodies are still read by the standard parser."""
from __future__ import annotations

from typing import Any

import orjson
from flask import Response, current_app
from flask.json.provider import DefaultJSONProvider

JSON_TYPE = "application/json"
OPTIONS = orjson.OPT_NON_STR_KEYS


def dump(value: Any) -> bytes:
    return orjson.dumps(value, default=DefaultJSONProvider.default, option=OPTIONS)


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON provider with orjson for dumps and responses; keys keep their order."""

    sort_keys = False

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return super().dumps(obj, **kwargs) if kwargs else dump(obj).decode()

    def response(self, *args: Any, **kwargs: Any) -> Response:
        return json_response(self._prepare_response_obj(args, kwargs))


def json_response(body: Any) -> Response:
    """A JSON response built straight from `body`, for views that bypass schema dumping."""
    return current_app.response_class(dump(body), mimetype=JSON_TYPE)
