"""The app factory: the Flask app, built from a Config read from the environment."""
from __future__ import annotations

import atexit

from flask import Flask

from . import api, logs
from .config import Config
from .extraction import Extractor
from .isolated import ExtractionProcess, ExtractionProcesses
from .store import connect, migrate


def create_app(config: Config | None = None,
               extraction: ExtractionProcesses | ExtractionProcess | Extractor | None = None) -> Flask:
    """Build the app from `config`, or from the environment when none is given;
    its extraction processes start as articles are posted, unless others
    (or an in-process Extractor) are given."""
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
    app.extensions["parley.extraction"] = extraction or ExtractionProcesses(
        config.spacy_model, config.extraction_budget_seconds, config.extractors)
    logs.install(app)
    api.init_app(app)
    return app


def served_app() -> Flask:
    """What `parley serve` runs in each gunicorn worker: the app, answering
    only once its extraction processes have loaded the model, which are
    killed when the worker exits."""
    app = create_app()
    extraction = app.extensions["parley.extraction"]
    atexit.register(extraction.close)
    extraction.start()
    return app
