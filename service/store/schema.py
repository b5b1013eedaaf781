"""The one place where the schema is created and migrated.

Each migration is a tuple of statements; `schema_version` records how many
have run. Migrations run inside one `BEGIN IMMEDIATE` transaction, so two
processes starting on the same file do not race: the second finds the work
done. They run with foreign keys off, so that a table can be rebuilt without
its drop cascading to other tables, and commit only if no reference dangles.
"""
from __future__ import annotations

import sqlite3

import sqlite_utils

from .db import write

ACTOR_KINDS_SQL = "'person', 'state', 'organization'"
DEMAND_KINDS_SQL = "'demand', 'proposal', 'rejection', 'red_line', 'threat'"
TOPICS_SQL = ("'territory', 'sovereignty', 'security', 'ceasefire', 'sanctions', "
              "'recognition', 'humanitarian', 'economy', 'other'")
FULL_TEXT_COLUMNS = {"articles": ("title", "body"), "quotes": ("text",), "demands": ("text", "evidence")}
"""What `q=` searches, per table; each has an FTS5 index `<table>_fts`."""
FULL_TEXT_TOKENIZER = "porter unicode61 remove_diacritics 2"
FIRST_COLUMNS = {
    "articles": """
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            source TEXT,
            url TEXT,
            published_at TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL""",
    "actors": f"""
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ({ACTOR_KINDS_SQL})),
            role TEXT,
            affiliation_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL""",
    "quotes": """
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            direct INTEGER NOT NULL,
            cue TEXT,
            start INTEGER,
            "end" INTEGER,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL""",
    "demands": f"""
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            target_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            kind TEXT NOT NULL CHECK (kind IN ({DEMAND_KINDS_SQL})),
            text TEXT NOT NULL,
            evidence TEXT,
            topic TEXT NOT NULL CHECK (topic IN ({TOPICS_SQL})),
            start INTEGER,
            "end" INTEGER,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL""",
}
"""The columns after `id` of the tables with ids, as migration 1 made them."""
VERSIONED_COLUMNS = ("extractor TEXT", "stale INTEGER NOT NULL DEFAULT 0")
ADDED_BY_MIGRATION_3 = {"articles": ("extractor TEXT",), "actors": (),
                        "quotes": VERSIONED_COLUMNS, "demands": VERSIONED_COLUMNS}
"""The columns migration 3 appended to those tables."""


def full_text_index(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """An FTS5 index over `columns` of `table` (an external-content table, so
    the text is stored once), triggers that keep it in step with every insert,
    edit of those columns and delete (cascades included), and its backfill."""
    index, names = f"{table}_fts", ", ".join(columns)
    return (
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', content_rowid='id', "
        f"tokenize='{FULL_TEXT_TOKENIZER}')",
        *_full_text_triggers(table, columns),
        f"INSERT INTO {index} ({index}) VALUES ('rebuild')",
    )


def _full_text_triggers(table: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """The triggers that keep `<table>_fts` in step with `table`."""
    index, names = f"{table}_fts", ", ".join(columns)
    new, old = (", ".join(f"{row}.{c}" for c in columns) for row in ("new", "old"))
    remove = f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    add = f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new});"
    return (
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END",
    )


def _unanchored_sql(record: str, table: str) -> str:
    """SQL true when an edited record no longer matches its article's body: its
    text is not within its span (not in the body, for a record without offsets),
    or a demand's evidence, when given, is not in the body. `record` names the
    row: the table itself or a trigger's NEW."""
    evidence = f"{record}.evidence" if table == "demands" else "NULL"
    return f"""{record}.edited = 1 AND NOT EXISTS (
        SELECT 1 FROM articles a WHERE a.id = {record}.article_id
        AND instr(CASE WHEN {record}.start IS NULL OR {record}."end" IS NULL THEN a.body
                  ELSE substr(a.body, {record}.start + 1, {record}."end" - {record}.start) END,
                  {record}.text) > 0
        AND ({evidence} IS NULL OR instr(a.body, {evidence}) > 0))"""


ANCHOR_COLUMNS = {"quotes": 'text, start, "end", edited', "demands": 'text, evidence, start, "end", edited'}
"""Per table, the columns whose edit can unanchor a record."""


def _versioned_and_flagged(table: str) -> tuple[str, ...]:
    """`extractor` (which version made a record; null if an analyst did) and
    `stale`, kept true exactly when the record is unanchored by triggers on
    every insert and on every edit of the record's anchor. Part of migration 3
    as applied: change it by a new migration, never in place."""
    return (
        *(f"ALTER TABLE {table} ADD COLUMN {column}" for column in VERSIONED_COLUMNS),
        f"UPDATE {table} SET stale = {_unanchored_sql(table, table)}",
        f"CREATE INDEX {table}_stale ON {table}(stale)",
        *_stale_triggers(table),
    )


def _stale_triggers(table: str) -> tuple[str, ...]:
    """The triggers that keep `stale` true exactly when a record is unanchored."""
    return (
        f"""CREATE TRIGGER {table}_stale_on_insert AFTER INSERT ON {table} WHEN NEW.edited = 1
            BEGIN UPDATE {table} SET stale = {_unanchored_sql("NEW", table)} WHERE id = NEW.id; END""",
        f"""CREATE TRIGGER {table}_stale_on_edit AFTER UPDATE OF {ANCHOR_COLUMNS[table]} ON {table}
            BEGIN UPDATE {table} SET stale = {_unanchored_sql("NEW", table)} WHERE id = NEW.id; END""",
    )


def _rebuilt(table: str) -> tuple[str, ...]:
    """Steps 4-7 of SQLite's table rebuild (lang_altertable.html#otheralter):
    `table` gets `id INTEGER PRIMARY KEY AUTOINCREMENT` and keeps its columns,
    rows and ids. Copying the rows sets `table`'s sqlite_sequence entry to its
    highest id, and the rename carries the entry over."""
    columns = ", ".join(("id INTEGER PRIMARY KEY AUTOINCREMENT", FIRST_COLUMNS[table], *ADDED_BY_MIGRATION_3[table]))
    return (
        f"CREATE TABLE {table}_rebuilt ({columns})",
        f"INSERT INTO {table}_rebuilt SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE {table}_rebuilt RENAME TO {table}",
    )


MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        f"CREATE TABLE articles (id INTEGER PRIMARY KEY, {FIRST_COLUMNS['articles']})",
        "CREATE INDEX articles_source ON articles(source)",
        "CREATE INDEX articles_published_at ON articles(published_at)",
        f"CREATE TABLE actors (id INTEGER PRIMARY KEY, {FIRST_COLUMNS['actors']})",
        "CREATE INDEX actors_kind ON actors(kind)",
        "CREATE INDEX actors_affiliation ON actors(affiliation_id)",
        """CREATE TABLE actor_names (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            surname TEXT,
            is_alias INTEGER NOT NULL,
            PRIMARY KEY (actor_id, key)
        )""",
        "CREATE INDEX actor_names_key ON actor_names(key)",
        "CREATE INDEX actor_names_surname ON actor_names(surname)",
        """CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, actor_id)
        )""",
        "CREATE INDEX mentions_actor ON mentions(actor_id)",
        f"CREATE TABLE quotes (id INTEGER PRIMARY KEY, {FIRST_COLUMNS['quotes']})",
        "CREATE INDEX quotes_article ON quotes(article_id)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
        "CREATE INDEX quotes_direct ON quotes(direct)",
        f"CREATE TABLE demands (id INTEGER PRIMARY KEY, {FIRST_COLUMNS['demands']})",
        "CREATE INDEX demands_article ON demands(article_id)",
        "CREATE INDEX demands_actor ON demands(actor_id)",
        "CREATE INDEX demands_target ON demands(target_id)",
        "CREATE INDEX demands_kind ON demands(kind)",
        "CREATE INDEX demands_topic ON demands(topic)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    tuple(statement for table, columns in FULL_TEXT_COLUMNS.items()
          for statement in full_text_index(table, columns)),
    (
        # The version of the extractor that last ran over an article: re-extraction skips articles at the current one.
        "ALTER TABLE articles ADD COLUMN extractor TEXT",
        *_versioned_and_flagged("quotes"),
        *_versioned_and_flagged("demands"),
    ),
    (
        # AUTOINCREMENT, so an id once given is never given again: after a deletion (re-extraction,
        # a merge) a cached id names the record it named or none. Foreign keys are off (see migrate), so
        # the drops cascade nothing; the FTS indexes keep their rowids. Triggers go first: the quotes' and
        # demands' ones read articles, and a rename fails while a trigger names a missing table.
        *(f"DROP TRIGGER {table}_fts_{event}" for table in FULL_TEXT_COLUMNS
          for event in ("insert", "delete", "update")),
        *(f"DROP TRIGGER {table}_stale_on_{event}" for table in ANCHOR_COLUMNS for event in ("insert", "edit")),
        *(statement for table in FIRST_COLUMNS for statement in _rebuilt(table)),
        "CREATE INDEX articles_source ON articles(source)",
        "CREATE INDEX articles_published_at ON articles(published_at)",
        "CREATE INDEX actors_kind ON actors(kind)",
        "CREATE INDEX actors_affiliation ON actors(affiliation_id)",
        "CREATE INDEX quotes_article ON quotes(article_id)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
        "CREATE INDEX quotes_direct ON quotes(direct)",
        "CREATE INDEX quotes_stale ON quotes(stale)",
        "CREATE INDEX demands_article ON demands(article_id)",
        "CREATE INDEX demands_actor ON demands(actor_id)",
        "CREATE INDEX demands_target ON demands(target_id)",
        "CREATE INDEX demands_kind ON demands(kind)",
        "CREATE INDEX demands_topic ON demands(topic)",
        "CREATE INDEX demands_stale ON demands(stale)",
        *(trigger for table, columns in FULL_TEXT_COLUMNS.items() for trigger in _full_text_triggers(table, columns)),
        *(trigger for table in ANCHOR_COLUMNS for trigger in _stale_triggers(table)),
    ),
    (
        # Without statistics SQLite picks any index with an equality, so `?actor=&kind=` walked the
        # few-valued kind index; a pair index serves the pair in id order, as pages need.
        "CREATE INDEX demands_actor_kind ON demands(actor_id, kind)",
        "CREATE INDEX demands_target_kind ON demands(target_id, kind)",
    ),
)


def current_version(db: sqlite_utils.Database) -> int:
    if "schema_version" not in db.table_names():
        return 0
    return db.execute("SELECT version FROM schema_version").fetchone()[0]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the schema up to date; returns the version reached. An up-to-date
    database is only read, so the check each worker makes at start writes nothing."""
    if current_version(db) == len(MIGRATIONS):
        return len(MIGRATIONS)
    db.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before it
    try:
        with write(db):
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            if db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 0:
                db.execute("INSERT INTO schema_version (version) VALUES (0)")
            version = current_version(db)
            for statements in MIGRATIONS[version:]:
                for statement in statements:
                    db.execute(statement)
            db.execute("UPDATE schema_version SET version = ?", [len(MIGRATIONS)])
            _check_foreign_keys(db)
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    return len(MIGRATIONS)


def _check_foreign_keys(db: sqlite_utils.Database) -> None:
    """Fail (and so roll back) if a migration left a reference dangling."""
    dangling = db.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise sqlite3.IntegrityError(f"migration left dangling references (table, rowid, parent, fk): {dangling}")
