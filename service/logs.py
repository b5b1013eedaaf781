"""Structured (JSON lines) logging with a request id on every line."""
from __future__ import annotations

import logging
import re
import time
import uuid

import orjson
from flask import Flask, Response, g, has_request_context, request

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
SECURITY_HEADERS = (("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                    ("X-Frame-Options", "DENY"))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if has_request_context():
            entry["request_id"] = g.get("request_id")
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


def configure(level: str) -> None:
    """Send the service's logs to stderr as JSON lines (gunicorn collects stderr)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("service")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


def _start_request() -> None:
    given = request.headers.get("X-Request-Id", "")
    g.request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
    g.started = time.perf_counter()


def _finish_request(response: Response) -> Response:
    # added, not set: no view sets these, and werkzeug looks up a name by scanning every header
    response.headers.extend((("X-Request-Id", g.get("request_id", "")), *SECURITY_HEADERS))
    elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
    logging.getLogger("service.access").info(
        "request", extra={"fields": {"method": request.method, "path": request.path,
                                     "status": response.status_code, "ms": round(elapsed, 1)}})
    return response


def install(app: Flask) -> None:
    """Give every request an id (echoed as X-Request-Id), security headers and an access log line."""
    app.before_request(_start_request)
    app.after_request(_finish_request)
