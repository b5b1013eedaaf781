"""Fixtures shared by every test folder: a fresh app on a temporary database."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.app import create_app
from service.config import Config
from service.isolated import ExtractionProcesses

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "test-token"


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(db_path=str(tmp_path / "parley.db"), api_tokens=(TOKEN,), seeds_dir=str(ROOT / "seeds"))


@pytest.fixture(scope="session")
def extraction() -> Iterator[ExtractionProcesses]:
    """One extraction process (and model load) for the whole session's apps."""
    pool = ExtractionProcesses(Config.spacy_model, Config.extraction_budget_seconds, size=1)
    yield pool
    pool.close()


@pytest.fixture
def app(config: Config, extraction: ExtractionProcesses):
    return create_app(config, extraction)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_article() -> dict:
    data = json.loads((ROOT / "seeds" / "seed-abu-dhabi.json").read_text(encoding="utf-8"))
    return {"title": data["title"], "body": data["body"]}


@pytest.fixture(scope="session")
def auth() -> dict:
    """Headers that authorize a write."""
    return {"Authorization": f"Bearer {TOKEN}"}
