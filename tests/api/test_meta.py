"""Health, the OpenAPI document and the offline docs page."""
from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import yaml

from service.logs import JsonFormatter

ROOT = Path(__file__).resolve().parents[2]


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_committed_openapi_yaml_matches_the_app(app):
    generated = app.extensions["parley.api"].spec.to_yaml()
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == generated, "openapi.yaml is stale: run `parley openapi -o openapi.yaml`"


def test_openapi_yaml_is_served_and_covers_every_route(app, client):
    spec = yaml.safe_load(client.get("/openapi.yaml").get_data(as_text=True))
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    api_rules = [r for r in app.url_map.iter_rules()
                 if r.endpoint.split(".")[0] in {"articles", "actors", "quotes", "demands"}]
    for rule in api_rules:
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented


def test_docs_page_works_offline_under_a_strict_policy(client):
    response = client.get("/docs")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "http://" not in page and "https://" not in page
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    for asset in re.findall(r'(?:src|href)="([^"]+)"', page):
        with client.get(asset) as served:
            assert served.status_code == 200


def test_responses_carry_security_headers(client):
    assert client.get("/articles").headers["X-Content-Type-Options"] == "nosniff"


class Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


def test_each_request_is_one_json_access_line_with_its_id_and_headers_sent_once(client):
    lines = Lines()
    logging.getLogger("service").addHandler(lines)
    try:
        response = client.get("/healthz", headers={"X-Request-Id": "req-7"})
    finally:
        logging.getLogger("service").removeHandler(lines)
    [line] = lines.lines
    assert json.loads(line) | {"time": None, "ms": None} == {
        "time": None, "level": "INFO", "logger": "service.access", "message": "request", "request_id": "req-7",
        "method": "GET", "path": "/healthz", "status": 200, "ms": None}
    for name in ("X-Request-Id", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"):
        assert len(response.headers.getlist(name)) == 1
