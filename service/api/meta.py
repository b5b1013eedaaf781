"""Health, the OpenAPI document and the offline API docs page."""
from __future__ import annotations

import sqlite3

import swagger_ui_bundle
from flask import Blueprint, Response, current_app, render_template, send_from_directory

from .context import db
from .errors import problem

blp = Blueprint("meta", __name__, template_folder="templates", static_folder="static",
                static_url_path="/docs/static")
DOCS_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'")


@blp.get("/healthz")
def healthz():
    """200 when the database answers, 503 when it does not."""
    try:
        db().execute("SELECT 1 FROM schema_version").fetchone()
    except sqlite3.Error:
        return problem(503, "The database is not reachable.")
    return {"status": "ok"}


@blp.get("/openapi.yaml")
def openapi_yaml():
    return Response(current_app.extensions["parley.api"].spec.to_yaml(), mimetype="application/yaml")


@blp.get("/docs")
def docs():
    response = Response(render_template("docs.html"))
    response.headers["Content-Security-Policy"] = DOCS_POLICY
    return response


@blp.get("/docs/swagger-ui/<path:filename>")
def swagger_ui(filename):
    return send_from_directory(swagger_ui_bundle.swagger_ui_path, filename)
