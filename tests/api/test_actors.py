"""Actors: global records, filters, curation and merging."""
from __future__ import annotations


def test_actor_has_aliases_role_affiliation_and_counts(client, article, actor_named):
    ukraine = actor_named("Ukraine")
    assert ukraine["kind"] == "state"
    assert "Kyiv" in ukraine["aliases"]
    assert ukraine["counts"]["articles"] == 1
    zelensky = actor_named("Volodymyr Zelensky")
    assert zelensky["kind"] == "person"
    assert zelensky["affiliation"] == {"id": ukraine["id"], "name": "Ukraine"}
    assert client.get(f"/actors/{zelensky['id']}").get_json() == zelensky


def test_list_filters_by_kind_and_name_or_alias_prefix(client, article):
    states = client.get("/actors?kind=state&limit=500").get_json()["items"]
    assert states and all(a["kind"] == "state" for a in states)
    by_alias = client.get("/actors", query_string={"q": "kyi"}).get_json()["items"]
    assert [a["name"] for a in by_alias] == ["Ukraine"]
    assert client.get("/actors", query_string={"q": "nobody-has-this-name"}).get_json()["items"] == []


def test_quotes_and_demands_of_an_actor(client, article, actor_named):
    zelensky = actor_named("Volodymyr Zelensky")
    quotes = client.get(f"/actors/{zelensky['id']}/quotes").get_json()["items"]
    assert quotes and all(q["speaker"]["id"] == zelensky["id"] for q in quotes)
    russia = actor_named("Russia")
    demands = client.get(f"/actors/{russia['id']}/demands").get_json()["items"]
    assert all(d["actor"]["id"] == russia["id"] for d in demands)
    assert client.get("/actors/999/quotes").status_code == 404


def test_create_actor_then_attribute_a_quote_to_it(client, article, auth):
    response = client.post("/actors", json={"name": "Jane Roe", "kind": "person", "aliases": ["Roe"],
                                            "role": "mediator"}, headers=auth)
    assert response.status_code == 201
    actor = response.get_json()
    assert actor["edited"] is True and actor["aliases"] == ["Roe"]
    assert response.headers["Location"].endswith(f"/actors/{actor['id']}")
    quote = client.get("/quotes").get_json()["items"][0]
    patched = client.patch(f"/quotes/{quote['id']}", json={"speaker": actor["id"]}, headers=auth).get_json()
    assert patched["speaker"] == {"id": actor["id"], "name": "Jane Roe"}


def test_patch_renames_keeps_old_name_as_alias_and_marks_edited(client, article, auth, actor_named):
    witkoff = actor_named("Steve Witkoff")
    ukraine = actor_named("Ukraine")
    response = client.patch(f"/actors/{witkoff['id']}", headers=auth,
                            json={"name": "Steven Witkoff", "role": "special envoy", "affiliation": ukraine["id"]})
    body = response.get_json()
    assert (body["name"], body["role"], body["edited"]) == ("Steven Witkoff", "special envoy", True)
    assert "Steve Witkoff" in body["aliases"]
    assert body["affiliation"]["id"] == ukraine["id"]
    replaced = client.patch(f"/actors/{witkoff['id']}", json={"aliases": ["Witkoff"]}, headers=auth).get_json()
    assert replaced["aliases"] == ["Witkoff"]


def test_patch_rejects_self_affiliation_and_unknown_affiliation(client, article, auth, actor_named):
    ukraine = actor_named("Ukraine")
    assert client.patch(f"/actors/{ukraine['id']}", json={"affiliation": ukraine["id"]},
                        headers=auth).status_code == 422
    response = client.patch(f"/actors/{ukraine['id']}", json={"affiliation": 99999}, headers=auth)
    assert response.status_code == 422
    assert "affiliation" in response.get_json()["errors"]
    assert client.get(f"/actors/{ukraine['id']}").get_json() == ukraine


def test_delete_actor_keeps_its_quotes_without_speaker(client, article, auth, actor_named):
    zelensky = actor_named("Volodymyr Zelensky")
    quote_ids = [q["id"] for q in client.get(f"/actors/{zelensky['id']}/quotes").get_json()["items"]]
    assert client.delete(f"/actors/{zelensky['id']}", headers=auth).status_code == 204
    assert client.get(f"/actors/{zelensky['id']}").status_code == 404
    assert all(client.get(f"/quotes/{i}").get_json()["speaker"] is None for i in quote_ids)


def test_merge_moves_records_and_names_then_deletes_the_duplicate(client, article, auth, actor_named):
    ukraine, zelensky = actor_named("Ukraine"), actor_named("Volodymyr Zelensky")
    quotes = zelensky["counts"]["quotes"] + ukraine["counts"]["quotes"]
    response = client.post(f"/actors/{ukraine['id']}/merge", json={"actor": zelensky["id"]}, headers=auth)
    assert response.status_code == 200
    merged = response.get_json()
    assert merged["counts"]["quotes"] == quotes
    assert {"Volodymyr Zelensky", "Zelensky"} <= set(merged["aliases"])
    assert client.get(f"/actors/{zelensky['id']}").status_code == 404


def test_merge_refuses_itself_and_missing_actors(client, article, auth, actor_named):
    ukraine = actor_named("Ukraine")
    assert client.post(f"/actors/{ukraine['id']}/merge", json={"actor": ukraine["id"]},
                       headers=auth).status_code == 422
    assert client.post(f"/actors/{ukraine['id']}/merge", json={"actor": 99999}, headers=auth).status_code == 422
    assert client.post("/actors/99999/merge", json={"actor": ukraine["id"]}, headers=auth).status_code == 404


def test_actors_are_global_across_articles(client, article, auth, actor_named):
    client.post("/articles", headers=auth, json={
        "title": "Follow-up", "body": "Ukrainian President Volodymyr Zelenskyy said Kyiv would keep talking."})
    zelensky = actor_named("Volodymyr Zelensky")
    assert zelensky["counts"]["articles"] == 2
    assert "Volodymyr Zelenskyy" in zelensky["aliases"]


def test_an_actor_created_after_a_merge_does_not_get_the_merged_id(client, article, auth, all_items):
    newest, survivor = sorted(all_items("/actors?limit=500"), key=lambda a: a["id"], reverse=True)[:2]
    assert client.post(f"/actors/{survivor['id']}/merge", json={"actor": newest["id"]},
                       headers=auth).status_code == 200
    created = client.post("/actors", json={"name": "Jane Roe", "kind": "person"}, headers=auth).get_json()
    assert created["id"] > newest["id"]
