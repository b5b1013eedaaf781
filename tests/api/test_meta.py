"""Health, the OpenAPI document and the offline docs page."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

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
