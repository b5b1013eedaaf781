"""The full-text indexes follow every write: inserts, edits, merges, deletes
and cascades, and a database migrated from before them is backfilled."""
from __future__ import annotations

import pytest

from service.store import connect, migrate, write
from service.store.schema import FULL_TEXT_COLUMNS, MIGRATIONS


def assert_in_step(db) -> None:
    """FTS5's own check of every index against its content table."""
    for table in FULL_TEXT_COLUMNS:
        db.execute(f"INSERT INTO {table}_fts ({table}_fts, rank) VALUES ('integrity-check', 1)")


def ids(client, resource: str, q: str) -> set[int]:
    return {item["id"] for item in client.get(f"/{resource}", query_string={"q": q}).get_json()["items"]}


@pytest.fixture
def store(config):
    db = connect(config.db_path)
    yield db
    db.conn.close()


def test_edits_merges_and_deletes_keep_the_indexes_in_step(client, auth, article, store):
    quote = client.post("/quotes", headers=auth, json={
        "article": article["id"], "text": "a zebra crossing", "direct": True}).get_json()
    demand = client.post("/demands", headers=auth, json={
        "article": article["id"], "kind": "demand", "text": "free the okapi", "evidence": "an okapi"}).get_json()
    assert ids(client, "quotes", "zebra") == {quote["id"]} and ids(client, "demands", "okapi") == {demand["id"]}
    assert_in_step(store)

    client.patch(f"/quotes/{quote['id']}", headers=auth, json={"text": "a giraffe crossing"})
    client.patch(f"/demands/{demand['id']}", headers=auth, json={"evidence": "a tapir", "kind": "threat"})
    assert ids(client, "quotes", "zebra") == set() and ids(client, "quotes", "giraffe") == {quote["id"]}
    assert ids(client, "demands", "tapir") == {demand["id"]}
    assert_in_step(store)

    speakers = client.get(f"/articles/{article['id']}/actors?limit=500").get_json()["items"]
    client.patch(f"/quotes/{quote['id']}", headers=auth, json={"speaker": speakers[1]["id"]})
    client.post(f"/actors/{speakers[0]['id']}/merge", headers=auth, json={"actor": speakers[1]["id"]})
    assert [q["speaker"]["id"] for q in client.get("/quotes?q=giraffe").get_json()["items"]] == [speakers[0]["id"]]
    assert_in_step(store)

    client.delete(f"/quotes/{quote['id']}", headers=auth)
    assert ids(client, "quotes", "giraffe") == set()
    assert_in_step(store)

    client.delete(f"/articles/{article['id']}", headers=auth)
    for resource, word in (("articles", "Zelensky"), ("quotes", "Trump"), ("demands", "tapir")):
        assert ids(client, resource, word) == set(), resource
    assert_in_step(store)


def test_reextraction_keeps_the_indexes_in_step(client, auth, article, store):
    assert client.post(f"/articles/{article['id']}/extract", headers=auth).status_code == 200
    assert_in_step(store)
    assert ids(client, "quotes", "scared") != set()


def test_a_database_from_before_the_indexes_is_backfilled(tmp_path):
    db = connect(str(tmp_path / "old.db"))
    with write(db):
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version VALUES (1)")
        db.execute("""INSERT INTO articles (id, title, body, content_hash, created_at)
                      VALUES (1, 'Harbour talks', 'The harbour reopened.', 'h', 'now')""")
        db.execute("""INSERT INTO quotes (article_id, text, direct, created_at, updated_at)
                      VALUES (1, 'the harbour is open', 1, 'now', 'now')""")
    migrate(db)
    assert db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'harbour'").fetchall() == [(1,)]
    assert db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'open'").fetchall() == [(1,)]
    assert_in_step(db)
