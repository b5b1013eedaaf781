"""The schema is created and migrated in one place, once."""
from __future__ import annotations

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
