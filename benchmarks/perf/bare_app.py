"""The reference: a bare Flask + sqlite3 handler for each benchmark query, JSON out, nothing between.

    BARE_DB=refs.db gunicorn --workers 2 'bare_app:create_app()'

It answers the paths Parley answers, with the same rows (a quote with its
speaker's name, an article with its counts), and searches quotes through the
FTS table that the benchmark put on its copy of the database.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, g, jsonify, request

PAGE = 50
QUOTE_SELECT = "SELECT q.*, s.name AS speaker_name FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_id"
ARTICLE_SELECT = """SELECT r.*,
    (SELECT count(*) FROM mentions m WHERE m.article_id = r.id) AS actor_count,
    (SELECT count(*) FROM quotes q WHERE q.article_id = r.id) AS quote_count,
    (SELECT count(*) FROM demands d WHERE d.article_id = r.id) AS demand_count
    FROM articles r WHERE r.id = ?"""
DEMAND_SELECT = """SELECT d.*, a.name AS actor_name, t.name AS target_name FROM demands d
    LEFT JOIN actors a ON a.id = d.actor_id LEFT JOIN actors t ON t.id = d.target_id
    WHERE d.actor_id = ? AND d.kind = ? ORDER BY d.id LIMIT ?"""


def create_app() -> Flask:
    app = Flask(__name__)
    path = os.environ["BARE_DB"]
    fts_table = os.environ["BARE_QUOTES_FTS"]

    def db() -> sqlite3.Connection:
        if "db" not in g:
            g.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            g.db.row_factory = sqlite3.Row
        return g.db

    def rows(sql: str, params: list) -> list[dict]:
        return [dict(row) for row in db().execute(sql, params)]

    @app.teardown_appcontext
    def close(_error) -> None:
        connection = g.pop("db", None)
        if connection is not None:
            connection.close()

    @app.get("/quotes")
    def quotes():
        if "q" in request.args:
            sql = (f"{QUOTE_SELECT} JOIN {fts_table} f ON f.rowid = q.id WHERE {fts_table} MATCH ? "
                   "ORDER BY q.id LIMIT ?")
            return jsonify(items=rows(sql, [request.args["q"], PAGE]))
        sql = f"{QUOTE_SELECT} WHERE q.speaker_id = ? ORDER BY q.id LIMIT ?"
        return jsonify(items=rows(sql, [int(request.args["speaker"]), PAGE]))

    @app.get("/articles/<int:article_id>")
    def article(article_id: int):
        found = rows(ARTICLE_SELECT, [article_id])
        return (jsonify(found[0]), 200) if found else (jsonify(error="not found"), 404)

    @app.get("/demands")
    def demands():
        return jsonify(items=rows(DEMAND_SELECT, [int(request.args["actor"]), request.args["kind"], PAGE]))

    return app
