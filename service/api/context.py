"""What a request works with: its database connection and the extractor."""
from __future__ import annotations

import sqlite_utils
from flask import current_app, g

from ..config import Config
from ..extraction import Extractor, load_extractor
from ..store import connect


def config() -> Config:
    return current_app.config["PARLEY"]


def db() -> sqlite_utils.Database:
    """The request's connection, opened on first use and closed at teardown."""
    if "db" not in g:
        g.db = connect(config().db_path, config().busy_timeout_ms)
    return g.db


def close_db(_error: BaseException | None = None) -> None:
    connection = g.pop("db", None)
    if connection is not None:
        connection.conn.close()


def extractor() -> Extractor:
    """The process's extractor; the model loads on first use, once per worker."""
    return load_extractor(config().spacy_model)
