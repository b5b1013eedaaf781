"""The one error format: RFC 9457 problem details (application/problem+json)."""
from __future__ import annotations

import http
import logging

from flask import Response, g, json, request
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from marshmallow import Schema, fields
from werkzeug.exceptions import HTTPException

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger(__name__)


class ProblemSchema(Schema):
    type = fields.String(metadata={"description": "A URI naming the problem type; `about:blank` "
                                                  "when the HTTP status says it all."})
    title = fields.String(metadata={"description": "The HTTP status phrase."})
    status = fields.Integer()
    detail = fields.String(metadata={"description": "What went wrong with this request."})
    instance = fields.String(metadata={"description": "The path of the request."})
    request_id = fields.String()
    errors = fields.Dict(metadata={"description": "Per-field messages of a validation error."})


def problem(status: int, detail: str, errors: dict | None = None,
            headers: dict | None = None) -> Response:
    """Build a problem+json response; the only place error bodies are made."""
    body = {
        "type": "about:blank",
        "title": http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
        "request_id": g.get("request_id", ""),
    }
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_TYPE)
    response.headers.update(headers or {})
    return response


def _field_errors(messages: dict) -> dict:
    """webargs nests messages under the request location; clients want fields."""
    merged: dict = {}
    for location_messages in messages.values():
        if isinstance(location_messages, dict):
            merged.update(location_messages)
        else:
            merged["_schema"] = location_messages
    return merged


def _detail(error: HTTPException, errors: dict) -> str:
    data = getattr(error, "data", None) or {}
    if data.get("message"):
        return data["message"]
    if errors and list(errors) == ["_schema"]:
        return " ".join(map(str, errors["_schema"]))
    if errors:
        return "The request is not valid: " + ", ".join(sorted(map(str, errors))) + "."
    return error.description or http.HTTPStatus(error.code).phrase


class ProblemApi(Api):
    """flask-smorest's Api answering every error as problem+json, also in the spec."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException) -> Response:
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or _field_errors(data.get("messages") or {})
        headers = dict(data.get("headers") or {})
        if error.code == 405 and error.valid_methods:
            headers["Allow"] = ", ".join(error.valid_methods)
        if error.code >= 500:
            return handle_unexpected(error)
        return problem(error.code, _detail(error, errors), errors, headers)

    def _register_responses(self):
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_TYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def handle_unexpected(error: Exception) -> Response:
    """Anything unforeseen: log it with the request id, tell the client nothing internal."""
    log.error("unhandled error", exc_info=getattr(error, "original_exception", None) or error)
    return problem(500, "The server could not complete the request.")
