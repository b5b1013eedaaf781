"""GET /actors/{id}/timeline: an actor's quotes and demands across articles, in publication order."""
from __future__ import annotations

import csv
import io

import pytest

from service.api.pagination import encode_cursor
from service.store.resources import Position

BODY = "Freedonia will never cede the valley. Sylvania must withdraw. Talks go on."


@pytest.fixture
def story(client, auth) -> dict:
    """Two states, four articles (two dated, out of order, and two undated) and
    records of Freedonia in each, posted by an analyst."""
    def post(path, **data):
        response = client.post(path, json=data, headers=auth)
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    freedonia = post("/actors", name="Freedonia", kind="state")
    sylvania = post("/actors", name="Sylvania", kind="state")
    march = post("/articles", title="March", body=f"March. {BODY}", published_at="2025-03-01T09:00:00Z")
    january = post("/articles", title="January", body=f"January. {BODY}", published_at="2025-01-15")
    undated_a = post("/articles", title="Undated A", body=f"Undated A. {BODY}")
    undated_b = post("/articles", title="Undated B", body=f"Undated B. {BODY}")
    offset = len("March. ")
    ids = {
        "march_demand": post("/demands", article=march, actor=freedonia, target=sylvania, kind="threat",
                             topic="security", text="Sylvania must withdraw",
                             start=offset + 38, end=offset + 60),
        "march_quote": post("/quotes", article=march, speaker=freedonia, direct=False,
                            text="will never cede the valley", start=offset + 10, end=offset + 36),
        "january_demand": post("/demands", article=january, actor=freedonia, target=sylvania,
                               kind="red_line", topic="territory", text="never cede the valley"),
        "undated_b_quote": post("/quotes", article=undated_b, speaker=freedonia, direct=False, text="Talks go on"),
        "undated_a_quote": post("/quotes", article=undated_a, speaker=freedonia, direct=False, text="Talks go on"),
        "sylvania_demand": post("/demands", article=january, actor=sylvania, target=freedonia,
                                kind="demand", text="Freedonia will never"),
    }
    return {"freedonia": freedonia, "sylvania": sylvania, "ids": ids,
            "articles": {"march": march, "january": january}}


def timeline(client, actor: int, query: str = "") -> list[tuple[str, int]]:
    response = client.get(f"/actors/{actor}/timeline?limit=500&{query}")
    assert response.status_code == 200, response.get_json()
    return [(item["type"], item["id"]) for item in response.get_json()["items"]]


def test_records_come_by_publication_date_then_offset_and_undated_articles_last_by_id(client, story):
    ids = story["ids"]
    assert timeline(client, story["freedonia"]) == [
        ("demand", ids["january_demand"]), ("quote", ids["march_quote"]), ("demand", ids["march_demand"]),
        ("quote", ids["undated_a_quote"]), ("quote", ids["undated_b_quote"])]


def test_items_carry_the_record_and_its_article(client, story):
    items = client.get(f"/actors/{story['freedonia']}/timeline").get_json()["items"]
    demand = client.get(f"/demands/{story['ids']['january_demand']}").get_json()
    assert items[0] == {**demand, "type": "demand", "article": {
        "id": story["articles"]["january"], "title": "January", "source": None,
        "published_at": "2025-01-15T00:00:00+00:00"}}
    assert set(items[1]) >= {"text", "direct", "cue", "speaker"} and "kind" not in items[1]


def test_the_actor_is_the_speaker_or_the_holder_never_the_target(client, story):
    assert timeline(client, story["sylvania"]) == [("demand", story["ids"]["sylvania_demand"])]


@pytest.mark.parametrize("query, expected", [
    ("type=quote", ["march_quote", "undated_a_quote", "undated_b_quote"]),
    ("type=demand", ["january_demand", "march_demand"]),
    ("kind=threat", ["march_demand"]),
    ("topic=territory", ["january_demand"]),
    ("type=demand&kind=red_line", ["january_demand"]),
    ("from=2025-02-01", ["march_quote", "march_demand"]),
    ("to=2025-02-01", ["january_demand"]),
    ("from=2025-01-15&to=2025-03-01T09:00:00Z", ["january_demand", "march_quote", "march_demand"]),
    ("from=2026-01-01", []),
])
def test_filters(client, story, query, expected):
    assert [i for _, i in timeline(client, story["freedonia"], query)] == [story["ids"][n] for n in expected]


def test_csv_is_the_whole_filtered_timeline_with_articles_flattened(client, story):
    response = client.get(f"/actors/{story['freedonia']}/timeline?limit=1&type=quote", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="timeline.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["type"], int(r["id"])) for r in rows] == timeline(client, story["freedonia"], "type=quote")
    assert rows[0]["article_title"] == "March" and rows[0]["speaker_name"] == "Freedonia" and rows[0]["kind"] == ""


def test_pages_walk_the_whole_timeline_once_in_order(client, story, all_items):
    whole = timeline(client, story["freedonia"])
    walked = all_items(f"/actors/{story['freedonia']}/timeline?limit=2")
    assert [(i["type"], i["id"]) for i in walked] == whole
    page = client.get(f"/actors/{story['freedonia']}/timeline?limit=1&type=quote").get_json()
    assert "type=quote" in page["next"]


@pytest.mark.parametrize("query", ["kind=wish", "topic=weather", "type=speech", "from=yesterday",
                                   "type=quote&kind=threat", "type=quote&topic=security",
                                   "from=2025-03-01&to=2025-01-01", "cursor=abc", "limit=0", "limit=501",
                                   "speaker=1", "from=0001-01-01T00:00:00%2B01:00", "to=9999-12-31T23:59:59-05:00"])
def test_bad_filters_are_422_problems(client, story, query):
    response = client.get(f"/actors/{story['freedonia']}/timeline?{query}")
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"


def test_a_tampered_cursor_is_422_and_a_timeline_cursor_is_no_id_cursor(client, story):
    url = f"/actors/{story['freedonia']}/timeline"
    cursor = client.get(f"{url}?limit=1").get_json()["next"].split("cursor=")[1]
    tampered = cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")
    assert client.get(f"{url}?cursor={tampered}").status_code == 422
    assert client.get(f"/actors?cursor={cursor}").status_code == 422


@pytest.mark.parametrize("position", [Position(5), Position(5, -1.5), (1, 2), (0, "", 1, 1, "quote", 2**64),
                                      (0, "", 1, 1, "quote", 1.5)])
def test_a_checksummed_cursor_of_another_shape_is_422(client, story, position):
    response = client.get(f"/actors/{story['freedonia']}/timeline?cursor={encode_cursor(position)}")
    assert response.status_code == 422


def test_an_unknown_actor_is_404(client):
    response = client.get("/actors/999/timeline")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
