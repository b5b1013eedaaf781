"""Bearer-token checks: writes always need a token, reads when configured."""
from __future__ import annotations

import hmac

from flask import current_app, request
from flask.typing import ResponseReturnValue

from .errors import problem

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
OPEN_ENDPOINTS = frozenset({"meta.healthz", "meta.docs", "meta.openapi_yaml", "api-docs.openapi_json",
                            "static"})


def _presented_token() -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _token_matches(presented: str, tokens: tuple[str, ...]) -> bool:
    """Compare against every configured token in constant time."""
    matched = False
    for token in tokens:
        matched |= hmac.compare_digest(presented.encode(), token.encode())
    return matched


def require_token() -> ResponseReturnValue | None:
    """`before_request` hook: None lets the request through."""
    config = current_app.config["PARLEY"]
    needs_token = request.method in WRITE_METHODS or (
        config.protect_reads and request.endpoint not in OPEN_ENDPOINTS)
    if not needs_token or request.endpoint is None:
        return None
    if not config.api_tokens:
        return problem(403, "Writes are disabled because no API token is configured: "
                            "set PARLEY_API_TOKEN to one or more comma-separated tokens.")
    presented = _presented_token()
    if presented is None or not _token_matches(presented, config.api_tokens):
        return problem(401, "This request needs a valid 'Authorization: Bearer <token>' header.",
                       headers={"WWW-Authenticate": 'Bearer realm="parley"'})
    return None
