from __future__ import annotations

import pytest


@pytest.fixture
def article(client, seed_article, auth) -> dict:
    """The seed article, posted through the API."""
    response = client.post("/articles", json=seed_article, headers=auth)
    assert response.status_code == 201
    return response.get_json()


@pytest.fixture
def actor_named(client):
    """Finds the actor with this exact name."""
    def find(name: str) -> dict:
        items = client.get("/actors", query_string={"q": name, "limit": 500}).get_json()["items"]
        return next(a for a in items if a["name"] == name)
    return find


@pytest.fixture
def all_items(client):
    """Every item of a list, following `next`."""
    def collect(url: str) -> list[dict]:
        items, page = [], client.get(url).get_json()
        while True:
            items += page["items"]
            if not page["next"]:
                return items
            page = client.get(page["next"]).get_json()
    return collect
