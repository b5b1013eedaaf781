"""Every error is RFC 9457 problem+json; bad input changes nothing."""
from __future__ import annotations

import pytest

from service.app import create_app

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance", "request_id"}


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert PROBLEM_KEYS <= set(body)
    assert body["status"] == status and body["detail"]
    assert body["request_id"] == response.headers["X-Request-Id"]
    return body


@pytest.mark.parametrize("method, url, kwargs, status", [
    ("get", "/articles/999", {}, 404),
    ("get", "/no/such/route", {}, 404),
    ("put", "/articles", {}, 405),
    ("get", "/quotes?limit=0", {}, 422),
    ("get", "/quotes?unknown=1", {}, 422),
    ("post", "/articles", {"data": "{not json", "content_type": "application/json"}, 400),
    ("post", "/articles", {"data": "title=x", "content_type": "application/x-www-form-urlencoded"}, 415),
    ("post", "/articles", {"json": ["not", "an", "object"]}, 422),
    ("post", "/articles", {"json": {"title": "t", "body": "b", "extra": 1}}, 422),
    ("post", "/articles", {"json": {"title": " ", "body": "b"}}, 422),
    ("post", "/articles", {"json": {"title": "t", "body": "b\x00c"}}, 422),
    ("post", "/articles", {"json": {"title": "t", "body": "b", "published_at": "yesterday"}}, 422),
])
def test_bad_requests_answer_problems(client, auth, method, url, kwargs, status):
    assert_problem(getattr(client, method)(url, headers=auth, **kwargs), status)
    assert client.get("/articles").get_json()["items"] == []


def test_validation_problem_lists_messages_per_field(client, auth):
    body = assert_problem(client.post("/articles", json={"title": 5}, headers=auth), 422)
    assert set(body["errors"]) == {"title", "body"}
    assert all(isinstance(m, list) for m in body["errors"].values())


def test_writes_without_a_valid_token_are_401(client, seed_article):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="}):
        response = client.post("/articles", json=seed_article, headers=headers)
        assert_problem(response, 401)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert "wrong" not in response.get_data(as_text=True)
    assert client.get("/articles").get_json()["items"] == []


def test_any_configured_token_authorizes(config, seed_article):
    from dataclasses import replace
    client = create_app(replace(config, api_tokens=("one", "two"))).test_client()
    assert client.post("/articles", json=seed_article, headers={"Authorization": "Bearer two"}).status_code == 201


def test_without_configured_tokens_writes_are_refused_with_how_to_fix(config, seed_article):
    from dataclasses import replace
    client = create_app(replace(config, api_tokens=())).test_client()
    body = assert_problem(client.post("/articles", json=seed_article, headers={"Authorization": "Bearer x"}), 403)
    assert "PARLEY_API_TOKEN" in body["detail"]
    assert client.get("/articles").status_code == 200


def test_protected_reads_need_a_token_but_health_does_not(config, auth):
    from dataclasses import replace
    client = create_app(replace(config, protect_reads=True)).test_client()
    assert_problem(client.get("/articles"), 401)
    assert client.get("/articles", headers=auth).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_body_over_the_limit_is_413(config, auth):
    from dataclasses import replace
    client = create_app(replace(config, max_body_bytes=1000)).test_client()
    assert_problem(client.post("/articles", json={"title": "t", "body": "x" * 2000}, headers=auth), 413)


def test_given_request_id_is_echoed(client):
    response = client.get("/articles/999", headers={"X-Request-Id": "abc-123"})
    assert assert_problem(response, 404)["request_id"] == "abc-123"
