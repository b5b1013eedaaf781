"""One pagination style: `{"items", "next"}` with an opaque cursor."""
from __future__ import annotations

import pytest


@pytest.fixture
def five_articles(client, auth) -> list[int]:
    return [client.post("/articles", json={"title": f"T{i}", "body": f"Body number {i}."},
                        headers=auth).get_json()["id"] for i in range(5)]


def test_next_walks_every_item_once_in_order(client, five_articles, all_items):
    assert [a["id"] for a in all_items("/articles?limit=2")] == five_articles


def test_next_keeps_filters_and_limit(client, five_articles):
    page = client.get("/articles?limit=2&q=body").get_json()
    assert len(page["items"]) == 2
    assert "q=body" in page["next"] and "limit=2" in page["next"]
    last = client.get(client.get(page["next"]).get_json()["next"]).get_json()
    assert len(last["items"]) == 1 and last["next"] is None


def test_default_limit_is_50(client, five_articles):
    assert client.get("/articles").get_json()["next"] is None


@pytest.mark.parametrize("query", ["limit=0", "limit=-1", "limit=501", "limit=abc", "cursor=xyz",
                                   "cursor=", "cursor=YWZ0ZXI6", "cursor=YWZ0ZXI6LTE"])
def test_bad_limits_and_cursors_are_422(client, query):
    response = client.get(f"/articles?{query}")
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
