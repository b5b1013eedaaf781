"""POST /articles runs extraction; the article and its records are one unit."""
from __future__ import annotations


def test_post_stores_article_with_extracted_records(client, article, seed_article):
    assert article["title"] == seed_article["title"]
    assert article["body"] == seed_article["body"]
    assert article["counts"]["actors"] > 5
    assert article["counts"]["quotes"] > 3
    assert article["counts"]["demands"] >= 0
    assert client.get(f"/articles/{article['id']}").get_json() == article


def test_post_answers_location_of_the_new_article(client, seed_article, auth):
    response = client.post("/articles", json=seed_article, headers=auth)
    assert response.status_code == 201
    assert response.headers["Location"].endswith(f"/articles/{response.get_json()['id']}")


def test_posting_the_same_body_again_returns_the_stored_article(client, article, seed_article, auth):
    again = client.post("/articles", json={**seed_article, "title": "Another title"}, headers=auth)
    assert again.status_code == 200
    assert again.get_json()["id"] == article["id"]
    assert len(client.get("/articles").get_json()["items"]) == 1


def test_metadata_is_stored_and_dates_normalized_to_utc(client, auth):
    response = client.post("/articles", headers=auth, json={
        "title": "Talks", "body": "The talks resumed on Monday.", "source": "Wire",
        "url": "https://example.org/a", "published_at": "2025-10-16T17:10:00+02:00"})
    assert response.status_code == 201
    body = response.get_json()
    assert (body["source"], body["url"], body["published_at"]) == (
        "Wire", "https://example.org/a", "2025-10-16T15:10:00+00:00")


def test_list_filters_by_source_dates_and_words(client, auth):
    for day, source in (("2025-01-01", "A"), ("2025-02-01", "B"), ("2025-03-01", "A")):
        client.post("/articles", headers=auth, json={"title": f"Day {day}", "body": f"Talks on {day}.",
                                                     "source": source, "published_at": day})
    titles = lambda **q: [a["title"] for a in client.get("/articles", query_string=q).get_json()["items"]]  # noqa: E731
    assert titles(source="A") == ["Day 2025-01-01", "Day 2025-03-01"]
    assert titles(published_from="2025-01-15", published_to="2025-02-15") == ["Day 2025-02-01"]
    assert titles(q="2025-03") == ["Day 2025-03-01"]


def test_nested_lists_give_the_records_of_one_article(client, article, auth):
    other = client.post("/articles", headers=auth, json={
        "title": "Other", "body": "Ukraine said it would keep talking."}).get_json()
    for kind in ("actors", "quotes", "demands"):
        items = client.get(f"/articles/{article['id']}/{kind}?limit=500").get_json()["items"]
        assert len(items) == article["counts"][kind]
        if kind != "actors":
            assert {item["article"] for item in items} <= {article["id"]}
    assert other["id"] != article["id"]


def test_nested_lists_of_a_missing_article_are_404(client):
    for kind in ("actors", "quotes", "demands"):
        assert client.get(f"/articles/999/{kind}").status_code == 404


def test_delete_removes_the_article_with_its_quotes_demands_and_mentions(client, article, auth):
    assert client.delete(f"/articles/{article['id']}", headers=auth).status_code == 204
    assert client.get(f"/articles/{article['id']}").status_code == 404
    assert client.get("/quotes").get_json()["items"] == []
    assert client.get("/demands").get_json()["items"] == []
    assert all(a["counts"]["articles"] == 0 for a in client.get("/actors?limit=500").get_json()["items"])
    assert client.delete(f"/articles/{article['id']}", headers=auth).status_code == 404


def test_reextraction_keeps_what_an_analyst_edited(client, article, auth):
    quotes = client.get(f"/articles/{article['id']}/quotes?limit=500").get_json()["items"]
    edited = client.patch(f"/quotes/{quotes[0]['id']}", json={"text": "Corrected by hand"}, headers=auth)
    assert edited.get_json()["edited"] is True
    response = client.post(f"/articles/{article['id']}/extract", headers=auth)
    assert response.status_code == 200
    after = client.get(f"/articles/{article['id']}/quotes?limit=500").get_json()["items"]
    assert "Corrected by hand" in [q["text"] for q in after]
    assert len(after) == len(quotes)
    assert sum(q["edited"] for q in after) == 1


def test_an_article_posted_after_the_newest_was_deleted_gets_a_new_id(client, article, auth):
    assert client.delete(f"/articles/{article['id']}", headers=auth).status_code == 204
    response = client.post("/articles", json={"title": "Next", "body": "Kyiv said no."}, headers=auth)
    assert response.status_code == 201
    assert response.get_json()["id"] > article["id"]
