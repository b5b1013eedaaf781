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
