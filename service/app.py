"""The app factory: the Flask app, built from a Config read from the environment."""
from __future__ import annotations

from flask import Flask

from . import api, logs
from .config import Config
from .store import connect, migrate


def create_app(config: Config | None = None) -> Flask:
    """Build the app from `config`, or from the environment when none is given."""
    config = config or Config.from_env()
    logs.configure(config.log_level)
    app = Flask(__name__)
    app.config["PARLEY"] = config
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    database = connect(config.db_path, config.busy_timeout_ms)
    try:
        migrate(database)
    finally:
        database.conn.close()
    logs.install(app)
    api.init_app(app)
    return app
