"""Exports: every list answers text/csv and application/x-ndjson with the
whole filtered list, and its JSON items are what the schemas document."""
from __future__ import annotations

import csv
import io
import json

import pytest
import yaml

from service.api import exports
from service.api.schemas import ActorSchema, ArticleSchema, DemandSchema, QuoteSchema
from tests.conftest import ROOT

CSV = {"Accept": "text/csv"}
NDJSON = {"Accept": "application/x-ndjson"}


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def ndjson_items(response) -> list[dict]:
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    return [json.loads(line) for line in response.get_data(as_text=True).splitlines()]


@pytest.mark.parametrize("url", ["/quotes", "/demands", "/actors", "/articles", "/quotes?direct=false",
                                 "/quotes?q=kyiv OR trump", "/articles/1/quotes", "/actors/1/demands",
                                 "/actors/1/timeline", "/actors/1/timeline?type=demand", "/actors/1/counterparts"])
def test_ndjson_is_the_whole_list_item_for_item(client, article, all_items, url):
    expected = all_items(url + ("&" if "?" in url else "?") + "limit=1")
    assert expected
    assert ndjson_items(client.get(url, headers=NDJSON)) == expected


def test_csv_is_the_whole_list_flattened_in_the_documented_columns(client, article, all_items):
    quotes = all_items("/quotes?limit=2")
    response = client.get("/quotes?limit=2", headers=CSV)
    assert response.headers["Content-Disposition"] == 'attachment; filename="quotes.csv"'
    header = response.get_data(as_text=True).splitlines()[0].split(",")
    assert header == ["id", "edited", "created_at", "updated_at", "article", "start", "end", "extractor", "stale",
                      "text", "direct", "cue", "speaker_id", "speaker_name", "snippet"]
    rows = csv_rows(response)
    assert [int(row["id"]) for row in rows] == [q["id"] for q in quotes]
    for row, quote in zip(rows, quotes, strict=True):
        assert row["text"] == quote["text"] and row["direct"] == str(quote["direct"]).lower()
        assert row["speaker_id"] == str((quote["speaker"] or {}).get("id", ""))
        assert row["speaker_name"] == (quote["speaker"] or {}).get("name", "")


def test_csv_of_articles_and_actors_flattens_counts_and_lists(client, article):
    [row] = csv_rows(client.get("/articles", headers=CSV))
    assert row["body"] == article["body"] and row["counts_quotes"] == str(article["counts"]["quotes"])
    actors = client.get("/actors?limit=500").get_json()["items"]
    rows = csv_rows(client.get("/actors", headers=CSV))
    assert [json.loads(row["aliases"]) for row in rows] == [a["aliases"] for a in actors]


@pytest.mark.parametrize("schema", [ArticleSchema, ActorSchema, QuoteSchema, DemandSchema])
def test_openapi_documents_each_lists_csv_columns(schema):
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    columns = ", ".join(f"`{name}`" for name in exports.header(schema))
    documented = [op["responses"]["200"] for path in spec["paths"].values() for op in path.values()
                  if isinstance(op, dict) and "200" in op.get("responses", {})
                  and "text/csv" in op["responses"]["200"].get("content", {})]
    assert any(columns in " ".join(r["description"].split()) for r in documented)
    assert all({"application/json", "text/csv", "application/x-ndjson"} == set(r["content"]) for r in documented)


def test_exports_keep_filters_and_refuse_bad_ones(client, article):
    rows = csv_rows(client.get("/quotes?direct=true", headers=CSV))
    assert rows and {row["direct"] for row in rows} == {"true"}
    bad = client.get("/quotes?direct=maybe", headers=CSV)
    assert bad.status_code == 422 and bad.mimetype == "application/problem+json"


def test_an_empty_export_is_a_header_or_nothing(client):
    assert client.get("/quotes", headers=CSV).get_data(as_text=True).strip() == ",".join(exports.header(QuoteSchema))
    assert client.get("/quotes", headers=NDJSON).get_data() == b""


@pytest.mark.parametrize("accept", [None, "*/*", "text/html", "application/xml", "application/json, text/csv",
                                    "text/csv;q=0.5, application/json"])
def test_any_other_accept_gets_json(client, article, accept):
    response = client.get("/quotes", headers={"Accept": accept} if accept else {})
    assert response.mimetype == "application/json" and "items" in response.get_json()


def test_a_preferred_export_type_wins(client, article):
    assert client.get("/quotes", headers={"Accept": "application/json;q=0.1, text/csv"}).mimetype == "text/csv"


@pytest.mark.parametrize(("url", "schema"), [("/articles", ArticleSchema), ("/actors", ActorSchema),
                                             ("/quotes", QuoteSchema), ("/demands", DemandSchema),
                                             ("/quotes?q=kyiv OR trump", QuoteSchema)])
def test_list_items_are_what_the_schema_dumps(client, article, url, schema):
    """Lists skip marshmallow's dumping for speed: the items must be what it would make."""
    items = client.get(url + ("&" if "?" in url else "?") + "limit=500").get_json()["items"]
    assert items
    for item in items:
        assert schema().dump(item) == item
        single = client.get(f"{url.split('?')[0]}/{item['id']}").get_json()
        assert single == {k: v for k, v in item.items() if k != "snippet"}
