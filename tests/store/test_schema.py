"""The schema is created and migrated in one place, once."""
from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from service.store import connect, migrate
from service.store.schema import MIGRATIONS, current_version


def test_migrate_creates_schema_in_wal_with_foreign_keys(tmp_path):
    db = connect(str(tmp_path / "t.db"))
    assert migrate(db) == len(MIGRATIONS)
    assert {"articles", "actors", "actor_names", "mentions", "quotes", "demands"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrate_again_changes_nothing(tmp_path):
    path = str(tmp_path / "t.db")
    migrate(connect(path))
    db = connect(path)
    schema = db.schema
    assert migrate(db) == len(MIGRATIONS)
    assert db.schema == schema and current_version(db) == len(MIGRATIONS)


def test_every_filter_column_is_indexed(tmp_path):
    db = connect(str(tmp_path / "t.db"))
    migrate(db)
    indexed = {(t, c) for t in db.table_names() for i in db[t].indexes for c in i.columns}
    for column in [("quotes", "speaker_id"), ("quotes", "article_id"), ("quotes", "direct"),
                   ("demands", "actor_id"), ("demands", "target_id"), ("demands", "kind"),
                   ("demands", "topic"), ("demands", "article_id"), ("actors", "kind"),
                   ("actor_names", "key"), ("articles", "source"), ("articles", "published_at"),
                   ("mentions", "actor_id")]:
        assert column in indexed, column


def test_migrating_flags_records_edited_before_and_marks_no_extractor(tmp_path):
    db = connect(str(tmp_path / "t.db"))
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version (version) VALUES (1)")
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("INSERT INTO articles (id, title, body, content_hash, created_at) "
               "VALUES (1, 't', 'Kyiv said no.', 'h', 'now')")
    for quote_id, text, edited in [(1, "said no", 1), (2, "said yes", 1), (3, "said maybe", 0)]:
        db.execute("INSERT INTO quotes (id, article_id, text, direct, edited, created_at, updated_at) "
                   "VALUES (?, 1, ?, 0, ?, 'now', 'now')", [quote_id, text, edited])
    migrate(db)
    assert db.execute("SELECT id, stale, extractor FROM quotes ORDER BY id").fetchall() == [
        (1, 0, None), (2, 1, None), (3, 0, None)]
    assert db.execute("SELECT extractor FROM articles").fetchall() == [(None,)]


REBUILT_TABLES = ("articles", "actors", "quotes", "demands")


def database_at_version_3(path) -> sqlite_utils.Database:
    """A database as migrations 1-3 left it, holding an article, two actors,
    a quote (edited, no longer anchored) and a demand."""
    db = connect(str(path))
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version (version) VALUES (3)")
    for statement in (s for migration in MIGRATIONS[:3] for s in migration):
        db.execute(statement)
    db.execute("INSERT INTO articles (id, title, body, content_hash, created_at) "
               "VALUES (7, 'Talks', 'Kyiv rejected the ceasefire talks.', 'h', 'now')")
    for actor_id, name, kind, affiliation in [(3, "Ukraine", "state", None), (5, "Jane Roe", "person", 3)]:
        db.execute("INSERT INTO actors (id, name, kind, affiliation_id, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, 'now', 'now')", [actor_id, name, kind, affiliation])
    db.execute("INSERT INTO mentions VALUES (7, 3)")
    db.execute("INSERT INTO actor_names VALUES (5, 'Roe', 'roe', 'roe', 1)")
    db.execute("INSERT INTO quotes (id, article_id, speaker_id, text, direct, edited, created_at, updated_at) "
               "VALUES (4, 7, 5, 'accepted the truce', 0, 1, 'now', 'now')")
    db.execute("INSERT INTO demands (id, article_id, actor_id, target_id, kind, text, topic, created_at, updated_at)"
               " VALUES (9, 7, 3, 5, 'rejection', 'rejected the ceasefire talks', 'ceasefire', 'now', 'now')")
    return db


def rows(db: sqlite_utils.Database) -> dict:
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in (*REBUILT_TABLES, "mentions", "actor_names")}


def indexes_and_triggers(db: sqlite_utils.Database) -> set:
    return set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"))


def test_autoincrement_migration_keeps_rows_ids_search_flags_and_cascades(tmp_path):
    db = database_at_version_3(tmp_path / "t.db")
    before, schema_before = rows(db), indexes_and_triggers(db)
    assert migrate(db) == len(MIGRATIONS)
    assert all("AUTOINCREMENT" in db[table].schema for table in REBUILT_TABLES)
    schema_after = indexes_and_triggers(db)
    assert rows(db) == before and schema_before <= schema_after
    assert {name for _, name, _, _ in schema_after - schema_before} == {"demands_actor_kind", "demands_target_kind"}
    assert db.execute("SELECT stale FROM quotes").fetchall() == [(1,)]
    assert dict(db.execute("SELECT name, seq FROM sqlite_sequence")) == {
        "articles": 7, "actors": 5, "quotes": 4, "demands": 9}
    for table, word, found in [("articles", "ceasefire", 7), ("quotes", "truce", 4), ("demands", "talks", 9)]:
        assert db.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [word]).fetchall() == [(found,)]
    db.execute("UPDATE quotes SET text = 'rejected' WHERE id = 4")
    assert db.execute("SELECT stale FROM quotes").fetchall() == [(0,)]
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.execute("DELETE FROM actors WHERE id = 5")
    assert db.execute("SELECT speaker_id FROM quotes").fetchall() == [(None,)]
    assert db.execute("SELECT target_id FROM demands").fetchall() == [(None,)]
    db.execute("DELETE FROM articles WHERE id = 7")
    assert [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("quotes", "demands", "mentions")] == [0, 0, 0]


def test_migration_leaving_a_dangling_reference_is_rolled_back(tmp_path):
    db = database_at_version_3(tmp_path / "t.db")
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("INSERT INTO mentions VALUES (7, 404)")
    db.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError, match="dangling"):
        migrate(db)
    assert current_version(db) == 3 and "AUTOINCREMENT" not in db["articles"].schema
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
