"""GET /actors/{id}/counterparts: who demands what of whom, in one request."""
from __future__ import annotations

import csv
import io

import pytest

KINDS = ("demand", "proposal", "rejection", "red_line", "threat")


def counts(total: int = 0, **by_kind: int) -> dict:
    return {**dict.fromkeys(KINDS, 0), **by_kind, "total": total}


@pytest.fixture
def web(client, auth) -> dict:
    """Freedonia makes three demands of Sylvania and receives one from it; it
    makes one of Grand Fenwick and receives one from Osterlich; one of its
    demands has no target."""
    def post(path, **data):
        response = client.post(path, json=data, headers=auth)
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    names = ("Freedonia", "Sylvania", "Grand Fenwick", "Osterlich")
    ids = {name: post("/actors", name=name, kind="state") for name in names}
    article = post("/articles", title="Talks", body="Talks about talks went on all day.")
    for holder, target, kind in [("Freedonia", "Sylvania", "demand"), ("Freedonia", "Sylvania", "threat"),
                                 ("Freedonia", "Sylvania", "threat"), ("Sylvania", "Freedonia", "rejection"),
                                 ("Freedonia", "Grand Fenwick", "proposal"), ("Osterlich", "Freedonia", "demand"),
                                 ("Freedonia", None, "red_line"), ("Sylvania", "Osterlich", "demand")]:
        post("/demands", article=article, actor=ids[holder], target=target and ids[target], kind=kind,
             text="Talks")
    return ids


def test_counts_by_kind_each_way_most_demands_first(client, web):
    response = client.get(f"/actors/{web['Freedonia']}/counterparts")
    assert response.status_code == 200
    assert response.get_json() == {"next": None, "items": [
        {"actor": {"id": web["Sylvania"], "name": "Sylvania", "kind": "state"},
         "made": counts(3, demand=1, threat=2), "received": counts(1, rejection=1), "total": 4},
        {"actor": {"id": web["Grand Fenwick"], "name": "Grand Fenwick", "kind": "state"},
         "made": counts(1, proposal=1), "received": counts(), "total": 1},
        {"actor": {"id": web["Osterlich"], "name": "Osterlich", "kind": "state"},
         "made": counts(), "received": counts(1, demand=1), "total": 1},
    ]}


def test_csv_has_one_row_per_counterpart_with_the_counts_flattened(client, web):
    response = client.get(f"/actors/{web['Freedonia']}/counterparts?limit=1", headers={"Accept": "text/csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["actor_name"], r["made_threat"], r["received_rejection"], r["total"]) for r in rows] == [
        ("Sylvania", "2", "1", "4"), ("Grand Fenwick", "0", "0", "1"), ("Osterlich", "0", "0", "1")]


def test_pages_walk_every_counterpart_once_in_order(client, web, all_items):
    url = f"/actors/{web['Freedonia']}/counterparts"
    whole = client.get(url).get_json()["items"]
    assert all_items(f"{url}?limit=1") == whole
    assert len(whole) == 3


def test_an_actor_without_demands_has_no_counterparts(client, auth):
    actor = client.post("/actors", json={"name": "Nowhere", "kind": "state"}, headers=auth).get_json()["id"]
    assert client.get(f"/actors/{actor}/counterparts").get_json() == {"items": [], "next": None}


@pytest.mark.parametrize("query", ["kind=threat", "limit=0", "cursor=abc"])
def test_unknown_or_bad_arguments_are_422(client, web, query):
    response = client.get(f"/actors/{web['Freedonia']}/counterparts?{query}")
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"


def test_an_unknown_actor_is_404(client):
    assert client.get("/actors/999/counterparts").status_code == 404
