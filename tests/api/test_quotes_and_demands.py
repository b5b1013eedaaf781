"""Quotes and demands: filters, reading and curation by analysts."""
from __future__ import annotations

import pytest


def test_quote_filters(client, article, actor_named):
    direct = client.get("/quotes?direct=true&limit=500").get_json()["items"]
    reported = client.get("/quotes?direct=false&limit=500").get_json()["items"]
    assert direct and reported
    assert all(q["direct"] for q in direct) and not any(q["direct"] for q in reported)
    assert len(direct) + len(reported) == article["counts"]["quotes"]
    zelensky = actor_named("Volodymyr Zelensky")
    by_speaker = client.get(f"/quotes?speaker={zelensky['id']}").get_json()["items"]
    assert by_speaker and {q["speaker"]["name"] for q in by_speaker} == {"Volodymyr Zelensky"}
    by_article = client.get(f"/quotes?article={article['id']}&limit=500").get_json()["items"]
    assert len(by_article) == len(direct) + len(reported)
    words = client.get("/quotes", query_string={"q": "SCARED of trump"}).get_json()["items"]
    assert [q["text"] for q in words] == ["Putin is only scared of Trump"]


def test_quote_offsets_slice_the_body(client, article):
    for quote in client.get("/quotes?limit=500&direct=true").get_json()["items"]:
        assert quote["text"] in article["body"][quote["start"]:quote["end"]]


def test_demand_filters(client, article, actor_named):
    demands = client.get("/demands?limit=500").get_json()["items"]
    assert demands
    first = demands[0]
    for key in ("kind", "topic"):
        filtered = client.get("/demands", query_string={key: first[key]}).get_json()["items"]
        assert first in filtered and all(d[key] == first[key] for d in filtered)
    actor_id = first["actor"]["id"]
    assert all(d["actor"]["id"] == actor_id for d in client.get(f"/demands?actor={actor_id}").get_json()["items"])
    targeted = [d for d in demands if d["target"]]
    if targeted:
        target_id = targeted[0]["target"]["id"]
        assert all(d["target"]["id"] == target_id
                   for d in client.get(f"/demands?target={target_id}").get_json()["items"])


@pytest.mark.parametrize("kind, body", [
    ("quotes", {"text": "We will talk", "direct": True, "cue": "said"}),
    ("demands", {"text": "a ceasefire", "kind": "demand", "topic": "ceasefire", "evidence": "They want a ceasefire."}),
])
def test_analyst_adds_edits_and_deletes_records(client, article, auth, kind, body):
    response = client.post(f"/{kind}", json={**body, "article": article["id"], "start": 0, "end": 9}, headers=auth)
    assert response.status_code == 201
    record = response.get_json()
    assert record["edited"] is True and record["article"] == article["id"]
    assert response.headers["Location"].endswith(f"/{kind}/{record['id']}")
    assert client.get(f"/{kind}/{record['id']}").get_json() == record
    patched = client.patch(f"/{kind}/{record['id']}", json={"text": "changed"}, headers=auth).get_json()
    assert patched["text"] == "changed" and patched["edited"] is True
    assert client.delete(f"/{kind}/{record['id']}", headers=auth).status_code == 204
    assert client.get(f"/{kind}/{record['id']}").status_code == 404
    assert client.delete(f"/{kind}/{record['id']}", headers=auth).status_code == 404


def test_extracted_records_are_not_marked_edited_until_patched(client, article, auth):
    demand = client.get("/demands").get_json()["items"][0]
    assert demand["edited"] is False
    patched = client.patch(f"/demands/{demand['id']}", json={"kind": "threat"}, headers=auth).get_json()
    assert (patched["kind"], patched["edited"], patched["text"]) == ("threat", True, demand["text"])


@pytest.mark.parametrize("kind, body, field", [
    ("quotes", {"text": "x", "direct": True, "speaker": 99999}, "speaker"),
    ("demands", {"text": "x", "kind": "demand", "actor": 99999}, "actor"),
    ("demands", {"text": "x", "kind": "demand", "target": 99999}, "target"),
])
def test_references_to_missing_records_are_422_and_store_nothing(client, article, auth, kind, body, field):
    before = client.get(f"/{kind}?limit=500").get_json()["items"]
    response = client.post(f"/{kind}", json={**body, "article": article["id"]}, headers=auth)
    assert response.status_code == 422
    assert field in response.get_json()["errors"]
    assert client.get(f"/{kind}?limit=500").get_json()["items"] == before


def test_missing_article_is_422(client, auth):
    response = client.post("/quotes", json={"article": 424242, "text": "x", "direct": True}, headers=auth)
    assert response.status_code == 422
    assert "article" in response.get_json()["errors"]


@pytest.mark.parametrize("start, end", [(5, 5), (9, 2), (0, 10**9), (0, None)])
def test_offsets_must_slice_the_body(client, article, auth, start, end):
    response = client.post("/quotes", headers=auth, json={
        "article": article["id"], "text": "x", "direct": True, "start": start, "end": end})
    assert response.status_code == 422
